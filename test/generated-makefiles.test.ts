// Makefiles that build systems generate, read by GNU make 4.3 and by kflags
// (in-process): Automake + Autoconf (`autoreconf -fi && ./configure`) and
// CMake's "Unix Makefiles" generator, on small projects of our own
// (test/generated-makefiles/<project>/). Nothing generated is kept in the
// repository: each project is copied to a temporary directory and generated
// there when the test runs.
//
// For each generated makefile, run where the build runs it (automake: each
// directory's Makefile, as the recursive SUBDIRS make does; CMake: the
// top-level and subdirectory Makefile, CMakeFiles/Makefile2 and each
// target's build.make, which includes its flags.make, depend.make and
// progress.make, with -f from the build directory, as Makefile2's recipes
// do), both must agree on (helpers/real-makefiles.ts, as
// test/debian-makefiles.test.ts does):
//
//  * stdout, stderr and exit status of reading it with the printer that
//    expands every variable the makefiles or the command line define
//    (DEFS, CFLAGS, the am__ variables, C_DEFINES, C_INCLUDES, C_FLAGS, ...);
//  * make -p's "# Variables" entries of those variables;
//  * the recipes of some targets (objects, generated sources): what
//    `make -n TARGET` prints (MAKEFLAGS=n in the environment of both) against
//    each line of the target's recipe (its rule's, or the suffix or pattern
//    rule's that make would use, $< found through VPATH) as kflags expands it
//    in the target's context, printed as make -n prints it.
//
// Skipped, with the reason, where autoreconf or cmake is missing (not in CI:
// .ci/run installs automake, autoconf and cmake).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../src/index.js';
import { haveMake } from './helpers/make.js';
import { entryDifferences, makeEntries, normalize, outsideDatabase, printerText, runKflags, runMake, type Setup } from './helpers/real-makefiles.js';

const PROJECTS = join(import.meta.dirname, 'generated-makefiles');
const ENV = { PATH: '/usr/bin:/bin' };

function tool(name: string, pkg: string): boolean {
  if (spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0) return true;
  if (process.env.CI) throw new Error(`${name} is missing: .ci/run installs ${pkg}`);
  return false;
}
const haveAutotools = tool('autoreconf', 'autoconf') && tool('automake', 'automake') && tool('libtoolize', 'libtool');
const haveCmake = tool('cmake', 'cmake');

