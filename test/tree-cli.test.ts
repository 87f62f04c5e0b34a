// The CLI in tree mode, on Debian's real 6.1 and 6.12 trees: the founding
// case (the seed patch on the real purgatory, ThinLTO and full LTO), the
// 6.1 -> 6.12 diff, check for CI, scan and compile_commands.json, errors.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runKflags } from './helpers/cli.js';
import { scanRequest } from '../src/compare/tree.js';
import { linuxFullTree, requireTree } from './helpers/linux.js';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'test/fixtures/kernel-builds');
const seed = path.resolve(root, '../shared/seed/000_d6f8d81484415769.txt');
const cfg = (name: string) => path.join(fixtures, `${name}.config`);
const O = `O=${path.join(tmpdir(), 'kflags-cli-objtree')}`;

const kflags = (args: string[]) => runKflags(args, root);

const count = (list: string[], word: string) => list.filter((w) => w === word).length;
const have = requireTree('6.1') && requireTree('6.12');

describe.skipIf(!have)('kflags --tree on the real trees', () => {
  const t612 = () => linuxFullTree('6.12');
  const t61 = () => linuxFullTree('6.1');

  it('flags: the real command and compiler words of every purgatory object, with the probes', async () => {
    const r = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-clang-thinlto'), 'LLVM=1', O, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.kind).toBe('kflags.tree');
    expect(doc.compiler).toBe('clang-14');
    const objects = new Map(doc.objects.map((o: { object: string }) => [o.object.split('/').pop(), o]));
    expect([...objects.keys()].sort()).toEqual(['entry64.o', 'kexec-purgatory.o', 'purgatory.o', 'setup-x86_64.o', 'sha256.o', 'stack.o', 'string.o']);
    const p = objects.get('purgatory.o') as { flags: string[]; kind: string; savedCommand: string; source: string };
    expect(p.kind).toBe('c');
    expect(p.source).toBe(`${t612()}/arch/x86/purgatory/purgatory.c`);
    // Patched as shipped: no LTO run, -fno-lto kept, one -fvisibility=hidden (the purgatory's own).
    expect(p.flags).not.toContain('-flto=thin');
    expect(p.flags).toContain('-fno-lto');
    expect(count(p.flags, '-fvisibility=hidden')).toBe(1);
    expect(p.flags).toContain('-DKBUILD_MODNAME="purgatory"');
    expect(p.savedCommand).toContain(`-DKBUILD_MODNAME='"purgatory"'`);
    expect(doc.probes.length).toBeGreaterThan(10);
    expect(doc.probes.every((x: { source: string }) => x.source === 'model' || x.source === 'cached')).toBe(true);
    expect(doc.probes.some((x: { kind: string; subject: string; accepted: boolean }) => x.kind === 'cc-option' && x.subject === '-fno-PIE' ? false : x.kind === 'cc-option')).toBe(true);
  });

  it('flags --probes lists every probe with its answer and source', async () => {
    const r = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-gcc'), O, '--object', 'purgatory.o', '--probes', '--one-line']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^arch\/x86\/purgatory\/purgatory\.o \(C\) from .*purgatory\.c, \d+ flags$/m);
    expect(r.stdout).toMatch(/^ {2}\$ gcc -Wp,-MMD,arch\/x86\/purgatory\/\.purgatory\.o\.d /m);
    expect(r.stdout).toMatch(/^ {2}cc-option gcc -mindirect-branch=thunk-extern -mindirect-branch-register: yes \(model\)$/m);
    expect(r.stdout).toMatch(/^probes: \d+ \(\d+ model\)$/m);
    expect(r.stdout).toMatch(/^ {2}LC_ALL=C gcc --version 2>\/dev\/null \| head -n 1: "gcc \(Debian 12\.2\.0-14\+deb12u1\) 12\.2\.0" \(model\)$/m);
  });

  it("clang's probes of another word size (x86's real-mode -m16) say so, in the text and the JSON", async () => {
    const args = ['flags', '--tree', t612(), '--dir', 'arch/x86/boot', '--config', cfg('6.12-clang-thinlto'), 'LLVM=1', O];
    const json = await kflags([...args, '--json']);
    expect(json.status, json.stderr).toBe(0);
    const probes = JSON.parse(json.stdout).probes as { target: string | null; wordSize: string | null; source: string }[];
    const m16 = probes.filter((p) => p.wordSize === '-m16');
    expect(m16.length).toBeGreaterThan(0);
    expect(m16.every((p) => p.target === 'x86_64-linux-gnu' && p.source !== 'unknown')).toBe(true);
    expect(probes.some((p) => p.target === 'x86_64-linux-gnu' && p.wordSize === null)).toBe(true);
    const text = await kflags([...args, '--probes', '--one-line']);
    expect(text.stdout).toMatch(/^ {2}cc-option clang --target=x86_64-linux-gnu -m16 \S.*: (yes|no) \((model|cached)\)$/m);
  });

  for (const [config, run] of [
    ['clang-thinlto', ['-flto=thin', '-fsplit-lto-unit', '-fvisibility=hidden']],
    ['clang-fulllto', ['-flto', '-fvisibility=hidden']],
  ] as const) {
    it(`diff --patch: the seed on the real 6.12 purgatory removes exactly ${run.join(' ')} after -fno-lto (${config})`, async () => {
      const r = await kflags(['diff', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--patch', seed, '--config', cfg(`6.12-${config}`), 'LLVM=1', O, '--json']);
      expect(r.status, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.patch.mode).toBe('already-applied');
      const changed = doc.objects.filter((o: { changed: boolean }) => o.changed).map((o: { object: string }) => o.object.split('/').pop()).sort();
      expect(changed).toEqual(['purgatory.o', 'sha256.o', 'string.o']);
      for (const o of doc.objects.filter((x: { changed: boolean }) => x.changed)) {
        expect(o.removed.map((x: { flag: string }) => x.flag)).toEqual(run);
        expect(o.added).toEqual([]);
        const at = o.before.indexOf('-fno-lto');
        expect(o.before.slice(at + 1, at + 1 + run.length)).toEqual(run);
        expect(o.after).toContain('-fno-lto');
        expect(count(o.after, '-fvisibility=hidden')).toBe(1);
      }
    });
  }

  it('diff --patch with a sample profile in KCFLAGS: the profile flag is gone in both states', async () => {
    const r = await kflags(['diff', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--patch', seed, '--config', cfg('6.12-clang-thinlto-profile'), 'LLVM=1', O, 'KCFLAGS=-fprofile-sample-use=/tmp/p.afdo', '--json']);
    expect(r.status, r.stderr).toBe(0);
    for (const o of JSON.parse(r.stdout).objects) {
      expect([...o.before, ...o.after].some((f: string) => f.startsWith('-fprofile-sample-use'))).toBe(false);
    }
  });

  it('check --patch passes the reviewer\'s assertion on the real tree, and fails one that does not hold', async () => {
    const base = ['check', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--patch', seed, '--config', cfg('6.12-clang-thinlto'), 'LLVM=1', O];
    const ok = await kflags([...base, '--expect-removed', '-flto%', '--expect-kept', '-fno-lto']);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    const bad = await kflags([...base, '--expect-removed', '-fno-lto']);
    expect(bad.status).toBe(1);
  });

  it('diff between 6.1 and 6.12: what the real builds of the two trees differ in', async () => {
    const r = await kflags([
      'diff', '--tree', t61(), '--tree', t612(), '--dir', 'arch/x86/purgatory',
      '--config', cfg('6.1-clang-thinlto'), '--config', cfg('6.12-clang-thinlto'), 'LLVM=1', O, '--object', 'purgatory.o', '--json',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const o = JSON.parse(r.stdout).objects[0];
    // As recorded from the real builds (test/fixtures/kernel-builds), with each tree's path as $(srctree).
    const recorded = (name: string) => {
      const fx = JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));
      const cmd = fx.objects.find((x: { object: string }) => x.object === 'arch/x86/purgatory/purgatory.o').command as string;
      return cmd;
    };
    expect(recorded('6.1-clang-thinlto-after.json')).toContain('-Qunused-arguments');
    const removed = o.removed.map((x: { flag: string }) => x.flag);
    const added = o.added.map((x: { flag: string }) => x.flag);
    expect(removed).toContain('-Qunused-arguments');
    expect(added).toEqual(expect.arrayContaining(['-Werror=option-ignored', '-Werror=unused-command-line-argument']));
    expect([...o.before, ...o.after]).not.toContain('-mretpoline-external-thunk');
    expect(o.moved.map((x: { flag: string }) => x.flag)).toEqual(expect.arrayContaining(['-std=gnu11', '-Werror']));
  });

  it('scan --format compile-commands writes what gen_compile_commands.py wrote after the real build', async () => {
    const objtree = path.join(tmpdir(), 'kflags-cli-objtree');
    const r = await kflags(['scan', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-clang-thinlto'), 'LLVM=1', `O=${objtree}`, '--format', 'compile-commands']);
    expect(r.status, r.stderr).toBe(0);
    const expected = JSON.parse(
      readFileSync(path.join(fixtures, '6.12-clang-thinlto-after.compile_commands.json'), 'utf8')
        .split('@SRCTREE@').join(t612())
        .split('@OBJTREE@').join(objtree),
    );
    // The entries of the real run (the fixture keeps them, re-indented), in the script's own format: indent 2, keys sorted.
    expect(JSON.parse(r.stdout)).toEqual(expected);
    expect(r.stdout).toBe(JSON.stringify(expected, null, 2));
    expect(Object.keys(expected[0])).toEqual(['command', 'directory', 'file']);
  });

  it('scan --threads 2 (worker threads, from the built dist/) lists what one thread lists: directories, objects, errors, warnings, probes', async () => {
    // The workers run dist/kbuild/tree/scan-worker.js: under the TypeScript sources the scan stays on one thread.
    if (!existsSync(path.join(root, 'dist/kbuild/tree/scan-worker.js'))) {
      if (process.env.CI) throw new Error('dist/ is not built (npm ci builds it)');
      return;
    }
    const { scanRequest } = await import(pathToFileURL(path.join(root, 'dist/compare/tree.js')).href);
    const scan = (threads: number) => {
      const warnings: string[] = [];
      const { sides } = scanRequest({ trees: [t612()], configs: [cfg('6.12-gcc'), cfg('6.12-clang-thinlto')], dirs: ['kernel', 'arch/x86/purgatory'], commandLine: [O], threads, onWarning: (t: string) => warnings.push(t) });
      return JSON.stringify({ warnings, sides: sides.map((s: { scan: { directories: unknown; errors: unknown; probes: unknown } }) => [s.scan.directories, s.scan.errors, s.scan.probes]) });
    };
    const one = scan(0);
    expect(one.length).toBeGreaterThan(100_000);
    expect(scan(2)).toBe(one);
  });

  it('errors: exit status 2 with a clear message', async () => {
    const cases: [string[], RegExp][] = [
      [['flags', '--tree', t612(), '--config', cfg('6.12-gcc')], /give --dir DIR/],
      // An object without a directory part (or objects of two directories) names no directory.
      [['flags', '--tree', t612(), '--object', 'purgatory.o', '--config', cfg('6.12-gcc')], /give --dir DIR .*, or --object DIR\/NAME\.o/],
      [['flags', '--tree', t612(), '--object', 'init/main.o', '--object', 'kernel/fork.o', '--config', cfg('6.12-gcc')], /give --dir DIR/],
      [['flags', '--tree', '/nonexistent-tree', '--dir', 'x', '--config', cfg('6.12-gcc')], /--tree '\/nonexistent-tree': no Makefile there/],
      [['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', O], /no \.config in .*: give --config FILE/],
      [['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', '/nonexistent.config'], /--config '\/nonexistent.config': No such file or directory/],
      [['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-gcc'), '--compiler', 'icc-1'], /no compiler model 'icc-1' \(bundled: clang-14, gcc-12\)/],
      [['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-gcc'), '--profile', 'gcc'], /--profile and --base are for the bundled model/],
      [['flags', 'examples/purgatory', '--dir', 'x'], /--dir goes with --tree/],
      [['diff', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-gcc')], /compare --tree A --tree B/],
    ];
    for (const [args, message] of cases) {
      const r = await kflags(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('--object DIR/NAME.o alone selects its directory', async () => {
    const alone = await kflags(['flags', '--tree', t612(), '--object', 'arch/x86/purgatory/sha256.o', '--config', cfg('6.12-gcc'), O, '--json']);
    expect(alone.status, alone.stderr).toBe(0);
    const withDir = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--object', 'sha256.o', '--config', cfg('6.12-gcc'), O, '--json']);
    const doc = JSON.parse(alone.stdout);
    expect(doc.dir).toBe('arch/x86/purgatory');
    expect(doc.objects.map((o: { object: string }) => o.object)).toEqual(['arch/x86/purgatory/sha256.o']);
    expect(doc.objects).toEqual(JSON.parse(withDir.stdout).objects);
    // A source file names the object built from it (the sources of an O= build are absolute);
    // the purgatory's sha256.o is built from lib/crypto/sha256.c, not from a sha256.c of its own.
    const bySource = await kflags(['flags', '--tree', t612(), '--object', 'arch/x86/purgatory/purgatory.c', '--config', cfg('6.12-gcc'), O, '--json']);
    expect(bySource.status, bySource.stderr).toBe(0);
    expect(JSON.parse(bySource.stdout).objects.map((o: { object: string }) => o.object)).toEqual(['arch/x86/purgatory/purgatory.o']);
    const sha = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--object', 'lib/crypto/sha256.c', '--config', cfg('6.12-gcc'), O, '--json']);
    expect(sha.status, sha.stderr).toBe(0);
    expect(JSON.parse(sha.stdout).objects).toEqual(doc.objects);
  });

  it("a directory without a Kbuild file of its own: the objects its ancestor's makefile lists below it, as make -n compiles them", async () => {
    // drivers/gpu/drm/i915/Makefile lists display/intel_display.o and the rest; display/ has no Makefile.
    const dir = 'drivers/gpu/drm/i915/display';
    const r = await kflags(['flags', '--tree', t612(), '--dir', dir, '--config', cfg('6.12-gcc'), O, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.builtBy).toBe('drivers/gpu/drm/i915');
    const dryRun = JSON.parse(gunzipSync(readFileSync(path.join(fixtures, '6.12-gcc.dry-run.json.gz'))).toString('utf8')) as { objects: { object: string; command: string }[] };
    const recorded = new Map(dryRun.objects.filter((o) => o.object.startsWith(`${dir}/`)).map((o) => [o.object, o.command.trimEnd()]));
    expect(recorded.size).toBeGreaterThan(50);
    const mine = new Map((doc.objects as { object: string; savedCommand: string }[]).map((o) => [o.object, o.savedCommand.split(t612()).join('@SRCTREE@').trimEnd()]));
    expect([...mine.keys()].sort()).toEqual([...recorded.keys()].sort());
    for (const [o, command] of mine) expect(command, o).toBe(recorded.get(o));
    // The text says whose makefile it read; --object alone finds the same directory.
    const text = await kflags(['flags', '--tree', t612(), '--object', `${dir}/intel_display.o`, '--config', cfg('6.12-gcc'), O, '--one-line']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(`${dir} has no Kbuild file of its own: its objects are those that drivers/gpu/drm/i915's makefile lists below it\n`);
    expect(text.stdout).toContain(`\n${dir}/intel_display.o (C) from `);
    // A directory the tree does not have at all is still make's error.
    const missing = await kflags(['flags', '--tree', t612(), '--dir', 'drivers/gpu/drm/i915/nonexistent', '--config', cfg('6.12-gcc'), O]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("No rule to make target '");
  });

  it('an external module: M=DIR alone names the directory, and its files may be read', async () => {
    const mod = path.join(root, 'test/fixtures/extmod/hello');
    const r = await kflags(['flags', '--tree', t612(), `M=${mod}`, '--config', cfg('6.12-gcc'), O, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.dir).toBe(mod);
    expect(doc.objects.map((o: { object: string }) => path.relative(mod, o.object)).sort()).toEqual(['debugfs.o', 'entry.o', 'hello_extra.o', 'lib/ring.o', 'main.o']);
    const main = doc.objects.find((o: { object: string }) => o.object.endsWith('/main.o'));
    // Its Makefile's Kbuild part: ccflags-y, CFLAGS_main.o, ccflags-remove-y; a module's -DMODULE.
    expect(main.flags).toEqual(expect.arrayContaining(['-DHELLO_VERSION=3', `-I${mod}/include`, '-DHELLO_MAIN', '-DMODULE']));
    expect(main.flags).not.toContain('-Wmissing-prototypes');
  });

  it('a patch that creates a directory (its Makefile and source): every object is new; one that names no directory in either state is an error', async () => {
    // The patch is made here from the tree's own kernel/Makefile (no kernel text is kept in the repository).
    const { createTwoFilesPatch } = await import('diff');
    const makefile = readFileSync(path.join(t612(), 'kernel/Makefile'), 'utf8');
    const edited = makefile.replace('obj-y += entry/\n', 'obj-y += entry/\nobj-y += demo/\n');
    expect(edited).not.toBe(makefile);
    const created = (file: string, text: string) => createTwoFilesPatch('/dev/null', `b/${file}`, '', text).replace(/^Index.*\n=+\n/, '');
    const patch =
      'From: A Developer <dev@example.com>\nSubject: [PATCH] kernel: a demo directory\n\n---\n' +
      `diff --git a/kernel/Makefile b/kernel/Makefile\n${createTwoFilesPatch('a/kernel/Makefile', 'b/kernel/Makefile', makefile, edited).replace(/^Index.*\n=+\n/, '')}` +
      `diff --git a/kernel/demo/Makefile b/kernel/demo/Makefile\nnew file mode 100644\n${created('kernel/demo/Makefile', 'obj-y += demo.o\nccflags-y += -DDEMO\n')}` +
      `diff --git a/kernel/demo/demo.c b/kernel/demo/demo.c\nnew file mode 100644\n${created('kernel/demo/demo.c', '/* demo */\n')}`;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kflags-newdir-')), 'demo.patch');
    writeFileSync(file, patch);
    const r = await kflags(['diff', '--tree', t612(), '--patch', file, '--dir', 'kernel/demo', '--config', cfg('6.12-gcc'), O, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.objects.map((o: { object: string }) => o.object)).toEqual(['kernel/demo/demo.o']);
    const demo = doc.objects[0];
    expect(demo.notes).toContain('new object: not built before');
    expect(demo.removed).toEqual([]);
    expect(demo.added.map((a: { flag: string }) => a.flag)).toContain('-DDEMO');
    // In text, a new object is its flags on one line, not one "+" line each.
    const text = await kflags(['diff', '--tree', t612(), '--patch', file, '--dir', 'kernel/demo', '--config', cfg('6.12-gcc'), O]);
    expect(text.stdout).toMatch(/\nkernel\/demo\/demo\.o \(C\)\n {2}\+ \d+ flags: -Wp,-MMD,kernel\/demo\/\.demo\.o\.d -nostdinc .* -DDEMO .*\n {2}note: new object: not built before\n/);
    // The rest of kernel/ is as it was: the new directory is one more subdirectory.
    const parent = await kflags(['diff', '--tree', t612(), '--patch', file, '--dir', 'kernel', '--config', cfg('6.12-gcc'), O]);
    expect(parent.status, parent.stderr).toBe(0);
    expect(parent.stdout).toMatch(/\nno flag changes in \d+ objects\n/);
    const nowhere = await kflags(['diff', '--tree', t612(), '--patch', file, '--dir', 'kernel/elsewhere', '--config', cfg('6.12-gcc'), O]);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toContain('kernel/elsewhere: no such directory in before or after');
  });

  // A patch that adds a Kconfig option (on by default) and a flag it turns on: make's syncconfig runs first in the
  // patched tree (the Kconfig file is newer than auto.conf). The truth: `make -n init/` in the patched copy of the
  // tree (scripts/kernel-truth/partial-dry-run.sh kconfig-patch gcc); the patch is made here from the tree's files.
  it('a patch to Kconfig files: the patched state is read with the .config Kconfig makes of it, as make -n says', async () => {
    const { createTwoFilesPatch } = await import('diff');
    const { shellWords } = await import('../src/kbuild/tree/shell-words.js');
    const append = JSON.parse(readFileSync(path.join(root, 'test/fixtures/kconfig-patch/append.json'), 'utf8')) as Record<string, string>;
    const patch = Object.entries(append)
      .map(([file, text]) => {
        const old = readFileSync(path.join(t612(), file), 'latin1');
        return `diff --git a/${file} b/${file}\n${createTwoFilesPatch(`a/${file}`, `b/${file}`, old, old + text).replace(/^Index.*\n=+\n/, '')}`;
      })
      .join('');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kflags-kconfig-patch-')), 'kconfig.patch');
    writeFileSync(file, patch);
    const r = await kflags(['diff', '--tree', t612(), '--patch', file, '--dir', 'init', '--config', cfg('6.12-gcc'), O, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('kflags: note: the state after the patch has other Kconfig files than the tree (init/Kconfig): make\'s syncconfig runs first there');
    expect(r.stderr).toContain("make's syncconfig changes 1 option before building (CONFIG_KFLAGS_TEST=y)");
    const doc = JSON.parse(r.stdout);
    const truth = JSON.parse(readFileSync(path.join(fixtures, '6.12-gcc-kconfig-patch.json'), 'utf8')) as { objects: { object: string; command: string }[] };
    const recorded = truth.objects.filter((o) => o.object.startsWith('init/'));
    expect(doc.objects.map((o: { object: string }) => o.object).sort()).toEqual(recorded.map((o) => o.object).sort());
    const objtree = O.slice(2);
    for (const o of recorded) {
      const words = shellWords(o.command.split('@SRCTREE@').join(t612())).commands[0];
      const mine = doc.objects.find((x: { object: string }) => x.object === o.object);
      expect(mine.after.map((w: string) => w.split(objtree).join('.')), o.object).toEqual(words.slice(1, words.indexOf('-o')));
      expect(mine.after).toContain('-DKFLAGS_TEST');
      expect(mine.before).not.toContain('-DKFLAGS_TEST');
    }
    // --kconfig never: the .config as given in both states (the option unset): nothing changes, nothing said.
    const never = await kflags(['diff', '--tree', t612(), '--patch', file, '--dir', 'init', '--config', cfg('6.12-gcc'), O, '--kconfig', 'never']);
    expect(never.stderr).toBe('');
    expect(never.stdout).toMatch(/\nno flag changes in 7 objects\n/);
  });

  it("a --compiler of the other family than the build's is warned about (its probes would all be unknown)", async () => {
    const r = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-clang-thinlto'), 'LLVM=1', O, '--compiler', 'gcc-12', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('kflags: warning: --compiler gcc-12 answers for gcc, and this build compiles with clang (LLVM=1): its probes will be unknown\n');
    const same = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-clang-thinlto'), 'LLVM=1', O, '--compiler', 'clang-14', '--json']);
    expect(same.stderr).toBe('');
  });

  it('a directory that compiles nothing with the config says so', async () => {
    // x86_64_defconfig leaves CONFIG_BTRFS_FS unset: `make fs/btrfs/` compiles nothing there either.
    const r = await kflags(['flags', '--tree', t612(), '--dir', 'fs/btrfs', '--config', cfg('6.12-gcc'), O]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('\nno objects: with this configuration the build of fs/btrfs compiles nothing (its obj-y, obj-m and the like are empty)\n');
    const json = await kflags(['flags', '--tree', t612(), '--dir', 'fs/btrfs', '--config', cfg('6.12-gcc'), O, '--json']);
    expect(JSON.parse(json.stdout).objects).toEqual([]);
  });

  it('a directory only the boot image builds, or reached two ways: flags --dir follows the build there', async () => {
    // arch/x86/boot is built by bzImage's recipe (`$(build)=arch/x86/boot arch/x86/boot/bzImage`, after
    // the build of arch/x86), and arch/x86/boot/compressed by a recipe there, for its vmlinux; powerpc's
    // arch/powerpc/boot by zImage's; mips' arch/mips/boot/compressed by vmlinuz's, its objects a prerequisite of
    // $(objtree)/vmlinuz. mips' arch/mips/boot/dts/mscc is reached by `dtbs` (need-dtbslist=1, nothing to
    // compile) and, through `.`'s ARCH_CORE after arch/mips, by the build (need-builtin=1: the .dtb.o objects).
    const cases: [string, string[]][] = [
      ['6.12-gcc', ['arch/x86/boot', 'arch/x86/boot/compressed']],
      ['6.12-powerpc-clang', ['arch/powerpc/boot']],
      ['6.12-mips-clang', ['arch/mips/boot/compressed', 'arch/mips/boot/dts/mscc']],
    ];
    for (const [name, dirs] of cases) {
      const dryRun = JSON.parse(gunzipSync(readFileSync(path.join(fixtures, `${name}.dry-run.json.gz`))).toString('utf8')) as {
        config: string;
        makeArgs: string[];
        objects: { object: string; command: string }[];
      };
      for (const dir of dirs) {
        const r = await kflags(['flags', '--tree', t612(), '--dir', dir, '--config', cfg(dryRun.config), ...dryRun.makeArgs, O, '--json']);
        expect(r.status, r.stderr).toBe(0);
        const doc = JSON.parse(r.stdout) as { srctree: string; objects: { object: string; savedCommand: string }[] };
        const mine = Object.fromEntries(doc.objects.map((o) => [o.object, o.savedCommand.split(doc.srctree).join('@SRCTREE@').trimEnd()]));
        const make = Object.fromEntries(dryRun.objects.filter((o) => path.posix.dirname(o.object) === dir).map((o) => [o.object, o.command.trimEnd()]));
        expect(Object.keys(make).length, dir).toBeGreaterThan(4);
        expect(mine, dir).toEqual(make);
      }
    }
  });

  it('a .config make would change first (a fragment, another version, another compiler) is said, once per side', async () => {
    const fragment = path.join(mkdtempSync(path.join(tmpdir(), 'kflags-fragment-')), 'fragment.config');
    writeFileSync(fragment, 'CONFIG_KEXEC_FILE=y\n');
    // Read as given (--kconfig never): said, with the reason and the way out.
    const f = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', fragment, O, '--kconfig', 'never']);
    expect(f.status).toBe(0);
    expect(f.stderr).toBe(
      `kflags: warning: ${fragment}: it was not written by Kconfig (no "Automatically generated file" header): make would complete it first (syncconfig gives every option it does not set its default and applies selects). ` +
        'kflags does not run Kconfig here (--kconfig never) and reads the .config as given, so the flags are those of that configuration, not necessarily the ones make would use. ' +
        "Make the .config with the build's own settings first, e.g. `make O=DIR [ARCH=... LLVM=1] olddefconfig`.\n",
    );
    // A gcc .config built with LLVM=1: the compiler and the linker differ, and Kconfig (run, as make would) says what it changed.
    const clangNever = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-gcc'), 'LLVM=1', O, '--kconfig', 'never']);
    expect(clangNever.stderr).toMatch(/it was made with the compiler "gcc \(Debian 12\.2\.0-14\+deb12u1\) 12\.2\.0", and this build's compiler is "Debian clang version 14\.0\.6".*; it was made for GNU ld, and this build links with ld\.lld/);
    const clang = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-gcc'), 'LLVM=1', O]);
    expect(clang.status, clang.stderr).toBe(0);
    expect(clang.stderr).toMatch(/^kflags: note: .*6\.12-gcc\.config: make's syncconfig changes \d+ options before building \(.*CONFIG_CC_IS_CLANG=y/);
    expect(clang.stderr).not.toContain('warning');
    // One .config for two trees: the 6.1 side, where Kconfig completes the 6.12 .config, is said (a note); the other side is not.
    const two = await kflags(['diff', '--tree', t61(), '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-gcc'), O]);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stderr.match(/kflags: (warning|note):/g)).toEqual(['kflags: note:']);
    expect(two.stderr).toMatch(/6\.12-gcc\.config: make's syncconfig changes \d+ options before building/);
    // As made: nothing to say.
    const ok = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-clang-thinlto'), 'LLVM=1', O]);
    expect(ok.stderr).toBe('');
  });

  // `export ARCH=i386 KBUILD_OUTPUT=DIR` then `make`: the kernel documents these as read from the environment
  // (Documentation/kbuild/kbuild.rst). The i386 whole build (recorded with ARCH=i386 O=DIR) is the truth.
  it('the Kbuild variables of the environment (ARCH, KBUILD_OUTPUT, LLVM) are read as make reads them, and said', async () => {
    const doc = JSON.parse(gunzipSync(readFileSync(path.join(fixtures, '6.12-i386.dry-run.json.gz'))).toString('utf8')) as { objects: { object: string; command: string }[] };
    const recorded = new Map(doc.objects.filter((o) => o.object.startsWith('init/')).map((o) => [o.object, o.command.trimEnd()]));
    expect(recorded.size).toBeGreaterThan(5);
    const build = mkdtempSync(path.join(tmpdir(), 'kflags-env-output-'));
    writeFileSync(path.join(build, '.config'), readFileSync(cfg('6.12-i386')));
    // No --config and no O=: the .config is KBUILD_OUTPUT's, as make's.
    const r = await runKflags(['flags', '--tree', t612(), '--dir', 'init', '--json'], root, { ARCH: 'i386', KBUILD_OUTPUT: build, HOME: '/nonexistent', CFLAGS: '-O0' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(`kflags: note: from the environment, as make reads them: KBUILD_OUTPUT=${build} ARCH=i386\n`);
    const out = JSON.parse(r.stdout);
    expect(out.environment).toEqual({ KBUILD_OUTPUT: build, ARCH: 'i386' });
    expect(out.objtree).toBe(build);
    const mine = new Map(out.objects.map((o: { object: string; savedCommand: string }) => [o.object, o.savedCommand.split(t612()).join('@SRCTREE@').trimEnd()]));
    expect([...mine.keys()].sort()).toEqual([...recorded.keys()].sort());
    for (const [o, command] of recorded) expect(mine.get(o), o).toBe(command);
    // The command line wins over the environment (make without -e): ARCH=x86_64 given, O= given.
    const other = mkdtempSync(path.join(tmpdir(), 'kflags-env-o-'));
    const x = await runKflags(['flags', '--tree', t612(), '--object', 'init/main.o', '--config', cfg('6.12-gcc'), `O=${other}`, 'ARCH=x86_64', '--json'], root, { ARCH: 'i386', KBUILD_OUTPUT: build });
    expect(x.status, x.stderr).toBe(0);
    const main = JSON.parse(x.stdout);
    expect(main.objtree).toBe(other);
    expect(main.objects[0].flags).toContain('-m64');
    expect(main.objects[0].flags).not.toContain('-m32');
    // LLVM=1 from the environment: clang, and its model.
    const llvm = await runKflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', cfg('6.12-clang-thinlto'), O, '--json'], root, { LLVM: '1' });
    expect(llvm.status, llvm.stderr).toBe(0);
    expect(JSON.parse(llvm.stdout).compiler).toBe('clang-14');
    expect(JSON.parse(llvm.stdout).objects[0].command).toMatch(/^clang /);
  });
});

describe.skipIf(!have)('kflags explain on the real trees', () => {
  for (const [version, cltoLine, ltoLine, filterLine] of [
    ['6.12', 961, 972, 23],
    ['6.1', 999, 1018, 24],
  ] as const) {
    it(`-flto=thin on the ${version} purgatory: set in CC_FLAGS_LTO, appended to KBUILD_CFLAGS, removed by the purgatory (after) or kept (before)`, async () => {
      const tree = linuxFullTree(version);
      const base = ['explain', '--tree', tree, '--dir', 'arch/x86/purgatory', '--object', 'purgatory.o', '--config', cfg(`${version}-clang-thinlto`), 'LLVM=1', O, '--flag', '-flto=thin', '--patch', seed, '--json'];
      const after = await kflags(base);
      expect(after.status, after.stderr).toBe(0);
      const a = JSON.parse(after.stdout).stories[0];
      expect(a.copies).toBe(0);
      // The whole way: the purgatory's older filter-out it went through, the sub-makes it was exported to, the top level's lines.
      expect(a.added).toHaveLength(1);
      const chain = a.added[0] as { variable: string; op: string; location: { file: string; line: number } | null }[];
      expect(chain[0]).toMatchObject({ variable: 'KBUILD_CFLAGS', op: ':=', location: { file: `${tree}/arch/x86/purgatory/Makefile` } });
      expect(chain.filter((h) => h.op === 'environment').map((h) => h.variable)).toEqual(['KBUILD_CFLAGS', 'KBUILD_CFLAGS', 'KBUILD_CFLAGS']);
      expect(chain.slice(-2)).toEqual([
        expect.objectContaining({ variable: 'KBUILD_CFLAGS', op: '+=', location: { file: `${tree}/Makefile`, line: ltoLine } }),
        expect.objectContaining({ variable: 'CC_FLAGS_LTO', op: ':=', location: { file: `${tree}/Makefile`, line: cltoLine } }),
      ]);
      expect(a.removed).toMatchObject({ variable: 'KBUILD_CFLAGS', op: ':=', location: { file: `${tree}/arch/x86/purgatory/Makefile`, line: filterLine }, pattern: '-flto=thin' });
      const before = await kflags([...base, '--before']);
      expect(before.status, before.stderr).toBe(0);
      const b = JSON.parse(before.stdout).stories[0];
      expect(b.copies).toBe(1);
      expect(b.removed).toBeNull();
    });
  }

  it('a kept copy and a removed one: -fvisibility=hidden after the patch', async () => {
    const r = await kflags(['explain', '--tree', linuxFullTree('6.12'), '--dir', 'arch/x86/purgatory', '--object', 'purgatory.o', '--config', cfg('6.12-clang-thinlto'), 'LLVM=1', O, '--flag', '-fvisibility=hidden']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^-fvisibility=hidden: in its flags$/m);
    // The copy it has first, then the one the LTO filter-out took.
    expect(r.stdout).toMatch(/^ {2}added 1: arch\/x86\/purgatory\/Makefile:\d+ {2}CFLAGS_purgatory\.o \+= \$\(PURGATORY_CFLAGS\)$/m);
    expect(r.stdout).toMatch(/^ {2}added 2: arch\/x86\/purgatory\/Makefile:19 {2}KBUILD_CFLAGS := /m);
    expect(r.stdout).toMatch(/^ {11}Makefile:\d+ {2}CC_FLAGS_LTO \+= -fvisibility=hidden$/m);
    expect(r.stdout).toMatch(/^ {2}removed: arch\/x86\/purgatory\/Makefile:23 {2}KBUILD_CFLAGS := \$\(filter-out \$\(CC_FLAGS_LTO\),\$\(KBUILD_CFLAGS\)\) {2}\(pattern -fvisibility=hidden\)$/m);
  });

  it('every flag of an object has a way in: -c is written in the compile command itself', async () => {
    for (const object of ['purgatory.o', 'entry64.o']) {
      const r = await kflags(['explain', '--tree', linuxFullTree('6.12'), '--dir', 'arch/x86/purgatory', '--object', object, '--config', cfg('6.12-clang-thinlto'), 'LLVM=1', O]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('no assignment found');
      expect(r.stdout).toMatch(object === 'entry64.o' ? /^ {2}added: +\S*scripts\/Makefile\.build:\d+ {2}cmd_as_o_S = /m : /^ {2}added: +\S*scripts\/Makefile\.build:\d+ {2}cmd_cc_o_c = /m);
    }
  });

  it('a command-line word: KCFLAGS, removed by the profile filter-out', async () => {
    const r = await kflags(['explain', '--tree', linuxFullTree('6.12'), '--dir', 'arch/x86/purgatory', '--object', 'purgatory.o', '--config', cfg('6.12-clang-thinlto'), 'LLVM=1', O, 'KCFLAGS=-fprofile-sample-use=/p.afdo', '--flag', '-fprofile-sample-use=/p.afdo']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('(command line)  KCFLAGS = -fprofile-sample-use=/p.afdo');
    expect(r.stdout).toContain('(pattern -fprofile-sample-use=%)');
  });

  it("6.1 powerpc's 32-bit vDSO (vdso32cc, vdso32as): -m32 from CC32FLAGS, and every flag has a way in", async () => {
    for (const [object, kind] of [['vgettimeofday-32.o', 'C'], ['getcpu-32.o', 'asm']]) {
      const r = await kflags(['explain', '--tree', linuxFullTree('6.1'), '--dir', 'arch/powerpc/kernel/vdso', '--object', object, '--config', cfg('6.1-powerpc-clang'), 'ARCH=powerpc', 'LLVM=1', O, '--flag', '-m32']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(`arch/powerpc/kernel/vdso/${object} (${kind})`);
      expect(r.stdout).toMatch(/^ {2}added: +arch\/powerpc\/kernel\/vdso\/Makefile:\d+ {2}CC32FLAGS := -m32$/m);
      const all = await kflags(['explain', '--tree', linuxFullTree('6.1'), '--dir', 'arch/powerpc/kernel/vdso', '--object', object, '--config', cfg('6.1-powerpc-clang'), 'ARCH=powerpc', 'LLVM=1', O]);
      expect(all.status, all.stderr).toBe(0);
      expect(all.stdout).not.toContain('no assignment found');
    }
  }, 300_000);

  it("a 64-bit mips kernel's n32 and o32 vDSOs: their assembler objects by vdsoas_o_S, with their ABI's -mabi", async () => {
    // mips' defconfig made 64-bit with both 32-bit ABIs (Kconfig completes it: --kconfig auto). arch/mips/vdso
    // compiles each ABI's elf.S and sigreturn.S by its own cmd_vdsoas_o_S (random config 503 of the sweep: make
    // -n compiled elf-n32.o and sigreturn-n32.o, which kflags had not listed).
    const config = path.join(mkdtempSync(path.join(tmpdir(), 'kflags-mips64-')), '.config');
    writeFileSync(
      config,
      readFileSync(cfg('6.12-mips-clang'), 'utf8')
        .replace('CONFIG_CPU_MIPS32_R2=y\n', 'CONFIG_CPU_MIPS64_R2=y\n')
        .replace('CONFIG_32BIT=y\n', 'CONFIG_64BIT=y\nCONFIG_MIPS32_N32=y\nCONFIG_MIPS32_O32=y\n'),
    );
    const r = await kflags(['flags', '--tree', linuxFullTree('6.12'), '--dir', 'arch/mips/vdso', '--config', config, 'ARCH=mips', 'LLVM=1', O, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const objects = JSON.parse(r.stdout).objects as { object: string; kind: string; rule: string; flags: string[] }[];
    const asm = objects.filter((o) => o.kind === 'asm').map((o) => [o.object, o.rule, o.flags.filter((f) => f.startsWith('-mabi=')).join(' ')]);
    expect(asm.sort()).toEqual([
      ['arch/mips/vdso/elf-n32.o', 'vdsoas_o_S', '-mabi=n32'],
      ['arch/mips/vdso/elf-o32.o', 'vdsoas_o_S', '-mabi=32'],
      ['arch/mips/vdso/elf.o', 'as_o_S', '-mabi=64'],
      ['arch/mips/vdso/sigreturn-n32.o', 'vdsoas_o_S', '-mabi=n32'],
      ['arch/mips/vdso/sigreturn-o32.o', 'vdsoas_o_S', '-mabi=32'],
      ['arch/mips/vdso/sigreturn.o', 'as_o_S', '-mabi=64'],
    ]);
  });

  it('diff --tree --explain names the line in each tree', async () => {
    const r = await kflags([
      'diff', '--tree', linuxFullTree('6.1'), '--tree', linuxFullTree('6.12'), '--dir', 'arch/x86/purgatory',
      '--config', cfg('6.1-clang-thinlto'), '--config', cfg('6.12-clang-thinlto'), 'LLVM=1', O, '--object', 'purgatory.o', '--explain',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/- -Qunused-arguments +pos \d+, was from .*linux-source-6\.1\/Makefile:\d+ via KBUILD_CPPFLAGS/);
    expect(r.stdout).toMatch(/\+ -Werror=option-ignored +pos \d+, from .*linux-source-6\.12\/scripts\/Makefile\.clang:\d+ via KBUILD_CPPFLAGS <- CLANG_FLAGS/);
  });
});

// ARCH=arm64 with clang (LLVM=1): the probes are answered per target
// (--target=aarch64-linux-gnu), and arm64's stack_protector_prepare, a
// recipe make runs before any directory's sub-make, appends the stack
// protector's flags with $(eval). The offset comes from the build's
// include/generated/asm-offsets.h, which no model can know: the probe that
// reads it is listed as unknown. (The whole arm64 build without the stack
// protector is compared with make -n in test/kernel-builds.test.ts.)
describe.skipIf(!requireTree('6.12'))('kflags --tree with ARCH=arm64', () => {
  const perTask = () => {
    const text = readFileSync(cfg('6.12-arm64-clang'), 'utf8')
      .replace('# CONFIG_STACKPROTECTOR is not set\n', 'CONFIG_STACKPROTECTOR=y\nCONFIG_STACKPROTECTOR_STRONG=y\n')
      .replace('CONFIG_CC_HAVE_STACKPROTECTOR_SYSREG=y\n', 'CONFIG_CC_HAVE_STACKPROTECTOR_SYSREG=y\nCONFIG_STACKPROTECTOR_PER_TASK=y\n');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kflags-arm64-')), '.config');
    writeFileSync(file, text);
    return file;
  };
  const arm64O = `O=${path.join(tmpdir(), 'kflags-cli-objtree-arm64')}`;

  it("a recipe's $(eval) in the top level reaches every sub-make after it; the offset's probe is unknown", async () => {
    const r = await kflags(['flags', '--tree', linuxFullTree('6.12'), '--dir', 'kernel/sched', '--object', 'kernel/sched/core.o', '--config', perTask(), 'ARCH=arm64', 'LLVM=1', arm64O, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    const flags: string[] = doc.objects[0].flags;
    const at = flags.indexOf('-mstack-protector-guard=sysreg');
    expect(at).toBeGreaterThan(0);
    expect(flags.slice(at, at + 3)).toEqual(['-mstack-protector-guard=sysreg', '-mstack-protector-guard-reg=sp_el0', '-mstack-protector-guard-offset=']);
    const awk = doc.probes.filter((p: { command: string }) => p.command.includes('include/generated/asm-offsets.h'));
    expect(awk.map((p: { source: string }) => p.source)).toEqual(['unknown']);
    // Every other probe has its answer, for this target.
    expect(doc.probes.filter((p: { source: string }) => p.source === 'unknown')).toHaveLength(1);
    expect(doc.probes.some((p: { target: string | null }) => p.target === 'aarch64-linux-gnu')).toBe(true);
  });

  it('the text names the unknown probe on one line and says what would answer it', async () => {
    const r = await kflags(['flags', '--tree', linuxFullTree('6.12'), '--dir', 'kernel/sched', '--object', 'kernel/sched/core.o', '--config', perTask(), 'ARCH=arm64', 'LLVM=1', arm64O]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`  awk '{if ($2 == "TSK_STACK_CANARY") print $3;}' include/generated/asm-offsets.h: "" (unknown)\n`);
    expect(r.stdout).toContain('1 probe unknown to the model clang-14');
    expect(r.stdout).toContain('run `make prepare` in the build directory first');
  });

  it('scan of two directories: each reached as `make kernel/sched/ mm/` reaches it, the recipe run once', () => {
    const { sides } = scanRequest({ trees: [linuxFullTree('6.12')], configs: [perTask()], dirs: ['kernel/sched', 'mm'], commandLine: ['ARCH=arm64', 'LLVM=1', arm64O] });
    const dirs = sides[0].scan.directories.filter((d) => d.dir === 'kernel/sched' || d.dir === 'mm');
    expect(dirs.map((d) => d.dir)).toEqual(['kernel/sched', 'mm']);
    for (const d of dirs) expect(d.objects[0].flags.filter((f) => f.startsWith('-mstack-protector-guard=')), d.dir).toEqual(['-mstack-protector-guard=sysreg']);
  });

  it('without the stack protector, none of its flags', async () => {
    const r = await kflags(['flags', '--tree', linuxFullTree('6.12'), '--dir', 'kernel/sched', '--object', 'kernel/sched/core.o', '--config', cfg('6.12-arm64-clang'), 'ARCH=arm64', 'LLVM=1', arm64O, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.objects[0].flags.filter((f: string) => f.startsWith('-mstack-protector'))).toEqual([]);
    expect(doc.probes.filter((p: { source: string }) => p.source === 'unknown')).toEqual([]);
  });
});
