import pc from 'picocolors';
import { OBJECT_KINDS } from '../kbuild/object-kinds.js';
import type { ObjectKind, PatchInfo, SourceLocation } from './types.js';

/** picocolors' formatter set. */
export type Colors = ReturnType<typeof pc.createColors>;

/** Colors only when the caller asks; the CLI decides from TTY and NO_COLOR. */
export function palette(color: boolean): Colors {
  return pc.createColors(color);
}

export function kindLabel(kind: ObjectKind): string {
  return OBJECT_KINDS[kind].label;
}

export function where(loc: SourceLocation | undefined): string | undefined {
  return loc === undefined ? undefined : `${loc.file}:${loc.line}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function modeText(patch: PatchInfo): string {
  switch (patch.mode) {
    case 'forward':
      return 'applied';
    case 'already-applied':
      return 'already in the tree; "before" is the patch reversed';
    case 'reversed':
      return 'reversed (the tree carries it)';
  }
}

/** Pads to the widest entry, but never so far that one long flag pushes all notes off screen. */
export function padTo(values: readonly string[], cap = 36): number {
  return Math.min(cap, Math.max(0, ...values.map((v) => v.length)));
}

export function pad(value: string, width: number): string {
  return value.length >= width ? value : value + ' '.repeat(width - value.length);
}

/** Markdown inline code that survives backticks inside flags. */
export function mdCode(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const spaced = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${spaced}${fence}`;
}

/** Inside a GFM table cell a pipe must be escaped, even within code. */
export function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** Plain markdown text: escape what would turn into markup. */
export function mdText(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export function headerLines(
  command: string,
  target: string,
  profile: string,
  patch: PatchInfo | undefined,
  c: Colors,
): string[] {
  const out = [`${c.bold(`kflags ${command}`)}  ${target}  ${c.dim('profile')} ${profile}`];
  if (patch) {
    out.push(`${c.dim('patch')}  ${patch.subject ?? patch.source}`);
    out.push(`${c.dim('       ')}${patch.source} -> ${patch.file}: ${modeText(patch)}`);
    for (const note of patch.notes) out.push(`${c.dim('note:')} ${note}`);
  }
  return out;
}

/** The patch part of a JSON document (see SCHEMA.md): every key present, null when unknown. */
export function patchJson(patch: PatchInfo | undefined) {
  return patch
    ? { source: patch.source, subject: patch.subject ?? null, file: patch.file, mode: patch.mode, notes: patch.notes }
    : null;
}
