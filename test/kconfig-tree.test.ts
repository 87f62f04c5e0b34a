// Kconfig in tree mode: the .config brought up to date as make's syncconfig
// does before a build (src/kbuild/tree/tree.ts evaluateTopLevel, with
// src/kbuild/kconfig), its $(shell)s answered by the compiler model. What it
// must give is what the real `make olddefconfig` gave (test/fixtures/kconfig,
// recorded by scripts/kconfig/record.sh): the flags of a fragment are those
// of the .config Kconfig completes it to.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runKflags } from './helpers/cli.js';
import { evaluateTopLevel } from '../src/kbuild/tree/tree.js';
import { defaultCompilerModelId, loadCompilerModel } from '../src/kbuild/tree/compilers.js';
import { linuxFullTree, requireTree } from './helpers/linux.js';

const root = path.resolve(import.meta.dirname, '..');
const builds = path.join(root, 'test/fixtures/kernel-builds');
const kconfig = path.join(root, 'test/fixtures/kconfig');
const O = `O=${path.join(tmpdir(), 'kflags-kconfig-objtree')}`;

const kflags = (args: string[]) => runKflags(args, root);

/** Each object's command, from `flags --json`. */
const commands = (json: string) => (JSON.parse(json).objects as { object: string; command: string }[]).map((o) => [o.object, o.command]);

const have = requireTree('6.1') && requireTree('6.12');

