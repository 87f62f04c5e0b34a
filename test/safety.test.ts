// Safety: without --allow-shell, kflags runs nothing and writes nothing,
// whatever route a makefile takes; reads stay inside the allowed
// directories; kflags' own limits stop runaway makefiles with a clear error.
//
// Every child process is counted in-process: node:child_process is mocked
// with every spawning function wrapped by a counter (a positive control
// with --allow-shell proves the counter sees kflags' shell). Every scenario
// also names two canaries: `canary` (absent; commands create it) and
// `victim` (present, old mtime; commands append to it). After each run the
// whole temporary directory must be byte-for-byte and mtime-for-mtime as it
// was, and the repository root must not have gained a canary either.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// A guard against runaway time (a hang or a quadratic blow-up takes minutes
// on these inputs), not a speed measurement: speed is measured by npm run
// bench. Generous, so that a loaded machine does not fail it.
const NO_HANG_MS = 30_000;
const { spawned, countingChildProcess } = vi.hoisted(() => {
  const spawned = { calls: [] as string[] };
  const SPAWNERS = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'];
  const countingChildProcess = (orig: Record<string, unknown>): Record<string, unknown> => {
    const wrapped: Record<string, unknown> = { ...orig };
    for (const name of SPAWNERS) {
      const f = orig[name] as ((...args: unknown[]) => unknown) | undefined;
      if (typeof f !== 'function') continue;
      wrapped[name] = (...args: unknown[]) => {
        spawned.calls.push(`${name} ${String(args[0])} ${JSON.stringify(args[1] ?? '')}`);
        return f(...args);
      };
    }
    return { ...wrapped, default: wrapped };
  };
  return { spawned, countingChildProcess };
});

vi.mock('node:child_process', async (importOriginal) => countingChildProcess(await importOriginal<Record<string, unknown>>()));
vi.mock('child_process', async (importOriginal) => countingChildProcess(await importOriginal<Record<string, unknown>>()));

import { run } from '../src/cli/app.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PURGATORY = join(ROOT, 'examples/purgatory');

interface Result {
  status: number;
  stdout: string;
  stderr: string;
  spawned: string[];
  ms: number;
}

async function kflags(argv: string[], cwd: string): Promise<Result> {
  let stdout = '';
  let stderr = '';
  spawned.calls.length = 0;
  const t0 = Date.now();
  const status = await run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    env: {},
    isTTY: false,
  });
  return { status, stdout, stderr, spawned: [...spawned.calls], ms: Date.now() - t0 };
}

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'kflags-safety-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every entry below dir: type, size, mtime, content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      if (st.isDirectory()) {
        out[p] = `dir ${st.mtimeMs}`;
        walk(p);
      } else out[p] = `${st.isSymbolicLink() ? 'link' : 'file'} ${st.size} ${st.mtimeMs} ${st.isFile() ? readFileSync(p, 'latin1') : ''}`;
    }
  };
  walk(dir);
  return out;
}

/** A directory with `canary` absent and `victim` present (old mtime). */
function canaryDir(): { dir: string; canary: string; victim: string; pre: string } {
  const dir = tempDir();
  const canary = join(dir, 'canary');
  const victim = join(dir, 'victim');
  writeFileSync(victim, 'original\n');
  utimesSync(victim, new Date('2001-01-01T00:00:00Z'), new Date('2001-01-01T00:00:00Z'));
  // Two lines every scenario starts with; PWN is the command that must never run.
  const pre = `C := ${canary}\nV := ${victim}\nPWN = touch $(C); echo pwned >> $(V)\n`;
  return { dir, canary, victim, pre };
}

const SHELL_WARNING = /^(\S+:\d+: )?kflags: \$\(shell \.\.\.\) not run \(use --allow-shell\)$/;
const FILE_WARNING = /^\S+:\d+: kflags: \$\(file >>?\S+\) not written \(kflags never writes files\)$/;

function expectUntouched(before: Record<string, string>, dir: string, r: Result): void {
  expect(r.spawned, 'child processes spawned').toEqual([]);
  expect(existsSync(join(dir, 'canary')), 'canary created').toBe(false);
  expect(snapshot(dir), 'files in the temporary directory changed').toEqual(before);
  expect(existsSync(join(ROOT, 'canary')), 'canary created in the repository root').toBe(false);
  expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
  expect(r.status === 0 || r.status === 2, `exit status ${r.status}\n${r.stderr}`).toBe(true);
}

beforeEach(() => {
  spawned.calls.length = 0;
});

// ------------------------------------------------------------------ positive controls

