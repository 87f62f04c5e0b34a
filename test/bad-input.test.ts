// Bad input: every malformed makefile, patch, .config or argument gets an
// error with a location in make's words (where make has words for it), exit
// status 2, and no partial output that could be mistaken for a result
// (nothing on stdout with --print; with --json the error is a JSON object
// on stdout). Where GNU make has its own message, /usr/bin/make runs on the
// same input (`env -i make -R -r -f FILE`) and kflags must say the same
// (with `make: ` read as `kflags: `).
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/app.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PURGATORY = join(ROOT, 'examples/purgatory');
const MAKE = process.env.KFLAGS_MAKE ?? '/usr/bin/make';
const haveMake = /GNU Make 4\.3\b/.test(spawnSync(MAKE, ['--version'], { encoding: 'utf8' }).stdout ?? '');

interface Outcome {
  status: number;
  stdout: string;
  stderr: string;
}

const show = (o: Outcome) => `status ${o.status}\nstdout ${JSON.stringify(o.stdout)}\nstderr ${JSON.stringify(o.stderr)}`;

async function kflags(argv: string[], cwd: string): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTTY: false });
  return { status, stdout, stderr };
}

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'kflags-bad-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const PRINTER = '__printer.mk';

/** GNU make on the same files: `env -i make -R -r -f FILE -f printer __kflags_print` (bytes as latin1). */
function make(dir: string, file: string, print: string[] = []): Outcome {
  writeFileSync(join(dir, PRINTER), print.map((n) => `$(info $(${n}))\n`).join('') + '.PHONY: __kflags_print\n__kflags_print: ;@:\n');
  const r = spawnSync('env', ['-i', MAKE, '-R', '-r', '-f', file, '-f', PRINTER, '__kflags_print'], { cwd: dir, encoding: 'latin1' });
  return {
    status: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr.replace(/^make: /gm, 'kflags: ').replace(new RegExp(`^${PRINTER}:`, 'gm'), 'PRINTER:'),
  };
}

