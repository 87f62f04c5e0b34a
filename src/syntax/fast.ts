// A fast path ahead of the grammar (pymake's plain-string fast path): the
// shapes of line and expansion that a few character tests settle, built here
// without running the generated parser. Anything else returns `undefined`
// and goes to the grammar, which stays the definition of the syntax:
// test/fast-path.test.ts checks that every line and value of two kernel
// trees, the differential cases and the property generator's programs give
// exactly (deep-equal) what the grammar gives.
//
// Covered:
//   expansions: literal text, `$$`, `$x`, `$(name)` and `${name}` whose name
//     holds no `$` and is not a builtin call; not function calls, nested
//     references, unterminated references or text holding a newline;
//   lines: blank lines; assignments whose name is plain characters (with
//     `export`/`override`/`private` modifiers); `ifdef`, `ifndef`, `else`,
//     `endif`; rule lines and other text that starts with no directive word.
//
// Offsets (`at`) are relative to the text handed in (a line's values: to the
// line), as the grammar's are when it parses that text alone; nothing in the
// evaluator reads them.
import type { AssignOp, ExpansionAst, ExpansionPart, LineAst, Location } from './ast.js';

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
  const parts: ExpansionPart[] = [];
  let i = start;
  while (i < n) {
    const d = input.indexOf('$', i);
    const literalEnd = d < 0 ? n : d;
    if (literalEnd > i) {
      parts.push(input.slice(i, literalEnd));
    }
    if (d < 0) break;
    const c = input.charCodeAt(d + 1);
    if (d + 1 >= n) {
      // `$` at the end of the text.
      parts.push('$');
      break;
    }
    if (c === 36 /* $ */) {
      parts.push('$');
      i = d + 2;
      continue;
    }
    if (c === 40 /* ( */ || c === 123 /* { */) {
      const nameStart = d + 2;
      // A builtin call: a function name followed by whitespace or the end.
      let k = nameStart;
      while (k < n && isFunctionNameChar(input.charCodeAt(k))) k++;
      if (k > nameStart && (k >= n || isLspace(input.charCodeAt(k)))) {
        if (functions.has(input.slice(nameStart, k))) return undefined;
      }
      const close = c === 40 ? ')' : '}';
      const firstClose = input.indexOf(close, nameStart);
      if (firstClose < 0) return undefined;
      const name = input.slice(nameStart, firstClose);
      if (name.includes('$')) return undefined;
      parts.push({ type: 'Reference', name, at: d });
      i = firstClose + 1;
      continue;
    }
    parts.push({ type: 'Reference', name: input[d + 1], at: d });
    i = d + 2;
  }
  return parts;
}

const NOT_NAME = new Set([' ', '\t', '$', '=', '#', ':', '+', '?', '!', '\n']);

/** Where the grammar's location(): no location in a batch, else the line and column. */
type Where = { file: string; line: number; column: number } | null;

function here(where: Where, offset: number): Location {
  return where === null ? { file: '', line: 0 } : { file: where.file, line: where.line, column: where.column + offset };
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
    while (j < n && !NOT_NAME.has(text[j])) j++;
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
    const valueParts = fastExpansion(text, v, functions);
    if (valueParts === undefined) return undefined;
    return {
      type: 'Assignment',
      modifiers: [],
      name: text.slice(i, j),
      op,
      value: text.slice(v),
      valueParts,
      location: here(where, i),
      nameColumn: i + 1,
    };
  }
  // Not a definition: `define`, `undefine` or a modifier.
  const word = text.slice(i, j);
  if (word === 'define' || word === 'undefine') return undefined;
  if (word === 'export' || word === 'override' || word === 'private') {
    if (stop !== ' ' && stop !== '\t') return undefined;
    let m = j;
    while (m < n && isBlank(text.charCodeAt(m))) m++;
    if (m >= n) return null; // &(!blank .) fails: no modifier
    const inner = assignment(text, m, where, functions);
    if (inner === null || inner === undefined) return inner;
    if (inner.type !== 'Assignment') return undefined;
    return { ...inner, modifiers: [word, ...inner.modifiers] };
  }
  return null;
}

const DIRECTIVE = /^(?:ifdef|ifndef|ifeq|ifneq|else|endif|export|unexport|vpath|include|-include|sinclude|load|-load|define|undefine|override|private)/;

/**
 * One folded, comment-free line (grammar rule Line), or undefined when it
 * needs the grammar. `where`: null for a batch (no location), else the
 * location options of a single parse.
 */
export function fastLine(text: string, where: Where, functions: ReadonlyMap<string, number>): LineAst | undefined {
  if (text.includes('\n')) return undefined;
  const n = text.length;
  let i = 0;
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  if (i === n) return { type: 'Empty', location: here(where, 0) };
  const a = assignment(text, i, where, functions);
  if (a !== null) return a; // an assignment, or undefined
  const m = DIRECTIVE.exec(text.slice(i, i + 9));
  if (m !== null) {
    const kw = m[0];
    if (kw === 'ifdef' || kw === 'ifndef' || kw === 'else' || kw === 'endif') {
      let r = i + kw.length;
      if (r < n && !isLspace(text.charCodeAt(r))) return undefined;
      while (r < n && isLspace(text.charCodeAt(r))) r++;
      const rest = text.slice(r);
      const location = here(where, i);
      if (kw === 'ifdef' || kw === 'ifndef') return { type: 'Conditional', kind: kw, name: rest, location };
      return { type: 'Conditional', kind: kw, rest, location };
    }
    return undefined;
  }
  return { type: 'RuleOrOther', text: text.slice(i), location: here(where, 0) };
}