const scratch = mkdtempSync(join(tmpdir(), 'kflags-generated-'));
const printer = join(scratch, 'printer.mk');
writeFileSync(printer, printerText());
const goal = join(scratch, 'goal.mk');
writeFileSync(goal, '__kflags_db: ;@:\n');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Run a generator; its output only matters when it fails. */
function run(cwd: string, argv: string[]): void {
  const r = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} (in ${cwd}) failed with status ${r.status}:\n${r.stdout}${r.stderr}`);
}

/** One makefile as the build reads it. */
interface Read {
  /** The directory make runs in, relative to the build directory. */
  dir: string;
  makefile: string;
  args?: string[];
  /** The environment's MAKEFLAGS and MAKELEVEL, as a recursive make gives them to its sub-make. */
  env?: Record<string, string>;
  /** Targets whose recipe `make -n` prints (their prerequisites exist: nothing else is printed). */
  recipes?: string[];
  /** Every target's recipe too (everyRecipe()): at least this many compared. */
  every?: number;
}

/** One generated build: how it is made (returns the build directory), and what is read in it. */
interface Build {
  name: string;
  generate: () => string;
  reads: Read[];
}

/** Automake: one `autoreconf -fi` of the project, shared by the builds (each configures elsewhere). */
function automakeSource(project: string): () => string {
  let source: string | undefined;
  return () => {
    if (source !== undefined) return source;
    source = join(scratch, project, 'src');
    cpSync(join(PROJECTS, project), source, { recursive: true });
    run(source, ['autoreconf', '-fi']);
    return source;
  };
}

const automakeDemo = automakeSource('automake-demo');
const automakeLibtool = automakeSource('automake-libtool');
const cmakeDemo = join(PROJECTS, 'cmake-demo');

/**
 * An Automake build of `source()`: `./configure ARGS` in a copy of the
 * source tree (`vpath` false), or `SOURCE/configure ARGS` in a directory of
 * its own (a VPATH build); then `make TARGETS` (a real build: the .deps
 * files hold gcc's dependencies).
 */
function automakeBuild(name: string, source: () => string, options: { dir: string; vpath: boolean; configure: string[]; make?: string[][]; touch?: string[] }, reads: Read[]): Build {
  return {
    name,
    generate: () => {
      const dir = join(source(), '..', options.dir);
      if (options.vpath) {
        mkdirSync(dir, { recursive: true });
        run(dir, [join(source(), 'configure'), ...options.configure]);
      } else {
        // -p keeps the times: Makefile.in must stay newer than Makefile.am, or make would remake it.
        run(scratch, ['cp', '-pR', source(), dir]);
        run(dir, ['./configure', ...options.configure]);
      }
      for (const goals of options.make ?? []) run(dir, ['make', ...goals]);
      touch(options.vpath ? source() : dir, options.touch);
      return dir;
    },
    reads,
  };
}

/** Sources edited after a build (newer than everything built): make -n has their objects' recipes to print again. */
function touch(dir: string, files: string[] = []): void {
  // Now: later than what the build wrote (a time in the future would make make warn of clock skew).
  const now = new Date();
  for (const f of files) utimesSync(join(dir, f), now, now);
}

const BUILDS: { kind: 'automake' | 'cmake'; available: boolean; builds: Build[] }[] = [
  {
    kind: 'automake',
    available: haveAutotools,
    builds: [
      // ./configure in the source tree: srcdir is '.', no VPATH; the conditional EXTRA false.
      automakeBuild('automake-demo, in the source tree', automakeDemo, { dir: 'in-tree', vpath: false, configure: [] }, [
        { dir: '.', makefile: 'Makefile' },
        { dir: 'lib', makefile: 'Makefile', recipes: ['libdemo_a-greet.o', 'libdemo_a-count.o'] },
        { dir: 'src', makefile: 'Makefile', recipes: ['main.o', 'version.c'] },
        // Silent rules off, and the user's CFLAGS, as `make V=1 CFLAGS=...` gives them to every sub-make.
        { dir: 'src', makefile: 'Makefile', args: ['V=1', 'CFLAGS=-O0 -g3'], recipes: ['main.o'] },
        { dir: 'lib', makefile: 'Makefile', args: ['V=0', 'AM_DEFAULT_VERBOSITY=1'], recipes: ['libdemo_a-count.o'] },
      ]),
      // A VPATH build: ../src/configure from another directory, srcdir '../../src/src', EXTRA true.
      automakeBuild('automake-demo, VPATH build with --enable-extra', automakeDemo, { dir: 'build', vpath: true, configure: ['--enable-extra', 'CFLAGS=-O2 -g', 'CPPFLAGS=-DFROM_CONFIGURE'] }, [
        { dir: '.', makefile: 'Makefile', every: 15 },
        { dir: 'lib', makefile: 'Makefile', recipes: ['libdemo_a-greet.o', 'libdemo_a-count.o'], every: 15 },
        { dir: 'src', makefile: 'Makefile', recipes: ['main.o', 'extra.o', 'version.c'], every: 15 },
      ]),
      // Libtool (.lo objects, LTCOMPILE), a config header, subdir-objects (dirstamps), the parallel test harness, GNU make in Makefile.am.
      automakeBuild('automake-libtool, in the source tree', automakeLibtool, { dir: 'in-tree', vpath: false, configure: [] }, libtoolReads()),
      automakeBuild('automake-libtool, VPATH build --with-level=5 --enable-static', automakeLibtool, { dir: 'build', vpath: true, configure: ['--with-level=5', '--enable-static', '--disable-maintainer-mode'] }, [
        ...libtoolReads(),
        { dir: 'lib', makefile: 'Makefile', recipes: ['util/.dirstamp util/.deps/.dirstamp util/libkflt_la-high.lo'] },
      ]),
      // Built and checked: the .deps files hold gcc's dependency rules, the tests' .log and .trs files exist.
      // Then two sources edited: their objects' recipes again, with gcc's dependencies read.
      automakeBuild('automake-libtool, built and checked', automakeLibtool, { dir: 'built', vpath: false, configure: ['--enable-silent-rules'], make: [[], ['check']], touch: ['lib/core.c', 'tests/level.c'] }, [
        { dir: '.', makefile: 'Makefile' },
        { dir: 'lib', makefile: 'Makefile', recipes: ['libkflt_la-core.lo'] },
        { dir: 'tests', makefile: 'Makefile', recipes: ['level-level.o'] },
        // The sub-makes of `make V=1 CFLAGS='-O0 -g'` (a recursive make passes its command line in MAKEFLAGS).
        { dir: 'lib', makefile: 'Makefile', env: { MAKEFLAGS: 'w -- V=1 CFLAGS=-O0\\ -g', MAKELEVEL: '1' }, recipes: ['libkflt_la-core.lo'] },
        { dir: 'tests', makefile: 'Makefile', env: { MAKEFLAGS: 'w -- V=1 CFLAGS=-O0\\ -g', MAKELEVEL: '1' } },
      ]),
    ],
  },
  {
    kind: 'cmake',
    available: haveCmake,
    builds: [
      cmakeBuild('cmake-demo, Debug, DEMO_EXTRA=ON', { source: 'src', dir: 'debug', options: ['-DCMAKE_BUILD_TYPE=Debug', '-DDEMO_EXTRA=ON'] }, cmakeReads(true)),
      // Blanks in every path: CMake writes `src\ dir` in rules, "src dir" in recipes and flags.
      cmakeBuild('cmake-demo, Release, CMAKE_C_FLAGS, blanks in the paths', { source: 'src dir', dir: 'build dir', options: ['-DCMAKE_BUILD_TYPE=Release', '-DCMAKE_C_FLAGS=-pipe -DFROM_CACHE="a b"'] }, cmakeReads(false)),
      // Built twice: the second build's depend step writes gcc's dependencies into compiler_depend.make.
      // Then a source edited: its objects' recipes again (the rules of compiler_depend.make read).
      cmakeBuild('cmake-demo, built', { source: 'src', dir: 'built', options: ['-DDEMO_EXTRA=ON'], make: [[], []], touch: ['lib/count.c'] }, [
        ...cmakeReads(true).filter((r) => r.recipes === undefined),
        { dir: '.', makefile: 'lib/CMakeFiles/demo.dir/build.make', recipes: ['lib/CMakeFiles/demo.dir/count.c.o'] },
        { dir: '.', makefile: 'lib/CMakeFiles/demo-shared.dir/build.make', recipes: ['lib/CMakeFiles/demo-shared.dir/count.c.o'] },
        { dir: '.', makefile: 'app/CMakeFiles/demo-app.dir/build.make' },
        // The sub-make of Makefile2 (`$(MAKE) $(MAKESILENT) -f .../build.make ...`, MAKESILENT = -s) under `make VERBOSE=1`.
        { dir: '.', makefile: 'lib/CMakeFiles/demo.dir/build.make', env: { MAKEFLAGS: 's -- VERBOSE=1', MAKELEVEL: '2' }, recipes: ['lib/CMakeFiles/demo.dir/count.c.o'] },
      ]),
    ],
  },
];

/** What automake-libtool's makefiles are read as, and the recipes compared: "A B T" is make -n T that makes A and B first. */
function libtoolReads(): Read[] {
  return [
    { dir: '.', makefile: 'Makefile', recipes: ['tools/.dirstamp tools/.deps/.dirstamp tools/ltinfo-ltinfo.o', 'tools/ltinfo.txt'], every: 30 },
    { dir: '.', makefile: 'Makefile', args: ['V=1'], recipes: ['tools/.dirstamp tools/.deps/.dirstamp tools/ltinfo-ltinfo.o'] },
    { dir: 'lib', makefile: 'Makefile', recipes: ['libkflt_la-core.lo', 'util/.dirstamp util/.deps/.dirstamp util/libkflt_la-strings.lo'], every: 20 },
    { dir: 'tests', makefile: 'Makefile', recipes: ['level-level.o', 'version.log'], every: 15 },
  ];
}

/** A CMake build of cmake-demo (copied to SOURCE, a name of the scratch directory), generated in DIR; then `make TARGETS`. */
function cmakeBuild(name: string, options: { source: string; dir: string; options: string[]; make?: string[][]; touch?: string[] }, reads: Read[]): Build {
  return {
    name,
    generate: () => {
      const source = join(scratch, 'cmake-demo', options.source);
      if (!existsSync(source)) cpSync(cmakeDemo, source, { recursive: true });
      const dir = join(scratch, 'cmake-demo', options.dir);
      run(scratch, ['cmake', '-G', 'Unix Makefiles', '-S', source, '-B', dir, ...options.options]);
      for (const goals of options.make ?? []) run(dir, ['make', ...goals]);
      touch(source, options.touch);
      return dir;
    },
    reads,
  };
}

/** What CMake's makefiles are read as: the top-level and subdirectory Makefiles, Makefile2, and each target's build.make from the build directory. */
function cmakeReads(extra: boolean): Read[] {
  const lib = 'lib/CMakeFiles/demo.dir';
  const app = 'app/CMakeFiles/demo-app.dir';
  const objects = 'lib/CMakeFiles/demo-objects.dir';
  const shared = 'lib/CMakeFiles/demo-shared.dir';
  return [
    { dir: '.', makefile: 'Makefile', every: 8 },
    { dir: 'lib', makefile: 'Makefile', every: 8 },
    { dir: 'app', makefile: 'Makefile' },
    { dir: '.', makefile: 'CMakeFiles/Makefile2' },
    // The precompiled header is made first.
    { dir: '.', makefile: `${lib}/build.make`, recipes: [`${lib}/cmake_pch.h.gch ${lib}/greet.c.o`, `${lib}/cmake_pch.h.gch ${lib}/count.c.o`, `${lib}/count.c.i`, `${lib}/greet.c.s`], every: 8 },
    { dir: '.', makefile: `${app}/build.make`, recipes: [`${app}/main.c.o`, 'app/version.c', ...(extra ? [`${app}/extra.c.o`] : [])], every: 8 },
    { dir: '.', makefile: `${objects}/build.make`, recipes: [`${objects}/greet.c.o`], every: 4 },
    { dir: '.', makefile: `${shared}/build.make`, recipes: [`${shared}/count.c.o`], every: 4 },
    // A custom target: its recipe is a rule of a file that is never made.
    { dir: '.', makefile: 'CMakeFiles/notes.dir/build.make', recipes: ['CMakeFiles/notes'], every: 2 },
    // As `make VERBOSE=1` gives it to the sub-makes.
    { dir: '.', makefile: `${lib}/build.make`, args: ['VERBOSE=1'], recipes: [`${lib}/cmake_pch.h.gch ${lib}/count.c.o`] },
  ];
}

/** The recipe make runs for a target: its rule's, or the suffix or pattern rule's that would build it. */
function recipeOf(ev: Evaluation, target: string): string[] {
  const rule = ev.rule(target);
  if (rule !== undefined && (rule.recipe.length > 0 || rule.doubleColon)) return rule.recipe;
  return ev.interpreter.implicitRule(target)?.rule.recipe ?? [];
}

/**
 * What `make -n` prints for a recipe whose lines kflags expanded: each
 * line without its leading blanks and `@`, `-`, `+` (job.c reads them
 * after expansion), nothing for an empty line; a recipe line continued
 * with backslash-newline keeps both, without the one tab (the recipe
 * prefix) that starts the next line in the makefile (job.c).
 */
function dryRun(lines: string[]): string {
  let out = '';
  for (const line of lines) {
    // An expanded line that holds a newline of its own is several commands: not in these makefiles.
    if (/(?<!\\)\n/.test(line)) throw new Error(`recipe line with a newline: ${JSON.stringify(line)}`);
    const command = line.replace(/^[@+\-\s]*/, '');
    if (command !== '') out += command.replaceAll('\\\n\t', '\\\n') + '\n';
  }
  return out;
}

describe.skipIf(!haveMake)('makefiles Automake and CMake generate: GNU make 4.3 and kflags agree', () => {
  for (const { kind, available, builds } of BUILDS) {
    describe.skipIf(!available)(`${kind}${available ? '' : ` (skipped: ${kind === 'cmake' ? 'cmake' : 'autoreconf, automake or libtoolize'} is not installed)`}`, () => {
      for (const build of builds) {
        describe(build.name, () => {
          let top = '';
          beforeAll(() => {
            top = build.generate();
          }, 300_000);
          for (const read of build.reads) {
            const name = `${read.dir === '.' ? '' : `${read.dir}: `}${read.env ? Object.entries(read.env).map(([k, v]) => `${k}='${v}' `).join('') : ''}make -f ${read.makefile}${read.args ? ' ' + read.args.join(' ') : ''}`;
            const setup = (): Setup => ({ cwd: join(top, read.dir), makefile: read.makefile, includeDirs: [], args: read.args ?? [] });
            const env = { ...ENV, ...read.env };
            it(`${name}: reading, values and make -p`, () => {
              expect(existsSync(join(top, read.dir, read.makefile)), `${read.makefile} was generated`).toBe(true);
              compareReading(setup(), name, env);
            }, 120_000);
            if (read.every !== undefined) {
              it(`${name}: every target's recipe (make -n)`, () => {
                compareEveryRecipe(setup(), name, read.every ?? 0, env);
              }, 300_000);
            }
            if (read.recipes !== undefined) {
              it(`${name}: recipes of ${read.recipes.join(' ')} (make -n)`, () => {
                compareRecipes(setup(), name, read.recipes ?? [], env);
              }, 120_000);
            }
          }
        });
      }
    });
  }
});

