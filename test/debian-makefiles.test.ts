// Real makefiles shipped by Debian 12 packages, evaluated by GNU make 4.3 and
// by kflags (in-process) on the same input: dpkg's /usr/share/dpkg/*.mk (they
// run dpkg-architecture, dpkg-buildflags, dpkg-parsechangelog through $(shell))
// and makefiles of the kernel trees' tools/ and scripts/ (linux-source-6.1,
// linux-source-6.12, extracted by the helper the kernel tests share), and make
// libraries other packages install (gnustep-make, cdbs, PGXS, ...: SOURCES),
// most read through drivers of ours (test/debian-makefiles.d). The list is
// test/debian-makefiles.list. For each makefile both must agree on:
//
//  * standard output, standard error and exit status of reading it with a
//    printer makefile that expands every variable the makefile or the command
//    line defined (sorted by name; a variable whose value uses $1...$9 is a
//    function and is not expanded alone);
//  * make -p's "# Variables" entries of those variables (origin, file and
//    line, unexpanded value), against kflags' `eval -p` entries, when make
//    reads the makefile without error (-p -q given to both as MAKEFLAGS in the
//    environment, so that makefiles that test MAKEFLAGS see the same letters).
//
// $(shell) runs on both sides (kflags: allowShell), with PATH=/usr/bin:/bin.
// Both run in a scratch directory that mirrors the makefile's place in its
// tree (so OUTPUT, CURDIR and what $(shell) writes stay in the scratch
// directory); the makefile's own directory is given with -I, so its relative
// includes (../../scripts/Makefile.include) resolve into the tree, and the
// list gives srctree= where the makefile would compute it from CURDIR.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { haveMake } from './helpers/make.js';
import { entryDifferences, makeEntries, normalize, outsideDatabase, printerText, runKflags, runMake, type Setup } from './helpers/real-makefiles.js';
import { linuxFullTree, requireTree } from './helpers/linux.js';

interface Entry {
  line: number;
  source: string;
  makefile: string;
  args: string[];
  /** Not compared with make -p: the makefile runs make in $(shell), which would print its own database (with the time). */
  noDatabase: boolean;
  /** Variables not compared: a documented divergence (the list says which). */
  ignore: string[];
  /** Why the entry is skipped (a divergence left open), or undefined. */
  skip?: string;
  /** A folder of debian-makefiles.d/ whose content the scratch directory starts with (a debian/control). */
  files?: string;
}

// KFLAGS_DEBIAN_LIST: another list (exploring more makefiles than the committed subset).
const LIST = process.env.KFLAGS_DEBIAN_LIST ?? join(import.meta.dirname, 'debian-makefiles.list');

function readList(): Entry[] {
  const entries: Entry[] = [];
  readFileSync(LIST, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const line = text.replace(/#.*$/, '').trim();
      if (line === '') return;
      const [source, makefile, ...rest] = line.split(/\s+/);
      const entry: Entry = { line: i + 1, source, makefile, args: [], noDatabase: false, ignore: [] };
      for (const word of rest) {
        if (word === '--no-db') entry.noDatabase = true;
        else if (word.startsWith('--skip=')) entry.skip = word.slice('--skip='.length).replace(/_/g, ' ');
        else if (word.startsWith('--ignore=')) entry.ignore.push(...word.slice('--ignore='.length).split(','));
        else if (word.startsWith('--files=')) entry.files = word.slice('--files='.length);
        else entry.args.push(word);
      }
      entries.push(entry);
    });
  return entries;
}

/**
 * A package's makefiles where it installs them (`tree`: a linux-source tree,
 * read-only below tools/ and scripts/). Missing, its entries are skipped, but
 * not in CI: .ci/run installs the package.
 */
const installed = (root: string, probe: string, pkg: string) => ({
  root: () => root,
  available: () => {
    if (existsSync(join(root, probe))) return true;
    if (process.env.CI) throw new Error(`${join(root, probe)} is missing: .ci/run installs ${pkg}`);
    return false;
  },
  tree: false,
});
const SOURCES: Record<string, { root: () => string; available: () => boolean; tree: boolean }> = {
  dpkg: installed('/usr/share/dpkg', 'default.mk', 'dpkg-dev'),
  '6.1': { root: () => linuxFullTree('6.1'), available: () => requireTree('6.1'), tree: true },
  '6.12': { root: () => linuxFullTree('6.12'), available: () => requireTree('6.12'), tree: true },
  // Make libraries (test/debian-makefiles.list says which package ships each).
  gnustep: installed('/usr/share/GNUstep/Makefiles', 'common.make', 'gnustep-make'),
  cdbs: installed('/usr/share/cdbs/1', 'rules/buildcore.mk', 'cdbs'),
  quilt: installed('/usr/share/quilt', 'quilt.make', 'quilt'),
  ocamlmakefile: installed('/usr/share/ocamlmakefile', 'OCamlMakefile', 'ocamlmakefile'),
  python3: installed('/usr/lib/python3.11/config-3.11-x86_64-linux-gnu', 'Makefile', 'python3.11-dev'),
  'pkg-kde-tools': installed('/usr/share/pkg-kde-tools', 'makefiles/1/variables.mk', 'pkg-kde-tools'),
  'gnome-pkg-tools': installed('/usr/share/gnome-pkg-tools/1/rules', 'uploaders.mk', 'gnome-pkg-tools'),
  'dh-ocaml': installed('/usr/share/ocaml', 'ocamlvars.mk', 'dh-ocaml'),
  pgxs: installed('/usr/lib/postgresql/15/lib/pgxs/src', 'makefiles/pgxs.mk', 'postgresql-client-15'),
  'dh-lua': installed('/usr/share/dh-lua/make', 'dh-lua.Makefile.single', 'dh-lua'),
};

