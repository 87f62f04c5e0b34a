import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  PatchError,
  applyFilePatch,
  extractPatch,
  findFileDiff,
  patchStates,
  type ExtractedPatch,
  type FileDiff,
} from '../src/patch/index.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/patch/${name}`, import.meta.url), 'utf8');
// The seed lives in the shared folder beside the repo (/work/shared next to /work/main).
const SEED = fileURLToPath(new URL('../../shared/seed/000_d6f8d81484415769.txt', import.meta.url));

/** Catches the PatchError a call throws, so its fields can be checked. */
function patchError(fn: () => unknown): PatchError {
  try {
    fn();
  } catch (err) {
    if (err instanceof PatchError) return err;
    throw err;
  }
  throw new Error('expected a PatchError');
}

function onlyFile(patch: ExtractedPatch): FileDiff {
  expect(patch.files).toHaveLength(1);
  return patch.files[0]!;
}

const lines = (n: number, stem: string) => Array.from({ length: n }, (_, k) => `${stem} ${k + 1}`);

// A stand-in makefile whose lines 19-24 are the seed hunk's context.
const PURGATORY_CONTEXT = [
  '# optimization flags.',
  'KBUILD_CFLAGS := $(filter-out -fprofile-sample-use=% -fprofile-use=%,$(KBUILD_CFLAGS))',
  '',
  '# When linking purgatory.ro with -r unresolved symbols are not checked,',
  '# also link a purgatory.chk binary without -r to check for unresolved symbols.',
  'PURGATORY_LDFLAGS := -e purgatory_start -z nodefaultlib',
];
const ADDED = [
  '# When LTO is enabled, llvm emits many text sections, which is not supported',
  '# by kexec. Remove -flto=* flags.',
  'KBUILD_CFLAGS := $(filter-out $(CC_FLAGS_LTO),$(KBUILD_CFLAGS))',
  '',
];
const purgatoryBefore = (lead = 18) =>
  [...lines(lead, '# filler'), ...PURGATORY_CONTEXT, 'targets += purgatory.ro', ''].join('\n');
const purgatoryAfter = (lead = 18) =>
  [...lines(lead, '# filler'), ...PURGATORY_CONTEXT.slice(0, 3), ...ADDED, ...PURGATORY_CONTEXT.slice(3), 'targets += purgatory.ro', ''].join('\n');

const SIMPLE = [
  'diff --git a/dir/Makefile b/dir/Makefile',
  '--- a/dir/Makefile',
  '+++ b/dir/Makefile',
  '@@ -2,3 +2,3 @@',
  ' obj-y := a.o',
  '-ccflags-y := -flto',
  '+ccflags-y := -fno-lto',
  ' CFLAGS_a.o := -DA',
  '',
].join('\n');
const SIMPLE_BEFORE = ['# dir', 'obj-y := a.o', 'ccflags-y := -flto', 'CFLAGS_a.o := -DA', 'tail', ''].join('\n');
const SIMPLE_AFTER = SIMPLE_BEFORE.replace('-flto', '-fno-lto');

