// Compiler probes (src/kbuild/tree/probes.ts): what a try-run asks, the key
// a model keeps its answer under, how a model is grown from real runs and
// how the probe host answers from it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadCompilerModel, modelIdFromVersion } from '../src/kbuild/tree/compilers.js';
import type { Host, ShellResult } from '../src/host/host.js';
import { addToModel, canonicalTool, canonicalTools, collapseBlanks, modelKey, parseTryRun, ProbeHost, withoutLaunchers, type CompilerModelData, type Probe } from '../src/kbuild/tree/probes.js';

/** Kbuild's try-run around `clang -Werror FLAGS OPTION -c -x c /dev/null`, as cc-option writes it. */
const ccOption = (flags: string, option: string, cc = 'clang') =>
  `set -e; TMP=.tmp_$$/tmp; trap "rm -rf .tmp_$$" EXIT; mkdir -p .tmp_$$; if (  ${cc} -Werror ${flags} ${option} -c -x c /dev/null -o "$TMP") >/dev/null 2>&1; then echo "${option}"; else echo ""; fi`;

const FLAGS_612 = '-D__KERNEL__ --target=aarch64-linux-gnu -fintegrated-as -Werror=unknown-warning-option -Werror=ignored-optimization-argument -Werror=option-ignored -Werror=unused-command-line-argument -O2';
const FLAGS_61 = '-D__KERNEL__ --target=aarch64-linux-gnu -fintegrated-as -Werror=unknown-warning-option -Werror=ignored-optimization-argument -Qunused-arguments -O2';

describe('parseTryRun', () => {
  it('a cc-option of clang: the option, the target and the flags that decide what an ignored option does', () => {
    const t = parseTryRun(ccOption(FLAGS_612, '-fno-stack-clash-protection'))!;
    expect(t).toMatchObject({ kind: 'cc-option', tool: 'clang', target: 'aarch64-linux-gnu', subject: '-fno-stack-clash-protection' });
    expect(t.diagnostics).toEqual(['-Werror=unused-command-line-argument', '-Werror=unknown-warning-option', '-Werror=ignored-optimization-argument', '-Werror=option-ignored']);
    expect(modelKey(t)).toBe(
      'cc-option clang --target=aarch64-linux-gnu -Werror=unused-command-line-argument -Werror=unknown-warning-option -Werror=ignored-optimization-argument -Werror=option-ignored -fno-stack-clash-protection',
    );
  });

  it("6.1's -Qunused-arguments and 6.12's -Werror=unused-command-line-argument ask different questions", () => {
    expect(modelKey(parseTryRun(ccOption(FLAGS_61, '-fno-stack-clash-protection'))!)).not.toBe(modelKey(parseTryRun(ccOption(FLAGS_612, '-fno-stack-clash-protection'))!));
  });

  it('LLVM_IAS=0: GNU as takes what clang\'s own assembler rejects, another question (a random 32-bit config, seed 92)', () => {
    const ias = parseTryRun(ccOption(FLAGS_612.replace('aarch64-linux-gnu', 'x86_64-linux-gnu'), '-Wa,-mtune=generic32'))!;
    const gnuAs = parseTryRun(ccOption(FLAGS_612.replace('aarch64-linux-gnu', 'x86_64-linux-gnu').replace('-fintegrated-as', '-fno-integrated-as'), '-Wa,-mtune=generic32'))!;
    expect(gnuAs.diagnostics).toContain('-fno-integrated-as');
    expect(ias.diagnostics).not.toContain('-fno-integrated-as');
    expect(modelKey(gnuAs)).not.toBe(modelKey(ias));
  });

  it("the word size flag that is not the target's own is part of the key (powerpc's 32-bit kernel and vDSO: random config 309)", () => {
    const ppc = FLAGS_612.replace('aarch64-linux-gnu', 'powerpc64le-linux-gnu');
    const own = parseTryRun(ccOption(ppc, '-fno-stack-clash-protection'))!;
    const m32 = parseTryRun(ccOption(`${ppc} -mbig-endian -m32 -msoft-float`, '-fno-stack-clash-protection'))!;
    expect(own.wordSize).toBeUndefined();
    expect(m32.wordSize).toBe('-m32');
    expect(modelKey(m32)).toBe(
      'cc-option clang --target=powerpc64le-linux-gnu -m32 -Werror=unused-command-line-argument -Werror=unknown-warning-option -Werror=ignored-optimization-argument -Werror=option-ignored -fno-stack-clash-protection',
    );
    // -m64 on a 64-bit target, -m32 on a 32-bit one: clang's triple as it is, the key without it.
    expect(modelKey(parseTryRun(ccOption(`${ppc} -m64`, '-fno-stack-clash-protection'))!)).toBe(modelKey(own));
    const mips = FLAGS_612.replace('aarch64-linux-gnu', 'mipsel-linux-gnu');
    expect(parseTryRun(ccOption(`${mips} -m32`, '-march=octeon'))!.wordSize).toBeUndefined();
    expect(parseTryRun(ccOption(`${mips} -m32 -m64`, '-march=octeon'))!.wordSize).toBe('-m64');
    // The last one counts, as for clang; x86's real-mode code is -m16; `-m elf_i386` is no such flag.
    const x86 = FLAGS_612.replace('aarch64-linux-gnu', 'x86_64-linux-gnu');
    expect(parseTryRun(ccOption(`${x86} -m32 -m64`, '-ffreestanding'))!.wordSize).toBeUndefined();
    expect(parseTryRun(ccOption(`${x86} -m64 -m16`, '-ffreestanding'))!.wordSize).toBe('-m16');
    expect(parseTryRun(ccOption(`${x86} -m elf_i386`, '-ffreestanding'))!.wordSize).toBeUndefined();
  });

  it('gcc: no target, no such flags, the key as before', () => {
    const t = parseTryRun(ccOption('-D__KERNEL__ -m64 -O2', '-mskip-rax-setup', 'gcc'))!;
    expect(t.target).toBeUndefined();
    expect(t.diagnostics).toBeUndefined();
    expect(t.wordSize).toBeUndefined();
    expect(modelKey(t)).toBe('cc-option gcc -mskip-rax-setup');
  });

  it('a command that is no try-run', () => {
    expect(parseTryRun('clang --version')).toBeUndefined();
  });
});

