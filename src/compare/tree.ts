// Comparisons in tree mode: one directory of real kernel trees in two
// states. Before and after a patch (applied in memory to the files of the
// tree it touches), two trees with the same or their own .config (two
// kernel versions), or one tree with two .configs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MakeError } from '../eval/errors.js';
import { ABSENT_FILE, type ShellResult } from '../host/host.js';
import { extractPatch, patchStates, PatchError } from '../patch/index.js';
import { buildObjectDiff, type DiffReport, type ObjectDiff, type PatchInfo } from '../report/index.js';
import { Explainer } from '../kbuild/explain.js';
import { objectMatches } from '../kbuild/model.js';
import { evaluateTree, scanTree, type ScanProgress, type TreeEvaluation, type TreeObject, type TreeOptions, type TreeScan } from '../kbuild/tree/tree.js';
import { diffFlags } from '../flags/diff.js';
import type { ScanChange } from '../report/scan.js';
import { defaultCompilerModelId, loadCompilerModel } from '../kbuild/tree/compilers.js';
import { buildVariable, commandLineAssignment } from '../kbuild/tree/environment.js';
import type { CompilerModelData } from '../kbuild/tree/probes.js';

export interface TreeRequest {
  /** One tree, or two (OLD NEW). */
  trees: string[];
  /** .config files: none (each tree's own .config, or O=/.config), one for all, or one per state. */
  configs: string[];
  dir: string;
  /** make's command-line variables; O=DIR names the build directory. */
  commandLine: string[];
  /** make's environment (the Kbuild variables of the user's: environment.ts); KBUILD_OUTPUT=DIR names the build directory when O= does not. */
  environment?: Record<string, string>;
  /** A compiler model id (gcc-12, clang-14); default from the command line (LLVM=1 -> clang). */
  compiler?: string;
  allowShell?: boolean;
  /** When Kconfig brings the .config up to date first (TreeOptions.kconfig). */
  kconfig?: TreeOptions['kconfig'];
  patch?: string;
  reverse?: boolean;
  onWarning?: (text: string) => void;
  /** kflags trace: the assignments false conditionals skipped, per make. */
  onSkippedAssignment?: TreeOptions['onSkippedAssignment'];
  /** Keep every assignment (explain, trace, diff --explain replay them). */
  history?: boolean;
}

export interface TreeSide {
  label: string;
  evaluation: TreeEvaluation;
  configFile: string;
}

export interface TreePair {
  before: TreeSide;
  after: TreeSide;
  patch?: PatchInfo;
  target: string;
  compiler: string;
}

function readText(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'latin1');
  } catch {
    throw new MakeError(`kflags: ${what} '${file}': No such file or directory`);
  }
}

/**
 * Build directory and the other command-line variables: O=DIR, else
 * KBUILD_OUTPUT (command line, then environment), as the top level decides
 * (`ifeq ("$(origin O)", "command line")`); empty: in the tree.
 */
export function splitObjtree(commandLine: string[], environment: Readonly<Record<string, string>> = {}): { objtree?: string; rest: string[] } {
  const o = buildVariable('O', commandLine) ?? buildVariable('KBUILD_OUTPUT', commandLine, environment);
  return { objtree: o === undefined || o === '' ? undefined : o, rest: commandLine.filter((a) => commandLineAssignment(a)?.name !== 'O') };
}

/** The .config for a tree: the one given, else O=/.config, else the tree's own. */
export function configFor(srctree: string, objtree: string | undefined, given: string | undefined): string {
  if (given !== undefined) return path.resolve(given);
  for (const candidate of [objtree && path.join(objtree, '.config'), path.join(srctree, '.config')]) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  throw new MakeError(`kflags: no .config in ${objtree ?? srctree}: give --config FILE (e.g. one made by 'make O=DIR defconfig')`);
}

