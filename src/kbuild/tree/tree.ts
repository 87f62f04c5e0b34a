// Tree mode: a real kernel tree evaluated the way make evaluates it for a
// build of one directory, and each object's real compile command.
//
// 1. The top-level Makefile, read by the make that does the work: with O=
//    the one that runs in the build directory after the first level has
//    re-invoked itself (`sub_make_done=1`, `--no-print-directory` in
//    MAKEFLAGS); the user's command-line variables; the goal `<dir>/`.
//    The build directory's files come from the .config (build-files.ts).
// 2. The directory's sub-make, as `$(build)=<dir>` spells it: make -f
//    scripts/Makefile.build obj=<dir> need-builtin=1 need-modorder=1, with
//    the variables the top level exported as its environment.
// 3. Every object the directory's default goal reaches whose recipe is a
//    compile command (cc_o_c, as_o_S): `cmd_<name>` expanded in the object's
//    context, with `$<` from the pattern rule that builds it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { evaluate, type Evaluation } from '../../eval/evaluate.js';
import type { SkippedAssignment } from '../../eval/reader.js';
import type { Derivation } from '../../eval/provenance.js';
import { at, MakeError } from '../../eval/errors.js';
import { ConfinedHost, DirectoryListings, NodeHost, type Host, type ShellResult } from '../../host/host.js';
import { configMismatches, configWarning } from './config-check.js';
import { olddefconfig, type OlddefconfigResult } from '../kconfig/index.js';
import { KflagsError } from '../../errors.js';
import { buildFiles, externalModuleDir } from './build-files.js';
import { packagedSourceTree, packagedTreeRoots } from './tree-roots.js';
import type { ConfigEntry } from '../config.js';
import { COMPILER_LAUNCHERS, ProbeHost, userPath, type CompilerModelData, type Probe } from './probes.js';
import { commandLineAssignment } from './environment.js';
import { ScanPool } from './scan-pool.js';
import { shellWords } from './shell-words.js';
import { splitWords } from '../../eval/words.js';
import { COMPILE_COMMANDS, type ObjectKind } from '../object-kinds.js';

export interface TreeOptions {
  /** The kernel source tree (absolute). */
  srctree: string;
  /** The build directory (O=); default: the source tree. Never written, need not exist. */
  objtree?: string;
  /** The .config's text and where it came from. */
  config: string;
  configFile: string;
  /** make's command-line variables: LLVM=1, CC=clang, KCFLAGS=..., W=1. */
  commandLine?: string[];
  /** The environment make runs with (environment.ts: the Kbuild variables of the user's); default none, as `env -i make`. */
  environment?: Record<string, string>;
  /** The directory to build, relative to the tree: arch/x86/purgatory. */
  dir: string;
  /** Answers compiler probes without running anything. */
  compiler?: CompilerModelData;
  /** Run probes (and every other $(shell)) for real. */
  allowShell?: boolean;
  /** Absolute path -> text read instead of the disk (a patched makefile). */
  overlay?: Map<string, string>;
  /** Probe answers shared between evaluations (two states, two trees). */
  probeCache?: Map<string, ShellResult>;
  allowRead?: string[];
  onWarning?: (text: string) => void;
  /** Told of each assignment a false conditional skipped (kflags trace), in the make that read it. */
  onSkippedAssignment?: (skipped: SkippedAssignment, make: 'first' | 'top' | 'directory') => void;
  /** Keep every assignment in every make (what explain, trace and lint replay). */
  history?: boolean;
  /** The .config was checked already (a scan's worker threads read the top level again): say nothing about it. */
  configChecked?: boolean;
  /**
   * When to bring the .config up to date with Kconfig's olddefconfig first,
   * as make's syncconfig does before a build: `auto` (the default) when the
   * .config is not Kconfig's output for this tree, SRCARCH and compiler
   * (config-check.ts), `always`, or `never` (read as given).
   */
  kconfig?: 'auto' | 'always' | 'never';
  /** include/config/auto.conf as Kconfig wrote it with the .config (instead of one made from the .config). */
  autoConf?: string;
  /** A `dir` the tree does not have: make's error (default), or no objects (a state of a patch that creates the directory). */
  absentDirectory?: 'error' | 'empty';
}

/** What Kconfig did to the .config before the build read it. */
export interface KconfigRun {
  /** The options whose values it changed (`from` absent: it set one the .config did not; `to` absent: it dropped one). */
  changes: OlddefconfigResult['changes'];
  /** $(shell) commands of the Kconfig files nobody answered (the compiler model does not know them): the result is uncertain. */
  unknownShell: string[];
}

export type { ObjectKind };

export interface TreeObject {
  /** The object's path in the build tree: arch/x86/purgatory/purgatory.o. */
  object: string;
  /** `$<`: the source the compiler reads. */
  source: string;
  kind: ObjectKind;
  /** The Kbuild command that builds it (cc_o_c, as_o_S). */
  rule: string;
  /** The command the shell runs. */
  command: string;
  /** The command as the object's .cmd file holds it (Kbuild's make-cmd: `$` doubled, `#` as `$(pound)`). */
  savedCommand: string;
  /** The compiler's words after its name, up to `-o`, with the shell's quoting removed. */
  flags: string[];
}

export interface TreeEvaluation {
  srctree: string;
  objtree: string;
  release: string;
  top: Evaluation;
  directory: Evaluation;
  /** The sub-make's command line, as Kbuild passes it. */
  subMake: { makefile: string; commandLine: string[] };
  objects: TreeObject[];
  probes: Probe[];
  /** What Kconfig did to the .config first, when it ran. */
  kconfig?: KconfigRun;
  /** The directory whose makefile lists the objects, when the one asked for has none (its objects are those below it). */
  builtBy?: string;
  /** The directory does not exist in this state (TreeOptions.absentDirectory 'empty'): no objects. */
  absent?: boolean;
}


/**
 * The top level as read for a build: the first make and the one it
 * re-invokes in the build directory, with everything a directory's sub-make
 * inherits from them.
 */
