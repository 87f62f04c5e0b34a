// The only door to the outside world: reading files, listing directories
// and (only with --allow-shell) running the shell. Nothing here writes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

/** A path not needing path.resolve(): absolute, without `//`, `.` or `..` components or a trailing slash. */
const NOT_NORMAL = /\/\/|\/\.\.?(\/|$)|.\/$/;

/**
 * path.resolve(file) or path.resolve(cwd, file), without its cost for a
 * path already absolute and normal, or a normal relative one under an
 * absolute normal `cwd` (a tree scan asks ~10^6 times).
 */
export function resolvePath(file: string, cwd?: string): string {
  if (file.charCodeAt(0) === 47) return NOT_NORMAL.test(file) ? path.resolve(file) : file;
  if (cwd === undefined) return path.resolve(file);
  if (file === '' || file === '.' || file === '..' || file.startsWith('./') || file.startsWith('../') || NOT_NORMAL.test(file) || file.endsWith('/')) return path.resolve(cwd, file);
  if (cwd.charCodeAt(0) !== 47 || NOT_NORMAL.test(cwd)) return path.resolve(cwd, file);
  return cwd === '/' ? `/${file}` : `${cwd}/${file}`;
}

export interface ShellResult {
  output: string;
  status: number;
  /** The program could not be started (make's "PROG: No such file or directory"); status is then 127. */
  error?: string;
}

export interface Host {
  readFile(file: string): string | undefined;
  isFile(file: string): boolean;
  exists(file: string): boolean;
  isDirectory(file: string): boolean;
  listDirectory(dir: string): string[] | undefined;
  /** A symbolic link (even a dangling one). */
  isLink?(file: string): boolean;
  realpath(file: string): string | undefined;
  /** The host without confinement, for walking directories on the way (absent: this one). */
  unconfined?(): Host;
  /** Whether kflags may read this path (absent: no confinement). */
  allows?(file: string): boolean;
  /** A user's home directory from the system's user database (make's getpwnam() for `~user`), if the user exists. */
  userHome?(user: string): string | undefined;
  /**
   * Runs `/bin/sh -c command`, or `argv` as make would run it when given
   * (the program looked up in env's PATH); only called when the user allowed it.
   */
  shell(command: string, cwd: string, env: Record<string, string>, argv?: string[]): ShellResult;
}

type EntryKind = 'file' | 'directory' | 'link' | 'other';

/**
 * Directories read once, for a run that knows nothing writes to the tree
 * while it reads (tree mode without --allow-shell): whether a file exists,
 * is a directory or a symbolic link is then answered from its directory's
 * entries, one readdir instead of a stat per name (a tree scan asks about
 * ~10^5 names: implicit rule candidates, vpath, wildcard).
 */
export class DirectoryListings {
  private readonly dirs = new Map<string, Map<string, EntryKind> | null>();

  /**
   * What `file` is, by its directory's entries: null if there is no such
   * entry; undefined when the entries cannot tell (a directory that cannot
   * be listed, a name with `.`/`..` components or a trailing slash, which
   * the system resolves otherwise): ask the file system then.
   */
  entry(file: string): EntryKind | null | undefined {
    if (file.endsWith('/') || /(^|\/)\.\.?(\/|$)/.test(file)) return undefined;
    const abs = resolvePath(file);
    const dir = path.dirname(abs);
    if (dir === abs) return undefined;
    let entries = this.dirs.get(dir);
    if (entries === undefined) {
      entries = null;
      try {
        entries = new Map();
        for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
          entries.set(d.name, d.isSymbolicLink() ? 'link' : d.isFile() ? 'file' : d.isDirectory() ? 'directory' : 'other');
        }
      } catch (e) {
        notExhausted(e);
        // A directory that does not exist (or a path through a file) has no entries: lstat and stat fail alike.
        const code = (e as NodeJS.ErrnoException).code;
        entries = code === 'ENOENT' || code === 'ENOTDIR' ? new Map() : null;
      }
      this.dirs.set(dir, entries);
    }
    if (entries === null) return undefined;
    return entries.get(path.basename(abs)) ?? null;
  }
}

/**
 * An overlay's text for a file that is not there in this state (a patch
 * creates it, and this is the state before; or deletes it, and this is the
 * state after). A makefile with a NUL byte is refused, so no real text is it.
 */
export const ABSENT_FILE = '\0kflags: no such file in this state\0';

/**
 * The real file system, seen through an overlay of in-memory files (patched
 * makefiles; a file a patch creates, with its directories; ABSENT_FILE for
 * one that does not exist in this state).
 */