export function compilerFor(request: Pick<TreeRequest, 'compiler' | 'commandLine' | 'environment' | 'allowShell'> & { onWarning?: (text: string) => void }): { id: string; model: CompilerModelData } {
  const byBuild = defaultCompilerModelId(request.commandLine, request.environment);
  const id = request.compiler ?? byBuild;
  // A model of the other family answers none of the build's compiler's probes (LLVM=1 with --compiler gcc-12).
  const family = (m: string) => m.replace(/-\d+$/, '');
  if (request.compiler !== undefined && request.allowShell !== true && family(id) !== family(byBuild)) {
    request.onWarning?.(`kflags: warning: --compiler ${id} answers for ${family(id)}, and this build compiles with ${family(byBuild)} (${request.commandLine.filter((a) => /^(LLVM|CC)=/.test(a)).join(' ') || 'no LLVM= or CC='}): its probes will be unknown\n`);
  }
  return { id, model: loadCompilerModel(id) };
}

/** One tree evaluated for one directory (kflags flags --tree). */
export function evaluateTreeRequest(request: TreeRequest, overlay?: Map<string, string>): TreeSide & { compiler: string } {
  if (request.trees.length !== 1) throw new MakeError('kflags: give one --tree');
  if (request.configs.length > 1) throw new MakeError('kflags: give at most one --config');
  const { id, model } = compilerFor(request);
  const side = evaluateSide(request.trees[0], request.configs[0], request, model, new Map(), overlay);
  return { ...side, compiler: id };
}

/** What every make of one side reads: the tree, the build directory, the .config and the make variables. */
function treeInput(tree: string, config: string | undefined, request: Pick<TreeRequest, 'commandLine' | 'environment' | 'allowShell' | 'kconfig' | 'onWarning' | 'history'>, model: CompilerModelData, cache: Map<string, ShellResult>) {
  const srctree = path.resolve(tree);
  if (!fs.existsSync(path.join(srctree, 'Makefile'))) throw new MakeError(`kflags: --tree '${tree}': no Makefile there`);
  const { objtree, rest } = splitObjtree(request.commandLine, request.environment);
  const configFile = configFor(srctree, objtree, config);
  return {
    srctree,
    objtree: objtree === undefined ? undefined : path.resolve(objtree),
    config: readText(configFile, '--config'),
    configFile,
    commandLine: rest,
    environment: request.environment,
    compiler: model,
    allowShell: request.allowShell,
    kconfig: request.kconfig,
    probeCache: cache,
    onWarning: request.onWarning,
    history: request.history,
  };
}

/**
 * The two sides a comparison without a patch has: two trees (one config
 * for both, or one each), or one tree with two configs; labelled by what differs.
 */
function twoSides(trees: string[], configs: string[]): { tree: string; config: string | undefined; label: string }[] | undefined {
  const [t1, t2] = trees;
  const [c1, c2] = configs;
  if (trees.length === 2 && configs.length <= 2) return [{ tree: t1, config: c1, label: t1 }, { tree: t2, config: c2 ?? c1, label: t2 }];
  if (trees.length === 1 && configs.length === 2) return [{ tree: t1, config: c1, label: c1 }, { tree: t1, config: c2, label: c2 }];
  return undefined;
}

function evaluateSide(
  tree: string,
  config: string | undefined,
  request: TreeRequest,
  model: CompilerModelData,
  cache: Map<string, ShellResult>,
  overlay?: Map<string, string>,
  label?: string,
  absentDirectory: 'error' | 'empty' = 'error',
): TreeSide {
  const input = treeInput(tree, config, request, model, cache);
  // A state whose Kconfig files differ from the tree's: make's syncconfig runs first (auto.conf.cmd lists them,
  // and they are newer than auto.conf), so the .config is brought up to date with them (unless --kconfig never).
  const changed = input.kconfig === 'never' || overlay === undefined ? [] : changedKconfigFiles(overlay);
  const kconfig = changed.length > 0 ? 'always' : input.kconfig;
  if (changed.length > 0) {
    const names = changed.map((f) => path.relative(input.srctree, f)).join(', ');
    request.onWarning?.(`kflags: note: ${label === undefined ? 'this state' : `the state ${label} the patch`} has other Kconfig files than the tree (${names}): make's syncconfig runs first there, and so does kflags' Kconfig\n`);
  }
  const evaluation = evaluateTree({ ...input, kconfig, dir: request.dir, overlay, onSkippedAssignment: request.onSkippedAssignment, absentDirectory });
  return { label: label ?? input.srctree, evaluation, configFile: input.configFile };
}