export interface TopLevel {
  srctree: string;
  objtree: string;
  release: string;
  top: Evaluation;
  /** `-f <srctree>/scripts/Makefile.build`, as `$(build)` spells it. */
  buildMakefile: string;
  /** The sub-makes' environment: what the top level exported. */
  environment: Record<string, string>;
  includeDirs: string[];
  /** The user's command-line variables (O= included), passed on through MAKEFLAGS. */
  commandLine: string[];
  probeHost: ProbeHost;
  common: {
    cwd: string;
    host: Host;
    confine: boolean;
    overlay: Map<string, string>;
    allowShell: boolean;
    onWarning?: (text: string) => void;
    history: boolean;
  };
  onSkippedAssignment?: TreeOptions['onSkippedAssignment'];
  /** The .config the build read (Kconfig's when it ran) and its auto.conf, when Kconfig wrote it. */
  config: string;
  autoConf?: string;
  /** What Kconfig did, when it ran. */
  kconfig?: KconfigRun;
}

// make 4.3's MAKEFLAGS as a make re-invoked by Kbuild reads it: the
// switches of the first level (-rR) and the recipe's --no-print-directory.
const SUB_MAKEFLAGS = 'rR --no-print-directory';

/** What every make of a tree run reads through: the trees' real paths, the build directory's files, the probe host and one confinement. */
export interface TreeHosts {
  /** Where the user's make starts: the source tree, or a packaged build directory (tree-roots.ts). */
  launch: string;
  srctree: string;
  objtree: string;
  release: string;
  probeHost: ProbeHost;
  commandLine: string[];
  common: TopLevel['common'];
  /** The tree's version and the .config's entries. */
  version: string;
  configEntries: ConfigEntry[];
  /** Its lines Kconfig would drop (not CONFIG_X=... or "# CONFIG_X is not set"). */
  configUnexpected: { line: number; text: string }[];
}

export function treeHosts(options: Omit<TreeOptions, 'dir'>): TreeHosts {
  // make's abs_srctree resolves symbolic links ($(realpath ...)): the paths in commands are those.
  const disk = new NodeHost();
  const overlay = new Map(options.overlay ?? []);
  const files = new NodeHost(overlay);
  // Where the user's make starts (`make -C DIR`): the source tree, or a packaged build directory whose Makefile includes it.
  const launch = disk.realpath(options.srctree) ?? path.resolve(options.srctree);
  const launchText = files.readFile(path.join(launch, 'Makefile'));
  if (launchText === undefined) throw new MakeError(`kflags: no kernel tree at '${launch}' (no Makefile)`);
  const srctree = packagedSourceTree(launch, launchText, (f) => files.readFile(f)) ?? launch;
  // Without O=, the build directory is where make starts (a packaged tree's, for its source tree elsewhere).
  const objtree = options.objtree === undefined ? launch : (disk.realpath(options.objtree) ?? path.resolve(options.objtree));
  const topText = srctree === launch ? launchText : files.readFile(path.join(srctree, 'Makefile'))!;
  const made = buildFiles({ objtree, config: options.config, configFile: options.configFile, topMakefile: topText, autoConf: options.autoConf });
  for (const [file, text] of made.files) overlay.set(file, text);

  // Nothing writes to the trees while kflags reads them, unless the shell runs for real.
  const listings = options.allowShell === true ? undefined : new DirectoryListings();
  const probeHost = new ProbeHost(new NodeHost(overlay, listings), {
    allowShell: options.allowShell === true,
    model: options.compiler,
    paths: { srctree, objtree },
    scratch: os.tmpdir(),
    cache: options.probeCache,
    // make sees the build directory (O=) as existing; kflags never creates it.
    virtualDirectories: [objtree],
  });
  const commandLine = [...(options.commandLine ?? []), ...(options.objtree !== undefined && objtree !== srctree ? [`O=${objtree}`] : [])];
  // One confinement for every make of the run (reads stay in the trees), so that its answers are shared.
  // An external module's directory (M=, KBUILD_EXTMOD=) is named by the user: its Kbuild file and sources are read.
  const extmod = externalModuleDir(commandLine, options.environment);
  const extmodRoots = extmod === undefined ? [] : [path.resolve(extmod), path.resolve(objtree, extmod)];
  // A packaged tree (Debian's linux-headers) spreads over the directories its top level leads to (tree-roots.ts).
  const roots = [launch, ...packagedTreeRoots(launch, launchText), srctree, objtree, ...extmodRoots, ...(options.allowRead ?? [])];
  const confined = new ConfinedHost(probeHost, roots, overlay, listings, 'tree mode reads the kernel tree (and the directories its top-level Makefile includes or links to), the build directory (O=) and the external module (M=)');
  const common = {
    cwd: objtree,
    host: confined,
    confine: false,
    overlay,
    // The interpreter hands every $(shell) to the probe host, which decides.
    allowShell: true,
    onWarning: options.onWarning,
    history: options.history === true,
  };
  return { launch, srctree, objtree, release: made.release, probeHost, commandLine, common, version: made.version, configEntries: made.entries, configUnexpected: made.unexpected };
}

/** What a directory's sub-make takes from the top level (a scan's worker threads get it without reading the top level again). */
export type SubMakeBase = Pick<TopLevel, 'common' | 'includeDirs' | 'buildMakefile' | 'commandLine' | 'environment' | 'onSkippedAssignment'>;

/**
 * The top level as make reads it for a build, the .config brought up to
 * date by Kconfig first when make would (see TreeOptions.kconfig): the
 * top level is read with the .config as given, which tells what Kconfig
 * reads (the compiler, ARCH, ...), then again with Kconfig's .config and
 * auto.conf if Kconfig changed anything.
 */
