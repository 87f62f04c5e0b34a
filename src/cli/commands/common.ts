// What the commands share: option parsing, and for the Kbuild commands
// (flags, diff, check) their common options and error handling. Only light
// modules are loaded here: `kflags eval` does not pay for the Kbuild model.
import * as path from 'node:path';
import type { Command } from 'commander';
import type { Limits } from '../../eval/limits.js';
import { MakeError } from '../../eval/errors.js';
import { KflagsError } from '../../errors.js';
import { parseLine } from '../../syntax/parse.js';
import { DEFAULT_PROFILE } from '../../kbuild/profiles.js';
import type { DirectoryOptions, StatePair } from '../../compare/compare.js';
import type { TreeRequest } from '../../compare/tree.js';
import { externalModuleDir } from '../../kbuild/tree/build-files.js';
import { kbuildEnvironment } from '../../kbuild/tree/environment.js';
import { CliError, exitStatusFor, type Io } from '../io.js';

export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * A word of the command line (text, as node decodes it: UTF-8) as the
 * engine holds make's text: one character a byte (latin1), which is what
 * make is given and what the output writes back as bytes.
 */
export function commandLineBytes(word: string): string {
  return /[^\u0000-\u007f]/.test(word) ? Buffer.from(word, 'utf8').toString('latin1') : word;
}

/**
 * Separate command-line variable assignments from other words: as make
 * does, a word is an assignment if it reads as one (the grammar decides).
 */
export function splitAssignments(words: string[]): { commandLine: string[]; others: string[] } {
  const commandLine: string[] = [];
  const others: string[] = [];
  for (const word of words) {
    const w = commandLineBytes(word);
    const line = parseLine(w, { file: '<command line>', line: 0 });
    (line.type === 'Assignment' && line.modifiers.length === 0 ? commandLine : others).push(w);
  }
  return { commandLine, others };
}

export function parseEnvAssignments(list: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const text of list) {
    const item = commandLineBytes(text);
    const eq = item.indexOf('=');
    if (eq <= 0) throw new CliError(`--env expects NAME=VALUE, got '${item}'`);
    env[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return env;
}

export function parseLimits(options: { maxDepth?: string; maxValue?: string; maxInclude?: string; maxInput?: string }): Partial<Limits> {
  const limits: Partial<Limits> = {};
  const num = (text: string, flag: string): number => {
    if (!/^[0-9]+$/.test(text) || Number(text) <= 0) throw new CliError(`${flag} expects a positive whole number, got '${text}'`);
    return Number(text);
  };
  if (options.maxDepth !== undefined) limits.maxExpansionDepth = num(options.maxDepth, '--max-depth');
  if (options.maxValue !== undefined) limits.maxValueLength = num(options.maxValue, '--max-value');
  if (options.maxInclude !== undefined) limits.maxIncludeDepth = num(options.maxInclude, '--max-include');
  if (options.maxInput !== undefined) limits.maxInputSize = num(options.maxInput, '--max-input');
  return limits;
}

// ------------------------------------------------- the Kbuild commands

export interface ModelOptions {
  profile?: string;
  base?: string;
  /** --config, repeatable (two configs compare in tree mode). */
  config: string[];
  /** Tree mode: the kernel source tree(s). */
  tree: string[];
  dir?: string;
  compiler?: string;
  probes?: boolean;
  obj?: string;
  src?: string;
  object: string[];
  json?: boolean;
  format?: string;
  explain?: boolean;
  allowShell?: boolean;
  kconfig?: string;
}

export const KCONFIG_HELP = "with --tree: when to bring the .config up to date with Kconfig's olddefconfig first, as make's syncconfig does: auto (when it is not Kconfig's output for this tree, ARCH and compiler), always, never";

/** --kconfig's value, checked. */
export function kconfigMode(value: string | undefined): 'auto' | 'always' | 'never' | undefined {
  if (value === undefined || value === 'auto' || value === 'always' || value === 'never') return value;
  throw new CliError(`--kconfig takes auto, always or never, not '${value}'`);
}

export function addModelOptions(cmd: Command): Command {
  return cmd
    .option('--profile <name>', `bundled base flags: gcc, clang, clang-thinlto, clang-fulllto, clang-thinlto-profile, clang-thinlto-profile-use (default ${DEFAULT_PROFILE})`)
    .option('--base <file>', 'your own fragment instead of a profile and the bundled top level')
    .option('--config <file>', 'a .config (with --tree: default O=/.config or SRCDIR/.config; give two to compare configs)', collect, [])
    .option('--tree <srcdir>', 'evaluate a real kernel tree (its Makefile, Kbuild files, scripts/); twice to compare versions', collect, [])
    .option('--dir <dir>', 'with --tree: the directory to build, e.g. arch/x86/purgatory (default: the directory of --object DIR/NAME.o, or an external module\'s M=DIR)')
    .option('--compiler <id>', 'with --tree: the compiler model answering probes (gcc-12, clang-14; default by LLVM=/CC=)')
    .option('--probes', 'with --tree: list every compiler probe with its answer and where it came from')
    .option('--obj <dir>', "Kbuild's $(obj) for the directory (default: its path in the kernel tree)")
    .option('--src <dir>', 'where to look for .c/.S sources (default: the makefile\'s directory)')
    .option('--object <name>', 'only this object, or the one built from this source (NAME.o, NAME.c, DIR/NAME.c; repeatable)', collect, [])
    .option('--json', 'machine-readable output (see src/report/SCHEMA.md)')
    .option('--allow-shell', 'run $(shell ...) and != (never run otherwise)')
    .option('--kconfig <when>', KCONFIG_HELP);
}

export function directoryOptions(options: ModelOptions, assignments: string[], io: Io): DirectoryOptions {
  const { commandLine, others } = splitAssignments(assignments);
  if (others.length > 0) throw new CliError(`unexpected argument '${others[0]}' (variables are NAME=VALUE)`);
  if (options.profile !== undefined && options.base !== undefined) throw new CliError('--profile and --base exclude each other');
  if (options.config.length > 1) throw new CliError('give one --config (two configs compare with --tree)');
  for (const flag of ['dir', 'compiler', 'probes', 'kconfig'] as const) {
    if (options[flag] !== undefined) throw new CliError(`--${flag} goes with --tree`);
  }
  return {
    profile: options.profile,
    base: options.base,
    config: options.config[0],
    obj: options.obj,
    srcDir: options.src,
    commandLine,
    allowShell: options.allowShell,
    objects: options.object,
    explain: options.explain,
    onWarning: io.stderr,
    // Progress on a terminal only, for directories with many objects.
    ...(io.isTTY && io.env?.CI === undefined
      ? {
          onProgress: (done: number, total: number) => {
            if (total >= 500) io.stderr(done + 250 >= total ? '\r\x1b[K' : `\rkflags: ${done}/${total} objects`);
          },
        }
      : {}),
  };
}

export const profileLabel = (o: ModelOptions) => o.base ?? o.profile ?? DEFAULT_PROFILE;

/** Run a command body, mapping kflags' errors to messages and exit statuses. */
export async function guarded(io: Io, json: boolean | undefined, body: () => number | Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof KflagsError) {
      const text = e instanceof MakeError ? e.render().trimEnd() : `kflags: ${e.message}`;
      const exitStatus = exitStatusFor(e.code);
      if (json) io.stdout(JSON.stringify({ error: { message: text, exitStatus } }, null, 2) + '\n');
      else io.stderr(text + '\n');
      return exitStatus;
    }
    throw e;
  }
}

