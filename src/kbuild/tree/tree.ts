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
import * as os from 'node:os';
import * as path from 'node:path';
import { evaluate, type Evaluation } from '../../eval/evaluate.js';
import { MakeError } from '../../eval/errors.js';
import { NodeHost, type ShellResult } from '../../host/host.js';
import { buildFiles } from './build-files.js';
import { ProbeHost, type CompilerModelData, type Probe } from './probes.js';
import { shellWords } from './shell-words.js';

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
}

export type ObjectKind = 'c' | 'asm';

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
}

/** Kbuild's compile commands, by the name its rules give them, and the kind of source they read. */
const COMPILE_COMMANDS: Record<string, ObjectKind> = { cc_o_c: 'c', as_o_S: 'asm' };

export function evaluateTree(options: TreeOptions): TreeEvaluation {
  const srctree = path.resolve(options.srctree);
  const objtree = path.resolve(options.objtree ?? srctree);
  const overlay = new Map(options.overlay ?? []);
  const topMakefile = path.join(srctree, 'Makefile');
  const topText = new NodeHost(overlay).readFile(topMakefile);
  if (topText === undefined) throw new MakeError(`kflags: no kernel tree at '${srctree}' (no Makefile)`);
  const made = buildFiles({ objtree, config: options.config, configFile: options.configFile, topMakefile: topText });
  for (const [file, text] of made.files) overlay.set(file, text);

  const probeHost = new ProbeHost(new NodeHost(overlay), {
    allowShell: options.allowShell === true,
    model: options.compiler,
    paths: { srctree, objtree },
    scratch: os.tmpdir(),
    cache: options.probeCache,
    // make sees the build directory (O=) as existing; kflags never creates it.
    virtualDirectories: [objtree],
  });
  const outOfTree = objtree !== srctree;
  const userLine = [...(options.commandLine ?? []), ...(outOfTree ? [`O=${objtree}`] : [])];
  const common = {
    cwd: objtree,
    host: probeHost,
    overlay,
    // The interpreter hands every $(shell) to the probe host, which decides.
    allowShell: true,
    allowRead: [srctree, objtree, ...(options.allowRead ?? [])],
    onWarning: options.onWarning,
  };
  const dir = options.dir.replace(/\/+$/, '');

  // The make the user runs reads the top level up to its own re-invocation
  // (`__sub-make`): what it exports and the include directories it adds to
  // MAKEFLAGS (6.1: --include-dir=$(abs_srctree) out of tree) reach the next.
  const first = evaluate({
    ...common,
    cwd: srctree,
    makefiles: ['Makefile'],
    commandLine: userLine,
    goals: [`${dir}/`],
  });
  const includeDirs = makeflagsIncludeDirs(first.expandVariable('MAKEFLAGS'));
  // The make that reads the whole top level runs in the build directory
  // with sub_make_done=1; MAKEFLAGS as make 4.3 shows it there (the switches
  // of the first level and the recipe's --no-print-directory).
  const makeflags = 'rR --no-print-directory';
  const top = evaluate({
    ...common,
    includeDirs,
    makefiles: [outOfTree ? topMakefile : 'Makefile'],
    environment: { ...exportedEnvironment(first), MAKEFLAGS: makeflags, MAKELEVEL: '1' },
    commandLine: userLine,
    goals: [`${dir}/`],
  });

  // `$(build)` is `-f <srctree>/scripts/Makefile.build obj`.
  const build = top.expandVariable('build').trim().split(/\s+/);
  const f = build.indexOf('-f');
  if (f < 0 || build[f + 1] === undefined || build[build.length - 1] !== 'obj') {
    throw new MakeError(`kflags: this tree's $(build) is '${build.join(' ')}', not '-f .../Makefile.build obj'`);
  }
  const buildMakefile = build[f + 1];
  const subLine = [...userLine, `obj=${dir}`, 'need-builtin=1', 'need-modorder=1'];
  const directory = evaluate({
    ...common,
    includeDirs,
    makefiles: [buildMakefile],
    environment: { ...exportedEnvironment(top), MAKEFLAGS: makeflags, MAKELEVEL: '2' },
    commandLine: subLine,
  });
  const objects = compileObjects(directory, dir);
  return {
    srctree,
    objtree,
    release: made.release,
    top,
    directory,
    subMake: { makefile: buildMakefile, commandLine: subLine },
    objects,
    probes: probeHost.probes,
  };
}

