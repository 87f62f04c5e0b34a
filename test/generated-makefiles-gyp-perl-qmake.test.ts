// Makefiles that three more generators write, read by GNU make 4.3 and by
// kflags (in-process), as test/generated-makefiles.test.ts does for
// Automake and CMake (the comparisons are test/helpers/generated-makefiles.ts):
//
//  * gyp's make generator (`gyp --format=make`, Debian package gyp): one
//    Makefile that includes a NAME.target.mk (or NAME.host.mk) per target
//    and, once built, the .d files its recipes write; define/eval/call,
//    order-only prerequisites, $(abspath), target-specific variables, quoting
//    helpers, and recipes that are one `$(call do_cmd,...)` expanding to
//    several lines, or to none when the command line recorded in the .d file
//    is the same (project test/generated-makefiles/gyp-demo);
//  * Perl's ExtUtils::MakeMaker (`perl Makefile.PL`): a Makefile of plain
//    assignments and many double-colon rules, with an XS part compiled by the
//    suffix rules when a C compiler is there (makemaker-demo);
//  * qmake (Qt 5's, Debian package qt5-qmake, no Qt library needed): a
//    subdirs Makefile running a sub-make per directory, a static library and
//    a program with an extra compiler and an extra target (qmake-demo).
//
// Each project of ours is copied to a temporary directory and generated there
// when the test runs; nothing generated is kept in the repository. Compared
// for each makefile, where the build reads it: the printer's output, errors
// and status, make -p's variable entries, the recipes of some targets and of
// every target (make -n).
//
// Skipped, with the reason, where a generator is missing (not in CI: .ci/run
// installs gyp, perl and qt5-qmake, and the test fails there without them).
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeBuilds, run, scratchDirectory, tool, touch, type Build, type Kind, type Read } from './helpers/generated-makefiles.js';

const PROJECTS = join(import.meta.dirname, 'generated-makefiles');
/** Debian's qmake of Qt 5 (qt5-qmake), called by its path: /usr/bin/qmake is qtchooser's, which needs a default. */
const QMAKE = '/usr/lib/qt5/bin/qmake';

const haveGyp = tool(['gyp', '--help'], 'gyp');
const havePerl = tool(['perl', '-MExtUtils::MakeMaker', '-e', '1'], 'perl');
// The XS part of makemaker-demo: only written into the Makefile (nothing is compiled unless built).
const haveCc = tool(['cc', '--version'], 'gcc');
const haveQmake = tool([QMAKE, '-v'], 'qt5-qmake');

const SCRATCH = scratchDirectory('kflags-generated-2-');
const scratch = SCRATCH.dir;

/** A copy of PROJECT in the scratch directory, as SOURCE (once). */
function copy(project: string, source: string): string {
  const dir = join(scratch, project, source);
  cpSync(join(PROJECTS, project), dir, { recursive: true });
  return dir;
}

/**
 * A gyp build: the project copied to DIR/src, `gyp --format=make` there
 * with ARGS (--generator-output=../build: the makefiles in DIR/build), then
 * `make GOALS...`; the build directory is where the Makefile is.
 */
function gypBuild(name: string, options: { dir: string; gyp: string[]; out?: string; make?: string[][]; touch?: string[] }, reads: Read[]): Build {
  return {
    name,
    generate: () => {
      const source = copy('gyp-demo', join(options.dir, 'src'));
      run(source, ['gyp', '--format=make', '--depth=.', ...options.gyp, 'demo.gyp']);
      const dir = options.out === undefined ? source : join(source, options.out);
      for (const goals of options.make ?? []) run(dir, ['make', ...goals]);
      touch(source, options.touch);
      return dir;
    },
    reads,
  };
}

/**
 * What gyp's Makefile is read as: the one makefile (it includes the others).
 * Recipes compared one by one: objects of each toolset, made first by make
 * -n of what links them ("A B T", as in compareRecipes()); every target's
 * (actions, rules, copies, links, whose order-only prerequisites make makes
 * first) by compareEveryRecipe().
 */
