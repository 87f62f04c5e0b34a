// `kflags matrix`: one object's flags as rows, configurations (and patch
// states) as columns: the table a reviewer pastes into a patch discussion.
import { mdCode, palette } from './common.js';

export const MATRIX_SCHEMA_VERSION = 1;

export interface MatrixReport {
  target: string;
  object: string;
  columns: string[];
  /** Flags in order of first appearance across the columns; cells count the copies. */
  rows: { flag: string; cells: number[] }[];
}

export function buildMatrix(target: string, object: string, columns: { label: string; flags: string[] }[]): MatrixReport {
  const order: string[] = [];
  const seen = new Set<string>();
  for (const c of columns) for (const f of c.flags) if (!seen.has(f)) (seen.add(f), order.push(f));
  return {
    target,
    object,
    columns: columns.map((c) => c.label),
    rows: order.map((flag) => ({ flag, cells: columns.map((c) => c.flags.filter((f) => f === flag).length) })),
  };
}

const cell = (n: number) => (n === 0 ? '' : n === 1 ? 'x' : `${n}x`);

/** Rows that differ between columns first? No: in order, with the ones present everywhere folded unless `all`. */
function shown(report: MatrixReport, all: boolean): MatrixReport['rows'] {
  return all ? report.rows : report.rows.filter((r) => r.cells.some((c) => c !== r.cells[0]));
}

export function renderMatrixText(report: MatrixReport, opts: { color: boolean; all?: boolean }): string {
  const c = palette(opts.color);
  const rows = shown(report, opts.all === true);
  const width = Math.max(4, ...rows.map((r) => r.flag.length));
  const colWidths = report.columns.map((l) => Math.max(l.length, 3));
  const out = [`${c.bold('kflags matrix')}  ${report.target}  ${report.object}`, ''];
  out.push(`${'flag'.padEnd(width)}  ${report.columns.map((l, k) => l.padEnd(colWidths[k])).join('  ')}`);
  for (const r of rows) out.push(`${r.flag.padEnd(width)}  ${r.cells.map((n, k) => cell(n).padEnd(colWidths[k])).join('  ')}`.trimEnd());
  const same = report.rows.length - shown(report, false).length;
  if (!opts.all && same > 0) out.push('', c.dim(`${same} flags the same in every column not shown (--all shows them)`));
  return out.join('\n') + '\n';
}

export function renderMatrixMarkdown(report: MatrixReport, opts: { all?: boolean } = {}): string {
  const rows = shown(report, opts.all === true);
  const out = [`**${mdCode(report.object)}** (${mdCode(report.target)})`, '', `| flag | ${report.columns.map(mdCode).join(' | ')} |`, `| --- |${report.columns.map(() => ' :-: |').join('')}`];
  for (const r of rows) out.push(`| ${mdCode(r.flag)} | ${r.cells.map(cell).join(' | ')} |`);
  const same = report.rows.length - shown(report, false).length;
  if (!opts.all && same > 0) out.push('', `${same} flags the same in every column not shown.`);
  return out.join('\n') + '\n';
}

export function renderMatrixJson(report: MatrixReport): string {
  return JSON.stringify({ schemaVersion: MATRIX_SCHEMA_VERSION, kind: 'kflags.matrix', ...report }, null, 2) + '\n';
}
