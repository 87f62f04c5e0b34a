// $(shell) under --allow-shell against GNU make 4.3: the command sees the
// environment make started with (not the variables the makefile exports or
// changes), and its standard error reaches the caller's standard error.
// Both run as processes, so what reaches stderr is really seen.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveMake, MAKE, tempDir } from './helpers/make.js';

const KFLAGS = join(import.meta.dirname, '..', 'bin', 'kflags');

const cases: { name: string; mk: string; env: Record<string, string>; args?: string[] }[] = [
  {
    name: 'exported and changed variables do not reach the command',
    mk: 'export FOO = bar\nA := changed\nexport A\nunexport B\nX := $(shell env | sort | grep -v "^PWD=" | tr "\\n" " ")\n$(info [$(X)])\n',
    env: { A: '1', B: '2' },
  },
  {
    name: 'command-line variables do not reach the command either',
    mk: 'X := $(shell env | sort | grep -v "^PWD=" | tr "\\n" " ")\n$(info [$(X)])\n',
    env: { A: '1' },
    args: ['C=3'],
  },
  {
    name: 'a variable exported with a $(shell) in its value does not loop',
    mk: 'export V = $(shell echo v)\nX := $(shell echo "[$$V]")\n$(info $(X) $(V))\n',
    // With a PATH: make runs a simple command without a shell and would not find echo otherwise.
    env: { PATH: '/usr/bin:/bin' },
  },
  {
    name: "standard error reaches make's",
    mk: 'X := $(shell echo out; echo err >&2)\n$(info [$(X)])\n',
    env: {},
  },
];

describe.skipIf(!haveMake)('$(shell) environment and standard error, as make 4.3', () => {
  it.each(cases)('$name', ({ mk, env, args = [] }) => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 't.mk'), mk + '.PHONY: all\nall: ;@:\n');
      const make = spawnSync(MAKE, ['-R', '-r', '-s', '-f', 't.mk', ...args], { cwd: dir, env, encoding: 'latin1' });
      const kflagsEnv = Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]);
      const kflags = spawnSync(process.execPath, [KFLAGS, 'eval', '--allow-shell', ...kflagsEnv, 't.mk', ...args], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        encoding: 'latin1',
      });
      expect(make.status).toBe(0);
      expect(make.stdout).not.toBe('');
      expect({ stdout: kflags.stdout, stderr: kflags.stderr, status: kflags.status }).toEqual({
        stdout: make.stdout,
        stderr: make.stderr,
        status: make.status,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
