// Tree mode against real builds: test/fixtures/kernel-builds holds the
// compile command of every object of real Kbuild builds of Debian's 6.1 and
// 6.12 trees (scripts/kernel-truth/build.sh made them, from each object's
// .cmd file). kflags evaluates the same tree with the same .config and make
// arguments, without building, and must predict every command word for
// word: with the compiler model, and with the probes run for real where the
// fixture's compiler is installed. The "before" fixtures are the seed patch
// reversed in memory (both trees carry it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { treePair, evaluateTreeRequest, scanRequest, type TreeSide } from '../src/compare/tree.js';
import { shellWords } from '../src/kbuild/tree/shell-words.js';
import { runsBuildProgram } from '../src/kbuild/tree/probes.js';
import { linuxFullTree, requireTree } from './helpers/linux.js';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'test/fixtures/kernel-builds');
const seed = path.resolve(root, '../shared/seed/000_d6f8d81484415769.txt');

interface Fixture {
  file: string;
  tree: string;
  config: string;
  state: 'before' | 'after';
  makeArgs: string[];
  dotconfig: string;
  dirs: string[];
  compiler: string;
  objects: { object: string; source: string; command: string }[];
}

const all: Fixture[] = readdirSync(fixtures)
  .filter((f) => f.endsWith('.json') && !f.includes('compile_commands') && !/-(extmod|ccache)\.json$/.test(f))
  .sort()
  .map((f) => ({ file: f, ...JSON.parse(readFileSync(path.join(fixtures, f), 'utf8')) }));

/** The .cmd text of a prediction, with this machine's tree path written as the fixture writes it. */
function predicted(side: TreeSide): Map<string, string> {
  const src = side.evaluation.srctree;
  return new Map(side.evaluation.objects.map((o) => [o.object, o.savedCommand.split(src).join('@SRCTREE@')]));
}

function expectSame(fixture: Fixture, dir: string, side: TreeSide): void {
  const mine = predicted(side);
  const recorded = fixture.objects.filter((o) => o.object.startsWith(`${dir}/`) && !o.object.slice(dir.length + 1).includes('/'));
  expect(recorded.length, `${fixture.file} records objects of ${dir}`).toBeGreaterThan(0);
  expect([...mine.keys()].sort(), `${fixture.file} ${dir}: objects`).toEqual(recorded.map((o) => o.object).sort());
  for (const o of recorded) {
    const m = mine.get(o.object)!;
    // Word for word first (a readable failure), then the whole text.
    expect(shellWords(m).commands, `${fixture.file} ${o.object}`).toEqual(shellWords(o.command).commands);
    expect(m.trimEnd(), `${fixture.file} ${o.object}`).toBe(o.command.trimEnd());
  }
  // The compiler's words are the command's up to -o, after the compiler's name.
  for (const obj of side.evaluation.objects) {
    const words = shellWords(obj.command).commands[0];
    expect(obj.flags).toEqual(words.slice(1, words.indexOf('-o')));
  }
}

