// `kflags check`: a reviewer's assertion on the "after" state of a patch, for CI.
import type { Command } from 'commander';
import { CliError, useColor, type Io } from '../io.js';
import { addModelOptions, collect, guarded, profileLabel, render, statePair } from './common.js';
import type { DiffOptions } from './diff.js';

export type CheckOptions = DiffOptions & { expectRemoved: string[]; expectKept: string[] };

export function registerCheck(program: Command, io: Io, setStatus: (n: number) => void): void {
  addModelOptions(
    program
      .command('check')
      .description('assert flag expectations on the "after" state of a patch (exit 0 pass, 1 fail, 2 bad input)')
      .argument('[targets...]', 'with --patch: one directory; without: OLD NEW; then NAME=VALUE variables (with --tree: only variables)'),
  )
    .option('--patch <file>', 'the patch to check')
    .option('--reverse', 'the patch is already applied')
    .option('--expect-removed <pattern>', 'no object may have a flag matching this make pattern after the patch (repeatable)', collect, [])
    .option('--expect-kept <pattern>', 'objects that had a matching flag before still have it after (repeatable)', collect, [])
    .option('--format <format>', 'text, markdown or json', 'text')
    .addHelpText(
      'after',
      `
Examples:
  kflags check --patch fix.patch examples/purgatory --profile clang-thinlto \\
      --expect-removed '-flto%' --expect-kept -fno-lto
  kflags check --patch fix.patch arch/x86/purgatory --object purgatory.o --expect-removed '-fprofile%'`,
    )
    .action(async (targets: string[], options: CheckOptions) => {
      if (options.tree.length > 0) {
        const { runTreeCheck } = await import('./tree.js');
        setStatus(await runTreeCheck(io, targets, options));
        return;
      }
      setStatus(await runCheck(io, targets, options));
    });
}

/** `kflags check`: exit status (1: an expectation failed). */
export async function runCheck(io: Io, targets: string[], options: CheckOptions): Promise<number> {
  // Loaded only when the command runs.
  const [{ selectObjects }, { buildCheckReport, checkPassed, renderCheckJson, renderCheckMarkdown, renderCheckText }] = await Promise.all([
    import('../../kbuild/model.js'),
    import('../../report/index.js'),
  ]);
  return guarded(io, options.json || options.format === 'json', async () => {
    const expectations = expectationsOf(options);
    const pair = await statePair(targets, options, io);
    const after = selectObjects(pair.after.objects, options.object, pair.after.obj);
    const beforeByName = new Map(pair.before.objects.map((o) => [o.object.split('/').pop(), o]));
    const report = buildCheckReport({
      target: pair.target,
      profile: profileLabel(options),
      ...(pair.patch ? { patch: pair.patch } : {}),
      expectations,
      objects: after.map((o) => ({
        object: o.object,
        kind: o.kind,
        before: beforeByName.get(o.object.split('/').pop())?.flags ?? [],
        after: o.flags,
      })),
    });
    io.stdout(render(options, { text: () => renderCheckText(report, { color: useColor(io) }), markdown: () => renderCheckMarkdown(report), json: () => renderCheckJson(report) }));
    return checkPassed(report) ? 0 : 1;
  });
}

/** The reviewer's assertions, from --expect-removed and --expect-kept (with --tree too). */
export function expectationsOf(options: CheckOptions): { pattern: string; kind: 'removed' | 'kept' }[] {
  const expectations = [
    ...options.expectRemoved.map((pattern) => ({ pattern, kind: 'removed' as const })),
    ...options.expectKept.map((pattern) => ({ pattern, kind: 'kept' as const })),
  ];
  if (expectations.length === 0) throw new CliError('check needs at least one --expect-removed or --expect-kept');
  return expectations;
}