/** GNU make on one makefile alone (no printer, no goal): for errors before any goal matters. */
function makeAlone(dir: string, file: string): Outcome {
  const r = spawnSync('env', ['-i', MAKE, '-R', '-r', '-f', file], { cwd: dir, encoding: 'latin1' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.replace(/^make: /gm, 'kflags: ') };
}

/** Write the makefile (bytes given as a latin1 string) and run both. */
async function both(text: string, print: string[] = [], name = 't.mk'): Promise<{ kflags: Outcome; make?: Outcome; dir: string }> {
  const dir = tempDir();
  writeFileSync(join(dir, name), Buffer.from(text, 'latin1'));
  const k = await kflags(['eval', name, ...print.flatMap((p) => ['--print', p])], dir);
  return { kflags: k, make: haveMake ? make(dir, name, print) : undefined, dir };
}

/** A fatal error: exit 2, nothing on stdout, a located message; --json gives the error as JSON on stdout. */
async function expectFatal(text: string, opts: { line?: number; compareMake?: boolean; message?: RegExp; print?: string[] } = {}): Promise<Outcome> {
  const print = opts.print ?? ['X'];
  const { kflags: k, make: m, dir } = await both(text, print);
  expect(k.status, show(k)).toBe(2);
  expect(k.stdout, 'nothing on stdout with --print').toBe('');
  expect(k.stderr).not.toMatch(/internal error|\n\s+at /);
  if (opts.line !== undefined) expect(k.stderr).toMatch(new RegExp(`^t\\.mk:${opts.line}(:\\d+)?: \\*\\*\\* `, 'm'));
  if (opts.message) expect(k.stderr).toMatch(opts.message);
  if (opts.compareMake !== false && m !== undefined) {
    expect(m.status, 'GNU make fails too').toBe(2);
    expect(show(k), 'kflags says what GNU make says').toBe(show(m));
  }
  const j = await kflags(['eval', 't.mk', '--json', ...print.flatMap((p) => ['--print', p])], dir);
  expect(j.status).toBe(2);
  const doc = JSON.parse(j.stdout) as { error: { message: string; exitStatus: number; location?: { file: string; line: number } | null } };
  expect(doc.error.exitStatus).toBe(2);
  expect(doc.error.message.length).toBeGreaterThan(0);
  expect(Object.keys(doc)).toEqual(['error']);
  if (opts.line !== undefined) expect(doc.error.location?.line).toBe(opts.line);
  return k;
}

/** Not an error in make: kflags must agree with GNU make byte for byte. */
async function expectSameAsMake(text: string, print: string[] = []): Promise<Outcome> {
  const { kflags: k, make: m } = await both(text, print);
  expect(k.stderr).not.toMatch(/internal error/);
  if (m !== undefined) expect(show(k)).toBe(show(m));
  return k;
}

// ------------------------------------------------------------------ binary and encodings

describe('binary files', () => {
  const ELF =
    '\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00\x01\x00\x00\x00\x40\x10\x40\x00\x00\x00\x00\x00' +
    '@\x00\x00\x00\x00\x00\x00\x00\xe8\x19\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00@\x008\x00\r\x00@\x00\x1f\x00\x1e\x00\n' +
    '\x06\x00\x00\x00\x04\x00\x00\x00@\x00\x00\x00\n';

  it('an ELF header: a located error, exit 2, nothing on stdout', async () => {
    const k = await expectFatal(ELF, { line: 1, compareMake: false });
    expect(k.stderr).toMatch(/^t\.mk:1: \*\*\* /);
  });

  it('an ELF file included from a makefile names the included file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'prog'), Buffer.from(ELF, 'latin1'));
    writeFileSync(join(dir, 't.mk'), 'X := 1\ninclude prog\n');
    const k = await kflags(['eval', 't.mk', '--print', 'X'], dir);
    expect(k.status).toBe(2);
    expect(k.stdout).toBe('');
    expect(k.stderr).toMatch(/^prog:1: \*\*\* /);
  });

  it('binary without NUL bytes: make says "missing separator", and so does kflags', async () => {
    const bytes = Array.from({ length: 64 }, (_, i) => String.fromCharCode(0x80 + ((i * 37) % 0x7f))).join('');
    await expectFatal(`X := 1\n${bytes}\n`, { line: 2 });
  });

  it('NUL bytes: refused with the line where the NUL is', async () => {
    const k = await expectFatal('X := 1\nY := a\x00b\nZ := 3\n', { line: 2, compareMake: false });
    expect(k.stderr).toMatch(/NUL/);
  });
});

describe('encodings: bytes are bytes, as in make', () => {
  it('invalid UTF-8 inside values is legal; output is byte-identical to make', async () => {
    const k = await expectSameAsMake('X := caf\xc3\xa9 \xff\xfe \xc3\n$(info [$(X)] [$(words $(X))] [$(subst \xff,Y,$(X))])\n', ['X']);
    expect(k.status).toBe(0);
    expect(k.stdout).toContain('\xff\xfe');
  });

  it('invalid UTF-8 in variable and target names and in $(warning)/$(error)', async () => {
    await expectSameAsMake('\xff\xfe := v\n$(info [$(\xff\xfe)])\nt\xe9: ; @:\n$(warning w\xff)\n');
    const k = await expectSameAsMake('$(error bad \xff\xc3(\n');
    expect(k.status).toBe(2);
  });

  it('a UTF-8 byte-order mark at the start of a makefile is skipped, as make does', async () => {
    await expectSameAsMake('\xef\xbb\xbfX := 1\n$(info [$(X)] [$(\xef\xbb\xbfX)])\n');
  });

  it('--json output of invalid UTF-8 values keeps the bytes (latin1), value and raw agree', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 't.mk'), Buffer.from('X := \xff\xfe\n', 'latin1'));
    const j = await kflags(['eval', 't.mk', '--json'], dir);
    expect(j.status).toBe(0);
    const x = (JSON.parse(j.stdout).variables as { name: string; value: string; raw: string }[]).find((v) => v.name === 'X');
    expect(x?.value).toBe('\xff\xfe');
    expect(x?.raw).toBe('\xff\xfe');
  });
});

