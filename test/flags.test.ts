import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  copiesNote,
  diffFlags,
  evaluateExpectation,
  matchPattern,
  splitWords,
} from '../src/flags/index.js';

// A ThinLTO purgatory.o before/after the seed patch (shortened): CC_FLAGS_LTO
// follows -fno-lto, and PURGATORY_CFLAGS repeats -fvisibility=hidden.
const LTO_BEFORE = [
  '-nostdinc', '-O2', '-fno-lto', '-flto=thin', '-fsplit-lto-unit', '-fvisibility=hidden',
  '-mcmodel=large', '-ffreestanding', '-fpic', '-fvisibility=hidden', '-DKBUILD_BASENAME=\'"purgatory"\'',
];
const LTO_AFTER = [
  '-nostdinc', '-O2', '-fno-lto',
  '-mcmodel=large', '-ffreestanding', '-fpic', '-fvisibility=hidden', '-DKBUILD_BASENAME=\'"purgatory"\'',
];

describe('splitWords', () => {
  it.each([
    ['', []],
    ['  -O2   -g ', ['-O2', '-g']],
    ['-a\t-b\n-c\v-d\f-e\r-f', ['-a', '-b', '-c', '-d', '-e', '-f']],
    // Not make whitespace: a no-break space stays inside the word.
    ['-DX=a\u00a0b -g', ['-DX=a\u00a0b', '-g']],
    ['-D"a b"', ['-D"a', 'b"']],
  ] as const)('%j', (value, words) => {
    expect(splitWords(value)).toEqual(words);
  });
});

describe('matchPattern', () => {
  it.each([
    ['-flto%', '-flto=thin', true],
    ['-flto%', '-flto', true],
    ['-flto%', '-fno-lto', false],
    ['-fprofile-use=%', '-fprofile-use=/tmp/a.profdata', true],
    ['%.o', 'purgatory.o', true],
    ['%.o', '.o', true],
    ['a%a', 'a', false],
    ['a%a', 'aa', true],
    ['-O2', '-O2', true],
    ['-O2', '-O3', false],
    ['%', '', true],
    // `\%` is a literal percent; no wildcard left, so it is a plain comparison.
    ['100\\%', '100%', true],
    ['100\\%', '1000', false],
    // `\\%`: one literal backslash, then the wildcard.
    ['a\\\\%', 'a\\xyz', true],
    ['a\\\\%', 'axyz', false],
    // A quoted percent before the wildcard.
    ['\\%%', '%abc', true],
    ['\\%%', 'abc', false],
    // Backslashes not before a percent are ordinary characters.
    ['a\\b%', 'a\\bc', true],
    // Only the first percent is a wildcard.
    ['%a%', 'xa%', true],
    ['%a%', 'xay', false],
  ] as const)('%s ~ %j -> %s', (pattern, word, matches) => {
    expect(matchPattern(pattern, word)).toBe(matches);
  });

  it('compiles to prefix and suffix', () => {
    expect(compilePattern('\\\\\\%a%b\\%')).toMatchObject({ hasPercent: true, prefix: '\\%a', suffix: 'b\\%' });
    expect(compilePattern('\\\\x')).toMatchObject({ hasPercent: false, text: '\\\\x' });
  });
});

