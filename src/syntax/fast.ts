// A fast path ahead of the grammar (pymake's plain-string fast path): the
// shapes of line and expansion that a few character tests settle, built here
// without running the generated parser. Anything else returns `undefined`
// and goes to the grammar, which stays the definition of the syntax:
// test/fast-path.test.ts checks that every line and value of two kernel
// trees, the differential cases and the property generator's programs give
// exactly (deep-equal) what the grammar gives.
//
// Covered:
//   expansions: everything (literal text, `$$`, `$x`, references, nested
//     references, builtin calls, whose extent make finds by counting: the
//     same functions as the grammar's, src/syntax/scan.ts) except text
//     holding a newline and unterminated references or calls (error nodes);
//   lines: blank lines; assignments (with `export`/`override`/`private`
//     modifiers); `define`, `undefine`, conditionals, `export`, `unexport`,
//     `vpath`, `include` and `load` lines; rule lines and other text. Not:
//     a line holding a newline, and the rare shapes where a directive word
//     is followed by something other than a blank (`ifdefx`, `export:`, ...).
//
// Offsets (`at`) are relative to the text handed in (a line's values: to the
// line), as the grammar's are when it parses that text alone; nothing in the
// evaluator reads them.
import type { AssignOp, ExpansionAst, ExpansionPart, LineAst, Location, Modifier } from './ast.js';
import { scanFunctionArguments, scanVariableReference, splitIfeqArguments } from './scan.js';

const isBlank = (c: number): boolean => c === 32 || c === 9;
/** [ \t\v\f\r]: make's ISSPACE without the newline. */
const isLspace = (c: number): boolean => c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
/** [a-zA-Z_.-]: the characters of a builtin function's name. */
const isFunctionNameChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 46 || c === 45;

/**
 * The parts of `input` from `start` to its end, or undefined when the text
 * needs the grammar. `functions` is the builtin table the grammar is given.
 */
export function fastExpansion(input: string, start: number, functions: ReadonlyMap<string, number>): ExpansionAst | undefined {
  const n = input.length;
  if (input.includes('\n', start)) return undefined;
  // Plain text (most values): one part. Arrays are returned at their exact
  // size: an array grown by push() keeps room for 17 elements, and the
  // parsed forms of a file stay alive while it is evaluated. The parts are
  // gathered in one array kept for every call (this is never re-entered),
  // then copied at their count: one allocation per expansion, not two.
  const first = input.indexOf('$', start);
  if (first < 0) return start < n ? [input.slice(start)] : [];
  const parts = gathered;
  let count = 0;
  let i = start;
  while (i < n) {
    const d = input.indexOf('$', i);
    const literalEnd = d < 0 ? n : d;
    if (literalEnd > i) {
      parts[count++] = input.slice(i, literalEnd);
    }
    if (d < 0) break;
    const c = input.charCodeAt(d + 1);
    if (d + 1 >= n) {
      // `$` at the end of the text.
      parts[count++] = '$';
      break;
    }
    if (c === 36 /* $ */) {
      parts[count++] = '$';
      i = d + 2;
      continue;
    }
    if (c === 40 /* ( */ || c === 123 /* { */) {
      const nameStart = d + 2;
      const open = c === 40 ? '(' : '{';
      const close = c === 40 ? ')' : '}';
      // A builtin call: a function name followed by whitespace (or the end: unterminated).
      let k = nameStart;
      while (k < n && isFunctionNameChar(input.charCodeAt(k))) k++;
      if (k > nameStart && (k >= n || isLspace(input.charCodeAt(k)))) {
        const name = functionAt(input, nameStart, k, functions);
        if (name !== undefined) {
          const maxArgs = functions.get(name)!;
          while (k < n && isLspace(input.charCodeAt(k))) k++;
          const scan = scanFunctionArguments(input, k, n, open, close, maxArgs);
          if (scan === null) return undefined;
          parts[count++] = { type: 'Call', name, args: scan.args, at: d };
          i = scan.end + 1;
          continue;
        }
      }
      const scan = scanVariableReference(input, nameStart, n, open, close);
      if (scan === null) return undefined;
      const text = input.slice(nameStart, scan.end);
      parts[count++] = scan.expand ? { type: 'Reference', name: null, text, offset: nameStart, at: d } : { type: 'Reference', name: text, at: d };
      i = scan.skipTo ?? scan.end + 1;
      continue;
    }
    parts[count++] = { type: 'Reference', name: input[d + 1], at: d };
    i = d + 2;
  }
  return parts.slice(0, count);
}

