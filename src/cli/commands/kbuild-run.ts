// The Kbuild commands' work, loaded only when one of them runs (`kflags
// eval` does not pay for the Kbuild model, comparisons, patches and reports).
import { CliError, useColor, type Io } from '../io.js';
import { splitAssignments } from './common.js';
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
import type { CheckOptions, DiffOptions, FlagsOptions, ModelOptions } from './kbuild.js';

function directoryOptions(options: ModelOptions, assignments: string[], io: Io): DirectoryOptions {
  const { commandLine, others } = splitAssignments(assignments);
  if (others.length > 0) throw new CliError(`unexpected argument '${others[0]}' (variables are NAME=VALUE)`);
  if (options.profile !== undefined && options.base !== undefined) throw new CliError('--profile and --base exclude each other');
  if (options.config.length > 1) throw new CliError('give one --config (two configs compare with --tree)');
  for (const flag of ['dir', 'compiler', 'probes'] as const) {
    if (options[flag] !== undefined) throw new CliError(`--${flag} goes with --tree`);
  }
  return {
    profile: options.profile,
    base: options.base,
    config: options.config[0],
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

/** `kflags flags`: exit status. */
export function runFlags(io: Io, dir: string | undefined, assignments: string[], options: FlagsOptions): number {
  return guarded(io, options.json, () => {
    if (dir === undefined) throw new CliError("give a Kbuild directory (or --tree SRCDIR --dir DIR for a real kernel tree)");
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
  });
}

/** `kflags diff`: exit status. */
export function runDiff(io: Io, targets: string[], options: DiffOptions): number {
  return guarded(io, options.json || options.format === 'json', () => {
    const pair = statePair(targets, options, io);
    const report = diffReport(pair, profileLabel(options), { objects: options.object, explain: options.explain });
    io.stdout(render(options, { text: () => renderDiffText(report, { color: useColor(io) }), markdown: () => renderDiffMarkdown(report), json: () => renderDiffJson(report) }));
    return 0;
  });
}

/** `kflags check`: exit status (1: an expectation failed). */
export function runCheck(io: Io, targets: string[], options: CheckOptions): number {
  return guarded(io, options.json || options.format === 'json', () => {
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
  });
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