describe('the spawn counter works (positive controls, --allow-shell)', () => {
  it('$(shell touch canary) spawns and creates the canary with --allow-shell', async () => {
    const { dir, canary, pre } = canaryDir();
    writeFileSync(join(dir, 't.mk'), `${pre}X := $(shell touch $(C) && echo made)\n`);
    const r = await kflags(['eval', 't.mk', '--allow-shell', '--print', 'X'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('made\n');
    expect(r.spawned.length).toBeGreaterThan(0);
    expect(r.spawned.join('\n')).toMatch(/touch/);
    expect(existsSync(canary)).toBe(true);
  });

  it('`X != cmd` spawns with --allow-shell', async () => {
    const { dir, victim, pre } = canaryDir();
    writeFileSync(join(dir, 't.mk'), `${pre}X != echo pwned >> $(V); echo done\n`);
    const r = await kflags(['eval', 't.mk', '--allow-shell', '--print', 'X'], dir);
    expect(r.stdout).toBe('done\n');
    expect(r.spawned.length).toBeGreaterThan(0);
    expect(readFileSync(victim, 'latin1')).toBe('original\npwned\n');
  });

  it('the Kbuild commands spawn with --allow-shell', async () => {
    const { dir, canary, pre } = canaryDir();
    writeFileSync(join(dir, 'Makefile'), `${pre}obj-y += foo.o\nX := $(shell touch $(C))\n`);
    const r = await kflags(['flags', dir, '--obj', 'drivers/foo', '--allow-shell'], ROOT);
    expect(r.status, r.stderr).toBe(0);
    expect(r.spawned.length).toBeGreaterThan(0);
    expect(existsSync(canary)).toBe(true);
  });
});

// ------------------------------------------------------------------ eval: every route

interface Scenario {
  name: string;
  /** The makefile after the canary lines. */
  mk: string;
  /** Extra arguments after `eval t.mk`. */
  args?: string[];
  /** Expected exit status (default 0). */
  status?: number;
  /** A regular expression stderr must match. */
  stderr?: RegExp;
  /** More files in the directory. */
  files?: Record<string, string>;
}

const SCENARIOS: Scenario[] = [
  { name: '$(shell) in a simple assignment', mk: 'X := $(shell $(PWN))\n', stderr: /t\.mk:4: kflags: \$\(shell \.\.\.\) not run/ },
  { name: '$(shell) in a recursive variable, printed', mk: 'X = $(shell $(PWN))\n', args: ['--print', 'X'] },
  { name: '$(shell) at top level', mk: '$(shell $(PWN))\n' },
  { name: '$(shell) in a conditional', mk: 'ifeq ($(shell $(PWN)),)\nendif\n' },
  { name: '$(shell) in target and prerequisite names', mk: '$(shell $(PWN)) x: $(shell $(PWN))\n' },
  { name: '`X != cmd`', mk: 'X != $(PWN)\n', args: ['--print', 'X'], stderr: /t\.mk:4: kflags: \$\(shell \.\.\.\) not run/ },
  { name: '`X != cmd` with += after', mk: 'X != $(PWN)\nX += more\n', args: ['--print', 'X'] },
  { name: 'a rule with a recipe (the default goal)', mk: 'all:\n\t$(PWN)\n\t@$(PWN)\n\t+$(PWN)\n' },
  { name: 'a `;` recipe', mk: 'all: ; $(PWN)\n' },
  { name: 'a recipe, with --target', mk: 'all: ; $(PWN)\n', args: ['--target', 'all', '--print', '@'] },
  { name: '.DEFAULT', mk: '.DEFAULT: ; $(PWN)\nall: missing-prerequisite\n', args: ['--target', 'missing-prerequisite', '--print', '@'] },
  { name: '.PHONY targets', mk: '.PHONY: p\np: ; $(PWN)\n', args: ['--target', 'p', '--print', '@'] },
  { name: 'pattern rules', mk: '%.o: %.c ; $(PWN)\nall: x.o\n', args: ['--target', 'x.o', '--print', '@'] },
  { name: 'double-colon rules', mk: 'all:: ; $(PWN)\nall:: ; $(PWN)\n' },
  { name: '$(file >F)', mk: '$(file >$(C),pwned)\n$(file >$(V),pwned)\n', stderr: /t\.mk:4: kflags: \$\(file >\S*canary\) not written/ },
  { name: '$(file >>F)', mk: '$(file >>$(C),pwned)\n$(file >>$(V),pwned)\n', stderr: /t\.mk:5: kflags: \$\(file >>?\S*victim\) not written/ },
  { name: '$(file >F) in a recursive variable, printed', mk: 'W = $(file >$(V),pwned)\n', args: ['--print', 'W'] },
  { name: '$(eval) of $(shell)', mk: '$(eval X := $$(shell $$(PWN)))\n$(eval $(shell $(PWN)))\n' },
  { name: '$(eval) of a rule with a recipe', mk: '$(eval all: ; $$(PWN))\n' },
  { name: '$(eval) of $(file >F)', mk: '$(eval $$(file >$(V),pwned))\n' },
  { name: '$(eval) of a define with a recipe', mk: 'define R\nall:\n\t$$(PWN)\nX := $$(shell $$(PWN))\nendef\n$(eval $(R))\n' },
  { name: '$(call) of $(shell)', mk: 'f = $(shell touch $(1))\nX := $(call f,$(C))\n' },
  { name: '$(call) of $(file >F)', mk: 'w = $(file >>$(1),pwned)\n$(call w,$(V))\n' },
  { name: '$(call) of $(eval) of a recipe', mk: 'r = $(eval $(1): ; $$(PWN))\n$(call r,all)\n' },
  { name: 'target-specific variable expanded with --target', mk: 't: X = $(shell $(PWN))\nt: ; @:\n', args: ['--target', 't', '--print', 'X'] },
  { name: 'target-specific simple variable', mk: 't: X := $(shell $(PWN))\nt: ; @:\n', args: ['--target', 't', '--print', 'X'] },
  { name: 'target-specific != ', mk: 't: X != $(PWN)\nt: ; @:\n', args: ['--target', 't', '--print', 'X'] },
  { name: 'target-specific $(file >F)', mk: 't: X = $(file >$(V),pwned)\n', args: ['--target', 't', '--print', 'X'] },
  { name: 'pattern-specific variable', mk: '%.o: X = $(shell $(PWN))\n', args: ['--target', 'foo.o', '--print', 'X'] },
  { name: 'pattern-specific += ', mk: 'X = a\n%.o: X += $(shell $(PWN))\n', args: ['--target', 'dir/foo.o', '--print', 'X'] },
  { name: 'include $(shell)-generated names', mk: 'include $(shell echo gen.mk; $(PWN))\n' },
  { name: '-include $(shell)-generated names', mk: '-include $(shell echo gen.mk; $(PWN))\n' },
  {
    name: 'include of a missing file with a rule to make it',
    mk: 'include gen.mk\ngen.mk:\n\t$(PWN); echo X=1 > gen.mk\n',
    status: 2,
    stderr: /t\.mk:4: \*\*\* kflags: 'gen\.mk' would be remade by its recipe, and kflags never runs recipes\.  Stop\./,
  },
  { name: '-include of a missing file with a rule to make it', mk: '-include gen.mk\ngen.mk: ; $(PWN)\n' },
  { name: 'include of a missing file with a pattern rule', mk: 'include gen.mk\n%.mk: ; $(PWN)\n', status: 2 },
  { name: 'MAKEFLAGS assignments', mk: 'MAKEFLAGS += -B --always-make -j8 --eval=$$(shell $$(PWN))\nX := $(shell $(PWN))\nall: ; $(PWN)\n' },
  { name: 'MAKE assignments and $(MAKE) in recipes', mk: 'MAKE := touch $(C)\nall:\n\t$(MAKE) -C sub\n\t+$(MAKE)\n\t$(MAKE) $(MAKEFLAGS)\n' },
  { name: 'SHELL assignments', mk: 'SHELL := /usr/bin/touch\n.SHELLFLAGS := $(C)\nX := $(shell ignored)\nall: ; ignored\n' },
  { name: 'SHELL and .SHELLFLAGS as a command', mk: 'SHELL := /bin/sh\n.SHELLFLAGS := -c "$(PWN)"\nX != true\nall: ; true\n' },
  { name: 'export of variables', mk: 'export PATH := /nonexistent\nexport X := $(shell $(PWN))\nexport BASH_ENV := $(C)\nexport\nunexport Y\nall: ; $(PWN)\n' },
  { name: '.ONESHELL and .POSIX', mk: '.ONESHELL:\n.POSIX:\nall:\n\t$(PWN)\n' },
  { name: '.SECONDEXPANSION prerequisites', mk: '.SECONDEXPANSION:\nall: $$(shell $$(PWN))\n', args: ['--target', 'all', '--print', '^'] },
  { name: 'a command-line variable', mk: 'all: ; @:\n', args: ['X=$(shell touch canary)', '--print', 'X'] },
  { name: '--print of a function call', mk: 'all: ; @:\n', args: ['--print', 'shell touch canary'] },
  { name: 'an environment variable', mk: 'X := $(Y)\n', args: ['--env', 'Y=$(shell touch canary)', '--env', 'SHELL=/usr/bin/touch', '--print', 'X'] },
  {
    name: 'MAKEFLAGS in the environment (--eval, -- NAME=VALUE, after reading too)',
    mk: 'MAKEFLAGS += --eval=Z=$$(shell touch canary)\nall: ; @:\n',
    args: ['--env', 'MAKEFLAGS=-k --eval=X=$(shell\\ touch\\ canary) --eval=Y!=touch\\ canary -- V=$$(shell\\ touch\\ canary)', '--print', 'X', '--print', 'V', '--target', 'all'],
  },
  { name: '--json of a makefile with $(shell) in every variable', mk: 'A = $(shell $(PWN))\nB != $(PWN)\nC2 = $(file >$(V),x)\n', args: ['--json'] },
  { name: 'load', mk: 'load $(C).so\n', status: 2 },
  { name: '$(guile)', mk: 'X := $(guile (system "touch canary"))\n' },
  {
    name: 'an included makefile doing all of it',
    mk: 'include inc.mk\n',
    files: { 'inc.mk': 'X := $(shell $(PWN))\nY != $(PWN)\n$(file >$(V),x)\nall: ; $(PWN)\n' },
  },
];

describe('eval: nothing runs, nothing is written without --allow-shell', () => {
  for (const s of SCENARIOS) {
    it(s.name, async () => {
      const { dir, pre } = canaryDir();
      writeFileSync(join(dir, 't.mk'), pre + s.mk);
      for (const [name, text] of Object.entries(s.files ?? {})) writeFileSync(join(dir, name), text);
      const before = snapshot(dir);
      const r = await kflags(['eval', 't.mk', ...(s.args ?? [])], dir);
      expectUntouched(before, dir, r);
      expect(r.status, r.stderr).toBe(s.status ?? 0);
      if (s.stderr) expect(r.stderr).toMatch(s.stderr);
      // Every line kflags writes to stderr is one of its notes or a make error.
      for (const line of r.stderr.split('\n').filter((l) => l !== '')) {
        expect(line).toMatch(new RegExp(`${SHELL_WARNING.source}|${FILE_WARNING.source}|\\*\\*\\*|^\\S+:\\d+: .*|^kflags: `));
      }
      // Also with -C from elsewhere.
      const r2 = await kflags(['eval', '-C', dir, 't.mk', ...(s.args ?? [])], tmpdir());
      expectUntouched(before, dir, r2);
      expect(r2.status).toBe(s.status ?? 0);
    });
  }
});

describe('eval with --allow-shell: recipes, $(file >F) and remakes still never run', () => {
  const routes: Scenario[] = [
    { name: 'recipes and the default goal', mk: 'all:\n\t$(PWN)\n.DEFAULT: ; $(PWN)\n.PHONY: p\np: ; $(PWN)\n', args: ['--target', 'p', '--print', '@'] },
    { name: '$(file >F) and $(file >>F)', mk: '$(file >$(C),x)\n$(file >>$(V),x)\n$(eval $$(file >$(V),y))\n' },
    { name: 'include of a missing file with a rule', mk: 'include gen.mk\ngen.mk: ; $(PWN)\n', status: 2 },
    { name: '$(MAKE) in recipes', mk: 'MAKE := touch $(C)\nall: ; +$(MAKE)\n' },
  ];
  for (const s of routes) {
    it(s.name, async () => {
      const { dir, pre } = canaryDir();
      writeFileSync(join(dir, 't.mk'), pre + s.mk);
      const before = snapshot(dir);
      const r = await kflags(['eval', 't.mk', '--allow-shell', ...(s.args ?? [])], dir);
      expectUntouched(before, dir, r);
      expect(r.status, r.stderr).toBe(s.status ?? 0);
    });
  }
});

describe('warnings', () => {
  it('`FILE:LINE: kflags: $(shell ...) not run (use --allow-shell)` once per call site', async () => {
    const { dir, pre } = canaryDir();
    const mk =
      pre +
      [
        'A := $(shell $(PWN))', // 4
        'B != $(PWN)', // 5
        'C2 := $(shell a) $(shell b)', // 6: one line, one warning
        'D := $(foreach i,1 2 3,$(shell touch $(i)))', // 7: one warning
        'E = $(shell $(PWN))',
        'E1 := $(E)', // 9
        'E2 := $(E)', // 10
        'include sub.mk', // 11
        'A := $(shell $(PWN))', // 12
      ].join('\n') +
      '\n';
    writeFileSync(join(dir, 't.mk'), mk);
    writeFileSync(join(dir, 'sub.mk'), '\nS := $(shell $(PWN))\n');
    const before = snapshot(dir);
    const r = await kflags(['eval', 't.mk'], dir);
    expectUntouched(before, dir, r);
    expect(r.status).toBe(0);
    const w = (loc: string) => `${loc}: kflags: $(shell ...) not run (use --allow-shell)\n`;
    expect(r.stderr).toBe(['t.mk:4', 't.mk:5', 't.mk:6', 't.mk:7', 't.mk:9', 't.mk:10', 'sub.mk:2', 't.mk:12'].map(w).join(''));
  });

  it('a $(shell) in a loop or a repeated expansion at one call site warns once', async () => {
    const { dir, pre } = canaryDir();
    writeFileSync(join(dir, 't.mk'), `${pre}f = $(shell $(PWN))\nX := $(foreach i,$(shell seq 1 50) 1 2 3 4 5 6 7 8 9,$(call f,$(i)))\n`);
    const r = await kflags(['eval', 't.mk'], dir);
    expect(r.stderr).toBe('t.mk:5: kflags: $(shell ...) not run (use --allow-shell)\n');
    expect(r.spawned).toEqual([]);
  });

  it('a $(shell) expanded after reading (--print, --target) is reported for each call site', async () => {
    // Two different $(shell) calls: the user must learn that both values lack their output.
    const { dir } = canaryDir();
    writeFileSync(join(dir, 't.mk'), 't: T = $(shell echo a)\nU = $(shell echo b)\n');
    const r = await kflags(['eval', 't.mk', '--target', 't', '--print', 'T', '--print', 'U'], dir);
    expect(r.spawned).toEqual([]);
    expect(r.stdout).toBe('\n\n');
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines.every((l) => SHELL_WARNING.test(l)), r.stderr).toBe(true);
    expect(lines.length, `one warning per $(shell) call site:\n${r.stderr}`).toBe(2);
  });

  it('$(file >F) says it wrote nothing, naming the file and the operator', async () => {
    const { dir, pre } = canaryDir();
    writeFileSync(join(dir, 't.mk'), `${pre}$(file >out.txt,hello)\n$(file >>$(V),pwned)\n$(file > spaced.txt ,x)\n`);
    const before = snapshot(dir);
    const r = await kflags(['eval', 't.mk'], dir);
    expectUntouched(before, dir, r);
    const victim = join(dir, 'victim');
    expect(r.stderr).toBe(
      't.mk:4: kflags: $(file >out.txt) not written (kflags never writes files)\n' +
        `t.mk:5: kflags: $(file >>${victim}) not written (kflags never writes files)\n` +
        't.mk:6: kflags: $(file >spaced.txt) not written (kflags never writes files)\n',
    );
  });
});

// ------------------------------------------------------------------ Kbuild commands

const KBUILD_EVIL = (c: string, v: string) =>
  [
    `C := ${c}`,
    `V := ${v}`,
    'PWN = touch $(C); echo pwned >> $(V)',
    'obj-y += foo.o bar.o',
    'X := $(shell $(PWN))',
    'Y != $(PWN)',
    'ccflags-y += $(shell $(PWN))',
    'CFLAGS_foo.o = -DFOO $(shell $(PWN))',
    '$(file >$(C),pwned)',
    '$(file >>$(V),pwned)',
    '$(eval Z := $$(shell $$(PWN)))',
    '$(obj)/%.o: ccflags-y += $(shell $(PWN))',
    '$(obj)/bar.o: CFLAGS_bar.o = $(shell $(PWN))',
    '$(obj)/foo.o: FORCE',
    '\t$(PWN)',
    '\t$(MAKE) -f other.mk',
    'export SHELL := /usr/bin/touch',
    'MAKE := touch $(C)',
    'MAKEFLAGS += -B',
    'include $(shell $(PWN))',
    '-include gen.mk',
    'gen.mk: ; $(PWN)',
    '.DEFAULT: ; $(PWN)',
    '',
  ].join('\n');

describe('Kbuild commands: nothing runs, nothing is written', () => {
  it('flags on a directory makefile (text, --json, --explain)', async () => {
    const { dir, canary, victim } = canaryDir();
    writeFileSync(join(dir, 'Makefile'), KBUILD_EVIL(canary, victim));
    writeFileSync(join(dir, 'foo.c'), '');
    const before = snapshot(dir);
    for (const extra of [[], ['--json'], ['--explain'], ['--profile', 'gcc', '--object', 'foo.o'], ['--one-line']]) {
      const r = await kflags(['flags', dir, '--obj', 'drivers/foo', ...extra], ROOT);
      expectUntouched(before, dir, r);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/foo\.o/);
      expect(r.stderr).toMatch(/Makefile:5: kflags: \$\(shell \.\.\.\) not run \(use --allow-shell\)/);
      expect(r.stderr).toMatch(/Makefile:9: kflags: \$\(file >\S*canary\) not written/);
    }
  });

  it('diff between two directories, and check', async () => {
    const { dir, canary, victim } = canaryDir();
    mkdirSync(join(dir, 'old'));
    mkdirSync(join(dir, 'new'));
    writeFileSync(join(dir, 'old/Makefile'), KBUILD_EVIL(canary, victim));
    writeFileSync(join(dir, 'new/Makefile'), KBUILD_EVIL(canary, victim) + 'ccflags-y += -DNEW $(shell $(PWN))\n');
    const before = snapshot(dir);
    for (const argv of [
      ['diff', join(dir, 'old'), join(dir, 'new'), '--obj', 'drivers/foo'],
      ['diff', join(dir, 'old'), join(dir, 'new'), '--obj', 'drivers/foo', '--format', 'json', '--explain'],
      ['diff', join(dir, 'old'), join(dir, 'new'), '--obj', 'drivers/foo', '--format', 'markdown'],
      ['check', join(dir, 'old'), join(dir, 'new'), '--obj', 'drivers/foo', '--expect-kept', '-DFOO'],
    ]) {
      const r = await kflags(argv, ROOT);
      expectUntouched(before, dir, r);
      expect(r.status, r.stderr).toBe(0);
      if (argv[0] === 'diff') expect(r.stdout).toMatch(/-DNEW/);
      else expect(r.stdout).toMatch(/-DFOO/);
    }
  });

  it('a patch that adds such lines to examples/purgatory/Makefile (diff, check)', async () => {
    const { dir, canary, victim } = canaryDir();
    const lines = readFileSync(join(PURGATORY, 'Makefile'), 'latin1').split('\n');
    expect(lines.pop()).toBe('');
    const n = lines.length;
    const context = lines.slice(n - 3);
    const added = [
      `KFLAGS_C := ${canary}`,
      `KFLAGS_V := ${victim}`,
      'PWN = touch $(KFLAGS_C); echo pwned >> $(KFLAGS_V)',
      'X := $(shell $(PWN))',
      'Y != $(PWN)',
      '$(file >$(KFLAGS_C),pwned)',
      '$(file >>$(KFLAGS_V),pwned)',
      '$(eval Z := $$(shell $$(PWN)))',
      'CFLAGS_purgatory.o += $(shell $(PWN))',
      '$(obj)/%.o: ccflags-y += $(shell $(PWN))',
      '$(obj)/purgatory.o: KBUILD_CFLAGS += $(shell $(PWN))',
      'export SHELL := /usr/bin/touch',
      'MAKE := touch $(KFLAGS_C)',
      '$(obj)/evil.o: ; $(PWN)',
      '\t$(MAKE) -f other.mk',
      'include $(shell $(PWN))',
      'KBUILD_CFLAGS += -DPATCHED',
    ];
    const patch =
      'diff --git a/arch/x86/purgatory/Makefile b/arch/x86/purgatory/Makefile\n' +
      '--- a/arch/x86/purgatory/Makefile\n' +
      '+++ b/arch/x86/purgatory/Makefile\n' +
      `@@ -${n - 2},3 +${n - 2},${3 + added.length} @@\n` +
      context.map((l) => ` ${l}\n`).join('') +
      added.map((l) => `+${l}\n`).join('');
    writeFileSync(join(dir, 'evil.patch'), patch);
    const before = snapshot(dir);
    const purgatoryBefore = snapshot(PURGATORY);
    for (const argv of [
      ['diff', '--patch', join(dir, 'evil.patch'), PURGATORY],
      ['diff', '--patch', join(dir, 'evil.patch'), PURGATORY, '--explain', '--format', 'json'],
      ['diff', '--patch', join(dir, 'evil.patch'), PURGATORY, '--profile', 'gcc', '--format', 'markdown'],
      ['check', '--patch', join(dir, 'evil.patch'), PURGATORY, '--expect-kept', '-fno-lto'],
    ]) {
      const r = await kflags(argv, ROOT);
      expectUntouched(before, dir, r);
      expect(snapshot(PURGATORY), 'examples/purgatory changed').toEqual(purgatoryBefore);
      expect(r.status, r.stderr).toBe(0);
      if (argv[0] === 'diff') expect(r.stdout).toMatch(/-DPATCHED/);
      else expect(r.stdout).toMatch(/-fno-lto/);
      expect(r.stderr).toMatch(/Makefile:\d+: kflags: \$\(shell \.\.\.\) not run \(use --allow-shell\)/);
    }
  });
});