/** fastExpansion()'s parts, before they are copied out. */
const gathered: ExpansionPart[] = [];

/** The names of a function table by their length (see functionAt()). */
const namesByLength = new WeakMap<ReadonlyMap<string, number>, (string[] | undefined)[]>();

/**
 * The builtin named by input[start, end), or undefined: the table's own
 * name, found by comparing in place. Cutting the name out to look it up
 * costs more (a new string, hashed once for one lookup), and the table's
 * string, hashed already, is found at once when the call is made.
 */
function functionAt(input: string, start: number, end: number, functions: ReadonlyMap<string, number>): string | undefined {
  let byLength = namesByLength.get(functions);
  if (byLength === undefined) {
    byLength = [];
    for (const name of functions.keys()) (byLength[name.length] ??= []).push(name);
    namesByLength.set(functions, byLength);
  }
  const names = byLength[end - start];
  if (names !== undefined) for (const name of names) if (input.startsWith(name, start)) return name;
  return undefined;
}

/** The characters that end VariableNameElement's plain run: [ \t$=#:+?!\n]. */
const NOT_NAME = new Uint8Array(128);
for (const c of ' \t$=#:+?!\n') NOT_NAME[c.charCodeAt(0)] = 1;
const isNameChar = (c: number): boolean => c >= 128 || NOT_NAME[c] === 0;

/** Where the grammar's location(): no location in a batch, else the line and column. */
type Where = { file: string; line: number; column: number } | null;

// A batch's lines share one location and one empty modifier list (frozen:
// nothing writes them), a few megabytes less to allocate on a large file.
const NO_LOCATION: Location = Object.freeze({ file: '', line: 0 }) as Location;
const NO_MODIFIERS: Modifier[] = Object.freeze([]) as unknown as Modifier[];

function here(where: Where, offset: number): Location {
  return where === null ? NO_LOCATION : { file: where.file, line: where.line, column: where.column + offset };
}

/** An assignment operator at `k`, or undefined. */
function assignOp(text: string, k: number): AssignOp | undefined {
  const c = text[k];
  if (c === '=') return '=';
  if (text[k + 1] !== '=') {
    if (c === ':' && text[k + 1] === ':' && text[k + 2] === '=') return '::=';
    return undefined;
  }
  if (c === ':') return ':=';
  if (c === '+') return '+=';
  if (c === '?') return '?=';
  if (c === '!') return '!=';
  return undefined;
}

/** BalancedParens / BalancedBraces from `start`: the index of the closing character, or -1. */
function balanced(text: string, start: number, open: string): number {
  const close = open === '(' ? ')' : '}';
  let depth = 0;
  for (let p = start; p < text.length; p++) {
    const c = text[p];
    if (c === open) depth++;
    else if (c === close) {
      if (depth === 0) return p;
      depth--;
    }
  }
  return -1;
}

type Result = LineAst | null | undefined; // null: the grammar's rule fails here; undefined: ask the grammar