const paths = { srctree: '/src', objtree: '/obj' };
const ran = (command: string, output: string, status = 0): Probe => {
  const t = parseTryRun(command);
  const p: Probe = { kind: t?.kind ?? 'command', subject: t?.subject ?? command, command, output, status, source: 'ran' };
  if (t !== undefined) {
    p.tool = t.tool;
    if (t.target !== undefined) p.target = t.target;
    if (t.wordSize !== undefined) p.wordSize = t.wordSize;
    if (t.diagnostics !== undefined) p.diagnostics = t.diagnostics;
    p.accepted = output.replace(/\n$/, '') === t.yes;
  }
  return p;
};
const emptyModel = (): CompilerModelData => ({ id: 'clang-14', description: 'test', accepts: {}, commands: {} });

describe('addToModel', () => {
  it('keeps what a real run answered, by key', () => {
    const model = emptyModel();
    addToModel(model, [ran(ccOption(FLAGS_612, '-mbranch-protection=pac-ret'), '-mbranch-protection=pac-ret\n'), ran('clang -print-file-name=include', '/usr/lib/clang/include\n')], paths);
    expect(Object.values(model.accepts)).toEqual([true]);
    expect(model.commands['clang -print-file-name=include']).toEqual({ output: '/usr/lib/clang/include\n', status: 0 });
  });

  it('stops at a key answered two ways', () => {
    const model = emptyModel();
    const yes = ran(ccOption(FLAGS_612, '-Wno-psabi'), '-Wno-psabi\n');
    const no = ran(ccOption(`${FLAGS_612} -fprofile-sample-use=/missing.afdo`, '-Wno-psabi'), '\n');
    expect(() => addToModel(model, [yes, no], paths)).toThrow(/two answers for 'cc-option clang --target=aarch64-linux-gnu .* -Wno-psabi'/);
  });

  it("keeps a source-tree script's two answers (two trees' texts) by the text's digest", () => {
    const model = emptyModel();
    const cmd = (src: string) => `{ env "LD=ld" ${src}/scripts/relr.sh; } >/dev/null 2>&1 && echo "y" || echo "n"`;
    const texts: Record<string, string> = { '/a/scripts/relr.sh': 'old text', '/b/scripts/relr.sh': 'new text' };
    const read = (f: string) => texts[f];
    addToModel(model, [ran(cmd('/a'), 'n\n')], { srctree: '/a', objtree: '/obj' }, read);
    expect(Object.keys(model.commands)).toEqual([cmd('@SRCTREE@')]);
    addToModel(model, [ran(cmd('/b'), 'y\n')], { srctree: '/b', objtree: '/obj' }, read);
    const keys = Object.keys(model.commands);
    expect(keys).toHaveLength(2);
    expect(keys.every((k) => k.startsWith(`${cmd('@SRCTREE@')} #sha256:`))).toBe(true);
    expect(Object.values(model.commands).map((a) => a.output).sort()).toEqual(['n\n', 'y\n']);
  });

  it('never keeps what a command read from the build\'s generated files', () => {
    const model = emptyModel();
    addToModel(model, [ran(`awk '{if ($2 == "TSK_STACK_CANARY") print $3;}' include/generated/asm-offsets.h`, '1224\n')], paths);
    expect(model.commands).toEqual({});
  });

  it('never keeps what a program the build makes said (mips: elf-entry of vmlinux), in the build directory or by its path', () => {
    const model = emptyModel();
    addToModel(model, [ran('./arch/mips/tools/elf-entry vmlinux', '', 127), ran(`${paths.objtree}/arch/mips/tools/elf-entry vmlinux`, '', 127), ran('uname -m', 'x86_64\n')], paths);
    expect(Object.keys(model.commands)).toEqual(['uname -m']);
  });
});

