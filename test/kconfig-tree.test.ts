// Kconfig in tree mode: the .config brought up to date as make's syncconfig
// does before a build (src/kbuild/tree/tree.ts evaluateTopLevel, with
// src/kbuild/kconfig), its $(shell)s answered by the compiler model. What it
// must give is what the real `make olddefconfig` gave (test/fixtures/kconfig,
// recorded by scripts/kconfig/record.sh): the flags of a fragment are those
// of the .config Kconfig completes it to.
import { readFileSync, readdirSync } from 'node:fs';
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
});
