// `kflags flags`: each object's effective compiler flags.
import type { Command } from 'commander';
import { CliError, useColor, type Io } from '../io.js';
import { addModelOptions, directoryOptions, guarded, profileLabel, type ModelOptions } from './common.js';

export type FlagsOptions = ModelOptions & { oneLine?: boolean };

export function registerFlags(program: Command, io: Io, setStatus: (n: number) => void): void {
  addModelOptions(
    program
      .command('flags')
      .description("each object's effective compiler flags, in Kbuild's order (with --tree: its real compile command)")
      .argument('[dir]', 'a Kbuild directory, or its Makefile/Kbuild file (not with --tree)')
      .argument('[assignments...]', 'command-line variables, e.g. KCFLAGS=-O3'),
  )
    .option('--explain', 'say where each flag was added (file:line and the variable chain)')
    .option('--one-line', 'one line per object')
    .addHelpText(
      'after',
      `
Examples:
  kflags flags examples/purgatory --obj arch/x86/purgatory --profile clang-thinlto
  kflags flags examples/purgatory --obj arch/x86/purgatory --object purgatory.o --explain
  kflags flags /usr/src/linux/arch/x86/purgatory --config .config KCFLAGS=-O3
  kflags flags --tree linux-6.12 --dir arch/x86/purgatory --config thin.config LLVM=1
  kflags flags --tree linux-6.12 --dir arch/x86/purgatory --object purgatory.o --probes O=build
  kflags flags --tree linux-6.12 --object drivers/gpu/drm/i915/display/intel_display.o --config .config
  kflags flags --tree linux-6.12 --config build/.config O=build M=$PWD     an out-of-tree module`,
    )
    .action(async (dir: string | undefined, assignments: string[], options: FlagsOptions) => {
      if (options.tree.length > 0) {
        const { runTreeFlags } = await import('./tree.js');
        setStatus(await runTreeFlags(io, [...(dir === undefined ? [] : [dir]), ...assignments], options));
        return;
      }
      setStatus(await runFlags(io, dir, assignments, options));
    });
}

/** `kflags flags`: exit status. */
export async function runFlags(io: Io, dir: string | undefined, assignments: string[], options: FlagsOptions): Promise<number> {
  // Loaded only when the command runs.
  const [{ evaluateDirectory, guessObj, resolveMakefile, selectObjects }, { Explainer }, { renderFlagsJson, renderFlagsText }] = await Promise.all([
    import('../../kbuild/model.js'),
    import('../../kbuild/explain.js'),
    import('../../report/index.js'),
  ]);
  return guarded(io, options.json, () => {
    if (dir === undefined) throw new CliError('give a Kbuild directory (or --tree SRCDIR --dir DIR for a real kernel tree)');
    const opts = directoryOptions(options, assignments, io);
    const makefile = resolveMakefile(dir);
    const result = evaluateDirectory({ ...opts, makefile, obj: guessObj(makefile, options.obj) });
    const objects = selectObjects(result.objects, options.object, result.obj);
    const explainer = options.explain ? new Explainer(result.evaluation, result.obj) : undefined;
    const report = {
      target: dir,
      profile: profileLabel(options),
      objects: objects.map((o) => ({
        object: o.object,
        kind: o.kind,
        flags: o.flags,
        ...(explainer ? { origins: explainer.origins(o), removed: explainer.removedOnTheWay(o) } : {}),
      })),
    };
    io.stdout(options.json ? renderFlagsJson(report) : renderFlagsText(report, { color: useColor(io), oneLine: options.oneLine }));
    return 0;
  });
}
