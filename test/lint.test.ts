// kflags lint: each lint fires on a small makefile written to show its bad
// case and stays silent on the good one (bundled model, with a fragment of
// our own as the "top level"); the bundled example with a misspelt pattern;
// the real 6.12 purgatory under gcc and ThinLTO; the CLI's exit statuses,
// JSON document and colors.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../src/cli/app.js';
import { lintModel, lintTree, type Lint, type LintId } from '../src/kbuild/lint.js';
import { linuxFullTree, requireTree } from './helpers/linux.js';

const root = path.resolve(import.meta.dirname, '..');
const example = path.join(root, 'examples/purgatory');
const fixtures = path.join(root, 'test/fixtures/kernel-builds');

// What the directory inherits: a top level in a few lines. The toolchain
// flags go into KBUILD_CFLAGS (as they did before Linux 5.x moved them to
// KBUILD_CPPFLAGS), -fno-PIE is in both the C and the assembler flags, and a
// profile arrives as a user's KCFLAGS would.
const BASE = `
CLANG_FLAGS := --target=x86_64-linux-gnu -Werror=unknown-warning-option
KBUILD_CPPFLAGS := -D__KERNEL__
KBUILD_CFLAGS := -std=gnu11 $(CLANG_FLAGS) -fno-PIE -mcmodel=kernel -fstack-protector-strong
KBUILD_CFLAGS += -fprofile-use=/p.profdata
KBUILD_AFLAGS := -D__ASSEMBLY__ -fno-PIE -m64
srctree := .
`;

/** A directory of our own: Makefile, base fragment, sources. */
function directory(makefile: string, sources: string[] = ['a.c', 'b.c', 's.S']): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kflags-lint-'));
  fs.writeFileSync(path.join(d, 'base.mk'), BASE);
  fs.writeFileSync(path.join(d, 'Makefile'), makefile.replace(/^\n/, ''));
  for (const s of sources) fs.writeFileSync(path.join(d, s), '');
  return d;
}

async function lint(makefile: string, options: { sources?: string[]; deadPatterns?: boolean } = {}): Promise<Lint[]> {
  const d = directory(makefile, options.sources);
  const r = await lintModel({ makefile: path.join(d, 'Makefile'), obj: 'dir', profiles: [], base: path.join(d, 'base.mk'), deadPatterns: options.deadPatterns, cwd: d });
  return r.lints;
}

const ids = (lints: Lint[]) => lints.map((l) => l.id);
const only = (lints: Lint[], id: LintId) => lints.filter((l) => l.id === id);

describe('reset-drops-inherited', () => {
  it('fires on KBUILD_CFLAGS := that drops inherited words, naming the line and the toolchain flags lost', async () => {
    const lints = await lint(`
obj-y := a.o b.o
KBUILD_CFLAGS := -O2 -m64
`);
    expect(ids(lints)).toEqual(['reset-drops-inherited']);
    const [l] = lints;
    expect(l.at).toEqual({ file: 'Makefile', line: 2 });
    expect(l.variable).toBe('KBUILD_CFLAGS');
    expect(l.flags).toEqual(['-std=gnu11', '--target=x86_64-linux-gnu', '-Werror=unknown-warning-option', '-fno-PIE', '-mcmodel=kernel', '-fstack-protector-strong', '-fprofile-use=/p.profdata']);
    expect(l.message).toContain('2 of them toolchain flags from CLANG_FLAGS (--target=x86_64-linux-gnu -Werror=unknown-warning-option)');
  });

  it('fires on KBUILD_AFLAGS := too', async () => {
    const lints = await lint(`
obj-y := a.o s.o
KBUILD_AFLAGS := -D__ASSEMBLY__
`);
    expect(ids(lints)).toEqual(['reset-drops-inherited']);
    expect(lints[0].flags).toEqual(['-fno-PIE', '-m64']);
  });

  it('is silent on a filter-out of itself, and on a reset that keeps every inherited word', async () => {
    expect(
      await lint(`
obj-y := a.o b.o
KBUILD_CFLAGS := $(filter-out -mcmodel=kernel,$(KBUILD_CFLAGS)) -mcmodel=small
`),
    ).toEqual([]);
    expect(
      await lint(`
obj-y := a.o b.o
saved := $(KBUILD_CFLAGS)
KBUILD_CFLAGS := $(filter-out -fstack-protector-strong,$(saved)) -O2
`),
    ).toEqual([]);
  });
});