/**
 * What a recipe passes to a sub-make through its environment (make's
 * target_environment): exported variables, and those from the environment
 * unless unexported, with their values expanded. Command-line variables
 * reach the sub-make as command-line variables (through MAKEFLAGS).
 */
export function exportedEnvironment(ev: Evaluation): Record<string, string> {
  const env: Record<string, string> = {};
  const all = ev.interpreter.exportAll;
  for (const v of ev.variables()) {
    if (v.origin === 'command line' || v.origin === 'automatic' || v.name === 'MAKEFLAGS' || v.name === 'MAKELEVEL') continue;
    const exported = v.exported === true || (v.exported !== false && (all || v.origin === 'environment' || v.origin === 'environment override'));
    if (!exported || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v.name)) continue;
    env[v.name] = ev.expandVariable(v.name);
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
  for (const line of recipe) {
    const m = /\$\(call\s+(?:if_changed(?:_rule|_dep)?|cmd)\s*,\s*([A-Za-z0-9_.-]+)/.exec(line);
    if (m !== null) return m[1];
  }
  return undefined;
}

/**
 * The objects make compiles for the directory: every target reached from
 * the default goal, inside the directory and not in a subdirectory that a
 * sub-make of its own builds, whose recipe is a compile command.
 */
export function compileObjects(ev: Evaluation, dir: string): TreeObject[] {
  const interp = ev.interpreter;
  const goal = ev.expand('$(.DEFAULT_GOAL)').trim();
  const subdirs = new Set(ev.expand('$(subdir-ym)').trim().split(/\s+/).filter(Boolean));
  const prefix = `${dir}/`;
  const seen = new Set<string>();
  const objects: TreeObject[] = [];
  const visit = (target: string): void => {
    if (seen.has(target)) return;
    seen.add(target);
    if (target !== goal && (subdirs.has(target) || subdirs.has(target.replace(/\/$/, '')))) return;
    const rule = ev.rule(target);
    const implicit = rule === undefined || (rule.recipe.length === 0 && !rule.doubleColon) ? interp.implicitRule(target) : undefined;
    const recipe = rule !== undefined && rule.recipe.length > 0 ? rule.recipe : (implicit?.rule.recipe ?? []);
    const name = recipeCommand(recipe);
    if (name !== undefined && COMPILE_COMMANDS[name] !== undefined) {
      objects.push(compileObject(ev, target, name, COMPILE_COMMANDS[name]));
    }
    if (rule === undefined && implicit === undefined) return;
    const context = { target, implicit: true };
    const prerequisites = ev.expand('$^ $|', context).split(/\s+/).filter(Boolean);
    for (const p of prerequisites) if (p.startsWith(prefix) || p === goal) visit(p);
  };
  visit(goal);
  return objects;
}

function compileObject(ev: Evaluation, target: string, rule: string, kind: ObjectKind): TreeObject {
  const context = { target, implicit: true };
  const command = ev.expand(`$(cmd_${rule})`, context);
  const source = ev.expand('$<', context);
  const words = shellWords(command).commands[0] ?? [];
  const o = words.indexOf('-o');
  return {
    object: target,
    source,
    kind,
    rule,
    command,
    savedCommand: command.replace(/\$/g, '$$$$').replace(/#/g, '$$(pound)'),
    flags: words.slice(1, o < 0 ? words.length : o),
  };
}
