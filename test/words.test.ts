// Words as make splits them (src/eval/words.ts): the fast forms agree with splitWords.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, nthWord, singleSpaced, splitWords } from '../src/eval/words.js';

// Text made of make's whitespace (space, \t, \n, \v, \f, \r), a few word characters, and JavaScript-only whitespace (not make's).
const text = fc.array(fc.constantFrom(' ', ' ', '  ', '\t', '\n', '\v', '\f', '\r', 'a', 'bc', '-W', '\u00a0', '%'), { maxLength: 40 }).map((parts) => parts.join(''));

describe('words', () => {
  it('singleSpaced is splitWords joined by single spaces', () => {
    fc.assert(fc.property(text, (t) => singleSpaced(t) === splitWords(t).join(' ')), { numRuns: 3000 });
    // Already single-spaced text is returned as it is.
    const flags = '-Wall -O2 -fno-lto';
    expect(singleSpaced(flags)).toBe(flags);
    expect(singleSpaced(' -D__KERNEL__  -O2 -g\t-Wall ')).toBe('-D__KERNEL__ -O2 -g -Wall');
  });

  it('countWords and nthWord agree with splitWords', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -1, max: 12 }), (t, n) => {
        const words = splitWords(t);
        return countWords(t) === words.length && nthWord(t, n) === (n < 0 ? words[words.length - 1] : words[n]);
      }),
      { numRuns: 3000 },
    );
  });
});