describe('removed-then-added and added-then-removed', () => {
  it('fires on a flag removed by ccflags-remove-y and added back by CFLAGS_<obj>.o, with both lines', async () => {
    const lints = await lint(`
obj-y := a.o b.o
ccflags-remove-y += -mcmodel=kernel
CFLAGS_a.o += -mcmodel=kernel -O3
`);
    expect(ids(lints)).toEqual(['removed-then-added']);
    expect(lints[0]).toMatchObject({ at: { file: 'Makefile', line: 2 }, flags: ['-mcmodel=kernel'], objects: ['dir/a.o'], related: [{ file: 'Makefile', line: 3 }] });
  });

  it('fires on a flag added by CFLAGS_<obj>.o that CFLAGS_REMOVE_<obj>.o removes again (it filters CFLAGS_<obj>.o too)', async () => {
    const lints = await lint(`
obj-y := a.o b.o
CFLAGS_REMOVE_a.o += -mcmodel=kernel
CFLAGS_a.o += -mcmodel=kernel -O3
`);
    expect(ids(lints)).toEqual(['added-then-removed']);
    expect(lints[0]).toMatchObject({ at: { file: 'Makefile', line: 3 }, flags: ['-mcmodel=kernel'], objects: ['dir/a.o'], related: [{ file: 'Makefile', line: 2, note: 'removed here' }] });
  });

  it('fires on a flag filtered out of KBUILD_CFLAGS and added back through a variable, naming the line that wrote it', async () => {
    const lints = await lint(`
obj-y := a.o b.o
KBUILD_CFLAGS := $(filter-out -fno-PIE,$(KBUILD_CFLAGS))
MY_CFLAGS := -fpic
MY_CFLAGS += -fno-PIE
CFLAGS_b.o += $(MY_CFLAGS)
KBUILD_AFLAGS := $(filter-out -fno-PIE,$(KBUILD_AFLAGS))
`);
    expect(ids(lints)).toEqual(['removed-then-added']);
    expect(lints[0]).toMatchObject({ at: { line: 2 }, flags: ['-fno-PIE'], objects: ['dir/b.o'], related: [{ line: 4 }] });
  });

  it('fires on a flag the directory adds and then removes for an object', async () => {
    const lints = await lint(`
obj-y := a.o b.o
ccflags-y += -fno-common
CFLAGS_REMOVE_b.o += -fno-common
`);
    expect(ids(lints)).toEqual(['added-then-removed']);
    expect(lints[0]).toMatchObject({ at: { line: 2 }, flags: ['-fno-common'], objects: ['dir/b.o'], related: [{ line: 3, note: 'removed here' }] });
  });

  it('is silent when what is removed and what is added differ', async () => {
    expect(
      await lint(`
obj-y := a.o b.o
ccflags-y += -fno-common
CFLAGS_REMOVE_a.o += -mcmodel=kernel
CFLAGS_a.o += -mcmodel=small
`),
    ).toEqual([]);
  });
});