/** The printer's output, then make -p's entries (as test/debian-makefiles.test.ts compares them). */
function compareReading(s: Setup, name: string, ENV: Record<string, string>): void {
  const make = normalize(runMake(s, printer, '__kflags_print', ENV));
  // Reading a generated makefile is expected to succeed, and to define something.
  expect(make.status, `${name}: make's status (${make.stderr})`).toBe(0);
  expect(make.stdout.split('\n').length).toBeGreaterThan(5);
  const kflags = normalize(runKflags(s, printer, '__kflags_print', ENV));
  expect({ stdout: kflags.stdout, stderr: kflags.stderr, status: kflags.status }, `${name}: expanded values`).toEqual(make);
  const traced = normalize(runKflags(s, printer, '__kflags_print', ENV, true));
  expect({ stdout: traced.stdout, stderr: traced.stderr, status: traced.status }, `${name}: expanded values, with history`).toEqual(make);
  const env = { ...ENV, MAKEFLAGS: `pq${ENV.MAKEFLAGS ?? ''}` };
  const makeDb = runMake(s, goal, '__kflags_db', env);
  const kflagsDb = runKflags(s, goal, '__kflags_db', env);
  expect(normalize(kflagsDb).stderr, `${name}: reading (make -p) stderr`).toBe(normalize(makeDb).stderr);
  const outside = outsideDatabase(makeDb.stdout, kflagsDb);
  expect(outside.kflags, `${name}: reading (make -p) stdout`).toEqual(outside.make);
  const theirs = makeEntries(makeDb.stdout);
  expect(entryDifferences(theirs, kflagsDb.entries).join('\n'), `${name}: make -p entries`).toBe('');
  expect(theirs.size).toBeGreaterThan(5);
}

