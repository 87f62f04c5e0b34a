// What a recipe's sub-make receives in its environment (make's
// target_environment), as tree mode computes it for each Kbuild sub-make
// (exportedEnvironment), against GNU make 4.3 running `env` in a recipe.
// Command-line variables and MAKEFLAGS/MAKELEVEL/MFLAGS are left out on
// both sides: kflags passes those on as the sub-make's command line.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { exportedEnvironment } from '../src/kbuild/tree/tree.js';
import { haveMake, MAKE, tempDir } from './helpers/make.js';

const cases: { name: string; mk: string; env: Record<string, string>; args?: string[] }[] = [
  {
    name: 'exported, unexported, from the environment, changed by the makefile, export before assignment',
    mk: 'export A = a$(B)\nB = b\nunexport E1\nE2 = changed\nexport LATE\nLATE := late\nNOT = not\nexport SIMPLE := s $(B)\n',
    env: { E1: 'one', E2: 'two', E3: 'three', E4: '$(B) stays' },
  },
  { name: 'export with no names exports every variable', mk: 'export\nX = x\nY := y\nunexport Z\nZ = z\n', env: { E: 'e' } },
  { name: 'command-line variables are not counted', mk: 'export K = k\n', env: {}, args: ['C=1'] },
];

describe.skipIf(!haveMake)("a sub-make's environment, as make 4.3 passes it", () => {
  it.each(cases)('$name', ({ mk, env, args = [] }) => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 't.mk'), mk + '.PHONY: all\nall:\n\t@/usr/bin/env\n');
      const make = spawnSync(MAKE, ['-R', '-r', '-s', '-f', 't.mk', ...args], { cwd: dir, env, encoding: 'latin1' });
      expect(make.status, make.stderr).toBe(0);
      const skip = new Set(['MAKEFLAGS', 'MAKELEVEL', 'MFLAGS', 'PWD', 'SHLVL', '_', ...args.map((a) => a.split('=')[0])]);
      const fromMake = Object.fromEntries(
        make.stdout
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
          .filter(([k]) => !skip.has(k)),
      );
      const ev = evaluate({ makefiles: ['t.mk'], cwd: dir, environment: env, commandLine: args });
      const mine = Object.fromEntries(Object.entries(exportedEnvironment(ev)).filter(([k]) => !skip.has(k)));
      expect(mine).toEqual(fromMake);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