describe('removal-matches-nothing', () => {
  it('fires on a pattern that misses a flag with a value (-fprofile-use without =%)', async () => {
    const lints = await lint(`
obj-y := a.o b.o
KBUILD_CFLAGS := $(filter-out -fprofile-use,$(KBUILD_CFLAGS))
`);
    expect(ids(lints)).toEqual(['removal-matches-nothing']);
    expect(lints[0].at).toEqual({ file: 'Makefile', line: 2 });
    expect(lints[0].message).toContain('-fprofile-use=/p.profdata is there: -fprofile-use=% would match');
  });

  it('names the directory line when the pattern comes from a variable of the top level', async () => {
    const d = directory(`
obj-y := a.o b.o
KBUILD_CFLAGS := $(filter-out $(TOP_PATTERNS),$(KBUILD_CFLAGS))
`);
    fs.appendFileSync(path.join(d, 'base.mk'), 'TOP_PATTERNS := -fprofile-use\n');
    const r = await lintModel({ makefile: path.join(d, 'Makefile'), obj: 'dir', profiles: [], base: path.join(d, 'base.mk'), cwd: d });
    expect(r.lints.map((l) => `${l.id} ${l.at.file}:${l.at.line}`)).toEqual(['removal-matches-nothing Makefile:2']);
  });

  it('fires on CFLAGS_REMOVE_ of an assembler object, which never applies', async () => {
    const lints = await lint(`
obj-y := a.o s.o
CFLAGS_REMOVE_s.o += -fno-PIE
`);
    expect(ids(lints)).toEqual(['removal-matches-nothing']);
    expect(lints[0].message).toMatch(/s\.o is assembler: CFLAGS_REMOVE_ never applies/);
  });

  it('is silent on the right pattern; a dead pattern only with deadPatterns', async () => {
    expect(
      await lint(`
obj-y := a.o b.o
KBUILD_CFLAGS := $(filter-out -fprofile-use=%,$(KBUILD_CFLAGS))
`),
    ).toEqual([]);
    const dead = `
obj-y := a.o b.o
CFLAGS_REMOVE_a.o += -fstack-protector
`;
    expect(await lint(dead)).toEqual([]);
    const lints = await lint(dead, { deadPatterns: true });
    expect(ids(lints)).toEqual(['removal-matches-nothing']);
    expect(lints[0]).toMatchObject({ at: { line: 2 }, flags: ['-fstack-protector'], objects: ['dir/a.o'] });
  });

  it('the bundled example with -fprofile-use for -fprofile-use=%: fires under the profile that has one', async () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kflags-lint-'));
    const text = fs.readFileSync(path.join(example, 'Makefile'), 'utf8');
    expect(text).toContain('-fprofile-use=%');
    fs.writeFileSync(path.join(d, 'Makefile'), text.replace('-fprofile-use=%', '-fprofile-use'));
    const profiles = ['gcc', 'clang', 'clang-thinlto', 'clang-fulllto', 'clang-thinlto-profile', 'clang-thinlto-profile-use'];
    const r = await lintModel({ makefile: path.join(d, 'Makefile'), obj: 'arch/x86/purgatory', profiles, srcDir: example, cwd: d });
    expect(ids(r.lints)).toEqual(['removal-matches-nothing']);
    expect(r.lints[0].message).toContain('-fprofile-use=/path/to/x.profdata is there');
    expect(r.lints[0].at.line).toBe(text.split('\n').findIndex((l) => l.includes('-fprofile-use=%')) + 1);
    // The example as shipped: nothing.
    const clean = await lintModel({ makefile: path.join(example, 'Makefile'), obj: 'arch/x86/purgatory', profiles, cwd: root });
    expect(clean.lints).toEqual([]);
    expect(clean.configurations).toHaveLength(6);
  });
});

describe('removal-c-only', () => {
  it('fires on a flag filtered out of KBUILD_CFLAGS that the assembler objects keep', async () => {
    const lints = await lint(`
obj-y := a.o s.o
KBUILD_CFLAGS := $(filter-out -fno-PIE,$(KBUILD_CFLAGS))
`);
    expect(ids(lints)).toEqual(['removal-c-only']);
    expect(lints[0]).toMatchObject({ at: { line: 2 }, flags: ['-fno-PIE'], objects: ['dir/s.o'] });
  });

  it('fires on ccflags-remove-y too', async () => {
    const lints = await lint(`
obj-y := a.o s.o
ccflags-remove-y += -fno-PIE
`);
    expect(ids(lints)).toEqual(['removal-c-only']);
  });

  it('is silent when the assembler flags lose it too, or never had it', async () => {
    expect(
      await lint(`
obj-y := a.o s.o
KBUILD_CFLAGS := $(filter-out -fno-PIE,$(KBUILD_CFLAGS))
asflags-remove-y += -fno-PIE
`),
    ).toEqual([]);
    expect(
      await lint(`
obj-y := a.o s.o
KBUILD_CFLAGS := $(filter-out -mcmodel=kernel,$(KBUILD_CFLAGS))
`),
    ).toEqual([]);
  });
});

