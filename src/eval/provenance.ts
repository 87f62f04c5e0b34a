// Where each word of an expansion came from. With history on, every
// expansion also records a derivation: the pieces of its result that
// references and function calls produced, each with the derivation of that
// piece, down to the assignments that wrote the text. A variable's value
// keeps one piece per assignment that wrote part of it (`:=` once, `+=`
// once each), so a word can be followed from an object's flags to the line
// that wrote it: through `$(call)`, `$(foreach)`, `$(eval)`, `filter-out`,
// target- and pattern-specific variables, the environment and the command
// line. Recording costs allocations only while history is on; asking
// costs a walk down the tree for each word.
import type { Location } from '../syntax/ast.js';
import type { Origin } from './variables.js';

/** What one expansion produced, and which parts of it came from where. */
export interface Derivation {
  text: string;
  /**
   * Pieces in order of position; the text between them is written where
   * the expansion's text was written. A variable's value may share its
   * pieces with older values of the same variable: pieces past the end of
   * `text` belong to later `+=`s and are ignored.
   */
  pieces: Piece[];
}

export interface Piece {
  start: number;
  end: number;
  source: PieceSource;
}

export type PieceSource = AssignmentSource | ReferenceSource | CallSource | PartSource;

/** A part of another derivation (a foreach word, taken from its list): the words are followed there. */
export interface PartSource {
  kind: 'part';
  of: Derivation;
  offset: number;
}

/** The part of a value that one assignment (or the environment, or make itself) wrote. */
export interface AssignmentSource {
  kind: 'assignment';
  variable: string;
  /** `=`, `:=`, `+=`, `?=`, `!=`, `define`, or where make set it: `environment`, `default`, `automatic`. */
  op: string;
  origin: Origin;
  location?: Location;
  /** The assignment's right-hand side as written. */
  text: string;
  /** How that text expanded (when the assignment was read for `:=`/`+=` of a simple variable, when referenced for a recursive one). */
  derivation?: Derivation;
  /** The text `$(eval)` read, when the assignment came from one: the words written in it are looked up there. */
  evalText?: Derivation;
}

/** `$(NAME)`: the pieces of NAME's value. */
export interface ReferenceSource {
  kind: 'reference';
  variable: string;
  value: Derivation;
}

/** `$(fn ...)` (or a substitution reference): what the function read; its result's words are found among them. */
export interface CallSource {
  kind: 'call';
  function: string;
  inputs: Derivation[];
}

/** One step of a word's way, outermost first. */
export type ProvenanceStep =
  | { kind: 'assignment'; variable: string; op: string; origin: Origin; location?: Location; text: string; inEval?: boolean }
  | { kind: 'reference'; variable: string }
  | { kind: 'function'; function: string; made?: boolean };

export interface WordProvenance {
  word: string;
  /** Offset of the word in the expansion. */
  start: number;
  /** Outermost first: the references, functions and assignments the word came through, ending where it was written. */
  steps: ProvenanceStep[];
  /** The word is made of text from more than one place (`-I$(srctree)/include`): it was written at the last step. */
  composed?: boolean;
}

/** The piece list of text no reference or call wrote: one list for all (frozen: a derivation's list is never added to in place unless it has pieces). */
export const NO_PIECES: Piece[] = Object.freeze([]) as unknown as Piece[];

export const literal = (text: string): Derivation => ({ text, pieces: NO_PIECES });

/** The words of `d` and their offsets. */
export function wordsWithOffsets(text: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  const re = /[^ \t\n\r\f\v]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ word: m[0], start: m.index });
  return out;
}

/** Where each word of an expansion came from. */
export function provenanceOfWords(d: Derivation): WordProvenance[] {
  return wordsWithOffsets(d.text).map(({ word, start }) => {
    const steps: ProvenanceStep[] = [];
    const composed = walk(d, start, start + word.length, steps, 0);
    return composed ? { word, start, steps, composed } : { word, start, steps };
  });
}

const MAX_DEPTH = 200;