/** The two states `diff` and `check` compare: a directory and a patch, or two directories. */
export async function statePair(targets: string[], options: ModelOptions & { patch?: string; reverse?: boolean }, io: Io): Promise<StatePair> {
  const { commandLine, others } = splitAssignments(targets);
  const opts = directoryOptions(options, commandLine, io);
  const { patchPair, versionPair } = await import('../../compare/compare.js');
  if (options.patch !== undefined) {
    if (others.length !== 1) throw new CliError(`with --patch, give one directory or makefile (got ${others.length})`);
    return patchPair(others[0], options.patch, { ...opts, reverse: options.reverse });
  }
  if (others.length !== 2) throw new CliError('give --patch FILE and a directory, or two directories/makefiles to compare');
  return versionPair(others[0], others[1], opts);
}

/** The output in the format asked for (`--json` wins over `--format`). */
export function render(options: { json?: boolean; format?: string }, r: { text: () => string; markdown: () => string; json: () => string }): string {
  const format = options.json ? 'json' : (options.format ?? 'text');
  if (format === 'json') return r.json();
  if (format === 'markdown' || format === 'md') return r.markdown();
  if (format === 'text') return r.text();
  throw new CliError(`unknown --format '${format}' (text, markdown or json)`);
}

/**
 * The Kbuild variables of the user's environment, which make reads too
 * (ARCH, CROSS_COMPILE, LLVM, KBUILD_OUTPUT, KCFLAGS...): said on standard
 * error when there are any, since they change the answer unseen.
 */
export function treeEnvironment(io: Io): Record<string, string> {
  const environment = kbuildEnvironment(io.env ?? {});
  const words = Object.entries(environment).map(([name, value]) => `${name}=${/^[\w@%+=:,./-]*$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`}`);
  if (words.length > 0) io.stderr(`kflags: note: from the environment, as make reads them: ${words.join(' ')}\n`);
  return environment;
}

/** The request of a command run with --tree: the trees, configs, directory and make's variables. */
export function treeRequest(options: ModelOptions, words: string[], io: Io, extra: Partial<TreeRequest> = {}): TreeRequest {
  const { commandLine, others } = splitAssignments(words);
  if (others.length > 0) throw new CliError(`unexpected argument '${others[0]}' (with --tree, give --dir DIR and NAME=VALUE variables)`);
  // `--object arch/x86/purgatory/purgatory.o` alone names its directory (the one whose makefile usually builds it).
  const dirs = [...new Set(options.object.map((o) => path.posix.dirname(o)))];
  const environment = treeEnvironment(io);
  // An external module's build (M=DIR) builds DIR.
  const dir = options.dir ?? (dirs.length === 1 && dirs[0] !== '.' ? dirs[0] : externalModuleDir(commandLine, environment));
  if (dir === undefined) throw new CliError('with --tree, give --dir DIR (a directory of the tree, e.g. arch/x86/purgatory), or --object DIR/NAME.o');
  if (options.profile !== undefined || options.base !== undefined) throw new CliError('--profile and --base are for the bundled model; --tree evaluates the tree itself');
  return {
    trees: options.tree,
    configs: options.config,
    dir,
    commandLine,
    environment,
    compiler: options.compiler,
    allowShell: options.allowShell,
    kconfig: kconfigMode(options.kconfig),
    onWarning: io.stderr,
    ...extra,
  };
}
