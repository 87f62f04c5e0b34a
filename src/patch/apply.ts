import { applyPatch, reversePatch, type StructuredPatch, type StructuredPatchHunk } from 'diff';
import { PatchError } from './errors.js';
import type { FileDiff } from './extract.js';

/** Where a hunk went. Lines are 1-based, in the file being patched. */
export interface HunkPlacement {
  /** 1-based hunk number, as GNU patch counts them. */
  hunk: number;
  header: string;
  /** Where the header says the hunk starts (after earlier hunks' offsets, as GNU patch does). */
  expectedLine: number;
  actualLine: number;
  /** actualLine minus the line number in the header. */
  offset: number;
  /** Context lines ignored at each end to make it fit (0 = exact). */
  fuzz: number;
}

/** Why a hunk did not fit: the first line of the hunk that differs from the file. */
export interface HunkFailure {
  hunk: number;
  header: string;
  /** Where the hunk was expected to start. */
  expectedLine: number;
  /** The file line compared with `expected`: at the best near-match, else at the expected place. */
  line: number;
  /** The hunk's text for that line (a context line or a line to remove). */
  expected: string;
  /** The file's text there; undefined past the end of the file. */
  actual: string | undefined;
  /** 'context' or 'removed': what the hunk line is. */
  role: 'context' | 'removed';
  /** Set when the hunk fits but the file as a whole does not (creating a file that exists). */
  reason?: string;
}

export type ApplyResult =
  | { status: 'clean'; text: string; hunks: HunkPlacement[] }
  | { status: 'offset'; text: string; hunks: HunkPlacement[] }
  /**
   * The patch does not apply but its reverse does: the file already is the
   * patched state. `text` is the file unchanged, `unapplied` the file with
   * the patch taken back out; `hunks` are the reverse patch's placements.
   */
  | { status: 'already-applied'; text: string; unapplied: string; hunks: HunkPlacement[] }
  | { status: 'failed'; failure: HunkFailure; message: string };

export interface ApplyOptions {
  /** Apply the patch in reverse (the file is the patched state). */
  reverse?: boolean;
  /** The file's name, for messages. */
  fileName: string;
  /**
   * How many context lines a hunk may ignore at each end (GNU patch's
   * --fuzz). Default 0, as `git am` and `git apply` do: a flag simulation
   * should not guess where a hunk belongs.
   */
  fuzz?: number;
}

interface HunkView {
  hunk: StructuredPatchHunk;
  header: string;
  /** Old-side lines (context and removed) with their role. */
  old: { text: string; role: 'context' | 'removed' }[];
}

function formatRange(start: number, count: number): string {
  // jsdiff stores an empty range's start one higher than the header writes it.
  const written = count === 0 ? start - 1 : start;
  return count === 1 ? `${written}` : `${written},${count}`;
}

function formatHeader(hunk: StructuredPatchHunk): string {
  return `@@ -${formatRange(hunk.oldStart, hunk.oldLines)} +${formatRange(hunk.newStart, hunk.newLines)} @@`;
}

function viewHunk(hunk: StructuredPatchHunk, header: string): HunkView {
  const old: HunkView['old'] = [];
  for (const line of hunk.lines) {
    if (line.startsWith(' ')) old.push({ text: line.slice(1), role: 'context' });
    else if (line.startsWith('-')) old.push({ text: line.slice(1), role: 'removed' });
  }
  return { hunk, header, old };
}

function fileLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  // CRLF files still match an LF patch; jsdiff converts endings on apply.
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

function matchesAt(lines: readonly string[], old: HunkView['old'], pos: number): boolean {
  if (pos < 0 || pos + old.length > lines.length) return false;
  for (let j = 0; j < old.length; j++) if (lines[pos + j] !== old[j]!.text) return false;
  return true;
}

/** Nearest exact fit to `expected` at or after `min`, looking both ways like GNU patch. */
function locate(lines: readonly string[], old: HunkView['old'], expected: number, min: number): number | undefined {
  const span = Math.max(lines.length, 1);
  for (let d = 0; d <= span; d++) {
    for (const pos of d === 0 ? [expected] : [expected + d, expected - d]) {
      if (pos >= min && matchesAt(lines, old, pos)) return pos;
    }
  }
  return undefined;
}

