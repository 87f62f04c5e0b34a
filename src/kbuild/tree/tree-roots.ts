// Where a kernel tree's files lie. A source tree is one directory; a
// packaged one is spread by its packaging, and make follows it there:
// Debian's linux-headers-<release>-amd64 (what /lib/modules/<release>/build
// points to, and what `make -C ... M=$PWD` builds external modules against)
// holds the .config, Module.symvers and generated headers, a Makefile that
// only includes /usr/src/linux-headers-<release>-common/Makefile (the
// source tree's makefiles and headers), and links scripts/ and tools/ to
// /usr/lib/linux-kbuild-<version>. Those directories are part of the tree:
// the ones its top-level Makefile includes by absolute path, and those its
// top-level symbolic links lead to (in the tree and in each included one).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The directories beyond `srctree` that the tree's own top level leads to (none for a plain source tree). */
export function packagedTreeRoots(srctree: string, topMakefile: string): string[] {
  const roots: string[] = [];
  const add = (dir: string | undefined) => {
    if (dir !== undefined && dir !== srctree && !roots.includes(dir)) roots.push(dir);
  };
  for (const file of absoluteIncludes(topMakefile)) add(realDirectory(path.dirname(file)));
  for (const dir of [srctree, ...roots]) {
    for (const link of topLevelLinks(dir)) add(realDirectory(link));
  }
  return roots;
}

/** The files a makefile includes by an absolute path with no variable in it (`include /usr/src/linux-headers-6.1.0-50-common/Makefile`). */
function absoluteIncludes(makefile: string): string[] {
  return [...makefile.matchAll(/^[ \t]*-?include[ \t]+(\/[^\s$#]+)[ \t]*(?:#.*)?$/gm)].map((m) => m[1]);
}

function realDirectory(dir: string): string | undefined {
  try {
    const real = fs.realpathSync(dir);
    return fs.statSync(real).isDirectory() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** The symbolic links among a directory's entries (scripts -> ../../lib/linux-kbuild-6.1/scripts). */
function topLevelLinks(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isSymbolicLink())
      .map((e) => path.join(dir, e.name));
  } catch {
    return [];
  }
}

/**
 * The source tree of a packaged build directory: its Makefile sets no
 * VERSION and includes, by absolute path, a kernel's top-level Makefile
 * (Debian's linux-headers-<release>-amd64 includes the -common one). make
 * run there (`make -C DIR M=...`) finds its source tree so, as
 * `abs_srctree`, and builds with DIR as its output directory. Undefined for
 * a source tree itself.
 */
export function packagedSourceTree(dir: string, topMakefile: string, readFile: (file: string) => string | undefined): string | undefined {
  if (/^VERSION\s*=/m.test(topMakefile)) return undefined;
  for (const file of absoluteIncludes(topMakefile).filter((f) => path.basename(f) === 'Makefile')) {
    const source = realDirectory(path.dirname(file));
    if (source !== undefined && source !== dir && /^VERSION\s*=/m.test(readFile(path.join(source, 'Makefile')) ?? '')) return source;
  }
  return undefined;
}