describe('diffFlags', () => {
  it('reports the LTO run removed and one of two -fvisibility=hidden copies', () => {
    const d = diffFlags(LTO_BEFORE, LTO_AFTER);
    expect(d.removed).toEqual([
      { flag: '-flto=thin', position: 4, copiesBefore: 1, copiesAfter: 0 },
      { flag: '-fsplit-lto-unit', position: 5, copiesBefore: 1, copiesAfter: 0 },
      { flag: '-fvisibility=hidden', position: 6, copiesBefore: 2, copiesAfter: 1 },
    ]);
    expect(d.added).toEqual([]);
    expect(d.moved).toEqual([]);
    expect(d.unchanged).toBe(8);
    expect(d.identical).toBe(false);
    expect(copiesNote(d.removed[2]!, 'removed')).toBe('one of two copies removed, one left');
    expect(copiesNote(d.removed[0]!, 'removed')).toBeUndefined();
  });

  const cases: { name: string; before: string[]; after: string[]; removed: string[]; added: string[]; moved: [string, number, number][]; unchanged: number }[] = [
    { name: 'identical', before: ['-a', '-b'], after: ['-a', '-b'], removed: [], added: [], moved: [], unchanged: 2 },
    { name: 'empty both', before: [], after: [], removed: [], added: [], moved: [], unchanged: 0 },
    { name: 'all added', before: [], after: ['-a', '-a'], removed: [], added: ['-a', '-a'], moved: [], unchanged: 0 },
    { name: 'append', before: ['-a'], after: ['-a', '-b'], removed: [], added: ['-b'], moved: [], unchanged: 1 },
    { name: 'order change is a move, not remove+add', before: ['-O2', '-g', '-Wall'], after: ['-g', '-Wall', '-O2'], removed: [], added: [], moved: [['-O2', 1, 3]], unchanged: 2 },
    { name: 'second copy added', before: ['-g', '-O2'], after: ['-g', '-O2', '-g'], removed: [], added: ['-g'], moved: [], unchanged: 2 },
    { name: 'replace', before: ['-O2'], after: ['-Os'], removed: ['-O2'], added: ['-Os'], moved: [], unchanged: 0 },
  ];
  it.each(cases)('$name', ({ before, after, removed, added, moved, unchanged }) => {
    const d = diffFlags(before, after);
    expect(d.removed.map((r) => r.flag)).toEqual(removed);
    expect(d.added.map((a) => a.flag)).toEqual(added);
    expect(d.moved.map((m) => [m.flag, m.from, m.to])).toEqual(moved);
    expect(d.unchanged).toBe(unchanged);
    expect(d.identical).toBe(removed.length + added.length + moved.length === 0);
  });

  it('notes an added copy', () => {
    const d = diffFlags(['-g', '-O2'], ['-g', '-O2', '-g']);
    expect(copiesNote(d.added[0]!, 'added')).toBe('one more copy, two in total (was one)');
  });

  it('notes copies that are all new (a new object: -include three times)', () => {
    const d = diffFlags([], ['-include', 'a.h', '-include', 'b.h']);
    expect(d.added.map((a) => copiesNote(a, 'added'))).toEqual(['one of two copies added', undefined, 'one of two copies added', undefined]);
  });

  it('accounts for every flag as a multiset (property)', () => {
    const flag = fc.constantFrom('-a', '-b', '-c', '-d');
    fc.assert(
      fc.property(fc.array(flag, { maxLength: 12 }), fc.array(flag, { maxLength: 12 }), (before, after) => {
        const d = diffFlags(before, after);
        expect(d.unchanged + d.removed.length + d.moved.length).toBe(before.length);
        expect(d.unchanged + d.added.length + d.moved.length).toBe(after.length);
        // Before minus removed plus added is after, counting copies.
        const bag = new Map<string, number>();
        for (const f of before) bag.set(f, (bag.get(f) ?? 0) + 1);
        for (const r of d.removed) bag.set(r.flag, (bag.get(r.flag) ?? 0) - 1);
        for (const a of d.added) bag.set(a.flag, (bag.get(a.flag) ?? 0) + 1);
        for (const f of after) bag.set(f, (bag.get(f) ?? 0) - 1);
        expect([...bag.values()].every((n) => n === 0)).toBe(true);
        // Positions point at the flag they name.
        for (const r of d.removed) expect(before[r.position - 1]).toBe(r.flag);
        for (const a of d.added) expect(after[a.position - 1]).toBe(a.flag);
        for (const m of d.moved) {
          expect(before[m.from - 1]).toBe(m.flag);
          expect(after[m.to - 1]).toBe(m.flag);
        }
        expect(d.identical).toBe(before.join('\0') === after.join('\0') && before.length === after.length);
      }),
    );
  });
});

describe('evaluateExpectation', () => {
  it.each([
    { kind: 'removed', pattern: '-flto%', before: LTO_BEFORE, after: LTO_AFTER, status: 'pass', offending: [] },
    { kind: 'removed', pattern: '-fvisibility=%', before: LTO_BEFORE, after: LTO_AFTER, status: 'fail', offending: [['-fvisibility=hidden', 7]] },
    { kind: 'removed', pattern: '-flto%', before: ['-O2'], after: ['-O2'], status: 'vacuous', offending: [] },
    { kind: 'kept', pattern: '-fno-lto', before: LTO_BEFORE, after: LTO_AFTER, status: 'pass', offending: [] },
    // Kept counts copies: one of the two -fvisibility=hidden went away.
    { kind: 'kept', pattern: '-fvisibility=%', before: LTO_BEFORE, after: LTO_AFTER, status: 'fail', offending: [['-fvisibility=hidden', 6]] },
    { kind: 'kept', pattern: '-pg', before: ['-O2'], after: [], status: 'vacuous', offending: [] },
  ] as const)('expect $kind $pattern -> $status', ({ kind, pattern, before, after, status, offending }) => {
    const r = evaluateExpectation({ kind, pattern }, before, after);
    expect(r.status).toBe(status);
    expect(r.offending.map((o) => [o.flag, o.position])).toEqual(offending);
  });
});