function compilerInstalled(versionLine: string): boolean {
  const cc = /clang/.test(versionLine) ? 'clang' : 'gcc';
  const r = spawnSync(cc, ['--version'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.split('\n')[0].trim() === versionLine.trim();
}

const objtree = (f: Fixture) => path.join(tmpdir(), `kflags-test-objtree-${f.tree}-${f.config}`);

for (const version of ['6.1', '6.12']) {
  describe.skipIf(!requireTree(version))(`tree mode predicts the real builds of linux-source-${version}`, () => {
    const fixturesHere = all.filter((f) => f.tree === version);
    const afterOnes = fixturesHere.filter((f) => f.state === 'after');
    for (const after of afterOnes) {
      const before = fixturesHere.find((f) => f.file === after.file.replace(/-after\.json$/, '-before.json') && f.file !== after.file);
      const name = after.file.replace(/-after\.json$/, '').replace(/\.json$/, '');
      for (const shell of [false, true]) {
        it.skipIf(shell && !compilerInstalled(after.compiler))(`${name}: every object${before ? ', before and after the seed patch' : ''}, probes ${shell ? 'run for real' : 'from the model'}`, () => {
          const tree = linuxFullTree(version);
          const request = {
            trees: [tree],
            configs: [path.join(fixtures, after.dotconfig)],
            commandLine: [...after.makeArgs, `O=${objtree(after)}`],
            allowShell: shell,
          };
          if (before === undefined) {
            // A sample of directories and everything they descend into, as `make DIR/` builds them.
            const { sides } = scanRequest({ ...request, dirs: after.dirs });
            const scan = sides[0].scan;
            expect(scan.errors).toEqual([]);
            const src = scan.top.srctree;
            const mine = new Map(scan.directories.flatMap((d) => d.objects).map((o) => [o.object, o.savedCommand.split(src).join('@SRCTREE@')]));
            expect([...mine.keys()].sort(), `${after.file}: objects`).toEqual(after.objects.map((o) => o.object).sort());
            for (const o of after.objects) expect(mine.get(o.object)!.trimEnd(), `${after.file} ${o.object}`).toBe(o.command.trimEnd());
            if (!shell) {
              const unknown = scan.probes.filter((p) => p.source === 'unknown');
              expect(unknown.map((p) => p.subject), 'probes the model cannot answer').toEqual([]);
            }
            return;
          }
          for (const dir of after.dirs) {
            if (before.dirs.includes(dir)) {
              const pair = treePair({ ...request, dir, patch: seed });
              expect(pair.patch?.mode).toBe('already-applied');
              expectSame(after, dir, pair.after);
              expectSame(before, dir, pair.before);
            } else {
              expectSame(after, dir, evaluateTreeRequest({ ...request, dir }));
            }
            if (!shell) {
              const side = evaluateTreeRequest({ ...request, dir });
              const unknown = side.evaluation.probes.filter((p) => p.source === 'unknown');
              expect(unknown.map((p) => p.subject), 'probes the model cannot answer').toEqual([]);
            }
          }
        }, 600_000);
      }
    }
  });
}

// Parts of builds made in ways the whole-build dry runs below do not use
// (scripts/kernel-truth/partial-dry-run.sh, in their prepared build
// directories): test/fixtures/kernel-builds/*-extmod.json, an external module
// (make O=B M=DIR -n) of our own, test/fixtures/extmod/hello, written as most
// are (a Makefile whose Kbuild part is under `ifneq ($(KERNELRELEASE),)`;
// objects in a subdirectory, ccflags-remove-y, CFLAGS_REMOVE_, an assembler
// object, two modules), its path written @EXTMOD@; *-ccache.json, a compiler
// launcher (CC="ccache gcc", LLVM=1 CC="ccache clang") for init/ and the
// purgatory, whose probes the model answers as the compiler's own.
const extmodDir = path.join(root, 'test/fixtures/extmod/hello');
for (const file of readdirSync(fixtures).filter((f) => /-(extmod|ccache)\.json$/.test(f)).sort()) {
  const version = file.startsWith('6.12-') ? '6.12' : '6.1';
  const extmod = file.endsWith('-extmod.json');
  describe.skipIf(!requireTree(version))(`${extmod ? 'an external module (M=)' : 'a compiler launcher (CC="ccache ...")'} of the ${version} tree as make -n compiles it`, () => {
    const doc = JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')) as DryRun;
    // M=DIR/ too: the top level strips the slash with $(shell dirname DIR/.), which kflags answers.
    for (const m of extmod ? [extmodDir, `${extmodDir}/`] : [undefined]) {
      it(`${file}${m === undefined ? '' : m.endsWith('/') ? ', M=DIR/' : ', M=DIR'}`, () => {
        const { sides } = scanRequest({
          trees: [linuxFullTree(version)],
          configs: [path.join(fixtures, `${doc.config}.config`)],
          commandLine: [...doc.makeArgs, ...(m === undefined ? [] : [`M=${m}`]), `O=${path.join(tmpdir(), `kflags-test-partial-${doc.config}`)}`],
          ...(m === undefined ? { dirs: ['init', 'arch/x86/purgatory'] } : {}),
        });
        const scan = sides[0].scan;
        expect(scan.errors).toEqual([]);
        const src = scan.top.srctree;
        const objects = scan.directories.flatMap((d) => d.objects);
        const mine = new Map(objects.map((o) => [o.object.split(extmodDir).join('@EXTMOD@'), o.savedCommand.split(src).join('@SRCTREE@').split(extmodDir).join('@EXTMOD@').trimEnd()]));
        // `make init/ arch/x86/purgatory/` also remakes prepare's host programs (scripts/mod: their CC changed): a scan of directories does not.
        const recorded = doc.objects.filter((o) => m !== undefined || /^(init|arch\/x86\/purgatory)\//.test(o.object));
        expect(recorded.length).toBeGreaterThan(4);
        expect([...mine.keys()].sort()).toEqual(recorded.map((o) => o.object).sort());
        for (const o of recorded) expect(mine.get(o.object), o.object).toBe(o.command.trimEnd());
        expect(scan.probes.filter((p) => p.source === 'unknown').map((p) => p.command)).toEqual([]);
        // The compiler's words start after the launcher and the compiler.
        for (const o of objects) expect(o.flags[0], o.object).toMatch(/^-/);
      }, 120_000);
    }
  });
}

// Every level of extra warnings (W=123) for a few directories
// (scripts/kernel-truth/partial-dry-run.sh w123): W=2 and W=3 add flags
// through probes that no whole build asks (gcc's -Wlogical-op, clang's
// answer to gcc-only warnings), which the models must answer as the
// compilers did.
for (const file of readdirSync(fixtures).filter((f) => f.endsWith('-w123.json.gz')).sort()) {
  const version = file.startsWith('6.12-') ? '6.12' : '6.1';
  describe.skipIf(!requireTree(version))(`extra warnings (W=123) on the ${version} tree as make -n compiles them`, () => {
    const doc = JSON.parse(gunzipSync(readFileSync(path.join(fixtures, file))).toString('utf8')) as DryRun & { dirs: string[] };
    it(`${file}: ${doc.dirs.join(' ')}`, () => {
      const { sides } = scanRequest({
        trees: [linuxFullTree(version)],
        configs: [path.join(fixtures, `${doc.config}.config`)],
        commandLine: [...doc.makeArgs, `O=${path.join(tmpdir(), `kflags-test-w123-${doc.config}`)}`],
        dirs: doc.dirs,
      });
      const scan = sides[0].scan;
      expect(scan.errors).toEqual([]);
      expect(scan.probes.filter((p) => p.source === 'unknown').map((p) => p.command)).toEqual([]);
      const src = scan.top.srctree;
      const mine = new Map(scan.directories.flatMap((d) => d.objects).map((o) => [o.object, o.savedCommand.split(src).join('@SRCTREE@').trimEnd()]));
      // make -n of these goals also remakes what prepare built with KBUILD_CFLAGS (asm-offsets): a scan of directories does not.
      const recorded = doc.objects.filter((o) => doc.dirs.some((d) => o.object.startsWith(`${d}/`)));
      expect(recorded.length).toBeGreaterThan(100);
      expect([...mine.keys()].sort()).toEqual(recorded.map((o) => o.object).sort());
      for (const o of recorded) expect(mine.get(o.object), o.object).toBe(o.command.trimEnd());
    }, 120_000);
  });
}

// Debian's own kernel configuration (package linux-config-VERSION:
// config.amd64_none_amd64.xz, made for Debian's build with
// x86_64-linux-gnu-gcc-12) given as it is, so that Kconfig brings it to this
// compiler first, as make's syncconfig did before `make -n -k` of ten
// directories recorded the commands (scripts/kernel-truth/debian-config.sh:
// *-debian-amd64.partial.json.gz). The configuration is read from the
// package (CI installs it), not kept here.
// *-debian-amd64-cross.partial.json.gz: the same, built as Debian builds its
// own (CROSS_COMPILE=x86_64-linux-gnu- CC=x86_64-linux-gnu-gcc-12, the
// compiler the configuration names: Kconfig keeps it as it is), whose probes
// the gcc-12 model answers under the machine's own triplet.
// *-debian-amd64-llvm.partial.json.gz: the same built with LLVM=1 (Kconfig redoes 64 options).
for (const file of readdirSync(fixtures).filter((f) => /-debian-amd64(-cross|-llvm)?\.partial\.json\.gz$/.test(f)).sort()) {
  const version = file.startsWith('6.12-') ? '6.12' : '6.1';
  const doc = JSON.parse(gunzipSync(readFileSync(path.join(fixtures, file))).toString('utf8')) as DryRun & { dirs: string[] };
  const installed = existsSync(doc.config);
  if (!installed && process.env.CI) throw new Error(`${doc.config} is missing: .ci/run installs linux-config-${version}`);
  describe.skipIf(!requireTree(version) || !installed)(`Debian's amd64 kernel configuration on the ${version} tree, as make -n compiles it`, () => {
    it(`${file}: ${doc.dirs.join(' ')}`, () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'kflags-debian-config-'));
      try {
        const config = path.join(dir, 'config.amd64_none_amd64');
        writeFileSync(config, spawnSync('xz', ['-dc', doc.config], { maxBuffer: 1 << 26 }).stdout);
        const warnings: string[] = [];
        const { sides } = scanRequest({
          trees: [linuxFullTree(version)],
          configs: [config],
          commandLine: [...doc.makeArgs, `O=${path.join(dir, 'build')}`],
          dirs: doc.dirs,
          onWarning: (t: string) => warnings.push(t),
        });
        const scan = sides[0].scan;
        expect(scan.errors).toEqual([]);
        // Made for x86_64-linux-gnu-gcc-12: with plain gcc or clang, syncconfig (and kflags' Kconfig) redo the compiler's options.
        if (doc.makeArgs.length === 0) expect(warnings.join('')).toMatch(/make's syncconfig changes \d+ options before building \(CONFIG_CC_VERSION_TEXT="gcc \(Debian/);
        else if (doc.makeArgs.includes('LLVM=1')) expect(warnings.join('')).toMatch(/make's syncconfig changes \d+ options before building \(CONFIG_CC_VERSION_TEXT="Debian clang version 14/);
        // (6.1's was made with gcc-12, 6.12's with x86_64-linux-gnu-gcc-12: a note for one, nothing for the other.)
        else {
          const notes = warnings.filter((w) => w.includes("make's syncconfig changes"));
          expect(warnings.filter((w) => !notes.includes(w))).toEqual([]);
          expect(notes.length).toBe(version === '6.1' ? 1 : 0);
        }
        expect(scan.probes.filter((p) => p.source === 'unknown').map((p) => p.command)).toEqual([]);
        const src = scan.top.srctree;
        const mine = new Map(scan.directories.flatMap((d) => d.objects).map((o) => [o.object, o.savedCommand.split(src).join('@SRCTREE@').trimEnd()]));
        // `make -n DIR/...` remakes prepare's host programs too (scripts/mod, genksyms): a scan of directories does not.
        const recorded = doc.objects.filter((o) => doc.dirs.some((d) => o.object.startsWith(`${d}/`)));
        expect([...mine.keys()].sort()).toEqual(recorded.map((o) => o.object).sort());
        for (const o of recorded) expect(mine.get(o.object), o.object).toBe(o.command.trimEnd());
        expect(recorded.length).toBeGreaterThan(900);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 300_000);
  });
}

// The whole build: test/fixtures/kernel-builds/*.dry-run.json.gz holds every
// object's command as GNU make expands it for `make -n -k` of the whole
// build, prepare's compiles and the boot image's included
// (scripts/kernel-truth/dry-run.sh): 6.12 with defconfig for gcc, for
// ThinLTO, full LTO, gcc and ThinLTO with W=1, tinyconfig (32-bit) and allmodconfig
// (24,000 objects), CC=clang with GNU binutils, arm64 with the cross gcc
// (CROSS_COMPILE=aarch64-linux-gnu-), arm64, riscv, arm, powerpc,
// mips and um defconfig with clang, i386's defconfig (ARCH=i386) with gcc;
// 6.1 with defconfig for gcc and ThinLTO, allmodconfig, i386's defconfig with
// gcc, arm64's with the cross gcc, and arm64, riscv, powerpc, mips and um defconfig with
// clang (the stack protector off, as for 6.12); three random configs
// (scripts/kernel-truth/randconfig-sweep.sh: 6.12 gcc, 6.12 LLVM=-14, 6.1
// LLVM=1); and built in the source tree itself, without O= (`-intree`: 6.12
// defconfig with gcc and with ThinLTO, 6.1 with gcc). kflags scan must list every
// object make compiles (the kernel's, host programs', userprogs'), each with
// the same command, and no other.
const dryRuns = readdirSync(fixtures).filter((f) => f.endsWith('.dry-run.json.gz')).sort();
interface DryRun {
  name: string;
  /** test/fixtures/kernel-builds/CONFIG.config; make's own arguments (LLVM=1, W=1). */
  config: string;
  makeArgs: string[];
  objects: { object: string; command: string }[];
}
for (const version of ['6.12', '6.1']) {
  describe.skipIf(!requireTree(version))(`kflags scan predicts the whole ${version} build as make -n expands it`, () => {
    for (const file of dryRuns.filter((f) => f.startsWith(`${version}-`))) {
      it(file, () => {
        const doc = JSON.parse(gunzipSync(readFileSync(path.join(fixtures, file))).toString('utf8')) as DryRun;
        const { sides } = scanRequest({
          trees: [linuxFullTree(version)],
          configs: [path.join(fixtures, `${doc.config}.config`)],
          // NAME-intree: built in the source tree itself (no O=; kflags writes nothing there either).
          commandLine: [...doc.makeArgs, ...(doc.name.endsWith('-intree') ? [] : [`O=${path.join(tmpdir(), `kflags-test-dry-run-${doc.name}`)}`])],
        });
        const scan = sides[0].scan;
        expect(scan.errors).toEqual([]);
        // Unknown to the model only what a program the build makes says (mips' elf-entry of the linked vmlinux,
        // for the boot image's link): reported so, never answered; the compile commands must not depend on it.
        const unknown = scan.probes.filter((p) => p.source === 'unknown');
        expect(unknown.filter((p) => !(p.kind === 'command' && runsBuildProgram(p.command, scan.top.objtree))).map((p) => p.subject)).toEqual([]);
        const src = scan.top.srctree;
        const mine = new Map(scan.directories.flatMap((d) => d.objects).map((o) => [o.object, o.savedCommand.split(src).join('@SRCTREE@').trimEnd()]));
        const recorded = new Map(doc.objects.map((o) => [o.object, o.command.trimEnd()]));
        expect([...recorded.keys()].filter((o) => !mine.has(o)), 'objects make compiles that kflags does not list').toEqual([]);
        // Host programs, userprogs and powerpc's boot wrapper are compiled without the kernel's -D__KERNEL__, and kflags says what they are.
        const kinds = new Map(scan.directories.flatMap((d) => d.objects).map((o) => [o.object, o.kind]));
        const outside = [...recorded].filter(([, command]) => !command.includes(' -D__KERNEL__ ')).map(([o]) => o);
        expect(outside.filter((o) => !['host-c', 'host-c++', 'user-c', 'boot-c', 'boot-asm'].includes(kinds.get(o)!)), 'objects built without -D__KERNEL__ listed as kernel objects').toEqual([]);
        expect(outside.length).toBeGreaterThan(0);
        expect([...mine.keys()].filter((o) => !recorded.has(o)), 'objects kflags lists that make does not compile').toEqual([]);
        let same = 0;
        for (const [o, cmd] of mine) {
          expect(cmd, o).toBe(recorded.get(o));
          same++;
        }
        expect(same).toBeGreaterThan(400);
      }, 600_000);
    }
  });
}