/** Drops up to `fuzz` context lines from each end, as GNU patch's fuzz does. */
function trimContext(view: HunkView, fuzz: number): { view: HunkView; front: number } | undefined {
  const lines = view.hunk.lines;
  let front = 0;
  while (front < fuzz && lines[front]?.startsWith(' ')) front++;
  let back = 0;
  while (back < fuzz && lines[lines.length - 1 - back]?.startsWith(' ')) back++;
  if (front === 0 && back === 0) return undefined;
  const kept = lines.slice(front, lines.length - back);
  const hunk: StructuredPatchHunk = {
    ...view.hunk,
    oldStart: view.hunk.oldStart + front,
    newStart: view.hunk.newStart + front,
    oldLines: view.hunk.oldLines - front - back,
    newLines: view.hunk.newLines - front - back,
    lines: kept,
  };
  return { view: viewHunk(hunk, view.header), front };
}

interface Fit {
  placements: HunkPlacement[];
  rebased: StructuredPatchHunk[];
}

function fitHunks(
  lines: readonly string[],
  views: HunkView[],
  maxFuzz: number,
): { ok: true; fit: Fit } | { ok: false; failure: HunkFailure } {
  const placements: HunkPlacement[] = [];
  const rebased: StructuredPatchHunk[] = [];
  let carried = 0;
  let min = 0;
  for (let k = 0; k < views.length; k++) {
    const view = views[k]!;
    const expected = view.hunk.oldStart - 1 + carried;
    let found: { pos: number; view: HunkView; fuzz: number; front: number } | undefined;
    const exact = locate(lines, view.old, expected, min);
    if (exact !== undefined) found = { pos: exact, view, fuzz: 0, front: 0 };
    for (let fuzz = 1; found === undefined && fuzz <= maxFuzz; fuzz++) {
      const trimmed = trimContext(view, fuzz);
      if (!trimmed) break;
      const pos = locate(lines, trimmed.view.old, expected + trimmed.front, min);
      if (pos !== undefined) found = { pos, view: trimmed.view, fuzz, front: trimmed.front };
    }
    if (!found) return { ok: false, failure: diagnose(lines, view, k + 1, expected, min) };
    const start = found.pos - found.front;
    const offset = start - (view.hunk.oldStart - 1);
    carried = offset;
    min = found.pos + found.view.old.length;
    placements.push({
      hunk: k + 1,
      header: view.header,
      expectedLine: expected + 1,
      actualLine: start + 1,
      offset,
      fuzz: found.fuzz,
    });
    const delta = found.pos - (found.view.hunk.oldStart - 1);
    rebased.push({
      ...found.view.hunk,
      oldStart: found.view.hunk.oldStart + delta,
      newStart: found.view.hunk.newStart + delta,
    });
  }
  return { ok: true, fit: { placements, rebased } };
}

/**
 * Picks the place the hunk most plausibly meant (most matching lines, then
 * nearest to where it was expected) and reports its first differing line.
 */
function diagnose(lines: readonly string[], view: HunkView, hunkNo: number, expected: number, min: number): HunkFailure {
  let bestPos = Math.max(expected, min);
  let bestScore = -1;
  const last = Math.max(lines.length - 1, min);
  for (let pos = min; pos <= last; pos++) {
    let score = 0;
    for (let j = 0; j < view.old.length; j++) if (lines[pos + j] === view.old[j]!.text) score++;
    const nearer = Math.abs(pos - expected) < Math.abs(bestPos - expected);
    if (score > bestScore || (score === bestScore && nearer)) {
      bestScore = score;
      bestPos = pos;
    }
  }
  if (bestScore <= 0) bestPos = Math.max(expected, min);
  let j = 0;
  while (j < view.old.length && lines[bestPos + j] === view.old[j]!.text) j++;
  // Every old line matched but the hunk still did not fit: it must run past the end.
  if (j >= view.old.length) j = Math.max(view.old.length - 1, 0);
  const want = view.old[j] ?? { text: '', role: 'context' as const };
  return {
    hunk: hunkNo,
    header: view.header,
    expectedLine: expected + 1,
    line: bestPos + j + 1,
    expected: want.text,
    actual: lines[bestPos + j],
    role: want.role,
  };
}

