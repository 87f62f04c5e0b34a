// Which of the user's environment variables tree mode reads, and how the
// command line and the environment combine, as the top-level Makefile's
// `$(origin O)` / `$(origin M)` tests and make's precedence decide.
import { describe, expect, it } from 'vitest';
import { buildVariable, kbuildEnvironment, KBUILD_ENVIRONMENT } from '../src/kbuild/tree/environment.js';
import { externalModuleDir } from '../src/kbuild/tree/build-files.js';
import { defaultCompilerModelId } from '../src/kbuild/tree/compilers.js';
import { splitObjtree } from '../src/compare/tree.js';

describe('kbuildEnvironment', () => {
  it('takes the documented Kbuild variables, empty ones included, and nothing else', () => {
    expect(kbuildEnvironment({ PATH: '/bin', HOME: '/root', CC: 'clang', CFLAGS: '-O0', ARCH: 'arm64', KCFLAGS: '', LLVM: '1' })).toEqual({ KCFLAGS: '', ARCH: 'arm64', LLVM: '1' });
    expect(KBUILD_ENVIRONMENT).toContain('KBUILD_OUTPUT');
    expect(KBUILD_ENVIRONMENT).toContain('CROSS_COMPILE');
  });
});

describe('buildVariable: the command line over the environment', () => {
  it('the last command-line assignment, with any operator, else the environment', () => {
    expect(buildVariable('ARCH', ['ARCH=x86', 'ARCH:=arm64'], { ARCH: 'mips' })).toBe('arm64');
    expect(buildVariable('ARCH', ['LLVM=1'], { ARCH: 'mips' })).toBe('mips');
    expect(buildVariable('ARCH', ['ARCHX=1'], {})).toBeUndefined();
    expect(buildVariable('KCFLAGS', ['KCFLAGS=-O2 -g'])).toBe('-O2 -g');
    expect(buildVariable('O', ['O='], { O: '/x' })).toBe('');
  });
});

describe('the build directory, the external module and the compiler family', () => {
  it('O= on the command line, else KBUILD_OUTPUT (command line, then environment); an empty one is the tree', () => {
    expect(splitObjtree(['O=/a', 'LLVM=1'], { KBUILD_OUTPUT: '/b' })).toEqual({ objtree: '/a', rest: ['LLVM=1'] });
    expect(splitObjtree(['KBUILD_OUTPUT=/c'], { KBUILD_OUTPUT: '/b' })).toEqual({ objtree: '/c', rest: ['KBUILD_OUTPUT=/c'] });
    expect(splitObjtree([], { KBUILD_OUTPUT: '/b' })).toEqual({ objtree: '/b', rest: [] });
    expect(splitObjtree(['O='], { KBUILD_OUTPUT: '/b' })).toEqual({ objtree: undefined, rest: [] });
    // The environment's O is not the command line's (`$(origin O)` is "environment").
    expect(splitObjtree([], { O: '/b' } as Record<string, string>)).toEqual({ objtree: undefined, rest: [] });
  });

  it('M= on the command line, else KBUILD_EXTMOD (command line, then environment)', () => {
    expect(externalModuleDir(['KBUILD_EXTMOD=/k', 'M=/m/'])).toBe('/m');
    expect(externalModuleDir(['M=/m', 'KBUILD_EXTMOD=/k'])).toBe('/m');
    expect(externalModuleDir([], { KBUILD_EXTMOD: '/e//' })).toBe('/e');
    expect(externalModuleDir(['M='], { KBUILD_EXTMOD: '/e' })).toBeUndefined();
    expect(externalModuleDir([], {})).toBeUndefined();
  });

  it('LLVM from the command line or the environment picks clang; CC only from the command line', () => {
    expect(defaultCompilerModelId([], { LLVM: '1' })).toMatch(/^clang-/);
    // LLVM=0 is LLVM=1 (`ifneq ($(LLVM),)`); LLVM= empty on the command line is no LLVM.
    expect(defaultCompilerModelId(['LLVM=0'])).toMatch(/^clang-/);
    expect(defaultCompilerModelId(['LLVM='], { LLVM: '1' })).toMatch(/^gcc-/);
    expect(defaultCompilerModelId(['CC=clang'])).toMatch(/^clang-/);
    expect(defaultCompilerModelId([], { CC: 'clang' } as Record<string, string>)).toMatch(/^gcc-/);
  });
});
