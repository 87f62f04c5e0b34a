// `kflags flags|diff|check --tree SRCDIR`: the Kbuild commands on a real
// kernel tree (src/kbuild/tree), loaded only when one runs.
import { CliError, useColor, type Io } from '../io.js';
import { guarded, render, splitAssignments, treeRequest } from './common.js';
import type { FlagsOptions } from './flags.js';
import type { DiffOptions } from './diff.js';
import type { CheckOptions } from './check.js';
import type { TreePair } from '../../compare/tree.js';

// Tree mode's modules are loaded only when a command runs with --tree.
const load = () =>
  Promise.all([import('../../compare/tree.js'), import('../../report/index.js'), import('../../report/tree.js')]).then(([compare, report, tree]) => ({
    ...compare,
    ...report,
    ...tree,
  }));

function selected<T extends { object: string }>(objects: T[], wanted: string[]): T[] {
  if (wanted.length === 0) return objects;
  const out = objects.filter((o) => wanted.some((w) => o.object === w || o.object.endsWith(`/${w}`)));
  if (out.length === 0) throw new CliError(`no object ${wanted.join(', ')} in this directory (it builds ${objects.map((o) => o.object).join(', ')})`);
  return out;
}

export async function runTreeFlags(io: Io, words: string[], options: FlagsOptions): Promise<number> {
  const { evaluateTreeRequest, renderTreeJson, renderTreeText } = await load();
  return guarded(io, options.json, () => {
    const side = evaluateTreeRequest(treeRequest(options, words, io));
    const ev = side.evaluation;
    const report = {
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

export async function runTreeDiff(io: Io, words: string[], options: DiffOptions): Promise<number> {
  const { treePair, treeDiffReport, renderDiffJson, renderDiffMarkdown, renderDiffText } = await load();
  return guarded(io, options.json || options.format === 'json', () => {
    const pair = treePair(treeRequest(options, words, io, { patch: options.patch, reverse: options.reverse }));
    const report = treeDiffReport(pair, label(pair), options.object, options.explain === true);
    io.stdout(render(options, { text: () => renderDiffText(report, { color: useColor(io) }), markdown: () => renderDiffMarkdown(report), json: () => renderDiffJson(report) }));
    return 0;
  });
}

export async function runTreeCheck(io: Io, words: string[], options: CheckOptions): Promise<number> {
  const { treePair, buildCheckReport, checkPassed, renderCheckJson, renderCheckMarkdown, renderCheckText } = await load();
  return guarded(io, options.json || options.format === 'json', () => {
    const expectations = [
      ...options.expectRemoved.map((pattern) => ({ pattern, kind: 'removed' as const })),
      ...options.expectKept.map((pattern) => ({ pattern, kind: 'kept' as const })),
    ];
    if (expectations.length === 0) throw new CliError('check needs at least one --expect-removed or --expect-kept');
    const pair = treePair(treeRequest(options, words, io, { patch: options.patch, reverse: options.reverse }));
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