/** Drivers: our own makefiles that use a library as its users do (MAKEFILE `driver/NAME.mk` in the list). */
const DRIVERS = join(import.meta.dirname, 'debian-makefiles.d');

const ENV = { PATH: '/usr/bin:/bin' };

const scratch = mkdtempSync(join(tmpdir(), 'kflags-debian-'));
const printer = join(scratch, 'printer.mk');
writeFileSync(printer, printerText());
const goal = join(scratch, 'goal.mk');
writeFileSync(goal, '__kflags_db: ;@:\n');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function setup(entry: Entry): Setup {
  const source = SOURCES[entry.source];
  const root = source.root();
  const driver = entry.makefile.startsWith('driver/');
  const makefile = driver ? join(DRIVERS, entry.makefile.slice('driver/'.length)) : join(root, entry.makefile);
  const dir = join(scratch, `${entry.source}-${entry.line}`);
  // The scratch directory stands where the makefile's directory stands in its tree.
  const cwd = source.tree ? join(dir, entry.makefile, '..') : dir;
  // Fresh for every run: what one side's $(shell) wrote (tools' FEATURE-DUMP) must not reach the other.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(cwd, { recursive: true });
  if (!source.tree) {
    // dpkg's pkg-info.mk reads debian/changelog (dpkg-parsechangelog): a package of our own.
    mkdirSync(join(cwd, 'debian'), { recursive: true });
    writeFileSync(join(cwd, 'debian/changelog'), 'kflags-sample (1.2-3) unstable; urgency=medium\n\n  * A sample entry.\n\n -- Kflags Test <test@example.org>  Mon, 01 Jan 2024 00:00:00 +0000\n');
  }
  // Files the makefile reads (a debian/control, patches): --files=NAME copies debian-makefiles.d/NAME/.
  if (entry.files !== undefined) cpSync(join(DRIVERS, entry.files), cwd, { recursive: true });
  const includeDirs = driver ? [root] : [resolve(makefile, '..')];
  return { cwd, makefile, includeDirs, args: entry.args.map((a) => a.replaceAll('@TREE@', root).replaceAll('@CWD@', cwd)) };
}

const entries = readList();

describe.skipIf(!haveMake)('real makefiles of Debian packages: GNU make 4.3 and kflags agree', () => {
  it('has a list', () => {
    expect(entries.length).toBeGreaterThan(10);
  });

  for (const entry of entries) {
    const name = `${entry.source} ${entry.makefile}${entry.args.length > 0 ? ' ' + entry.args.join(' ') : ''}`;
    // A library file another package puts in the source's directory (dh-ocaml's cdbs rules/ocaml.mk) is checked too.
    const source = SOURCES[entry.source];
    const own = (f: string) => existsSync(f) || (process.env.CI ? expect.fail(`${f} is missing: see .ci/run`) : false);
    const available = source.available() && (source.tree || entry.makefile.startsWith('driver/') || own(join(source.root(), entry.makefile)));
    it.skipIf(!available || entry.skip !== undefined)(name, () => {
      const marker = join(scratch, 'marker');
      writeFileSync(marker, '');
      try {
        compare(entry, name);
      } finally {
        // Nothing either side ran may have written into the tree.
        if (SOURCES[entry.source].tree) {
          const root = SOURCES[entry.source].root();
          const written = spawnSync('find', [join(root, 'tools'), join(root, 'scripts'), '-newer', marker], { encoding: 'utf8' }).stdout;
          expect(written, `${name} wrote into the tree`).toBe('');
        }
      }
    }, 120_000);
  }
});

/** Both programs on one makefile: expanded values, then make -p's entries. */
function compare(entry: Entry, name: string): void {
  const s = setup(entry);
  // Every variable, expanded after reading.
  const make = normalize(runMake(s, printer, '__kflags_print', ENV));
  // KFLAGS_DEBIAN_DUMP=DIR: make's output of each entry, to see what an entry covers.
  if (process.env.KFLAGS_DEBIAN_DUMP) writeFileSync(join(process.env.KFLAGS_DEBIAN_DUMP, `${entry.line}.txt`), `${name}\nstatus ${make.status}\n${make.stderr}\n${make.stdout}`);
  const kflags = runKflags(setup(entry), printer, '__kflags_print', ENV);
  const printed = normalize(kflags);
  expect({ stdout: printed.stdout, stderr: printed.stderr, status: printed.status }, `${name}: expanded values`).toEqual(make);
  // With history (provenance recorded for every expansion), the same.
  const traced = normalize(runKflags(setup(entry), printer, '__kflags_print', ENV, true));
  expect({ stdout: traced.stdout, stderr: traced.stderr, status: traced.status }, `${name}: expanded values, with history`).toEqual(make);
  if (entry.noDatabase || make.status !== 0) return;
  // The database: unexpanded values, origins and locations.
  const env = { ...ENV, MAKEFLAGS: 'pq' };
  const makeDb = runMake(setup(entry), goal, '__kflags_db', env);
  const kflagsDb = runKflags(setup(entry), goal, '__kflags_db', env);
  expect(normalize(kflagsDb).stderr, `${name}: reading (make -p) stderr`).toBe(normalize(makeDb).stderr);
  const outside = outsideDatabase(makeDb.stdout, kflagsDb);
  expect(outside.kflags, `${name}: reading (make -p) stdout`).toEqual(outside.make);
  const theirs = makeEntries(makeDb.stdout);
  const failures = entryDifferences(theirs, kflagsDb.entries, entry.ignore);
  expect(failures.join('\n'), `${name}: make -p entries`).toBe('');
  expect(theirs.size).toBeGreaterThan(0);
}
