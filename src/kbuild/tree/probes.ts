// Compiler probes. Kbuild asks the toolchain what it accepts through
// $(shell) (try-run, hence cc-option, cc-disable-warning, as-option,
// as-instr, ld-option) and asks for version strings. kflags never runs them
// unless the user allows the shell; otherwise a compiler model (a table
// recorded from the real toolchain, src/kbuild/compilers/*.json) answers.
// Every probe is kept with its answer and where the answer came from: a
// probe that quietly fails is how kernels lose flags without anyone noticing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import type { Host, ShellResult } from '../../host/host.js';
import { shellWords } from './shell-words.js';

export type ProbeKind = 'cc-option' | 'as-option' | 'as-instr' | 'ld-option' | 'try-run' | 'command';

/** model: from the compiler model; ran: run for real (--allow-shell); cached: same command earlier in this run; unknown: neither could answer. */
export type ProbeSource = 'model' | 'ran' | 'cached' | 'unknown';

export interface Probe {
  kind: ProbeKind;
  /** The tool asked (clang, gcc, ld.lld, ...) for a try-run. */
  tool?: string;
  /** The target a try-run asks clang about (`--target=aarch64-linux-gnu`): one clang answers for every architecture, differently. */
  target?: string;
  /** The flags of a try-run's command that decide what clang does with an option it ignores or does not know (UNUSED_OPTION_FLAGS). */
  diagnostics?: string[];
  /** The word size a try-run asks clang about when it is not its target's own (`-m32` with `--target=powerpc64le-linux-gnu`): wordSizeFlag. */
  wordSize?: string;
  /** What is asked: the option(s) or instruction of a try-run, or the command itself. */
  subject: string;
  /** For a try-run: whether the tool accepted it. */
  accepted?: boolean;
  command: string;
  output: string;
  status: number;
  source: ProbeSource;
}

/** The table of one toolchain's answers (src/kbuild/compilers/<id>.json). */
export interface CompilerModelData {
  id: string;
  description: string;
  /** The machine the toolchain was recorded on (`gcc -dumpmachine`: x86_64-linux-gnu); its tools answer under that prefix too. */
  triplet?: string;
  /** `<kind> <tool>[ --target=<triple>[ -m16|-m32|-m64]][ <diagnostics>...] <subject>` -> accepted (the word size only when not the target's own: wordSizeFlag). */
  accepts: Record<string, boolean>;
  /** Other commands, with the source and build trees written @SRCTREE@ and @OBJTREE@. */
  commands: Record<string, { output: string; status: number }>;
}

export interface TryRun {
  kind: ProbeKind;
  tool: string;
  /** clang's --target=, when the probe's command names one. */
  target?: string;
  /** Which of UNUSED_OPTION_FLAGS the command has, in that order. */
  diagnostics?: string[];
  /** With a target: the word size flag that changes it (wordSizeFlag). */
  wordSize?: string;
  subject: string;
  yes: string;
  no: string;
}

