// The .config make would not take as given (src/kbuild/tree/config-check.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../src/kbuild/config.js';
import { configMismatches, configWarning } from '../src/kbuild/tree/config-check.js';

const fixtures = join(__dirname, 'fixtures/kernel-builds');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const check = (text: string, facts: Partial<Parameters<typeof configMismatches>[2]> = {}) =>
  configMismatches(text, parseConfig(text, 'c'), { version: '6.12.118', srcarch: 'x86', ccVersionText: 'gcc (Debian 12.2.0-14+deb12u1) 12.2.0', ld: 'ld', ...facts });

describe('configMismatches', () => {
  it('takes a .config Kconfig wrote for this tree, ARCH and compiler as given', () => {
    expect(check(read('6.12-gcc.config'))).toEqual([]);
    expect(check(read('6.12-clang-thinlto.config'), { ccVersionText: 'Debian clang version 14.0.6', ld: 'ld.lld' })).toEqual([]);
    expect(check(read('6.12-arm64-clang.config'), { srcarch: 'arm64', ccVersionText: 'Debian clang version 14.0.6', ld: 'ld.lld' })).toEqual([]);
    // LLVM=-14: the linker is ld.lld-14.
    expect(check(read('6.12-clang-thinlto.config'), { ccVersionText: 'Debian clang version 14.0.6', ld: 'ld.lld-14' })).toEqual([]);
    // An unknown compiler answer says nothing about the compiler.
    expect(check(read('6.12-gcc.config'), { ccVersionText: undefined })).toEqual([]);
  });

  it('says a fragment was not written by Kconfig', () => {
    const m = check('CONFIG_KEXEC_FILE=y\n');
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^it was not written by Kconfig/);
  });

  it('says a .config of another version or architecture', () => {
    expect(check(read('6.1-gcc.config'))).toEqual([
      'it was written for Linux 6.1.192, and the tree is 6.12.118: make would update it first (options new in 6.12.118 get their defaults, renamed ones are dropped)',
    ]);
    expect(check(read('6.12-arm64-clang.config'), { ccVersionText: 'Debian clang version 14.0.6', ld: 'ld.lld' })).toEqual(['it was written for Linux/arm64, and this build\'s SRCARCH is x86']);
  });

  it('says a .config made with another compiler or linker', () => {
    const gccWithClang = check(read('6.12-gcc.config'), { ccVersionText: 'Debian clang version 14.0.6', ld: 'ld.lld' });
    expect(gccWithClang).toHaveLength(2);
    expect(gccWithClang[0]).toMatch(/^it was made with the compiler "gcc \(Debian 12\.2\.0-14\+deb12u1\) 12\.2\.0", and this build's compiler is "Debian clang version 14\.0\.6"/);
    expect(gccWithClang[1]).toBe('it was made for GNU ld, and this build links with ld.lld: make would run syncconfig again');
    // clang with GNU ld (CC=clang) against a config made with LLVM=1.
    expect(check(read('6.12-clang-thinlto.config'), { ccVersionText: 'Debian clang version 14.0.6', ld: 'ld' })).toEqual([
      'it was made for LLD, and this build links with ld: make would run syncconfig again',
    ]);
  });

  it('words one warning with the file and the way out', () => {
    expect(configWarning('x.config', [])).toBeUndefined();
    const w = configWarning('x.config', ['a', 'b'])!;
    expect(w).toMatch(/^kflags: warning: x\.config: a; b\. kflags does not run Kconfig/);
    expect(w).toContain('olddefconfig');
    expect(w.endsWith('\n')).toBe(true);
  });
});