/** The Kconfig files (Kconfig, Kconfig.debug, ...: every file Kconfig reads is named so) to which an overlay gives other text than the disk's. */
function changedKconfigFiles(overlay: Map<string, string>): string[] {
  const changed: string[] = [];
  for (const [file, text] of overlay) {
    if (!/^Kconfig/.test(path.basename(file))) continue;
    let disk: string | undefined;
    try {
      disk = fs.readFileSync(file, 'latin1');
    } catch {
      disk = undefined;
    }
    if (text !== (disk ?? ABSENT_FILE)) changed.push(file);
  }
  return changed;
}

/** Two states of which one may lack the directory (a patch creates it; a newer tree has it): both may not. */
function eitherHasDirectory(pair: { before: TreeSide; after: TreeSide }, dir: string): void {
  if (pair.before.evaluation.absent === true && pair.after.evaluation.absent === true) {
    throw new MakeError(`kflags: ${dir}: no such directory in ${pair.before.label} or ${pair.after.label}`);
  }
}

/** One state of a patch applied to a tree (kflags trace and explain show one). */
export function treePatchSide(request: TreeRequest, which: 'before' | 'after'): TreeSide & { compiler: string; patch: PatchInfo } {
  if (request.patch === undefined) throw new MakeError('kflags: --before goes with --patch');
  if (request.trees.length !== 1 || request.configs.length > 1) throw new MakeError('kflags: with --patch, give one --tree and at most one --config');
  const { id, model } = compilerFor(request);
  const states = patchedOverlays(request.trees[0], request.patch, request.reverse === true);
  const side = evaluateSide(request.trees[0], request.configs[0], request, model, new Map(), states[which], which);
  return { ...side, compiler: id, patch: states.info };
}

/** The two states a diff or check compares. */
export function treePair(request: TreeRequest): TreePair {
  const { id, model } = compilerFor(request);
  const cache = new Map<string, ShellResult>();
  const [t1] = request.trees;
  const [c1] = request.configs;
  if (request.patch !== undefined) {
    if (request.trees.length !== 1 || request.configs.length > 1) throw new MakeError('kflags: with --patch, give one --tree and at most one --config');
    const { before, after, info } = patchedOverlays(t1, request.patch, request.reverse === true);
    const states = { before: evaluateSide(t1, c1, request, model, cache, before, 'before', 'empty'), after: evaluateSide(t1, c1, request, model, cache, after, 'after', 'empty') };
    eitherHasDirectory(states, request.dir);
    return {
      ...states,
      patch: info,
      target: request.dir,
      compiler: id,
    };
  }
  // Probe answers depend on the tree's flags, so each side asks its own; the cache is by exact command.
  const sides = twoSides(request.trees, request.configs);
  if (sides !== undefined) {
    const [b, a] = sides.map((x) => evaluateSide(x.tree, x.config, request, model, cache, undefined, x.label, 'empty'));
    eitherHasDirectory({ before: b, after: a }, request.dir);
    return { before: b, after: a, target: request.dir, compiler: id };
  }
  throw new MakeError('kflags: compare --tree A --tree B, --tree A --config X --config Y, or --tree A --patch FILE');
}