function gypReads(extra: boolean): Read[] {
  const config = 'Debug';
  const obj = `out/${config}/obj.target`;
  const host = `out/${config}/obj.host`;
  // make -R: no CC, CXX, AR of make's own (gyp's `CC.target ?= $(CC)` is empty): as the user's environment gives them.
  const tools = { CC: 'cc', CXX: 'g++', AR: 'ar' };
  return [
    {
      dir: '.',
      makefile: 'Makefile',
      recipes: [`${obj}/demo/lib/greet.o`, `${obj}/demo/lib/table.o`, `${obj}/demo_shared/lib/count.o`, `${host}/gen-table/tools/gen-table.o`, `${host}/gen-table/tools/gen-table.o out/${config}/gen-table`],
      every: 14,
    },
    { dir: '.', makefile: 'Makefile', env: tools, recipes: [`${obj}/demo/lib/count.o`, ...(extra ? [] : [`${obj}/demo/lib/greet.o ${obj}/demo/lib/count.o ${obj}/demo/lib/table.o ${obj}/libdemo.a`])], every: 14 },
    // BUILDTYPE and V as the command line gives them (`make V=1 BUILDTYPE=Release`).
    { dir: '.', makefile: 'Makefile', env: tools, args: ['V=1', 'BUILDTYPE=Release'], every: 14 },
    { dir: '.', makefile: 'Makefile', env: tools, args: ['CC=gcc -std=gnu99', 'CFLAGS=-O1 -g3', 'builddir=elsewhere'], recipes: ['elsewhere/obj.target/demo/lib/count.o', 'elsewhere/obj.host/gen-table/tools/gen-table.o'] },
    // A build directory whose name holds a blank, which gyp's makefiles do not support: its pattern
    // rules' targets `$(obj).$(TOOLSET)/%.o` are two words, a file `out` and one named with `%`
    // (make's deprecated syntax, its messages among the overriding-recipe warnings); no object has a rule.
    { dir: '.', makefile: 'Makefile', env: tools, args: ['builddir=out dir/Debug'], every: 2 },
    // NO_LOAD: the target makefiles it names are not included (gyp's foreach/findstring/join test).
    { dir: '.', makefile: 'Makefile', env: tools, args: ['NO_LOAD=demo-app gen-table'], every: 6 },
  ];
}

/** ExtUtils::MakeMaker: `perl Makefile.PL ARGS` in a copy of makemaker-demo (ENV: KFLAGS_DEMO_XS=0 leaves the XS part out), then `make GOALS...`. */
function makemakerBuild(name: string, options: { dir: string; args: string[]; env?: Record<string, string>; make?: string[][]; touch?: string[] }, reads: Read[]): Build {
  return {
    name,
    generate: () => {
      const dir = copy('makemaker-demo', options.dir);
      run(dir, ['perl', 'Makefile.PL', ...options.args], { PERL_MM_USE_DEFAULT: '1', ...options.env });
      for (const goals of options.make ?? []) run(dir, ['make', ...goals]);
      touch(dir, options.touch);
      return dir;
    },
    reads,
  };
}

/** qmake: the project copied to DIR/SOURCE, `qmake -r ARGS` (every directory's Makefile) in DIR/BUILD (a shadow build) or in the source itself, then `make GOALS...`, then TOUCH edited. */
function qmakeBuild(name: string, options: { dir: string; source: string; build?: string; args: string[]; make?: string[][]; touch?: string[] }, reads: Read[]): Build {
  return {
    name,
    generate: () => {
      const source = copy('qmake-demo', join(options.dir, options.source));
      const dir = options.build === undefined ? source : join(scratch, 'qmake-demo', options.dir, options.build);
      mkdirSync(dir, { recursive: true });
      run(dir, [QMAKE, '-r', join(source, 'qmake-demo.pro'), ...options.args]);
      for (const goals of options.make ?? []) run(dir, ['make', ...goals]);
      touch(source, options.touch);
      return dir;
    },
    reads,
  };
}

/** What qmake's makefiles are read as: the subdirs Makefile, then each directory's as its `cd DIR && $(MAKE) -f Makefile` runs it. */
function qmakeReads(): Read[] {
  const sub = { MAKEFLAGS: 'w', MAKELEVEL: '1' };
  return [
    { dir: '.', makefile: 'Makefile' },
    { dir: 'lib', makefile: 'Makefile', env: sub, recipes: ['greet.o', 'count.o'], every: 7 },
    { dir: 'app', makefile: 'Makefile', env: sub, recipes: ['main.o', 'version.c', 'notes.txt'], every: 7 },
    { dir: 'lib', makefile: 'Makefile', args: ['CC=gcc -std=gnu99', 'DEFINES=-DFROM_COMMAND_LINE'], recipes: ['greet.o'] },
  ];
}