export class NodeHost implements Host {
  /** Where commands' standard error goes: kflags' own (default), or collected (tests compare it with make's). */
  onStderr: ((text: string) => void) | undefined;

  constructor(
    readonly overlay: Map<string, string> = new Map(),
    /** Answers existence and kinds from directory entries read once (see DirectoryListings). */
    private readonly listings?: DirectoryListings,
  ) {}

  /** What the directory listings say of a file, when they can tell without following a link. */
  private listed(file: string): EntryKind | null | undefined {
    const kind = this.listings?.entry(file);
    return kind === 'link' ? undefined : kind;
  }

  /** The overlay's word on a path: its text, ABSENT_FILE, or undefined (ask the disk). */
  private overlaid(file: string): string | undefined {
    return this.overlay.size === 0 ? undefined : this.overlay.get(resolvePath(file));
  }

  /** Whether a directory holds a file of the overlay (one a patch creates). */
  private overlayDirectory(dir: string): boolean {
    if (this.overlay.size === 0) return false;
    const prefix = resolvePath(dir).replace(/\/?$/, '/');
    for (const [file, text] of this.overlay) if (text !== ABSENT_FILE && file.startsWith(prefix)) return true;
    return false;
  }

  readFile(file: string): string | undefined {
    const text = this.overlaid(file);
    if (text !== undefined) return text === ABSENT_FILE ? undefined : text;
    const abs = resolvePath(file);
    try {
      return fs.readFileSync(abs, 'latin1');
    } catch (e) {
      notExhausted(e);
      return undefined;
    }
  }

  isFile(file: string): boolean {
    const text = this.overlaid(file);
    if (text !== undefined) return text !== ABSENT_FILE;
    const kind = this.listed(file);
    if (kind !== undefined) return kind === 'file';
    try {
      return fs.statSync(file).isFile();
    } catch (e) {
      notExhausted(e);
      return false;
    }
  }

  exists(file: string): boolean {
    const text = this.overlaid(file);
    if (text !== undefined) return text !== ABSENT_FILE;
    if (this.overlayDirectory(file)) return true;
    const kind = this.listed(file);
    if (kind !== undefined) return kind !== null;
    try {
      fs.statSync(file);
      return true;
    } catch (e) {
      notExhausted(e);
      return false;
    }
  }

  isDirectory(file: string): boolean {
    if (this.overlayDirectory(file)) return true;
    const kind = this.listed(file);
    if (kind !== undefined) return kind === 'directory';
    try {
      return fs.statSync(file).isDirectory();
    } catch (e) {
      notExhausted(e);
      return false;
    }
  }

  listDirectory(dir: string): string[] | undefined {
    let names: string[] | undefined;
    try {
      names = fs.readdirSync(dir);
    } catch (e) {
      notExhausted(e);
    }
    if (this.overlay.size === 0) return names;
    // The overlay's files of the directory are there (or not) in this state, and so are the directories they create.
    const prefix = resolvePath(dir).replace(/\/?$/, '/');
    const here = new Set(names ?? []);
    let touched = false;
    for (const [file, text] of this.overlay) {
      if (!file.startsWith(prefix)) continue;
      const name = file.slice(prefix.length).split('/')[0];
      touched = true;
      if (text === ABSENT_FILE && !file.slice(prefix.length).includes('/')) here.delete(name);
      else if (text !== ABSENT_FILE) here.add(name);
    }
    return touched ? [...here] : names;
  }

  isLink(file: string): boolean {
    const kind = this.listings?.entry(file);
    if (kind !== undefined) return kind === 'link';
    try {
      return fs.lstatSync(file).isSymbolicLink();
    } catch (e) {
      notExhausted(e);
      return false;
    }
  }

  realpath(file: string): string | undefined {
    try {
      // realpath(3) itself: a trailing slash or `.` after a file is an error (ENOTDIR), as for make.
      return fs.realpathSync.native(file);
    } catch (e) {
      notExhausted(e);
      return undefined;
    }
  }

  userHome(user: string): string | undefined {
    // getpwnam(): only the home directory field is taken, nothing of the file reaches the makefile otherwise.
    if (user === '' || user.includes(':')) return undefined;
    let passwd: string;
    try {
      passwd = fs.readFileSync('/etc/passwd', 'latin1');
    } catch (e) {
      notExhausted(e);
      return undefined;
    }
    for (const line of passwd.split('\n')) {
      const fields = line.split(':');
      if (fields[0] === user && fields.length >= 6) return fields[5];
    }
    return undefined;
  }

