// `kflags explain`: one object's flags, each with the assignments that
// brought it in (outermost variable first) and, for a flag that is gone,
// the line and the pattern that took it out.
import { kindLabel, palette, where } from './common.js';
import type { ObjectKind } from './types.js';
import type { SourceLocation } from '../flags/origin.js';
import type { FlagStory, ProvenanceHop } from '../kbuild/explain.js';

export const EXPLAIN_SCHEMA_VERSION = 1;

/** The stories kflags explain tells (src/kbuild/explain.ts). */
export type ExplainHop = ProvenanceHop;
export type ExplainStory = FlagStory;

export interface ExplainReport {
  target: string;
  label: string;
  object: string;
  kind: ObjectKind;
  flags: string[];
  /** One story per flag asked about (--flag), or per flag of the object and per flag removed on the way. */
  stories: ExplainStory[];
  /** File names are shown relative to this directory (the tree). */
  root?: string;
}

function shortPath(loc: SourceLocation | undefined, root: string | undefined): string | undefined {
  if (loc === undefined) return undefined;
  const file = root !== undefined && loc.file.startsWith(root + '/') ? loc.file.slice(root.length + 1) : loc.file;
  return where({ file, line: loc.line });
}

export function renderExplainText(report: ExplainReport, opts: { color: boolean }): string {
  const c = palette(opts.color);
  const out = [`${c.bold('kflags explain')}  ${report.target}  ${report.label}`, '', `${c.bold(report.object)} (${kindLabel(report.kind)}), ${report.flags.length} flags`];
  for (const s of report.stories) {
    out.push('');
    const state = s.copies === 0 ? c.red('not in its flags') : s.copies === 1 ? c.green('in its flags') : c.green(`in its flags, ${s.copies} copies`);
    out.push(`${c.bold(s.flag)}: ${state}`);
    if (s.added.length === 0 && s.copies === 0 && s.removed === undefined) out.push(`  ${c.dim('never in any of the lists its flags are made of')}`);
    else if (s.added.length === 0) out.push(`  ${c.dim('added:   (no assignment found: a built-in word, or one made by a function kflags does not follow)')}`);
    s.added.forEach((chain, n) => {
      let k = 0;
      for (let i = 0; i < chain.length; i++) {
        const h = chain[i];
        const head = k++ > 0 ? '        ' : s.added.length > 1 ? `added ${n + 1}:` : 'added:  ';
        if (h.op === 'environment') {
          // One line for the sub-makes the value was exported through (its text is the whole value).
          let levels = 1;
          while (chain[i + 1]?.op === 'environment' && chain[i + 1].variable === h.variable) {
            levels++;
            i++;
          }
          out.push(`  ${head} ${c.dim(`(environment)  ${h.variable} exported to this sub-make${levels > 1 ? ` through ${levels} makes` : ''}`)}`);
          continue;
        }
        const at = shortPath(h.location, report.root) ?? `(${h.origin})`;
        out.push(`  ${head} ${at}  ${h.variable} ${h.op} ${h.text}`);
      }
    });
    if (s.removed !== undefined) {
      const at = shortPath(s.removed.location, report.root) ?? '(no location)';
      out.push(`  ${c.red('removed:')} ${at}  ${s.removed.variable} ${s.removed.op} ${s.removed.text}${s.removed.pattern !== undefined ? c.dim(`  (pattern ${s.removed.pattern})`) : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

export function renderExplainJson(report: ExplainReport): string {
  const loc = (l: SourceLocation | undefined) => (l === undefined ? null : { file: l.file, line: l.line });
  return (
    JSON.stringify(
      {
        schemaVersion: EXPLAIN_SCHEMA_VERSION,
        kind: 'kflags.explain',
        target: report.target,
        label: report.label,
        object: report.object,
        objectKind: report.kind,
        flags: report.flags,
        stories: report.stories.map((s) => ({
          flag: s.flag,
          copies: s.copies,
          added: s.added.map((chain) => chain.map((h) => ({ variable: h.variable, origin: h.origin, location: loc(h.location), op: h.op, text: h.text }))),
          removed:
            s.removed === undefined
              ? null
              : { variable: s.removed.variable, op: s.removed.op, location: loc(s.removed.location), text: s.removed.text, pattern: s.removed.pattern ?? null },
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