export function evaluateTopLevel(options: Omit<TreeOptions, 'dir'>, goals: string[]): TopLevel {
  const { top: asGiven, mismatches } = readTopLevel(options, goals);
  const mode = options.kconfig ?? 'auto';
  const say = (text: string) => {
    if (options.configChecked !== true) options.onWarning?.(text);
  };
  if (mode === 'never' || (mode === 'auto' && mismatches.length === 0)) {
    const warning = configWarning(options.configFile, mismatches);
    if (warning !== undefined) say(warning);
    return asGiven;
  }
  const probesBefore = asGiven.probeHost.probes.length;
  let result: OlddefconfigResult;
  try {
    result = runKconfig(asGiven, options);
  } catch (e) {
    if (!(e instanceof MakeError || e instanceof KflagsError)) throw e;
    // Where Kconfig stopped (Kconfig file:line), as conf would say it, and the likely
    // cause when the model could not answer what it asked (`default $(as-version)` empty).
    const location = e instanceof MakeError ? at(e.location) : '';
    const unknown = asGiven.probeHost.probes.slice(probesBefore).filter((p) => p.source === 'unknown');
    const cause =
      unknown.length === 0
        ? ''
        : `, after ${unknown.length === 1 ? '1 command' : `${unknown.length} commands`} the compiler model does not know (answered as failed; --allow-shell runs them), first: ${unknown[0].command.replace(/\s+/g, ' ').trim()}`;
    const warning = configWarning(options.configFile, mismatches, location + e.message.replace(/^kflags: /, '') + cause);
    if (warning !== undefined) say(warning);
    return asGiven;
  }
  const kconfig: KconfigRun = { changes: result.changes, unknownShell: result.unknownShell };
  // What conf prints while make runs syncconfig ("...config:2:warning: unexpected data: ..."), as it prints it.
  for (const message of result.messages) say(message.endsWith('\n') ? message : `${message}\n`);
  const note = kconfigNote(options.configFile, kconfig);
  if (note !== undefined) say(note);
  // Kept as it was: the top level already read its values (auto.conf made from it holds the same ones).
  if (result.config === options.config) return { ...asGiven, kconfig };
  const { top } = readTopLevel({ ...options, config: result.config, autoConf: result.autoConf, probeCache: asGiven.probeHost.cache }, goals);
  // Kconfig's probes come first, as syncconfig runs before the build reads the top level.
  top.probeHost.probes.unshift(...asGiven.probeHost.probes.slice(probesBefore));
  return { ...top, kconfig };
}

/**
 * make's rule for include/config/auto.conf, for the build directory's own
 * .config (the one make reads): syncconfig runs when auto.conf is missing
 * or older. (A .config from elsewhere has no such history: config-check.ts
 * judges it by its contents.)
 */
function autoConfStale(configFile: string, objtree: string): 'missing' | 'older' | undefined {
  let config: fs.Stats;
  try {
    if (fs.realpathSync(configFile) !== path.join(objtree, '.config')) return undefined;
    config = fs.statSync(configFile);
  } catch {
    return undefined;
  }
  try {
    return fs.statSync(path.join(objtree, 'include/config/auto.conf')).mtimeMs < config.mtimeMs ? 'older' : undefined;
  } catch {
    return 'missing';
  }
}

/** Kconfig's olddefconfig over the .config, with what the top level exports (syncconfig's make runs with it) and the probe host answering its $(shell)s. */
function runKconfig(top: TopLevel, options: Omit<TreeOptions, 'dir'>): OlddefconfigResult {
  const env: Record<string, string> = { ...top.environment };
  // make exports the command line's variables to what it runs (conf among them); sub-makes take them from MAKEFLAGS.
  for (const word of top.commandLine) {
    const name = commandLineAssignment(word)?.name;
    if (name !== undefined) env[name] = top.top.expandVariable(name);
  }
  // conf runs from the user's shell, whose PATH its commands' own children need (clang finds ld
  // there, cc-can-link.sh links; rustc may live in ~/.cargo/bin): the top level, read as
  // `env -i make` would, has none.
  env.PATH ??= userPath();
  // Exported for configuration targets only (`ifdef config-build`), and read by Kconfig.
  const cc = ccVersionText(top.top, top.probeHost);
  if (cc !== undefined) env.CC_VERSION_TEXT = cc;
  const scratch = os.tmpdir();
  return olddefconfig(
    {
      srctree: top.srctree,
      arch: top.top.expandVariable('ARCH').trim(),
      env,
      // A command nobody can answer (model without it, no --allow-shell) is unknown to Kconfig: it says so.
      shell: (command) => {
        const result = top.probeHost.shell(command, scratch, env);
        return top.probeHost.probes[top.probeHost.probes.length - 1]?.source === 'unknown' ? undefined : result;
      },
      readFile: (file) => top.common.host.readFile(file),
    },
    options.config,
    options.configFile,
  );
}

/** What kflags says when Kconfig changed the .config (or could not answer all it asked). */
export function kconfigNote(configFile: string, run: KconfigRun): string | undefined {
  const out: string[] = [];
  if (run.changes.length > 0) {
    const shown = run.changes.slice(0, 6).map((c) => (c.to === undefined ? `-CONFIG_${c.symbol}` : `CONFIG_${c.symbol}=${c.to}`));
    out.push(
      `kflags: note: ${configFile}: make's syncconfig changes ${run.changes.length === 1 ? '1 option' : `${run.changes.length} options`} before building (${shown.join(' ')}${run.changes.length > shown.length ? ' ...' : ''}); kflags read the .config so, with Kconfig's olddefconfig.\n`,
    );
  }
  if (run.unknownShell.length > 0) {
    out.push(
      `kflags: warning: ${configFile}: Kconfig asked ${run.unknownShell.length === 1 ? '1 command' : `${run.unknownShell.length} commands`} the compiler model does not know (answered as failed), so the options it sets from them are uncertain; --allow-shell runs them. First: ${run.unknownShell[0].replace(/\s+/g, ' ').trim()}\n`,
    );
  }
  return out.length === 0 ? undefined : out.join('');
}