describe.skipIf(!have)('Kconfig before the build, in tree mode', () => {
  const t612 = () => linuxFullTree('6.12');
  const t61 = () => linuxFullTree('6.1');

  it('keeps every recorded 6.12 and 6.1 configuration as it is, with the compiler model answering', () => {
    const seen = new Set<string>();
    for (const file of readdirSync(builds).filter((f) => /^6\.(12|1)-/.test(f) && f.endsWith('.dry-run.json.gz'))) {
      const doc = JSON.parse(gunzipSync(readFileSync(path.join(builds, file))).toString('utf8')) as { config: string; makeArgs: string[] };
      const key = `${doc.config} ${doc.makeArgs.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const configFile = path.join(builds, `${doc.config}.config`);
      const top = evaluateTopLevel(
        { srctree: file.startsWith('6.12-') ? t612() : t61(), objtree: path.join(tmpdir(), 'kflags-kconfig-identity'), config: readFileSync(configFile, 'latin1'), configFile, commandLine: doc.makeArgs, compiler: loadCompilerModel(defaultCompilerModelId(doc.makeArgs)), kconfig: 'always' },
        [],
      );
      expect(top.kconfig, key).toEqual({ changes: [], unknownShell: [] });
      expect(top.probeHost.probes.filter((p) => p.source === 'unknown').map((p) => p.command), key).toEqual([]);
    }
    expect([...seen].filter((k) => k.startsWith('6.1-')).length).toBeGreaterThanOrEqual(4);
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });

  it('a fragment: the flags of the .config make olddefconfig completes it to, with a note', async () => {
    const fragment = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', path.join(kconfig, 'kexec-fragment.config'), O, '--json']);
    expect(fragment.status, fragment.stderr).toBe(0);
    expect(fragment.stderr).toMatch(/^kflags: note: .*kexec-fragment\.config: make's syncconfig changes \d+ options before building \(.*\); kflags read the \.config so, with Kconfig's olddefconfig\.\n$/);
    const completed = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', path.join(kconfig, '6.12-kexec-fragment.expected.config'), O, '--json']);
    expect(completed.stderr).toBe('');
    expect(commands(fragment.stdout)).toEqual(commands(completed.stdout));
    // --json says what Kconfig did (null: it did not run).
    const run = JSON.parse(fragment.stdout).kconfig;
    expect(run.unknownShell).toEqual([]);
    expect(run.changes.length).toBeGreaterThan(1000);
    expect(run.changes).toContainEqual({ symbol: '64BIT', to: 'y' });
    expect(run.changes.some((c: { symbol: string }) => c.symbol === 'KEXEC_FILE')).toBe(false);
    expect(JSON.parse(completed.stdout).kconfig).toBeNull();
    expect(commands(fragment.stdout).map(([o]) => o)).toContain('arch/x86/purgatory/purgatory.o');
    // --kconfig never: the fragment as given, said.
    const asGiven = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', path.join(kconfig, 'kexec-fragment.config'), O, '--json', '--kconfig', 'never']);
    expect(asGiven.stderr).toMatch(/it was not written by Kconfig.*kflags does not run Kconfig here \(--kconfig never\)/);
    expect(commands(asGiven.stdout)).not.toEqual(commands(completed.stdout));
  });

  it("a 6.1 .config on the 6.12 tree: 6.12's options get their defaults (CONFIG_MITIGATION_RETPOLINE), as make olddefconfig gave", async () => {
    const old = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', path.join(builds, '6.1-gcc.config'), O, '--json']);
    expect(old.status, old.stderr).toBe(0);
    expect(old.stderr).toMatch(/make's syncconfig changes \d+ options before building/);
    const configFile = path.join(builds, '6.1-gcc.config');
    const top = evaluateTopLevel({ srctree: t612(), objtree: O.slice(2), config: readFileSync(configFile, 'latin1'), configFile, compiler: loadCompilerModel('gcc-12') }, []);
    expect(top.kconfig?.changes).toContainEqual({ symbol: 'MITIGATION_RETPOLINE', to: 'y' });
    expect(top.kconfig?.changes).toContainEqual({ symbol: 'RETPOLINE', from: 'y' });
    const made = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', path.join(kconfig, '6.1-gcc-on-6.12.expected.config'), O, '--json']);
    expect(commands(old.stdout)).toEqual(commands(made.stdout));
  });

  it('a 6.12 .config on the 6.1 tree is completed by Kconfig as make olddefconfig completed it: a note, no warning', async () => {
    const r = await kflags(['flags', '--tree', t61(), '--dir', 'arch/x86/purgatory', '--config', path.join(builds, '6.12-gcc.config'), O, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^kflags: note: .*6\.12-gcc\.config: make's syncconfig changes \d+ options before building \(.*\); kflags read the \.config so, with Kconfig's olddefconfig\.\n$/);
    const made = await kflags(['flags', '--tree', t61(), '--dir', 'arch/x86/purgatory', '--config', path.join(kconfig, '6.12-gcc-on-6.1.expected.config'), O, '--json']);
    expect(made.stderr).toBe('');
    expect(commands(r.stdout)).toEqual(commands(made.stdout));
    expect(commands(r.stdout).map(([o]) => o)).toContain('arch/x86/purgatory/purgatory.o');
  });

  it('--kconfig takes auto, always or never', async () => {
    const r = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', path.join(builds, '6.12-gcc.config'), '--kconfig', 'sometimes']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--kconfig takes auto, always or never, not 'sometimes'");
  });

  it("Kconfig that stops on what the model cannot answer says where and why (loongarch's `default $(as-version)` left empty)", async () => {
    // The model has no loongarch answers: clang 14 is too old for it (Kconfig.include stops with --allow-shell).
    const r = await kflags(['flags', '--tree', t612(), '--dir', 'init', '--config', path.join(kconfig, 'kexec-fragment.config'), 'ARCH=loongarch', 'LLVM=1', O]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('kflags could not run Kconfig (init/Kconfig:45: syntax error in expression, after ');
    expect(r.stderr).toMatch(/commands the compiler model does not know \(answered as failed; --allow-shell runs them\), first: \S*scripts\/as-version\.sh clang --target=loongarch64-linux-gnusf /);
  });

  it('powerpc, whose probes the model has since 6.12-powerpc-clang was recorded: Kconfig runs on a fragment', async () => {
    const r = await kflags(['flags', '--tree', t612(), '--dir', 'init', '--config', path.join(kconfig, 'kexec-fragment.config'), 'ARCH=powerpc', 'LLVM=1', O]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('could not run Kconfig');
  });

  it("the build directory's own .config edited since auto.conf (scripts/config -e): Kconfig runs, as make's rule for auto.conf says", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kflags-edited-'));
    try {
      // A Kconfig-written .config with one option set by hand: KASAN without the choices and selects it brings.
      writeFileSync(path.join(dir, '.config'), readFileSync(path.join(builds, '6.12-gcc.config'), 'latin1') + 'CONFIG_KASAN=y\n', 'latin1');
      mkdirSync(path.join(dir, 'include/config'), { recursive: true });
      const autoConf = path.join(dir, 'include/config/auto.conf');
      writeFileSync(autoConf, '# made by an earlier build\n');
      const args = (kconfig: string) => ['flags', '--tree', t612(), '--dir', 'init', `O=${dir}`, '--kconfig', kconfig, '--json'];
      const flagsOf = (json: string) => commands(json).map(([, c]) => c);
      // auto.conf newer than the .config: make builds with the .config as it is.
      utimesSync(path.join(dir, '.config'), new Date(2020, 0, 1), new Date(2020, 0, 1));
      const kept = await kflags(args('auto'));
      expect(kept.status, kept.stderr).toBe(0);
      expect(kept.stderr).toBe('');
      expect(flagsOf(kept.stdout)).toEqual(flagsOf((await kflags(args('never'))).stdout));
      // Edited after auto.conf: syncconfig runs; so does kflags' Kconfig, with what it changed said.
      utimesSync(path.join(dir, '.config'), new Date(), new Date());
      utimesSync(autoConf, new Date(2020, 0, 1), new Date(2020, 0, 1));
      const synced = await kflags(args('auto'));
      expect(synced.status, synced.stderr).toBe(0);
      expect(synced.stderr).toMatch(/make's syncconfig changes \d+ options before building \(.*CONFIG_KASAN_GENERIC=y/);
      expect(flagsOf(synced.stdout)).toEqual(flagsOf((await kflags(args('always'))).stdout));
      expect(flagsOf(synced.stdout).every((c) => c.includes('-fsanitize=kernel-address'))).toBe(true);
      // No auto.conf at all (a configuration step, no build since): the same.
      rmSync(autoConf);
      const fresh = await kflags(args('auto'));
      expect(fresh.stderr).toContain('CONFIG_KASAN_GENERIC=y');
      expect(flagsOf(fresh.stdout)).toEqual(flagsOf(synced.stdout));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lines of a .config that are not Kconfig\'s are dropped with conf\'s own warnings, as syncconfig does (make olddefconfig printed these two)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kflags-junk-'));
    try {
      const config = path.join(dir, 'junk.config');
      writeFileSync(config, 'CONFIG_KEXEC_FILE=y\nthis is garbage\nCONFIG_64BIT=maybe\n');
      const r = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', config, O, '--json']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr.split('\n').slice(0, 2)).toEqual([`${config}:2:warning: unexpected data: this is garbage`, `${config}:3:warning: symbol value 'maybe' invalid for 64BIT`]);
      // The rest is the fragment's: the same flags as without the junk.
      writeFileSync(config, 'CONFIG_KEXEC_FILE=y\n');
      const clean = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', config, O, '--json']);
      expect(commands(r.stdout)).toEqual(commands(clean.stdout));
      // A Kconfig-written .config with a junk line: syncconfig would run for it.
      const written = readFileSync(path.join(builds, '6.12-gcc.config'), 'latin1');
      writeFileSync(config, written + 'junk\n', 'latin1');
      const kept = await kflags(['flags', '--tree', t612(), '--dir', 'arch/x86/purgatory', '--config', config, O, '--kconfig', 'never']);
      expect(kept.status).toBe(0);
      expect(kept.stderr).toContain(`: line ${written.split('\n').length} ("junk") is not Kconfig's: syncconfig drops it with a warning. kflags does not run Kconfig here (--kconfig never)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