/** Each target's recipe: make -n TARGET against kflags' expansion in the target's context. */
function compareRecipes(s: Setup, name: string, targets: string[], ENV: Record<string, string>): void {
  // -n joins the flags the environment gives (a sub-make's).
  const env = { ...ENV, MAKEFLAGS: `n${ENV.MAKEFLAGS ?? ''}` };
  for (const chain of targets) {
    // "A B T": make -n T makes A and B first (prerequisites that do not exist), then T.
    const made = chain.split(' ');
    const target = made[made.length - 1];
    const make = normalize(runMake(s, undefined, target, env));
    expect(make.status, `${name}: make -n ${target} (${make.stderr})`).toBe(0);
    expect(make.stdout, `${name}: make -n ${target} prints its recipe`).not.toBe('');
    const kflags = normalize(runKflags(s, undefined, target, env));
    expect({ stderr: kflags.stderr, status: kflags.status }, `${name}: reading for ${target}`).toEqual({ stderr: make.stderr, status: 0 });
    const ev = kflags.evaluation as Evaluation;
    let printed = '';
    for (const t of made) {
      const recipe = recipeOf(ev, t);
      expect(recipe.length, `${name}: ${t} has a recipe`).toBeGreaterThan(0);
      // job.c: every line of a recipe is expanded before the first runs; a prerequisite sees its parent's target-specific variables.
      const parents = t === target ? [] : [target];
      printed += dryRun(recipe.map((line) => ev.expand(line, { target: t, parents, implicit: true })));
    }
    // With history (provenance recorded for every expansion), the same.
    const traced = runKflags(s, undefined, target, env, true).evaluation as Evaluation;
    let tracedPrinted = '';
    for (const t of made) tracedPrinted += dryRun(recipeOf(traced, t).map((line) => traced.expand(line, { target: t, parents: t === target ? [] : [target], implicit: true })));
    expect(tracedPrinted, `${name}: make -n ${target}, with history`).toBe(printed);
    // Under -w, make says where it is before the first command it prints.
    if (kflags.directory !== undefined && printed !== '' && kflags.leaving === '') printed = kflags.directory[0] + printed + kflags.directory[1];
    else printed = kflags.stdout.slice(0, kflags.stdout.length - kflags.leaving.length) + printed + kflags.leaving;
    expect(printed, `${name}: make -n ${target}`).toBe(make.stdout);
  }
}