/** The top level read with the .config as given, and what make's syncconfig would find to change (config-check.ts). */
function readTopLevel(options: Omit<TreeOptions, 'dir'>, goals: string[]): { top: TopLevel; mismatches: string[] } {
  const { launch, srctree, objtree, release, probeHost, commandLine, common, version, configEntries, configUnexpected } = treeHosts(options);
  const outOfTree = objtree !== srctree;
  const topMakefile = path.join(srctree, 'Makefile');

  // The make the user runs reads the top level up to its own re-invocation
  // (`__sub-make`): what it exports and the include directories it adds to
  // MAKEFLAGS (6.1: --include-dir=$(abs_srctree) out of tree) reach the next.
  const skipped = (make: 'first' | 'top') => (options.onSkippedAssignment === undefined ? {} : { onSkippedAssignment: (e: SkippedAssignment) => options.onSkippedAssignment!(e, make) });
  const first = evaluate({ ...common, cwd: launch, makefiles: ['Makefile'], environment: options.environment ?? {}, commandLine, goals, ...skipped('first') });
  const includeDirs = makeflagsIncludeDirs(first.expandVariable('MAKEFLAGS'));
  // The make that reads the whole top level runs in the build directory with sub_make_done=1.
  const top = evaluate({
    ...common,
    includeDirs,
    makefiles: [outOfTree ? topMakefile : 'Makefile'],
    ...withEnvironment(subMakeEnvironment(first, { MAKEFLAGS: SUB_MAKEFLAGS, MAKELEVEL: '1' })),
    commandLine,
    goals,
    ...skipped('top'),
  });

  // `$(build)` is `-f <srctree>/scripts/Makefile.build obj`.
  const build = top.expandVariable('build').trim().split(/\s+/);
  const f = build.indexOf('-f');
  if (f < 0 || build[f + 1] === undefined || build[build.length - 1] !== 'obj') {
    throw new MakeError(`kflags: this tree's $(build) is '${build.join(' ')}', not '-f .../Makefile.build obj'`);
  }
  const environment = subMakeEnvironment(top, { MAKEFLAGS: SUB_MAKEFLAGS, MAKELEVEL: '2' });
  const mismatches = configMismatches(options.config, configEntries, {
    version,
    srcarch: top.expandVariable('SRCARCH').trim(),
    ccVersionText: ccVersionText(top, probeHost),
    ld: top.expandVariable('LD').trim(),
    autoConfStale: autoConfStale(options.configFile, objtree),
    unexpectedLines: configUnexpected,
  });
  const level: TopLevel = {
    srctree,
    objtree,
    release,
    top,
    buildMakefile: build[f + 1],
    environment,
    includeDirs,
    commandLine,
    probeHost,
    common,
    onSkippedAssignment: options.onSkippedAssignment,
    config: options.config,
    autoConf: options.autoConf,
  };
  return { top: level, mismatches };
}

/**
 * $(CC_VERSION_TEXT) as the top level's probe answered it (`$(CC) --version`'s
 * first line, without `#`), taken from the probe list rather than expanded
 * again (which would list the probe twice); undefined when no answer is known.
 */
