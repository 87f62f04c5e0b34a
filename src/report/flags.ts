import { headerLines, kindLabel, pad, padTo, palette, plural, where } from './common.js';
import type { FlagOrigin, FlagsReport, ObjectFlags } from './types.js';

export const FLAGS_SCHEMA_VERSION = 1;

function originText(origin: FlagOrigin | undefined, removed: boolean): string | undefined {
  if (!origin) return undefined;
  const at = where(removed ? origin.removedAt : origin.addedAt);
  const parts: string[] = [];
  if (at) parts.push(removed ? `removed at ${at}` : at);
  if (origin.via) parts.push(`via ${origin.via}`);
  return parts.length === 0 ? undefined : parts.join(' ');
}

/** Origins are parallel to flags only when the caller filled them that way; otherwise ignore them. */
function alignedOrigins(obj: ObjectFlags): (FlagOrigin | undefined)[] {
  const origins = obj.origins;
  if (!origins || origins.length !== obj.flags.length) return obj.flags.map(() => undefined);
  return origins.map((o, k) => (o.flag === obj.flags[k] ? o : undefined));
}

/**
 * Each object's flags one per line, numbered like `$(word n,...)`, with
 * where each came from when known, and what was removed on the way.
 * `oneLine` prints the list as it would appear on the compiler's command line.
 */
export function renderFlagsText(report: FlagsReport, opts: { color: boolean; oneLine?: boolean }): string {
  const c = palette(opts.color);
  const out = headerLines('flags', report.target, report.profile, undefined, c);
  for (const note of report.notes ?? []) out.push(`${c.dim('note:')} ${note}`);
  for (const obj of report.objects) {
    out.push('');
    out.push(`${c.bold(obj.object)} (${kindLabel(obj.kind)}), ${plural(obj.flags.length, 'flag')}`);
    if (opts.oneLine) {
      out.push(`  ${obj.flags.join(' ')}`);
    } else {
      const origins = alignedOrigins(obj);
      const width = padTo(obj.flags, 44);
      const numWidth = String(obj.flags.length).length;
      obj.flags.forEach((flag, k) => {
        const num = c.dim(String(k + 1).padStart(numWidth));
        const why = originText(origins[k], false);
        out.push(why ? `  ${num}  ${pad(flag, width)}  ${c.dim(why)}` : `  ${num}  ${flag}`);
      });
    }
    const removed = obj.removed ?? [];
    if (removed.length > 0) {
      out.push(`  ${c.dim('removed on the way:')}`);
      const width = padTo(removed.map((r) => r.flag), 44);
      for (const r of removed) {
        const why = originText(r, true);
        out.push(`    ${c.red(`- ${why ? pad(r.flag, width) : r.flag}`)}${why ? `  ${c.dim(why)}` : ''}`);
      }
    }
    for (const note of obj.notes ?? []) out.push(`  ${c.dim('note:')} ${note}`);
  }
  return out.join('\n') + '\n';
}

function originJson(o: FlagOrigin) {
  return {
    flag: o.flag,
    addedAt: o.addedAt ? { file: o.addedAt.file, line: o.addedAt.line } : null,
    removedAt: o.removedAt ? { file: o.removedAt.file, line: o.removedAt.line } : null,
    via: o.via ?? null,
  };
}

/** Machine-readable flag listing; see SCHEMA.md. */
export function renderFlagsJson(report: FlagsReport): string {
  const doc = {
    schemaVersion: FLAGS_SCHEMA_VERSION,
    kind: 'kflags.flags',
    target: report.target,
    profile: report.profile,
    objects: report.objects.map((obj) => ({
      object: obj.object,
      kind: obj.kind,
      flags: obj.flags,
      origins: obj.origins ? obj.origins.map(originJson) : null,
      removed: (obj.removed ?? []).map(originJson),
      notes: obj.notes ?? [],
    })),
    notes: report.notes ?? [],
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