/**
 * Every target of the makefile that has a recipe (not a special target, not
 * a pattern, not a double-colon target), one make -n each, as
 * compareRecipes() does, except:
 * targets whose recipe make would run under -n (`+`, `$(MAKE)`: recursive
 * makes) and those make has nothing to do for ("is up to date") are left
 * out, and where make first makes prerequisites (`clean` runs the recipes of
 * `clean-am`...), its output must end with the target's own recipe.
 */
function compareEveryRecipe(s: Setup, name: string, least: number, ENV: Record<string, string>): void {
  const env = { ...ENV, MAKEFLAGS: `n${ENV.MAKEFLAGS ?? ''}` };
  const all = runKflags(s, undefined, '__kflags_none', env).evaluation as Evaluation;
  let compared = 0;
  const failures: string[] = [];
  for (const target of all.targets()) {
    if (target.startsWith('.') || target.includes('%')) continue;
    const kflags = runKflags(s, undefined, target, env);
    const ev = kflags.evaluation as Evaluation;
    const recipe = recipeOf(ev, target);
    // A double-colon target has a recipe per rule (make runs each): not one recipe to compare.
    if (ev.rule(target)?.doubleColon === true) continue;
    if (recipe.length === 0 || recipe.some((line) => /^[\s@-]*\+/.test(line) || /\$[({]MAKE[)}]/.test(line))) continue;
    const make = normalize(runMake(s, undefined, target, env));
    if (make.status !== 0 || /is up to date\.|Nothing to be done for/.test(make.stdout)) continue;
    compared++;
    const printed = dryRun(recipe.map((line) => ev.expand(line, { target, implicit: true })));
    const own = kflags.directory === undefined ? make.stdout : make.stdout.slice(kflags.directory[0].length, make.stdout.length - kflags.directory[1].length);
    if (kflags.stderr !== make.stderr || (own !== printed && !(printed !== '' && own.endsWith('\n' + printed)))) {
      failures.push(`make -n ${target}:\n${make.stderr}${own}kflags:\n${kflags.stderr}${printed}`);
    }
  }
  expect(failures.join('\n'), `${name}: every target's recipe`).toBe('');
  expect(compared, `${name}: recipes compared`).toBeGreaterThanOrEqual(least);
}