/** The failure in GNU patch's words, without the leading `file: `. */
function failureDetail(fileName: string, failure: HunkFailure, total: number, reverse: boolean): string {
  if (failure.reason !== undefined) {
    return `Hunk #${failure.hunk} of ${total} FAILED at ${failure.expectedLine} (${failure.header}${reverse ? ', reversed' : ''}): ${failure.reason}`;
  }
  const what = failure.role === 'removed' ? (reverse ? 'line to take out again' : 'line to remove') : 'context line';
  const found = failure.actual === undefined ? 'the file ends there' : `the file has: ${failure.actual}`;
  return (
    `Hunk #${failure.hunk} of ${total} FAILED at ${failure.expectedLine} ` +
    `(${failure.header}${reverse ? ', reversed' : ''})\n` +
    `  ${fileName}:${failure.line}: expected ${what}: ${failure.expected}\n` +
    `  ${fileName}:${failure.line}: ${found}`
  );
}

function views(patch: StructuredPatch, headers: readonly string[] | undefined): HunkView[] {
  return patch.hunks.map((hunk, k) => viewHunk(hunk, headers?.[k] ?? formatHeader(hunk)));
}

/** Splices located hunks in ourselves; used only if jsdiff refuses a fit we found. */
function splice(original: string, hunks: readonly StructuredPatchHunk[]): string {
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const lines = fileLines(original);
  const out: string[] = [];
  let at = 0;
  for (const hunk of hunks) {
    // For an empty old range jsdiff's oldStart already points past the anchor line.
    const start = hunk.oldStart - 1;
    out.push(...lines.slice(at, start));
    for (const line of hunk.lines) {
      if (line.startsWith(' ') || line.startsWith('+')) out.push(line.slice(1));
    }
    at = start + hunk.oldLines;
  }
  out.push(...lines.slice(at));
  return out.length === 0 ? '' : out.join(eol) + eol;
}

function tryApply(
  original: string,
  patch: StructuredPatch,
  headers: readonly string[] | undefined,
  fuzz: number,
): { ok: true; text: string; hunks: HunkPlacement[] } | { ok: false; failure: HunkFailure } {
  const lines = fileLines(original);
  const all = views(patch, headers);
  // A created file must not exist yet; a deleted one must go entirely.
  const creates = patch.oldFileName === '/dev/null' || patch.isCreate === true;
  const deletes = patch.newFileName === '/dev/null' || patch.isDelete === true;
  const whole = (reason: string, actual: string | undefined, line: number) => ({
    ok: false as const,
    failure: {
      hunk: 1,
      header: all[0]?.header ?? '@@',
      expectedLine: 1,
      line,
      expected: '',
      actual,
      role: 'context' as const,
      reason,
    },
  });
  if (creates && lines.length > 0) return whole('the patch creates the file, but it already has content', lines[0], 1);
  const fitted = fitHunks(lines, all, fuzz);
  if (!fitted.ok) return fitted;
  const rebased: StructuredPatch = { ...patch, hunks: fitted.fit.rebased };
  const applied = applyPatch(original, rebased, { fuzzFactor: 0 });
  const text = applied === false ? splice(original, fitted.fit.rebased) : applied;
  if (deletes && text !== '') {
    const left = fileLines(text);
    return whole('the patch deletes the file, but lines would be left over', left[0], 1);
  }
  return { ok: true, text, hunks: fitted.fit.placements };
}

function reversedHeaders(fileDiff: FileDiff, reversed: StructuredPatch): string[] {
  return reversed.hunks.map((hunk, k) => {
    const section = /^@@[^@]*@@(.*)$/.exec(fileDiff.hunkHeaders[k] ?? '')?.[1] ?? '';
    return formatHeader(hunk) + section;
  });
}

/**
 * Applies one file's diff to `original` in memory. Hunks must match exactly
 * (up to `fuzz` context lines) but may sit at an offset, as with GNU patch.
 * If the patch does not apply but its reverse does, the file already has it.
 */
