import { describe, expect, it } from 'vitest';
import {
  CHECK_SCHEMA_VERSION,
  DIFF_SCHEMA_VERSION,
  buildCheckReport,
  buildObjectDiff,
  renderCheckJson,
  renderCheckMarkdown,
  renderCheckText,
  renderDiffJson,
  renderDiffMarkdown,
  renderDiffText,
  renderFlagsJson,
  renderFlagsText,
  type DiffReport,
  type FlagsReport,
  type PatchInfo,
} from '../src/report/index.js';

const BEFORE = [
  '-nostdinc', '-O2', '-fno-lto', '-flto=thin', '-fsplit-lto-unit', '-fvisibility=hidden',
  '-mcmodel=large', '-ffreestanding', '-fpic', '-fvisibility=hidden',
];
const AFTER = ['-nostdinc', '-O2', '-fno-lto', '-mcmodel=large', '-ffreestanding', '-fpic', '-fvisibility=hidden'];
const ASM = ['-D__ASSEMBLY__', '-fno-lto'];

const PATCH: PatchInfo = {
  source: 'seed.txt',
  subject: '[PATCH v2] x86/purgatory: Remove LTO flags',
  file: 'arch/x86/purgatory/Makefile',
  mode: 'already-applied',
  notes: [],
};

function purgatoryReport(): DiffReport {
  return {
    target: 'arch/x86/purgatory',
    profile: 'x86_64-clang-thinlto',
    patch: PATCH,
    objects: [
      buildObjectDiff('arch/x86/purgatory/purgatory.o', 'c', BEFORE, AFTER, {
        afterRemoved: [
          { flag: '-flto=thin', removedAt: { file: 'arch/x86/purgatory/Makefile', line: 24 }, via: 'CC_FLAGS_LTO' },
        ],
      }),
      buildObjectDiff('arch/x86/purgatory/stack.o', 'asm', ASM, ASM, { notes: ['no LTO flags in either state'] }),
    ],
  };
}

