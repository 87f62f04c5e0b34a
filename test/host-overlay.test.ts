// The overlay through which kflags reads a patched tree (src/host/host.ts
// NodeHost): patched texts instead of the disk's, files a patch creates
// (with the directories they need), and ABSENT_FILE for a file that does not
// exist in one state (created: before; deleted: after). make asks through
// it whether files exist, what a directory holds ($(wildcard)), and reads.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ABSENT_FILE, DirectoryListings, NodeHost } from '../src/host/host.js';
import { evaluate } from '../src/index.js';

function tree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kflags-overlay-'));
  mkdirSync(path.join(dir, 'old'));
  writeFileSync(path.join(dir, 'old/Makefile'), 'OLD := yes\n');
  writeFileSync(path.join(dir, 'old/keep.c'), '');
  return dir;
}

for (const listings of [false, true]) {
  describe(`NodeHost's overlay${listings ? ' (with directory listings)' : ''}`, () => {
    it('a created file and its new directories exist; an absent one does not, though on disk', () => {
      const root = tree();
      const host = new NodeHost(
        new Map([
          [path.join(root, 'new/sub/Makefile'), 'NEW := yes\n'],
          [path.join(root, 'old/Makefile'), ABSENT_FILE],
        ]),
        listings ? new DirectoryListings() : undefined,
      );
      expect(host.readFile(path.join(root, 'new/sub/Makefile'))).toBe('NEW := yes\n');
      expect(host.isFile(path.join(root, 'new/sub/Makefile'))).toBe(true);
      expect(host.isDirectory(path.join(root, 'new'))).toBe(true);
      expect(host.isDirectory(path.join(root, 'new/sub'))).toBe(true);
      expect(host.exists(path.join(root, 'new/sub'))).toBe(true);
      expect(host.isDirectory(path.join(root, 'newer'))).toBe(false);
      expect(host.readFile(path.join(root, 'old/Makefile'))).toBeUndefined();
      expect(host.exists(path.join(root, 'old/Makefile'))).toBe(false);
      expect(host.isFile(path.join(root, 'old/Makefile'))).toBe(false);
      expect(host.exists(path.join(root, 'old/keep.c'))).toBe(true);
      expect(host.listDirectory(path.join(root, 'old'))?.sort()).toEqual(['keep.c']);
      expect(host.listDirectory(path.join(root, 'new'))).toEqual(['sub']);
      expect(host.listDirectory(root)?.sort()).toEqual(['new', 'old']);
    });
  });
}

describe('a makefile read through the overlay', () => {
  it("sees created files in $(wildcard) and include, and not an absent one", () => {
    const root = tree();
    const overlay = new Map([
      [path.join(root, 'top.mk'), 'K := $(wildcard new/* old/*)\ninclude new/Kbuild\n-include old/Makefile\n'],
      [path.join(root, 'new/Kbuild'), 'FROM_KBUILD := 1\n'],
      [path.join(root, 'old/Makefile'), ABSENT_FILE],
    ]);
    const ev = evaluate({ cwd: root, host: new NodeHost(overlay), makefiles: ['top.mk'] });
    expect(ev.expand('$(K)')).toBe('new/Kbuild old/keep.c');
    expect(ev.expand('$(FROM_KBUILD)$(OLD)')).toBe('1');
  });
});
