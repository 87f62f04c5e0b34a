// `kflags explain`: for one object, where each flag came from (every
// assignment on its way, outermost variable first) and, for a flag that is
// gone, the line and the pattern that removed it. On the bundled model or a
// real tree; with --patch, in either state of the patch.
import type { Command } from 'commander';
import { CliError, useColor, type Io } from '../io.js';
import { addModelOptions, directoryOptions, guarded, profileLabel, splitAssignments, collect, treeRequest, type ModelOptions } from './common.js';
import type { Evaluation } from '../../eval/evaluate.js';
import type { ObjectFlags } from '../../kbuild/model.js';

export type ExplainOptions = ModelOptions & { flag: string[]; patch?: string; before?: boolean; reverse?: boolean };

export function registerExplain(program: Command, io: Io, setStatus: (n: number) => void): void {
  addModelOptions(
    program
      .command('explain')
      .description('where each flag of one object came from, and what removed the ones it lost (file:line, the variables on the way)')
      .argument('[targets...]', 'a Kbuild directory (not with --tree), then NAME=VALUE variables'),
  )
    .option('--flag <flag>', 'only this flag, also when the object does not have it (repeatable)', collect, [])
    .option('--patch <file>', 'explain the object in a patch\'s "after" state (with --before: its "before" state)')
    .option('--before', 'with --patch: the state before the patch')
    .option('--reverse', 'with --patch: the patch is already applied (found by itself when the patch says so)')
    .addHelpText(
      'after',
      `
Examples:
  kflags explain examples/purgatory --obj arch/x86/purgatory --object purgatory.o --profile clang-thinlto --flag -flto=thin
  kflags explain --tree linux-6.12 --dir arch/x86/purgatory --object purgatory.o --config thin.config LLVM=1 --flag -flto=thin
  kflags explain --tree linux-6.12 --dir arch/x86/purgatory --object purgatory.o --config thin.config LLVM=1 \\
      --patch seed.patch --before --flag -flto=thin           # where it came from before the patch removed it`,
    )
    .action(async (targets: string[], options: ExplainOptions) => {
      setStatus(await runExplain(io, targets, options));
    });
}

interface Subject {
  target: string;
  label: string;
  evaluation: Evaluation;
  parent?: Evaluation;
  obj: string;
  objects: ObjectFlags[];
  root?: string;
}

async function subject(io: Io, targets: string[], options: ExplainOptions): Promise<Subject> {
  if (options.before && options.patch === undefined) throw new CliError('--before goes with --patch');
  if (options.tree.length > 0) {
    const { evaluateTreeRequest, treePatchSide } = await import('../../compare/tree.js');
    const request = treeRequest(options, targets, io, { history: true });
    const side =
      options.patch === undefined
        ? evaluateTreeRequest(request)
        : treePatchSide({ ...request, patch: options.patch, reverse: options.reverse }, options.before ? 'before' : 'after');
    const ev = side.evaluation;
    return {
      target: request.dir,
      label: `tree ${ev.srctree} (${ev.release}), compiler ${side.compiler}${options.patch === undefined ? '' : options.before ? ', before the patch' : ', after the patch'}`,
      evaluation: ev.directory,
      parent: ev.top,
      obj: request.dir.replace(/\/+$/, ''),
      objects: ev.objects,
      root: ev.srctree,
    };
  }
  const { commandLine, others } = splitAssignments(targets);
  if (others.length !== 1) throw new CliError('give one Kbuild directory (or --tree SRCDIR --dir DIR)');
  const opts = directoryOptions(options, commandLine, io);
  if (options.patch !== undefined) {
    const { patchSide } = await import('../../compare/compare.js');
    const side = patchSide(others[0], options.patch, { ...opts, reverse: options.reverse }, options.before ? 'before' : 'after');
    return { target: others[0], label: `profile ${profileLabel(options)}, ${options.before ? 'before' : 'after'} the patch`, evaluation: side.evaluation, obj: side.obj, objects: side.objects };
  }
  const { evaluateDirectory, guessObj, resolveMakefile } = await import('../../kbuild/model.js');
  const makefile = resolveMakefile(others[0]);
  const result = evaluateDirectory({ ...opts, makefile, obj: guessObj(makefile, options.obj) });
  return { target: others[0], label: `profile ${profileLabel(options)}`, evaluation: result.evaluation, obj: result.obj, objects: result.objects };
}

async function runExplain(io: Io, targets: string[], options: ExplainOptions): Promise<number> {
  return guarded(io, options.json, async () => {
    if (options.object.length !== 1) throw new CliError('give one --object (the object to explain)');
    const s = await subject(io, targets, options);
    const { Explainer } = await import('../../kbuild/explain.js');
    const { renderExplainJson, renderExplainText } = await import('../../report/explain.js');
    const { selectObjects } = await import('../../kbuild/model.js');
    const [object] = selectObjects(s.objects, options.object, s.obj);
    const explainer = new Explainer(s.evaluation, s.obj, s.parent);
    const flags = options.flag.length > 0 ? options.flag : [...new Set(object.flags), ...explainer.removedOnTheWay(object).map((r) => r.flag).filter((f) => !object.flags.includes(f))];
    const report = {
      target: s.target,
      label: s.label,
      object: object.object,
      kind: object.kind,
      flags: object.flags,
      stories: flags.map((f) => explainer.story(f, object)),
      ...(s.root === undefined ? {} : { root: s.root }),
    };
    io.stdout(options.json ? renderExplainJson(report) : renderExplainText(report, { color: useColor(io) }));
    return 0;
  });
}
