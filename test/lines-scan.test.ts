// findMapUnquote (src/syntax/lines.ts) scans character codes for speed; it must answer exactly
// as the straightforward version it replaced (kept here as the reference) on random text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMapUnquote, removeComment } from '../src/syntax/lines.js';

function reference(text: string, stops: string, skipReferences: boolean): { text: string; index: number } {
  let p = 0;
  for (;;) {
    let i = p;
    while (i < text.length && !stops.includes(text[i]) && !(skipReferences && text[i] === '$')) i++;
    if (i >= text.length) return { text, index: -1 };
    if (text[i] === '$') {
      const open = text[i + 1];
      if (open === undefined) return { text, index: -1 };
      i += 2;
      if (open === '(' || open === '{') {
        const close = open === '(' ? ')' : '}';
        for (let depth = 1; i < text.length; i++) {
          if (text[i] === open) depth++;
          else if (text[i] === close && --depth === 0) {
            i++;
            break;
          }
        }
      }
      p = i;
      continue;
    }
    let backslashes = 0;
    for (let k = i - 1; k >= 0 && text[k] === '\\'; --k) backslashes++;
    if (backslashes === 0) return { text, index: i };
    const remove = Math.ceil(backslashes / 2);
    text = text.slice(0, i - backslashes) + '\\'.repeat(backslashes - remove) + text.slice(i);
    const at = i - remove;
    if (backslashes % 2 === 0) return { text, index: at };
    p = at + 1;
  }
}

const text = fc.array(fc.constantFrom('#', '$', '(', ')', '{', '}', '\\', '\\\\', ' ', '\t', ';', ':', '%', '|', 'a', 'b'), { maxLength: 24 }).map((a) => a.join(''));
const stops = fc.constantFrom('#', ';', ':', '%', '|', '$', ' \t\n\v\f\r', ':;', '');

describe('findMapUnquote', () => {
  it('agrees with the straightforward scan on random text', () => {
    fc.assert(
      fc.property(text, stops, fc.boolean(), (t, s, skip) => {
        expect(findMapUnquote(t, s, skip)).toEqual(reference(t, s, skip));
      }),
      { seed: 8, numRuns: 20_000 },
    );
  });

  it('removes comments as before', () => {
    expect(removeComment('a = b # c')).toBe('a = b ');
    expect(removeComment('a = $(x #) # c')).toBe('a = $(x #) ');
    expect(removeComment('a = \\# b # c')).toBe('a = # b ');
    expect(removeComment('a = \\\\# b')).toBe('a = \\');
  });
});
