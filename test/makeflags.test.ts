// main.c's MAKEFLAGS decoding and define_makeflags(), through src/eval/makeflags.ts.
// Every expectation was checked against GNU make 4.3 (`env -i MAKEFLAGS=... make -R -r`,
// printing $(MAKEFLAGS) while reading and, for `all`, in a recipe).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEnvSwitches, emptySwitches, makeflagsValue, mflagsValue } from '../src/eval/makeflags.js';
import { runKflags } from './helpers/cli.js';
import { haveMake, MAKE } from './helpers/make.js';

function decode(value: string) {
  const switches = emptySwitches();
  decodeEnvSwitches(value, switches);
  return switches;
}

describe('MAKEFLAGS from the environment', () => {
  it.each([
    ['k', 'krR'],
    ['ks', 'krRs'],
    ['-k', 'krR'],
    [' k', 'krR'],
    ['k s', 'krR'],
    ['kS', 'rR'],
    ['Sk', 'krR'],
    ['-s --no-silent', 'rR'],
    ['tqnpk --no-print-directory -s', 'knpqrRst --no-print-directory'],
    ['--keep --sil --no --p', 'krRs'],
    ['--war', 'rR --warn-undefined-variables'],
    ['kx --bogus -j4 -l3 -O -C dir -f file -o old -W new b m h', 'krR'],
    ['X=1 k', 'rR'],
    ['--trace -i -B -L', 'BiLrR --trace'],
  ])('%j reads as %j', (value, expected) => {
    expect(makeflagsValue(decode(value))).toBe(expected);
  });

  it('takes -I DIR, -IDIR and --include-dir=DIR (a last word without a dash is no switch); they show after reading only', () => {
    const s = decode('s -I a -Ib --include-dir=c --include-dir d k');
    expect(s.includeDirs).toEqual(['a', 'b', 'c', 'd']);
    expect(makeflagsValue(s)).toBe('rRs');
    expect(makeflagsValue(s, true)).toBe('rRs -Ia -Ib -Ic -Id');
    expect(mflagsValue(s)).toBe('-rRs -Ia -Ib -Ic -Id');
  });

  it('keeps words after -- (and words that are not switches) for the command line, unquoting backslashes', () => {
    expect(decode('k -- X=1 Y:=two\\ words -k').arguments).toEqual(['X=1', 'Y:=two words', '-k']);
    expect(decode('X=1').arguments).toEqual(['X=1']);
    expect(decode('-- X=a\\\\b Y=c\\').arguments).toEqual(['X=a\\b', 'Y=c\\']);
  });

  it('refers to the --eval strings through -*-eval-flags-*-', () => {
    const s = decode('--eval=A=1 -E B=2');
    expect(s.evals).toEqual(['A=1', 'B=2']);
    expect(makeflagsValue(s)).toBe('rR $(-*-eval-flags-*-)');
    expect(mflagsValue(s)).toBe('-rR');
  });
});

describe('make -w under -p', () => {
  // output.c log_working_directory(): with print_data_base_flag, "# " comes first. The
  // database itself (after reading) is make's alone: compared is what comes before it.
  it('prints "Entering directory" and "Leaving directory" as comments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kflags-makeflags-'));
    try {
      writeFileSync(join(dir, 't.mk'), '$(info reading)\nall: ; @:\n');
      const kflags = await runKflags(['eval', '--env', 'MAKEFLAGS=pq', '--env', 'MAKELEVEL=1', 't.mk'], dir);
      expect(kflags.stdout).toBe(`# kflags[1]: Entering directory '${dir}'\nreading\n# kflags[1]: Leaving directory '${dir}'\n`);
      if (!haveMake) return;
      const make = spawnSync(MAKE, ['-R', '-r', '-f', 't.mk'], { cwd: dir, env: { MAKEFLAGS: 'pq', MAKELEVEL: '1' }, encoding: 'utf8' });
      const lines = make.stdout.split('\n');
      const header = lines.indexOf('# GNU Make 4.3');
      expect([...lines.slice(0, header), lines[lines.length - 2]].join('\n').replaceAll('# make[1]', '# kflags[1]') + '\n').toBe(kflags.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
