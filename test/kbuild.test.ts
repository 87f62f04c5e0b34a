// The Kbuild model end to end: kflags' per-object flags must equal what GNU
// make computes from the same fragments (test/kbuild-make-truth/truth.sh),
// for every profile, before and after the patch; and the CLI commands must
// show the founding case and reject bad input clearly.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../src/cli/app.js';

const root = path.resolve(__dirname, '..');
const example = path.join(root, 'examples/purgatory');
const examplePatch = path.join(example, 'remove-lto-flags.patch');
const seed = path.resolve(root, '../shared/seed/000_d6f8d81484415769.txt');
const PROFILES = ['gcc', 'clang', 'clang-thinlto', 'clang-fulllto', 'clang-thinlto-profile', 'clang-thinlto-profile-use'];

async function kflags(args: string[], cwd = root): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    env: { NO_COLOR: '1' },
  });
  return { status, stdout, stderr };
}

function truth(profile: string, state: 'patched' | 'unpatched'): Map<string, string> {
  const r = spawnSync('bash', [path.join(root, 'test/kbuild-make-truth/truth.sh'), profile, state], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return new Map(
    r.stdout
      .trim()
      .split('\n')
      .map((l) => {
        const i = l.indexOf(': ');
        return [l.slice(0, i), l.slice(i + 2)] as [string, string];
      }),
  );
}

interface JsonDiff {
  objects: { object: string; kind: string; before: string[]; after: string[] }[];
  patch: { mode: string; notes: string[] } | null;
}

describe('kflags agrees with GNU make on every object, profile and patch state', () => {
  for (const profile of PROFILES) {
    it(profile, async () => {
      const r = await kflags(['diff', '--patch', examplePatch, 'examples/purgatory', '--profile', profile, '--json']);
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as JsonDiff;
      const before = truth(profile, 'unpatched');
      const after = truth(profile, 'patched');
      expect(report.objects.map((o) => o.object).sort()).toEqual([...after.keys()].sort());
      for (const o of report.objects) {
        expect(o.before.join(' '), `${o.object} before`).toBe(before.get(o.object));
        expect(o.after.join(' '), `${o.object} after`).toBe(after.get(o.object));
      }
    });
  }
});

const C_OBJECTS = ['purgatory.o', 'sha256.o', 'string.o'];
const ASM_OBJECTS = ['stack.o', 'setup-x86_64.o', 'entry64.o', 'kexec-purgatory.o'];

/** The words removed from `before` to get `after`, assuming one contiguous run. */
function removedRun(before: string[], after: string[]): string[] {
  let i = 0;
  while (i < after.length && before[i] === after[i]) i++;
  const removed = before.length - after.length;
  expect(before.slice(i + removed)).toEqual(after.slice(i));
  return before.slice(i, i + removed);
}

describe('the founding case: x86/purgatory: Remove LTO flags', () => {
  const cases: [string, string[]][] = [
    ['clang-thinlto', ['-flto=thin', '-fsplit-lto-unit', '-fvisibility=hidden']],
    ['clang-fulllto', ['-flto', '-fvisibility=hidden']],
  ];
  for (const [profile, run] of cases) {
    it(`${profile}: the C objects lose exactly ${run.join(' ')} after -fno-lto; -fno-lto and one -fvisibility=hidden stay`, async () => {
      const r = await kflags(['diff', '--patch', examplePatch, 'examples/purgatory', '--profile', profile, '--json']);
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as JsonDiff;
      for (const o of report.objects) {
        const name = path.basename(o.object);
        if (C_OBJECTS.includes(name)) {
          expect(o.kind).toBe('c');
          const removed = removedRun(o.before, o.after);
          expect(removed).toEqual(run);
          // Removed right after -fno-lto, which stays.
          expect(o.before[o.before.indexOf(run[0]) - 1]).toBe('-fno-lto');
          expect(o.after).toContain('-fno-lto');
          expect(o.before.filter((f) => f === '-fvisibility=hidden')).toHaveLength(2);
          expect(o.after.filter((f) => f === '-fvisibility=hidden')).toHaveLength(1);
          expect(o.after.some((f) => f.startsWith('-flto'))).toBe(false);
        } else {
          expect(ASM_OBJECTS).toContain(name);
          expect(o.kind).toBe('asm');
          expect(o.after).toEqual(o.before);
          expect(o.before).toContain('-fno-lto');
          expect(o.before.some((f) => f.startsWith('-flto'))).toBe(false);
        }
      }
    });
  }

  it('profile flags from KCFLAGS are gone in both states', async () => {
    for (const profile of ['clang-thinlto-profile', 'clang-thinlto-profile-use']) {
      const r = await kflags(['diff', '--patch', examplePatch, 'examples/purgatory', '--profile', profile, '--json']);
      const report = JSON.parse(r.stdout) as JsonDiff;
      for (const o of report.objects) {
        expect(o.before.some((f) => /^-fprofile-(sample-)?use=/.test(f))).toBe(false);
        expect(o.after.some((f) => /^-fprofile-(sample-)?use=/.test(f))).toBe(false);
      }
      const text = await kflags(['diff', '--patch', examplePatch, 'examples/purgatory', '--profile', profile]);
      expect(text.stdout).toMatch(/-fprofile-(sample-)?use=\S+ already removed in both states by examples\/purgatory\/Makefile:27/);
    }
  });

  it('the text report shows the removed run with -fno-lto kept beside it', async () => {
    const r = await kflags(['diff', '--patch', examplePatch, 'examples/purgatory', '--profile', 'clang-thinlto']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('arch/x86/purgatory/purgatory.o (C)\n    -fno-lto\n  - -flto=thin');
    expect(r.stdout).toContain('one of two copies removed, one left');
    expect(r.stdout).toContain('3 of 7 objects changed: 9 removed, 0 added, 0 moved');
  });

  it.skipIf(!fs.existsSync(seed))('the seed mail thread works as --patch (first diff, applied with an offset)', async () => {
    const r = await kflags(['diff', '--patch', seed, 'examples/purgatory', '--profile', 'clang-thinlto', '--explain']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('[PATCH v2] x86/purgatory: Remove LTO flags');
    expect(r.stdout).toMatch(/Hunk #1 succeeded at \d+ \(offset \d+ lines\)/);
    expect(r.stdout).toMatch(/- -flto=thin +pos \d+, removed at examples\/purgatory\/Makefile:31 via KBUILD_CFLAGS/);
  });

  it('an already applied patch is detected: the file is "after", the reversed patch "before"', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kflags-applied-'));
    for (const f of fs.readdirSync(example)) {
      if (fs.statSync(path.join(example, f)).isFile()) fs.copyFileSync(path.join(example, f), path.join(dir, f));
    }
    const p = spawnSync('patch', ['-s', '-p4', '-d', dir, '-i', examplePatch], { encoding: 'utf8' });
    expect(p.status, p.stderr).toBe(0);
    const before = fs.readFileSync(path.join(dir, 'Makefile'), 'utf8');
    const r = await kflags(['diff', '--patch', examplePatch, dir, '--obj', 'arch/x86/purgatory', '--profile', 'clang-thinlto', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as JsonDiff;
    expect(report.patch?.mode).toBe('already-applied');
    const purgatory = report.objects.find((o) => o.object.endsWith('/purgatory.o'))!;
    expect(removedRun(purgatory.before, purgatory.after)).toEqual(['-flto=thin', '-fsplit-lto-unit', '-fvisibility=hidden']);
    // Nothing was written to the user's tree.
    expect(fs.readFileSync(path.join(dir, 'Makefile'), 'utf8')).toBe(before);
  });
});

describe('kflags check', () => {
  const base = ['check', '--patch', examplePatch, 'examples/purgatory', '--profile', 'clang-thinlto'];
  it('passes when -flto% is removed and -fno-lto kept', async () => {
    const r = await kflags([...base, '--expect-removed', '-flto%', '--expect-kept', '-fno-lto']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('fails (exit 1) naming the object and flag when an expectation does not hold', async () => {
    const r = await kflags([...base, '--expect-removed', '-fvisibility=hidden']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('purgatory.o');
    expect(r.stdout).toContain('-fvisibility=hidden');
  });
  it('markdown and json formats', async () => {
    const md = await kflags([...base, '--expect-removed', '-flto%', '--format', 'markdown']);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^## /m);
    const js = await kflags([...base, '--expect-removed', '-flto%', '--json']);
    expect(JSON.parse(js.stdout).kind).toBe('kflags.check');
  });
});

describe('kflags flags', () => {
  it('lists every object with its kind, in Kbuild order', async () => {
    const r = await kflags(['flags', 'examples/purgatory', '--obj', 'arch/x86/purgatory', '--profile', 'gcc', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { objects: { object: string; kind: string; flags: string[] }[] };
    expect(report.objects.map((o) => `${path.basename(o.object)}:${o.kind}`)).toEqual([
      'purgatory.o:c',
      'stack.o:asm',
      'setup-x86_64.o:asm',
      'sha256.o:c',
      'entry64.o:asm',
      'string.o:c',
      'kexec-purgatory.o:asm',
    ]);
    const sha = report.objects.find((o) => o.object.endsWith('sha256.o'))!;
    expect(sha.flags).toContain('-D__DISABLE_EXPORTS');
    expect(sha.flags).not.toContain('-pg');
  });
  it('--explain says where a flag was added', async () => {
    const r = await kflags(['flags', 'examples/purgatory', '--obj', 'arch/x86/purgatory', '--object', 'purgatory.o', '--explain', '--json']);
    const report = JSON.parse(r.stdout) as { objects: { origins: { flag: string; addedAt: { file: string; line: number } | null; via: string | null }[] }[] };
    const lto = report.objects[0].origins.find((o) => o.flag === '-flto=thin')!;
    expect(lto.addedAt?.file).toMatch(/toplevel\.mk$/);
    expect(lto.via).toBe('KBUILD_CFLAGS <- CC_FLAGS_LTO');
    const visibility = report.objects[0].origins.filter((o) => o.flag === '-fvisibility=hidden');
    expect(visibility.map((o) => o.via)).toEqual(['KBUILD_CFLAGS <- CC_FLAGS_LTO', 'CFLAGS_purgatory.o <- PURGATORY_CFLAGS']);
  });
  it('--explain says what was removed on the way, and by which line', async () => {
    const r = await kflags(['flags', 'examples/purgatory', '--obj', 'arch/x86/purgatory', '--object', 'purgatory.o', '--explain', '--profile', 'clang-thinlto-profile', '--json']);
    const removed = JSON.parse(r.stdout).objects[0].removed as { flag: string; removedAt: { file: string; line: number } | null; via: string | null }[];
    const byFlag = new Map(removed.map((x) => [x.flag, x]));
    expect(byFlag.get('-fprofile-sample-use=/path/to/profile.afdo')?.removedAt).toEqual({ file: 'examples/purgatory/Makefile', line: 27 });
    expect(byFlag.get('-pg')?.via).toBe('CFLAGS_REMOVE_purgatory.o');
    expect(byFlag.has('-fno-lto')).toBe(false);
  });
  it('--object takes a source file too (its name, or its path in the tree)', async () => {
    for (const name of ['purgatory.c', 'arch/x86/purgatory/purgatory.c', 'entry64.S']) {
      const r = await kflags(['flags', 'examples/purgatory', '--obj', 'arch/x86/purgatory', '--object', name, '--json']);
      expect(r.status, r.stderr).toBe(0);
      expect((JSON.parse(r.stdout) as { objects: { object: string }[] }).objects.map((o) => o.object)).toEqual([`arch/x86/purgatory/${path.basename(name).replace(/\.[cS]$/, '.o')}`]);
    }
    const missing = await kflags(['flags', 'examples/purgatory', '--object', 'nothere.c']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/object 'nothere.c' is not built by this makefile/);
  });
  it('command-line variables override the profile (KCFLAGS)', async () => {
    const r = await kflags(['flags', 'examples/purgatory', '--obj', 'arch/x86/purgatory', '--object', 'purgatory.o', '--json', 'KCFLAGS=-DKFLAGS_TEST']);
    expect(JSON.parse(r.stdout).objects[0].flags).toContain('-DKFLAGS_TEST');
  });
  it('--base: your own fragment instead of a profile and the bundled top level', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kflags-base-'));
    const base = path.join(dir, 'base.mk');
    fs.writeFileSync(base, 'CONFIG_LTO_CLANG := y\nCC_FLAGS_LTO := -flto=full-custom\nKBUILD_CFLAGS := -O1 -fno-lto $(CC_FLAGS_LTO)\nKBUILD_AFLAGS := -D__ASSEMBLY__\n');
    const r = await kflags(['diff', '--patch', examplePatch, 'examples/purgatory', '--base', base, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const purgatory = (JSON.parse(r.stdout) as JsonDiff).objects.find((o) => o.object.endsWith('/purgatory.o'))!;
    expect(purgatory.before).toContain('-flto=full-custom');
    expect(purgatory.after).not.toContain('-flto=full-custom');
    expect(purgatory.after).toContain('-fno-lto');
  });
  it('--src: where the sources are decides C or assembler', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kflags-src-'));
    fs.writeFileSync(path.join(dir, 'Makefile'), 'obj-y += one.o two.o\n');
    const src = fs.mkdtempSync(path.join(os.tmpdir(), 'kflags-src2-'));
    fs.writeFileSync(path.join(src, 'one.S'), '');
    fs.writeFileSync(path.join(src, 'two.c'), '');
    const r = await kflags(['flags', dir, '--obj', 'drivers/x', '--src', src, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const objects = JSON.parse(r.stdout).objects as { object: string; kind: string }[];
    expect(objects.map((o) => `${o.object}:${o.kind}`)).toEqual(['drivers/x/one.o:asm', 'drivers/x/two.o:c']);
  });
  it('--config: a .config decides the CONFIG_ symbols', async () => {
    const cfg = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kflags-cfg-')), '.config');
    fs.writeFileSync(cfg, fs.readFileSync(path.join(example, 'configs/clang-thinlto.config'), 'utf8').replace('CONFIG_LTO_CLANG_THIN=y', '# CONFIG_LTO_CLANG_THIN is not set\nCONFIG_LTO_CLANG_FULL=y'));
    const r = await kflags(['flags', 'examples/purgatory', '--obj', 'arch/x86/purgatory', '--profile', 'clang-thinlto', '--config', cfg, '--object', 'purgatory.o', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const flags = JSON.parse(r.stdout).objects[0].flags as string[];
    expect(flags).toContain('-flto');
    expect(flags).not.toContain('-flto=thin');
  });
});

describe('bad input gets a clear error and exit status 2', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kflags-bad-'));
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(tmp, name), text);
    return path.join(tmp, name);
  };
  const cases: [string, () => string[], RegExp][] = [
    ['unknown profile', () => ['flags', 'examples/purgatory', '--profile', 'msvc'], /unknown profile 'msvc'/],
    ['missing .config', () => ['flags', 'examples/purgatory', '--config', '/nonexistent/.config'], /--config \/nonexistent\/.config: No such file/],
    ['junk in .config', () => ['flags', 'examples/purgatory', '--config', write('junk.config', 'CONFIG_A=y\nthis is junk\n')], /junk\.config:2: \*\*\* invalid \.config line/],
    ['object not in the makefile', () => ['flags', 'examples/purgatory', '--object', 'nothere.o'], /object 'nothere.o' is not built by this makefile/],
    [
      'patch for another file',
      () => ['diff', '--patch', write('other.patch', '--- a/drivers/foo/Kconfig\n+++ b/drivers/foo/Kconfig\n@@ -1,1 +1,2 @@\n config FOO\n+\tbool\n'), 'examples/purgatory'],
      /does not touch|Kconfig/,
    ],
    ['corrupt patch', () => ['diff', '--patch', write('corrupt.patch', '--- a/Makefile\n+++ b/Makefile\n@@ -1,5 +1,6 @@\n+x\n'), 'examples/purgatory'], /corrupt\.patch/],
    ['empty patch', () => ['diff', '--patch', write('empty.patch', ''), 'examples/purgatory'], /empty\.patch/],
    [
      'a patch whose hunk does not match',
      () => [
        'diff',
        '--patch',
        write('nomatch.patch', '--- a/arch/x86/purgatory/Makefile\n+++ b/arch/x86/purgatory/Makefile\n@@ -1,2 +1,3 @@\n no such line\n another line\n+added\n'),
        'examples/purgatory',
      ],
      /Hunk #1/,
    ],
    ['missing directory', () => ['flags', '/nonexistent/dir'], /No such file or directory/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const r = await kflags(args());
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    });
  }
  it('inside a kernel tree, reads stay in the tree (no read of /etc)', async () => {
    const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'kflags-tree-'));
    fs.mkdirSync(path.join(tree, 'scripts'));
    fs.mkdirSync(path.join(tree, 'drivers/x'), { recursive: true });
    fs.writeFileSync(path.join(tree, 'scripts/Makefile.lib'), '');
    fs.writeFileSync(path.join(tree, 'Makefile'), '');
    fs.writeFileSync(path.join(tree, 'drivers/x/Makefile'), 'obj-y += a.o\ninclude /etc/hostname\n');
    const r = await kflags(['flags', path.join(tree, 'drivers/x')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refusing to read '\/etc\/hostname'/);
  });
  it('--json errors are JSON objects', async () => {
    const r = await kflags(['flags', 'examples/purgatory', '--profile', 'msvc', '--json']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).error.message).toMatch(/unknown profile/);
  });
});
