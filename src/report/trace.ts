// `kflags trace`: each traced variable's steps, in reading order.
import { palette, where } from './common.js';
import type { VariableTrace } from '../kbuild/trace.js';

export const TRACE_SCHEMA_VERSION = 1;

export interface TraceReport {
  target: string;
  label: string;
  traces: VariableTrace[];
  /** Names asked for that no make read. */
  missing: string[];
  root?: string;
}

function at(loc: { file: string; line: number } | undefined, root: string | undefined): string {
  if (loc === undefined) return '(command line or built in)';
  const file = root !== undefined && loc.file.startsWith(root + '/') ? loc.file.slice(root.length + 1) : loc.file;
  return where({ file, line: loc.line }) ?? file;
}

export function renderTraceText(report: TraceReport, opts: { color: boolean }): string {
  const c = palette(opts.color);
  const out = [`${c.bold('kflags trace')}  ${report.target}  ${report.label}`];
  for (const t of report.traces) {
    out.push('', `${c.bold(t.name)} (${t.flavor}, ${t.origin}): ${t.words.length} words at the end`);
    let make: string | undefined;
    for (const s of t.steps) {
      if (s.make !== make) {
        make = s.make;
        out.push(`  ${c.dim(`in ${make}:`)}`);
      }
      if (s.kind === 'inherited') {
        out.push(`    (environment)  received ${s.words.length} words from the make above`);
        continue;
      }
      if (s.kind === 'skipped') {
        const why = s.conditional ? `${s.conditional.directive} at ${at(s.conditional.location, report.root)}: ${s.conditional.value}` : 'a false conditional';
        out.push(c.dim(`    ${at(s.location, report.root)}  skipped (${why})  ${t.name} ${s.op} ${s.text}`));
        continue;
      }
      out.push(`    ${at(s.location, report.root)}  ${t.name} ${s.op} ${s.text}`);
      if (s.removed.length > 0) out.push(`      ${c.red(`- ${s.removed.join(' ')}`)}`);
      if (s.added.length > 0) out.push(`      ${c.green(`+ ${s.added.join(' ')}`)}`);
      if (s.removed.length === 0 && s.added.length === 0) out.push(`      ${c.dim('(no change in its words)')}`);
    }
  }
  for (const m of report.missing) out.push('', `${c.bold(m)}: never assigned, and not from the environment`);
  return out.join('\n') + '\n';
}

export function renderTraceJson(report: TraceReport): string {
  return JSON.stringify({ schemaVersion: TRACE_SCHEMA_VERSION, kind: 'kflags.trace', target: report.target, label: report.label, traces: report.traces, missing: report.missing }, null, 2) + '\n';
}
