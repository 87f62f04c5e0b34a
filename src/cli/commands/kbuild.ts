// `kflags flags`, `kflags diff`, `kflags check`: the Kbuild commands'
// options and help. Their work (kbuild-run.ts) is loaded when one runs.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { collect } from './common.js';
import { DEFAULT_PROFILE } from '../../kbuild/profiles.js';

export interface ModelOptions {
  profile?: string;
  base?: string;
  /** --config, repeatable (two configs compare in tree mode). */
  config: string[];
  /** Tree mode: the kernel source tree(s). */
  tree: string[];
  dir?: string;
  compiler?: string;
  probes?: boolean;
  obj?: string;
  src?: string;
  object: string[];
  json?: boolean;
  format?: string;
  explain?: boolean;
  allowShell?: boolean;
}

export type FlagsOptions = ModelOptions & { oneLine?: boolean };
export type DiffOptions = ModelOptions & { patch?: string; reverse?: boolean };
export type CheckOptions = DiffOptions & { expectRemoved: string[]; expectKept: string[] };

function addModelOptions(cmd: Command): Command {
  return cmd
    .option('--profile <name>', `bundled base flags: gcc, clang, clang-thinlto, clang-fulllto, clang-thinlto-profile, clang-thinlto-profile-use (default ${DEFAULT_PROFILE})`)
    .option('--base <file>', 'your own fragment instead of a profile and the bundled top level')
    .option('--config <file>', 'a .config (with --tree: default O=/.config or SRCDIR/.config; give two to compare configs)', collect, [])
    .option('--tree <srcdir>', 'evaluate a real kernel tree (its Makefile, Kbuild files, scripts/); twice to compare versions', collect, [])
    .option('--dir <dir>', 'with --tree: the directory to build, e.g. arch/x86/purgatory')
    .option('--compiler <id>', 'with --tree: the compiler model answering probes (gcc-12, clang-14; default by LLVM=/CC=)')
    .option('--probes', 'with --tree: list every compiler probe with its answer and where it came from')
    .option('--obj <dir>', "Kbuild's $(obj) for the directory (default: its path in the kernel tree)")
    .option('--src <dir>', 'where to look for .c/.S sources (default: the makefile\'s directory)')
    .option('--object <name>', 'only this object (repeatable)', collect, [])
    .option('--json', 'machine-readable output (see src/report/SCHEMA.md)')
    .option('--allow-shell', 'run $(shell ...) and != (never run otherwise)');
}

export function registerKbuildCommands(program: Command, io: Io, setStatus: (n: number) => void): void {
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
  kflags flags --tree linux-6.12 --dir arch/x86/purgatory --object purgatory.o --probes O=build`,
    )
    .action(async (dir: string | undefined, assignments: string[], options: FlagsOptions) => {
      if (options.tree.length > 0) {
        const { runTreeFlags } = await import('./tree-run.js');
        setStatus(runTreeFlags(io, [...(dir === undefined ? [] : [dir]), ...assignments], options));
        return;
      }
      const { runFlags } = await import('./kbuild-run.js');
      setStatus(runFlags(io, dir, assignments, options));
    });

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
  kflags diff --tree linux-6.1 --tree linux-6.12 --dir arch/x86/purgatory --config thin.config LLVM=1
  kflags diff --tree linux-6.12 --dir arch/x86/purgatory --config gcc.config --config thin.config
  kflags diff --tree linux-6.12 --dir arch/x86/purgatory --patch fix.patch --config thin.config LLVM=1`,
    )
    .action(async (targets: string[], options: DiffOptions) => {
      if (options.tree.length > 0) {
        const { runTreeDiff } = await import('./tree-run.js');
        setStatus(runTreeDiff(io, targets, options));
        return;
      }
      const { runDiff } = await import('./kbuild-run.js');
      setStatus(runDiff(io, targets, options));
    });

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
  kflags check --patch fix.patch arch/x86/purgatory --object purgatory.o --expect-removed '-fprofile%'
  kflags check --tree linux-6.12 --dir arch/x86/purgatory --patch fix.patch --config thin.config LLVM=1 \\
      --expect-removed '-flto%' --expect-kept -fno-lto`,
    )
    .action(async (targets: string[], options: CheckOptions) => {
      if (options.tree.length > 0) {
        const { runTreeCheck } = await import('./tree-run.js');
        setStatus(runTreeCheck(io, targets, options));
        return;
      }
      const { runCheck } = await import('./kbuild-run.js');
      setStatus(runCheck(io, targets, options));
    });
}
