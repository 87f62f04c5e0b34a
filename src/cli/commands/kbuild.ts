// `kflags flags`, `kflags diff`, `kflags check`: the Kbuild commands. Each
// calls one library function and one renderer.
import type { Command } from 'commander';
import { CliError, useColor, type Io } from '../io.js';
import { collect, splitAssignments } from './common.js';
import { MakeError } from '../../eval/errors.js';
import { PatchError } from '../../patch/index.js';
import {
  buildCheckReport,
  checkPassed,
  renderCheckJson,
  renderCheckMarkdown,
  renderCheckText,
  renderDiffJson,
  renderDiffMarkdown,
  renderDiffText,
  renderFlagsJson,
  renderFlagsText,
  type FlagsReport,
} from '../../report/index.js';
import { DEFAULT_PROFILE, evaluateDirectory, guessObj, resolveMakefile, selectObjects } from '../../kbuild/model.js';
import { Explainer } from '../../kbuild/explain.js';
import { diffReport, patchPair, versionPair, type DirectoryOptions, type StatePair } from '../../compare/compare.js';

interface ModelOptions {
  profile?: string;
  base?: string;
  config?: string;
  obj?: string;
  src?: string;
  object: string[];
  json?: boolean;
  format?: string;
  explain?: boolean;
  allowShell?: boolean;
}

function addModelOptions(cmd: Command): Command {
  return cmd
    .option('--profile <name>', `bundled base flags: gcc, clang, clang-thinlto, clang-fulllto, clang-thinlto-profile, clang-thinlto-profile-use (default ${DEFAULT_PROFILE})`)
    .option('--base <file>', 'your own fragment instead of a profile and the bundled top level')
    .option('--config <file>', 'a .config: CONFIG_X=value lines define X, "# CONFIG_X is not set" leaves it undefined')
    .option('--obj <dir>', "Kbuild's $(obj) for the directory (default: its path in the kernel tree)")
    .option('--src <dir>', 'where to look for .c/.S sources (default: the makefile\'s directory)')
    .option('--object <name>', 'only this object (repeatable)', collect, [])
    .option('--json', 'machine-readable output (see src/report/SCHEMA.md)')
    .option('--allow-shell', 'run $(shell ...) and != (never run otherwise)');
}

function directoryOptions(options: ModelOptions, assignments: string[], io: Io): DirectoryOptions {
  const { commandLine, others } = splitAssignments(assignments);
  if (others.length > 0) throw new CliError(`unexpected argument '${others[0]}' (variables are NAME=VALUE)`);
  if (options.profile !== undefined && options.base !== undefined) throw new CliError('--profile and --base exclude each other');
  return {
    profile: options.profile,
    base: options.base,
    config: options.config,
    obj: options.obj,
    srcDir: options.src,
    commandLine,
    allowShell: options.allowShell,
    objects: options.object,
    explain: options.explain,
    onWarning: io.stderr,
    // Progress on a terminal only, for directories with many objects.
    ...(io.isTTY && io.env?.CI === undefined
      ? {
          onProgress: (done: number, total: number) => {
            if (total >= 500) io.stderr(done + 250 >= total ? '\r\x1b[K' : `\rkflags: ${done}/${total} objects`);
          },
        }
      : {}),
  };
}

const profileLabel = (o: ModelOptions) => o.base ?? o.profile ?? DEFAULT_PROFILE;

/** Run a command body, mapping kflags' error kinds to messages and exit statuses. */
function guarded(io: Io, json: boolean | undefined, body: () => number): number {
  try {
    return body();
  } catch (e) {
    if (e instanceof MakeError || e instanceof PatchError || e instanceof CliError) {
      const text = e instanceof MakeError ? e.render().trimEnd() : `kflags: ${e.message}`;
      if (json) io.stdout(JSON.stringify({ error: { message: text, exitStatus: 2 } }, null, 2) + '\n');
      else io.stderr(text + '\n');
      return 2;
    }
    throw e;
  }
}

