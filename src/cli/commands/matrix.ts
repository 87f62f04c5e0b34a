// `kflags matrix`: one object under several configurations, flags as rows.
import type { Command } from 'commander';
import * as path from 'node:path';
import { CliError, useColor, type Io } from '../io.js';
import { addModelOptions, directoryOptions, guarded, splitAssignments, treeRequest, type ModelOptions } from './common.js';

export type MatrixOptions = ModelOptions & { profiles?: string; patch?: string; reverse?: boolean; all?: boolean };

export function registerMatrix(program: Command, io: Io, setStatus: (n: number) => void): void {
  addModelOptions(
    program
      .command('matrix')
      .description("one object's flags under several configurations: flags as rows, configurations (and patch states) as columns")
      .argument('[targets...]', 'a Kbuild directory (not with --tree), then NAME=VALUE variables'),
  )
    .option('--profiles <list>', 'bundled profiles as columns, comma-separated (gcc,clang-thinlto,clang-fulllto)')
    .option('--patch <file>', 'two columns per configuration: before and after the patch')
    .option('--reverse', 'with --patch: the patch is already applied')
    .option('--all', 'also the flags that are the same in every column')
    .option('--format <format>', 'text, markdown or json', 'text')
    .addHelpText(
      'after',
      `
Examples:
  kflags matrix examples/purgatory --obj arch/x86/purgatory --object purgatory.o --profiles gcc,clang-thinlto,clang-fulllto
  kflags matrix examples/purgatory --obj arch/x86/purgatory --object purgatory.o --profiles clang-thinlto,clang-fulllto \\
      --patch examples/purgatory/remove-lto-flags.patch --format markdown
  kflags matrix --tree linux-6.12 --dir arch/x86/purgatory --object purgatory.o --config thin.config --config full.config LLVM=1`,
    )
    .action(async (targets: string[], options: MatrixOptions) => {
      setStatus(await runMatrix(io, targets, options));
    });
}

async function runMatrix(io: Io, targets: string[], options: MatrixOptions): Promise<number> {
  const format = options.json ? 'json' : (options.format ?? 'text');
  return guarded(io, format === 'json', async () => {
    if (!['text', 'markdown', 'md', 'json'].includes(format)) throw new CliError(`unknown --format '${format}' (text, markdown or json)`);
    if (options.object.length !== 1) throw new CliError('give one --object');
    const want = options.object[0];
    const { commandLine, others } = splitAssignments(targets);
    const columns: { label: string; flags: string[] }[] = [];
    const { selectObjects } = await import('../../kbuild/model.js');
    const pick = (objects: { object: string; flags: string[] }[], obj: string) => selectObjects(objects, [want], obj)[0].flags;
    let target: string;
    if (options.tree.length > 0) {
      if (options.tree.length !== 1) throw new CliError('give one --tree (its --config files are the columns)');
      if (options.config.length === 0) throw new CliError('with --tree, give the configurations as --config FILE (repeatable)');
      const { evaluateTreeRequest, treePatchSide } = await import('../../compare/tree.js');
      const base = treeRequest(options, targets, io);
      const dir = base.dir.replace(/\/+$/, '');
      for (const config of options.config) {
        const request = { ...base, configs: [config] };
        const name = path.basename(config);
        if (options.patch === undefined) columns.push({ label: name, flags: pick(evaluateTreeRequest(request).evaluation.objects, dir) });
        else {
          for (const which of ['before', 'after'] as const) {
            const side = treePatchSide({ ...request, patch: options.patch, reverse: options.reverse }, which);
            columns.push({ label: `${name} ${which}`, flags: pick(side.evaluation.objects, dir) });
          }
        }
      }
      target = `${options.tree[0]} ${dir}`;
    } else {
      if (others.length !== 1) throw new CliError('give one Kbuild directory (or --tree SRCDIR --dir DIR)');
      const profiles = (options.profiles ?? '').split(',').map((p) => p.trim()).filter(Boolean);
      if (profiles.length === 0) throw new CliError('give --profiles a,b,... (the columns)');
      if (options.profile !== undefined) throw new CliError('--profiles names the columns; leave out --profile');
      const { evaluateDirectory, guessObj, resolveMakefile } = await import('../../kbuild/model.js');
      const { patchSide } = await import('../../compare/compare.js');
      for (const profile of profiles) {
        const opts = directoryOptions({ ...options, profile }, commandLine, io);
        if (options.patch === undefined) {
          const makefile = resolveMakefile(others[0]);
          const r = evaluateDirectory({ ...opts, makefile, obj: guessObj(makefile, options.obj) });
          columns.push({ label: profile, flags: pick(r.objects, r.obj) });
        } else {
          for (const which of ['before', 'after'] as const) {
            const r = patchSide(others[0], options.patch, { ...opts, reverse: options.reverse }, which);
            columns.push({ label: `${profile} ${which}`, flags: pick(r.objects, r.obj) });
          }
        }
      }
      target = others[0];
    }
    const { buildMatrix, renderMatrixJson, renderMatrixMarkdown, renderMatrixText } = await import('../../report/matrix.js');
    const report = buildMatrix(target, want, columns);
    io.stdout(
      format === 'json' ? renderMatrixJson(report) : format === 'text' ? renderMatrixText(report, { color: useColor(io), all: options.all }) : renderMatrixMarkdown(report, { all: options.all }),
    );
    return 0;
  });
}
