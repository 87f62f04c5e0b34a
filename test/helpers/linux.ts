// Real kernel trees from Debian's linux-source-6.1 / linux-source-6.12
// packages: the needed paths are extracted once into a cache folder.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const tarball = (version: string): string => `/usr/src/linux-source-${version}.tar.xz`;

export const haveTree = (version: string): boolean => existsSync(tarball(version));

/** Extract `paths` (wildcards allowed, relative to the tree) and return the tree's root. */
export function linuxTree(version: string, paths: string[]): string {
  const top = `linux-source-${version}`;
  const key = createHash('sha256').update(paths.join('\n')).digest('hex').slice(0, 12);
  const cache = join(tmpdir(), `kflags-linux-${version}-${key}`);
  const tree = join(cache, top);
  const marker = join(cache, '.complete');
  if (existsSync(marker)) return tree;
  const partial = join(cache, `.partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  execFileSync('tar', ['-xJf', tarball(version), '-C', partial, '--wildcards', ...paths.map((p) => `${top}/${p}`)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  rmSync(tree, { recursive: true, force: true });
  renameSync(join(partial, top), tree);
  rmSync(partial, { recursive: true, force: true });
  writeFileSync(marker, '');
  return tree;
}

/** Without the tarball: a failure in CI (it must be installed there), a skip locally. */
export function requireTree(version: string): boolean {
  if (haveTree(version)) return true;
  if (process.env.CI) throw new Error(`${tarball(version)} is missing: .ci/run installs linux-source-${version}`);
  return false;
}

/** The whole tree, extracted once into a cache folder (tree mode reads the top level, scripts/, arch/, include/ and the sources). */
export function linuxFullTree(version: string): string {
  return linuxTree(version, ['*']);
}

/** Names Kbuild gives its makefiles. */
export function isMakefileName(name: string): boolean {
  return name === 'Makefile' || name === 'Kbuild' || name.endsWith('.mk') || name.startsWith('Makefile.') || name.startsWith('Kbuild.');
}

/** Every makefile below a directory, in sorted order (links not followed). */
export function findMakefiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    const st = lstatSync(p);
    if (st.isDirectory()) findMakefiles(p, out);
    else if (st.isFile() && isMakefileName(entry)) out.push(p);
  }
  return out;
}
