// The fast path ahead of the grammar (src/syntax/fast.ts) must give exactly what the grammar
// gives (deep-equal trees, locations included) wherever it answers: on every logical line and
// every expansion text of both Debian kernel trees (6.12 and 6.1: every Makefile, Kbuild,
// *.mk, Makefile.* and Kbuild.*), of the differential cases and of the property generator's
// programs. A deliberately broken fast path must be caught, and parse.ts with the fast path
// on and off must give the same trees.
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareLine, compareMakefile, newTally, REAL, type FastFunctions, type Tally } from './helpers/fast-compare.js';
import { findMakefiles, linuxTree, requireTree } from './helpers/linux.js';
import { programArbitrary } from './property/generate.js';
import { fastExpansion, fastLine } from '../src/syntax/fast.js';
import { classifyLines, parseExpansion, parseLine, preparseExpansions, setFastPath } from '../src/syntax/parse.js';
import '../src/eval/interpreter.js'; // registers the builtin function table with parse.ts

/** A whole tree's makefiles: the extracted copy in /var/tmp/ksrc when complete, else from the tarball. */
function treeMakefiles(version: string): string[] {
  const local = `/var/tmp/ksrc/linux-source-${version}`;
  const root =
    existsSync(`/var/tmp/ksrc/done${version.replace('.', '')}`) && existsSync(local)
      ? local
      : linuxTree(version, ['*Makefile*', '*Kbuild*', '*.mk']);
  return findMakefiles(root);
}

const report = (t: Tally): string => `${t.fastLines}/${t.lines} lines and ${t.fastExpansions}/${t.expansions} expansions on the fast path`;

const tricky = [
  '',
  '   ',
  '\t',
  '\v',
  'a',
  'a = b',
  'a=b',
  'a := $(b)',
  'a ::= b',
  'a += b $$ c $x $(y) ${z} $(a $(b)) $',
  'a ?= b',
  'a != b',
  'a\t+=\t b ',
  '= nameless',
  ':= nameless',
  'a+b = c',
  'a+ = c',
  'a?b ?= c',
  'a!b != c',
  'a b = c',
  'a b',
  'a: b',
  'a:b',
  'a :: b',
  'a\v= b',
  'a \v= b',
  'a #= b',
  '$(obj)/x.o: y',
  'obj-$(CONFIG_X) += a.o',
  'obj-${CONFIG_X} += a.o',
  'obj-$X += a.o',
  'obj-$ += a.o',
  'obj-$',
  'x$(a(b) = 1',
  'x$(a(b)) = 1',
  'x$(a = 1',
  'x = $(a',
  'x = ${a',
  'x = $(a}',
  'x = $(info hi',
  'x = $(info hi)',
  'x = $(info)',
  'x = $(info\thi)',
  'x = $(foo bar)',
  'x = $(a.b-c_d)',
  'x = $(subst a,b,c)',
  'x = ${subst a,b,c}',
  'x = $(a$(b))',
  'x = $($(a))',
  'x = $(a:.c=.o)',
  'x = $(a:%.c=%.o)',
  'x = $$(a)',
  'x = $$$(a)',
  'x = a$',
  'x = $ ',
  'x = ##',
  'ifdef = 1',
  'ifdef A',
  'ifdef\tA',
  'ifdef\vA',
  'ifdef',
  'ifdefA',
  'ifndef A B ',
  'ifeq (a,b)',
  'ifneq "a" "b"',
  'else',
  'else ifeq (a,b)',
  'else junk',
  'elsewhere: x',
  'endif',
  'endif junk',
  'endif\r',
  'endifx',
  'define',
  'define x',
  'define x =',
  'definex = 1',
  'definex',
  'undefine x',
  'export',
  'export A',
  'export A = 1',
  'export  A := $(B)',
  'export\tA = 1',
  'export define A',
  'exportA = 1',
  'exports: x',
  'override A = 1',
  'override export private A += 1',
  'override',
  'override A',
  'override $(A) = 1',
  'private A = 1',
  'private',
  'private ',
  'unexport A',
  'vpath %.c src',
  'include a.mk',
  '-include a.mk',
  'sinclude a.mk',
  'load x.so',
  '-load x.so',
  '  a = b',
  '\ta = b',
  '  ifdef A',
  '  x: y',
  'a = b\nc',
  'x = \u00e9$(\u00e9)',
];