// Kbuild's try-run: `if (<command>) >/dev/null 2>&1; then echo "<yes>"; else echo "<no>"; fi`.
const TRY_RUN = /if \((.*)\) >\/dev\/null 2>&1;\s*then echo "([^"]*)";\s*else echo "([^"]*)";\s*fi\s*;?\s*$/s;

/** Recognise a try-run probe and what it asks. */
export function parseTryRun(command: string): TryRun | undefined {
  const m = TRY_RUN.exec(command);
  if (m === null) return undefined;
  const [, inner, yes, no] = m;
  const pipeline = shellWords(inner).commands;
  const last = pipeline[pipeline.length - 1] ?? [];
  const tool = (last[0] ?? '').replace(/^.*\//, '');
  let kind: ProbeKind = 'try-run';
  let subject = yes.trim();
  if (/^printf\b/.test(inner.trim()) && pipeline.length > 1) {
    // as-instr: the instruction is printf's argument.
    kind = 'as-instr';
    subject = pipeline[0].slice(2).join(' ');
  } else if (last.includes('-x') && last[last.indexOf('-x') + 1] === 'c') {
    kind = 'cc-option';
  } else if (last.includes('-x') && last[last.indexOf('-x') + 1] === 'assembler-with-cpp') {
    kind = 'as-option';
  } else if (last[last.length - 1] === '-v' || /(^|[-.])ld(\.|$)/.test(tool)) {
    kind = 'ld-option';
  }
  if (kind !== 'as-instr' && (subject === '' || subject === 'y' || subject === 'n')) {
    // cc-option-yn and friends echo y/n: the option is the last word before -c.
    const c = last.indexOf('-c');
    subject = c > 0 ? last[c - 1] : inner.trim();
  }
  if (kind === 'try-run') subject = inner.trim();
  // Kbuild's CLANG_FLAGS name the target (scripts/Makefile.clang): clang
  // for x86_64 and for aarch64 is the same tool with other answers
  // (-fno-stack-clash-protection: accepted for one, not the other).
  const words = pipeline.flat();
  const target = words.find((w) => w.startsWith('--target='))?.slice('--target='.length);
  const diagnostics = UNUSED_OPTION_FLAGS.filter((f) => words.includes(f));
  const wordSize = target === undefined ? undefined : wordSizeFlag(target, words);
  const run: TryRun = { kind, tool, subject, yes, no };
  if (target !== undefined) run.target = target;
  if (wordSize !== undefined) run.wordSize = wordSize;
  if (diagnostics.length > 0) run.diagnostics = diagnostics;
  return run;
}

/**
 * clang's word size flags: the last of them turns the target into its
 * 32-bit (-m32), 64-bit (-m64) or 16-bit code (-m16, x86) variant, another
 * question: with `--target=powerpc64le-linux-gnu -m32` (powerpc's 32-bit
 * kernels and vDSO) clang rejects -fno-stack-clash-protection and
 * -mabi=elfv2, which it accepts for ppc64le; with -m32 or -m16 its
 * assembler rejects `pushq %rax`. (-mx32 and the endianness flags,
 * -mbig-endian, -EB, ..., change the triple too, but no probe was found
 * that clang 14 answers otherwise for them: they stay out.)
 */
const WORD_SIZE_FLAGS: readonly string[] = ['-m16', '-m32', '-m64'];

/**
 * The word size flag of a command with this --target= that changes what
 * clang compiles for: the last one, unless it is the target's own (-m64 for
 * a 64-bit triple, -m32 for a 32-bit one: clang's triple stays as it is),
 * so that a key without one is the target's own word size.
 */
export function wordSizeFlag(target: string, words: readonly string[]): string | undefined {
  let last: string | undefined;
  for (const w of words) if (WORD_SIZE_FLAGS.includes(w)) last = w;
  if (last === undefined) return undefined;
  const own = targetBits(target) === 64 ? '-m64' : '-m32';
  return last === own ? undefined : last;
}

/** A triple's word size as LLVM's Triple has it for the architectures Kbuild names: x86_64, aarch64, riscv64, powerpc64le, mips64el, loongarch64, s390x, sparcv9 are 64-bit. */
function targetBits(target: string): 32 | 64 {
  const arch = target.split('-')[0];
  return /64/.test(arch) || arch === 's390x' || arch === 'sparcv9' ? 64 : 32;
}

/**
 * clang's flags that decide whether an option it ignores for the target
 * (or a warning it does not know) fails a probe: 6.1 passes
 * -Qunused-arguments, 6.12 -Werror=unused-command-line-argument, so the same
 * clang accepts -fno-stack-clash-protection for aarch64 in one and not in
 * the other. A probe's answer is kept with those of them its command has.
 */
export const UNUSED_OPTION_FLAGS = [
  '-Qunused-arguments',
  '-Werror=unused-command-line-argument',
  '-Werror=unknown-warning-option',
  '-Werror=ignored-optimization-argument',
  '-Werror=option-ignored',
  // And the assembler that gets the -Wa, options: LLVM_IAS=0 hands them to
  // GNU as, which takes -Wa,-mtune=generic32; clang's own rejects it.
  '-fno-integrated-as',
] as const;

export function modelKey(t: { kind: ProbeKind; tool: string; target?: string; wordSize?: string; diagnostics?: readonly string[]; subject: string }): string {
  const target = t.target === undefined ? '' : ` --target=${t.target}${t.wordSize === undefined ? '' : ` ${t.wordSize}`}`;
  const diagnostics = t.diagnostics === undefined || t.diagnostics.length === 0 ? '' : ` ${t.diagnostics.join(' ')}`;
  return `${t.kind} ${t.tool}${target}${diagnostics} ${t.subject}`;
}

// The toolchain's programs, as a model's keys name them.
const TOOLS = /^(?:clang|clang\+\+|clang-cpp|gcc|g\+\+|cpp|ld\.lld|ld|ld\.bfd|as|ar|nm|objcopy|objdump|readelf|strip|llvm-[a-z]+(?:-[a-z]+)*)$/;

/**
 * One tool's name as a model's keys write it: Kbuild reaches the same
 * toolchain as `clang`, `clang-14` (LLVM=-14, CC=clang-14), `gcc-12`
 * (CC=gcc-12) or `/usr/lib/llvm-14/bin/clang` (LLVM=/usr/lib/llvm-14/bin/):
 * the directory goes (as it does from a try-run's tool) and so does a
 * version suffix that is the model's own major version (clang-15 is not
 * clang-14's tool, and stays unknown to it).
 */
export function canonicalTool(word: string, names: ToolNames | undefined): string {
  const triplet = names?.triplet;
  const base = word.replace(/^.*\//, '');
  const major = /-(\d+)$/.exec(names?.id ?? '')?.[1];
  const unversioned = major !== undefined && base.endsWith(`-${major}`) ? base.slice(0, -major.length - 1) : base;
  if (TOOLS.test(unversioned)) return unversioned;
  // The toolchain's own triplet names the same programs (Debian builds its kernels with
  // CROSS_COMPILE=x86_64-linux-gnu- and x86_64-linux-gnu-gcc-12: gcc-12 links to it); another triplet is another toolchain.
  if (triplet !== undefined && unversioned.startsWith(`${triplet}-`) && TOOLS.test(unversioned.slice(triplet.length + 1))) return unversioned.slice(triplet.length + 1);
  return word;
}

/** What names a model's tools: its id (clang-14: the version suffix) and the machine triplet it was recorded on (x86_64-linux-gnu). */
export type ToolNames = Pick<CompilerModelData, 'id' | 'triplet'>;

/** A command with each word that names a tool of the toolchain written as the model's keys write it (canonicalTool). */
export function canonicalTools(command: string, names: ToolNames | undefined): string {
  // (A word may end at a closing quote: Kconfig's `env "CC=clang-14" ...`.)
  return command.replace(/(^|[\s|;&(=])([^\s|;&()=<>'"`$]+)(?=$|[\s|;&)'"])/g, (all, before: string, word: string) => {
    if (!/[/-]/.test(word) || word.startsWith('-')) return all;
    return before + canonicalTool(word, names);
  });
}

/** The PATH of the user's shell, which make's commands inherit (tree mode reads no other of its variables); dash's default without one. */
export function userPath(): string {
  return process.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
}

/** Programs that run the compiler given after them, answering as it does (CC="ccache gcc", "sccache clang", "distcc gcc"). */
export const COMPILER_LAUNCHERS = /^(?:.*\/)?(?:ccache|sccache|distcc)$/;

/** A command with each compiler launcher word before a tool taken out: what the tool alone answers. */
export function withoutLaunchers(command: string): string {
  if (!/ccache|distcc/.test(command)) return command;
  return command.replace(/(^|[\s|;&(="])((?:[^\s|;&()=<>'"`$]*\/)?(?:ccache|sccache|distcc))\s+(?=[^\s|;&)-])/g, (all, before: string, word: string) =>
    COMPILER_LAUNCHERS.test(word) ? before : all,
  );
}

/**
 * The tools a command names otherwise than the model's keys (canonicalTools),
 * each as the model names it -> its name as run. gcc's `--version` says the
 * name it was run as (`gcc-12 (Debian 12.2.0-14) 12.2.0`): outputs.
 */
function renamedTools(command: string, names: ToolNames | undefined): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const word of command.split(/[\s|;&()=]+/)) {
    const canonical = canonicalTool(word, names);
    const base = word.replace(/^.*\//, '');
    if (canonical !== word && canonical !== base) renamed.set(canonical, base);
  }
  return renamed;
}

/** An output line that starts with a tool's name (gcc's --version), with the name swapped by `names`. */
function renameInOutput(output: string, names: Map<string, string>): string {
  return output.replace(/^([^\s(]+)(?= \()/gm, (name: string) => names.get(name) ?? name);
}

/** Whether a directory exists on disk (a process can run there). */
function onDisk(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** dirname(1) as POSIX specifies it (and coreutils prints it): path.posix.dirname keeps a slash of `a//.`. */
function posixDirname(p: string): string {
  if (/^\/+$/.test(p)) return '/';
  const trimmed = p.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  return trimmed.slice(0, slash).replace(/\/+$/, '') || '/';
}

/** Paths of this machine's trees, written as placeholders in models and fixtures. */
export interface TreePaths {
  srctree: string;
  objtree: string;
}

export function normalizePaths(text: string, paths: TreePaths): string {
  let out = text;
  // The longer path first: the build tree may lie inside the source tree.
  const pairs: [string, string][] = [
    [paths.srctree, '@SRCTREE@'],
    [paths.objtree, '@OBJTREE@'],
  ];
  pairs.sort((a, b) => b[0].length - a[0].length);
  for (const [p, name] of pairs) if (p !== '' && p !== '/') out = out.split(p).join(name);
  return out;
}

export interface ProbeHostOptions {
  /** Run what the model cannot answer for real (the user passed --allow-shell). */
  allowShell: boolean;
  model?: CompilerModelData;
  paths: TreePaths;
  /** A directory where try-run may make its temporary files (never the user's tree). */
  scratch: string;
  /** Answers shared across evaluations of one run, by exact command. */
  cache?: Map<string, ShellResult>;
  /** Directories that exist for make even if not on disk (the build directory: kflags never creates it). */
  virtualDirectories?: string[];
}

/**
 * A Host whose shell answers Kbuild's probes: from the cache, by running
 * them (only with allowShell), or from the compiler model. Everything else
 * goes to the inner host unchanged.
 */
export class ProbeHost implements Host {
  readonly probes: Probe[] = [];
  /** Answers by command, shared by the makes (and Kconfig) of a run. */
  readonly cache: Map<string, ShellResult>;

  constructor(
    private readonly inner: Host,
    private readonly options: ProbeHostOptions,
  ) {
    this.cache = options.cache ?? new Map();
  }

  // The tree does not change while kflags reads it (nothing writes): what
  // the file system answered once is kept for the run.
  private readonly memo = new Map<string, Map<string, unknown>>();
  private remember<T>(kind: string, file: string, ask: () => T): T {
    let answers = this.memo.get(kind);
    if (answers === undefined) this.memo.set(kind, (answers = new Map()));
    if (answers.has(file)) return answers.get(file) as T;
    const answer = ask();
    answers.set(file, answer);
    return answer;
  }

  readFile(file: string) {
    return this.remember('read', file, () => this.inner.readFile(file));
  }
  isFile(file: string) {
    return this.remember('isFile', file, () => this.inner.isFile(file));
  }
  exists(file: string) {
    return this.remember('exists', file, () => this.inner.exists(file) || this.isVirtualDirectory(file));
  }
  isDirectory(file: string) {
    return this.remember('isDirectory', file, () => this.inner.isDirectory(file) || this.isVirtualDirectory(file));
  }
  /** A virtual directory itself (not a file in it, which exists only in the overlay or on disk). */
  private isVirtualDirectory(file: string): boolean {
    const abs = path.resolve(file);
    return (this.options.virtualDirectories ?? []).includes(abs);
  }
  listDirectory(dir: string) {
    return this.remember('list', dir, () => this.inner.listDirectory(dir) ?? (this.isVirtualDirectory(dir) ? [] : undefined));
  }
  isLink(file: string) {
    return this.remember('isLink', file, () => this.inner.isLink?.(file) ?? false);
  }
  realpath(file: string) {
    return this.remember('realpath', file, () => this.inner.realpath(file) ?? (this.isVirtualDirectory(file) ? path.resolve(file) : undefined));
  }

  /**
   * The commands of a build directory kflags answers itself, whatever the
   * shell setting: it creates nothing and needs none of them run.
   */
  private answerWithoutRunning(command: string, cwd: string): ShellResult | undefined {
    // The top level creates O= with $(shell mkdir -p DIR) (6.1: `mkdir -p DIR
    // && cd DIR && pwd`, printing its absolute path); Makefile.build makes
    // its output directories so (`mkdir -p $(obj) $(subdir-ym)...`).
    const pwd = /^\s*mkdir -p ("?)([^"\s;&|]+)\1\s*&&\s*cd \1\2\1\s*&&\s*pwd\s*$/.exec(command);
    if (pwd !== null) return { output: path.resolve(cwd, pwd[2]) + '\n', status: 0 };
    if (/^\s*mkdir -p(\s+"?[^\s;&|<>`$()"]+"?)+\s*$/.test(command)) return { output: '', status: 0 };
    // `find DIR ...` in a build directory that exists only for make: nothing generated there yet.
    const find = /^\s*find\s+([^\s;&|<>]+)\s[^;&|]*$/.exec(command);
    if (find !== null) {
      const dir = path.resolve(cwd, find[1]);
      if (!this.inner.exists(dir) && (this.options.virtualDirectories ?? []).some((d) => dir.startsWith(d + '/'))) return { output: '', status: 1 };
      // `find DIR -name PATTERN 2>/dev/null` where nothing matches (an in-tree build's generated
      // files before the build: drivers/base/firmware_loader/builtin's *.gen.S): a read, answered
      // by walking DIR. What does match is left to the shell: find prints in the directory's own order.
      const named = /^\s*find\s+([^\s;&|<>'"`$\\]+)\s+-name\s+((?:[^\s;&|<>'"`$\\[]|\\[^\s])+|'[^'[]*'|"[^"$`\\[]*")(?:\s+2>\s*\/dev\/null)?\s*$/.exec(command);
      if (named !== null && this.inner.isDirectory(dir) && !findMatches(this.inner, dir, nameRegExp(named[2]))) return { output: '', status: 0 };
    }
    // Version comparisons (`[ 1400060 -ge 1200000 ] && echo y`, `test A -lt B; echo $?`) are arithmetic.
    const compared = arithmeticTest(command);
    if (compared !== undefined) return compared;
    // `dirname PATH` (the top level strips M=DIR/'s trailing slashes so) is a string operation.
    const dirname = /^\s*dirname\s+([^\s;&|<>`$()'"\\*?[\]]+)\s*$/.exec(command);
    if (dirname !== null) return { output: posixDirname(dirname[1]) + '\n', status: 0 };
    // `cat FILE` (6.1 reads include/config/kernel.release so) is a read: the build files kflags made answer it.
    const cat = /^\s*cat ([^\s;&|<>]+)(?:\s+2>\s*\/dev\/null)?\s*$/.exec(command);
    if (cat !== null) {
      const text = this.inner.readFile(path.resolve(cwd, cat[1]));
      return text === undefined ? { output: '', status: 1 } : { output: text, status: 0 };
    }
    return undefined;
  }

  shell(command: string, cwd: string, env: Record<string, string>): ShellResult {
    // A compiler launcher (CC="ccache gcc") answers as the compiler it runs: the model is asked without it.
    const tryRun = parseTryRun(withoutLaunchers(command));
    const record = (result: ShellResult, source: ProbeSource): ShellResult => {
      const probe: Probe = {
        kind: tryRun?.kind ?? 'command',
        subject: tryRun?.subject ?? command,
        command,
        output: result.output,
        status: result.status,
        source,
      };
      if (tryRun !== undefined) {
        probe.tool = tryRun.tool;
        if (tryRun.target !== undefined) probe.target = tryRun.target;
        if (tryRun.wordSize !== undefined) probe.wordSize = tryRun.wordSize;
        if (tryRun.diagnostics !== undefined) probe.diagnostics = tryRun.diagnostics;
        probe.accepted = result.output.replace(/\n$/, '') === tryRun.yes && tryRun.yes !== tryRun.no;
      }
      this.probes.push(probe);
      return result;
    };
    const answered = tryRun === undefined ? this.answerWithoutRunning(command, cwd) : undefined;
    if (answered !== undefined) return record(answered, 'model');
    const cached = this.cache.get(command);
    if (cached !== undefined) return record(cached, 'cached');
    if (this.options.allowShell) {
      // try-run makes and removes a temporary directory below its working
      // directory: give it a scratch one, never the user's tree.
      // A build directory that does not exist yet (kflags needs none) cannot be a working directory either.
      // (The disk's answer: the overlay's files make directories exist for make, not for a process.)
      const where = tryRun !== undefined || !onDisk(cwd) ? this.options.scratch : cwd;
      // make runs from the user's shell, whose PATH its commands inherit: without one, gcc cannot
      // find itself, and a cross gcc's -print-file-name=include answers a relative path.
      const result = this.inner.shell(command, where, env.PATH === undefined ? { ...env, PATH: userPath() } : env);
      this.cache.set(command, result);
      return record(result, 'ran');
    }
    const model = this.options.model;
    if (tryRun !== undefined) {
      const accepted = model?.accepts[modelKey(canonicalTryRun(tryRun, normalizePaths(tryRun.subject, this.options.paths), model))];
      if (accepted === undefined) {
        // Unknown to the model: the probe's failure branch, reported as such.
        return record({ output: tryRun.no + '\n', status: 0 }, 'unknown');
      }
      const result = { output: (accepted ? tryRun.yes : tryRun.no) + '\n', status: 0 };
      this.cache.set(command, result);
      return record(result, 'model');
    }
    const key = model === undefined ? undefined : canonicalTools(normalizePaths(withoutLaunchers(command), this.options.paths), model);
    // A script of the source tree answers as its text says (6.1's and 6.12's
    // tools-support-relr.sh differ): the answer kept with that text's digest first.
    const qualified = key === undefined ? undefined : treeFilesKey(key, this.options.paths, (f) => this.inner.readFile(f));
    const answer = (k: string) => model!.commands[k] ?? byBlankFreeKey(model!).get(collapseBlanks(k));
    const known = key === undefined || model === undefined ? undefined : ((qualified !== undefined ? answer(qualified) : undefined) ?? answer(key));
    if (known === undefined) return record({ output: '', status: 127 }, 'unknown');
    const result = { output: renameInOutput(denormalizePaths(known.output, this.options.paths), renamedTools(command, model)), status: known.status };
    this.cache.set(command, result);
    return record(result, 'model');
  }
}

/**
 * find's -name PATTERN as a regular expression for a whole file name, dots
 * included: the word as the shell passes it (`\*.gen.S` and '*.gen.S' are
 * both `*.gen.S`), then fnmatch's `*`, `?` and backslash (no brackets: the
 * caller's pattern has none).
 */
function nameRegExp(word: string): RegExp {
  const unquoted = /^['"]/.test(word) ? word.slice(1, -1) : word.replace(/\\(.)/gs, '$1');
  const literal = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  let re = '';
  for (let i = 0; i < unquoted.length; i++) {
    const ch = unquoted[i];
    if (ch === '\\' && i + 1 < unquoted.length) re += literal(unquoted[++i]);
    else if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += literal(ch);
  }
  return new RegExp(`^${re}$`, 's');
}

/** Whether a file below `dir` (itself included, as find tests it) has a name `name` matches. */
function findMatches(host: Host, dir: string, name: RegExp): boolean {
  if (name.test(path.basename(dir))) return true;
  for (const entry of host.listDirectory(dir) ?? []) {
    const file = path.join(dir, entry);
    if (name.test(entry)) return true;
    if (!host.isLink?.(file) && host.isDirectory(file) && findMatches(host, file, name)) return true;
  }
  return false;
}

/**
 * A command with each run of blanks outside quotes written as one space,
 * and none at its ends: the shell splits words so either way (Debian's
 * headers package spells `CC = $(if ...) gcc-12`, and `$(CC) --version`
 * becomes `LC_ALL=C  gcc-12 --version`).
 */
export function collapseBlanks(command: string): string {
  let out = '';
  let quote = '';
  let blank = false;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i];
    if (quote === '' && (ch === ' ' || ch === '\t')) {
      blank = out !== '';
      continue;
    }
    if (blank) {
      out += ' ';
      blank = false;
    }
    out += ch;
    if (ch === '\\' && quote !== "'" && i + 1 < command.length) out += command[++i];
    else if (quote === '' && (ch === "'" || ch === '"')) quote = ch;
    else if (ch === quote) quote = '';
  }
  return out;
}

/** Per model, its command answers by their keys with blanks collapsed (made once, when a key is not found as it is). */
const BLANK_FREE = new WeakMap<CompilerModelData, Map<string, CompilerModelData['commands'][string]>>();
function byBlankFreeKey(model: CompilerModelData): Map<string, CompilerModelData['commands'][string]> {
  let map = BLANK_FREE.get(model);
  if (map === undefined) BLANK_FREE.set(model, (map = new Map(Object.entries(model.commands).map(([k, v]) => [collapseBlanks(k), v]))));
  return map;
}

/** A try-run's model key parts with its tool (and a try-run's own command, its subject) named as the model's keys name them. */
function canonicalTryRun<T extends { kind: ProbeKind; tool: string }>(run: T, subject: string, names: ToolNames): T & { subject: string } {
  return { ...run, tool: canonicalTool(run.tool, names), subject: run.kind === 'try-run' ? canonicalTools(subject, names) : subject };
}

export function denormalizePaths(text: string, paths: TreePaths): string {
  return text.split('@SRCTREE@').join(paths.srctree).split('@OBJTREE@').join(paths.objtree);
}

/**
 * A model's table grown by the probes of a real run (what scripts/compiler-model
 * records). A key answered two ways (the same question asked where the
 * answer depends on something the key does not hold) is an error: the
 * model would answer one of them wrongly without anyone noticing.
 */
/**
 * A command's key qualified by the text of the source tree's files it names
 * (`@SRCTREE@/scripts/tools-support-relr.sh`): `KEY #sha256:DIGEST`;
 * undefined when it names none (or one cannot be read).
 */
export function treeFilesKey(key: string, paths: TreePaths, readFile: (file: string) => string | undefined): string | undefined {
  const files = [...key.matchAll(/@SRCTREE@\/[^\s'"`;|&()<>]+/g)].map((m) => m[0]);
  if (files.length === 0) return undefined;
  const h = createHash('sha256');
  for (const f of files) {
    const text = readFile(denormalizePaths(f, paths));
    if (text === undefined) return undefined;
    h.update(f).update('\0').update(text).update('\0');
  }
  return `${key} #sha256:${h.digest('hex').slice(0, 16)}`;
}

/** Whether a command runs a program of the build directory (`./arch/mips/tools/elf-entry ...`), which only a build makes. */
export function runsBuildProgram(command: string, objtree: string): boolean {
  const program = command.trim().split(/\s+/)[0] ?? '';
  return program.startsWith('./') || program.startsWith(`${objtree}/`);
}

/** Per model, the answers addToModel has seen in this process for keys that name source-tree files. */
const seenTreeAnswers = new WeakMap<CompilerModelData, Map<string, Map<string, { output: string; status: number }>>>();

/**
 * readFile: for a command naming files of the source tree, answered one way
 * by one tree and another way by another, the answers are kept by the
 * digest of those files' text instead (treeFilesKey); without it, or when
 * the other answer was not seen in this process, two answers are an error.
 */
export function addToModel(model: CompilerModelData, probes: Probe[], paths: TreePaths, readFile?: (file: string) => string | undefined): void {
  let seen = seenTreeAnswers.get(model);
  if (!seen) seenTreeAnswers.set(model, (seen = new Map()));
  for (const p of probes) {
    if (p.source !== 'ran') continue;
    if (p.kind === 'command') {
      // What a command reads from the build's generated files (arm64's
      // `awk ... include/generated/asm-offsets.h`) belongs to one build of
      // one configuration, not to the toolchain: never a model's answer.
      if (/(^|[\s'"=/])include\/generated\//.test(p.command)) continue;
      // Nor what a program the build makes says (mips' `$(objtree)/arch/mips/tools/elf-entry vmlinux`: the
      // entry address of the vmlinux it linked; run in a build directory where neither exists yet, not found).
      if (runsBuildProgram(p.command, paths.objtree)) continue;
      const key = canonicalTools(normalizePaths(p.command, paths), model);
      const asRun = new Map([...renamedTools(p.command, model)].map(([canonical, base]) => [base, canonical]));
      const answer = { output: renameInOutput(normalizePaths(p.output, paths), asRun), status: p.status };
      const qualified = readFile && treeFilesKey(key, paths, readFile);
      if (qualified !== undefined) {
        const answers = seen.get(key) ?? new Map<string, { output: string; status: number }>();
        seen.set(key, answers);
        answers.set(qualified, answer);
        const plain = model.commands[key];
        const differ = [...answers.values(), ...(plain ? [plain] : [])].some((a) => a.output !== answer.output || a.status !== answer.status);
        if (differ || (plain === undefined && Object.keys(model.commands).some((k) => k.startsWith(`${key} #sha256:`)))) {
          // Answered differently by different texts: kept by text only, for
          // every text seen in this process (an answer kept without its text
          // is dropped: the recording asks every tree again).
          delete model.commands[key];
          for (const [k, a] of answers) model.commands[k] = a;
          continue;
        }
      }
      const had = model.commands[key];
      if (had !== undefined && (had.output !== answer.output || had.status !== answer.status)) {
        throw new Error(`the model ${model.id} has two answers for '${key}': ${JSON.stringify(had)} and ${JSON.stringify(answer)}`);
      }
      model.commands[key] = answer;
    } else if (p.tool !== undefined && p.accepted !== undefined) {
      const key = modelKey(canonicalTryRun({ kind: p.kind, tool: p.tool, target: p.target, wordSize: p.wordSize, diagnostics: p.diagnostics }, normalizePaths(p.subject, paths), model));
      if (model.accepts[key] !== undefined && model.accepts[key] !== p.accepted) {
        throw new Error(`the model ${model.id} has two answers for '${key}' (the second from: ${p.command})`);
      }
      model.accepts[key] = p.accepted;
    }
  }
}

const TEST_OPS: Record<string, (a: number, b: number) => boolean> = {
  '-eq': (a, b) => a === b,
  '-ne': (a, b) => a !== b,
  '-lt': (a, b) => a < b,
  '-le': (a, b) => a <= b,
  '-gt': (a, b) => a > b,
  '-ge': (a, b) => a >= b,
};

/** `[ A OP B ] && echo y` or `test A OP B; echo $?` with integers, as sh would answer it. */
export function arithmeticTest(command: string): ShellResult | undefined {
  const andEcho = /^\s*(?:\[\s+(-?\d+)\s+(-[a-z]{2})\s+(-?\d+)\s+\]|test\s+(-?\d+)\s+(-[a-z]{2})\s+(-?\d+))\s*&&\s*echo\s+(\w+)\s*$/.exec(command);
  if (andEcho !== null) {
    const [a, op, b] = andEcho[1] !== undefined ? [andEcho[1], andEcho[2], andEcho[3]] : [andEcho[4], andEcho[5], andEcho[6]];
    const f = TEST_OPS[op];
    if (f === undefined) return undefined;
    return f(Number(a), Number(b)) ? { output: `${andEcho[7]}\n`, status: 0 } : { output: '', status: 1 };
  }
  const status = /^\s*(?:\[\s+(-?\d+)\s+(-[a-z]{2})\s+(-?\d+)\s+\]|test\s+(-?\d+)\s+(-[a-z]{2})\s+(-?\d+))\s*;\s*echo\s+\$\?\s*$/.exec(command);
  if (status !== null) {
    const [a, op, b] = status[1] !== undefined ? [status[1], status[2], status[3]] : [status[4], status[5], status[6]];
    const f = TEST_OPS[op];
    if (f === undefined) return undefined;
    return { output: f(Number(a), Number(b)) ? '0\n' : '1\n', status: 0 };
  }
  return undefined;
}
