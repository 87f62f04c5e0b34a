// commands.c set_file_variables(): $< $^ $+ $? $| from a target's list of
// prerequisites, in make's order (one list, order-only entries among the
// normal ones, as read.c record_files() and implicit.c pattern_search()
// build it).
import { archiveMember } from './file-names.js';

/** One entry of a target's prerequisite list (make's struct dep). */
export interface Dep {
  name: string;
  /** `| name`: ignore_mtime. */
  orderOnly: boolean;
  /** Text still waiting for its second expansion (need_2nd_expansion): left out of every variable. */
  pending?: boolean;
}

export interface AutomaticValues {
  '<': string;
  '^': string;
  '+': string;
  '?': string;
  '|': string;
}

/**
 * set_file_variables(): `$<` is the first entry that is not order-only
 * (empty if that one still waits for its second expansion); `$+` every
 * normal entry as listed; `$^` and `$|` each name once, at its first
 * entry, a name both order-only and normal counting as normal (the
 * "upgrade", done after `$+` was computed). An archive member names the
 * member. kflags models no timestamps: `$?` is `$^` (every prerequisite
 * changed), or empty during a second expansion (nothing is checked yet).
 */
export function automaticValues(deps: readonly Dep[], changed = true): AutomaticValues {
  const member = (p: string) => archiveMember(p)?.member ?? p;
  let less = '';
  for (const d of deps) {
    if (d.orderOnly) continue;
    if (!d.pending) less = d.name;
    break;
  }
  const plus: string[] = [];
  for (const d of deps) if (!d.orderOnly && !d.pending) plus.push(member(d.name));
  // The first entry of each name, made normal when any entry of it is.
  const first = new Map<string, Dep>();
  const normal = new Set<string>();
  for (const d of deps) {
    if (d.pending) continue;
    if (!first.has(d.name)) first.set(d.name, d);
    if (!d.orderOnly) normal.add(d.name);
  }
  const caret: string[] = [];
  const bar: string[] = [];
  for (const [name] of first) (normal.has(name) ? caret : bar).push(member(name));
  const c = caret.join(' ');
  return { '<': less, '^': c, '+': plus.join(' '), '?': changed ? c : '', '|': bar.join(' ') };
}
