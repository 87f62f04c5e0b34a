// `kflags trace`: a variable's value after every line that changes it, in
// the order make reads them, with the assignments false conditionals skipped.
import type { Command } from 'commander';
import { CliError, useColor, type Io } from '../io.js';
import { addModelOptions, collect, directoryOptions, guarded, profileLabel, splitAssignments, treeRequest, type ModelOptions } from './common.js';
import type { SkippedAssignment } from '../../eval/reader.js';
import type { TraceSource } from '../../kbuild/trace.js';

export type TraceOptions = ModelOptions & { var: string[]; patch?: string; before?: boolean; reverse?: boolean };

export function registerTrace(program: Command, io: Io, setStatus: (n: number) => void): void {
  addModelOptions(
    program
      .command('trace')
      .description("a variable's value after every line that changes it, with the words each adds and removes, and the lines false conditionals skipped")
      .argument('[targets...]', 'a Kbuild directory (not with --tree), then NAME=VALUE variables'),
  )
    .option('--var <name>', 'a variable to trace (repeatable); with --object and no --var: the lists its flags are made of', collect, [])
    .option('--patch <file>', 'trace in a patch\'s "after" state (with --before: its "before" state)')
    .option('--before', 'with --patch: the state before the patch')
    .option('--reverse', 'with --patch: the patch is already applied')
    .addHelpText(
      'after',
      `
Examples:
  kflags trace examples/purgatory --obj arch/x86/purgatory --profile clang-thinlto --var KBUILD_CFLAGS
  kflags trace --tree linux-6.12 --dir arch/x86/purgatory --config thin.config LLVM=1 --var CC_FLAGS_LTO --var KBUILD_CFLAGS
  kflags trace --tree linux-6.12 --dir arch/x86/purgatory --config thin.config LLVM=1 --object purgatory.o`,
    )
    .action(async (targets: string[], options: TraceOptions) => {
      setStatus(await runTrace(io, targets, options));
    });
}

function namesFor(options: TraceOptions, stem: string | undefined): string[] {
  if (options.var.length > 0) return options.var;
  if (stem === undefined) throw new CliError('give --var NAME (or --object OBJ to trace the lists its flags are made of)');
  const asm = stem.endsWith('.S');
  const base = stem.replace(/\.[oS]$/, '');
  return asm
    ? ['KBUILD_CPPFLAGS', 'KBUILD_AFLAGS', 'asflags-y', `AFLAGS_${base}.o`, 'asflags-remove-y', `AFLAGS_REMOVE_${base}.o`]
    : ['KBUILD_CPPFLAGS', 'KBUILD_CFLAGS', 'ccflags-y', `CFLAGS_${base}.o`, 'ccflags-remove-y', `CFLAGS_REMOVE_${base}.o`];
}

async function runTrace(io: Io, targets: string[], options: TraceOptions): Promise<number> {
  return guarded(io, options.json, async () => {
    if (options.before && options.patch === undefined) throw new CliError('--before goes with --patch');
    if (options.object.length > 1) throw new CliError('give at most one --object');
    const { traceVariable } = await import('../../kbuild/trace.js');
    const { renderTraceJson, renderTraceText } = await import('../../report/trace.js');
    const { commandLine, others } = splitAssignments(targets);
    let sources: TraceSource[];
    let target: string;
    let label: string;
    let root: string | undefined;
    let objects: { object: string; kind: string }[];
    let obj: string;
    if (options.tree.length > 0) {
      const { evaluateTreeRequest, treePatchSide } = await import('../../compare/tree.js');
      const skipped = { first: [] as SkippedAssignment[], top: [] as SkippedAssignment[], directory: [] as SkippedAssignment[] };
      const request = treeRequest(options, targets, io, {
        history: true,
        onSkippedAssignment: (e: SkippedAssignment, make: 'first' | 'top' | 'directory') => skipped[make].push(e),
      });
      const side =
        options.patch === undefined
          ? evaluateTreeRequest(request)
          : treePatchSide({ ...request, patch: options.patch, reverse: options.reverse }, options.before ? 'before' : 'after');
      const ev = side.evaluation;
      sources = [
        { label: 'the top level', evaluation: ev.top, skipped: skipped.top },
        { label: `${request.dir}'s sub-make`, evaluation: ev.directory, skipped: skipped.directory },
      ];
      target = request.dir;
      label = `tree ${ev.srctree} (${ev.release}), compiler ${side.compiler}${options.patch === undefined ? '' : options.before ? ', before the patch' : ', after the patch'}`;
      root = ev.srctree;
      objects = ev.objects;
      obj = request.dir.replace(/\/+$/, '');
    } else {
      if (others.length !== 1) throw new CliError('give one Kbuild directory (or --tree SRCDIR --dir DIR)');
      const skipped: SkippedAssignment[] = [];
      const opts = { ...directoryOptions(options, commandLine, io), onSkippedAssignment: (e: SkippedAssignment) => skipped.push(e) };
      let result;
      if (options.patch !== undefined) {
        const { patchSide } = await import('../../compare/compare.js');
        result = patchSide(others[0], options.patch, { ...opts, reverse: options.reverse }, options.before ? 'before' : 'after');
      } else {
        const { evaluateDirectory, guessObj, resolveMakefile } = await import('../../kbuild/model.js');
        const makefile = resolveMakefile(others[0]);
        result = evaluateDirectory({ ...opts, makefile, obj: guessObj(makefile, options.obj) });
      }
      sources = [{ label: result.obj, evaluation: result.evaluation, skipped }];
      target = others[0];
      label = `profile ${profileLabel(options)}${options.patch === undefined ? '' : options.before ? ', before the patch' : ', after the patch'}`;
      objects = result.objects;
      obj = result.obj;
    }
    let stem: string | undefined;
    if (options.object.length === 1) {
      const { selectObjects } = await import('../../kbuild/model.js');
      const [found] = selectObjects(objects, options.object, obj);
      stem = found.object.slice(obj.length + 1) + (found.kind === 'asm' ? '.S' : '');
      stem = stem.replace(/\.o\.S$/, '.S');
    }
    const names = namesFor(options, stem);
    const traces = names.map((n) => traceVariable(n, sources));
    const report = {
      target,
      label,
      traces: traces.filter((t): t is NonNullable<typeof t> => t !== undefined),
      missing: names.filter((_, k) => traces[k] === undefined),
      ...(root === undefined ? {} : { root }),
    };
    io.stdout(options.json ? renderTraceJson(report) : renderTraceText(report, { color: useColor(io) }));
    return 0;
  });
}