export function registerKbuildCommands(program: Command, io: Io, setStatus: (n: number) => void): void {
  addModelOptions(
    program
      .command('flags')
      .description("each object's effective compiler flags, in Kbuild's order")
      .argument('<dir>', 'a Kbuild directory, or its Makefile/Kbuild file')
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
  kflags flags /usr/src/linux/arch/x86/purgatory --config .config KCFLAGS=-O3`,
    )
    .action((dir: string, assignments: string[], options: ModelOptions & { oneLine?: boolean }) => {
      setStatus(
        guarded(io, options.json, () => {
          const opts = directoryOptions(options, assignments, io);
          const makefile = resolveMakefile(dir);
          const result = evaluateDirectory({ ...opts, makefile, obj: guessObj(makefile, options.obj) });
          const objects = selectObjects(result.objects, options.object, result.obj);
          const explainer = options.explain ? new Explainer(result.evaluation, result.obj) : undefined;
          const report: FlagsReport = {
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
        }),
      );
    });

  addModelOptions(
    program
      .command('diff')
      .description('compare per-object flags before and after a patch, or between two makefiles/directories')
      .argument('<targets...>', 'with --patch: one directory; without: OLD NEW; then NAME=VALUE variables'),
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
  kflags diff linux-6.1/arch/x86/purgatory linux-6.12/arch/x86/purgatory --profile clang`,
    )
    .action((targets: string[], options: ModelOptions & { patch?: string; reverse?: boolean }) => {
      setStatus(
        guarded(io, options.json || options.format === 'json', () => {
          const pair = statePair(targets, options, io);
          const report = diffReport(pair, profileLabel(options), { objects: options.object, explain: options.explain });
          io.stdout(render(options, { text: () => renderDiffText(report, { color: useColor(io) }), markdown: () => renderDiffMarkdown(report), json: () => renderDiffJson(report) }));
          return 0;
        }),
      );
    });

  addModelOptions(
    program
      .command('check')
      .description('assert flag expectations on the "after" state of a patch (exit 0 pass, 1 fail, 2 bad input)')
      .argument('<targets...>', 'with --patch: one directory; without: OLD NEW; then NAME=VALUE variables'),
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
    .action(
      (
        targets: string[],
        options: ModelOptions & { patch?: string; reverse?: boolean; expectRemoved: string[]; expectKept: string[] },
      ) => {
        setStatus(
          guarded(io, options.json || options.format === 'json', () => {
            const expectations = [
              ...options.expectRemoved.map((pattern) => ({ pattern, kind: 'removed' as const })),
              ...options.expectKept.map((pattern) => ({ pattern, kind: 'kept' as const })),
            ];
            if (expectations.length === 0) throw new CliError('check needs at least one --expect-removed or --expect-kept');
            const pair = statePair(targets, options, io);
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
          }),
        );
      },
    );
}

function statePair(targets: string[], options: ModelOptions & { patch?: string; reverse?: boolean }, io: Io): StatePair {
  const { commandLine, others } = splitAssignments(targets);
  const opts = directoryOptions(options, commandLine, io);
  if (options.patch !== undefined) {
    if (others.length !== 1) throw new CliError(`with --patch, give one directory or makefile (got ${others.length})`);
    return patchPair(others[0], options.patch, { ...opts, reverse: options.reverse });
  }
  if (others.length !== 2) throw new CliError('give --patch FILE and a directory, or two directories/makefiles to compare');
  return versionPair(others[0], others[1], opts);
}

function render(options: { json?: boolean; format?: string }, r: { text: () => string; markdown: () => string; json: () => string }): string {
  const format = options.json ? 'json' : (options.format ?? 'text');
  if (format === 'json') return r.json();
  if (format === 'markdown' || format === 'md') return r.markdown();
  if (format === 'text') return r.text();
  throw new CliError(`unknown --format '${format}' (text, markdown or json)`);
}