  shell(command: string, cwd: string, env: Record<string, string>, argv?: string[]): ShellResult {
    let file = '/bin/sh';
    let args = ['-c', command];
    if (argv !== undefined) {
      // job.c child_execute_job(): the program is found in the child's PATH
      // (gnulib find_in_given_path: none set is an empty one), then spawned.
      const found = findInPath(argv[0], env.PATH, cwd);
      if (found.error !== undefined) return { output: '', status: 127, error: `${argv[0]}: ${strerror(found.error)}` };
      file = found.file;
      args = argv.slice(1);
    }
    // Like make's child: standard error goes where kflags' goes; standard input is not shared.
    const stderr = this.onStderr === undefined ? 'inherit' : 'pipe';
    const result = spawnSync(file, args, { argv0: argv?.[0], cwd, env, encoding: 'latin1', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', stderr] });
    if (this.onStderr !== undefined && result.stderr) this.onStderr(result.stderr);
    const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
    if (argv !== undefined && code !== undefined && result.pid === 0) return { output: '', status: 127, error: `${argv[0]}: ${strerror(code)}` };
    // job.c shell_completed(): a child killed by a signal is 128 plus its number.
    const status = result.status ?? (result.signal ? 128 + (os.constants.signals[result.signal] ?? 0) : 127);
    return { output: result.stdout ?? '', status };
  }
}

/**
 * Every command through `/bin/sh -c`, whose default PATH finds the tools
 * when the environment has none: Kbuild's model stands for a build started
 * from the user's shell, not for `env -i make` (whose direct exec would find
 * nothing without PATH).
 */
export class ShellCommandHost extends NodeHost {
  override shell(command: string, cwd: string, env: Record<string, string>): ShellResult {
    return super.shell(command, cwd, env);
  }
}

/**
 * A program name as gnulib's find_in_given_path() finds it: with a slash as
 * it is, else the first executable non-directory in PATH; when there is
 * none, the last error other than ENOENT (a file found but not executable
 * is EACCES).
 */
function findInPath(name: string, pathVariable: string | undefined, cwd: string): { file: string; error?: undefined } | { error: string } {
  if (name.includes('/')) return { file: name };
  let error = 'ENOENT';
  for (const dir of (pathVariable ?? '').split(':')) {
    // An empty entry is the working directory.
    const candidate = path.resolve(cwd, dir === '' ? '.' : dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (!fs.statSync(candidate).isDirectory()) return { file: candidate };
      error = 'EACCES';
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'ENOENT';
      if (code !== 'ENOENT') error = code;
    }
  }
  return { error };
}

/** strerror()'s words for what spawning a program can fail with. */
function strerror(code: string): string {
  const messages: Record<string, string> = {
    ENOENT: 'No such file or directory',
    EACCES: 'Permission denied',
    ENOTDIR: 'Not a directory',
    ENOEXEC: 'Exec format error',
    E2BIG: 'Argument list too long',
    ELOOP: 'Too many levels of symbolic links',
    ENAMETOOLONG: 'File name too long',
    EISDIR: 'Is a directory',
    ETXTBSY: 'Text file busy',
    ENOMEM: 'Cannot allocate memory',
  };
  return messages[code] ?? code;
}

/**
 * Confinement: a makefile from anywhere may only read below the directories
 * the user named (the working directory, the makefiles' own directories, -I
 * directories, --allow-read). Paths are compared after resolving symlinks,
 * so a link that points outside counts as outside.
 */
export class ConfinedHost implements Host {
  private readonly roots: string[];

  constructor(
    private readonly inner: Host,
    roots: string[],
    private readonly overlay: Map<string, string> = new Map(),
    /** Symbolic links found from directory entries read once (see DirectoryListings). */
    private readonly listings?: DirectoryListings,
    /** What the refusal tells the user to do (the CLI's way to widen the roots, where it has one). */
    private readonly hint = 'use --allow-read DIR',
  ) {
    this.roots = [...new Set(roots.map((r) => realOrResolved(r)))];
  }

  unconfined(): Host {
    return this.inner;
  }

  /** Answers of allows() by path: resolving symlinks for every read costs more than the read (a tree scan asks ~10^6 times). */
  private readonly allowed = new Map<string, boolean>();

  /** More directories that may be read (-I directories from MAKEFLAGS). */
  allow(dirs: string[]): void {
    for (const dir of dirs) {
      const real = realOrResolved(dir);
      if (!this.roots.includes(real)) this.roots.push(real);
    }
    // What was refused before may be allowed now.
    this.allowed.clear();
  }

  /** Whether a path may be read (overlay files always may). */
  allows(file: string): boolean {
    const abs = resolvePath(file);
    if (this.overlay.has(abs)) return true;
    let ok = this.allowed.get(abs);
    if (ok === undefined) {
      const real = this.real(abs);
      ok = this.roots.some((root) => real === root || real.startsWith(root.endsWith('/') ? root : root + '/'));
      this.allowed.set(abs, ok);
    }
    return ok;
  }

  private readonly realDirs = new Map<string, string>();

  /**
   * realOrResolved(dir), cached; a directory that the listings show does
   * not exist is its parent's answer joined with its name, which is what
   * realOrResolved() finds by failing realpath() up the path (the build
   * directory of a scan does not exist: every directory below it did so).
   */
  private realDir(dir: string): string {
    let real = this.realDirs.get(dir);
    if (real === undefined) {
      const parent = path.dirname(dir);
      real = parent !== dir && this.listings?.entry(dir) === null ? path.join(this.realDir(parent), path.basename(dir)) : realOrResolved(dir);
      this.realDirs.set(dir, real);
    }
    return real;
  }

  /** The real path of a file: its directory's (cached), then the name, unless the name itself is a link. */
  private real(abs: string): string {
    const dir = path.dirname(abs);
    if (dir === abs) return abs;
    const realDir = this.realDir(dir);
    const kind = this.listings?.entry(abs);
    if (kind === null) return path.join(realDir, path.basename(abs));
    if (kind !== undefined) return kind === 'link' ? realOrResolved(abs) : path.join(realDir, path.basename(abs));
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(abs);
    } catch (e) {
      notExhausted(e);
      return path.join(realDir, path.basename(abs));
    }
    return stat.isSymbolicLink() ? realOrResolved(abs) : path.join(realDir, path.basename(abs));
  }

  private check(file: string): void {
    if (!this.allows(file)) {
      const abs = path.resolve(file);
      const real = realOrResolved(abs);
      throw new ConfinementError(abs, this.roots, real === abs ? undefined : real, this.hint);
    }
  }

  readFile(file: string): string | undefined {
    this.check(file);
    return this.inner.readFile(file);
  }
  isFile(file: string): boolean {
    this.check(file);
    return this.inner.isFile(file);
  }
  exists(file: string): boolean {
    return this.remembered(this.existing, file, () => this.inner.exists(file));
  }
  isDirectory(file: string): boolean {
    return this.remembered(this.directories, file, () => this.inner.isDirectory(file));
  }

  // With directory listings nothing changes while kflags reads (see
  // DirectoryListings): an allowed name's answer is kept by its spelling,
  // since implicit rule search and vpath ask the same names again in every
  // directory of a scan.
  private readonly existing = new Map<string, boolean>();
  private readonly directories = new Map<string, boolean>();

  private remembered(answers: Map<string, boolean>, file: string, ask: () => boolean): boolean {
    let answer = this.listings === undefined ? undefined : answers.get(file);
    if (answer === undefined) {
      this.check(file);
      answer = ask();
      if (this.listings !== undefined) answers.set(file, answer);
    }
    return answer;
  }
  listDirectory(dir: string): string[] | undefined {
    this.check(dir);
    return this.inner.listDirectory(dir);
  }
  isLink(file: string): boolean {
    this.check(path.dirname(path.resolve(file)));
    return this.inner.isLink?.(file) ?? false;
  }
  realpath(file: string): string | undefined {
    this.check(file);
    return this.inner.realpath(file);
  }
  userHome(user: string): string | undefined {
    return this.inner.userHome?.(user);
  }
  shell(command: string, cwd: string, env: Record<string, string>, argv?: string[]): ShellResult {
    return this.inner.shell(command, cwd, env, argv);
  }
}

export class ConfinementError extends Error {
  constructor(
    readonly file: string,
    readonly roots: string[],
    readonly target?: string,
    hint = 'use --allow-read DIR',
  ) {
    const what = target === undefined ? `'${file}'` : `'${file}' (a link to '${target}')`;
    super(`kflags: refusing to read ${what}: outside the allowed directories (${roots.join(', ')}); ${hint}`);
    this.name = 'ConfinementError';
  }
}

/** The real path of a file, or of its nearest existing ancestor joined with the rest. */
function realOrResolved(file: string): string {
  let abs = path.resolve(file);
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync(abs), ...rest);
    } catch (e) {
      notExhausted(e);
      const parent = path.dirname(abs);
      if (parent === abs) return path.resolve(file);
      rest.unshift(path.basename(abs));
      abs = parent;
    }
  }
}

/**
 * A failed system call means "no such file"; a JavaScript stack exhausted
 * inside one (an include cycle under a raised --max-include) must not: it
 * goes on up, to be reported as the nesting error it is.
 */
function notExhausted(e: unknown): void {
  if (e instanceof RangeError) throw e;
}