/** Follow [start, end) of `d` down its pieces; true when the span straddles pieces (a composed word). */
function walk(d: Derivation, start: number, end: number, steps: ProvenanceStep[], depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  let straddles = false;
  for (const p of d.pieces) {
    if (p.start >= end || p.start >= d.text.length) break;
    if (p.end <= start) continue;
    if (p.start <= start && end <= p.end) return into(p.source, start - p.start, end - p.start, d.text.slice(p.start, p.end), steps, depth);
    straddles = true;
  }
  return straddles;
}

/** `output`: the piece's text, of which [start, end) is the word. */
function into(source: PieceSource, start: number, end: number, output: string, steps: ProvenanceStep[], depth: number): boolean {
  const word = output.slice(start, end);
  switch (source.kind) {
    case 'part':
      return walk(source.of, start + source.offset, end + source.offset, steps, depth + 1);
    case 'reference':
      steps.push({ kind: 'reference', variable: source.variable });
      return walk(source.value, start, end, steps, depth + 1);
    case 'assignment': {
      const step: ProvenanceStep = { kind: 'assignment', variable: source.variable, op: source.op, origin: source.origin, text: source.text };
      if (source.location !== undefined) step.location = source.location;
      if (source.evalText !== undefined) step.inEval = true;
      steps.push(step);
      if (source.derivation !== undefined && source.derivation.text.slice(start, end) === word) {
        const before = steps.length;
        const composed = walk(source.derivation, start, end, steps, depth + 1);
        if (steps.length > before || composed) return composed;
      }
      // Written in this assignment's text; if $(eval) read that text, it was written where the eval's text came from.
      if (source.evalText !== undefined) return found(source.evalText, word, 0, steps, depth);
      return false;
    }
    case 'call': {
      const step: ProvenanceStep = { kind: 'function', function: source.function };
      steps.push(step);
      // The word as the function read it: the last input that has it
      // (filter-out's text, an if's branch, a foreach's body, a call's value).
      // The nth copy of a word in the result is taken for the nth in the input (filter-out keeps order).
      const nth = occurrencesBefore(output, word, start);
      for (let i = source.inputs.length - 1; i >= 0; i--) {
        let at = wordAt(source.inputs[i].text, word, nth);
        if (at < 0) at = wordAt(source.inputs[i].text, word, 0);
        if (at >= 0) return walk(source.inputs[i], at, at + word.length, steps, depth + 1);
      }
      step.made = true;
      return false;
    }
  }
}

/** Continue in `d` at the `nth` occurrence of `word` (or the first). */
function found(d: Derivation, word: string, nth: number, steps: ProvenanceStep[], depth: number): boolean {
  let at = wordAt(d.text, word, nth);
  if (at < 0) at = wordAt(d.text, word, 0);
  if (at < 0) return false;
  return walk(d, at, at + word.length, steps, depth + 1);
}

function occurrencesBefore(text: string, word: string, offset: number): number {
  let n = 0;
  for (let at = wordAt(text, word, 0); at >= 0 && at < offset; at = wordAt(text, word, ++n));
  return n;
}

/** Offset of the nth (0-based) occurrence of `word` as a whole word of `text`, or -1. */
export function wordAt(text: string, word: string, nth: number): number {
  let at = wordFrom(text, word, 0);
  for (; at >= 0 && nth > 0; nth--) at = wordFrom(text, word, at + 1);
  return at;
}

/** The first occurrence of `word` as a whole word of `text` at or after `from`, or -1. */
export function wordFrom(text: string, word: string, from: number): number {
  if (word === '') return -1;
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i === 0 ? ' ' : text[i - 1];
    const after = i + word.length >= text.length ? ' ' : text[i + word.length];
    if (/\s/.test(before) && /\s/.test(after)) return i;
  }
  return -1;
}

/** Join derivations with single spaces, as `+=` and foreach join values. */
export function joined(parts: Derivation[], separator = ' '): Derivation {
  let text = '';
  const pieces: Piece[] = [];
  parts.forEach((p, i) => {
    if (i > 0) text += separator;
    const offset = text.length;
    for (const q of p.pieces) {
      if (q.start >= p.text.length) break;
      pieces.push({ start: q.start + offset, end: q.end + offset, source: q.source });
    }
    text += p.text;
  });
  return { text, pieces };
}

