import { PatchError } from './errors.js';
import type { ExtractedPatch, FileDiff } from './extract.js';

export interface FileMatch {
  file: FileDiff;
  /**
   * path: the whole path in the patch is a suffix of the asked path (or the
   * other way round); suffix: they share a directory and the file name only;
   * basename: only the file name is shared (a guess, said so in `notes`).
   */
  matchedBy: 'path' | 'suffix' | 'basename';
  /** How many trailing path components agree. */
  sharedComponents: number;
  notes: string[];
}

function components(path: string): string[] {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((c) => c !== '' && c !== '.');
}

function sharedTail(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function pathsOf(file: FileDiff): string[] {
  const paths = [file.newPath, file.oldPath].filter((p): p is string => p !== null);
  return [...new Set(paths)];
}

/** Every path a patch touches, for messages. */
export function touchedPaths(patch: ExtractedPatch): string[] {
  return patch.files.map((f) => (f.newPath ?? f.oldPath ?? '?'));
}

/**
 * The file diff that changes `path` (a makefile on disk, in any tree). A
 * patch names files relative to the kernel tree (arch/x86/purgatory/Makefile)
 * while the makefile may live anywhere (/usr/src/linux/arch/..., or a copy in
 * examples/purgatory/Makefile), so paths are compared from the end:
 * the longest shared tail wins; a shared file name alone is accepted only
 * when no other file in the patch has that name.
 */
export function findFileDiff(patch: ExtractedPatch, path: string): FileMatch {
  const want = components(path);
  const scored = patch.files.map((file) => {
    let shared = 0;
    let whole = false;
    for (const p of pathsOf(file)) {
      const have = components(p);
      const n = sharedTail(want, have);
      // Whole: the patch's full path ends the asked path, or a multi-component asked path ends the patch's.
      const isWhole = n > 0 && (n === have.length || (n === want.length && n >= 2));
      if (n > shared || (n === shared && isWhole)) {
        shared = n;
        whole = isWhole;
      }
    }
    return { file, shared, whole };
  });
  const top = Math.max(0, ...scored.map((s) => s.shared));
  const changes = touchedPaths(patch).join(', ');
  if (top === 0) {
    throw new PatchError(`patch does not touch ${path}; it changes: ${changes}`, { source: patch.source });
  }
  const winners = scored.filter((s) => s.shared === top);
  if (winners.length > 1) {
    throw new PatchError(
      `patch changes several files that could be ${path}: ${winners.map((w) => pathsOf(w.file)[0]).join(', ')}; ` +
        'give a longer path',
      { source: patch.source },
    );
  }
  const winner = winners[0]!;
  const name = pathsOf(winner.file)[0] ?? '?';
  if (winner.whole) return { file: winner.file, matchedBy: 'path', sharedComponents: top, notes: [] };
  if (top >= 2) {
    return {
      file: winner.file,
      matchedBy: 'suffix',
      sharedComponents: top,
      notes: [`${path} taken as ${name} from the patch (same last ${top} path components)`],
    };
  }
  return {
    file: winner.file,
    matchedBy: 'basename',
    sharedComponents: top,
    notes: [`${path} taken as ${name} from the patch by file name alone`],
  };
}