describe('foreign-source-removals', () => {
  const makefile = (extra: string) => `
obj-y := a.o b.o x.o
$(obj)/x.o: $(srctree)/lib/x.c FORCE
	$(call if_changed_rule,cc_o_c)
CFLAGS_REMOVE_a.o += -mcmodel=kernel
CFLAGS_REMOVE_b.o += -mcmodel=kernel
${extra}
`;

  it('fires on an object built from another directory that keeps what its siblings remove', async () => {
    const lints = await lint(makefile(''));
    expect(ids(lints)).toEqual(['foreign-source-removals']);
    expect(lints[0]).toMatchObject({ at: { line: 4 }, flags: ['-mcmodel=kernel'], objects: ['dir/x.o'], variable: 'CFLAGS_REMOVE_x.o' });
    expect(lints[0].message).toMatch(/^x\.o, compiled from \S*lib\/x\.c, keeps -mcmodel=kernel/);
  });

  it('is silent when it has the same removals', async () => {
    expect(await lint(makefile('CFLAGS_REMOVE_x.o += -mcmodel=kernel'))).toEqual([]);
  });
});

async function kflags(args: string[], io: { env?: Record<string, string>; isTTY?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const status = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, env: io.env ?? { NO_COLOR: '1' }, isTTY: io.isTTY });
  return { status, stdout, stderr };
}

describe('kflags lint (CLI)', () => {
  it('exit 0 with no lint, 1 when one fires (text with file:line, and JSON), 2 on bad input', async () => {
    const clean = await kflags(['lint', 'examples/purgatory', '--obj', 'arch/x86/purgatory']);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/^no lint in 1 directory, 6 configurations$/m);

    const d = directory('obj-y := a.o b.o\nKBUILD_CFLAGS := -O2\n');
    const bad = await kflags(['lint', d, '--base', path.join(d, 'base.mk'), '--obj', 'dir']);
    expect(bad.status, bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/Makefile:2: warning: KBUILD_CFLAGS := replaces .* \[reset-drops-inherited\]$/m);
    expect(bad.stdout).toMatch(/^ {2}why: /m);

    const json = await kflags(['lint', d, '--base', path.join(d, 'base.mk'), '--obj', 'dir', '--json']);
    expect(json.status).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(Object.keys(doc).slice(0, 2)).toEqual(['schemaVersion', 'kind']);
    expect(doc).toMatchObject({ schemaVersion: 1, kind: 'kflags.lint', mode: 'model', srctree: null, directories: ['dir'], summary: { total: 1, byId: { 'reset-drops-inherited': 1 } } });
    expect(doc.lints[0]).toMatchObject({ id: 'reset-drops-inherited', line: 2, variable: 'KBUILD_CFLAGS', related: [], objects: [] });

    expect((await kflags(['lint', '/no/such/dir'])).status).toBe(2);
    expect((await kflags(['lint', 'examples/purgatory', '--profile', 'nope'])).status).toBe(2);
    expect((await kflags(['lint', 'examples/purgatory', '--dir', 'x'])).status).toBe(2);
    const noTree = await kflags(['lint', '--tree', '/no/such/tree', '--dir', 'x', '--json']);
    expect(noTree.status).toBe(2);
    expect(JSON.parse(noTree.stdout).error.exitStatus).toBe(2);
  });

  it('colors on a terminal only, never with NO_COLOR', async () => {
    const d = directory('obj-y := a.o b.o\nKBUILD_CFLAGS := -O2\n');
    const args = ['lint', d, '--base', path.join(d, 'base.mk'), '--obj', 'dir'];
    expect((await kflags(args, { env: {}, isTTY: true })).stdout).toContain('\x1b[');
    expect((await kflags(args, { env: { NO_COLOR: '1' }, isTTY: true })).stdout).not.toContain('\x1b[');
    expect((await kflags(args, { env: {}, isTTY: false })).stdout).not.toContain('\x1b[');
  });
});

const have = requireTree('6.12');

