// Unit tests for src/eval/patterns.ts. Each table is also run through GNU
// make 4.3 in one makefile (filter, patsubst, substitution references), so
// that the expectations are make's.
import { describe, expect, it } from 'vitest';
import { compilePattern, patsubst, patternMatches, patternStem, substitutionReference } from '../src/eval/patterns.js';
import { haveMake, runMake } from './helpers/make.js';

/** Run one makefile through make; its stdout lines. */
function makeLines(mk: string): string[] {
  const r = runMake(mk);
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').slice(0, -1);
}

const itMake = haveMake ? it : it.skip;

// pattern as written, then what compilePattern makes of it.
const compiled: Array<[string, { text: string; prefix: string; suffix: string; hasPercent: boolean }]> = [
  ['%.c', { text: '%.c', prefix: '', suffix: '.c', hasPercent: true }],
  ['a%', { text: 'a%', prefix: 'a', suffix: '', hasPercent: true }],
  ['%', { text: '%', prefix: '', suffix: '', hasPercent: true }],
  ['abc', { text: 'abc', prefix: 'abc', suffix: '', hasPercent: false }],
  ['', { text: '', prefix: '', suffix: '', hasPercent: false }],
  // Only the first unquoted % is the wildcard.
  ['%.%', { text: '%.%', prefix: '', suffix: '.%', hasPercent: true }],
  ['a%b%c', { text: 'a%b%c', prefix: 'a', suffix: 'b%c', hasPercent: true }],
  // \% is a literal %; its backslash goes.
  ['\\%a', { text: '%a', prefix: '%a', suffix: '', hasPercent: false }],
  ['\\%%', { text: '%%', prefix: '%', suffix: '', hasPercent: true }],
  // \\% is a backslash then the wildcard.
  ['a\\\\%', { text: 'a\\%', prefix: 'a\\', suffix: '', hasPercent: true }],
  // \\\% is a backslash then a literal %.
  ['a\\\\\\%b', { text: 'a\\%b', prefix: 'a\\%b', suffix: '', hasPercent: false }],
  ['a\\\\\\\\%', { text: 'a\\\\%', prefix: 'a\\\\', suffix: '', hasPercent: true }],
  // Backslashes after the wildcard, or before anything but %, stay.
  ['%\\%', { text: '%\\%', prefix: '', suffix: '\\%', hasPercent: true }],
  ['a\\b%', { text: 'a\\b%', prefix: 'a\\b', suffix: '', hasPercent: true }],
  ['a\\', { text: 'a\\', prefix: 'a\\', suffix: '', hasPercent: false }],
];

describe('compilePattern', () => {
  for (const [raw, want] of compiled) {
    it(JSON.stringify(raw), () => expect(compilePattern(raw)).toEqual(want));
  }
});

// pattern, word, stem (null: no match; '' for a literal match).
const matches: Array<[string, string, string | null]> = [
  ['%.c', 'a.c', 'a'],
  ['%.c', '.c', ''],
  ['%.c', 'a.h', null],
  ['%.c', 'c', null],
  ['a%b', 'ab', ''],
  ['a%b', 'axyb', 'xy'],
  // Prefix and suffix must not overlap.
  ['a%a', 'a', null],
  ['a%a', 'aa', ''],
  ['%', 'x', 'x'],
  ['abc', 'abc', ''],
  ['abc', 'abcd', null],
  ['%.%', 'a.%', 'a'],
  ['%.%', 'a.b', null],
  ['\\%a', '%a', ''],
  ['\\%a', 'xa', null],
  ['\\%%', '%x', 'x'],
  ['a\\\\%', 'a\\b', 'b'],
  ['a\\\\\\%b', 'a\\%b', ''],
  ['%\\%', 'x\\%', 'x'],
  ['a\\b%', 'a\\bc', 'c'],
];