const ANSI = /\u001b\[/;

describe('renderDiffText', () => {
  it('a new object, and one no longer built, show their flags on one line', () => {
    const report: DiffReport = {
      target: 'drivers/demo',
      profile: 'tree, compiler gcc-12',
      objects: [
        buildObjectDiff('drivers/demo/new.o', 'c', [], ['-O2', '-DNEW', '-c'], { notes: ['new object: not built before'] }),
        buildObjectDiff('drivers/demo/old.o', 'c', ['-O2', '-DOLD'], [], { notes: ['object no longer built'] }),
      ],
    };
    const text = renderDiffText(report, { color: false });
    expect(text).toContain('\ndrivers/demo/new.o (C)\n  + 3 flags: -O2 -DNEW -c\n  note: new object: not built before\n');
    expect(text).toContain('\ndrivers/demo/old.o (C)\n  - 2 flags: -O2 -DOLD\n  note: object no longer built\n');
  });

  it('reads like a kernel developer would write it', () => {
    expect(renderDiffText(purgatoryReport(), { color: false })).toBe(
      [
        'kflags diff  arch/x86/purgatory  profile x86_64-clang-thinlto',
        'patch  [PATCH v2] x86/purgatory: Remove LTO flags',
        '       seed.txt -> arch/x86/purgatory/Makefile: already in the tree; "before" is the patch reversed',
        '',
        'arch/x86/purgatory/purgatory.o (C)',
        // The kept neighbours of a removed run are shown as context.
        '    -fno-lto',
        '  - -flto=thin           pos 4, removed at arch/x86/purgatory/Makefile:24 via CC_FLAGS_LTO',
        '  - -fsplit-lto-unit     pos 5',
        '  - -fvisibility=hidden  pos 6, one of two copies removed, one left',
        '    -mcmodel=large',
        '  = 7 flags unchanged',
        '',
        'unchanged: arch/x86/purgatory/stack.o (asm)',
        '  arch/x86/purgatory/stack.o: no LTO flags in either state',
        '',
        '1 of 2 objects changed: 3 removed, 0 added, 0 moved',
        '',
      ].join('\n'),
    );
  });

  it('shows added and moved flags with where they came from', () => {
    const report: DiffReport = {
      target: 'kernel',
      profile: 'gcc',
      beforeLabel: 'v6.1',
      afterLabel: 'v6.12',
      objects: [
        buildObjectDiff('kernel/fork.o', 'c', ['-O2', '-g', '-Wall'], ['-g', '-Wall', '-O2', '-D__NO_FORTIFY'], {
          afterOrigins: [
            { flag: '-g' },
            { flag: '-Wall' },
            { flag: '-O2' },
            { flag: '-D__NO_FORTIFY', addedAt: { file: 'kernel/Makefile', line: 7 }, via: 'CFLAGS_fork.o' },
          ],
        }),
      ],
    };
    const text = renderDiffText(report, { color: false });
    expect(text).toContain('states v6.1 -> v6.12');
    expect(text).toContain('  + -D__NO_FORTIFY  pos 4, from kernel/Makefile:7 via CFLAGS_fork.o');
    expect(text).toContain('  ~ -O2             pos 1 -> 3');
    expect(text).toContain('  = 2 flags unchanged');
    expect(text).toContain('1 of 1 object changed: 0 removed, 1 added, 1 moved');
  });

  it('says so when nothing changed', () => {
    const report: DiffReport = { target: 't', profile: 'p', objects: [buildObjectDiff('a.o', 'c', ['-g'], ['-g'])] };
    expect(renderDiffText(report, { color: false })).toContain('no flag changes in 1 object');
  });

  it.each([
    [true, true],
    [false, false],
  ])('color=%s -> escapes %s', (color, escapes) => {
    expect(ANSI.test(renderDiffText(purgatoryReport(), { color }))).toBe(escapes);
  });
});

describe('renderDiffMarkdown', () => {
  it('has a summary table and a diff block per changed object', () => {
    const md = renderDiffMarkdown(purgatoryReport());
    expect(md).toContain('## kflags diff: `arch/x86/purgatory` (profile `x86_64-clang-thinlto`)');
    expect(md).toContain('Patch: **\\[PATCH v2\\] x86/purgatory: Remove LTO flags**');
    expect(md).toContain('| `arch/x86/purgatory/purgatory.o` | C | 3 | 0 | 0 | 7 |');
    expect(md).toContain(
      [
        '```diff',
        '- -flto=thin           (pos 4, removed at arch/x86/purgatory/Makefile:24)',
        '- -fsplit-lto-unit     (pos 5)',
        '- -fvisibility=hidden  (pos 6, one of two copies removed, one left)',
        '  = 7 flags unchanged',
        '```',
      ].join('\n'),
    );
    expect(md).toContain('- no LTO flags in either state');
    expect(ANSI.test(md)).toBe(false);
  });

  it('escapes pipes and backticks in flags', () => {
    const report: DiffReport = {
      target: 't',
      profile: 'p',
      objects: [buildObjectDiff('odd|name`.o', 'c', [], ['-DX=`a|b`'])],
    };
    const md = renderDiffMarkdown(report);
    expect(md).toContain('| ``odd\\|name`.o`` | C | 0 | 1 | 0 | 0 |');
    expect(md).toContain('+ -DX=`a|b`  (pos 1)');
  });
});

describe('renderDiffJson', () => {
  it('is versioned and keeps every key, with null for unknowns', () => {
    const doc = JSON.parse(renderDiffJson(purgatoryReport()));
    expect(doc.schemaVersion).toBe(DIFF_SCHEMA_VERSION);
    expect(Object.keys(doc)).toEqual([
      'schemaVersion', 'kind', 'target', 'profile', 'patch', 'beforeLabel', 'afterLabel', 'summary', 'objects', 'notes',
    ]);
    expect(doc.kind).toBe('kflags.diff');
    expect(doc.summary).toEqual({ objects: 2, changed: 1, removed: 3, added: 0, moved: 0 });
    const [purgatory, stack] = doc.objects;
    expect(purgatory.removed[0]).toEqual({
      flag: '-flto=thin',
      position: 4,
      copiesBefore: 1,
      copiesAfter: 0,
      removedAt: { file: 'arch/x86/purgatory/Makefile', line: 24 },
      addedBeforeAt: null,
      via: 'CC_FLAGS_LTO',
    });
    expect(purgatory.removed[2]).toMatchObject({ flag: '-fvisibility=hidden', copiesBefore: 2, copiesAfter: 1, removedAt: null });
    expect(stack).toMatchObject({ changed: false, removed: [], added: [], moved: [], unchanged: 2, notes: ['no LTO flags in either state'] });
    expect(doc.patch).toEqual({ ...PATCH });
  });
});

describe('renderFlags', () => {
  const report: FlagsReport = {
    target: 'arch/x86/purgatory',
    profile: 'x86_64-gcc',
    objects: [
      {
        object: 'arch/x86/purgatory/purgatory.o',
        kind: 'c',
        flags: ['-O2', '-mcmodel=large'],
        origins: [
          { flag: '-O2', addedAt: { file: 'Makefile', line: 812 }, via: 'KBUILD_CFLAGS' },
          { flag: '-mcmodel=large', addedAt: { file: 'arch/x86/purgatory/Makefile', line: 30 }, via: 'CFLAGS_purgatory.o' },
        ],
        removed: [
          { flag: '-mcmodel=kernel', removedAt: { file: 'arch/x86/purgatory/Makefile', line: 28 }, via: 'CFLAGS_REMOVE_purgatory.o' },
        ],
      },
      { object: 'arch/x86/purgatory/stack.o', kind: 'asm', flags: ASM },
    ],
  };

  it('lists numbered flags with origins and removals', () => {
    expect(renderFlagsText(report, { color: false })).toBe(
      [
        'kflags flags  arch/x86/purgatory  profile x86_64-gcc',
        '',
        'arch/x86/purgatory/purgatory.o (C), 2 flags',
        '  1  -O2             Makefile:812 via KBUILD_CFLAGS',
        '  2  -mcmodel=large  arch/x86/purgatory/Makefile:30 via CFLAGS_purgatory.o',
        '  removed on the way:',
        '    - -mcmodel=kernel  removed at arch/x86/purgatory/Makefile:28 via CFLAGS_REMOVE_purgatory.o',
        '',
        'arch/x86/purgatory/stack.o (asm), 2 flags',
        '  1  -D__ASSEMBLY__',
        '  2  -fno-lto',
        '',
      ].join('\n'),
    );
  });

  it('prints one command-line per object on request', () => {
    expect(renderFlagsText(report, { color: false, oneLine: true })).toContain('\n  -D__ASSEMBLY__ -fno-lto\n');
  });

  it('renders JSON with a schema version', () => {
    const doc = JSON.parse(renderFlagsJson(report));
    expect(doc).toMatchObject({ schemaVersion: 1, kind: 'kflags.flags', target: 'arch/x86/purgatory' });
    expect(doc.objects[0].origins[1]).toEqual({
      flag: '-mcmodel=large',
      addedAt: { file: 'arch/x86/purgatory/Makefile', line: 30 },
      removedAt: null,
      via: 'CFLAGS_purgatory.o',
    });
    expect(doc.objects[1]).toEqual({ object: 'arch/x86/purgatory/stack.o', kind: 'asm', flags: ASM, origins: null, removed: [], notes: [] });
  });
});

describe('renderCheck', () => {
  const check = (patterns: [string, 'removed' | 'kept'][]) =>
    buildCheckReport({
      target: 'arch/x86/purgatory',
      profile: 'x86_64-clang-thinlto',
      patch: PATCH,
      expectations: patterns.map(([pattern, kind]) => ({ pattern, kind })),
      objects: [
        { object: 'arch/x86/purgatory/purgatory.o', kind: 'c', before: BEFORE, after: AFTER },
        { object: 'arch/x86/purgatory/stack.o', kind: 'asm', before: ASM, after: ASM },
      ],
    });

  it('passes --expect-removed -flto% and says which object had nothing to remove', () => {
    const text = renderCheckText(check([['-flto%', 'removed'], ['-fno-lto', 'kept']]), { color: false });
    expect(text).toContain(
      [
        'expect removed -flto%',
        '  ok    arch/x86/purgatory/purgatory.o (C)  removed -flto=thin',
        '  --    arch/x86/purgatory/stack.o (asm)    absent in both states',
      ].join('\n'),
    );
    expect(text).toContain('  ok    arch/x86/purgatory/stack.o (asm)    kept -fno-lto');
    expect(text.trimEnd().endsWith('PASS: 2 expectations met')).toBe(true);
  });

  it('names the offending flag when an expectation fails', () => {
    const report = check([['-fvisibility=%', 'removed'], ['-fvisibility=hidden', 'kept']]);
    const text = renderCheckText(report, { color: false });
    expect(text).toContain('  FAIL  arch/x86/purgatory/purgatory.o (C)  still has -fvisibility=hidden (pos 7)');
    expect(text).toContain('  FAIL  arch/x86/purgatory/purgatory.o (C)  lost -fvisibility=hidden (pos 6)');
    expect(text).toContain('FAIL: 2 of 2 expectations not met (1 object)');

    const md = renderCheckMarkdown(report);
    expect(md).toContain('### ❌ expect removed `-fvisibility=%`');
    expect(md).toContain('| ❌ | `arch/x86/purgatory/purgatory.o` | C | still has -fvisibility=hidden (pos 7) |');

    const doc = JSON.parse(renderCheckJson(report));
    expect(doc).toMatchObject({
      schemaVersion: CHECK_SCHEMA_VERSION,
      kind: 'kflags.check',
      passed: false,
      summary: { expectations: 2, failed: 2, objectsFailed: 1 },
    });
    expect(doc.expectations[0].objects[0]).toEqual({
      object: 'arch/x86/purgatory/purgatory.o',
      kind: 'c',
      status: 'fail',
      offending: [{ flag: '-fvisibility=hidden', position: 7 }],
      matchedBefore: ['-fvisibility=hidden', '-fvisibility=hidden'],
      matchedAfter: ['-fvisibility=hidden'],
    });
  });

  it('colors only on request', () => {
    const report = check([['-flto%', 'removed']]);
    expect(ANSI.test(renderCheckText(report, { color: true }))).toBe(true);
    expect(ANSI.test(renderCheckText(report, { color: false }))).toBe(false);
  });
});

describe('a removed word explained by the old state (two trees)', () => {
  it('says where it had come from when no removal explains it, in text and JSON', () => {
    const report = {
      target: 'arch/x86/purgatory',
      profile: 'tree, compiler clang-14',
      beforeLabel: 'linux-6.1',
      afterLabel: 'linux-6.12',
      objects: [
        buildObjectDiff('arch/x86/purgatory/purgatory.o', 'c', ['-O2', '-Qunused-arguments'], ['-O2'], {
          beforeOrigins: [{ flag: '-O2' }, { flag: '-Qunused-arguments', addedAt: { file: 'Makefile', line: 880 }, via: 'KBUILD_CPPFLAGS' }],
          afterRemoved: [{ flag: '-Qunused-arguments' }],
        }),
      ],
    };
    expect(renderDiffText(report, { color: false })).toContain('- -Qunused-arguments  pos 2, was from Makefile:880 via KBUILD_CPPFLAGS');
    const removed = JSON.parse(renderDiffJson(report)).objects[0].removed[0];
    expect(removed).toMatchObject({ flag: '-Qunused-arguments', removedAt: null, addedBeforeAt: { file: 'Makefile', line: 880 }, via: 'KBUILD_CPPFLAGS' });
  });
});
