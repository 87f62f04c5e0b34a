// Comparisons: the same directory's per-object flags in two states, from a
// patch (applied in memory, nothing written) or from two makefiles (two
// kernel versions, two configs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractPatch, findFileDiff, patchStates, PatchError } from '../patch/index.js';
import { buildObjectDiff, type DiffReport, type PatchInfo } from '../report/index.js';
import type { FlagOrigin } from '../flags/origin.js';
import { evaluateDirectory, findTreeRoot, guessObj, resolveMakefile, selectObjects, type KbuildOptions, type KbuildResult, type ObjectFlags } from '../kbuild/model.js';
import { Explainer } from '../kbuild/explain.js';
import { KflagsError } from '../errors.js';

export type DirectoryOptions = Omit<KbuildOptions, 'makefile' | 'obj' | 'makefileText'> & {
  obj?: string;
  objects?: string[];
  explain?: boolean;
};

export interface StatePair {
  before: KbuildResult;
  after: KbuildResult;
  patch?: PatchInfo;
  target: string;
}

function readText(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'latin1');
  } catch {
    throw new KflagsError(`${what} ${file}: No such file or directory`);
  }
}

/** Before and after a patch, for the directory `target` (a makefile or a directory). */
export function patchPair(target: string, patchFile: string, options: DirectoryOptions & { reverse?: boolean }): StatePair {
  return patchStatesOf(target, patchFile, options, 'both') as StatePair;
}

/** One state of a patch (kflags trace and explain show one). */
export function patchSide(target: string, patchFile: string, options: DirectoryOptions & { reverse?: boolean }, which: 'before' | 'after'): KbuildResult {
  const pair = patchStatesOf(target, patchFile, options, which);
  return which === 'before' ? pair.before! : pair.after!;
}

function patchStatesOf(
  target: string,
  patchFile: string,
  options: DirectoryOptions & { reverse?: boolean },
  which: 'before' | 'after' | 'both',
): Partial<StatePair> & { target: string } {
  const makefile = resolveMakefile(target);
  const patchText = readText(patchFile, '--patch');
  const patch = extractPatch(Buffer.from(patchText, 'latin1').toString('utf8'), patchFile);
  const match = findFileDiff(patch, makefile);
  const fileText = readText(makefile, 'makefile');
  const states = patchStates(fileText, match.file, { reverse: options.reverse, fileName: makefile });
  // Without a tree and without --obj, the patch's own path names the directory.
  const patchPath = match.file.newPath ?? match.file.oldPath ?? '';
  const obj = options.obj ?? (isInTree(makefile) || patchPath === '' ? guessObj(makefile) : path.dirname(patchPath));
  const common = { ...options, makefile, obj };
  const before = which === 'after' ? undefined : evaluateDirectory({ ...common, makefileText: states.before });
  const after = which === 'before' ? undefined : evaluateDirectory({ ...common, makefileText: states.after });
  const info: PatchInfo = {
    source: patchFile,
    ...(patch.subject ? { subject: patch.subject } : {}),
    file: makefile,
    mode: states.mode,
    notes: [...patch.notes, ...match.notes, ...states.notes],
  };
  return { before, after, patch: info, target };
}

function isInTree(makefile: string): boolean {
  return findTreeRoot(path.dirname(path.resolve(makefile))) !== undefined;
}

/** Two makefiles or directories (two kernel versions of the same directory). */
export function versionPair(oldTarget: string, newTarget: string, options: DirectoryOptions): StatePair {
  const oldMakefile = resolveMakefile(oldTarget);
  const newMakefile = resolveMakefile(newTarget);
  // One $(obj) for both sides: the same directory in two versions.
  const obj = options.obj ?? (isInTree(newMakefile) ? guessObj(newMakefile) : isInTree(oldMakefile) ? guessObj(oldMakefile) : guessObj(newMakefile));
  const before = evaluateDirectory({ ...options, makefile: oldMakefile, obj });
  const after = evaluateDirectory({ ...options, makefile: newMakefile, obj });
  return { before, after, target: `${oldTarget} -> ${newTarget}` };
}

/** Match objects of the two states by name and diff their flags. */
export function diffReport(pair: StatePair, profile: string, options: { objects?: string[]; explain?: boolean }): DiffReport {
  const beforeByName = new Map(pair.before.objects.map((o) => [base(o.object), o]));
  const afterObjects = selectObjects(pair.after.objects, options.objects, pair.after.obj);
  const names = new Set(afterObjects.map((o) => base(o.object)));
  const onlyBefore =
    options.objects && options.objects.length > 0 ? [] : pair.before.objects.filter((o) => !names.has(base(o.object)));
  // One explainer per state: each caches the expansions it makes.
  const explainBefore = new Explainer(pair.before.evaluation, pair.before.obj);
  const explainAfter = new Explainer(pair.after.evaluation, pair.after.obj);
  const objects = afterObjects.map((after) => {
    const before = beforeByName.get(base(after.object));
    const beforeFlags = before?.flags ?? [];
    const notes: string[] = [];
    if (before === undefined) notes.push('new object: not built before');
    else if (before.kind !== after.kind) notes.push(`kind changed: ${before.kind} -> ${after.kind}`);
    const extra: { afterOrigins?: FlagOrigin[]; afterRemoved?: FlagOrigin[]; notes?: string[] } = {};
    if (options.explain) {
      extra.afterOrigins = explainAfter.origins(after);
      const gone = removedFlags(beforeFlags, after.flags);
      extra.afterRemoved = gone.map((flag) => explainAfter.removal(flag, after) ?? { flag });
    }
    // Flags that a filter-out took away in both states: the reviewer's
    // "already handled" (the profile flags in the purgatory).
    if (before !== undefined) {
      const inBefore = explainBefore.filteredOut(before);
      const inAfter = explainAfter.filteredOut(after);
      const afterSet = new Set(inAfter.map((o) => o.flag));
      const both = inBefore.filter((o) => afterSet.has(o.flag) && !before.flags.includes(o.flag) && !after.flags.includes(o.flag));
      for (const o of uniqueBy(both, (x) => x.flag)) {
        const at = o.removedAt ? ` by ${o.removedAt.file}:${o.removedAt.line}` : '';
        notes.push(`${o.flag} already removed in both states${at}`);
      }
    }
    if (notes.length > 0) extra.notes = notes;
    return buildObjectDiff(after.object, after.kind, beforeFlags, after.flags, extra);
  });
  for (const gone of onlyBefore) {
    objects.push(buildObjectDiff(gone.object, gone.kind, gone.flags, [], { notes: ['object no longer built'] }));
  }
  return {
    target: pair.target,
    profile,
    ...(pair.patch ? { patch: pair.patch } : {}),
    ...(pair.patch ? {} : { beforeLabel: pair.before.makefile, afterLabel: pair.after.makefile }),
    objects,
  };
}

/** Flags in `a` that are not in `b`, counting copies. */
function removedFlags(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const f of b) left.set(f, (left.get(f) ?? 0) + 1);
  const out: string[] = [];
  for (const f of a) {
    const n = left.get(f) ?? 0;
    if (n > 0) left.set(f, n - 1);
    else out.push(f);
  }
  return out;
}

const base = (object: string) => path.basename(object);

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

export { PatchError, type ObjectFlags };
