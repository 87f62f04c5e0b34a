// shellWords (src/kbuild/tree/shell-words.ts) against /bin/sh: the words a
// simple command receives after quote removal.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shellWords } from '../src/kbuild/tree/shell-words.js';

/** The words sh passes to printf for `text` (one simple command). */
function shWords(text: string): string[] {
  // (A first word of its own: printf with no argument would still print one empty one.)
  const r = spawnSync('/bin/sh', ['-c', `printf '[%s]\\n' first ${text}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return [...r.stdout.matchAll(/^\[([\s\S]*?)\]$/gm)].map((m) => m[1]).slice(1);
}

// Balanced quoting made of pieces Kbuild's commands use: words, blanks, '...', "..." (with \" \\ \$ inside), backslashes.
const piece = fc.oneof(
  fc.constantFrom('-DKBUILD_MODNAME=', 'purgatory', '-I./include', 'a', '=', ',', '-Wp,-MMD'),
  fc.constantFrom(' ', '  ', '\t'),
  fc.constantFrom("'\"purgatory\"'", "'a b'", "''", '"x y"', '"a\\"b"', '"a\\\\b"', '"\\$x"', '"c\\d"', '""'),
  fc.constantFrom('\\ ', '\\"', "\\'", '\\\\', '\\a'),
);
const command = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));

describe('shellWords', () => {
  it('splits as sh does: quotes and backslashes removed', () => {
    expect(shellWords(`gcc -DKBUILD_MODNAME='"purgatory"' -c -o a.o a.c`).commands).toEqual([['gcc', '-DKBUILD_MODNAME="purgatory"', '-c', '-o', 'a.o', 'a.c']]);
    expect(shellWords('a && b; c | d || e').commands).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
    fc.assert(
      fc.property(command, (text) => {
        expect(shellWords(text).commands.flat()).toEqual(shWords(text));
      }),
      { numRuns: 150 },
    );
  });
});