describe.skipIf(!have)('kflags lint on the real 6.12 purgatory', () => {
  it('gcc and ThinLTO: one lint, -fvisibility=hidden filtered out with CC_FLAGS_LTO and added back by PURGATORY_CFLAGS', async () => {
    const r = await lintTree({
      tree: linuxFullTree('6.12'),
      configs: [path.join(fixtures, '6.12-gcc.config'), path.join(fixtures, '6.12-clang-thinlto.config')],
      dirs: ['arch/x86/purgatory'],
      commandLine: [`O=${path.join(os.tmpdir(), 'kflags-lint-objtree')}`],
    });
    expect(r.errors).toEqual([]);
    expect(r.configurations).toEqual(['6.12-gcc.config (gcc-12)', '6.12-clang-thinlto.config (clang-14)']);
    expect(r.notes).toEqual(['6.12-clang-thinlto.config is a clang configuration: evaluated with LLVM=1']);
    expect(r.lints).toHaveLength(1);
    expect(r.lints[0]).toMatchObject({
      id: 'removed-then-added',
      at: { file: 'arch/x86/purgatory/Makefile', line: 23 },
      variable: 'KBUILD_CFLAGS',
      flags: ['-fvisibility=hidden'],
      objects: ['arch/x86/purgatory/purgatory.o', 'arch/x86/purgatory/sha256.o', 'arch/x86/purgatory/string.o'],
      related: [{ file: 'arch/x86/purgatory/Makefile', line: 37, note: 'added back by CFLAGS_<object>.o' }],
      configurations: ['6.12-clang-thinlto.config (clang-14)'],
    });
    // Every pattern that merely matched nothing under these two configs (profile flags, stack protector, debug info).
    const dead = await lintTree({
      tree: linuxFullTree('6.12'),
      configs: [path.join(fixtures, '6.12-gcc.config')],
      dirs: ['arch/x86/purgatory'],
      commandLine: [`O=${path.join(os.tmpdir(), 'kflags-lint-objtree')}`],
      deadPatterns: true,
    });
    expect(only(dead.lints, 'removal-matches-nothing').map((l) => `${l.at.line} ${l.flags[0]}`)).toEqual([
      '19 -fprofile-sample-use=%',
      '19 -fprofile-use=%',
      '49 -fstack-protector',
      '73 -g',
      '73 -Wa,-g',
      '73 -gdwarf-4',
      '73 -Wa,-gdwarf-4',
      '73 -gdwarf-5',
      '73 -Wa,-gdwarf-5',
    ]);
  });

  it('arch/x86/boot/compressed: its KBUILD_CFLAGS and KBUILD_AFLAGS resets, without the words it adds back', async () => {
    const r = await lintTree({
      tree: linuxFullTree('6.12'),
      configs: [path.join(fixtures, '6.12-gcc.config')],
      dirs: ['arch/x86/boot/compressed'],
      noRecurse: true,
      commandLine: [`O=${path.join(os.tmpdir(), 'kflags-lint-objtree')}`],
    });
    expect(r.lints.map((l) => `${l.id} ${l.at.file}:${l.at.line} ${l.variable}`)).toEqual([
      'reset-drops-inherited arch/x86/boot/compressed/Makefile:27 KBUILD_CFLAGS',
      'reset-drops-inherited arch/x86/boot/compressed/Makefile:54 KBUILD_AFLAGS',
    ]);
    const [cflags, aflags] = r.lints;
    // Lost: mitigations and warnings of the top level; not lost: what lines 28-47 add back.
    expect(cflags.flags).toEqual(expect.arrayContaining(['-fcf-protection=branch', '-mindirect-branch=thunk-extern', '-Werror=strict-prototypes']));
    for (const back of ['-std=gnu11', '-fno-strict-aliasing', '-Wundef', '-fshort-wchar', '-m64', '-O2']) expect(cflags.flags).not.toContain(back);
    expect(aflags.flags).toEqual(['-fno-PIE']);
  });

  it('the CLI: no lint for the purgatory under gcc alone (exit 0), one under both configs (exit 1)', async () => {
    const O = `O=${path.join(os.tmpdir(), 'kflags-lint-objtree')}`;
    const gcc = await kflags(['lint', '--tree', linuxFullTree('6.12'), '--dir', 'arch/x86/purgatory', '--config', path.join(fixtures, '6.12-gcc.config'), O]);
    expect(gcc.status, gcc.stderr).toBe(0);
    expect(gcc.stdout).toMatch(/^no lint in 1 directory, 1 configuration$/m);
    const both = await kflags(['lint', '--tree', linuxFullTree('6.12'), 'arch/x86/purgatory', '--config', path.join(fixtures, '6.12-gcc.config'), '--config', path.join(fixtures, '6.12-clang-thinlto.config'), O]);
    expect(both.status, both.stderr).toBe(1);
    expect(both.stdout).toMatch(/^arch\/x86\/purgatory\/Makefile:23: warning: -fvisibility=hidden is filtered out of KBUILD_CFLAGS here/m);
  });
});