describe('extractPatch', () => {
  it.skipIf(!existsSync(SEED))('takes the first, unquoted diff from the saved web thread (seed)', () => {
    const patch = extractPatch(readFileSync(SEED, 'utf8'), 'seed.txt');
    expect(patch.subject).toBe('[PATCH v2] x86/purgatory: Remove LTO flags');
    const file = onlyFile(patch);
    expect(file.oldPath).toBe('arch/x86/purgatory/Makefile');
    expect(file.newPath).toBe('arch/x86/purgatory/Makefile');
    expect(file.structured.hunks).toHaveLength(1);
    expect(file.structured.hunks[0]).toMatchObject({ oldStart: 19, oldLines: 6, newStart: 19, newLines: 10 });
    expect(file.hunkHeaders[0]).toMatch(/^@@ -19,6 \+19,10 @@ CFLAGS_sha256\.o/);
    expect(patch.startLine).toBe(46);
    // Ends before the `-- ` signature; the replies only quote the patch.
    expect(patch.endLine).toBe(60);
    expect(patch.text).not.toContain('2.34.1');
    expect(patch.notes).toEqual([]);

    const states = patchStates(purgatoryBefore(), file);
    expect(states.mode).toBe('forward');
    expect(states.after).toBe(purgatoryAfter());
  });

  const cases: { name: string; text: string; files: [string | null, string | null][]; subject?: string }[] = [
    { name: 'plain unified diff', text: SIMPLE, files: [['dir/Makefile', 'dir/Makefile']] },
    { name: 'diff without git header, two files', text: fixture('two-files.diff'), files: [
      ['arch/x86/purgatory/Makefile', 'arch/x86/purgatory/Makefile'],
      ['drivers/misc/Makefile', 'drivers/misc/Makefile'],
    ] },
    {
      name: 'mbox with two mails: first mail only, folded subject',
      text: fixture('two-mails.mbox'),
      files: [['example/Makefile', 'example/Makefile']],
      subject: '[PATCH 1/2] kbuild: drop -fno-common from the example makefile',
    },
    {
      name: 'new file from /dev/null',
      text: ['--- /dev/null', '+++ b/new/Makefile', '@@ -0,0 +1,2 @@', '+obj-y := n.o', '+ccflags-y := -DN', ''].join('\n'),
      files: [[null, 'new/Makefile']],
    },
    {
      name: 'CRLF mail, encoded subject',
      text: ['Subject: =?UTF-8?q?=5BPATCH=5D_kbuild:_caf=C3=A9?=', '', SIMPLE].join('\n').replace(/\n/g, '\r\n'),
      files: [['dir/Makefile', 'dir/Makefile']],
      subject: '[PATCH] kbuild: café',
    },
  ];
  it.each(cases)('$name', ({ text, files, subject }) => {
    const patch = extractPatch(text, 'in.patch');
    expect(patch.files.map((f) => [f.oldPath, f.newPath])).toEqual(files);
    if (subject !== undefined) expect(patch.subject).toBe(subject);
  });

  it('decodes a quoted-printable mail before reading the diff', () => {
    const mail = [
      'From 1234 Mon Sep 17 00:00:00 2001',
      'Subject: [PATCH] kbuild: qp',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'diff --git a/dir/Makefile b/dir/Makefile',
      '--- a/dir/Makefile',
      '+++ b/dir/Makefile',
      '@@ -2,3 +2,3 @@',
      ' obj-y :=3D a.o',
      '-ccflags-y :=3D -flto',
      '+ccflags-y :=3D -fno-l=',
      'to',
      ' CFLAGS_a.o :=3D -DA',
      '-- ',
      '2.34.1',
      '',
    ].join('\n');
    const patch = extractPatch(mail, 'qp.eml');
    expect(patch.notes[0]).toMatch(/quoted-printable/);
    expect(applyFilePatch(SIMPLE_BEFORE, onlyFile(patch), { fileName: 'dir/Makefile' })).toMatchObject({
      status: 'clean',
      text: SIMPLE_AFTER,
    });
  });

  it('skips a cover letter without a diff', () => {
    const cover = 'From 0000 Mon Sep 17 00:00:00 2001\nSubject: [PATCH 0/2] cover\n\nSeries intro.\n\n';
    const patch = extractPatch(cover + fixture('two-mails.mbox'), 'series.mbox');
    expect(patch.subject).toMatch(/^\[PATCH 1\/2\]/);
    expect(patch.files[0]!.newPath).toBe('example/Makefile');
  });

  it.skipIf(!existsSync(SEED))('reads the seed saved with CRLF line ends', () => {
    const patch = extractPatch(readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n'), 'seed-crlf.txt');
    expect(onlyFile(patch).hunkLines).toEqual([50]);
  });

  it('notes that an mbox holds more diffs than the one used', () => {
    const patch = extractPatch(fixture('two-mails.mbox'), 'series.mbox');
    expect(patch.notes).toHaveLength(1);
    expect(patch.notes[0]).toMatch(/series\.mbox holds 1 more diff \(from line 34\); only the first, at lines 14-22, is used/);
  });

  const tooMany = SIMPLE.replace('@@ -2,3 +2,3 @@', '@@ -2,3 +2,2 @@');
  const errors: { name: string; text: string; message: RegExp; line?: number; note?: RegExp }[] = [
    { name: 'empty input', text: '', message: /^in\.patch: empty patch: no diff found$/ },
    { name: 'mail without a diff', text: 'Subject: [PATCH] nothing\n\nJust words.\n', message: /^in\.patch: no diff found$/ },
    {
      name: 'diff only in quoted reply',
      text: fixture('quoted-only.txt'),
      message: /no diff found/,
      note: /line 4 has a diff quoted with '>'/,
    },
    {
      name: 'corrupt hunk header',
      text: SIMPLE.replace('@@ -2,3 +2,3 @@', '@@ -2,3 +2,x @@'),
      message: /^in\.patch:4: corrupt hunk header '@@ -2,3 \+2,x @@'/,
      line: 4,
    },
    {
      name: 'hunk shorter than its header',
      text: SIMPLE.replace('@@ -2,3 +2,3 @@', '@@ -2,4 +2,4 @@') + 'Thanks\n',
      message: /^in\.patch:9: hunk #1 \(@@ -2,4 \+2,4 @@\) does not match its line counts: .*cut short at line 9 'Thanks'/,
      line: 9,
    },
    {
      name: 'hunk with a line the header does not count',
      text: tooMany,
      message: /^in\.patch:8: hunk #1 .*line 8 ' CFLAGS_a\.o := -DA' is one context line too many/,
      line: 8,
    },
    {
      name: 'hunk truncated at end of input',
      text: SIMPLE.replace('@@ -2,3 +2,3 @@', '@@ -2,5 +2,5 @@'),
      message: /^in\.patch:4: hunk #1 .* is truncated/,
      line: 4,
    },
    {
      name: 'hunk longer than its header',
      text: SIMPLE.replace('@@ -2,3 +2,3 @@', '@@ -2,2 +2,2 @@'),
      message: /^in\.patch:8: hunk #1 \(@@ -2,2 \+2,2 @@\) has more lines than its header says/,
      line: 8,
    },
    {
      name: 'headers but no hunks',
      text: 'diff --git a/x/Makefile b/x/Makefile\nold mode 100644\nnew mode 100755\n',
      message: /empty patch: the diff has no hunks/,
    },
  ];
  it.each(errors)('rejects $name', ({ text, message, line, note }) => {
    const err = patchError(() => extractPatch(text, 'in.patch'));
    expect(err.exitStatus).toBe(2);
    expect(err.message).toMatch(message);
    if (line !== undefined) expect(err.line).toBe(line);
    if (note) expect(err.notes.join('\n')).toMatch(note);
  });
});

describe('findFileDiff', () => {
  const twoFiles = () => extractPatch(fixture('two-files.diff'), 'two.diff');
  it.each([
    ['arch/x86/purgatory/Makefile', 'arch/x86/purgatory/Makefile', 'path'],
    ['/usr/src/linux-6.12/arch/x86/purgatory/Makefile', 'arch/x86/purgatory/Makefile', 'path'],
    ['./drivers/misc/Makefile', 'drivers/misc/Makefile', 'path'],
    ['examples/purgatory/Makefile', 'arch/x86/purgatory/Makefile', 'suffix'],
    ['misc/Makefile', 'drivers/misc/Makefile', 'path'],
  ] as const)('%s -> %s (%s)', (asked, found, how) => {
    const m = findFileDiff(twoFiles(), asked);
    expect(m.file.newPath).toBe(found);
    expect(m.matchedBy).toBe(how);
  });

  it('accepts a shared file name alone when it is unique, and says so', () => {
    const m = findFileDiff(extractPatch(SIMPLE, 's.diff'), 'examples/other/Makefile');
    expect(m.matchedBy).toBe('basename');
    expect(m.notes[0]).toMatch(/by file name alone/);
  });

  it('refuses an ambiguous file name', () => {
    expect(() => findFileDiff(twoFiles(), 'Makefile')).toThrow(/several files that could be Makefile/);
  });

  it('names what the patch changes when it does not touch the file', () => {
    const err = patchError(() => findFileDiff(twoFiles(), 'arch/x86/boot/Kbuild'));
    expect(err.message).toBe(
      'two.diff: patch does not touch arch/x86/boot/Kbuild; it changes: arch/x86/purgatory/Makefile, drivers/misc/Makefile',
    );
    expect(err.exitStatus).toBe(2);
  });
});

describe('applyFilePatch', () => {
  const file = () => onlyFile(extractPatch(SIMPLE, 's.diff'));

  it('applies cleanly', () => {
    const r = applyFilePatch(SIMPLE_BEFORE, file(), { fileName: 'dir/Makefile' });
    expect(r).toMatchObject({ status: 'clean', text: SIMPLE_AFTER });
  });

  it('applies with an offset and reports it per hunk', () => {
    const r = applyFilePatch('new 1\nnew 2\nnew 3\n' + SIMPLE_BEFORE, file(), { fileName: 'dir/Makefile' });
    expect(r.status).toBe('offset');
    if (r.status !== 'offset') return;
    expect(r.text).toBe('new 1\nnew 2\nnew 3\n' + SIMPLE_AFTER);
    expect(r.hunks).toEqual([{ hunk: 1, header: '@@ -2,3 +2,3 @@', expectedLine: 2, actualLine: 5, offset: 3, fuzz: 0 }]);
  });

  it('carries the first offset to later hunks and places each', () => {
    const two = [
      '--- a/m/Makefile',
      '+++ b/m/Makefile',
      '@@ -2,2 +2,2 @@',
      ' a',
      '-b',
      '+B',
      '@@ -10,2 +10,2 @@',
      ' i',
      '-j',
      '+J',
      '',
    ].join('\n');
    const text = ['x', 'x', ...'abcdefghijkl'.split('')].join('\n') + '\n';
    const r = applyFilePatch(text, onlyFile(extractPatch(two, 't')), { fileName: 'm/Makefile' });
    expect(r.status).toBe('offset');
    if (r.status !== 'offset') return;
    expect(r.hunks.map((h) => [h.hunk, h.expectedLine, h.actualLine, h.offset])).toEqual([
      [1, 2, 3, 1],
      [2, 11, 11, 1],
    ]);
    expect(r.text).toBe(['x', 'x', 'a', 'B', ...'cdefghi'.split(''), 'J', 'k', 'l'].join('\n') + '\n');
  });

  it('detects an already applied patch and gives the unapplied text', () => {
    const r = applyFilePatch(SIMPLE_AFTER, file(), { fileName: 'dir/Makefile' });
    expect(r).toMatchObject({ status: 'already-applied', text: SIMPLE_AFTER, unapplied: SIMPLE_BEFORE });
  });

  it('applies in reverse when asked', () => {
    const r = applyFilePatch(SIMPLE_AFTER, file(), { fileName: 'dir/Makefile', reverse: true });
    expect(r).toMatchObject({ status: 'clean', text: SIMPLE_BEFORE });
  });

  it('names the failing hunk and its first differing line', () => {
    const broken = SIMPLE_BEFORE.replace('ccflags-y := -flto', 'ccflags-y := -flto -O3');
    const r = applyFilePatch(broken, file(), { fileName: 'dir/Makefile' });
    expect(r.status).toBe('failed');
    if (r.status !== 'failed') return;
    expect(r.failure).toEqual({
      hunk: 1,
      header: '@@ -2,3 +2,3 @@',
      expectedLine: 2,
      line: 3,
      expected: 'ccflags-y := -flto',
      actual: 'ccflags-y := -flto -O3',
      role: 'removed',
    });
    expect(r.message).toBe(
      [
        'dir/Makefile: Hunk #1 of 1 FAILED at 2 (@@ -2,3 +2,3 @@)',
        '  dir/Makefile:3: expected line to remove: ccflags-y := -flto',
        '  dir/Makefile:3: the file has: ccflags-y := -flto -O3',
      ].join('\n'),
    );
  });

  it('reports the end of the file when the hunk runs past it', () => {
    const r = applyFilePatch('# dir\nobj-y := a.o\n', file(), { fileName: 'dir/Makefile' });
    expect(r.status).toBe('failed');
    if (r.status !== 'failed') return;
    expect(r.failure).toMatchObject({ line: 3, expected: 'ccflags-y := -flto', actual: undefined });
    expect(r.message).toContain('the file ends there');
  });

  it('applies with fuzz only when allowed', () => {
    const fuzzy = SIMPLE_BEFORE.replace('CFLAGS_a.o := -DA', 'CFLAGS_a.o := -DB');
    expect(applyFilePatch(fuzzy, file(), { fileName: 'm' }).status).toBe('failed');
    const r = applyFilePatch(fuzzy, file(), { fileName: 'm', fuzz: 1 });
    expect(r.status).toBe('offset');
    if (r.status !== 'offset') return;
    expect(r.hunks[0]).toMatchObject({ fuzz: 1, offset: 0 });
    expect(r.text).toBe(SIMPLE_AFTER.replace('-DA', '-DB'));
  });

  it('creates a new file, and sees it already created', () => {
    const created = onlyFile(
      extractPatch(['--- /dev/null', '+++ b/new/Makefile', '@@ -0,0 +1,2 @@', '+obj-y := n.o', '+ccflags-y := -DN', ''].join('\n'), 'n'),
    );
    const content = 'obj-y := n.o\nccflags-y := -DN\n';
    expect(applyFilePatch('', created, { fileName: 'new/Makefile' })).toMatchObject({ status: 'clean', text: content });
    expect(applyFilePatch(content, created, { fileName: 'new/Makefile' })).toMatchObject({
      status: 'already-applied',
      unapplied: '',
    });
    const other = applyFilePatch('obj-y := other.o\n', created, { fileName: 'new/Makefile' });
    expect(other.status).toBe('failed');
    if (other.status === 'failed') expect(other.message).toMatch(/creates the file, but it already has content/);
  });

  it('keeps CRLF line endings of the file', () => {
    const crlf = SIMPLE_BEFORE.replace(/\n/g, '\r\n');
    const r = applyFilePatch(crlf, file(), { fileName: 'm' });
    expect(r).toMatchObject({ status: 'clean', text: SIMPLE_AFTER.replace(/\n/g, '\r\n') });
  });
});

describe('patchStates', () => {
  const file = () => onlyFile(extractPatch(SIMPLE, 's.diff'));
  it.each([
    { name: 'forward', text: SIMPLE_BEFORE, reverse: false, mode: 'forward', notes: 0 },
    { name: 'already applied', text: SIMPLE_AFTER, reverse: false, mode: 'already-applied', notes: 1 },
    { name: 'reversed on request', text: SIMPLE_AFTER, reverse: true, mode: 'reversed', notes: 0 },
    { name: 'reverse asked but not applied', text: SIMPLE_BEFORE, reverse: true, mode: 'forward', notes: 1 },
  ])('$name', ({ text, reverse, mode, notes }) => {
    const s = patchStates(text, file(), { reverse });
    expect(s).toMatchObject({ before: SIMPLE_BEFORE, after: SIMPLE_AFTER, mode });
    expect(s.notes).toHaveLength(notes);
  });

  it('notes offsets in GNU patch words', () => {
    const s = patchStates('x\n' + SIMPLE_BEFORE, file(), { fileName: 'dir/Makefile' });
    expect(s.notes).toEqual(['dir/Makefile: Hunk #1 succeeded at 3 (offset 1 line).']);
  });

  it('throws a PatchError when the file is neither state', () => {
    const err = patchError(() => patchStates('unrelated\n', file(), { fileName: 'dir/Makefile' }));
    expect(err.exitStatus).toBe(2);
    expect(err.message).toMatch(/^dir\/Makefile:2: Hunk #1 of 1 FAILED at 2/);
    expect(err.notes[0]).toMatch(/neither the state before the patch nor the state after it/);
  });

  it('handles the purgatory hunk already applied at an offset', () => {
    const patch = extractPatch(SIMPLE.replace(/dir\/Makefile/g, 'arch/x86/purgatory/Makefile'), 'p');
    expect(findFileDiff(patch, 'examples/purgatory/Makefile').matchedBy).toBe('suffix');
    const seedLike = [
      '--- a/arch/x86/purgatory/Makefile',
      '+++ b/arch/x86/purgatory/Makefile',
      '@@ -19,6 +19,10 @@',
      ...PURGATORY_CONTEXT.slice(0, 3).map((l) => ' ' + l),
      ...ADDED.map((l) => '+' + l),
      ...PURGATORY_CONTEXT.slice(3).map((l) => ' ' + l),
      '',
    ].join('\n');
    const s = patchStates(purgatoryAfter(25), onlyFile(extractPatch(seedLike, 'seed-like')));
    expect(s.mode).toBe('already-applied');
    expect(s.before).toBe(purgatoryBefore(25));
    expect(s.notes[1]).toMatch(/Hunk #1 succeeded at 26 \(offset 7 lines\)/);
  });
});
