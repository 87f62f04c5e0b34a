// src/eval/reader.ts plainDefinitions(): a file of plain `NAME = value`
// definitions (include/config/auto.conf) defines the same shared variable
// objects in every evaluation that reads it. What one evaluation does to
// them (export, +=, override, ?= with export, undefine) must not reach the
// next. (Whether reading it that way agrees with make is in the
// differential cases inc-plain-definitions*.mk.)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { tempDir } from './helpers/make.js';

describe('a file of plain definitions read by many evaluations', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'include'), { recursive: true });
  writeFileSync(join(dir, 'include/auto.conf'), '# generated\nCONFIG_A=y\nCONFIG_B=m\nCONFIG_C="text"\nCONFIG_D := simple\n');
  writeFileSync(
    join(dir, 'changes.mk'),
    'include include/auto.conf\nexport CONFIG_A\nCONFIG_B += more\nexport CONFIG_C ?= other\noverride CONFIG_D = changed\nundefine CONFIG_A\n',
  );
  writeFileSync(join(dir, 'reads.mk'), 'include include/auto.conf\n');
  const state = (makefile: string) => {
    const ev = evaluate({ makefiles: [makefile], cwd: dir });
    return ['CONFIG_A', 'CONFIG_B', 'CONFIG_C', 'CONFIG_D'].map((name) => {
      const v = ev.interpreter.global.get(name);
      return v === undefined ? `${name} undefined` : `${name} ${v.flavor} ${v.origin} [${v.value}] ${v.exported === true ? 'exported' : ''}`.trimEnd();
    });
  };
  const fresh = ['CONFIG_A recursive file [y]', 'CONFIG_B recursive file [m]', 'CONFIG_C recursive file ["text"]', 'CONFIG_D simple file [simple]'];

  it('reads as the assignments would', () => {
    expect(state('reads.mk')).toEqual(fresh);
  });

  it('what one evaluation changes stays in it', () => {
    expect(state('changes.mk')).toEqual([
      'CONFIG_A undefined',
      'CONFIG_B recursive file [m more]',
      'CONFIG_C recursive file ["text"] exported',
      'CONFIG_D recursive override [changed]',
    ]);
    expect(state('reads.mk')).toEqual(fresh);
    expect(state('changes.mk')[2]).toBe('CONFIG_C recursive file ["text"] exported');
    expect(state('reads.mk')).toEqual(fresh);
  });
});
