import { diffArrays } from 'diff';
import { copiesNote } from '../flags/diff.js';
import {
  headerLines,
  kindLabel,
  mdCell,
  mdCode,
  mdText,
  modeText,
  pad,
  padTo,
  palette,
  plural,
  where,
} from './common.js';
import { patchJson } from './common.js';
import type { DiffReport, FlagOrigin, ObjectDiff, SourceLocation } from './types.js';

export const DIFF_SCHEMA_VERSION = 1;

/** One line of an object's change, shared by all three formats. */
interface ChangeRow {
  sign: '-' | '+' | '~';
  flag: string;
  /** Position text: `58` for removed/added, `5 -> 9` for moved. */
  position: string;
  copies?: string;
  /** Where the change came from, when the caller knows. */
  at?: SourceLocation;
  via?: string;
  /** A removed word: where it had been added in the old state (when no removal explains it). */
  addedBefore?: SourceLocation;
}

function takeOrigin(pool: FlagOrigin[] | undefined, flag: string): FlagOrigin | undefined {
  if (!pool) return undefined;
  const k = pool.findIndex((o) => o.flag === flag);
  return k < 0 ? undefined : pool.splice(k, 1)[0];
}

function rowsOf(obj: ObjectDiff): ChangeRow[] {
  const rows: ChangeRow[] = [];
  // Each recorded removal explains one removed copy, in order.
  const removals = obj.afterRemoved?.filter((o) => o.removedAt !== undefined).slice();
  for (const r of obj.diff.removed) {
    const origin = takeOrigin(removals, r.flag);
    const copies = copiesNote(r, 'removed');
    const old = obj.beforeOrigins?.[r.position - 1];
    const before = origin === undefined && old !== undefined && old.flag === r.flag && old.addedAt !== undefined ? old : undefined;
    rows.push({
      sign: '-',
      flag: r.flag,
      position: String(r.position),
      ...(copies === undefined ? {} : { copies }),
      ...(origin?.removedAt === undefined ? {} : { at: origin.removedAt }),
      ...(origin?.via === undefined ? {} : { via: origin.via }),
      ...(before === undefined ? {} : { addedBefore: before.addedAt, via: before.via }),
    });
  }
  for (const a of obj.diff.added) {
    const origin = obj.afterOrigins?.[a.position - 1];
    const useful = origin !== undefined && origin.flag === a.flag ? origin : undefined;
    const copies = copiesNote(a, 'added');
    rows.push({
      sign: '+',
      flag: a.flag,
      position: String(a.position),
      ...(copies === undefined ? {} : { copies }),
      ...(useful?.addedAt === undefined ? {} : { at: useful.addedAt }),
      ...(useful?.via === undefined ? {} : { via: useful.via }),
    });
  }
  for (const m of obj.diff.moved) {
    rows.push({ sign: '~', flag: m.flag, position: `${m.from} -> ${m.to}` });
  }
  return rows;
}

function isChanged(obj: ObjectDiff): boolean {
  return !obj.diff.identical;
}

interface Totals {
  objects: number;
  changed: number;
  removed: number;
  added: number;
  moved: number;
}

function totals(report: DiffReport): Totals {
  const t: Totals = { objects: report.objects.length, changed: 0, removed: 0, added: 0, moved: 0 };
  for (const obj of report.objects) {
    if (isChanged(obj)) t.changed++;
    t.removed += obj.diff.removed.length;
    t.added += obj.diff.added.length;
    t.moved += obj.diff.moved.length;
  }
  return t;
}

function summaryLine(t: Totals): string {
  if (t.changed === 0) return `no flag changes in ${plural(t.objects, 'object')}`;
  return (
    `${t.changed} of ${plural(t.objects, 'object')} changed: ` +
    `${t.removed} removed, ${t.added} added, ${t.moved} moved`
  );
}

function statesLine(report: DiffReport): string | undefined {
  if (report.beforeLabel === undefined && report.afterLabel === undefined) return undefined;
  return `${report.beforeLabel ?? 'before'} -> ${report.afterLabel ?? 'after'}`;
}

/**
 * The diff for a terminal, one block per changed object:
 *
 *     arch/x86/purgatory/purgatory.o (C)
 *       - -flto=thin            pos 58
 *       = 42 flags unchanged
 *
 * Unchanged objects are listed together on one line at the end.
 */
