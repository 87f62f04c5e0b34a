// Unit tests for src/syntax/lines.ts. The expectations are checked against
// GNU make 4.3 by writing each text as the value of `X := TEXT` (whose value
// is the folded, comment-free rest of the line) and printing it.
import { describe, expect, it } from 'vitest';
import { collapseContinuations, findCharUnquote, removeComment } from '../src/syntax/lines.js';
import { haveMake, runMake } from './helpers/make.js';

const itMake = haveMake ? it : it.skip;

function makeLines(mk: string): string[] {
  const r = runMake(mk);
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').slice(0, -1);
}

/** `X := TEXT` then `$(info [$(X)])` for each text (TEXT starts with a non-blank, has no `$`). */
function printValues(texts: string[]): string {
  return texts.map((t) => `X := ${t}\n$(info [$(X)])\n`).join('');
}

// A logical line as the Makefile rule returns it (continuations kept), and its folded form.
const continuations: Array<[string, string]> = [
  ['a', 'a'],
  ['a \\\nb', 'a b'],
  ['a\\\nb', 'a b'],
  // Blanks on both sides of the backslash-newline become one space.
  ['a  \\\n   b', 'a b'],
  ['a\t\\\n\tb', 'a b'],
  ['a  \\\n   b  \\\n  c', 'a b c'],
  // An odd run keeps half of its backslashes (rounded down), and then the blanks before it.
  ['a\\\\\\\n b', 'a\\ b'],
  ['a \\\\\\\n b', 'a \\ b'],
  ['a\\\\\\\\\\\n b', 'a\\\\ b'],
  // An empty continuation line.
  ['a \\\n\\\nb', 'a b'],
  ['a \\\n  \\\n b', 'a b'],
  // Trailing blanks after the last line are kept.
  ['a \\\nb  ', 'a b  '],
  // Backslashes elsewhere are not touched.
  ['a\\b \\\nc', 'a\\b c'],
];

describe('collapseContinuations', () => {
  for (const [text, want] of continuations) {
    it(JSON.stringify(text), () => expect(collapseContinuations(text)).toBe(want));
  }
  itMake('agrees with GNU make', () => {
    expect(makeLines(printValues(continuations.map(([t]) => t)))).toEqual(continuations.map(([, w]) => `[${w}]`));
  });
});

const comments: Array<[string, string]> = [
  ['a', 'a'],
  ['a # c', 'a '],
  ['a#c', 'a'],
  ['#', ''],
  // \# is a literal #; its backslash goes.
  ['a \\# b', 'a # b'],
  // \\# is a backslash, then a comment.
  ['a \\\\# b', 'a \\'],
  // \\\# is a backslash and a literal #.
  ['a \\\\\\# b', 'a \\# b'],
  ['a \\\\\\\\# b', 'a \\\\'],
  // Each quoted # unquotes its own run; the first unquoted # wins.
  ['a\\#b\\#c#d', 'a#b#c'],
  ['a\\#b#c\\#d', 'a#b'],
  // Backslashes not before a # stay.
  ['a\\b # c', 'a\\b '],
  ['a\\ # c', 'a\\ '],
];

describe('removeComment', () => {
  for (const [text, want] of comments) {
    it(JSON.stringify(text), () => expect(removeComment(text)).toBe(want));
  }
  itMake('agrees with GNU make', () => {
    expect(makeLines(printValues(comments.filter(([t]) => t !== '#').map(([t]) => t)))).toEqual(
      comments.filter(([t]) => t !== '#').map(([, w]) => `[${w}]`),
    );
  });
  itMake('a comment after a continuation', () => {
    // The line is folded first, then the comment is removed.
    const text = 'a \\\n  # b \\\n c';
    expect(removeComment(collapseContinuations(text))).toBe('a ');
    expect(makeLines(printValues([text]))).toEqual(['[a ]']);
  });
});

// text, stop, rewritten text, index of the unquoted stop character.
const unquote: Array<[string, string, string, number]> = [
  ['abc', '%', 'abc', -1],
  ['a%b', '%', 'a%b', 1],
  ['%', '%', '%', 0],
  ['a\\%b', '%', 'a%b', -1],
  ['a\\\\%b', '%', 'a\\%b', 2],
  ['a\\\\\\%b', '%', 'a\\%b', -1],
  ['a\\\\\\\\%b', '%', 'a\\\\%b', 3],
  ['\\%%', '%', '%%', 1],
  ['\\%a\\%b%c', '%', '%a%b%c', 4],
  // After the first unquoted stop character nothing is rewritten.
  ['a%b\\%', '%', 'a%b\\%', 1],
  ['a\\#b#c', '#', 'a#b#c', 3],
  ['a\\\\#b', '#', 'a\\#b', 2],
  ['a,b', ',', 'a,b', 1],
];

describe('findCharUnquote', () => {
  for (const [text, stop, rewritten, index] of unquote) {
    it(`${JSON.stringify(text)} ${stop}`, () => expect(findCharUnquote(text, stop)).toEqual({ text: rewritten, index }));
  }
  itMake('agrees with GNU make (% through patsubst and filter, # through comments)', () => {
    const percent = unquote.filter(([, stop]) => stop === '%');
    const hash = unquote.filter(([, stop]) => stop === '#');
    // With a wildcard at `index`, the word prefix+S+suffix has the stem S;
    // without one, the rewritten text is the literal word.
    const word = (rewritten: string, index: number) =>
      index < 0 ? rewritten : rewritten.slice(0, index) + 'S' + rewritten.slice(index + 1);
    const mk =
      percent.map(([text, , rw, i]) => `$(info [$(filter ${text},${word(rw, i)})] [$(patsubst ${text},<%>,${word(rw, i)})])\n`).join('') +
      printValues(hash.map(([text]) => text));
    const want = [
      ...percent.map(([, , rw, i]) => `[${word(rw, i)}] [${i < 0 ? '<%>' : '<S>'}]`),
      ...hash.map(([, , rw, i]) => `[${i < 0 ? rw : rw.slice(0, i)}]`),
    ];
    expect(makeLines(mk)).toEqual(want);
  });
});