describe('line endings: CRLF and mixed are fine in make; kflags agrees', () => {
  const cases: [string, string, string[]][] = [
    ['CRLF assignments', 'X = 1\r\nY := 2\r\n$(info [$(X)][$(Y)])\r\n', ['X', 'Y']],
    ['CRLF with a continuation', 'X = a \\\r\n  b\r\n$(info [$(X)])\n', ['X']],
    ['a continuation at the end of a CRLF line', 'X := a\\\r\n$(info [$(X)])\n', ['X']],
    ['CRLF define', 'define X\r\na\r\nb\r\nendef\r\n$(info [$(X)])\r\n', ['X']],
    ['CRLF define with =, endef with trailing blank', 'define X =\r\nA\r\nendef \r\n$(info [$(X)])\n', ['X']],
    ['CRLF conditionals', 'ifeq (a,a)\r\nY = 1\r\nelse\r\nY = 2\r\nendif\r\n$(info [$(Y)])\n', ['Y']],
    ['CRLF ifdef', 'A = 1\r\nifdef A\r\nY = yes\r\nendif\r\n', ['Y']],
    ['CR alone inside a line', 'X = a\rb\n$(info [$(X)])\n', ['X']],
    ['CR CR LF', 'X = a\r\r\n$(info [$(X)])\n', ['X']],
    ['CRLF and a comment', 'X = 1 # c\r\n$(info [$(X)])\r\n', ['X']],
    ['CRLF rules and recipes', 'all: b\r\n\techo x\r\nb: ; @:\r\n$(info [$(firstword $(MAKEFILE_LIST))])\r\n', []],
    ['CR in $(subst)', 'X = a\r\nY := $(subst \r,R,$(X))\n$(info [$(Y)])\n', ['Y']],
    ['mixed LF, CRLF and CR', 'X=1\r\nY=2\n$(info [$(X)][$(Y)])\nZ=a \\\r\n b\n$(info [$(Z)])\r\n', ['X', 'Y', 'Z']],
    ['a CR at the start of a value is stripped like a blank (W=\\r\\r\\n, W = \\rx)', 'W=\r\r\nV = \rx\nU := \r\r\n', ['W', 'V', 'U']],
    ['CRLF target-specific variables', 't: X = 1\r\nt: ; @:\r\n', []],
  ];
  for (const [name, text, print] of cases) {
    it(name, async () => {
      const k = await expectSameAsMake(text, print);
      expect(k.status).toBe(0);
    });
  }

  it('CRLF include of a CRLF file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'inc.mk'), 'A := 1\r\nifdef A\r\nB := 2\r\nendif\r\n');
    writeFileSync(join(dir, 't.mk'), 'include inc.mk\r\nX := $(A)$(B) $(MAKEFILE_LIST)\r\n');
    const k = await kflags(['eval', 't.mk', '--print', 'X'], dir);
    expect(k.status).toBe(0);
    expect(k.stdout).toBe('12 t.mk inc.mk\n');
    if (haveMake) expect(show(k)).toBe(show(make(dir, 't.mk', ['X'])));
  });

  it('an unterminated reference on a CRLF line is reported as make does', async () => {
    await expectFatal('X := $(foo\r\n', { line: 1 });
  });
});

// ------------------------------------------------------------------ make's syntax errors