describe('fast path', () => {
  it('agrees with the grammar on tricky lines', () => {
    const tally = newTally();
    tricky.forEach((t, k) => compareLine(t, k + 1, tally));
    expect(tally.mismatches).toEqual([]);
    expect(tally.fastLines).toBeGreaterThan(tricky.length / 2);
  });

  it('agrees with the grammar on random lines of make punctuation and directive words', () => {
    const token = fc.constantFrom(
      ...['$', '(', ')', '{', '}', ':', '=', '+', '?', '!', '#', ',', ' ', '\t', '\v', '\\', '%', 'a', 'b', 'x.o', '$$', '$(', '${'],
      ...['export', 'override', 'private', 'define', 'undefine', 'ifdef', 'ifeq', 'else', 'endif', 'include', 'vpath', 'load', 'unexport'],
      ...['if', 'subst', 'call', 'foreach', 'info', 'filter-out', 'patsubst', 'strip', 'word'],
    );
    const tally = newTally();
    for (const seed of [1, 2, 3]) {
      for (const tokens of fc.sample(fc.array(token, { maxLength: 14 }), { seed, numRuns: 10_000 })) compareLine(tokens.join(''), 1, tally);
    }
    expect(tally.mismatches).toEqual([]);
    console.log(`random lines: ${report(tally)}`);
  });

  it('is caught when broken', () => {
    const texts = ['a = b', 'obj-y += x.o', 'x := $(y) z', 'ifdef A', 'x: y'];
    const broken: FastFunctions[] = [
      // The operator of every assignment reported as `=`.
      { ...REAL, line: (t, w, f) => { const a = fastLine(t, w, f); return a?.type === 'Assignment' ? { ...a, op: '=' } : a; } },
      // A reference's offset off by one.
      { ...REAL, expansion: (t, s, f) => fastExpansion(t, s, f)?.map((p) => (typeof p === 'string' ? p : { ...p, at: p.at + 1 })) },
      // A location's column lost.
      { ...REAL, line: (t, w, f) => { const a = fastLine(t, w, f); return a && { ...a, location: { file: a.location.file, line: a.location.line } }; } },
      // A conditional's kind swapped.
      { ...REAL, line: (t, w, f) => { const a = fastLine(t, w, f); return a?.type === 'Conditional' && a.kind === 'ifdef' ? { ...a, kind: 'ifndef' } : a; } },
      // A rule line taken for an empty line.
      { ...REAL, line: (t, w, f) => { const a = fastLine(t, w, f); return a?.type === 'RuleOrOther' ? { type: 'Empty', location: a.location } : a; } },
    ];
    for (const fast of broken) {
      const tally = newTally();
      texts.forEach((t, k) => compareLine(t, k + 1, tally, fast));
      expect(tally.mismatches.length).toBeGreaterThan(0);
    }
  });

  it('gives parse.ts the same trees on and off', () => {
    const lines = tricky.filter((t) => !t.includes('\n'));
    const expansions = lines.filter((t) => t.includes('$'));
    const run = () => {
      const single = lines.map((t, k) => { try { return parseLine(t, { file: 'f.mk', line: k + 1 }); } catch (e) { return String(e); } });
      const batch = classifyLines(lines);
      preparseExpansions(expansions);
      const parsed = expansions.map((t) => { try { return parseExpansion(t); } catch (e) { return String(e); } });
      return { single, batch: batch.map((l) => l?.type), parsed: JSON.stringify(parsed, (k, v) => (k === 'at' || k === 'offset' ? undefined : v)) };
    };
    setFastPath(false);
    const slow = run();
    setFastPath(true);
    const quick = run();
    expect(quick).toEqual(slow);
  });

  it('agrees with the grammar on the differential cases', () => {
    const dir = join(__dirname, 'differential/cases');
    const tally = newTally();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.mk')).sort()) compareMakefile(readFileSync(join(dir, f), 'latin1'), tally);
    expect(tally.mismatches).toEqual([]);
    console.log(`differential cases: ${report(tally)}`);
  });

  it("agrees with the grammar on the property generator's programs", () => {
    const tally = newTally();
    for (const seed of [20240611, 20240612]) {
      for (const p of fc.sample(programArbitrary({ off: [] }), { seed, numRuns: 1000 })) {
        compareMakefile(p.text, tally);
        for (const a of p.args) compareLine(a, 0, tally);
      }
    }
    expect(tally.mismatches).toEqual([]);
    console.log(`property programs: ${report(tally)}`);
  });

  for (const version of ['6.12', '6.1']) {
    it.skipIf(!requireTree(version))(`agrees with the grammar on every makefile of Linux ${version}`, () => {
      const files = treeMakefiles(version);
      expect(files.length).toBeGreaterThan(2000);
      const tally = newTally();
      for (const f of files) compareMakefile(readFileSync(f, 'latin1'), tally);
      expect(tally.mismatches).toEqual([]);
      console.log(`Linux ${version} (${files.length} files): ${report(tally)}`);
    }, 600_000);
  }
});
