// kflags matrix: one object's flags as rows, configurations (and patch states) as columns.
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/app.js';
import { buildMatrix, renderMatrixMarkdown, renderMatrixText } from '../src/report/matrix.js';
import { linuxFullTree, requireTree } from './helpers/linux.js';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'test/fixtures/kernel-builds');

async function kflags(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, env: { NO_COLOR: '1' } });
  return { status, stdout, stderr };
}

describe('the matrix itself', () => {
  const m = buildMatrix('t', 'a.o', [
    { label: 'one', flags: ['-O2', '-x', '-x'] },
    { label: 'two', flags: ['-O2', '-y'] },
  ]);
  it('rows in order of first appearance, cells counting copies', () => {
    expect(m.rows).toEqual([
      { flag: '-O2', cells: [1, 1] },
      { flag: '-x', cells: [2, 0] },
      { flag: '-y', cells: [0, 1] },
    ]);
  });
  it('folds the rows that are the same everywhere unless asked', () => {
    expect(renderMatrixText(m, { color: false })).toBe('kflags matrix  t  a.o\n\nflag  one  two\n-x    2x\n-y         x\n\n1 flags the same in every column not shown (--all shows them)\n');
    expect(renderMatrixMarkdown(m, { all: true })).toContain('| `-O2` | x | x |');
  });
});

describe('kflags matrix on the bundled example', () => {
  it('profiles as columns, before and after the patch', async () => {
    const r = await kflags(['matrix', 'examples/purgatory', '--obj', 'arch/x86/purgatory', '--object', 'purgatory.o', '--profiles', 'clang-thinlto,clang-fulllto', '--patch', 'examples/purgatory/remove-lto-flags.patch', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.columns).toEqual(['clang-thinlto before', 'clang-thinlto after', 'clang-fulllto before', 'clang-fulllto after']);
    const row = (f: string) => doc.rows.find((x: { flag: string }) => x.flag === f)?.cells;
    expect(row('-flto=thin')).toEqual([1, 0, 0, 0]);
    expect(row('-flto')).toEqual([0, 0, 1, 0]);
    expect(row('-fvisibility=hidden')).toEqual([2, 1, 2, 1]);
    expect(row('-fno-lto')).toEqual([1, 1, 1, 1]);
  });
  it('errors', async () => {
    expect((await kflags(['matrix', 'examples/purgatory', '--obj', 'arch/x86/purgatory', '--profiles', 'gcc'])).stderr).toContain('give one --object');
    expect((await kflags(['matrix', 'examples/purgatory', '--obj', 'arch/x86/purgatory', '--object', 'purgatory.o'])).stderr).toContain('give --profiles');
  });
});

describe.skipIf(!requireTree('6.12'))('kflags matrix on the real 6.12 tree', () => {
  it('ThinLTO and full LTO configs, before and after the seed', async () => {
    const seed = path.resolve(root, '../shared/seed/000_d6f8d81484415769.txt');
    const r = await kflags([
      'matrix', '--tree', linuxFullTree('6.12'), '--dir', 'arch/x86/purgatory', '--object', 'purgatory.o',
      '--config', path.join(fixtures, '6.12-clang-thinlto.config'), '--config', path.join(fixtures, '6.12-clang-fulllto.config'),
      'LLVM=1', `O=${path.join(tmpdir(), 'kflags-matrix-objtree')}`, '--patch', seed, '--json',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    const row = (f: string) => doc.rows.find((x: { flag: string }) => x.flag === f)?.cells;
    expect(row('-flto=thin')).toEqual([1, 0, 0, 0]);
    expect(row('-fsplit-lto-unit')).toEqual([1, 0, 0, 0]);
    expect(row('-flto')).toEqual([0, 0, 1, 0]);
    expect(row('-fvisibility=hidden')).toEqual([2, 1, 2, 1]);
  });
});