describe("make's own errors, in make's words", () => {
  const fatal: [string, string, number][] = [
    ['a tab-indented line before any rule', '\tfoo\n', 1],
    ['a tab-indented line after assignments', 'X = 1\n\tfoo\n', 2],
    ['a tab-indented line after a rule and a blank assignment', 'a: ; @:\nX=1\n\tfoo\n', 3],
    ['unterminated define', 'X := 1\ndefine Y\nfoo\n', 2],
    ['unterminated nested define', 'define Y\ndefine Z\nendef\n', 1],
    ['endef without define', 'X=1\nendef\n', 2],
    ['endef alone', 'endef\n', 1],
    ['endif without if', 'X=1\nendif\n', 2],
    ['else without if', 'else\n', 1],
    ['else with junk without if', 'else junk\n', 1],
    ['two elses', 'ifdef X\nelse\nelse\nendif\n', 3],
    ['missing endif', 'ifdef X\nY=1\n', 3],
    ['missing endif in an included file', 'X := 1\nifeq (a,b)\n', 3],
    ['invalid conditional', 'ifeq (a,b\nendif\n', 1],
    ['unterminated $(', 'X := $(foo\n', 1],
    ['unterminated ${', 'X := ${foo\n', 1],
    ['unterminated function call', 'X := $(subst a,b,c\n', 1],
    ['unterminated $(info', '$(info $(foo)\n', 1],
    ['unterminated reference in a recursive variable', 'X = $(foo\n$(info $(X))\n', 1],
    ['unterminated reference in a rule line', 'a: $(foo\n', 1],
    ['unterminated reference in an ifeq', 'ifeq ($(foo,)\nendif\n', 1],
    ['unbalanced parentheses across a continuation', 'X := $(subst a,\\\nb,c\n', 1],
    ['missing separator', 'X := 1\nfoo bar\n', 2],
    ['missing separator after a rule with tab spaces', 'a:\n    echo\n', 2],
    ['a function with too few arguments', 'X := $(subst a,b)\n', 1],
    ['an unknown $(file) operation', 'X := $(file !x,y)\n', 1],
    ['$(error)', 'X := 1\n$(error stop here)\n', 2],
    ['empty variable name', ' = 1\n', 1],
    ['recursive variable referencing itself', 'X = $(X)\nY := $(X)\n', 1],
    ['a target pattern without %', '%.o a.o: x.o: %.c\n', 1],
    ['include of a missing file', 'X := 1\ninclude nope.mk\n', 0],
  ];
  for (const [name, text, line] of fatal) {
    it(name, async () => {
      const k = await expectFatal(text, { line: line > 0 ? line : undefined, print: name.startsWith('include') ? [] : ['X'] });
      expect(k.stderr.length).toBeGreaterThan(0);
    });
  }

  it('warnings, not errors, in make 4.3: extraneous text after endif, mixed implicit and normal rules', async () => {
    expect((await expectSameAsMake('ifdef X\nendif junk\n', ['X'])).status).toBe(0);
    expect((await expectSameAsMake('a %.o: b\n', ['X'])).status).toBe(0);
  });

  it('include of a missing file after reading: make prints $(info) first, then the error (as make)', async () => {
    const { kflags: k, make: m } = await both('X := 1\ninclude nope.mk\n', ['X']);
    expect(k.status).toBe(2);
    if (m !== undefined) expect(show(k)).toBe(show(m));
  });

  it('a missing makefile', async () => {
    const dir = tempDir();
    const k = await kflags(['eval', 'nope.mk', '--print', 'X'], dir);
    expect(k.status).toBe(2);
    expect(k.stdout).toBe('');
    if (haveMake) expect(show(k)).toBe(show(makeAlone(dir, 'nope.mk')));
    const j = await kflags(['eval', 'nope.mk', '--json'], dir);
    expect(j.status).toBe(2);
    expect(JSON.parse(j.stdout).error.message).toMatch(/nope\.mk/);
  });

  it('a directory as the makefile', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    const k = await kflags(['eval', 'sub', '--print', 'X'], dir);
    expect(k.status).toBe(2);
    expect(k.stdout).toBe('');
    expect(k.stderr).toMatch(/sub/);
    expect(k.stderr).not.toMatch(/internal error/);
    if (haveMake) expect(show(k)).toBe(show(makeAlone(dir, 'sub')));
  });

  it('an empty makefile and a makefile of blank lines are fine', async () => {
    expect((await expectSameAsMake('', ['X'])).status).toBe(0);
    expect((await expectSameAsMake('\n\n   \n\t\n', ['X'])).status).toBe(0);
  });

  it('a very long line (1 MB) is fine', async () => {
    const k = await expectSameAsMake(`X := ${'a '.repeat(500_000)}\n$(info $(words $(X)))\n`);
    expect(k.stdout).toBe('500000\n');
  });

  it('an error in a makefile read with -C and -I names the file as make does', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'inc'));
    writeFileSync(join(dir, 'inc/bad.mk'), 'X = 1\n\tfoo\n');
    writeFileSync(join(dir, 't.mk'), 'include bad.mk\n');
    const k = await kflags(['eval', '-C', dir, '-I', 'inc', 't.mk', '--print', 'X'], tmpdir());
    expect(k.status).toBe(2);
    expect(k.stdout).toBe('');
    expect(k.stderr).toBe('bad.mk:2: *** recipe commences before first target.  Stop.\n');
    if (haveMake) {
      const r = spawnSync('env', ['-i', MAKE, '-R', '-r', '-C', dir, '-I', 'inc', '-f', 't.mk'], { encoding: 'latin1' });
      expect(r.stderr.split('\n').filter((l) => l.includes('***'))[0] + '\n').toBe(k.stderr);
    }
  });
});