const disk: Host = {
  readFile: () => undefined,
  isFile: () => false,
  exists: () => false,
  isDirectory: () => false,
  listDirectory: () => undefined,
  realpath: () => undefined,
  shell: (): ShellResult => {
    throw new Error('nothing runs without --allow-shell');
  },
};

describe('ProbeHost with a model', () => {
  const model = emptyModel();
  addToModel(model, [ran(ccOption(FLAGS_612, '-fno-stack-clash-protection'), '\n')], paths);

  it('answers the probe it knows, for the same target and flags, and says so', () => {
    const host = new ProbeHost(disk, { allowShell: false, model, paths, scratch: '/tmp' });
    expect(host.shell(ccOption(FLAGS_612, '-fno-stack-clash-protection'), '/obj', {}).output).toBe('\n');
    expect(host.probes.map((p) => p.source)).toEqual(['model']);
  });

  it('another target or other flags: unknown, answered as failed, reported', () => {
    const host = new ProbeHost(disk, { allowShell: false, model, paths, scratch: '/tmp' });
    host.shell(ccOption(FLAGS_61, '-fno-stack-clash-protection'), '/obj', {});
    host.shell(ccOption(FLAGS_612.replace('aarch64-linux-gnu', 'x86_64-linux-gnu'), '-fno-stack-clash-protection'), '/obj', {});
    expect(host.probes.map((p) => [p.source, p.output])).toEqual([
      ['unknown', '\n'],
      ['unknown', '\n'],
    ]);
  });

  it("the bundled clang model: ppc64le accepts -fno-stack-clash-protection, with -m32 (a PPC32 kernel, random config 309) it does not, as clang 14 answered", () => {
    const clang = loadCompilerModel('clang-14');
    const ppc = FLAGS_612.replace('aarch64-linux-gnu', 'powerpc64le-linux-gnu');
    const host = new ProbeHost(disk, { allowShell: false, model: clang, paths, scratch: '/tmp' });
    host.shell(ccOption(ppc, '-fno-stack-clash-protection'), '/obj', {});
    host.shell(ccOption(`${ppc} -mbig-endian -m32 -msoft-float`, '-fno-stack-clash-protection'), '/obj', {});
    host.shell(ccOption(`${ppc} -m64`, '-fno-stack-clash-protection'), '/obj', {});
    // (-m64 is ppc64le's own word size: the first key answers.)
    expect(host.probes.map((p) => [p.source, p.accepted])).toEqual([
      ['model', true],
      ['model', false],
      ['model', true],
    ]);
  });
});

