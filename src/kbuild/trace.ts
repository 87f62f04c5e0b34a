// `kflags trace`: a variable's value after every line that changed it, in
// the order make read them, with the words each line added and removed,
// and the assignments a false conditional skipped (with what it tested).
// Across makes (tree mode: the top level, then the directory's sub-make),
// a variable the sub-make received from its environment is followed there.
import type { Evaluation } from '../eval/evaluate.js';
import type { ConditionalWhy, SkippedAssignment } from '../eval/reader.js';
import type { Location } from '../syntax/ast.js';
import type { Variable } from '../eval/variables.js';
import { splitWords } from '../eval/words.js';
import { diffFlags } from '../flags/diff.js';

export interface TraceSource {
  /** Which make read it: "top level", "arch/x86/purgatory" ... */
  label: string;
  evaluation: Evaluation;
  skipped: SkippedAssignment[];
}

export interface TraceStep {
  make: string;
  kind: 'assigned' | 'skipped' | 'inherited';
  location?: Location;
  op: string;
  /** The line's value as written. */
  text: string;
  /** The variable's words after this step (unchanged for a skipped line). */
  words: string[];
  added: string[];
  removed: string[];
  conditional?: ConditionalWhy;
}

export interface VariableTrace {
  name: string;
  flavor: string;
  origin: string;
  steps: TraceStep[];
  /** The final value's words. */
  words: string[];
}

function expandedWords(ev: Evaluation, v: Variable, value: string): string[] {
  if (v.flavor === 'simple') return splitWords(value);
  try {
    return splitWords(ev.expand(value));
  } catch {
    // A value that cannot be expanded on its own (it refers to itself, or stops make): its text's words.
    return splitWords(value);
  }
}

export function traceVariable(name: string, sources: TraceSource[]): VariableTrace | undefined {
  const steps: TraceStep[] = [];
  let words: string[] = [];
  let last: Variable | undefined;
  for (const source of sources) {
    const ev = source.evaluation;
    if (!ev.hasHistory) throw new Error('kflags: a trace needs an evaluation that kept its history (evaluate with history: true)');
    const v = ev.interpreter.global.get(name);
    const entries: TraceStep[] = [];
    if (v !== undefined && (v.origin === 'environment' || v.origin === 'environment override') && steps.length > 0) {
      const inherited = splitWords(ev.expand(`$(${name})`));
      entries.push({ make: source.label, kind: 'inherited', op: 'environment', text: '', words: inherited, added: [], removed: [] });
    }
    // A skipped line goes after the assignments the variable had when it was read.
    const skipped = source.skipped.filter((k) => k.name === name);
    const skippedAfter = (n: number) =>
      skipped
        .filter((k) => k.after === n)
        .map(
          (k): TraceStep => ({ make: source.label, kind: 'skipped', location: k.location, op: k.op, text: k.value, words: [], added: [], removed: [], ...(k.conditional ? { conditional: k.conditional } : {}) }),
        );
    const history = v?.history ?? [];
    entries.push(...skippedAfter(0));
    history.forEach((h, n) => {
      entries.push({ make: source.label, kind: 'assigned', location: h.location, op: h.op, text: h.text, words: expandedWords(ev, v!, h.value), added: [], removed: [] });
      entries.push(...skippedAfter(n + 1));
    });
    for (const step of entries) {
      if (step.kind === 'skipped') {
        step.words = words;
      } else {
        const d = diffFlags(words, step.words);
        step.added = d.added.map((x) => x.flag);
        step.removed = d.removed.map((x) => x.flag);
        words = step.words;
      }
      steps.push(step);
    }
    if (v !== undefined) last = v;
  }
  if (last === undefined && steps.length === 0) return undefined;
  return { name, flavor: last?.flavor ?? 'undefined', origin: last?.origin ?? 'undefined', steps, words };
}
