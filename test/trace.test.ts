// kflags trace: a variable's steps in reading order, the words each adds and
// removes, the assignments false conditionals skipped, and (tree mode) the
// variable followed from the top level into the directory's sub-make.
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/app.js';
import { linuxFullTree, requireTree } from './helpers/linux.js';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'test/fixtures/kernel-builds');

async function kflags(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const status = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: { NO_COLOR: '1' } });
  return { status, stdout, stderr };
}

describe('kflags trace on a makefile of its own', () => {
  it('steps in reading order (an include between), words added and removed, skipped lines with their test', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kflags-trace-'));
    try {
      writeFileSync(
        path.join(dir, 'Makefile'),
        [
          'obj-y := a.o',
          'CFLAGS_a.o := -O2 -g',
          `include ${dir}/inc.mk`,
          'ifdef CONFIG_NOPE',
          'CFLAGS_a.o += -never',
          'else',
          'CFLAGS_a.o += -Wall',
          'endif',
          'ifeq ($(X),y)',
          'CFLAGS_a.o += -xy',
          'endif',
          'CFLAGS_a.o := $(filter-out -g,$(CFLAGS_a.o))',
          '',
        ].join('\n'),
      );
      writeFileSync(path.join(dir, 'inc.mk'), 'CFLAGS_a.o += -DINC\n');
      writeFileSync(path.join(dir, 'a.c'), '');
      const r = await kflags(['trace', dir, '--obj', 'd', '--var', 'CFLAGS_a.o', '--json', 'X=n']);
      expect(r.status, r.stderr).toBe(0);
      const t = JSON.parse(r.stdout).traces[0];
      const rows = t.steps.map((s: { kind: string; location: { file: string; line: number }; added: string[]; removed: string[]; conditional?: { value: string } }) => [
        s.kind,
        `${path.basename(s.location.file)}:${s.location.line}`,
        s.added.join(' '),
        s.removed.join(' '),
        s.conditional?.value ?? '',
      ]);
      expect(rows).toEqual([
        ['assigned', 'Makefile:2', '-O2 -g', '', ''],
        ['assigned', 'inc.mk:1', '-DINC', '', ''],
        ['skipped', 'Makefile:5', '', '', 'CONFIG_NOPE is not defined'],
        ['assigned', 'Makefile:7', '-Wall', '', ''],
        ['skipped', 'Makefile:10', '', '', "'n' and 'y' differ"],
        ['assigned', 'Makefile:12', '', '-g', ''],
      ]);
      expect(t.words).toEqual(['-O2', '-DINC', '-Wall']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('asks for --var or --object', async () => {
    const r = await kflags(['trace', 'examples/purgatory', '--obj', 'arch/x86/purgatory']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('give --var NAME');
  });
});

describe.skipIf(!(requireTree('6.12') && requireTree('6.1')))('kflags trace on the real trees', () => {
  for (const [version, set, append] of [
    ['6.12', 961, 965],
    ['6.1', 999, 1003],
  ] as const) {
    it(`CC_FLAGS_LTO in ${version}: set, skipped for full LTO, -fvisibility=hidden appended, received by the purgatory's sub-make`, async () => {
      const tree = linuxFullTree(version);
      const r = await kflags(['trace', '--tree', tree, '--dir', 'arch/x86/purgatory', '--config', path.join(fixtures, `${version}-clang-thinlto.config`), 'LLVM=1', `O=${path.join(tmpdir(), 'kflags-trace-objtree')}`, '--var', 'CC_FLAGS_LTO', '--json']);
      expect(r.status, r.stderr).toBe(0);
      const steps = JSON.parse(r.stdout).traces[0].steps;
      const first = steps[0];
      expect(first).toMatchObject({ make: 'the top level', kind: 'assigned', op: ':=', location: { file: `${tree}/Makefile`, line: set }, added: ['-flto=thin', '-fsplit-lto-unit'] });
      expect(steps[1]).toMatchObject({ kind: 'skipped', text: '-flto' });
      expect(steps[2]).toMatchObject({ kind: 'assigned', op: '+=', location: { line: append }, added: ['-fvisibility=hidden'] });
      expect(steps[steps.length - 1]).toMatchObject({ make: "arch/x86/purgatory's sub-make", kind: 'inherited', words: ['-flto=thin', '-fsplit-lto-unit', '-fvisibility=hidden'] });
    });
  }
});