// ------------------------------------------------------------------ confinement

describe('confinement: reads stay inside the allowed directories', () => {
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** root/w is the working directory; root/out holds a secret. */
  function tree(): { root: string; w: string; secret: string } {
    const root = tempDir();
    const w = join(root, 'w');
    mkdirSync(join(w, 'sub'), { recursive: true });
    mkdirSync(join(root, 'out'));
    const secret = join(root, 'out/s.mk');
    writeFileSync(secret, 'SECRET := leaked\n');
    writeFileSync(join(w, 'sub/i.mk'), 'I := inside\n');
    symlinkSync(secret, join(w, 'sub/link.mk'));
    symlinkSync(join(root, 'out'), join(w, 'outlink'));
    return { root, w, secret };
  }

  /** The refused path may be the one asked for or a directory on the way to it, outside the tree. */
  const refused = (r: Result, mk: string, line: number, path: string, ancestor = false) => {
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.spawned).toEqual([]);
    expect(r.stderr).toMatch(new RegExp(`^${mk}:${line}: \\*\\*\\* kflags: refusing to read '${esc(path)}${ancestor ? '(/[^\']*)?' : ''}'.*outside the allowed directories.*--allow-read DIR\\.  Stop\\.\\n$`));
  };

  for (const [what, text, outside] of [
    ['include', 'include ../out/s.mk', (root: string) => `${root}/out/s.mk`],
    ['-include', '-include ../out/s.mk', (root: string) => `${root}/out/s.mk`],
    ['include by absolute path', 'include ROOT/out/s.mk', (root: string) => `${root}/out/s.mk`],
    ['$(wildcard) of a file', 'X := $(wildcard ../out/s.mk)', (root: string) => `${root}/out/s.mk`],
    ['$(wildcard) of a pattern', 'X := $(wildcard ROOT/out/*)', (root: string) => root],
    ['$(wildcard) of a pattern through ../', 'X := $(wildcard ../out/*.mk)', (root: string) => root],
    ['$(wildcard) of /etc', 'X := $(wildcard /etc/*)', () => '/etc'],
    ['$(realpath)', 'X := $(realpath ../out/s.mk)', (root: string) => `${root}/out/s.mk`],
    ['$(file <F)', 'X := $(file <../out/s.mk)', (root: string) => `${root}/out/s.mk`],
    ['$(file <F) of /etc/passwd', 'X := $(file </etc/passwd)', () => '/etc/passwd'],
  ] as const) {
    it(`${what} outside the tree is refused, naming the path`, async () => {
      const { root, w } = tree();
      writeFileSync(join(w, 'm.mk'), `A := 1\n${text.replace('ROOT', root)}\n`);
      const r = await kflags(['eval', 'm.mk', '--print', 'X', '--print', 'SECRET'], w);
      refused(r, 'm.mk', 2, outside(root), what.startsWith('$(wildcard) of a pattern'));
      // --json: the error is a JSON object on stdout.
      const j = await kflags(['eval', 'm.mk', '--json'], w);
      expect(j.status).toBe(2);
      expect(JSON.parse(j.stdout).error.message).toMatch(/refusing to read/);
      // --allow-read widens it.
      const ok = await kflags(['eval', 'm.mk', '--allow-read', root + '/out', '--allow-read', '/etc', '--print', 'A'], w);
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(ok.stdout).toBe('1\n');
    });
  }

  for (const [what, text] of [
    ['-include', '-include ../out/missing.mk'],
    ['sinclude', 'sinclude ROOT/out/missing.mk'],
    ['-include in a directory that does not exist', '-include /nonexistent-kflags-dir/x.mk ../nowhere/y.mk'],
    ['-include of a missing pattern outside', '-include ../nowhere/*.mk'],
  ] as const) {
    it(`${what} of a missing file outside the tree is skipped silently, as make skips it`, async () => {
      const { root, w } = tree();
      writeFileSync(join(w, 'm.mk'), `A := 1\n${text.replace('ROOT', root)}\nB := 2\n`);
      const r = await kflags(['eval', 'm.mk', '--print', 'A', '--print', 'B'], w);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('1\n2\n');
      expect(r.spawned).toEqual([]);
    });
  }

  it('include of a missing file outside the tree is reported missing (make\'s words), not refused', async () => {
    const { w } = tree();
    writeFileSync(join(w, 'm.mk'), 'include ../out/missing.mk\n');
    const r = await kflags(['eval', 'm.mk'], w);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("m.mk:1: ../out/missing.mk: No such file or directory\nkflags: *** No rule to make target '../out/missing.mk'.  Stop.\n");
  });

  it('a name missing outside the tree is still looked for in the -I directories (inside)', async () => {
    const { w } = tree();
    writeFileSync(join(w, 'found.mk'), 'FOUND := yes\n');
    writeFileSync(join(w, 'm.mk'), 'include ../found.mk\n');
    const r = await kflags(['eval', '-I', 'sub', 'm.mk', '--print', 'FOUND', '--print', 'MAKEFILE_LIST'], w);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('yes\nm.mk sub/../found.mk\n');
  });

  it('-include of an existing file outside the tree next to a missing one is still refused', async () => {
    const { root, w } = tree();
    writeFileSync(join(w, 'm.mk'), '-include ../out/missing.mk ../out/s.mk\n');
    const r = await kflags(['eval', 'm.mk', '--print', 'SECRET'], w);
    refused(r, 'm.mk', 1, `${root}/out/s.mk`);
  });

  it('a symlink inside the tree that points outside counts as outside', async () => {
    const { root, w, secret } = tree();
    writeFileSync(join(w, 'm.mk'), 'include sub/link.mk\n');
    const r = await kflags(['eval', 'm.mk', '--print', 'SECRET'], w);
    refused(r, 'm.mk', 1, join(w, 'sub/link.mk'));
    expect(r.stderr).toContain(`(a link to '${secret}')`);
    writeFileSync(join(w, 'm2.mk'), 'X := $(file <outlink/s.mk)\n');
    const r2 = await kflags(['eval', 'm2.mk', '--print', 'X'], w);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toContain(`'${join(w, 'outlink/s.mk')}' (a link to '${secret}')`);
    writeFileSync(join(w, 'm3.mk'), 'X := $(wildcard outlink/*)\n');
    const r3 = await kflags(['eval', 'm3.mk', '--print', 'X'], w);
    expect(r3.status).toBe(2);
    expect(r3.stderr).toMatch(/refusing to read .*outlink/);
    const ok = await kflags(['eval', 'm.mk', '--allow-read', join(root, 'out'), '--print', 'SECRET'], w);
    expect(ok.stdout).toBe('leaked\n');
    expect(ok.status).toBe(0);
  });

  it('reads inside the tree are fine, even through ../ (make gives ../w/sub/i.mk)', async () => {
    const { w } = tree();
    writeFileSync(join(w, 'm.mk'), 'include ../w/sub/i.mk\nY := $(wildcard ../w/sub/i.mk)\nZ := $(realpath ../w/sub/i.mk)\n');
    const r = await kflags(['eval', 'm.mk', '--print', 'I', '--print', 'Y', '--print', 'Z'], w);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`inside\n../w/sub/i.mk\n${join(w, 'sub/i.mk')}\n`);
  });

  it('$(wildcard) with a pattern through ../ back into the tree is not refused', async () => {
    const { w } = tree();
    writeFileSync(join(w, 'm.mk'), 'X := $(wildcard ../w/sub/*.mk)\n');
    const r = await kflags(['eval', 'm.mk', '--print', 'X'], w);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('../w/sub/i.mk ../w/sub/link.mk\n');
  });

  it('$(wildcard) with an absolute pattern inside the tree is not refused ($(CURDIR)/sub/*)', async () => {
    const { w } = tree();
    writeFileSync(join(w, 'm.mk'), `X := $(wildcard $(CURDIR)/sub/*.mk)\nY := $(wildcard ${w}/sub/i.*)\n`);
    const r = await kflags(['eval', 'm.mk', '--print', 'X', '--print', 'Y'], w);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${w}/sub/i.mk ${w}/sub/link.mk\n${w}/sub/i.mk\n`);
  });

  it('-I directories may be read; the makefile directory may be read', async () => {
    const { root, w } = tree();
    writeFileSync(join(root, 'out/m.mk'), 'include s.mk\ninclude i.mk\n');
    const r = await kflags(['eval', '-I', join(w, 'sub'), join(root, 'out/m.mk'), '--print', 'SECRET', '--print', 'I'], w);
    // s.mk is found through the makefile's directory? No: make looks in the cwd and -I only.
    // The makefile's own directory is readable, but `include s.mk` resolves against the cwd.
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/s\.mk: No such file or directory/);
    writeFileSync(join(root, 'out/m2.mk'), `include ${root}/out/s.mk\ninclude i.mk\n`);
    const r2 = await kflags(['eval', '-I', join(w, 'sub'), join(root, 'out/m2.mk'), '--print', 'SECRET', '--print', 'I'], w);
    expect(r2.stderr).toBe('');
    expect(r2.stdout).toBe('leaked\ninside\n');
  });

  it('-C changes the root', async () => {
    const { root, w } = tree();
    writeFileSync(join(w, 'm.mk'), 'include ../out/s.mk\n');
    // From root with -C w: root is no longer allowed.
    const r = await kflags(['eval', '-C', 'w', 'm.mk', '--print', 'SECRET'], root);
    refused(r, 'm.mk', 1, `${root}/out/s.mk`);
    // With -C out: the working directory is out, and m.mk is named by path.
    writeFileSync(join(w, 'm2.mk'), 'include s.mk\n');
    const r2 = await kflags(['eval', '-C', join(root, 'out'), join(w, 'm2.mk'), '--print', 'SECRET'], w);
    expect(r2.stderr).toBe('');
    expect(r2.stdout).toBe('leaked\n');
  });

  it('the Kbuild commands refuse reads outside the tree too', async () => {
    const { root, w } = tree();
    writeFileSync(join(w, 'Makefile'), `obj-y += foo.o\ninclude ${root}/out/s.mk\nccflags-y += $(SECRET)\n`);
    const r = await kflags(['flags', w, '--obj', 'drivers/w'], ROOT);
    expect(r.status, r.stderr + r.stdout).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Makefile:2: \*\*\* kflags: refusing to read '.*\/out\/s\.mk'/);
  });
});

// ------------------------------------------------------------------ limits

describe('limits: runaway makefiles stop with a clear error, quickly', () => {
  const limited = (r: Result, re: RegExp) => {
    expect(r.stdout).toBe('');
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(re);
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack|JavaScript stack/);
    expect(r.ms).toBeLessThan(NO_HANG_MS);
  };

  async function evalText(mk: string, args: string[] = [], files: Record<string, string> = {}): Promise<Result> {
    const dir = tempDir();
    writeFileSync(join(dir, 't.mk'), mk);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return kflags(['eval', 't.mk', '--print', 'X', ...args], dir);
  }

  it('runaway $(call) recursion', async () => {
    limited(await evalText('f = $(call f,$(1)x)\nX := $(call f,a)\n'), /^t\.mk:2: \*\*\* kflags: expansion depth limit \(1000\) exceeded .*--?max-depth|^t\.mk:2: \*\*\* kflags: expansion depth limit \(1000\) exceeded/);
  });

  it('mutual recursion through $(call)', async () => {
    limited(await evalText('f = $(call g,$(1))\ng = $(call f,$(1))\nA = 1\nX := $(call f)\n'), /^t\.mk:4: \*\*\* kflags: expansion depth limit \(1000\) exceeded/);
  });

  it('`f = $(f)`-style self reference (make\'s own error)', async () => {
    limited(await evalText('f = $(f)\nX := $(f)\n'), /^t\.mk:1: \*\*\* Recursive variable 'f' references itself \(eventually\)\.  Stop\.\n$/);
  });

  it('a value that doubles itself in a foreach/eval loop', async () => {
    const L = Array.from({ length: 40 }, (_, i) => i + 1).join(' ');
    limited(await evalText(`X := x\n$(foreach i,${L},$(eval X := $$(X)$$(X)))\n`), /^t\.mk:2: \*\*\* kflags: .*value size limit \(67108864 characters; raise it with --max-value\)\.  Stop\.\n$/);
  });

  it('a value that multiplies itself inside one $(foreach)', async () => {
    const A = Array.from({ length: 60 }, () => 'x').join(' ');
    const r = await evalText(`A := ${A}\nB := $(foreach i,$(A),$(A))\nC := $(foreach i,$(B),$(B))\nX := $(foreach i,$(C),$(C))\n`);
    limited(r, /^t\.mk:4: \*\*\* kflags: .*value size limit \(67108864 characters; raise it with --max-value\)\.  Stop\.\n$/);
  });

  it('a value that multiplies itself inside one $(patsubst)', async () => {
    const A = Array.from({ length: 60 }, () => 'x').join(' ');
    const r = await evalText(`A := ${A}\nB := $(patsubst %,$(A),$(A))\nC := $(patsubst %,$(B),$(B))\nX := $(patsubst %,$(C),$(C))\n`);
    limited(r, /^t\.mk:4: \*\*\* kflags: .*value size limit \(67108864 characters; raise it with --max-value\)\.  Stop\.\n$/);
  });

  it('include cycles (a.mk includes b.mk includes a.mk)', async () => {
    limited(await evalText('include a.mk\n', [], { 'a.mk': 'include b.mk\n', 'b.mk': 'include a.mk\n' }), /^[ab]\.mk:1: \*\*\* kflags: include depth limit \(200\) exceeded \(an include cycle\?\)\.  Stop\.\n$/);
  });

  it('a makefile that includes itself', async () => {
    limited(await evalText('include t.mk\n'), /^t\.mk:1: \*\*\* kflags: include depth limit \(200\) exceeded/);
  });

  it('$(eval) nesting', async () => {
    limited(await evalText('e = $$(eval $$(e))\n$(eval $(e))\n'), /^t\.mk:2: \*\*\* kflags: (\$\(eval\) depth limit \(200\)|expansion depth limit \(1000\)) exceeded/);
    limited(await evalText('define e\n$$(eval $$(e))\nendef\n$(eval $(e))\n'), /^t\.mk:4: \*\*\* kflags: (\$\(eval\) depth limit \(200\)|expansion depth limit \(1000\)) exceeded/);
  });

  it('a raised --max-include on an include cycle still stops cleanly, naming the include limit', async () => {
    const r = await evalText('include a.mk\n', ['--max-include', '1000000'], { 'a.mk': 'include b.mk\n', 'b.mk': 'include a.mk\n' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/internal error/);
    // kflags cannot nest that deep: it must say which limit to lower, with a location.
    expect(r.stderr).toMatch(/^[abt]\.mk:1: \*\*\* .*(include|--max-include)/);
    expect(r.ms).toBeLessThan(NO_HANG_MS);
  });

  it('a raised --max-depth on runaway recursion still stops cleanly (JavaScript stack)', async () => {
    const r = await evalText('f = $(call f,$(1)x)\nX := $(call f,a)\n', ['--max-depth', '100000000']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kflags: \*\*\* expansion too deep .*--max-depth\.  Stop\.\n$|^t\.mk:2: \*\*\* /);
    expect(r.ms).toBeLessThan(NO_HANG_MS);
  });

  it('input size (--max-input)', async () => {
    const mk = `X := ${'a'.repeat(100)}\n`; // 106 bytes
    limited(await evalText(mk, ['--max-input', '50']), /^kflags: \*\*\* t\.mk is larger than the input size limit \(50 bytes; raise it with --max-input\)\.  Stop\.\n$/);
    const ok = await evalText(mk, ['--max-input', String(mk.length)]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('a'.repeat(100) + '\n');
    // An included file counts too.
    limited(await evalText('include big.mk\n', ['--max-input', '50'], { 'big.mk': mk }), /big\.mk is larger than the input size limit \(50 bytes/);
  });

  it('bad limit values are refused', async () => {
    for (const flag of ['--max-depth', '--max-value', '--max-include', '--max-input']) {
      for (const v of ['0', '-1', 'abc', '1e3']) {
        const r = await evalText('X := 1\n', [flag, v]);
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(`kflags: ${flag} expects a positive whole number, got '${v}'`);
      }
    }
  });

  describe('pathological but small inputs finish within a few seconds', () => {
    it('50,000 continuation lines (450 KB; make: 0.02 s)', async () => {
      const r = await evalText('X := a \\\n'.repeat(50_000) + 'end\nN := $(words $(X))\n', ['--print', 'N']);
      expect(r.stderr).toBe('');
      expect(r.stdout.split('\n')[1]).toBe('149999'); // 'X := a' three words per line, folded
      expect(r.ms).toBeLessThan(NO_HANG_MS);
    });

    it('10,000 literally nested ${...} references (make: a result)', async () => {
      const n = 10_000;
      const r = await evalText('X := ' + '${'.repeat(n) + '}'.repeat(n) + '\n');
      expect(r.stderr).not.toMatch(/internal error/);
      // Either make's result (empty) or a located kflags limit error.
      if (r.status === 0) expect(r.stdout).toBe('\n');
      else expect(r.stderr).toMatch(/^t\.mk:1: \*\*\* /);
      expect(r.ms).toBeLessThan(NO_HANG_MS);
    });

    it('5,000 literally nested $(if 1,...) calls stop at the depth limit quickly', async () => {
      // (Each level rescans its argument, as make does: the cost is depth x length.)
      const n = 5_000;
      const r = await evalText('X := ' + '$(if 1,'.repeat(n) + 'x' + ')'.repeat(n) + '\n');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^t\.mk:1: \*\*\* kflags: expansion depth limit \(1000\) exceeded/);
      expect(r.ms).toBeLessThan(NO_HANG_MS);
    });
  });

  describe('each option raises its limit', () => {
    // A recursion that ends: f counts its argument's words up to N.
    const counter = (n: number) => `f = $(if $(word ${n},$(1)),done,$(call f,$(1) x))\nX := $(call f,x)\n`;

    it('--max-depth', async () => {
      let n = 50;
      // The smallest N the default refuses.
      for (; n < 1000; n += 25) if ((await evalText(counter(n))).status !== 0) break;
      expect(n).toBeLessThan(1000);
      limited(await evalText(counter(n)), /expansion depth limit \(1000\) exceeded/);
      const ok = await evalText(counter(n), ['--max-depth', '2000']);
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toBe('done\n');
      // and lowering it refuses earlier
      limited(await evalText(counter(10), ['--max-depth', '5']), /expansion depth limit \(5\) exceeded/);
    });

    it('--max-value (just over the 64M default)', async () => {
      const L = Array.from({ length: 27 }, (_, i) => i + 1).join(' ');
      const mk = `X := x\n$(foreach i,${L},$(eval X := $$(X)$$(X)))\nY := $(if $(X),long)\n`;
      const dir = tempDir();
      writeFileSync(join(dir, 't.mk'), mk);
      limited(await kflags(['eval', 't.mk', '--print', 'Y'], dir), /value size limit \(67108864 characters/);
      const ok = await kflags(['eval', 't.mk', '--print', 'Y', '--max-value', String(2 ** 27)], dir);
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toBe('long\n');
      limited(await evalText(`X := ${'x'.repeat(100)}\n`, ['--max-value', '99']), /value size limit \(99 characters/);
    });

    it('--max-include (a chain of 201 includes)', async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 201; i++) files[`c${i}.mk`] = `include c${i + 1}.mk\n`;
      files['c201.mk'] = 'X := deep\n';
      limited(await evalText('include c0.mk\n', [], files), /^c\d+\.mk:1: \*\*\* kflags: include depth limit \(200\) exceeded/);
      const ok = await evalText('include c0.mk\n', ['--max-include', '300'], files);
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toBe('deep\n');
    });

    it('--max-include also bounds $(eval) nesting (201 levels)', async () => {
      // e_i evals e_(i+1); the last defines X.
      let mk = '';
      for (let i = 0; i < 201; i++) mk += `e${i} = $$(eval $$(e${i + 1}))\n`;
      mk += 'e201 = X := deep\n$(eval $(e0))\n';
      const r = await evalText(mk);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/depth limit \((200|1000)\) exceeded/);
      const ok = await evalText(mk, ['--max-include', '1000', '--max-depth', '5000']);
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toBe('deep\n');
    });
  });
});
