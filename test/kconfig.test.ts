// Kconfig's olddefconfig (src/kbuild/kconfig) against the real thing: each
// case's expected .config and include/config/auto.conf were written by
// `make olddefconfig` (scripts/kconfig/record.sh), with the environment conf
// read then (the case's .env, from auto.conf.cmd). $(shell,...) runs for real
// when the compiler is installed.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { olddefconfig } from '../src/kbuild/kconfig/index.js';
import { MakeError } from '../src/eval/errors.js';
import { linuxFullTree, requireTree } from './helpers/linux.js';

const FIX = join(import.meta.dirname, 'fixtures/kconfig');
const BUILDS = join(import.meta.dirname, 'fixtures/kernel-builds');

function readEnv(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) env[line.slice(0, i)] = line.slice(i + 1);
  }
  return env;
}

const have = (cmd: string): boolean => spawnSync('/bin/sh', ['-c', `command -v ${cmd}`]).status === 0;

/** $(shell,...) run by /bin/sh in a scratch directory; no answer when the compiler is missing. */
function shellFor(env: Record<string, string>, dir: string): (command: string) => { output: string; status: number } | undefined {
  const ok = have(env.CC ?? 'gcc') && have(env.LD ?? 'ld');
  return (command) => {
    if (!ok) return undefined;
    const r = spawnSync('/bin/sh', ['-c', command], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
    return { output: r.stdout ?? '', status: r.status ?? 1 };
  };
}

interface Case {
  name: string;
  version: '6.1' | '6.12';
  input: () => string;
  expectedConfig: () => string;
}

function cases(): Case[] {
  const out: Case[] = [];
  const inTree = (version: string, path: string) => () => readFileSync(join(linuxFullTree(version), path), 'utf8');
  const fixture = (f: string) => () => readFileSync(join(FIX, f), 'utf8');
  const add = (name: string, version: '6.1' | '6.12', input: () => string) =>
    out.push({ name, version, input, expectedConfig: fixture(`${name}.expected.config`) });
  add('6.12-kexec-fragment', '6.12', fixture('kexec-fragment.config'));
  add('6.1-kexec-fragment', '6.1', fixture('kexec-fragment.config'));
  add('6.12-allno-fragment', '6.12', fixture('allno-fragment.config'));
  add('6.12-clang-fragment', '6.12', fixture('clang-fragment.config'));
  add('6.12-x86_64_defconfig', '6.12', inTree('6.12', 'arch/x86/configs/x86_64_defconfig'));
  add('6.1-x86_64_defconfig', '6.1', inTree('6.1', 'arch/x86/configs/x86_64_defconfig'));
  add('6.1-allno-fragment', '6.1', fixture('allno-fragment.config'));
  add('6.1-clang-fragment', '6.1', fixture('clang-fragment.config'));
  add('6.1-gcc-on-6.12', '6.12', () => readFileSync(join(BUILDS, '6.1-gcc.config'), 'utf8'));
  add('6.12-gcc-on-6.1', '6.1', () => readFileSync(join(BUILDS, '6.12-gcc.config'), 'utf8'));
  add('6.12-allmod-on-6.1', '6.1', () => readFileSync(join(BUILDS, '6.12-allmod.config'), 'utf8'));
  for (const f of readdirSync(FIX).filter((x) => x.startsWith('identity-') && x.endsWith('.env')).sort()) {
    const n = f.slice('identity-'.length, -'.env'.length);
    const version = n.startsWith('6.12-') ? '6.12' : '6.1';
    const input = () => readFileSync(join(BUILDS, `${n}.config`), 'utf8');
    out.push({ name: `identity-${n}`, version, input, expectedConfig: input });
  }
  return out;
}

for (const c of cases()) {
  describe.skipIf(!requireTree(c.version))(`olddefconfig ${c.name}`, () => {
    it('writes .config and auto.conf byte for byte as make olddefconfig', (ctx) => {
      const srctree = linuxFullTree(c.version);
      const env = { ...readEnv(join(FIX, `${c.name}.env`)), srctree };
      // Recorded where rustup's rustc answers Kconfig's version probe: without one the answer is 0, another .config.
      if (/^CONFIG_RUSTC_VERSION=[1-9]/m.test(c.expectedConfig()) && !have(env.RUSTC ?? 'rustc')) {
        if (process.env.CI) throw new Error('rustc is not on PATH (.ci/run puts ~/.cargo/bin there)');
        ctx.skip();
      }
      const dir = mkdtempSync(join(tmpdir(), 'kflags-kconfig-'));
      try {
        const r = olddefconfig({ srctree, arch: env.ARCH, env, shell: shellFor(env, dir) }, c.input(), '.config');
        expect(r.unknownShell).toEqual([]);
        expect(r.config).toBe(c.expectedConfig());
        expect(r.autoConf).toBe(readFileSync(join(FIX, `${c.name}.expected.auto.conf`), 'utf8'));
        if (c.name.startsWith('identity-')) expect(r.changes).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);
  });
}

// 6.1's conf (a choice is a symbol whose value is its chosen member) on small
// Kconfig files: 6.1's own scripts/kconfig/tests and tests-6.1/extra/Kconfig,
// each with every input of tests-6.1/inputs and the tests' own configs; the
// expected outputs are the real conf's (scripts/kconfig/record-tests61.sh).
describe.skipIf(!requireTree('6.1'))('olddefconfig on 6.1 conf\'s choice corners', () => {
  const T = join(FIX, 'tests-6.1');
  const outs = existsSync(join(T, 'out')) ? readdirSync(join(T, 'out')).filter((x) => x.endsWith('.auto.conf')).sort() : [];
  it('has recorded cases', () => expect(outs.length).toBeGreaterThan(80));
  for (const f of outs) {
    const [dir, input] = f.slice(0, -'.auto.conf'.length).split('.');
    it(`${dir} with ${input}`, () => {
      const tests = join(linuxFullTree('6.1'), 'scripts/kconfig/tests');
      const srctree = dir === 'extra' ? join(T, 'extra') : join(tests, dir);
      const dash = input.lastIndexOf('-');
      const text = dash > 0
        ? readFileSync(join(tests, input.slice(0, dash), input.slice(dash + 1)), 'utf8')
        : readFileSync(join(T, 'inputs', `${input}.config`), 'utf8');
      const r = olddefconfig({ srctree, arch: 'x86', env: {}, shell: () => undefined, dialect: '6.1' }, text, '.config');
      expect(r.config).toBe(readFileSync(join(T, 'out', `${dir}.${input}.config`), 'utf8'));
      expect(r.autoConf).toBe(readFileSync(join(T, 'out', f), 'utf8'));
    });
  }
});

describe.skipIf(!requireTree('6.12'))('olddefconfig: what changed, and errors', () => {
  it('a fragment gains defaults; RETPOLINE is MITIGATION_RETPOLINE in 6.12', { timeout: 120_000 }, () => {
    const srctree = linuxFullTree('6.12');
    const env = { ...readEnv(join(FIX, '6.12-kexec-fragment.env')), srctree };
    const dir = mkdtempSync(join(tmpdir(), 'kflags-kconfig-'));
    const r = olddefconfig({ srctree, arch: 'x86', env, shell: shellFor(env, dir) }, 'CONFIG_KEXEC_FILE=y\nCONFIG_RETPOLINE=y\n', 'frag.config');
    rmSync(dir, { recursive: true, force: true });
    expect(r.config).toContain('\nCONFIG_KEXEC_FILE=y\n');
    expect(r.config).toContain('\nCONFIG_MITIGATION_RETPOLINE=y\n');
    expect(r.changes).toContainEqual({ symbol: 'RETPOLINE', from: 'y' });
    expect(r.changes).toContainEqual({ symbol: 'MITIGATION_RETPOLINE', to: 'y' });
  });

  it('an error in a Kconfig file is a MakeError at its file:line', () => {
    const files: Record<string, string> = {
      '/k/Makefile': 'VERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 0\n',
      '/k/scripts/kconfig/symbol.c': 'struct symbol *sym_calc_choice(struct menu *choice)',
      '/k/Kconfig': 'mainmenu "T"\nconfig A\n\tbool "a"\nfrobnicate A\n',
    };
    const run = () => olddefconfig({ srctree: '/k', arch: 'x86', env: {}, shell: () => undefined, readFile: (f) => files[f] }, '', '.config');
    expect(run).toThrow(MakeError);
    try {
      run();
    } catch (e) {
      expect((e as MakeError).render()).toBe('Kconfig:4: *** unknown statement "frobnicate".  Stop.\n');
    }
  });
});

it('fixtures exist', () => {
  expect(existsSync(join(FIX, 'kexec-fragment.config'))).toBe(true);
});
