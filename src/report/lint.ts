// `kflags lint`: Kbuild-aware warnings, as text (file:line first, like a
// compiler's) or as a `kflags.lint` JSON document.
import * as path from 'node:path';
import { palette, plural } from './common.js';
import type { Lint, LintId } from '../kbuild/lint.js';

export const LINT_SCHEMA_VERSION = 1;

export interface LintReport {
  /** What was linted: a makefile or directory (bundled model), or the tree's directories. */
  target: string;
  mode: 'model' | 'tree';
  /** The kernel tree (tree mode), else null. */
  srctree: string | null;
  /** Every configuration tried (bundled profiles, or .configs with their compiler). */
  configurations: string[];
  /** The directories linted ($(obj)). */
  directories: string[];
  lints: Lint[];
  /** Directories make could not read (tree mode). */
  errors: { dir: string; configuration: string; message: string }[];
  notes: string[];
}

function summary(report: LintReport): string {
  const byId = new Map<LintId, number>();
  for (const l of report.lints) byId.set(l.id, (byId.get(l.id) ?? 0) + 1);
  const ids = [...byId].map(([id, n]) => `${n} ${id}`).join(', ');
  const scope = `${plural(report.directories.length, 'directory', 'directories')}, ${plural(report.configurations.length, 'configuration')}`;
  return report.lints.length === 0 ? `no lint in ${scope}` : `${plural(report.lints.length, 'lint')} (${ids}) in ${scope}`;
}

export function renderLintText(report: LintReport, opts: { color: boolean }): string {
  const c = palette(opts.color);
  const out: string[] = [];
  out.push(`${c.bold('kflags lint')}  ${report.target}${report.srctree !== null ? `  tree ${report.srctree}` : ''}`);
  out.push(`configurations: ${report.configurations.join(', ')}`);
  for (const n of report.notes) out.push(c.dim(`note: ${n}`));
  for (const e of report.errors) out.push(c.red(`error in ${e.dir} (${e.configuration}): ${e.message}`));
  for (const l of report.lints) {
    out.push('');
    out.push(`${c.bold(`${l.at.file}:${l.at.line}:`)} ${c.yellow('warning:')} ${l.message} ${c.dim(`[${l.id}]`)}`);
    for (const r of l.related) out.push(`  ${c.bold(`${r.file}:${r.line}:`)} ${r.note}`);
    if (l.objects.length > 0) out.push(`  objects: ${l.objects.map((o) => (o.startsWith(`${l.dir}/`) ? path.basename(o) : o)).join(' ')}`);
    if (l.configurations.length < report.configurations.length) out.push(`  only under: ${l.configurations.join(', ')}`);
    out.push(c.dim(`  why: ${l.why}`));
  }
  out.push('');
  out.push(report.lints.length === 0 ? c.green(summary(report)) : summary(report));
  return out.join('\n') + '\n';
}

export function renderLintJson(report: LintReport): string {
  const byId: Record<string, number> = {};
  for (const l of report.lints) byId[l.id] = (byId[l.id] ?? 0) + 1;
  return (
    JSON.stringify(
      {
        schemaVersion: LINT_SCHEMA_VERSION,
        kind: 'kflags.lint',
        target: report.target,
        mode: report.mode,
        srctree: report.srctree,
        configurations: report.configurations,
        directories: report.directories,
        lints: report.lints.map((l) => ({
          id: l.id,
          file: l.at.file,
          line: l.at.line,
          dir: l.dir,
          variable: l.variable,
          message: l.message,
          why: l.why,
          flags: l.flags,
          objects: l.objects,
          related: l.related.map((r) => ({ file: r.file, line: r.line, note: r.note })),
          configurations: l.configurations,
        })),
        summary: { total: report.lints.length, byId },
        errors: report.errors,
        notes: report.notes,
      },
      null,
      2,
    ) + '\n'
  );
}