const KINDS: Kind[] = [
  {
    kind: 'gyp',
    available: haveGyp,
    missing: 'gyp',
    builds: [
      // The makefiles next to demo.gyp; the default configuration is Debug.
      gypBuild('gyp-demo, in the source tree', { dir: 'in-tree', gyp: [] }, gypReads(false)),
      // --generator-output: the makefiles in another directory (srcdir := ../src), options set with -D.
      gypBuild('gyp-demo, generator output elsewhere, -Ddemo_extra=1 -Ddemo_level=5', { dir: 'elsewhere', gyp: ['--generator-output=../build', '-Ddemo_extra=1', '-Ddemo_level=5'], out: '../build' }, gypReads(true)),
      // Built: the .d files hold each command line (cmd_...) and gcc's dependencies, and do_cmd compares them.
      // Then a source edited: its object's recipe again, the others' empty.
      // Not every target's recipe: kflags' $? is every prerequisite (a clean build; timestamps are the
      // build phase's), make's those newer than the target, and do_cmd prints nothing when gyp's
      // prereq_changed ($?) and command_changed are both empty (test/differential/README.md).
      gypBuild('gyp-demo, built', { dir: 'built', gyp: [], make: [['CC=cc', 'CXX=g++', 'AR=ar']], touch: ['lib/count.c'] }, [
        { dir: '.', makefile: 'Makefile', env: { CC: 'cc', CXX: 'g++', AR: 'ar' }, recipes: ['out/Debug/obj.target/demo/lib/count.o'] },
        // Another command line than the build's: the command changed.
        { dir: '.', makefile: 'Makefile', env: { CC: 'cc', CXX: 'g++', AR: 'ar' }, args: ['CFLAGS=-O3'], recipes: ['out/Debug/obj.target/demo/lib/greet.o'] },
        // No CC: every compile's command changed.
        { dir: '.', makefile: 'Makefile', recipes: ['out/Debug/obj.target/demo_shared/lib/greet.o'] },
      ]),
    ],
  },
  {
    kind: 'ExtUtils::MakeMaker',
    available: havePerl,
    missing: 'perl (with ExtUtils::MakeMaker)',
    builds: [
      ...(haveCc
        ? [
            // The XS part: xsubpp's .xs -> .c, the .c -> .o suffix rules, the dynamic library.
            makemakerBuild('makemaker-demo, with XS', { dir: 'xs', args: [] }, [
              { dir: '.', makefile: 'Makefile', recipes: ['Demo.c', 'Demo.o', 'level.o', 'demo.tmp'], every: 70 },
              { dir: '.', makefile: 'Makefile', args: ['OPTIMIZE=-O0 -g', 'TEST_VERBOSE=1', 'NOECHO='], recipes: ['level.o'], every: 70 },
            ]),
            // Built and tested: blib/ exists, pm_to_blib and the .exists files are there.
            makemakerBuild('makemaker-demo, with XS, built', { dir: 'xs-built', args: [], make: [[], ['test']], touch: ['level.c'] }, [
              { dir: '.', makefile: 'Makefile', recipes: ['level.o'], every: 60 },
            ]),
          ]
        : []),
      // Pure Perl, as Debian's packages configure it (INSTALLDIRS=vendor).
      makemakerBuild('makemaker-demo, pure Perl, INSTALLDIRS=vendor', { dir: 'pure', args: ['INSTALLDIRS=vendor'], env: { KFLAGS_DEMO_XS: '0' } }, [
        { dir: '.', makefile: 'Makefile', every: 65 },
        { dir: '.', makefile: 'Makefile', args: ['DESTDIR=/tmp/kflags-destdir', 'PREFIX=/opt/demo'], every: 65 },
      ]),
    ],
  },
  {
    kind: 'qmake',
    available: haveQmake,
    missing: `qmake (${QMAKE})`,
    builds: [
      // A shadow build in a directory whose name holds a blank, a debug build, the extra source.
      qmakeBuild('qmake-demo, shadow build, CONFIG+=debug DEMO_EXTRA=1', { dir: 'shadow', source: 'src', build: 'build dir', args: ['CONFIG+=debug', 'DEMO_EXTRA=1'] }, [
        ...qmakeReads(),
        { dir: 'lib', makefile: 'Makefile', env: { MAKEFLAGS: 'w', MAKELEVEL: '1' }, recipes: ['extra.o'] },
      ]),
      // In the source tree, release.
      qmakeBuild('qmake-demo, in the source tree', { dir: 'in-tree', source: 'src', args: [] }, qmakeReads()),
      // Built, then a source edited: its object's recipe again (and the library's, the program's after it).
      qmakeBuild('qmake-demo, built', { dir: 'built', source: 'src', build: 'build', args: [], make: [[]], touch: ['lib/greet.c'] }, [
        { dir: '.', makefile: 'Makefile' },
        { dir: 'lib', makefile: 'Makefile', env: { MAKEFLAGS: 'w', MAKELEVEL: '1' }, recipes: ['greet.o', 'greet.o libdemo.a'], every: 5 },
        { dir: 'app', makefile: 'Makefile', env: { MAKEFLAGS: 'w', MAKELEVEL: '1' }, every: 5 },
      ]),
    ],
  },
];

describeBuilds('makefiles gyp, ExtUtils::MakeMaker and qmake generate: GNU make 4.3 and kflags agree', SCRATCH, KINDS);
