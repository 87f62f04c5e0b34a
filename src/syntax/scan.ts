// make's own scanning, as plain functions: the grammar (grammar/make.peggy)
// imports them for what make finds by counting rather than by syntax (the
// arguments of ifeq, the extent of a builtin call or of a reference), and the
// fast path (fast.ts) uses the same ones.
import type { IfeqArguments, RawArgument } from './ast.js';

// Make's whitespace: ISSPACE covers space, tab, newline, \v, \f, \r.
const SPACE = " \t\n\v\f\r";
const isBlank = (c: string | undefined): boolean => c === " " || c === "\t";

// read.c conditional_line(): split the arguments of ifeq/ifneq exactly as
// make does, including its asymmetric handling of blanks in the
// parenthesised form. Returns null where make says "invalid syntax".
export function splitIfeqArguments(line: string): IfeqArguments | null {
  let i = 0;
  let termin = line[0] === "(" ? "," : line[0];
  if (termin !== "," && termin !== '"' && termin !== "'") return null;
  const s1Start = ++i;
  let s1End: number;
  if (termin === ",") {
    let count = 0;
    for (; i < line.length; ++i) {
      const c = line[i];
      if (c === "(") ++count;
      else if (c === ")") --count;
      else if (c === "," && count <= 0) break;
    }
  } else {
    while (i < line.length && line[i] !== termin) ++i;
  }
  if (i >= line.length) return null;
  if (termin === ",") {
    s1End = i;
    while (s1End > s1Start && isBlank(line[s1End - 1])) --s1End;
    ++i;
  } else {
    s1End = i;
    ++i;
    while (i < line.length && SPACE.includes(line[i])) ++i;
  }
  const first = line.slice(s1Start, s1End);
  // From here on make has already expanded the first argument when it
  // finds the syntax wrong: say so, keeping the first argument.
  const invalid: IfeqArguments = { first, firstOffset: s1Start, second: "", secondOffset: 0, extraneous: false, invalid: true };
  const termin2 = termin === "," ? ")" : line[i];
  if (termin2 !== ")" && termin2 !== '"' && termin2 !== "'") return invalid;
  let s2Start: number;
  if (termin2 === ")") {
    while (i < line.length && SPACE.includes(line[i])) ++i;
    s2Start = i;
    let count = 0;
    for (; i < line.length; ++i) {
      const c = line[i];
      if (c === "(") ++count;
      else if (c === ")") {
        if (count <= 0) break;
        --count;
      }
    }
  } else {
    ++i;
    s2Start = i;
    while (i < line.length && line[i] !== termin2) ++i;
  }
  if (i >= line.length) return invalid;
  const second = line.slice(s2Start, i);
  ++i;
  while (i < line.length && SPACE.includes(line[i])) ++i;
  return { first, firstOffset: s1Start, second, secondOffset: s2Start, extraneous: i < line.length };
}

// function.c: find the end of a builtin call by counting only the
// parenthesis kind that opened it, then split at top-level commas; the
// last allowed argument takes the rest, commas included.
export function scanFunctionArguments(
  input: string,
  start: number,
  limit: number,
  open: string,
  close: string,
  maxArgs: number,
): { end: number; args: RawArgument[] } | null {
  let count = 0;
  let end = start;
  for (; end < limit; ++end) {
    const c = input[end];
    if (c === open) ++count;
    else if (c === close && --count < 0) break;
  }
  if (end >= limit) return null;
  // Gathered in one array kept for every call (this is never re-entered), then
  // copied at their exact size (see fast.ts): arguments are kept with their call.
  const args = gatheredArguments;
  let n = 0;
  let p = start;
  for (;;) {
    let next = -1;
    if (maxArgs === 0 || n + 1 < maxArgs) {
      let depth = 0;
      for (let q = p; q < end; ++q) {
        const c = input[q];
        if (c === open) ++depth;
        else if (c === close) { if (--depth < 0) break; }
        else if (c === "," && depth === 0) { next = q; break; }
      }
    }
    // `parts` is set when the argument is first expanded: declared here, it is
    // kept inside the object.
    if (next < 0) { args[n++] = { text: input.slice(p, end), offset: p, parts: undefined }; break; }
    args[n++] = { text: input.slice(p, next), offset: p, parts: undefined };
    p = next + 1;
  }
  return { end, args: args.slice(0, n) };
}

const gatheredArguments: RawArgument[] = [];

// expand.c: a reference that is not a function call. Make first looks for
// the first closing character; only if a `$` precedes it does it count
// nesting, and an unbalanced count falls back to the first close.
export function scanVariableReference(
  input: string,
  start: number,
  limit: number,
  open: string,
  close: string,
): { end: number; expand: boolean; skipTo?: number } | null {
  const firstClose = input.indexOf(close, start);
  if (firstClose < 0 || firstClose >= limit) return null;
  const dollar = input.indexOf("$", start);
  if (dollar < 0 || dollar >= firstClose) {
    return { end: firstClose, expand: false };
  }
  let count = 0;
  let p = start;
  for (; p < limit; ++p) {
    if (input[p] === open) ++count;
    else if (input[p] === close && --count < 0) break;
  }
  if (count < 0) return { end: p, expand: true };
  // Unbalanced: the name ends at the first close, unexpanded, and make's
  // scan has gone on to the end of the text: the rest is dropped.
  return { end: firstClose, expand: false, skipTo: limit };
}
