// `kflags flags|diff|check --tree SRCDIR`: the Kbuild commands on a real
// kernel tree (src/kbuild/tree), loaded only when one runs.
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
} from '../../report/index.js';
import { renderTreeJson, renderTreeText, type TreeReport } from '../../report/tree.js';
import { evaluateTreeRequest, treeDiffReport, treePair, type TreePair, type TreeRequest } from '../../compare/tree.js';
import type { CheckOptions, DiffOptions, FlagsOptions, ModelOptions } from './kbuild.js';

export type TreeCliOptions = ModelOptions;

function request(options: TreeCliOptions, words: string[], io: Io, extra: Partial<TreeRequest> = {}): TreeRequest {
  const { commandLine, others } = splitAssignments(words);
  if (others.length > 0) throw new CliError(`unexpected argument '${others[0]}' (with --tree, give --dir DIR and NAME=VALUE variables)`);
  if (options.dir === undefined) throw new CliError('with --tree, give --dir DIR (a directory of the tree, e.g. arch/x86/purgatory)');
  if (options.profile !== undefined || options.base !== undefined) throw new CliError('--profile and --base are for the bundled model; --tree evaluates the tree itself');
  return {
    trees: options.tree,
    configs: options.config,
    dir: options.dir,
    commandLine,
    compiler: options.compiler,
    allowShell: options.allowShell,
    onWarning: io.stderr,
    ...extra,
  };
}

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

function selected<T extends { object: string }>(objects: T[], wanted: string[]): T[] {
  if (wanted.length === 0) return objects;
  const out = objects.filter((o) => wanted.some((w) => o.object === w || o.object.endsWith(`/${w}`)));
  if (out.length === 0) throw new CliError(`no object ${wanted.join(', ')} in this directory (it builds ${objects.map((o) => o.object).join(', ')})`);
  return out;
}

export function runTreeFlags(io: Io, words: string[], options: FlagsOptions & TreeCliOptions): number {
  return guarded(io, options.json, () => {
    const side = evaluateTreeRequest(request(options, words, io));
    const ev = side.evaluation;
    const report: TreeReport = {
      srctree: ev.srctree,
      objtree: ev.objtree,
      release: ev.release,
      config: side.configFile,
      dir: options.dir!,
      compiler: side.compiler,
      allowShell: options.allowShell === true,
      commandLine: splitAssignments(words).commandLine,
      objects: selected(ev.objects, options.object).map((o) => ({ ...o })),
      probes: ev.probes.map((p) => ({
        kind: p.kind,
        tool: p.tool ?? null,
        subject: p.subject,
        accepted: p.accepted ?? null,
        output: p.output,
        status: p.status,
        source: p.source,
        command: p.command,
      })),
    };
    io.stdout(options.json ? renderTreeJson(report) : renderTreeText(report, { color: useColor(io), oneLine: options.oneLine, probes: options.probes }));
    return 0;
  });
}

function label(pair: TreePair): string {
  return `tree, compiler ${pair.compiler}`;
}

export function runTreeDiff(io: Io, words: string[], options: DiffOptions & TreeCliOptions): number {
  return guarded(io, options.json || options.format === 'json', () => {
    const pair = treePair(request(options, words, io, { patch: options.patch, reverse: options.reverse }));
    const report = treeDiffReport(pair, label(pair), options.object, options.explain === true);
    io.stdout(render(options, { text: () => renderDiffText(report, { color: useColor(io) }), markdown: () => renderDiffMarkdown(report), json: () => renderDiffJson(report) }));
    return 0;
  });
}

export function runTreeCheck(io: Io, words: string[], options: CheckOptions & TreeCliOptions): number {
  return guarded(io, options.json || options.format === 'json', () => {
    const expectations = [
      ...options.expectRemoved.map((pattern) => ({ pattern, kind: 'removed' as const })),
      ...options.expectKept.map((pattern) => ({ pattern, kind: 'kept' as const })),
    ];
    if (expectations.length === 0) throw new CliError('check needs at least one --expect-removed or --expect-kept');
    const pair = treePair(request(options, words, io, { patch: options.patch, reverse: options.reverse }));
    const before = new Map(pair.before.evaluation.objects.map((o) => [o.object, o]));
    const report = buildCheckReport({
      target: pair.target,
      profile: label(pair),
      ...(pair.patch ? { patch: pair.patch } : {}),
      expectations,
      objects: selected(pair.after.evaluation.objects, options.object).map((o) => ({
        object: o.object,
        kind: o.kind,
        before: before.get(o.object)?.flags ?? [],
        after: o.flags,
      })),
    });
    io.stdout(render(options, { text: () => renderCheckText(report, { color: useColor(io) }), markdown: () => renderCheckMarkdown(report), json: () => renderCheckJson(report) }));
    return checkPassed(report) ? 0 : 1;
  });
}

function render(options: { json?: boolean; format?: string }, r: { text: () => string; markdown: () => string; json: () => string }): string {
  const format = options.json ? 'json' : (options.format ?? 'text');
  if (format === 'json') return r.json();
  if (format === 'markdown' || format === 'md') return r.markdown();
  if (format === 'text') return r.text();
  throw new CliError(`unknown --format '${format}' (text, markdown or json)`);
}