describe('include through -I', () => {
  it('MAKEFILE_LIST names the file found through -I as make does (inc/x.mk)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'inc'));
    writeFileSync(join(dir, 'inc/x.mk'), 'A := 1\n');
    writeFileSync(join(dir, 't.mk'), 'include x.mk\nX := $(MAKEFILE_LIST)\n');
    const k = await kflags(['eval', '-I', 'inc', 't.mk', '--print', 'X'], dir);
    expect(k.status).toBe(0);
    if (haveMake) {
      writeFileSync(join(dir, PRINTER), '$(info $(X))\n.PHONY: __kflags_print\n__kflags_print: ;@:\n');
      const r = spawnSync('env', ['-i', MAKE, '-R', '-r', '-I', 'inc', '-f', 't.mk', '-f', PRINTER, '__kflags_print'], { cwd: dir, encoding: 'latin1' });
      expect(r.stdout).toBe('t.mk inc/x.mk\n');
      expect(k.stdout).toBe(r.stdout);
    }
  });
});

describe('eval: bad arguments', () => {
  it('an unknown option, a bad assignment, --env without =', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 't.mk'), 'X := 1\n');
    for (const argv of [
      ['eval', 't.mk', '--no-such-option'],
      ['eval', 't.mk', '--env', 'NOEQUALS'],
      ['eval'],
      ['eval', 't.mk', '-C', join(dir, 'nope')],
    ]) {
      const k = await kflags(argv, dir);
      expect(k.status, `${argv.join(' ')}\n${show(k)}`).toBe(2);
      expect(k.stdout).toBe('');
      expect(k.stderr).not.toMatch(/internal error/);
      expect(k.stderr.length).toBeGreaterThan(0);
    }
  });
});

// ------------------------------------------------------------------ Kbuild commands