describe('ProbeHost: commands answered without running', () => {
  it('`dirname PATH` (the top level strips M=DIR/ so) as /usr/bin/dirname answers it, whatever the model', () => {
    const host = new ProbeHost(disk, { allowShell: false, model: emptyModel(), paths, scratch: '/tmp' });
    for (const word of ['/tmp/mod/.', '/tmp/mod//.', 'mod/.', 'a//', '//', '///', '/', '.', 'a/b/c/', '/a', 'a', '//a//b//', 'a/.//', '/..']) {
      const real = spawnSync('dirname', [word], { encoding: 'utf8' });
      expect(host.shell(`dirname ${word}`, '/obj', {}), word).toEqual({ output: real.stdout, status: 0 });
    }
    expect(host.probes.every((p) => p.source === 'model')).toBe(true);
    // What the shell would expand or split is not a string operation.
    expect(host.shell('dirname $(HOME)/x', '/obj', {}).status).toBe(127);
    expect(host.shell('dirname a b', '/obj', {}).status).toBe(127);
  });
});

describe('modelIdFromVersion: the compiler a version line names, however gcc was run', () => {
  it('gcc, gcc-12, a cross gcc (CROSS_COMPILE=aarch64-linux-gnu-) and clang', () => {
    expect(modelIdFromVersion('gcc (Debian 12.2.0-14+deb12u1) 12.2.0')).toBe('gcc-12');
    expect(modelIdFromVersion('gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0')).toBe('gcc-12');
    expect(modelIdFromVersion('aarch64-linux-gnu-gcc (Debian 12.2.0-14) 12.2.0')).toBe('gcc-12');
    expect(modelIdFromVersion('x86_64-linux-gnu-gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0')).toBe('gcc-12');
    expect(modelIdFromVersion('Debian clang version 14.0.6')).toBe('clang-14');
    expect(() => modelIdFromVersion('gccgo (Debian 12.2.0-14) 12.2.0')).toThrow(/cannot tell/);
  });
});