/** Every file a patch touches, in the tree, before and after it (in memory). */
function patchedOverlays(tree: string, patchFile: string, reverse: boolean): { before: Map<string, string>; after: Map<string, string>; info: PatchInfo } {
  // The tree as make sees it, symbolic links resolved (the overlay is keyed by the paths it reads).
  const srctree = fs.existsSync(tree) ? fs.realpathSync(tree) : path.resolve(tree);
  const patch = extractPatch(Buffer.from(readText(patchFile, '--patch'), 'latin1').toString('utf8'), patchFile);
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  const notes = [...patch.notes];
  const modes = new Set<string>();
  for (const file of patch.files) {
    const rel = file.newPath ?? file.oldPath;
    if (rel === null) continue;
    const abs = path.join(srctree, rel);
    // A file the patch creates (--- /dev/null) is absent before it, one it deletes (+++ /dev/null) after it.
    const created = file.oldPath === null;
    const deleted = file.newPath === null;
    const exists = fs.existsSync(abs);
    if (!exists && !created) throw new PatchError(`${rel}: no such file in the tree ${srctree}`, { source: patchFile });
    const states = patchStates(exists ? readText(abs, 'file') : '', file, { reverse, fileName: rel });
    before.set(abs, created && states.before === '' ? ABSENT_FILE : states.before);
    after.set(abs, deleted && states.after === '' ? ABSENT_FILE : states.after);
    modes.add(states.mode);
    notes.push(...states.notes.map((n) => (patch.files.length > 1 ? `${rel}: ${n}` : n)));
  }
  const first = patch.files.find((f) => (f.newPath ?? f.oldPath) !== null);
  const info: PatchInfo = {
    source: patchFile,
    ...(patch.subject ? { subject: patch.subject } : {}),
    file: patch.files.map((f) => f.newPath ?? f.oldPath).filter((p): p is string => p !== null).join(', ') || (first?.newPath ?? ''),
    mode: [...modes][0] as PatchInfo['mode'],
    notes,
  };
  return { before, after, info };
}

/** A tree's own path written `$(srctree)`: two trees lie in two places, and only real differences should show. */
function neutralFlags(flags: string[], srctree: string): string[] {
  return flags.map((f) => f.split(srctree).join('$(srctree)'));
}

/** Objects matched by path, their compiler words diffed. */
export function treeDiffReport(pair: TreePair, label: string, objects: string[] = [], explain = false): DiffReport {
  const pick = (list: TreeObject[]) => (objects.length === 0 ? list : list.filter((o) => objects.some((w) => objectMatches(o.object, w, pair.target))));
  // Two trees lie in two places: their paths are written $(srctree) on both sides, so that only real differences show.
  const sameTree = pair.before.evaluation.srctree === pair.after.evaluation.srctree;
  const neutral = (ev: TreeEvaluation) => (o: TreeObject): TreeObject => (sameTree ? o : { ...o, flags: neutralFlags(o.flags, ev.srctree) });
  const before = new Map(pair.before.evaluation.objects.map(neutral(pair.before.evaluation)).map((o) => [o.object, o]));
  const afterObjects = pick(pair.after.evaluation.objects).map(neutral(pair.after.evaluation));
  const names = new Set(afterObjects.map((o) => o.object));
  // Each state explained by its own tree: the directory's sub-make, and the top level it inherited from.
  const explainer = (side: TreeSide) => new Explainer(side.evaluation.directory, pair.target, side.evaluation.top);
  const explainBefore = explain ? explainer(pair.before) : undefined;
  const explainAfter = explain ? explainer(pair.after) : undefined;
  const original = (side: TreeSide, object: string) => side.evaluation.objects.find((o) => o.object === object);
  const out = afterObjects.map((after) => {
    const b = before.get(after.object);
    const notes: string[] = [];
    if (b === undefined) notes.push('new object: not built before');
    const extra: Pick<ObjectDiff, 'afterOrigins' | 'afterRemoved' | 'beforeOrigins' | 'notes'> = notes.length > 0 ? { notes } : {};
    if (explainAfter !== undefined && explainBefore !== undefined) {
      // Origins are found on the real words; shown against the neutral ones (same positions).
      const realAfter = original(pair.after, after.object)!;
      extra.afterOrigins = explainAfter.origins(realAfter).map((o, k) => ({ ...o, flag: after.flags[k] }));
      const realBefore = original(pair.before, after.object);
      if (realBefore !== undefined && b !== undefined) {
        extra.beforeOrigins = explainBefore.origins(realBefore).map((o, k) => ({ ...o, flag: b.flags[k] }));
        const gone = diffFlags(b.flags, after.flags).removed;
        extra.afterRemoved = gone.map((r) => {
          const found = explainAfter.removal(realBefore.flags[r.position - 1], realAfter);
          return found === undefined ? { flag: r.flag } : { ...found, flag: r.flag };
        });
      }
    }
    return buildObjectDiff(after.object, after.kind, b?.flags ?? [], after.flags, extra);
  });
  for (const gone of pick(pair.before.evaluation.objects).map(neutral(pair.before.evaluation)).filter((o) => !names.has(o.object))) {
    out.push(buildObjectDiff(gone.object, gone.kind, gone.flags, [], { notes: ['object no longer built'] }));
  }
  return {
    target: pair.target,
    profile: label,
    ...(pair.patch ? { patch: pair.patch } : { beforeLabel: pair.before.label, afterLabel: pair.after.label }),
    objects: out,
    ...(sameTree ? {} : { notes: ['each tree\'s own path is written $(srctree) in both states'] }),
  };
}