describe('Kbuild commands: bad input', () => {
  const patchText = readFileSync(join(PURGATORY, 'remove-lto-flags.patch'), 'latin1');

  /** exit 2, nothing on stdout, a message on stderr; with --json, the error as JSON on stdout. */
  async function expectBad(argv: string[], message: RegExp, jsonFlag: string[] = ['--json']): Promise<void> {
    const k = await kflags(argv, ROOT);
    expect(k.status, show(k)).toBe(2);
    expect(k.stdout, 'nothing on stdout').toBe('');
    expect(k.stderr).toMatch(message);
    expect(k.stderr).not.toMatch(/internal error|\n\s+at /);
    const j = await kflags([...argv, ...jsonFlag], ROOT);
    expect(j.status).toBe(2);
    const doc = JSON.parse(j.stdout) as { error: { message: string; exitStatus: number } };
    expect(Object.keys(doc)).toEqual(['error']);
    expect(doc.error.exitStatus).toBe(2);
    expect(doc.error.message).toMatch(message);
  }

  const writePatch = (text: string) => {
    const dir = tempDir();
    const p = join(dir, 'x.patch');
    writeFileSync(p, text);
    return p;
  };

  it('a patch whose context does not match: the hunk and the first mismatching line', async () => {
    const p = writePatch(patchText.replace(' KBUILD_CFLAGS := $(filter-out -fprofile', ' KBUILD_CFLAGS := $(filter-out -fXXprofile'));
    await expectBad(['diff', '--patch', p, PURGATORY], /Makefile:26: Hunk #1 of 1 FAILED[\s\S]*Makefile:27: expected context line/);
    await expectBad(['check', '--patch', p, PURGATORY, '--expect-removed', '-flto%'], /Hunk #1 of 1 FAILED/);
  });

  it('a hunk whose header promises more lines than it has', async () => {
    const p = writePatch(patchText.replace('@@ -26,6 +26,11 @@', '@@ -26,6 +26,99 @@'));
    await expectBad(['diff', '--patch', p, PURGATORY], /x\.patch:\d+: hunk #1 .*does not match its line counts/);
  });

  it('a hunk with a corrupt line inside', async () => {
    const p = writePatch(patchText.replace('+# With LTO', '*# With LTO'));
    await expectBad(['diff', '--patch', p, PURGATORY], /x\.patch:\d+: /);
  });

  it('a hunk header that is garbage', async () => {
    const p = writePatch(patchText.replace('@@ -26,6 +26,11 @@', '@@ -twenty-six @@'));
    await expectBad(['diff', '--patch', p, PURGATORY], /x\.patch/);
  });

  it('a truncated patch (cut in the middle of a hunk)', async () => {
    const p = writePatch(patchText.slice(0, patchText.indexOf('+# code over')));
    await expectBad(['diff', '--patch', p, PURGATORY], /x\.patch/);
  });

  it('a patch for another file', async () => {
    const p = writePatch(patchText.replaceAll('arch/x86/purgatory/Makefile', 'lib/crypto/sha256.c'));
    await expectBad(['diff', '--patch', p, PURGATORY], /patch does not touch .*Makefile; it changes: lib\/crypto\/sha256\.c/);
  });

  it('an empty patch, a patch without a diff, a binary patch', async () => {
    await expectBad(['diff', '--patch', writePatch(''), PURGATORY], /empty patch|no diff/);
    await expectBad(['diff', '--patch', writePatch('Subject: hello\n\njust words\n'), PURGATORY], /no diff found/);
    await expectBad(['diff', '--patch', writePatch('\x7fELF\x02\x01\x01\x00\x00\x00'), PURGATORY], /no diff found|binary/);
  });

  it('a missing patch file', async () => {
    await expectBad(['diff', '--patch', '/nonexistent/x.patch', PURGATORY], /\/nonexistent\/x\.patch: No such file or directory/);
  });

  it('a .config with junk lines: the file and line', async () => {
    const dir = tempDir();
    const c = join(dir, 'junk.config');
    writeFileSync(c, 'CONFIG_A=y\n# a comment\n\nthis is junk\n');
    await expectBad(['flags', PURGATORY, '--config', c], new RegExp(`${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: \\*\\*\\* invalid \\.config line`));
    const c2 = join(dir, 'quote.config');
    writeFileSync(c2, 'CONFIG_A="unterminated\n');
    await expectBad(['flags', PURGATORY, '--config', c2], /quote\.config:1: \*\*\* unterminated string/);
  });

  it('a binary .config', async () => {
    const dir = tempDir();
    const c = join(dir, 'bin.config');
    writeFileSync(c, Buffer.from('CONFIG_A=y\x00\x01\x02\n', 'latin1'));
    await expectBad(['flags', PURGATORY, '--config', c], /bin\.config:1: \*\*\* /);
  });

  it('a missing .config', async () => {
    await expectBad(['flags', PURGATORY, '--config', '/nonexistent/.config'], /--config \/nonexistent\/\.config: No such file or directory/);
    await expectBad(['diff', '--patch', join(PURGATORY, 'remove-lto-flags.patch'), PURGATORY, '--config', '/nonexistent/.config'], /No such file or directory/);
  });

  it('an unknown profile', async () => {
    await expectBad(['flags', PURGATORY, '--profile', 'msvc'], /unknown profile 'msvc'; the bundled profiles are: /);
    await expectBad(['flags', PURGATORY, '--profile', '../../../etc/passwd'], /unknown profile/);
  });

  it('a nonexistent object', async () => {
    await expectBad(['flags', PURGATORY, '--object', 'nope.o'], /object 'nope\.o' is not built by this makefile; its objects are: /);
    await expectBad(['diff', '--patch', join(PURGATORY, 'remove-lto-flags.patch'), PURGATORY, '--object', 'nope.o'], /nope\.o/, ['--format', 'json']);
  });

  it('a nonexistent directory, a directory without a makefile', async () => {
    await expectBad(['flags', '/nonexistent/dir'], /\/nonexistent\/dir: No such file or directory/);
    await expectBad(['flags', tempDir()], /no Kbuild or Makefile in this directory/);
  });

  it('a missing --base fragment; --profile with --base', async () => {
    await expectBad(['flags', PURGATORY, '--base', '/nonexistent/base.mk'], /--base \/nonexistent\/base\.mk: No such file or directory/);
    await expectBad(['flags', PURGATORY, '--base', join(PURGATORY, 'Makefile'), '--profile', 'gcc'], /--profile and --base exclude each other/);
  });

  it('a directory makefile with make syntax errors: make\'s words, file:line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Makefile'), 'obj-y += a.o\nifeq (a,b\nendif\n');
    await expectBad(['flags', dir], /Makefile:2: \*\*\* invalid syntax in conditional\.  Stop\./);
    writeFileSync(join(dir, 'Makefile'), 'obj-y += a.o\n\tfoo\n');
    await expectBad(['flags', dir], /Makefile:2: \*\*\* recipe commences before first target\.  Stop\./);
    writeFileSync(join(dir, 'Makefile'), 'obj-y += a.o\nccflags-y := $(error broken here)\n');
    await expectBad(['flags', dir], /Makefile:2: \*\*\* broken here\.  Stop\./);
  });

  it('a binary directory makefile', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Makefile'), Buffer.from('\x7fELF\x02\x01\x01\x00\x00\x00\n', 'latin1'));
    await expectBad(['flags', dir], /Makefile:1: \*\*\* /);
  });

  it('diff and check with the wrong number of arguments, bad variables, an unknown format', async () => {
    await expectBad(['diff', PURGATORY], /give --patch FILE and a directory, or two directories/);
    await expectBad(['diff', '--patch', join(PURGATORY, 'remove-lto-flags.patch'), PURGATORY, PURGATORY], /with --patch, give one directory/);
    await expectBad(['check', '--patch', join(PURGATORY, 'remove-lto-flags.patch'), PURGATORY], /check needs at least one --expect-removed or --expect-kept/);
    await expectBad(['flags', PURGATORY, 'notavariable'], /unexpected argument 'notavariable'/);
    const k = await kflags(['diff', '--patch', join(PURGATORY, 'remove-lto-flags.patch'), PURGATORY, '--format', 'xml'], ROOT);
    expect(k.status).toBe(2);
    expect(k.stdout).toBe('');
    expect(k.stderr).toMatch(/unknown --format 'xml'/);
  });
});

describe('a reader that stops early', () => {
  it('kflags ... | head: no stack trace, the pipeline goes on (EPIPE is not an error)', () => {
    // A database far longer than a pipe holds: the writer meets a closed pipe.
    const dir = mkdtempSync(join(tmpdir(), 'kflags-epipe-'));
    writeFileSync(join(dir, 'big.mk'), Array.from({ length: 20000 }, (_, i) => `V${i} := ${'x'.repeat(40)}\n`).join(''));
    const r = spawnSync('sh', ['-c', `"${join(ROOT, 'bin/kflags')}" eval big.mk -p | head -c 20 >/dev/null; echo "status $?"`], { cwd: dir, encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('status 0\n');
  });
});
