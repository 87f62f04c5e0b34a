// A packaged kernel tree (Debian's linux-headers-<release>-amd64): where its
// source tree is, and which directories it spreads over
// (src/kbuild/tree/tree-roots.ts). The real package is tested in
// test/kernel-headers.test.ts; here a layout of our own, in a scratch directory.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagedSourceTree, packagedTreeRoots } from '../src/kbuild/tree/tree-roots.js';

function layout() {
  const base = mkdtempSync(path.join(tmpdir(), 'kflags-tree-roots-'));
  const common = path.join(base, 'headers-common');
  const kbuild = path.join(base, 'kbuild/scripts');
  const arch = path.join(base, 'headers-amd64');
  for (const d of [common, kbuild, arch]) mkdirSync(d, { recursive: true });
  writeFileSync(path.join(common, 'Makefile'), 'VERSION = 6\nPATCHLEVEL = 1\n');
  writeFileSync(path.join(arch, 'Makefile'), `include ${common}/Makefile\n`);
  symlinkSync('../kbuild/scripts', path.join(arch, 'scripts'));
  symlinkSync('../kbuild/scripts', path.join(common, 'scripts'));
  return { base, common, kbuild, arch };
}
const read = (f: string) => {
  try {
    return readFileSync(f, 'utf8');
  } catch {
    return undefined;
  }
};

describe('packagedSourceTree', () => {
  it("a Makefile without VERSION that includes a kernel's top level by absolute path: that tree", () => {
    const { common, arch } = layout();
    expect(packagedSourceTree(arch, read(path.join(arch, 'Makefile'))!, read)).toBe(common);
  });
  it('a source tree itself, or an include of something that is not a top level: none', () => {
    const { base, common } = layout();
    expect(packagedSourceTree(common, read(path.join(common, 'Makefile'))!, read)).toBeUndefined();
    const other = path.join(base, 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'Makefile'), `include ${base}/kbuild/Makefile\n-include /nonexistent/Makefile\n`);
    writeFileSync(path.join(base, 'kbuild/Makefile'), 'X = 1\n');
    expect(packagedSourceTree(other, read(path.join(other, 'Makefile'))!, read)).toBeUndefined();
  });
});

describe('packagedTreeRoots', () => {
  it('the included tree and where the top-level links lead (each once); a plain tree has none', () => {
    const { common, kbuild, arch } = layout();
    expect(packagedTreeRoots(arch, read(path.join(arch, 'Makefile'))!)).toEqual([common, kbuild]);
    writeFileSync(path.join(common, 'plain'), '');
    expect(packagedTreeRoots(path.dirname(kbuild), '')).toEqual([]);
  });
});