/** The part [start, end) of a derivation. */
export function slice(d: Derivation, start: number, end: number): Derivation {
  return { text: d.text.slice(start, end), pieces: end > start ? [{ start: 0, end: end - start, source: { kind: 'part', of: d, offset: start } }] : [] };
}

/** An assignment's piece, with the derivation of its text as expanded now. */
export function expandedAs(source: AssignmentSource, derivation: Derivation | undefined): AssignmentSource {
  return assignmentSource(source.variable, source.op, source.origin, source.text, source.location, derivation, source.evalText);
}

/**
 * An assignment's source, every field present (undefined where unknown):
 * one shape for all of them, built in one step (history keeps one per
 * assignment, and fields added later would each cost a property array).
 */
export function assignmentSource(
  variable: string,
  op: string,
  origin: Origin,
  text: string,
  location: Location | undefined,
  derivation: Derivation | undefined,
  evalText: Derivation | undefined,
): AssignmentSource {
  return { kind: 'assignment', variable, op, origin, location, text, derivation, evalText };
}

/** A function call on the way that dropped a word: its input had it, its result does not. */
export interface Removal {
  /** The steps down to the call, outermost first (the last assignment is where the call was written). */
  steps: ProvenanceStep[];
  function: string;
  /** The word's way into the call's input, outermost first. */
  before: ProvenanceStep[];
}

/**
 * Where `word` was dropped on the way to `d` (filter-out, CFLAGS_REMOVE's
 * filter-out in Makefile.lib, a patsubst that rewrote it...): every call
 * whose input has the word as a whole word and whose result does not.
 */
export function removalsOf(d: Derivation, word: string, limit = 4): Removal[] {
  const out: Removal[] = [];
  const seen = new Set<Derivation>();
  const visit = (x: Derivation, path: ProvenanceStep[]): void => {
    if (seen.has(x) || out.length >= limit || path.length > MAX_DEPTH) return;
    seen.add(x);
    for (const p of x.pieces) {
      if (p.start >= x.text.length) break;
      const s = p.source;
      if (s.kind === 'reference') visit(s.value, [...path, { kind: 'reference', variable: s.variable }]);
      else if (s.kind === 'assignment') {
        const step: ProvenanceStep = { kind: 'assignment', variable: s.variable, op: s.op, origin: s.origin, text: s.text };
        if (s.location !== undefined) step.location = s.location;
        if (s.derivation !== undefined) visit(s.derivation, [...path, step]);
      } else if (s.kind === 'call') {
        const result = x.text.slice(p.start, p.end);
        const callStep: ProvenanceStep = { kind: 'function', function: s.function };
        // The text a function works on is its last input (filter-out's list, patsubst's text).
        const text = s.inputs.at(-1);
        const at = text === undefined || wordAt(result, word, 0) >= 0 ? -1 : wordAt(text.text, word, 0);
        if (at >= 0) {
          const before: ProvenanceStep[] = [];
          walk(text!, at, at + word.length, before, 0);
          out.push({ steps: [...path, callStep], function: s.function, before });
        }
        for (const input of s.inputs) visit(input, [...path, callStep]);
      }
    }
  };
  visit(d, []);
  return out;
}

/**
 * Where a word was written, from its steps: the last located assignment,
 * except that a call's argument ($(1), a foreach's or let's variable) was
 * written where that call was, in the text around it (Kbuild's
 * `$(call cc-option,-fcf-protection=branch)`: the Makefile line, not
 * cc-option's definition).
 */
export function writtenAt(steps: readonly ProvenanceStep[]): Location | undefined {
  let at: Location | undefined;
  const open: (Location | undefined)[] = [];
  for (const s of steps) {
    if (s.kind === 'function') {
      if (s.function === 'call' || s.function === 'foreach' || s.function === 'let') open.push(at);
    } else if (s.kind === 'assignment') {
      if (s.origin === 'automatic' && open.length > 0) at = open.pop();
      else if (s.location !== undefined) at = s.location;
    }
  }
  return at;
}
