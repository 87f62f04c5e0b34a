// `kflags flags|diff|check --tree SRCDIR`: the Kbuild commands on a real
// kernel tree (src/kbuild/tree), loaded only when one runs.
import { CliError, useColor, type Io } from '../io.js';
import { guarded, render, splitAssignments, treeRequest } from './common.js';
import type { FlagsOptions } from './flags.js';
import type { DiffOptions } from './diff.js';
import { expectationsOf, type CheckOptions } from './check.js';
import type { TreePair } from '../../compare/tree.js';

// Tree mode's modules are loaded only when a command runs with --tree.
const load = () =>
  Promise.all([import('../../compare/tree.js'), import('../../report/index.js'), import('../../report/tree.js'), import('../../kbuild/model.js')]).then(
    ([compare, report, tree, model]) => ({ ...compare, ...report, ...tree, selectObjects: model.selectObjects }),
  );

export async function runTreeFlags(io: Io, words: string[], options: FlagsOptions): Promise<number> {
  const { evaluateTreeRequest, renderTreeJson, renderTreeText, selectObjects } = await load();
  return guarded(io, options.json, () => {
    const request = treeRequest(options, words, io);
    const side = evaluateTreeRequest(request);
    const ev = side.evaluation;
    const report = {
      srctree: ev.srctree,
      objtree: ev.objtree,
      release: ev.release,
      config: side.configFile,
      dir: request.dir,
      compiler: side.compiler,
      allowShell: options.allowShell === true,
      commandLine: splitAssignments(words).commandLine,
      environment: request.environment ?? {},
      builtBy: ev.builtBy ?? null,
      kconfig: ev.kconfig ?? null,
      objects: selectObjects(ev.objects, options.object, request.dir.replace(/\/+$/, '')).map((o) => ({ ...o })),
      probes: ev.probes.map((p) => ({
        kind: p.kind,
        tool: p.tool ?? null,
        target: p.target ?? null,
        wordSize: p.wordSize ?? null,
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
    const pair = treePair(treeRequest(options, words, io, { patch: options.patch, reverse: options.reverse, history: options.explain === true }));
    const report = treeDiffReport(pair, label(pair), options.object, options.explain === true);
    io.stdout(render(options, { text: () => renderDiffText(report, { color: useColor(io) }), markdown: () => renderDiffMarkdown(report), json: () => renderDiffJson(report) }));
    return 0;
  });
}

export async function runTreeCheck(io: Io, words: string[], options: CheckOptions): Promise<number> {
  const { treePair, buildCheckReport, checkPassed, renderCheckJson, renderCheckMarkdown, renderCheckText, selectObjects } = await load();
  return guarded(io, options.json || options.format === 'json', () => {
    const expectations = expectationsOf(options);
    const pair = treePair(treeRequest(options, words, io, { patch: options.patch, reverse: options.reverse }));
    const before = new Map(pair.before.evaluation.objects.map((o) => [o.object, o]));
    const report = buildCheckReport({
      target: pair.target,
      profile: label(pair),
      ...(pair.patch ? { patch: pair.patch } : {}),
      expectations,
      objects: selectObjects(pair.after.evaluation.objects, options.object, pair.target.replace(/\/+$/, '')).map((o) => ({
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
