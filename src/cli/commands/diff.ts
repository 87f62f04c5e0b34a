// `kflags diff`: per-object flags before and after a patch, or between two directories.
import type { Command } from 'commander';
import { useColor, type Io } from '../io.js';
import { addModelOptions, guarded, profileLabel, render, statePair, type ModelOptions } from './common.js';

export type DiffOptions = ModelOptions & { patch?: string; reverse?: boolean };

export function registerDiff(program: Command, io: Io, setStatus: (n: number) => void): void {
  addModelOptions(
    program
      .command('diff')
      .description('compare per-object flags before and after a patch, or between two makefiles/directories, trees or configs')
      .argument('[targets...]', 'with --patch: one directory; without: OLD NEW; then NAME=VALUE variables (with --tree: only variables)'),
  )
    .option('--patch <file>', 'a unified diff, git format-patch mail, mbox or saved mail thread (first diff used)')
    .option('--reverse', 'the patch is already applied: use the file as "after" and the reversed patch as "before"')
    .option('--explain', 'say where each added or removed flag came from (file:line)')
    .option('--format <format>', 'text, markdown or json', 'text')
    .addHelpText(
      'after',
      `
Examples:
  kflags diff --patch examples/purgatory/remove-lto-flags.patch examples/purgatory --profile clang-thinlto
  kflags diff --patch 0001-fix.patch arch/x86/purgatory --config .config --format markdown
  kflags diff linux-6.1/arch/x86/purgatory linux-6.12/arch/x86/purgatory --profile clang
  kflags diff --tree linux-6.1 --tree linux-6.12 --dir arch/x86/purgatory --config thin-6.1.config --config thin-6.12.config LLVM=1 --explain
  kflags diff --tree linux-6.12 --dir arch/x86/purgatory --config gcc.config --config thin.config
  kflags diff --tree linux-6.12 --dir arch/x86/purgatory --patch fix.patch --config thin.config LLVM=1`,
    )
    .action(async (targets: string[], options: DiffOptions) => {
      if (options.tree.length > 0) {
        const { runTreeDiff } = await import('./tree.js');
        setStatus(await runTreeDiff(io, targets, options));
        return;
      }
      setStatus(await runDiff(io, targets, options));
    });
}

/** `kflags diff`: exit status. */
export async function runDiff(io: Io, targets: string[], options: DiffOptions): Promise<number> {
  // Loaded only when the command runs.
  const [{ diffReport }, { renderDiffJson, renderDiffMarkdown, renderDiffText }] = await Promise.all([
    import('../../compare/compare.js'),
    import('../../report/index.js'),
  ]);
  return guarded(io, options.json || options.format === 'json', async () => {
    const pair = await statePair(targets, options, io);
    const report = diffReport(pair, profileLabel(options), { objects: options.object, explain: options.explain });
    io.stdout(render(options, { text: () => renderDiffText(report, { color: useColor(io) }), markdown: () => renderDiffMarkdown(report), json: () => renderDiffJson(report) }));
    return 0;
  });
}