export function applyFilePatch(original: string, fileDiff: FileDiff, opts: ApplyOptions): ApplyResult {
  const fuzz = opts.fuzz ?? 0;
  const forward = fileDiff.structured;
  const backward = reversePatch(forward);
  const [patch, headers, other, otherHeaders] = opts.reverse
    ? [backward, reversedHeaders(fileDiff, backward), forward, fileDiff.hunkHeaders]
    : [forward, fileDiff.hunkHeaders, backward, reversedHeaders(fileDiff, backward)];

  const first = tryApply(original, patch, headers, fuzz);
  if (first.ok) {
    const moved = first.hunks.some((h) => h.offset !== 0 || h.fuzz !== 0);
    return { status: moved ? 'offset' : 'clean', text: first.text, hunks: first.hunks };
  }
  const undo = tryApply(original, other, otherHeaders, fuzz);
  if (undo.ok) {
    return { status: 'already-applied', text: original, unapplied: undo.text, hunks: undo.hunks };
  }
  return {
    status: 'failed',
    failure: first.failure,
    message: `${opts.fileName}: ${failureDetail(opts.fileName, first.failure, patch.hunks.length, opts.reverse === true)}`,
  };
}

/** GNU patch's words for a hunk that did not fit exactly. */
export function placementNote(fileName: string, p: HunkPlacement): string | undefined {
  if (p.offset === 0 && p.fuzz === 0) return undefined;
  const fuzz = p.fuzz === 0 ? '' : ` with fuzz ${p.fuzz}`;
  const lines = Math.abs(p.offset) === 1 ? 'line' : 'lines';
  const offset = p.offset === 0 ? '' : ` (offset ${p.offset} ${lines})`;
  return `${fileName}: Hunk #${p.hunk} succeeded at ${p.actualLine}${fuzz}${offset}.`;
}

export type PatchMode = 'forward' | 'already-applied' | 'reversed';

export interface PatchStates {
  before: string;
  after: string;
  /**
   * forward: the file was the "before" state and the patch applied;
   * already-applied: the file already had the patch, "before" is it reversed;
   * reversed: asked to reverse (the tree carries the patch), and it did.
   */
  mode: PatchMode;
  notes: string[];
}

/**
 * The file before and after the patch, whichever of the two the file is.
 * Throws PatchError (exit status 2) when neither state fits.
 */
export function patchStates(
  fileText: string,
  fileDiff: FileDiff,
  opts: { reverse?: boolean; fileName?: string; fuzz?: number } = {},
): PatchStates {
  const fileName = opts.fileName ?? fileDiff.newPath ?? fileDiff.oldPath ?? 'file';
  const reverse = opts.reverse === true;
  const result = applyFilePatch(fileText, fileDiff, { reverse, fileName, ...(opts.fuzz === undefined ? {} : { fuzz: opts.fuzz }) });
  const offsets = (hunks: HunkPlacement[]) =>
    hunks.map((h) => placementNote(fileName, h)).filter((n): n is string => n !== undefined);
  switch (result.status) {
    case 'clean':
    case 'offset':
      return reverse
        ? { before: result.text, after: fileText, mode: 'reversed', notes: offsets(result.hunks) }
        : { before: fileText, after: result.text, mode: 'forward', notes: offsets(result.hunks) };
    case 'already-applied':
      if (reverse) {
        return {
          before: fileText,
          after: result.unapplied,
          mode: 'forward',
          notes: [
            `${fileName} does not contain the patch although reverse was asked for; applied it forward instead`,
            ...offsets(result.hunks),
          ],
        };
      }
      return {
        before: result.unapplied,
        after: fileText,
        mode: 'already-applied',
        notes: [
          `${fileName} already contains the patch; "before" is the file with the patch reversed`,
          ...offsets(result.hunks),
        ],
      };
    case 'failed':
      throw new PatchError(failureDetail(fileName, result.failure, fileDiff.structured.hunks.length, reverse), {
        source: fileName,
        line: result.failure.expectedLine,
        notes: [
          `the patch applies neither ${reverse ? 'in reverse nor forward' : 'forward nor in reverse'}: ` +
            `${fileName} is neither the state before the patch nor the state after it`,
        ],
      });
  }
}
