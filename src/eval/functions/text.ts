// Functions for string substitution and analysis (GNU make manual 8.2).
import { builtin, type BuiltinFunction } from './types.js';
import { compilePattern, patsubst, type Pattern } from '../patterns.js';
import { countWords, isSpaceCode, nthWord, singleSpaced, splitWords } from '../words.js';

// The busiest builtins take their arguments by index: destructuring an array
// parameter runs the iterator protocol until the function is optimized.
export const subst = builtin('subst', 3, 3, true, (_ctx, args) => {
  const from = args[0];
  const to = args[1];
  const text = args[2];
  // The first occurrence of "" in any string is its end.
  if (from === '') return text + to;
  return text.split(from).join(to);
});

export const patsubstFn = builtin('patsubst', 3, 3, true, (_ctx, args) =>
  patsubst(args[2], compilePattern(args[0]), compilePattern(args[1])),
);

export const strip = builtin('strip', 0, 1, true, (_ctx, args) => {
  const text = args[0] ?? '';
  return singleSpaced(text);
});

export const findstring = builtin('findstring', 2, 2, true, (_ctx, args) => (args[1].includes(args[0]) ? args[0] : ''));

function filterWords(patternText: string, text: string, keep: boolean): string {
  const literals: string[] = [];
  const patterns: Pattern[] = [];
  for (const word of splitWords(patternText)) {
    const p = compilePattern(word);
    if (p.hasPercent) patterns.push(p);
    else literals.push(p.text);
  }
  // No patterns (`$(filter-out $(CFLAGS_REMOVE_x.o),...)` with none to remove): nothing matches.
  if (patterns.length === 0 && literals.length === 0) return keep ? '' : singleSpaced(text);
  // Many literal words (a long filter-out list) are looked up in a set; a few
  // are compared in place, as patterns are: no word is cut out to be tested.
  const set = literals.length > 8 ? new Set(literals) : undefined;
  // The words kept, joined by single spaces: a run of them that the text
  // already separates by single spaces is taken as one slice.
  let out = '';
  let runStart = -1;
  let runEnd = -1;
  const n = text.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    const length = i - start;
    let matched = false;
    if (set !== undefined) matched = set.has(text.slice(start, i));
    else {
      for (let k = 0; !matched && k < literals.length; k++) {
        const l = literals[k];
        matched = l.length === length && text.startsWith(l, start);
      }
    }
    for (let k = 0; !matched && k < patterns.length; k++) {
      const p = patterns[k];
      matched = length >= p.prefix.length + p.suffix.length && text.startsWith(p.prefix, start) && text.startsWith(p.suffix, i - p.suffix.length);
    }
    if (matched !== keep) continue;
    if (runStart >= 0 && start === runEnd + 1 && text.charCodeAt(runEnd) === 32) {
      runEnd = i;
      continue;
    }
    if (runStart >= 0) out = out === '' ? text.slice(runStart, runEnd) : `${out} ${text.slice(runStart, runEnd)}`;
    runStart = start;
    runEnd = i;
  }
  if (runStart >= 0) out = out === '' ? text.slice(runStart, runEnd) : `${out} ${text.slice(runStart, runEnd)}`;
  return out;
}

export const filter = builtin('filter', 2, 2, true, (_ctx, args) => filterWords(args[0], args[1], true));
export const filterOut = builtin('filter-out', 2, 2, true, (_ctx, args) => filterWords(args[0], args[1], false));

export const sort = builtin('sort', 0, 1, true, (_ctx, [text = '']) => {
  // misc.c alpha_compare(): the first bytes compared as (signed) chars,
  // then strcmp (unsigned bytes); duplicates removed.
  const signed = (c: number) => (c >= 0x80 ? c - 0x100 : c);
  const words = [...new Set(splitWords(text))];
  words.sort((a, b) => {
    const first = signed(a.charCodeAt(0)) - signed(b.charCodeAt(0));
    if (first !== 0) return first;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return words.join(' ');
});

/**
 * make's is_numeric(): digits only (no sign), surrounding whitespace allowed; blanks
 * alone are a number too (its end never goes back past its start: atoi() makes them 0),
 * nothing at all is not.
 */
function parseNumber(ctx: Parameters<BuiltinFunction['run']>[0], text: string, what: string): number {
  const trimmed = text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
  if (trimmed === '' && text !== '') return 0;
  if (!/^[0-9]+$/.test(trimmed)) ctx.fatal(`non-numeric ${what}: '${text}'`, ctx.blame);
  return atoi(trimmed);
}

const LONG_MAX = 2n ** 63n - 1n;

/** C's atoi() as glibc does it, (int) strtol(): saturated to a long, then cut to 32 bits. */
export function atoi(digits: string): number {
  const n = BigInt(digits);
  return Number(BigInt.asIntN(32, n > LONG_MAX ? LONG_MAX : n));
}

export const word = builtin('word', 2, 2, true, (ctx, [n, text]) => {
  const i = parseNumber(ctx, n, "first argument to 'word' function");
  if (i === 0) ctx.fatal("first argument to 'word' function must be greater than 0", ctx.blame);
  // A negative count (a huge number wrapped) never reaches its word.
  return i < 0 ? '' : (nthWord(text, i - 1) ?? '');
});

export const wordlist = builtin('wordlist', 3, 3, true, (ctx, [s, e, text]) => {
  const start = parseNumber(ctx, s, "first argument to 'wordlist' function");
  const end = parseNumber(ctx, e, "second argument to 'wordlist' function");
  if (start < 1) ctx.fatal(`invalid first argument to 'wordlist' function: '${start}'`, ctx.blame);
  // make counts in a C int: `end - start + 1` wraps (2,2147483648 is 2 and -2147483648: a huge count).
  const count = (end - start + 1) | 0;
  if (count <= 0) return '';
  // The text between the first and the last chosen word is kept as written.
  const spans = wordSpans(text);
  const first = spans[start - 1];
  if (first === undefined) return '';
  const last = spans[Math.min(start - 1 + count, spans.length) - 1];
  return text.slice(first[0], last[1]);
});

function wordSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /[^ \t\n\v\f\r]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

// Counted and found in place: the lists are long (a whole KBUILD_CFLAGS).
export const words = builtin('words', 0, 1, true, (_ctx, args) => String(countWords(args[0] ?? '')));

export const firstword = builtin('firstword', 0, 1, true, (_ctx, args) => nthWord(args[0] ?? '', 0) ?? '');

export const lastword = builtin('lastword', 0, 1, true, (_ctx, args) => nthWord(args[0] ?? '', -1) ?? '');

export const textFunctions: BuiltinFunction[] = [
  subst,
  patsubstFn,
  strip,
  findstring,
  filter,
  filterOut,
  sort,
  word,
  wordlist,
  words,
  firstword,
  lastword,
];

