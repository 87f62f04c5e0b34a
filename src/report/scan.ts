// `kflags scan`: a whole build's objects, or the objects whose commands
// differ between two trees or two configs.
import { kindLabel, palette, plural } from './common.js';
import type { ObjectKind } from './types.js';
import type { FlagDiff } from '../flags/diff.js';

export const SCAN_SCHEMA_VERSION = 1;

export interface ScanObjectReport {
  object: string;
  source: string;
  kind: ObjectKind;
  command: string;
  flags: string[];
}

export interface ScanSideReport {
  srctree: string;
  config: string;
  release: string;
  directories: { dir: string; objects: ScanObjectReport[] }[];
  errors: { dir: string; message: string }[];
  probes: { total: number; bySource: Record<string, number>; unknown: string[] };
  /** What Kconfig's olddefconfig changed in the .config first (null: it did not run). */
  kconfig: { changes: { symbol: string; from?: string; to?: string }[]; unknownShell: string[] } | null;
}

export interface ScanChange {
  object: string;
  kind: ObjectKind;
  /** changed | added (only after) | removed (only before) */
  change: 'changed' | 'added' | 'removed';
  diff?: FlagDiff;
}

export interface ScanReport {
  compiler: string;
  allowShell: boolean;
  sides: ScanSideReport[];
  /** With two sides: the objects whose compiler words differ. */
  changes?: ScanChange[];
}

function sideSummary(side: ScanSideReport): string {
  const objects = side.directories.reduce((n, d) => n + d.objects.length, 0);
  const counts = Object.entries(side.probes.bySource)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  return `${side.srctree} (${side.release}) config ${side.config}: ${plural(side.directories.length, 'directory', 'directories')}, ${plural(objects, 'object')}, ${plural(side.probes.total, 'probe')}${counts ? ` (${counts})` : ''}`;
}

export function renderScanText(report: ScanReport, opts: { color: boolean }): string {
  const c = palette(opts.color);
  const out = [`${c.bold('kflags scan')}  compiler ${report.compiler}${report.allowShell ? ' (probes run for real)' : ' (model)'}`];
  for (const side of report.sides) {
    out.push(sideSummary(side));
    for (const e of side.errors) out.push(c.red(`  error in ${e.dir}: ${e.message}`));
    if (side.probes.unknown.length > 0) {
      out.push(c.yellow(`  ${plural(side.probes.unknown.length, 'probe')} unknown to the model (answered as failed; --allow-shell runs them):`));
      for (const u of side.probes.unknown) out.push(c.yellow(`    ${u}`));
    }
  }
  if (report.changes === undefined) {
    out.push('');
    for (const side of report.sides) {
      for (const d of side.directories) {
        if (d.objects.length === 0) continue;
        out.push(`${d.dir}: ${d.objects.map((o) => o.object.slice(d.dir.length + 1)).join(' ')}`);
      }
    }
    return out.join('\n') + '\n';
  }
  out.push('');
  const changed = report.changes.filter((ch) => ch.change === 'changed');
  for (const ch of report.changes) {
    if (ch.change !== 'changed') {
      out.push(`${ch.change === 'added' ? c.green('+') : c.red('-')} ${ch.object} (${kindLabel(ch.kind)}) ${ch.change === 'added' ? 'built only after' : 'built only before'}`);
      continue;
    }
    const d = ch.diff!;
    const parts = [
      d.removed.length > 0 ? c.red(`-${d.removed.length}`) : '',
      d.added.length > 0 ? c.green(`+${d.added.length}`) : '',
      d.moved.length > 0 ? `~${d.moved.length}` : '',
    ].filter(Boolean);
    const words = [...d.removed.map((r) => c.red(`-${r.flag}`)), ...d.added.map((a) => c.green(`+${a.flag}`))].slice(0, 8).join(' ');
    out.push(`  ${ch.object} (${kindLabel(ch.kind)}) ${parts.join(' ')}  ${words}${d.removed.length + d.added.length > 8 ? ' ...' : ''}`);
  }
  out.push('');
  out.push(
    `${plural(changed.length, 'object')} changed, ${report.changes.filter((x) => x.change === 'added').length} only after, ${report.changes.filter((x) => x.change === 'removed').length} only before`,
  );
  return out.join('\n') + '\n';
}

export function renderScanJson(report: ScanReport): string {
  return JSON.stringify({ schemaVersion: SCAN_SCHEMA_VERSION, kind: 'kflags.scan', ...report, changes: report.changes ?? null }, null, 2) + '\n';
}
