import { headerLines, kindLabel, mdCell, mdCode, mdText, modeText, pad, palette, plural } from './common.js';
import { patchJson } from './common.js';
import type { CheckObjectResult, CheckReport, ExpectationResult } from './types.js';

export const CHECK_SCHEMA_VERSION = 1;

/** An expectation fails when any object fails it; vacuous objects do not count against it. */
export function expectationPassed(e: ExpectationResult): boolean {
  return e.objects.every((o) => o.status !== 'fail');
}

export function checkPassed(report: CheckReport): boolean {
  return report.expectations.every(expectationPassed);
}

function verdict(o: CheckObjectResult, kind: ExpectationResult['kind']): string {
  const list = (flags: readonly { flag: string; position: number }[]) =>
    flags.map((f) => `${f.flag} (pos ${f.position})`).join(', ');
  const names = (flags: readonly string[]) => [...new Set(flags)].join(', ');
  if (o.status === 'fail') {
    return kind === 'removed' ? `still has ${list(o.offending)}` : `lost ${list(o.offending)}`;
  }
  if (o.status === 'vacuous') {
    return kind === 'removed' ? 'absent in both states' : 'no match before the patch';
  }
  return kind === 'removed' ? `removed ${names(o.matchedBefore)}` : `kept ${names(o.matchedAfter)}`;
}

function summary(report: CheckReport): string {
  const failed = report.expectations.filter((e) => !expectationPassed(e));
  if (failed.length === 0) return `PASS: ${plural(report.expectations.length, 'expectation')} met`;
  const objects = new Set(failed.flatMap((e) => e.objects.filter((o) => o.status === 'fail').map((o) => o.object)));
  return `FAIL: ${failed.length} of ${plural(report.expectations.length, 'expectation')} not met (${plural(objects.size, 'object')})`;
}

/**
 *     expect removed -flto%
 *       ok    arch/x86/purgatory/purgatory.o (C)  removed -flto=thin
 *       FAIL  arch/x86/purgatory/sha256.o (C)     still has -flto=thin (pos 58)
 */
export function renderCheckText(report: CheckReport, opts: { color: boolean }): string {
  const c = palette(opts.color);
  const out = headerLines('check', report.target, report.profile, report.patch, c);
  for (const note of report.notes ?? []) out.push(`${c.dim('note:')} ${note}`);
  for (const e of report.expectations) {
    out.push('');
    out.push(`${c.bold(`expect ${e.kind}`)} ${e.pattern}`);
    const labels = e.objects.map((o) => `${o.object} (${kindLabel(o.kind)})`);
    const width = Math.max(0, ...labels.map((l) => l.length));
    e.objects.forEach((o, k) => {
      const mark = o.status === 'fail' ? c.red('FAIL') : o.status === 'pass' ? c.green('ok  ') : c.dim('--  ');
      const text = verdict(o, e.kind);
      out.push(`  ${mark}  ${pad(labels[k] ?? '', width)}  ${o.status === 'fail' ? text : c.dim(text)}`);
    });
    if (e.objects.length === 0) out.push(`  ${c.dim('no objects')}`);
  }
  out.push('');
  const line = summary(report);
  out.push(checkPassed(report) ? c.green(c.bold(line)) : c.red(c.bold(line)));
  return out.join('\n') + '\n';
}

export function renderCheckMarkdown(report: CheckReport): string {
  const out: string[] = [];
  out.push(`## kflags check: ${mdCode(report.target)} (profile ${mdCode(report.profile)})`, '');
  if (report.patch) {
    const p = report.patch;
    out.push(`Patch: **${mdText(p.subject ?? p.source)}**  `);
    out.push(`${mdCode(p.source)} → ${mdCode(p.file)}: ${mdText(modeText(p))}`, '');
  }
  for (const note of report.notes ?? []) out.push(`> ${mdText(note)}`);
  if ((report.notes ?? []).length > 0) out.push('');
  out.push(`**${mdText(summary(report))}**`, '');
  for (const e of report.expectations) {
    const ok = expectationPassed(e);
    out.push(`### ${ok ? '✅' : '❌'} expect ${e.kind} ${mdCode(e.pattern)}`, '');
    if (e.objects.length === 0) {
      out.push('No objects.', '');
      continue;
    }
    out.push('| | object | kind | result |', '|---|---|---|---|');
    for (const o of e.objects) {
      const mark = o.status === 'fail' ? '❌' : o.status === 'pass' ? '✅' : '➖';
      out.push(`| ${mark} | ${mdCell(mdCode(o.object))} | ${kindLabel(o.kind)} | ${mdCell(mdText(verdict(o, e.kind)))} |`);
    }
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** Machine-readable check result; see SCHEMA.md. */
export function renderCheckJson(report: CheckReport): string {
  const failedObjects = new Set<string>();
  for (const e of report.expectations) for (const o of e.objects) if (o.status === 'fail') failedObjects.add(o.object);
  const doc = {
    schemaVersion: CHECK_SCHEMA_VERSION,
    kind: 'kflags.check',
    target: report.target,
    profile: report.profile,
    patch: patchJson(report.patch),
    passed: checkPassed(report),
    summary: {
      expectations: report.expectations.length,
      failed: report.expectations.filter((e) => !expectationPassed(e)).length,
      objectsFailed: failedObjects.size,
    },
    expectations: report.expectations.map((e) => ({
      pattern: e.pattern,
      kind: e.kind,
      passed: expectationPassed(e),
      objects: e.objects.map((o) => ({
        object: o.object,
        kind: o.kind,
        status: o.status,
        offending: o.offending.map((f) => ({ flag: f.flag, position: f.position })),
        matchedBefore: o.matchedBefore,
        matchedAfter: o.matchedAfter,
      })),
    })),
    notes: report.notes ?? [],
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