export function renderDiffText(report: DiffReport, opts: { color: boolean }): string {
  const c = palette(opts.color);
  const out = headerLines('diff', report.target, report.profile, report.patch, c);
  const states = statesLine(report);
  if (states) out.push(`${c.dim('states')} ${states}`);
  for (const note of report.notes ?? []) out.push(`${c.dim('note:')} ${note}`);

  const unchanged: ObjectDiff[] = [];
  for (const obj of report.objects) {
    if (!isChanged(obj)) {
      unchanged.push(obj);
      continue;
    }
    out.push('');
    out.push(`${c.bold(obj.object)} (${kindLabel(obj.kind)})`);
    const whole = obj.before.length === 0 ? '+' : obj.after.length === 0 ? '-' : undefined;
    if (whole !== undefined && obj.afterOrigins === undefined && obj.beforeOrigins === undefined) {
      // A new object, or one no longer built (a patch adds or drops its directory): its flags on one line,
      // not a hundred "+" lines (--explain shows where each comes from).
      const flags = whole === '+' ? obj.after : obj.before;
      out.push(`  ${(whole === '+' ? c.green : c.red)(`${whole} ${plural(flags.length, 'flag')}:`)} ${flags.join(' ')}`);
      for (const note of obj.notes ?? []) out.push(`  ${c.dim('note:')} ${note}`);
      continue;
    }
    const rows = rowsOf(obj);
    const width = padTo(rows.map((r) => r.flag));
    const line = (row: ChangeRow) => {
      const color = row.sign === '-' ? c.red : row.sign === '+' ? c.green : c.yellow;
      const details = [`pos ${row.position}`];
      if (row.copies) details.push(row.copies);
      const at = where(row.at);
      const was = where(row.addedBefore);
      if (at) details.push(`${row.sign === '-' ? 'removed at' : 'from'} ${at}${row.via ? ` via ${row.via}` : ''}`);
      else if (was) details.push(`was from ${was}${row.via ? ` via ${row.via}` : ''}`);
      else if (row.via) details.push(`via ${row.via}`);
      return `  ${color(`${row.sign} ${pad(row.flag, width)}`)}  ${c.dim(details.join(', '))}`;
    };
    // Removals and additions in list order, with one kept flag of context
    // on each side (so a reviewer sees what stays next to what goes).
    const pending = rows.filter((r) => r.sign !== '~');
    const take = (sign: '-' | '+', flag: string) => {
      const k = pending.findIndex((r) => r.sign === sign && r.flag === flag);
      return k < 0 ? undefined : pending.splice(k, 1)[0];
    };
    const parts = diffArrays([...obj.before], [...obj.after]);
    parts.forEach((part, i) => {
      if (!part.added && !part.removed) {
        const kept = part.value;
        const context: string[] = [];
        if (i > 0 && kept.length > 0) context.push(kept[0]);
        if (i < parts.length - 1 && kept.length > 0 && (kept.length > 1 || i === 0)) context.push(kept[kept.length - 1]);
        if (i > 0 && i < parts.length - 1 && kept.length > 2) {
          out.push(`    ${c.dim(kept[0])}`);
          out.push(`    ${c.dim('...')}`);
          out.push(`    ${c.dim(kept[kept.length - 1])}`);
        } else {
          for (const flag of context) out.push(`    ${c.dim(flag)}`);
        }
        return;
      }
      for (const flag of part.value) {
        const row = take(part.added ? '+' : '-', flag);
        if (row !== undefined) out.push(line(row));
      }
    });
    for (const row of rows.filter((r) => r.sign === '~')) out.push(line(row));
    for (const row of pending) out.push(line(row));
    out.push(`  ${c.dim(`= ${plural(obj.diff.unchanged, 'flag')} unchanged`)}`);
    for (const note of obj.notes ?? []) out.push(`  ${c.dim('note:')} ${note}`);
  }
  if (unchanged.length > 0) {
    out.push('');
    const names = unchanged.map((o) => `${o.object} (${kindLabel(o.kind)})`).join(', ');
    out.push(`${c.dim('unchanged:')} ${names}`);
    for (const obj of unchanged) for (const note of obj.notes ?? []) out.push(`  ${c.dim(`${obj.object}:`)} ${note}`);
  }
  out.push('');
  out.push(c.bold(summaryLine(totals(report))));
  return out.join('\n') + '\n';
}

