// Where a flag came from and where it went: the way each word of an
// object's flags came in, from the engine's provenance (src/eval/
// provenance.ts), and the filter-out or CFLAGS_REMOVE_ that took one away,
// found by replaying the recorded history of the variables that make up
// c_flags/a_flags in the object's context.
import type { Evaluation } from '../eval/evaluate.js';
import type { Assignment, Variable } from '../eval/variables.js';
import { splitWords } from '../eval/words.js';
import { compilePattern, patternMatches } from '../eval/patterns.js';
import type { FlagOrigin, SourceLocation } from '../flags/origin.js';
import type { ObjectFlags, ObjectKind } from './model.js';
import { OBJECT_KINDS } from './object-kinds.js';
import { removalsOf, writtenAt, type ProvenanceStep, type WordProvenance } from '../eval/provenance.js';

const C_SOURCES = (stem: string) => [
  'KBUILD_CPPFLAGS',
  'KBUILD_CFLAGS',
  'ccflags-y',
  `CFLAGS_${stem}.o`,
  'NOSTDINC_FLAGS',
  'LINUXINCLUDE',
  'KBUILD_CFLAGS_KERNEL',
  'KBUILD_CFLAGS_MODULE',
];
const ASM_SOURCES = (stem: string) => [
  'KBUILD_CPPFLAGS',
  'KBUILD_AFLAGS',
  'asflags-y',
  `AFLAGS_${stem}.o`,
  'NOSTDINC_FLAGS',
  'LINUXINCLUDE',
  'KBUILD_AFLAGS_KERNEL',
  'KBUILD_AFLAGS_MODULE',
];
const REMOVERS = (stem: string, kind: ObjectKind) =>
  kind === 'c' ? [`CFLAGS_REMOVE_${stem}.o`, 'ccflags-remove-y'] : [`AFLAGS_REMOVE_${stem}.o`, 'asflags-remove-y'];

const toLocation = (v: { location?: { file: string; line: number } }): SourceLocation | undefined =>
  v.location ? { file: v.location.file, line: v.location.line } : undefined;

/** One hop of a flag's way into an object's flags: the assignment to `variable` that brought it in. */
export interface ProvenanceHop {
  variable: string;
  /** The variable's origin (file, command line, environment, ...). */
  origin: string;
  location?: SourceLocation;
  op: string;
  /** The assignment's text as written. */
  text: string;
}

/** A flag's story for one object: how it came in (outermost variable first), and what took it out. */
export interface FlagStory {
  flag: string;
  /** How many copies the object has. */
  copies: number;
  /** One chain per copy in the object's flags, then one for a copy a function dropped on the way; outermost first. */
  added: ProvenanceHop[][];
  removed?: { variable: string; op: string; location?: SourceLocation; via: string; text: string; pattern?: string };
}

export class Explainer {
  private readonly cache = new Map<string, string[]>();

  /**
   * `parent`: the make that exported the directory's environment (tree
   * mode's top level). A variable the directory took from its environment
   * (KBUILD_CFLAGS) is explained by its history there.
   */
  constructor(
    private readonly evaluation: Evaluation,
    private readonly obj: string,
    private readonly parent?: Evaluation,
  ) {
    // Explanations replay every assignment: without them they would say nothing, silently.
    if (!evaluation.hasHistory || (parent !== undefined && !parent.hasHistory)) {
      throw new Error('kflags: an explanation needs an evaluation that kept its history (evaluate with history: true)');
    }
  }

  private readonly traced = new Map<string, { words: WordProvenance[]; derivation: ReturnType<Evaluation['derivation']> }>();

  /** The engine's provenance of every word of an object's flag list (c_flags or a_flags in its context). */
  private provenance(object: ObjectFlags) {
    let t = this.traced.get(object.object);
    if (t === undefined) {
      const kind = OBJECT_KINDS[object.kind];
      const text = (object.rule === undefined ? undefined : kind.commandFlags?.[object.rule]) ?? kind.flags;
      try {
        const r = this.evaluation.provenance(text, { target: object.object });
        t = { words: r.words, derivation: this.evaluation.derivation() };
      } catch {
        t = { words: [], derivation: undefined };
      }
      this.traced.set(object.object, t);
    }
    return t;
  }

  /**
   * A word's way as hops: its assignments, from the first list the
   * object's flags are made of (KBUILD_CFLAGS, ccflags-y, CFLAGS_<obj>.o...;
   * Kbuild's own c_flags plumbing above it is left out).
   */
  private hops(steps: ProvenanceStep[], stem: string, kind: ObjectKind): ProvenanceHop[] {
    const lists = new Set([...(kind === 'asm' ? ASM_SOURCES(stem) : C_SOURCES(stem)), ...REMOVERS(stem, kind)]);
    const first = steps.findIndex((s) => (s.kind === 'assignment' || s.kind === 'reference') && lists.has(s.variable));
    const out: ProvenanceHop[] = [];
    for (const s of first < 0 ? steps : steps.slice(first)) {
      // A call's arguments and loop variables are the text around the call: already a hop.
      if (s.kind !== 'assignment' || s.origin === 'automatic') continue;
      const hop: ProvenanceHop = { variable: s.variable, origin: s.origin, op: s.op, text: s.text };
      if (s.location !== undefined) hop.location = { file: s.location.file, line: s.location.line };
      out.push(hop);
    }
    return out;
  }