function ccVersionText(top: Evaluation, probeHost: ProbeHost): string | undefined {
  const command = `LC_ALL=C ${top.expandVariable('CC').trim()} --version 2>/dev/null | head -n 1`;
  const probe = probeHost.probes.find((p) => p.command.trim() === command);
  if (probe === undefined || probe.source === 'unknown' || probe.status !== 0) return undefined;
  return probe.output.replace(/\n+$/, '').replace(/\n/g, ' ').replace(/#/g, '');
}

export interface DirectoryBuild {
  dir: string;
  /** The sub-make's own command-line variables (obj=, need-builtin=, ...). */
  subMake: string[];
  directory: Evaluation;
  objects: TreeObject[];
  /** Subdirectories it descends into, and other directories its recipes build, each with its sub-make's variables and goals. */
  subdirs: SubMake[];
  /** The environment of the sub-makes it runs. */
  environment: Record<string, string>;
}

/** One directory's sub-make: `make -f scripts/Makefile.build obj=<dir> ...` with the top level's environment. */
export function evaluateDirectory(
  top: SubMakeBase,
  dir: string,
  subMake: string[] = [`obj=${dir}`, 'need-builtin=1', 'need-modorder=1'],
  goals: string[] = [],
  environment: Record<string, string> = top.environment,
): DirectoryBuild {
  const directory = evaluate({
    ...top.common,
    includeDirs: top.includeDirs,
    makefiles: [top.buildMakefile],
    ...withEnvironment(environment),
    commandLine: [...top.commandLine, ...subMake],
    goals,
    ...(top.onSkippedAssignment === undefined ? {} : { onSkippedAssignment: (e: SkippedAssignment) => top.onSkippedAssignment!(e, 'directory') }),
  });
  const walked = walkDirectory(directory, dir, goals, top.buildMakefile);
  // Its subdirectories' sub-makes: all of them for the directory's build; for goals of its own, those the goals
  // reach (um's archprepare runs `$(build)=arch/x86/um include/generated/user_constants.h`, which descends nowhere:
  // arch/x86/um/os-Linux is built by the build of arch/x86/um, with need-builtin=1).
  const subdirs: SubMake[] = splitWords(directory.expand('$(subdir-ym)'))
    .filter((sub) => goals.length === 0 || walked.reachedSubdirs.has(sub))
    .map((sub) => ({
      dir: sub,
      subMake: subMakeInvocation(directory, sub, top.buildMakefile) ?? [`obj=${sub}`],
      goals: [],
    }));
  // What the sub-makes it runs receive: its exports (subdir-ccflags-y reach subdirectories through KBUILD_CFLAGS so).
  // Made when first asked for: most directories run no sub-make, and a scan reaches hundreds.
  const level = Number(environment.MAKELEVEL ?? '1') + 1;
  let childEnvironment: Record<string, string> | undefined;
  return {
    dir,
    subMake,
    directory,
    objects: walked.objects,
    // Sub-makes a recipe runs for another directory with goals of its own (arch/x86/realmode: $(build)=$(obj)/rm $@).
    subdirs: [...subdirs, ...walked.subMakes],
    get environment() {
      return (childEnvironment ??= subMakeEnvironment(directory, { MAKEFLAGS: SUB_MAKEFLAGS, MAKELEVEL: String(level) }));
    },
  };
}

/**
 * A directory as the build reaches it: the top level's descent down to it,
 * each directory's sub-make getting its parent's exports and variables
 * (obj=, need-builtin=, ...). A directory the build does not reach with
 * this configuration is evaluated on its own, with the top level's exports.
 */
export function evaluateDirectoryChain(top: TopLevel, dir: string, goals: string[] = []): DirectoryBuild & { reached: boolean; builtBy?: string } {
  const within = (d: string) => d === '.' || dir === d || dir.startsWith(d + '/');
  // The build of a directory, for the whole build or for goals within the one asked for (not prepare's `$(build)=. prepare`).
  // (`make kernel/sched/ mm/`: one `$(build)=.` with both as goals, each dir's way down; the boot image's
  // `$(build)=arch/powerpc/boot arch/powerpc/boot/zImage`: goals inside it; `$(build)=arch/x86/boot arch/x86/boot/bzImage`
  // for arch/x86/boot/compressed: a directory above it, whose recipes may lead there.)
  const leads = (r: SubMake) =>
    within(r.dir) && (r.goals.length === 0 || r.dir !== '.' || r.goals.some((g) => within(path.posix.normalize(g).replace(/\/+$/, '')) || g.startsWith(`${dir}/`)));
  type Step = { dir: string; subMake: string[]; environment: Record<string, string>; goals: string[] };
  // Each way down in make's order (the top level's sub-makes, then each directory's subdirectories and the
  // sub-makes its recipes run), depth first, until one reaches the directory and compiles something there:
  // powerpc's arch/powerpc/boot is not a subdirectory of arch/powerpc (zImage's recipe builds it); mips'
  // arch/mips/boot/dts is a subdirectory of `.` (ARCH_CORE) after arch/mips, and `dtbs` reaches it too, with
  // need-dtbslist=1 and nothing to compile. The first way that reaches it counts when none compiles anything.
  let firstReached: DirectoryBuild | undefined;
  // The deepest directory above it on the way: a directory without a Kbuild file of its own
  // (drivers/gpu/drm/i915/display) has its objects listed by it (`obj-y += display/intel_display.o`).
  let ancestor: DirectoryBuild | undefined;
  const tried = new Set<string>();
  const down = (step: Step): DirectoryBuild | undefined => {
    const id = `${step.dir}\0${step.goals.join(' ')}\0${step.subMake.join(' ')}`;
    if (tried.has(id)) return undefined;
    tried.add(id);
    const here = step.dir === dir;
    // A sub-make run for goals of its own builds those (the boot image's; the one asked for: unless goals are given), and
    // its recipes may lead further down (arch/x86/boot's to compressed). The top's `$(build)=. ./DIR/` is followed through its subdirectories.
    const own = step.dir === '.' ? [] : step.goals;
    const built = evaluateDirectory(top, step.dir, step.subMake, here && goals.length > 0 ? goals : own, step.environment);
    if (here) {
      if (built.objects.length > 0) return built;
      firstReached ??= built;
      return undefined;
    }
    if (step.dir !== '.' && (ancestor === undefined || step.dir.length > ancestor.dir.length)) ancestor = built;
    for (const next of built.subdirs.filter((s) => s.dir !== step.dir && leads(s))) {
      const found = down({ dir: next.dir, subMake: next.subMake, environment: built.environment, goals: next.goals });
      if (found !== undefined) return found;
    }
    return undefined;
  };
  for (const start of topLevelDescents(top).filter(leads)) {
    const found = down({ ...start, environment: start.environment ?? top.environment });
    if (found !== undefined) return { ...found, reached: true };
  }
  if (firstReached !== undefined) return { ...firstReached, reached: true };
  if (ancestor !== undefined && !hasKbuildFile(top, dir)) {
    const below = (name: string) => name.startsWith(`${dir}/`);
    return { ...ancestor, objects: ancestor.objects.filter((o) => below(o.object)), subdirs: ancestor.subdirs.filter((s) => below(s.dir)), reached: true, builtBy: ancestor.dir };
  }
  return { ...evaluateDirectory(top, dir, undefined, goals), reached: false };
}

/** Whether a directory has a Kbuild file of its own (Makefile.build's kbuild-file: `Kbuild`, else `Makefile`); one the tree lacks counts as having one (make's error is about its Makefile). */
function hasKbuildFile(top: TopLevel, dir: string): boolean {
  const source = path.join(top.srctree, dir);
  const host = top.common.host;
  return !host.isDirectory(source) || ['Kbuild', 'Makefile'].some((name) => host.isFile(path.join(source, name)));
}

export function evaluateTree(options: TreeOptions): TreeEvaluation {
  const dir = options.dir.replace(/\/+$/, '');
  // `make DIR/` builds a directory of the tree; an external module's (M=DIR) is built by `make M=DIR` alone.
  const top = evaluateTopLevel(options, externalModuleDir(options.commandLine ?? [], options.environment) === dir ? [] : [`${dir}/`]);
  // One state of a patch that creates (or deletes) the directory: nothing is built there in this one.
  const absent = options.absentDirectory === 'empty' && !top.common.host.isDirectory(path.join(top.srctree, dir));
  const built = absent ? undefined : evaluateDirectoryChain(top, dir);
  return {
    srctree: top.srctree,
    objtree: top.objtree,
    release: top.release,
    top: top.top,
    directory: built?.directory ?? top.top,
    subMake: { makefile: top.buildMakefile, commandLine: [...top.commandLine, ...(built?.subMake ?? [])] },
    objects: built?.objects ?? [],
    probes: top.probeHost.probes,
    kconfig: top.kconfig,
    ...(built?.builtBy === undefined ? {} : { builtBy: built.builtBy }),
    ...(absent ? { absent } : {}),
  };
}

/** The recipe make runs for a target: its rule's, or the pattern rule's that builds it. */
function recipeOf(ev: Evaluation, target: string): string[] {
  const rule = ev.rule(target);
  if (rule !== undefined && (rule.recipe.length > 0 || rule.doubleColon)) return rule.recipe;
  return ev.interpreter.implicitRule(target)?.rule.recipe ?? [];
}

/**
 * The command-line variables of the sub-make that a target's recipe runs
 * (`$(Q)$(MAKE) $(build)=$@ need-builtin=...`), read from the recipe
 * expanded in the target's context; undefined if it runs none.
 */
export function subMakeInvocation(ev: Evaluation, target: string, buildMakefile: string): string[] | undefined {
  return subMakeCalls(ev, target, [], recipeOf(ev, target), buildMakefile)[0]?.subMake;
}

export interface ScanProgress {
  done: number;
  queued: number;
  dir: string;
}

export interface ScanOptions {
  /** Start from these directories (and what they descend into) instead of the whole build. */
  dirs?: string[];
  onProgress?: (p: ScanProgress) => void;
  /**
   * Worker threads evaluating directories (default 0: this thread does).
   * The result is the same; not with allowShell (each probe runs once per
   * run), nor where the worker module is not built (TypeScript sources).
   */
  threads?: number;
}

export interface ScannedDirectory {
  dir: string;
  subMake: string[];
  objects: TreeObject[];
}

export interface TreeScan {
  top: TopLevel;
  directories: ScannedDirectory[];
  errors: { dir: string; message: string }[];
  probes: Probe[];
}

/**
 * Every directory Kbuild descends into for a build of the tree (from the
 * top level's `$(build)=` rules that its default goal reaches, or from the
 * given directories) down through each directory's `$(subdir-ym)`, and
 * every object's command. The top level is read once; each directory's
 * evaluation is dropped once its objects are known.
 */
export function scanTree(options: Omit<TreeOptions, 'dir'>, scan: ScanOptions = {}): TreeScan {
  const dirs = scan.dirs?.map((d) => d.replace(/\/+$/, ''));
  const top = evaluateTopLevel(options, dirs === undefined ? [] : dirs.map((d) => `${d}/`));
  type Queued = SubMake & { environment: Record<string, string> };
  const starts: SubMake[] = dirs === undefined ? topLevelDescents(top) : dirs.map((dir) => ({ dir, subMake: [`obj=${dir}`, 'need-builtin=1', 'need-modorder=1'], goals: [] }));
  const queue: Queued[] = starts.map(
    (q) => ({ ...q, environment: q.environment ?? top.environment }),
  );
  // A directory built by two sub-makes with other variables is evaluated for each: mips' arch/mips/boot/dts for
  // `dtbs` (need-dtbslist=1: its subdirectories' .dtb files) and as a core-y directory (need-builtin=1: with
  // CONFIG_BUILTIN_DTB, the .dtb.o objects of its subdirectories).
  const key = (q: SubMake) => `${q.dir}\0${q.goals.join(' ')}\0${q.subMake.join(' ')}`;
  const seen = new Set(queue.map(key));
  const directories: ScannedDirectory[] = [];
  const errors: { dir: string; message: string }[] = [];
  // A start directory is reached as the build reaches it (its parents' exports); the others from their parent.
  const chain = (i: number) => dirs !== undefined && i < dirs.length;
  // The objects listed so far, by directory.
  const listedIn = new Map<string, Set<string>>();
  const commit = (i: number, built: Pick<DirectoryBuild, 'objects' | 'subdirs' | 'environment'>) => {
    const { dir, subMake } = queue[i];
    // A directory built twice (by its parent and for a goal) lists an object once.
    let listed = listedIn.get(dir);
    if (listed === undefined) listedIn.set(dir, (listed = new Set()));
    const objects = built.objects.filter((o) => !listed.has(o.object));
    for (const o of objects) listed.add(o.object);
    directories.push({ dir, subMake, objects });
    for (const sub of built.subdirs) {
      if (seen.has(key(sub))) continue;
      seen.add(key(sub));
      queue.push({ ...sub, environment: built.environment });
    }
  };
  const threads = options.allowShell === true ? 0 : (scan.threads ?? 0);
  const { onWarning: _w, onSkippedAssignment: _s, probeCache: _c, ...given } = options;
  // Workers read the top level with the .config the scan's top level read (Kconfig's, if it ran).
  const workerOptions = { ...given, config: top.config, autoConf: top.autoConf, kconfig: 'never' as const };
  const base = { includeDirs: top.includeDirs, buildMakefile: top.buildMakefile };
  const pool = threads > 0 ? ScanPool.start(threads, workerOptions, dirs === undefined ? [] : dirs.map((d) => `${d}/`), base) : undefined;
  let sent = 0;
  try {
    for (let i = 0; i < queue.length; i++) {
      const { dir, subMake, goals, environment } = queue[i];
      scan.onProgress?.({ done: i, queued: queue.length, dir });
      if (pool !== undefined) {
        for (; sent < queue.length && (sent <= i || pool.hasRoom()); sent++) {
          const q = queue[sent];
          pool.send({ index: sent, dir: q.dir, subMake: q.subMake, goals: q.goals, environment: q.environment, chain: chain(sent) });
        }
        const result = pool.take(i);
        // What this thread would have seen: the warnings, then the probes in the order asked.
        for (const text of result.warnings) options.onWarning?.(text);
        for (const [command, cwd] of result.shells) top.probeHost.shell(command, cwd, {});
        if (result.fatal !== undefined) throw Object.assign(new Error(result.fatal.message), { name: result.fatal.name, stack: result.fatal.stack });
        if (result.error !== undefined) errors.push({ dir, message: result.error });
        else commit(i, { objects: result.objects!, subdirs: result.subdirs!, environment: result.environment! });
        continue;
      }
      try {
        commit(i, chain(i) ? evaluateDirectoryChain(top, dir, goals) : evaluateDirectory(top, dir, subMake, goals, environment));
      } catch (e) {
        if (!(e instanceof MakeError)) throw e;
        errors.push({ dir, message: e.render().trimEnd() });
      }
    }
  } finally {
    pool?.close();
  }
  return { top, directories, errors, probes: top.probeHost.probes };
}

/**
 * The sub-makes the top level's default goal runs with `$(build)=`: the
 * build of each directory (`$(build)=$@`, no goals), and those prepare runs
 * for goals of their own (`$(build)=scripts/mod`, `$(build)=arch/x86/tools
 * relocs`: the host programs a build compiles too), in the order make
 * reaches them.
 *
 * A recipe that make runs on the way may change the top level's variables
 * with `$(eval)` (arm64, arm, powerpc, riscv: `stack_protector_prepare`
 * appends the stack protector's flags to KBUILD_CFLAGS): make expands a
 * recipe when it runs it, after its prerequisites, so such recipes are
 * expanded here in that order, once, and a sub-make run after one gets
 * the environment as it changed (`environment`; none: the top level's).
 */
export function topLevelDescents(top: TopLevel): SubMake[] {
  // Once per top level: the recipes' $(eval)s change it, and must not run twice.
  let descents = DESCENTS.get(top);
  if (descents === undefined) DESCENTS.set(top, (descents = findDescents(top)));
  return descents;
}

const DESCENTS = new WeakMap<TopLevel, SubMake[]>();

function findDescents(top: TopLevel): SubMake[] {
  const ev = top.top;
  const goal = ev.expand('$(.DEFAULT_GOAL)').trim() || '__all';
  const prerequisiteLists = new Map<string, string[]>();
  const prerequisites = (target: string): string[] => {
    let list = prerequisiteLists.get(target);
    if (list === undefined) prerequisiteLists.set(target, (list = ev.rule(target) === undefined ? [] : splitWords(ev.expand('$^ $|', { target }))));
    return list;
  };
  // Make's order of running recipes (prerequisites first): the recipes that
  // $(eval), expanded as make expands them, and which environment each
  // target's recipe sees.
  const environments: Record<string, string>[] = [top.environment];
  const environmentOf = new Map<string, number>();
  const expandedRecipes = new Map<string, string[]>();
  const run = (target: string): void => {
    if (environmentOf.has(target)) return;
    environmentOf.set(target, environments.length - 1);
    for (const p of prerequisites(target)) run(p);
    const recipe = recipeOf(ev, target);
    if (!recipe.some((line) => line.includes('$(eval'))) {
      environmentOf.set(target, environments.length - 1);
      return;
    }
    // job.c: every line of a recipe is expanded before the first runs.
    expandedRecipes.set(target, recipe.map((line) => ev.expand(line, { target, implicit: true })));
    environments.push(subMakeEnvironment(ev, { MAKEFLAGS: SUB_MAKEFLAGS, MAKELEVEL: '2' }));
    environmentOf.set(target, environments.length - 1);
  };
  run(goal);

  const out: SubMake[] = [];
  const seen = new Set<string>();
  const visit = (target: string): void => {
    if (seen.has(target)) return;
    seen.add(target);
    const expanded = expandedRecipes.get(target);
    const calls = expanded !== undefined ? subMakeCallsIn(expanded, top.buildMakefile) : subMakeCalls(ev, target, [], recipeOf(ev, target), top.buildMakefile);
    const at = environmentOf.get(target) ?? 0;
    for (const sub of calls) out.push(at === 0 ? sub : { ...sub, environment: environments[at] });
    for (const p of prerequisites(target)) visit(p);
  };
  visit(goal);
  return out;
}

/**
 * What a recipe passes to a sub-make through its environment (make 4.3's
 * target_environment, checked in test/sub-make-environment.test.ts):
 * exported variables; those from the environment unless unexported; with
 * `export` alone every variable but make's defaults and automatic ones. A
 * recursive value is expanded, unless it came from the environment (it goes
 * back unchanged). Command-line variables, MAKEFLAGS and MAKELEVEL reach the
 * sub-make as its command line and switches instead.
 */
/** The evaluate() options for an environment: the values, and how they were made when known. */
function withEnvironment(environment: Record<string, string>): { environment: Record<string, string>; environmentDerivations?: Map<string, Derivation> } {
  const derivations = ENVIRONMENT_DERIVATIONS.get(environment);
  return derivations === undefined ? { environment } : { environment, environmentDerivations: derivations };
}

/** How each value of a sub-make's environment was made, by the make that exported it (with history). */
const ENVIRONMENT_DERIVATIONS = new WeakMap<Record<string, string>, Map<string, Derivation>>();

/** A sub-make's environment: what `ev` exports, and `extra` (MAKEFLAGS, MAKELEVEL); with history, how each value was made. */
export function subMakeEnvironment(ev: Evaluation, extra: Record<string, string>): Record<string, string> {
  const derivations = ev.hasHistory ? new Map<string, Derivation>() : undefined;
  const env = { ...exportedEnvironment(ev, derivations), ...extra };
  if (derivations !== undefined) {
    for (const name of Object.keys(extra)) derivations.delete(name);
    ENVIRONMENT_DERIVATIONS.set(env, derivations);
  }
  return env;
}

/** `derivations`: filled, with history, with how each exported value was made. */
export function exportedEnvironment(ev: Evaluation, derivations?: Map<string, Derivation>): Record<string, string> {
  const env: Record<string, string> = {};
  const all = ev.interpreter.exportAll;
  // The variables as reading left them (an expansion below may define more).
  for (const v of [...ev.interpreter.global.vars.values()]) {
    if (v.origin === 'command line' || v.name === 'MAKEFLAGS' || v.name === 'MAKELEVEL') continue;
    // After reading, make redefines GNUMAKEFLAGS as an empty 'override' variable.
    const origin = v.name === 'GNUMAKEFLAGS' ? 'override' : v.origin;
    const fromEnvironment = origin === 'environment' || origin === 'environment override';
    const byDefault = all ? origin !== 'default' && origin !== 'automatic' : fromEnvironment;
    const exported = v.exported === true || (v.exported !== false && byDefault);
    if (!exported || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v.name)) continue;
    const expanded = v.flavor === 'recursive' && !fromEnvironment;
    env[v.name] = expanded ? ev.expandVariable(v.name) : v.value;
    if (derivations !== undefined) {
      // A value taken as it is gets its pieces from a reference to it.
      if (!expanded) ev.expand(`$(${v.name})`);
      const d = ev.derivation();
      if (d !== undefined && d.text === env[v.name]) derivations.set(v.name, d);
    }
  }
  return env;
}