/** The diff for a pull request or a mail: a summary table, then a ```diff block per changed object. */
export function renderDiffMarkdown(report: DiffReport): string {
  const out: string[] = [];
  out.push(`## kflags diff: ${mdCode(report.target)} (profile ${mdCode(report.profile)})`, '');
  if (report.patch) {
    const p = report.patch;
    out.push(`Patch: **${mdText(p.subject ?? p.source)}**  `);
    out.push(`${mdCode(p.source)} → ${mdCode(p.file)}: ${mdText(modeText(p))}`, '');
    for (const note of p.notes) out.push(`> ${mdText(note)}`);
    if (p.notes.length > 0) out.push('');
  }
  const states = statesLine(report);
  if (states) out.push(`States: ${mdText(states)}`, '');
  for (const note of report.notes ?? []) out.push(`> ${mdText(note)}`);
  if ((report.notes ?? []).length > 0) out.push('');

  out.push(mdText(summaryLine(totals(report))), '');
  if (report.objects.length > 0) {
    out.push('| object | kind | removed | added | moved | unchanged |');
    out.push('|---|---|---:|---:|---:|---:|');
    for (const obj of report.objects) {
      const d = obj.diff;
      out.push(
        `| ${mdCell(mdCode(obj.object))} | ${kindLabel(obj.kind)} | ${d.removed.length} | ${d.added.length} | ` +
          `${d.moved.length} | ${d.unchanged} |`,
      );
    }
    out.push('');
  }
  for (const obj of report.objects) {
    if (!isChanged(obj) && (obj.notes ?? []).length === 0) continue;
    out.push(`### ${mdCode(obj.object)} (${kindLabel(obj.kind)})`, '');
    if (isChanged(obj)) {
      const rows = rowsOf(obj);
      const width = padTo(rows.map((r) => r.flag));
      // A diff fence gets red/green lines on GitHub and GitLab; `!` shows moves.
      const body = rows.map((row) => {
        const sign = row.sign === '~' ? '!' : row.sign;
        const details = [`pos ${row.position}`];
        if (row.copies) details.push(row.copies);
        const at = where(row.at);
        const was = where(row.addedBefore);
        if (at) details.push(`${row.sign === '-' ? 'removed at' : 'from'} ${at}`);
        else if (was) details.push(`was from ${was}`);
        return `${sign} ${pad(row.flag, width)}  (${details.join(', ')})`;
      });
      body.push(`  = ${plural(obj.diff.unchanged, 'flag')} unchanged`);
      const fence = body.some((l) => l.includes('```')) ? '~~~~' : '```';
      out.push(`${fence}diff`, ...body, fence, '');
    }
    for (const note of obj.notes ?? []) out.push(`- ${mdText(note)}`);
    if ((obj.notes ?? []).length > 0) out.push('');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

function locJson(loc: SourceLocation | undefined): { file: string; line: number } | null {
  return loc === undefined ? null : { file: loc.file, line: loc.line };
}

/**
 * Machine-readable diff; the schema is documented in SCHEMA.md and versioned
 * by `schemaVersion`. Absent values are `null`, never missing keys.
 */
export function renderDiffJson(report: DiffReport): string {
  const t = totals(report);
  const doc = {
    schemaVersion: DIFF_SCHEMA_VERSION,
    kind: 'kflags.diff',
    target: report.target,
    profile: report.profile,
    patch: patchJson(report.patch),
    beforeLabel: report.beforeLabel ?? null,
    afterLabel: report.afterLabel ?? null,
    summary: { objects: t.objects, changed: t.changed, removed: t.removed, added: t.added, moved: t.moved },
    objects: report.objects.map((obj) => {
      const rows = rowsOf(obj);
      const removedRows = rows.filter((r) => r.sign === '-');
      const addedRows = rows.filter((r) => r.sign === '+');
      return {
        object: obj.object,
        kind: obj.kind,
        changed: isChanged(obj),
        before: obj.before,
        after: obj.after,
        removed: obj.diff.removed.map((r, k) => ({
          flag: r.flag,
          position: r.position,
          copiesBefore: r.copiesBefore,
          copiesAfter: r.copiesAfter,
          removedAt: locJson(removedRows[k]?.at),
          addedBeforeAt: locJson(removedRows[k]?.addedBefore),
          via: removedRows[k]?.via ?? null,
        })),
        added: obj.diff.added.map((a, k) => ({
          flag: a.flag,
          position: a.position,
          copiesBefore: a.copiesBefore,
          copiesAfter: a.copiesAfter,
          addedAt: locJson(addedRows[k]?.at),
          via: addedRows[k]?.via ?? null,
        })),
        moved: obj.diff.moved.map((m) => ({ flag: m.flag, from: m.from, to: m.to })),
        unchanged: obj.diff.unchanged,
        notes: obj.notes ?? [],
      };
    }),
    notes: report.notes ?? [],
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
