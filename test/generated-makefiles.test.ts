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
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeBuilds, run, scratchDirectory, tool, touch, type Build, type Kind, type Read } from './helpers/generated-makefiles.js';

const PROJECTS = join(import.meta.dirname, 'generated-makefiles');
const haveAutotools = tool(['autoreconf', '--version'], 'autoconf') && tool(['automake', '--version'], 'automake') && tool(['libtoolize', '--version'], 'libtool');
const haveCmake = tool(['cmake', '--version'], 'cmake');

const SCRATCH = scratchDirectory('kflags-generated-');
const scratch = SCRATCH.dir;

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

const BUILDS: Kind[] = [
  {
    kind: 'automake',
    available: haveAutotools,
    missing: 'autoreconf, automake or libtoolize',
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
    missing: 'cmake',
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

describeBuilds('makefiles Automake and CMake generate: GNU make 4.3 and kflags agree', SCRATCH, BUILDS);