/** grammar Assignment at `i` (a non-blank). */
function assignment(text: string, i: number, where: Where, functions: ReadonlyMap<string, number>): Result {
  const n = text.length;
  // VariableDefinition: the name's elements (VariableNameElement).
  let j = i;
  for (;;) {
    while (j < n && isNameChar(text.charCodeAt(j))) j++;
    const c = text[j];
    if (c === '$') {
      const open = text[j + 1];
      if (open === '(' || open === '{') {
        const end = balanced(text, j + 2, open);
        if (end < 0) return undefined;
        j = end + 1;
      } else if (j + 1 < n) j += 2;
      else return undefined;
    } else if ((c === '+' || c === '?' || c === '!') && text[j + 1] !== '=') j++;
    else break;
  }
  let k = j;
  const stop = text[j];
  if (stop === ' ' || stop === '\t') {
    k++;
    while (k < n && isLspace(text.charCodeAt(k))) k++;
  }
  const op = assignOp(text, k);
  if (op !== undefined) {
    let v = k + op.length;
    while (v < n && isLspace(text.charCodeAt(v))) v++;
    const value = text.slice(v);
    // A plain value is its own only part (one string, not two copies).
    const valueParts = value.includes('$') ? fastExpansion(text, v, functions) : value === '' ? [] : [value];
    if (valueParts === undefined) return undefined;
    return {
      type: 'Assignment',
      modifiers: NO_MODIFIERS,
      name: text.slice(i, j),
      op,
      value,
      valueParts,
      location: here(where, i),
      nameColumn: i + 1,
    };
  }
  // Not a definition: `define`, `undefine` or a modifier (each a word followed by a blank).
  const word = text.slice(i, j);
  // A word ending at a vertical tab, form feed or carriage return (part of a name, not of a word): the grammar's.
  for (let w = 0; w < word.length; w++) if (isLspace(word.charCodeAt(w))) return /^(?:define|undefine|export|override|private)[\v\f\r]/.test(word) ? undefined : null;
  const blankAfter = stop === ' ' || stop === '\t';
  if (word === 'define' || word === 'undefine') {
    if (!blankAfter && stop !== undefined) return undefined;
    let r = j;
    while (r < n && isLspace(text.charCodeAt(r))) r++;
    const rest = text.slice(r);
    const location = here(where, i);
    return word === 'define'
      ? { type: 'Define', modifiers: NO_MODIFIERS, header: rest, location }
      : { type: 'Undefine', modifiers: NO_MODIFIERS, name: rest, location };
  }
  if (word === 'export' || word === 'override' || word === 'private') {
    if (!blankAfter) return null;
    let m = j;
    while (m < n && isLspace(text.charCodeAt(m))) m++;
    if (m >= n) return null; // &(!blank .) fails: no modifier
    const inner = assignment(text, m, where, functions);
    if (inner === null || inner === undefined) return inner;
    if (inner.type !== 'Assignment' && inner.type !== 'Define' && inner.type !== 'Undefine') return undefined;
    return { ...inner, modifiers: [word, ...inner.modifiers] };
  }
  return null;
}

const DIRECTIVE = /(?:ifdef|ifndef|ifeq|ifneq|else|endif|export|unexport|vpath|include|-include|sinclude|load|-load|define|undefine|override|private)/y;

/**
 * One folded, comment-free line (grammar rule Line), or undefined when it
 * needs the grammar. `where`: null for a batch (no location), else the
 * location options of a single parse.
 */
export function fastLine(text: string, where: Where, functions: ReadonlyMap<string, number>): LineAst | undefined {
  if (text.includes('\n')) return undefined;
  const n = text.length;
  let i = 0;
  while (i < n && isLspace(text.charCodeAt(i))) i++;
  if (i === n) return { type: 'Empty', location: here(where, 0) };
  const a = assignment(text, i, where, functions);
  if (a !== null) return a; // an assignment, or undefined
  DIRECTIVE.lastIndex = i;
  const m = DIRECTIVE.exec(text);
  if (m !== null) {
    const kw = m[0];
    let r = i + kw.length;
    const location = here(where, i);
    switch (kw) {
      case 'ifdef':
      case 'ifndef':
      case 'ifeq':
      case 'ifneq':
      case 'else':
      case 'endif': {
        if (r < n && !isLspace(text.charCodeAt(r))) return undefined;
        while (r < n && isLspace(text.charCodeAt(r))) r++;
        const rest = text.slice(r);
        if (kw === 'ifdef' || kw === 'ifndef') return { type: 'Conditional', kind: kw, name: rest, location };
        if (kw === 'ifeq' || kw === 'ifneq') return { type: 'Conditional', kind: kw, args: splitIfeqArguments(rest), location, argColumn: r + 1 };
        return { type: 'Conditional', kind: kw, rest, location };
      }
      case 'export':
      case 'unexport':
      case 'vpath':
      case 'include':
      case '-include':
      case 'sinclude':
      case 'load':
      case '-load': {
        if (r < n && !isLspace(text.charCodeAt(r))) return undefined;
        while (r < n && isLspace(text.charCodeAt(r))) r++;
        const rest = text.slice(r);
        if (kw === 'export') return { type: 'Export', names: rest, location };
        if (kw === 'unexport') return { type: 'Unexport', names: rest, location };
        if (kw === 'vpath') return { type: 'Vpath', rest, location };
        if (kw === 'load' || kw === '-load') return { type: 'Load', kind: kw, files: rest, location };
        return { type: 'Include', kind: kw, files: rest, location };
      }
    }
    return undefined;
  }
  return { type: 'RuleOrOther', text: text.slice(i), location: here(where, 0) };
}
