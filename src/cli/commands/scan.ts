// `kflags scan`: every directory and object of a real kernel build, without
// building; two trees or two configs: the objects whose commands differ;
// --format compile-commands: a compile_commands.json.
import type { Command } from 'commander';
import { CliError, useColor, type Io } from '../io.js';
import { collect, guarded, KCONFIG_HELP, kconfigMode, splitAssignments, treeEnvironment } from './common.js';

interface ScanOptions {
  tree: string[];
  config: string[];
  dir: string[];
  compiler?: string;
  allowShell?: boolean;
  kconfig?: string;
  json?: boolean;
  format?: string;
  threads?: string;
}

export function registerScan(program: Command, io: Io, setStatus: (n: number) => void): void {
  program
    .command('scan')
    .description('every directory Kbuild descends into and every object\'s command, for a whole tree; with two trees or configs, what differs')
    .argument('[assignments...]', 'make command-line variables: LLVM=1, O=DIR, KCFLAGS=...')
    .requiredOption('--tree <srcdir>', 'the kernel source tree (twice: compare two trees)', collect, [])
    .option('--config <file>', 'the .config (default O=/.config or SRCDIR/.config; twice: compare two configs)', collect, [])
    .option('--dir <dir>', 'start from this directory instead of the whole build (repeatable)', collect, [])
    .option('--compiler <id>', 'the compiler model answering probes (gcc-12, clang-14; default by LLVM=/CC=)')
    .option('--allow-shell', 'run the compiler probes (and every other $(shell)) for real')
    .option('--kconfig <when>', KCONFIG_HELP)
    .option('--format <format>', 'text, json, or compile-commands (compile_commands.json as gen_compile_commands.py writes it)', 'text')
    .option('--json', 'same as --format json')
    .option('--threads <n>', 'evaluate directories on N worker threads besides this one (default 0; the output is the same; not with --allow-shell)')
    .addHelpText(
      'after',
      `
Examples:
  kflags scan --tree linux-6.12 --config thin.config LLVM=1
  kflags scan --tree linux-6.12 --config gcc.config --format compile-commands > compile_commands.json
  kflags scan --tree linux-6.1 --tree linux-6.12 --config 6.1.config --config 6.12.config   # what differs, object by object
  kflags scan --tree linux-6.12 --config a.config --config b.config --dir mm`,
    )
    .action(async (assignments: string[], options: ScanOptions) => {
      setStatus(await runScan(io, assignments, options));
    });
}

async function runScan(io: Io, assignments: string[], options: ScanOptions): Promise<number> {
  const { scanRequest, scanChanges } = await import('../../compare/tree.js');
  const { renderScanJson, renderScanText } = await import('../../report/scan.js');
  const { compileCommandsJson } = await import('../../kbuild/tree/compile-commands.js');
  const format = options.json ? 'json' : (options.format ?? 'text');
  return guarded(io, format === 'json', () => {
    if (!['text', 'json', 'compile-commands'].includes(format)) throw new CliError(`unknown --format '${format}' (text, json or compile-commands)`);
    const { commandLine, others } = splitAssignments(assignments);
    if (others.length > 0) throw new CliError(`unexpected argument '${others[0]}' (scan takes NAME=VALUE variables)`);
    const threads = options.threads === undefined ? 0 : Number(options.threads);
    if (!Number.isInteger(threads) || threads < 0) throw new CliError(`--threads takes a number of threads, not '${options.threads}'`);
    const progress = io.isTTY === true && io.env?.CI === undefined;
    const result = scanRequest({
      trees: options.tree,
      configs: options.config,
      dirs: options.dir.length > 0 ? options.dir : undefined,
      commandLine,
      environment: treeEnvironment(io),
      compiler: options.compiler,
      allowShell: options.allowShell,
      kconfig: kconfigMode(options.kconfig),
      threads,
      onWarning: io.stderr,
      ...(progress ? { onProgress: (p) => io.stderr(`\r\x1b[Kkflags: ${p.done}/${p.queued} directories  ${p.dir}`) } : {}),
    });
    if (progress) io.stderr('\r\x1b[K');
    if (format === 'compile-commands') {
      if (result.sides.length !== 1) throw new CliError('--format compile-commands takes one tree and one config');
      const side = result.sides[0];
      const json = compileCommandsJson(side.scan.directories.flatMap((d) => d.objects), side.scan.top.objtree);
      io.stdout(json + (io.isTTY ? '\n' : ''));
      return 0;
    }
    const report = {
      compiler: result.compiler,
      allowShell: options.allowShell === true,
      sides: result.sides.map((s) => {
        const bySource: Record<string, number> = {};
        for (const p of s.scan.probes) bySource[p.source] = (bySource[p.source] ?? 0) + 1;
        return {
          srctree: s.scan.top.srctree,
          config: s.configFile,
          release: s.scan.top.release,
          directories: s.scan.directories.map((d) => ({
            dir: d.dir,
            objects: d.objects.map((o) => ({ object: o.object, source: o.source, kind: o.kind, command: o.savedCommand, flags: o.flags })),
          })),
          errors: s.scan.errors,
          kconfig: s.scan.top.kconfig ?? null,
          probes: {
            total: s.scan.probes.length,
            bySource,
            unknown: [...new Set(s.scan.probes.filter((p) => p.source === 'unknown').map((p) => (p.kind === 'command' ? p.subject : `${p.kind} ${p.tool ?? ''}${p.target === undefined ? '' : ` --target=${p.target}${p.wordSize === undefined ? '' : ` ${p.wordSize}`}`} ${p.subject}`)))],
          },
        };
      }),
      ...(result.sides.length === 2 ? { changes: scanChanges(result.sides[0], result.sides[1]) } : {}),
    };
    io.stdout(format === 'json' ? renderScanJson(report) : renderScanText(report, { color: useColor(io) }));
    return report.sides.some((s) => s.errors.length > 0) ? 2 : 0;
  });
}