describe('ProbeHost with --allow-shell: commands run as from the user\'s shell', () => {
  it("an environment without PATH gets the user's (a cross gcc's -print-file-name=include is relative without it); one with PATH keeps it", () => {
    const seen: Record<string, string>[] = [];
    const inner: Host = { ...disk, shell: (_c: string, _cwd: string, env: Record<string, string>) => (seen.push(env), { output: '', status: 0 }) };
    const host = new ProbeHost(inner, { allowShell: true, model: emptyModel(), paths, scratch: '/tmp' });
    host.shell('aarch64-linux-gnu-gcc -print-file-name=include', '/obj', { ARCH: 'arm64' });
    host.shell('true', '/obj', { PATH: '/opt/bin' });
    expect(seen[0]).toEqual({ ARCH: 'arm64', PATH: process.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' });
    expect(seen[1]).toEqual({ PATH: '/opt/bin' });
  });
});

describe('collapseBlanks: the words the shell sees, one space apart', () => {
  it('runs of blanks outside quotes become one space; quoted ones and escaped ones stay', () => {
    expect(collapseBlanks('LC_ALL=C  gcc-12 --version 2>/dev/null |  head -n 1 ')).toBe('LC_ALL=C gcc-12 --version 2>/dev/null | head -n 1');
    expect(collapseBlanks(`\techo 'a  b' "c \\"  d"  e\\  f`)).toBe(`echo 'a  b' "c \\"  d" e\\  f`);
  });

  it("a model's key written with other blanks answers (Debian's headers: CC = $(if ...) gcc-12)", () => {
    const model = emptyModel();
    model.commands['LC_ALL=C gcc --version 2>/dev/null | head -n 1'] = { output: 'gcc (Debian 12.2.0-14+deb12u1) 12.2.0\n', status: 0 };
    model.id = 'gcc-12';
    const host = new ProbeHost(disk, { allowShell: false, model, paths, scratch: '/tmp' });
    expect(host.shell('LC_ALL=C  gcc-12 --version 2>/dev/null | head -n 1', '/obj', {})).toEqual({ output: 'gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0\n', status: 0 });
    expect(host.probes.map((p) => p.source)).toEqual(['model']);
  });
});

describe('`find DIR -name PATTERN`: answered by walking DIR when nothing matches', () => {
  const tree: Record<string, string[]> = { '/src/fw': ['a.c', 'sub', '.x.S'], '/src/fw/sub': ['b.gen.c'] };
  const host = () =>
    new ProbeHost(
      { ...disk, exists: (f) => f in tree, isDirectory: (f) => f in tree, listDirectory: (d) => tree[d] },
      { allowShell: false, model: emptyModel(), paths, scratch: '/tmp' },
    );
  it('no match below DIR (an in-tree build before its generated files): empty, status 0, as find says', () => {
    for (const pattern of ['\\*.gen.S', "'*.gen.S'", '"*.gen.S"', 'b.gen.S']) expect(host().shell(`find fw -name ${pattern} 2>/dev/null`, '/src', {}), pattern).toEqual({ output: '', status: 0 });
  });
  it('a match (find prints in the directory\'s own order), a dot file included, or a pattern it does not read: left to the shell', () => {
    for (const pattern of ['\\*.gen.c', "'*.S'", '"b.gen.?"', "'[ab].c'"]) expect(host().shell(`find fw -name ${pattern} 2>/dev/null`, '/src', {}).status, pattern).toBe(127);
  });
});

describe("the toolchain's own triplet (CROSS_COMPILE=x86_64-linux-gnu-, CC=x86_64-linux-gnu-gcc-12: Debian's kernel build)", () => {
  const gcc = { id: 'gcc-12', triplet: 'x86_64-linux-gnu' };
  it('names the same tools; another triplet, or a model without one, does not', () => {
    expect(canonicalTool('x86_64-linux-gnu-gcc-12', gcc)).toBe('gcc');
    expect(canonicalTool('/usr/bin/x86_64-linux-gnu-gcc', gcc)).toBe('gcc');
    expect(canonicalTool('x86_64-linux-gnu-objcopy', gcc)).toBe('objcopy');
    expect(canonicalTool('aarch64-linux-gnu-gcc', gcc)).toBe('aarch64-linux-gnu-gcc');
    expect(canonicalTool('x86_64-linux-gnu-gcc-13', gcc)).toBe('x86_64-linux-gnu-gcc-13');
    expect(canonicalTool('x86_64-linux-gnu-gcc', { id: 'gcc-12' })).toBe('x86_64-linux-gnu-gcc');
    expect(canonicalTools('LC_ALL=C x86_64-linux-gnu-gcc-12 --version 2>/dev/null | head -n 1', gcc)).toBe('LC_ALL=C gcc --version 2>/dev/null | head -n 1');
  });

  it('the bundled models say the triplet they were recorded on', () => {
    for (const id of ['gcc-12', 'clang-14']) expect(loadCompilerModel(id).triplet).toBe('x86_64-linux-gnu');
  });
});

describe('compiler launchers (CC="ccache gcc")', () => {
  it('are taken out before the tool they run, and only there', () => {
    expect(withoutLaunchers('LC_ALL=C ccache gcc --version 2>/dev/null | head -n 1')).toBe('LC_ALL=C gcc --version 2>/dev/null | head -n 1');
    expect(withoutLaunchers(ccOption('-m64', '-fno-pie', 'ccache gcc'))).toBe(ccOption('-m64', '-fno-pie', 'gcc'));
    expect(withoutLaunchers('/usr/bin/sccache clang -E -x c /dev/null; distcc gcc -v')).toBe('clang -E -x c /dev/null; gcc -v');
    expect(withoutLaunchers('scripts/cc-version.sh ccache clang')).toBe('scripts/cc-version.sh clang');
    // A launcher's own options, or the word as an argument, stay.
    expect(withoutLaunchers('ccache -s')).toBe('ccache -s');
    expect(withoutLaunchers('echo myccache gcc')).toBe('echo myccache gcc');
  });

  it("the model answers a launcher's probe as the compiler's own", () => {
    const model = emptyModel();
    addToModel(model, [ran(ccOption(FLAGS_612, '-fno-stack-clash-protection'), '\n')], paths);
    const host = new ProbeHost(disk, { allowShell: false, model, paths, scratch: '/tmp' });
    const asked = ccOption(FLAGS_612, '-fno-stack-clash-protection', 'ccache clang');
    expect(asked).toContain('ccache clang');
    expect(host.shell(asked, '/obj', {}).output).toBe('\n');
    expect(host.probes.map((p) => [p.source, p.tool, p.command])).toEqual([['model', 'clang', asked]]);
  });
});

// LLVM=-14, CC=clang-14, CC=gcc-12 and LLVM=/usr/lib/llvm-14/bin/ name the
// toolchain a model was recorded from under another name: every probe was
// unknown (a random 6.12 config with LLVM=-14: 63 of them, 2405 of 2412
// objects predicted wrongly), as if the compiler accepted nothing.
describe('the same toolchain under another name', () => {
  it('a version suffix that is the model\'s own, and a directory, go', () => {
    expect(canonicalTool('clang-14', { id: 'clang-14' })).toBe('clang');
    expect(canonicalTool('ld.lld-14', { id: 'clang-14' })).toBe('ld.lld');
    expect(canonicalTool('llvm-objcopy-14', { id: 'clang-14' })).toBe('llvm-objcopy');
    expect(canonicalTool('/usr/lib/llvm-14/bin/clang', { id: 'clang-14' })).toBe('clang');
    expect(canonicalTool('gcc-12', { id: 'gcc-12' })).toBe('gcc');
  });

  it('another version, or what is not a tool, stays', () => {
    expect(canonicalTool('clang-15', { id: 'clang-14' })).toBe('clang-15');
    expect(canonicalTool('x86_64-linux-gnu-gcc', { id: 'gcc-12' })).toBe('x86_64-linux-gnu-gcc');
    expect(canonicalTool('@SRCTREE@/scripts/cc-version.sh', { id: 'gcc-12' })).toBe('@SRCTREE@/scripts/cc-version.sh');
    expect(canonicalTools('LC_ALL=C /usr/lib/llvm-14/bin/clang --version 2>/dev/null | head -n 1', { id: 'clang-14' })).toBe('LC_ALL=C clang --version 2>/dev/null | head -n 1');
    expect(canonicalTools('clang-14 --target=x86_64-linux-gnu -print-file-name=include', { id: 'clang-14' })).toBe('clang --target=x86_64-linux-gnu -print-file-name=include');
  });

  it('the model answers clang-14 as it answers clang, and keys what clang-14 answered as clang\'s', () => {
    const model = emptyModel();
    addToModel(model, [ran(ccOption(FLAGS_612, '-fno-stack-clash-protection', 'clang-14'), '\n'), ran('LC_ALL=C clang-14 --version 2>/dev/null | head -n 1', 'Debian clang version 14.0.6\n')], paths);
    expect(Object.keys(model.accepts)[0]).toMatch(/^cc-option clang --target=/);
    expect(Object.keys(model.commands)).toEqual(['LC_ALL=C clang --version 2>/dev/null | head -n 1']);
    const host = new ProbeHost(disk, { allowShell: false, model, paths, scratch: '/tmp' });
    host.shell(ccOption(FLAGS_612, '-fno-stack-clash-protection', '/usr/lib/llvm-14/bin/clang'), '/obj', {});
    host.shell('LC_ALL=C clang-14 --version 2>/dev/null | head -n 1', '/obj', {});
    host.shell(ccOption(FLAGS_612, '-fno-stack-clash-protection', 'clang-15'), '/obj', {});
    expect(host.probes.map((p) => [p.source, p.output])).toEqual([
      ['model', '\n'],
      ['model', 'Debian clang version 14.0.6\n'],
      ['unknown', '\n'],
    ]);
  });

  it("gcc's --version says the name it was run as, and so does the model's answer (CC=gcc-12, seed 83)", () => {
    const model: CompilerModelData = { id: 'gcc-12', description: 'test', accepts: {}, commands: {} };
    addToModel(model, [ran('LC_ALL=C gcc-12 --version 2>/dev/null | head -n 1', 'gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0\n')], paths);
    expect(model.commands).toEqual({ 'LC_ALL=C gcc --version 2>/dev/null | head -n 1': { output: 'gcc (Debian 12.2.0-14+deb12u1) 12.2.0\n', status: 0 } });
    addToModel(model, [ran('LC_ALL=C gcc --version 2>/dev/null | head -n 1', 'gcc (Debian 12.2.0-14+deb12u1) 12.2.0\n')], paths);
    const host = new ProbeHost(disk, { allowShell: false, model, paths, scratch: '/tmp' });
    expect(host.shell('LC_ALL=C /usr/bin/gcc-12 --version 2>/dev/null | head -n 1', '/obj', {}).output).toBe('gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0\n');
    expect(host.shell('LC_ALL=C gcc --version 2>/dev/null | head -n 1', '/obj', {}).output).toBe('gcc (Debian 12.2.0-14+deb12u1) 12.2.0\n');
  });
});
