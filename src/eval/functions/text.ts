// Functions for string substitution and analysis (GNU make manual 8.2).
import { builtin, type BuiltinFunction } from './types.js';
import { compilePattern, patsubst, patternMatches, type Pattern } from '../patterns.js';
import { splitWords } from '../words.js';

/** Text whose words are not already separated by single spaces (make's whitespace: space, \t, \n, \v, \f, \r). */
const NOT_SINGLE_SPACED = /[\t\n\v\f\r]| {2}|^ | $/;

export const subst = builtin('subst', 3, 3, true, (_ctx, [from, to, text]) => {
  // The first occurrence of "" in any string is its end.
  if (from === '') return text + to;
  return text.split(from).join(to);
});

export const patsubstFn = builtin('patsubst', 3, 3, true, (_ctx, [pattern, replacement, text]) =>
  patsubst(text, compilePattern(pattern), compilePattern(replacement)),
);

export const strip = builtin('strip', 0, 1, true, (_ctx, [text = '']) => (NOT_SINGLE_SPACED.test(text) ? splitWords(text).join(' ') : text));

export const findstring = builtin('findstring', 2, 2, true, (_ctx, [find, text]) =>
  text.includes(find) ? find : '',
);

function filterWords(patternText: string, text: string, keep: boolean): string {
  const literal = new Set<string>();
  const patterns: Pattern[] = [];
  for (const word of splitWords(patternText)) {
    const p = compilePattern(word);
    if (p.hasPercent) patterns.push(p);
    else literal.add(p.text);
  }
  // No patterns (`$(filter-out $(CFLAGS_REMOVE_x.o),...)` with none to remove): nothing matches.
  if (patterns.length === 0 && literal.size === 0) return keep ? '' : NOT_SINGLE_SPACED.test(text) ? splitWords(text).join(' ') : text;
  const out: string[] = [];
  for (const word of splitWords(text)) {
    let matched = literal.has(word);
    for (let k = 0; !matched && k < patterns.length; k++) matched = patternMatches(patterns[k], word);
    if (matched === keep) out.push(word);
  }
  return out.join(' ');
}

export const filter = builtin('filter', 2, 2, true, (_ctx, [patterns, text]) => filterWords(patterns, text, true));
export const filterOut = builtin('filter-out', 2, 2, true, (_ctx, [patterns, text]) =>
  filterWords(patterns, text, false),
);

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

/** make's is_numeric(): digits only (no sign), surrounding whitespace allowed. */
function parseNumber(ctx: Parameters<BuiltinFunction['run']>[0], text: string, what: string): number {
  const trimmed = text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
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
  return i < 0 ? '' : (splitWords(text)[i - 1] ?? '');
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

export const words = builtin('words', 0, 1, true, (_ctx, [text = '']) => String(splitWords(text).length));

export const firstword = builtin('firstword', 0, 1, true, (_ctx, [text = '']) => splitWords(text)[0] ?? '');

export const lastword = builtin('lastword', 0, 1, true, (_ctx, [text = '']) => {
  const list = splitWords(text);
  return list[list.length - 1] ?? '';
});

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

