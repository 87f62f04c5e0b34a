// src/eval/file-table.ts: make 4.3's `files` hash table (file.c, hash.c),
// whose slot order is the order of second expansion. The last test asks
// GNU make itself, through the side effects of second expansion.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileTable, lookupName } from '../src/eval/file-table.js';
import { jhashString } from '../src/eval/jhash.js';

const MAKE = process.env.KFLAGS_DIFF_MAKE ?? '/usr/bin/make';
const haveMake = /GNU Make 4\.3\b/.test(spawnSync(MAKE, ['--version'], { encoding: 'utf8' }).stdout ?? '');

describe('jhashString', () => {
  it('hashes whole words, then the bytes before the NUL, and adds the whole words\' length', () => {
    // Values of hash.c's jhash_string() (the order GNU make gives in the last test follows from them).
    expect(jhashString('')).toBe(834184464);
    expect(jhashString('a')).toBe(2103777456);
    expect(jhashString('abcd')).toBe(798409325);
    expect(jhashString('abcdefghijklm')).toBe(3179244857);
    const values = ['a', 'ab', 'abc', 'abcd', 'abcde', 'abcdefgh', 'abcdefghijkl', 'abcdefghijklm', '.SUFFIXES', '.DEFAULT'].map(jhashString);
    expect(new Set(values).size).toBe(values.length);
    for (const v of values) expect(v >>> 0).toBe(v);
    // A name of a multiple of four bytes reads a word holding only the NUL: not the same as one more byte.
    expect(jhashString('abcd')).not.toBe(jhashString('abcd\u0001'));
  });

  it('reads a latin1 name byte by byte, and other characters as UTF-8', () => {
    expect(jhashString('\u00e9')).not.toBe(jhashString('\u00c3\u00a9'));
    expect(jhashString('\u20ac')).toBe(jhashString('\u00e2\u0082\u00ac'));
  });
});

describe('lookupName', () => {
  it('drops leading ./ (and slashes after it), as lookup_file() does', () => {
    expect(lookupName('./a')).toBe('a');
    expect(lookupName('././/a')).toBe('a');
    expect(lookupName('./')).toBe('./');
    expect(lookupName('.//')).toBe('./');
    expect(lookupName('a/./b')).toBe('a/./b');
  });
});

describe('FileTable', () => {
  it('keeps each name once, in the slot its hash gives', () => {
    const t = new FileTable();
    for (const n of ['b', 'a', 'b', './a']) t.enter(n);
    expect(t.names().sort()).toEqual(['a', 'b']);
    const byHash = ['a', 'b'].sort((x, y) => (jhashString(x) & 1023) - (jhashString(y) & 1023));
    expect(t.names()).toEqual(byHash);
  });

  it('a name whose slot is taken goes to the next free one (the names entered first keep theirs)', () => {
    // Find two names with the same home slot.
    const home = (n: string) => jhashString(n) & 1023;
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined; i++) {
      const n = `n${i}`;
      const other = seen.get(home(n));
      if (other !== undefined) pair = [other, n];
      else seen.set(home(n), n);
    }
    const [first, second] = pair;
    const t = new FileTable();
    t.enter(second);
    t.enter(first);
    expect(t.names()).toEqual([second, first]);
  });

  it('doubles at the 961st name of 1024 slots, and at the 1921st of 2048', () => {
    const t = new FileTable();
    for (let i = 0; i < 960; i++) t.enter(`f${i}`);
    expect(t.size).toBe(1024);
    t.enter('f960');
    expect(t.size).toBe(2048);
    for (let i = 961; i < 1920; i++) t.enter(`f${i}`);
    expect(t.size).toBe(2048);
    t.enter('f1920');
    expect(t.size).toBe(4096);
    expect(t.names().length).toBe(1921);
  });

  it.skipIf(!haveMake)('orders the names as GNU make 4.3 second-expands them (collisions, growth)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kflags-file-table-'));
    try {
      // make -R -r -f e.mk goal enters: the goal, .SUFFIXES, .DEFAULT, e.mk, then each rule's target.
      for (const count of [40, 955, 956, 1500]) {
        const names = Array.from({ length: count }, (_, i) => (i % 3 === 0 ? `dir/obj${i}.o` : `t${i}`));
        const text = '.SECONDEXPANSION:\n' + names.map((n) => `${n}: $$(info ${n})\n`).join('') + 'goal: ;@:\n';
        writeFileSync(join(dir, 'e.mk'), text);
        const made = spawnSync(MAKE, ['-R', '-r', '-f', 'e.mk', 'goal'], { cwd: dir, encoding: 'utf8' });
        const t = new FileTable();
        for (const n of ['goal', '.SUFFIXES', '.DEFAULT', 'e.mk', '.SECONDEXPANSION', ...names]) t.enter(n);
        const expected = t.names().filter((n) => n !== 'goal' && n !== 'e.mk' && !n.startsWith('.'));
        expect(made.stdout).toBe(expected.map((n) => `${n}\n`).join(''));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