export interface ScanRequest extends Omit<TreeRequest, 'dir' | 'patch' | 'reverse'> {
  dirs?: string[];
  onProgress?: (p: ScanProgress) => void;
  /** Worker threads for the directories (scanTree's `threads`). */
  threads?: number;
}

export interface ScanSide {
  label: string;
  configFile: string;
  scan: TreeScan;
}

/** One or two whole builds (two trees, or one tree with two configs). */
export function scanRequest(request: ScanRequest): { sides: ScanSide[]; compiler: string } {
  const { id, model } = compilerFor(request);
  const cache = new Map<string, ShellResult>();
  const plan =
    request.trees.length === 1 && request.configs.length <= 1
      ? [{ tree: request.trees[0], config: request.configs[0], label: request.trees[0] }]
      : twoSides(request.trees, request.configs);
  if (plan === undefined) throw new MakeError('kflags: scan --tree A [--tree B | --config X --config Y]');
  const sides = plan.map(({ tree, config, label }) => {
    const input = treeInput(tree, config, request, model, cache);
    const scan = scanTree(input, { dirs: request.dirs, onProgress: request.onProgress, threads: request.threads });
    return { label, configFile: input.configFile, scan };
  });
  return { sides, compiler: id };
}

/** Objects of two scans matched by path: those whose compiler words differ, or that only one builds. */
export function scanChanges(before: ScanSide, after: ScanSide): ScanChange[] {
  const neutral = (side: ScanSide) => (flags: string[]) => neutralFlags(flags, side.scan.top.srctree);
  const objectsOf = (side: ScanSide) => new Map(side.scan.directories.flatMap((d) => d.objects).map((o) => [o.object, o]));
  const b = objectsOf(before);
  const a = objectsOf(after);
  const changes: ScanChange[] = [];
  for (const [name, o] of a) {
    const old = b.get(name);
    if (old === undefined) {
      changes.push({ object: name, kind: o.kind, change: 'added' });
      continue;
    }
    const diff = diffFlags(neutral(before)(old.flags), neutral(after)(o.flags));
    if (!diff.identical) changes.push({ object: name, kind: o.kind, change: 'changed', diff });
  }
  for (const [name, o] of b) if (!a.has(name)) changes.push({ object: name, kind: o.kind, change: 'removed' });
  return changes.sort((x, y) => (x.object < y.object ? -1 : x.object > y.object ? 1 : 0));
}