  /** The words of the object's flag list that are `flag` (as the compiler gets it: shell quotes removed). */
  private copiesOf(flag: string, object: ObjectFlags): WordProvenance[] {
    const matches = (words: WordProvenance[]) => words.filter((w) => w.word === flag || (/['"\\]/.test(w.word) && unquote(w.word) === flag));
    const inFlags = matches(this.provenance(object).words);
    if (inFlags.length > 0 || this.parent === undefined) return inFlags;
    // In tree mode the flags are the compile command's words: `-c` and the like are written in the command itself.
    return matches(this.commandWords(object));
  }

  private readonly commands = new Map<string, WordProvenance[]>();

  /** The words of the object's compile command (cmd_cc_o_c, cmd_as_o_S, ...) in its context, with their provenance. */
  private commandWords(object: ObjectFlags): WordProvenance[] {
    let words = this.commands.get(object.object);
    if (words === undefined) {
      try {
        words = this.evaluation.provenance(`$(cmd_${object.rule ?? OBJECT_KINDS[object.kind].commands[0]})`, { target: object.object, implicit: true }).words;
      } catch {
        words = [];
      }
      this.commands.set(object.object, words);
    }
    return words;
  }

  /**
   * The engine's chains for each copy of `flag` in the object's flags,
   * then for a copy that a function (filter-out) dropped on the way.
   */
  private engineChains(flag: string, object: ObjectFlags): ProvenanceHop[][] {
    const stem = this.stem(object.object);
    const t = this.provenance(object);
    const chains = this.copiesOf(flag, object).map((w) => this.hops(w.steps, stem, object.kind));
    const removal = t.derivation === undefined ? undefined : removalsOf(t.derivation, flag)[0];
    if (removal !== undefined) chains.push(this.hops(removal.before, stem, object.kind));
    return chains.filter((c) => c.length > 0);
  }

  /** The nth copy's origin by the engine: where it was written, and the variables it came through. */
  private engineOrigin(flag: string, object: ObjectFlags, nth: number): FlagOrigin | undefined {
    const w = this.copiesOf(flag, object)[nth];
    if (w === undefined) return undefined;
    const chain = this.hops(w.steps, this.stem(object.object), object.kind);
    if (chain.length === 0) return undefined;
    const names = chain.map((h) => h.variable).filter((name, i, all) => i === 0 || all[i - 1] !== name);
    const at = writtenAt(w.steps);
    return { flag, addedAt: at === undefined ? undefined : { file: at.file, line: at.line }, via: names.join(' <- ') };
  }

  private words(text: string, target: string | undefined, ev: Evaluation = this.evaluation): string[] {
    const key = `${ev === this.evaluation ? '' : 'parent'}\u0000${target ?? ''}\u0000${text}`;
    let w = this.cache.get(key);
    if (w === undefined) {
      try {
        w = splitWords(target === undefined ? ev.expand(text) : ev.expand(text, { target }));
      } catch {
        w = [];
      }
      this.cache.set(key, w);
    }
    return w;
  }

  private stem(object: string): string {
    return object.slice(this.obj.length + 1).replace(/\.o$/, '');
  }

  /** The origin of every flag of an object (parallel to its flag list). */
  origins(object: ObjectFlags): FlagOrigin[] {
    const seen = new Map<string, number>();
    return object.flags.map((flag) => {
      const nth = seen.get(flag) ?? 0;
      seen.set(flag, nth + 1);
      return this.engineOrigin(flag, object, nth) ?? { flag };
    });
  }

  /** The whole story of one flag for one object: every hop that added it, and what removed it if it is gone. */
  story(flag: string, object: ObjectFlags): FlagStory {
    const added = this.engineChains(flag, object);
    const copies = object.flags.filter((x) => x === flag).length;
    const removal = this.removalStep(flag, object);
    return { flag, copies, added, ...(removal === undefined ? {} : { removed: removal }) };
  }

  /**
   * Where a flag that an object does not have was taken away: a
   * `VAR := $(filter-out ...)` reassignment, or the object's removal lists.
   */
  removal(flag: string, object: ObjectFlags): FlagOrigin | undefined {
    const step = this.removalStep(flag, object);
    return step === undefined ? undefined : { flag, removedAt: step.location, via: step.via };
  }

  /** The assignment that took `flag` out on the way to the object, with the pattern that matched it. */
  private removalStep(flag: string, object: ObjectFlags): FlagStory['removed'] {
    for (const { name, step, before, after } of this.filterOutSteps(object)) {
      if (count(before, flag) > count(after, flag)) {
        const patternsText = filterOutPatterns(step.text);
        const pattern = patternsText === undefined ? undefined : this.words(patternsText, object.object).find((p) => patternMatches(compilePattern(p), flag));
        return { variable: name, op: step.op, location: toLocation(step), via: `${name} := $(filter-out ...)`, text: step.text, ...(pattern === undefined ? {} : { pattern }) };
      }
    }
    for (const name of REMOVERS(this.stem(object.object), object.kind)) {
      const v = this.evaluation.variableForTarget(name, object.object);
      if (v === undefined) continue;
      for (const step of v.history ?? []) {
        const pattern = this.words(step.text, object.object).find((p) => patternMatches(compilePattern(p), flag));
        if (pattern !== undefined) return { variable: name, op: step.op, location: toLocation(step), via: name, text: step.text, pattern };
      }
    }
    return undefined;
  }

  /**
   * Every word that a `VAR := $(filter-out ...)` reassignment took out of
   * one of the object's source variables, with the line that did it.
   */
  filteredOut(object: ObjectFlags): FlagOrigin[] {
    const out: FlagOrigin[] = [];
    for (const { name, step, before, after } of this.filterOutSteps(object)) {
      const kept = new Set(after);
      for (const flag of before) {
        if (!kept.has(flag)) out.push({ flag, removedAt: toLocation(step), via: `${name} := $(filter-out ...)` });
      }
    }
    return out;
  }

  /**
   * What was taken away on the way to an object's flags: words of its
   * source variables that it does not have, with the line that removed each.
   */
  removedOnTheWay(object: ObjectFlags): FlagOrigin[] {
    const stem = this.stem(object.object);
    const sources = object.kind === 'asm' ? ASM_SOURCES(stem) : C_SOURCES(stem);
    const have = new Set(object.flags);
    const out = this.filteredOut(object).filter((o) => !have.has(o.flag));
    const seen = new Set(out.map((o) => o.flag));
    // The lists that removals apply to (the _KERNEL/_MODULE pairs are chosen, not filtered).
    for (const name of sources.slice(0, 4)) {
      for (const flag of this.words(`$(${name})`, object.object)) {
        if (have.has(flag) || seen.has(flag)) continue;
        seen.add(flag);
        out.push(this.removal(flag, object) ?? { flag });
      }
    }
    return out;
  }

  /** Each `VAR := $(filter-out ...)` step of the object's source variables, with the words before and after it. */
  private *filterOutSteps(object: ObjectFlags): Generator<{ name: string; step: Assignment; before: string[]; after: string[] }> {
    const stem = this.stem(object.object);
    for (const name of object.kind === 'asm' ? ASM_SOURCES(stem) : C_SOURCES(stem)) {
      const v = this.evaluation.variableForTarget(name, object.object);
      const history = v?.history ?? [];
      for (let i = 0; i < history.length; i++) {
        const step = history[i];
        if (!/filter-out/.test(step.text)) continue;
        const before = this.previousWords(v!, i, object.object);
        if (before !== undefined) yield { name, step, before, after: this.valueWords(step.value, v!, object.object) };
      }
    }
  }

  /** The words of `v` before step `i`: the step before, or for the first, what the parent exported. */
  private previousWords(v: Variable, i: number, target: string): string[] | undefined {
    const history = v.history ?? [];
    if (i > 0) return this.valueWords(history[i - 1].value, v, target);
    if (this.parent === undefined || this.parent.interpreter.global.get(v.name) === undefined) return undefined;
    return this.words(`$(${v.name})`, undefined, this.parent);
  }

  private valueWords(value: string, v: Variable, target: string): string[] {
    return v.flavor === 'simple' ? splitWords(value) : this.words(value, target);
  }
}

/** One make word as the shell passes it on: quotes and backslashes removed. */
function unquote(word: string): string {
  return word.replace(/'([^']*)'|"((?:[^"\\]|\\.)*)"|\\(.)/g, (_m, single?: string, double?: string, escaped?: string) =>
    single ?? (double !== undefined ? double.replace(/\\([$`"\\\n])/g, '$1') : (escaped ?? '')),
  );
}

const count = (words: string[], w: string) => words.filter((x) => x === w).length;

/** The first argument of the `$(filter-out PATTERNS,TEXT)` in an assignment's text, as written. */
function filterOutPatterns(text: string): string | undefined {
  const m = /\$([({])filter-out\s+/.exec(text);
  if (m === null) return undefined;
  let depth = 0;
  for (let i = m.index + m[0].length; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    else if (c === ',' && depth === 0) return text.slice(m.index + m[0].length, i);
  }
  return undefined;
}
