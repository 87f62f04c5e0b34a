// `kflags lint`: Kbuild-aware warnings about how a directory's makefile adds
// and removes flags (src/kbuild/lint.ts), on the bundled model under every
// profile, or on a real tree's directories under the .configs given.
import type { Command } from 'commander';
import { CliError, useColor, type Io } from '../io.js';
import { collect, guarded, KCONFIG_HELP, kconfigMode, splitAssignments, treeEnvironment } from './common.js';

interface LintOptions {
  tree: string[];
  dir: string[];
  config: string[];
  profile: string[];
  base?: string;
  obj?: string;
  src?: string;
  compiler?: string;
  allowShell?: boolean;
  kconfig?: string;
  deadPatterns?: boolean;
  recurse?: boolean;
  json?: boolean;
}

export function registerLint(program: Command, io: Io, setStatus: (n: number) => void): void {
  program
    .command('lint')
    .description('Kbuild-aware warnings: flag resets, removals undone or dead, C-only removals, objects from other directories (exit 1 if one fires)')
    .argument('[target]', 'a Kbuild directory or its Makefile/Kbuild (bundled model); with --tree, directories of the tree')
    .argument('[assignments...]', 'command-line variables, e.g. KCFLAGS=-fprofile-use=x.profdata (with --tree: O=DIR, LLVM=1)')
    .option('--tree <srcdir>', 'lint directories of a real kernel tree', collect, [])
    .option('--dir <dir>', 'with --tree: a directory to lint, with what it descends into (repeatable; default the whole build)', collect, [])
    .option('--config <file>', 'a .config; with --tree repeatable, each one a configuration tried', collect, [])
    .option('--profile <name>', 'bundled model: only this profile (repeatable; default every bundled profile)', collect, [])
    .option('--base <file>', 'bundled model: your own fragment instead of the profiles')
    .option('--obj <dir>', "bundled model: Kbuild's $(obj) for the directory")
    .option('--src <dir>', 'bundled model: where the .c/.S sources are')
    .option('--compiler <id>', 'with --tree: the compiler model answering probes (gcc-12, clang-14; default by LLVM=/CC= or the .config)')
    .option('--no-recurse', 'with --tree: only the directories given, not their subdirectories')
    .option('--dead-patterns', 'also report removal patterns that merely matched nothing under the configurations tried')
    .option('--allow-shell', 'run $(shell ...) and compiler probes for real')
    .option('--kconfig <when>', KCONFIG_HELP)
    .option('--json', 'a kflags.lint document (see src/report/SCHEMA.md)')
    .addHelpText(
      'after',
      `
Lints (each evaluated by kflags' engine, under every configuration tried):
  reset-drops-inherited    KBUILD_CFLAGS/KBUILD_AFLAGS := ... loses words the top level added
  removed-then-added       a flag filtered out, then added back for the same object (both lines)
  added-then-removed       a flag the directory adds, then removes again (both lines)
  removal-matches-nothing  a filter-out / *_REMOVE pattern that matches nothing and cannot be right
                           (-fprofile-use beside -fprofile-use=x; CFLAGS_REMOVE_ of an assembler object);
                           --dead-patterns: every pattern that matched nothing
  removal-c-only           removed from the C flags, kept by the directory's assembler objects
  foreign-source-removals  an object built from another directory's source keeps a flag its siblings remove

Exit status: 0 no lint, 1 a lint fired, 2 bad input or a make error.

Examples:
  kflags lint examples/purgatory --obj arch/x86/purgatory
  kflags lint --tree linux-6.12 --dir arch/x86/purgatory --config gcc.config --config thin.config O=build
  kflags lint --tree linux-6.12 --dir arch/x86 --dir arch/x86/boot --config .config --json`,
    )
    .action(async (target: string | undefined, assignments: string[], options: LintOptions) => {
      setStatus(await runLint(io, target, assignments, options));
    });
}

async function runLint(io: Io, target: string | undefined, assignments: string[], options: LintOptions): Promise<number> {
  const [{ lintModel, lintTree }, { renderLintJson, renderLintText }] = await Promise.all([import('../../kbuild/lint.js'), import('../../report/lint.js')]);
  return guarded(io, options.json, async () => {
    const { commandLine, others } = splitAssignments([...(target === undefined ? [] : [target]), ...assignments]);
    let report;
    if (options.tree.length > 0) {
      if (options.tree.length > 1) throw new CliError('lint takes one --tree');
      if (options.profile.length > 0 || options.base !== undefined || options.obj !== undefined || options.src !== undefined) {
        throw new CliError('--profile, --base, --obj and --src are for the bundled model; --tree evaluates the tree itself');
      }
      const dirs = [...options.dir, ...others];
      const progress = io.isTTY === true && io.env?.CI === undefined;
      const result = await lintTree({
        tree: options.tree[0],
        configs: options.config,
        dirs,
        commandLine,
        environment: treeEnvironment(io),
        compiler: options.compiler,
        allowShell: options.allowShell,
        kconfig: kconfigMode(options.kconfig),
        deadPatterns: options.deadPatterns,
        noRecurse: options.recurse === false,
        onWarning: io.stderr,
        ...(progress ? { onProgress: (done: number, queued: number, dir: string) => io.stderr(`\r\x1b[Kkflags: ${done}/${queued} directories  ${dir}`) } : {}),
      });
      if (progress) io.stderr('\r\x1b[K');
      report = {
        target: dirs.length > 0 ? dirs.join(' ') : '(the whole build)',
        mode: 'tree' as const,
        srctree: result.srctree,
        configurations: result.configurations,
        directories: result.directories,
        lints: result.lints,
        errors: result.errors,
        notes: result.notes,
      };
    } else {
      if (others.length !== 1) throw new CliError(others.length === 0 ? 'give a Kbuild directory or makefile (or --tree SRCDIR)' : `unexpected argument '${others[1]}' (variables are NAME=VALUE)`);
      for (const flag of ['dir', 'compiler'] as const) {
        if (options[flag] !== undefined && options[flag]!.length > 0) throw new CliError(`--${flag} goes with --tree`);
      }
      if (options.recurse === false) throw new CliError('--no-recurse goes with --tree');
      if (options.config.length > 1) throw new CliError('give one --config (several configurations are for --tree)');
      if (options.profile.length > 0 && options.base !== undefined) throw new CliError('--profile and --base exclude each other');
      const { guessObj, resolveMakefile } = await import('../../kbuild/model.js');
      const { profileNames } = await import('../../kbuild/profiles.js');
      const makefile = resolveMakefile(others[0]);
      const obj = guessObj(makefile, options.obj);
      const result = await lintModel({
        makefile,
        obj,
        profiles: options.profile.length > 0 ? options.profile : profileNames(),
        base: options.base,
        config: options.config[0],
        srcDir: options.src,
        commandLine,
        allowShell: options.allowShell,
        deadPatterns: options.deadPatterns,
        onWarning: io.stderr,
        cwd: io.cwd,
      });
      report = { target: others[0], mode: 'model' as const, srctree: null, configurations: result.configurations, directories: [obj], lints: result.lints, errors: [], notes: [] };
    }
    io.stdout(options.json ? renderLintJson(report) : renderLintText(report, { color: useColor(io) }));
    if (report.errors.length > 0) return 2;
    return report.lints.length > 0 ? 1 : 0;
  });
}