/** The directories of `-I DIR`, `-IDIR` and `--include-dir=DIR` in a MAKEFLAGS value. */
export function makeflagsIncludeDirs(makeflags: string): string[] {
  const words = makeflags.trim().split(/\s+/);
  const dirs: string[] = [];
  for (let i = 0; i < words.length && words[i] !== '--'; i++) {
    const w = words[i];
    if (w.startsWith('--include-dir=')) dirs.push(w.slice('--include-dir='.length));
    else if (w === '-I' && words[i + 1] !== undefined) dirs.push(words[++i]);
    else if (/^-I./.test(w)) dirs.push(w.slice(2));
  }
  return dirs;
}

/** The name of the Kbuild command a recipe runs: `$(call if_changed_rule,cc_o_c)` -> cc_o_c. */
export function recipeCommand(recipe: string[]): string | undefined {
  const names: string[] = [];
  for (const line of recipe) {
    for (const m of line.matchAll(/\$\(call\s+(?:if_changed(?:_rule|_dep)?|cmd)\s*,\s*([A-Za-z0-9_.-]+)/g)) names.push(m[1]);
  }
  // A compile command wherever it stands (xe's i915-display rule runs force_checksrc first).
  return names.find((n) => COMPILE_COMMANDS[n] !== undefined) ?? names[0];
}

/** A sub-make a recipe runs for another directory, with the goals it asks for (`$(MAKE) $(build)=$(obj)/rm $@`). */
export interface SubMake {
  dir: string;
  subMake: string[];
  goals: string[];
  /** The sub-make's environment when it is not its parent's exports as reading left them (a recipe's $(eval) ran before it: topLevelDescents). */
  environment?: Record<string, string>;
}

/**
 * What make does for a directory's goals: every target reached, inside the
 * directory and not in a subdirectory that a sub-make of its own builds;
 * the compile commands among them, and the sub-makes recipes run for
 * other directories.
 */
export function walkDirectory(ev: Evaluation, dir: string, goals?: string[], buildMakefile?: string): { objects: TreeObject[]; subMakes: SubMake[]; reachedSubdirs: Set<string> } {
  const starts = goals !== undefined && goals.length > 0 ? goals : [ev.expand('$(.DEFAULT_GOAL)').trim()];
  const subdirs = new Set(ev.expand('$(subdir-ym)').trim().split(/\s+/).filter(Boolean));
  const prefix = `${dir}/`;
  const seen = new Set<string>();
  const objects: TreeObject[] = [];
  const subMakes: SubMake[] = [];
  const reachedSubdirs = new Set<string>();
  // A prerequisite is built with the target-specific variables of the
  // targets that asked for it (make's inheritance): the first path reaching
  // it counts, as make builds it once (vdso32's objects get -m32 so).
  const visit = (target: string, parents: string[]): void => {
    if (seen.has(target)) return;
    seen.add(target);
    if (!starts.includes(target) && (subdirs.has(target) || subdirs.has(target.replace(/\/$/, '')))) {
      reachedSubdirs.add(target.replace(/\/$/, ''));
      return;
    }
    const recipe = recipeOf(ev, target);
    const name = recipeCommand(recipe);
    if (name !== undefined && COMPILE_COMMANDS[name] !== undefined) {
      objects.push(compileObject(ev, target, parents, name, COMPILE_COMMANDS[name]));
    }
    if (buildMakefile !== undefined) {
      for (const other of subMakeCalls(ev, target, parents, recipe, buildMakefile)) {
        if (other.dir !== dir && !subdirs.has(other.dir)) subMakes.push(other);
      }
    }
    // A target with no rule at all (a source file) has nothing to walk.
    if (ev.rule(target) === undefined && recipe.length === 0) return;
    const context = { target, parents, implicit: true };
    const prerequisites = ev.expand('$^ $|', context).split(/\s+/).filter(Boolean);
    // Inside the directory, or a target this sub-make has a rule for (mips' arch/mips/boot/compressed makes
    // $(objtree)/vmlinuz from its objects: make builds it there, with this sub-make's variables).
    for (const p of prerequisites) if (p.startsWith(prefix) || starts.includes(p) || ev.rule(p) !== undefined) visit(p, [...parents, target]);
  };
  for (const start of starts) visit(start, []);
  return { objects, subMakes, reachedSubdirs };
}

/** The sub-makes a recipe's lines run (`$(MAKE) $(build)=DIR VAR=... GOAL...`), from each line expanded in the target's context. */
function subMakeCalls(ev: Evaluation, target: string, parents: string[], recipe: string[], buildMakefile: string): SubMake[] {
  return subMakeCallsIn(
    recipe.filter((line) => line.includes('$(build)')).map((line) => ev.expand(line, { target, parents, implicit: true })),
    buildMakefile,
  );
}

/** The sub-makes that expanded recipe lines run. */
function subMakeCallsIn(lines: string[], buildMakefile: string): SubMake[] {
  const out: SubMake[] = [];
  for (const line of lines) {
    for (const words of shellWords(line).commands) {
      const f = words.findIndex((w, k) => w === '-f' && words[k + 1] === buildMakefile);
      if (f < 0) continue;
      const rest = words.slice(f + 2);
      const assignments = rest.filter((w) => /^[A-Za-z_][A-Za-z0-9_-]*=/.test(w));
      const obj = assignments.find((w) => w.startsWith('obj='))?.slice(4);
      if (obj === undefined) continue;
      out.push({ dir: obj.replace(/\/+$/, ''), subMake: assignments, goals: rest.filter((w) => !assignments.includes(w) && !w.startsWith('-')) });
    }
  }
  return out;
}

function compileObject(ev: Evaluation, target: string, parents: string[], rule: string, kind: ObjectKind): TreeObject {
  const context = { target, parents, implicit: true };
  const command = ev.expand(`$(cmd_${rule})`, context);
  const source = ev.expand('$<', context);
  const words = shellWords(command).commands[0] ?? [];
  const o = words.indexOf('-o');
  // The compiler's words: after its name, and after a launcher's before it (CC="ccache gcc").
  let compiler = 0;
  while (compiler + 1 < words.length && COMPILER_LAUNCHERS.test(words[compiler])) compiler++;
  return {
    object: target,
    source,
    kind,
    rule,
    command,
    savedCommand: command.replace(/\$/g, '$$$$').replace(/#/g, '$$(pound)'),
    flags: words.slice(compiler + 1, o < 0 ? words.length : o),
  };
}