describe('patternMatches and patternStem', () => {
  for (const [p, w, stem] of matches) {
    it(`${p} ~ ${w}`, () => {
      const pattern = compilePattern(p);
      expect(patternMatches(pattern, w)).toBe(stem !== null);
      expect(patternStem(pattern, w)).toBe(stem === null ? undefined : stem);
    });
  }
  itMake('agree with GNU make (filter, patsubst)', () => {
    const mk = matches.map(([p, w]) => `$(info [$(filter ${p},${w})] [$(patsubst ${p},<%>,${w})])\n`).join('');
    const want = matches.map(([p, w, stem]) => {
      const hasPercent = compilePattern(p).hasPercent;
      const replaced = stem === null ? w : hasPercent ? `<${stem}>` : '<%>';
      return `[${stem === null ? '' : w}] [${replaced}]`;
    });
    expect(makeLines(mk)).toEqual(want);
  });
});

// text, pattern, replacement, result (make's words: see the spacing rules).
const substitutions: Array<[string, string, string, string]> = [
  ['a.c b.c c.h', '%.c', '%.o', 'a.o b.o c.h'],
  ['  a.c   b.c  ', '%.c', '%.o', 'a.o b.o'],
  ['a b', '%', 'x%y', 'xay xby'],
  ['ab axb', 'a%b', '[%]', '[] [x]'],
  ['ab', '%', '%%', 'ab%'],
  ['a', '%', '\\%%', '%a'],
  ['%a xa', '\\%a', 'b', 'b xa'],
  ['a.c b.h', '%.c', 'obj', 'obj b.h'],
  ['', '%.c', '%.o', ''],
  // Matched words whose replacement is empty and has no %: no word, no space.
  ['a b a', 'a%', '', 'b'],
  ['a.c b a.c c', '%.c', '', 'b c'],
  ['a b', '%', '', ''],
  // A replacement with % keeps its space even for an empty stem.
  ['a b', 'a%', '%', ' b'],
  ['b a', 'a%', '%', 'b '],
  // Without %, make replaces whole words in place (subst_expand by word):
  // the text's own blanks stay, an empty replacement leaves the blanks around it.
  ['a ab ba a', 'a', 'b', 'b ab ba b'],
  ['  a   x\ta  ', 'a', 'b', '  b   x\tb  '],
  ['a b a', 'a', '', ' b '],
  ['a b c', 'b', '', 'a  c'],
];

describe('patsubst', () => {
  for (const [text, p, r, want] of substitutions) {
    it(`$(patsubst ${p},${r},${text})`, () => expect(patsubst(text, compilePattern(p), compilePattern(r))).toBe(want));
  }
  itMake('agree with GNU make', () => {
    const mk = substitutions.map(([text, p, r]) => `$(info [$(patsubst ${p},${r},${text})])\n`).join('');
    expect(makeLines(mk)).toEqual(substitutions.map((s) => `[${s[3]}]`));
  });
});

// value, from, to, result of $(X:from=to).
const references: Array<[string, string, string, string]> = [
  ['a.c  b.c x', '.c', '.o', 'a.o b.o x'],
  ['a.c  b.c x', 'c', '', 'a. b. x'],
  ['a.c  b.c x', '', 'x', 'a.cx b.cx xx'],
  ['a.c  b.c x', '%', '[%]', '[a.c] [b.c] [x]'],
  ['a.c  b.c x', '%.c', '%', 'a b x'],
  // Without % in `from`, a % in `to` is literal.
  ['a.c  b.c x', '.c', '%', 'a% b% x'],
  // A suffix that is the whole word: the word becomes empty, its space stays.
  ['a.c  b.c x', 'a.c', '', ' b.c x'],
  // With %, and an empty `to`, matched words vanish with their space.
  ['a.c  b.c x', '%.c', '', 'x'],
  ['a% b\\% c', '\\%', 'y', 'ay b\\y c'],
  ['a% b\\% c', '%', 'y', 'y y y'],
  ['a.c b.c', 'b.c', 'B', 'a.c B'],
  ['xa.c', 'a.c', '', 'x'],
];

describe('substitutionReference', () => {
  for (const [value, from, to, want] of references) {
    it(`$(X:${from}=${to}) with X = ${value}`, () => expect(substitutionReference(value, from, to)).toBe(want));
  }
  itMake('agree with GNU make', () => {
    const mk = references.map(([value, from, to]) => `X := ${value}\n$(info [$(X:${from}=${to})])\n`).join('');
    expect(makeLines(mk)).toEqual(references.map((r) => `[${r[3]}]`));
  });
});
