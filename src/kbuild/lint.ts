// Kbuild-aware lints: mistakes in how a directory's makefile adds and
// removes compiler flags, found by evaluating it (kflags' engine: variable
// histories, expansions in each object's context), never by reading text.
//
//   reset-drops-inherited   `KBUILD_CFLAGS := ...` (or KBUILD_AFLAGS) that
//                           throws away words the top level added
//   removed-then-added      a flag filtered out, then added back for the same object
//   added-then-removed      a flag the directory adds, then takes away again
//   removal-matches-nothing a filter-out / *_REMOVE pattern that never matches
//   removal-c-only          a flag removed from the C flags that the
//                           assembler objects of the directory keep
//   foreign-source-removals an object built from another directory's source
//                           that keeps a flag its siblings remove
//
// A directory is linted under one configuration at a time (DirectoryState);
// a LintCollector merges the findings of several configurations (the
// bundled profiles, or the .configs given with a real tree).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Evaluation } from '../eval/evaluate.js';
import type { Variable } from '../eval/variables.js';
import { splitWords } from '../eval/words.js';
import { compilePattern, patternMatches, type Pattern } from '../eval/patterns.js';
import { parseExpansion } from '../syntax/parse.js';
import type { ExpansionAst } from '../syntax/ast.js';
import type { ObjectKind } from './object-kinds.js';
import type { TreeOptions } from './tree/tree.js';
import { buildVariable } from './tree/environment.js';

/** A kernel object (C or assembler): what the lints are about. */
const kernelObject = <T extends { kind: ObjectKind }>(o: T): o is T & { kind: 'c' | 'asm' } => o.kind === 'c' || o.kind === 'asm';

export type LintId =
  | 'reset-drops-inherited'
  | 'removed-then-added'
  | 'added-then-removed'
  | 'removal-matches-nothing'
  | 'removal-c-only'
  | 'foreign-source-removals';

export const LINT_IDS: LintId[] = [
  'reset-drops-inherited',
  'removed-then-added',
  'added-then-removed',
  'removal-matches-nothing',
  'removal-c-only',
  'foreign-source-removals',
];

/** Why each lint matters, in one line. */
export const LINT_WHY: Record<LintId, string> = {
  'reset-drops-inherited':
    'flags the top level adds for every object (toolchain, code model, mitigations, warnings) are lost here unless the directory re-adds them; lost toolchain flags have needed kernel fixes before',
  'removed-then-added': 'for this flag the removal has no effect, since the flag comes back: either it should stay or it should not be added back',
  'added-then-removed': 'the directory adds a flag and takes it away again: one of the two lines is dead or wrong',
  'removal-matches-nothing':
    'a removal that matches no flag under any configuration tried is dead, or misspelt (a flag with a value needs =%, e.g. -fprofile-use=%)',
  'removal-c-only': 'the assembler objects of the directory keep a flag its C objects lose: KBUILD_AFLAGS (or asflags-remove-y) needs the same removal',
  'foreign-source-removals':
    "an object compiled from another directory's source gets its flags here: it keeps a flag that every sibling removes, as if the removal list had not been copied for it",
};

export interface LintLocation {
  file: string;
  line: number;
}

export interface Lint {
  id: LintId;
  /** The line the lint is about. */
  at: LintLocation;
  /** $(obj) of the directory. */
  dir: string;
  message: string;
  why: string;
  /** The variable assigned or read at that line (KBUILD_CFLAGS, CFLAGS_REMOVE_x.o...), if one. */
  variable: string | null;
  /** The flags (or patterns) concerned. */
  flags: string[];
  /** The objects concerned (empty when it is about the whole directory). */
  objects: string[];
  /** The other lines involved (the line that adds back, the sibling's removal...). */
  related: (LintLocation & { note: string })[];
  /** The configurations under which it fired. */
  configurations: string[];
}

/** An object as the lints see it. */
export interface LintObject {
  /** $(obj)/name.o */
  object: string;
  /** The kernel's objects only (host programs' flags are not Kbuild's c_flags / a_flags). */
  kind: 'c' | 'asm';
  /** The flags the compiler gets. */
  flags: string[];
  /** The source it is compiled from, when it lies in another directory (an explicit rule naming it). */
  foreignSource?: string;
}

/** One directory evaluated under one configuration. */
export interface DirectoryState {
  configuration: string;
  /** $(obj) */
  dir: string;
  evaluation: Evaluation;
  objects: LintObject[];
  /** True for the directory's own makefiles (not Kbuild's, not the top level's, not generated files). */
  isDirectoryFile: (file: string) => boolean;
  /**
   * The value (text) a variable had before anything was read for the
   * directory, when its history does not show it: what the sub-make got
   * from its environment (the top level's export).
   */
  inherited: (name: string) => string | undefined;
  /** How a file is shown (relative to the tree). */
  display?: (file: string) => string;
}

// ------------------------------------------------------------ helpers

type Words = string[];

const SIMPLE_OPS = new Set([':=', '::=', ':::=']);
const RESET_OPS = new Set(['=', ':=', '::=', ':::=']);

interface Step {
  file: string;
  line: number;
  op: string;
  text: string;
  before: Words;
  after: Words;
  /** Patterns of the filter-out calls in the step's text. */
  patterns: { pattern: string; compiled: Pattern }[];
  /** The text refers to the variable itself. */
  selfRef: boolean;
  index: number;
}

/** The parts of an expansion, calls' arguments included, depth first. */
function* walk(parts: ExpansionAst): Generator<ExpansionAst[number]> {
  for (const p of parts) {
    yield p;
    if (typeof p !== 'string' && p.type === 'Call') {
      for (const a of p.args) yield* walk(a.parts ?? safeParse(a.text));
    }
  }
}

function safeParse(text: string): ExpansionAst {
  try {
    return parseExpansion(text);
  } catch {
    return [];
  }
}

/** Variable names referenced as $(NAME) / $(NAME:a=b) in a text, at any depth. */
function references(text: string): string[] {
  const out: string[] = [];
  for (const p of walk(safeParse(text))) {
    if (typeof p !== 'string' && p.type === 'Reference' && p.name !== null) out.push(p.name.split(':')[0]);
  }
  return out;
}

const count = (words: Words, w: string) => {
  let n = 0;
  for (const x of words) if (x === w) n++;
  return n;
};

class DirectoryLinter {
  private readonly ev: Evaluation;
  private readonly cache = new Map<string, Words>();
  readonly lints: FoundLint[] = [];
  /** Removal patterns seen: key -> matched anything. */
  readonly patterns = new Map<string, PatternSite>();

  constructor(private readonly state: DirectoryState) {
    this.ev = state.evaluation;
  }

  private show(file: string): string {
    return this.state.display ? this.state.display(file) : file;
  }

  private loc(l: { file: string; line: number }): LintLocation {
    return { file: this.show(l.file), line: l.line };
  }

  private words(text: string, target?: string): Words {
    const key = `${target ?? ''}\u0000${text}`;
    let w = this.cache.get(key);
    if (w === undefined) {
      try {
        w = splitWords(target === undefined ? this.ev.expand(text) : this.ev.expand(text, { target, implicit: true }));
      } catch {
        w = [];
      }
      this.cache.set(key, w);
    }
    return w;
  }

  private variable(name: string, target?: string): Variable | undefined {
    return target === undefined ? this.ev.interpreter.global.get(name) : this.ev.variableForTarget(name, target);
  }

  private inDirectory(l: { file: string } | undefined): l is { file: string; line: number } {
    return l !== undefined && this.state.isDirectoryFile(l.file);
  }

  /** The directory's own assignments to a variable, each with the words before and after it. */
  steps(name: string, target?: string): Step[] {
    const v = this.variable(name, target);
    const history = v?.history ?? [];
    if (!history.some((s) => this.inDirectory(s.location))) return [];
    const global = this.ev.interpreter.global.get(name);
    const targetSpecific = target !== undefined && v !== global;
    let flavor: 'simple' | 'recursive' = 'recursive';
    let previous: Words;
    if (targetSpecific) previous = this.words(`$(${name})`);
    else {
      const inherited = this.state.inherited(name);
      previous = inherited === undefined ? [] : splitWords(inherited);
    }
    const out: Step[] = [];
    history.forEach((s, index) => {
      if (SIMPLE_OPS.has(s.op)) flavor = 'simple';
      else if (s.op === '=') flavor = 'recursive';
      const after = flavor === 'simple' ? splitWords(s.value) : this.words(s.value, target);
      if (this.inDirectory(s.location)) {
        const patterns: Step['patterns'] = [];
        let selfRef = false;
        for (const p of walk(safeParse(s.text))) {
          if (typeof p === 'string') continue;
          if (p.type === 'Reference' && p.name !== null && p.name.split(':')[0] === name) selfRef = true;
          if (p.type === 'Call' && p.name === 'filter-out' && p.args.length >= 2) {
            for (const w of this.words(p.args[0].text, target)) patterns.push({ pattern: w, compiled: compilePattern(w) });
          }
        }
        out.push({ file: s.location.file, line: s.location.line, op: s.op, text: s.text, before: previous, after, patterns, selfRef, index });
      }
      previous = after;
    });
    return out;
  }

  /**
   * Where a word of a value was written: the step of a referenced variable
   * that brings it in, followed a few levels down; else the line itself.
   */
  origin(text: string, word: string, at: { file: string; line: number }, target?: string, depth = 0): { file: string; line: number } {
    if (depth >= 5) return at;
    for (const ref of references(text)) {
      const v = this.variable(ref, target);
      if (v === undefined || !this.words(`$(${ref})`, target).includes(word)) continue;
      for (const s of v.history ?? []) {
        // Followed only through the directory's own lines: a pattern that names
        // $(CC_FLAGS_LTO) is the directory's line, not the top level's.
        if (!this.inDirectory(s.location)) continue;
        if (!this.words(s.text, target).includes(word)) continue;
        return this.origin(s.text, word, s.location, target, depth + 1);
      }
    }
    return at;
  }

  private add(l: Omit<FoundLint, 'why' | 'configurations' | 'dir'>): void {
    this.lints.push({ ...l, dir: this.state.dir, why: LINT_WHY[l.id], configurations: [this.state.configuration] });
  }

  private notePattern(site: { file: string; line: number }, pattern: string, via: string, matched: boolean, nearMiss: Words, object?: string): void {
    const at = this.loc(site);
    const key = `${at.file}:${at.line}\u0000${pattern}`;
    let p = this.patterns.get(key);
    if (p === undefined) {
      p = { at, pattern, via, matched: false, nearMiss: new Set(), objects: new Set(), configurations: new Set() };
      this.patterns.set(key, p);
    }
    p.matched ||= matched;
    for (const w of nearMiss) p.nearMiss.add(w);
    if (object !== undefined) p.objects.add(object);
    p.configurations.add(this.state.configuration);
  }

  run(): void {
    const objects = this.state.objects;
    const cObjects = objects.filter((o) => o.kind === 'c');
    const asmObjects = objects.filter((o) => o.kind === 'asm');

    // 1. Resets of the inherited flags.
    const clangFlags = new Set(this.words('$(CLANG_FLAGS)'));
    for (const name of ['KBUILD_CFLAGS', 'KBUILD_AFLAGS', 'KBUILD_CPPFLAGS']) {
      for (const s of this.steps(name)) {
        if (!RESET_OPS.has(s.op) || s.selfRef) continue;
        // Words the step drops, beyond its own filter-outs, that the directory does not add back later.
        const kept = new Set([...s.after, ...this.words(`$(${name})`)]);
        const lost = [...new Set(s.before)].filter((w) => !kept.has(w) && !s.patterns.some((p) => patternMatches(p.compiled, w)));
        if (lost.length === 0) continue;
        const toolchain = lost.filter((w) => clangFlags.has(w));
        this.add({
          id: 'reset-drops-inherited',
          at: this.loc(s),
          variable: name,
          message: resetMessage(name, s.op, lost, toolchain),
          flags: lost,
          objects: [],
          related: [],
          toolchain,
          op: s.op,
        });
      }
    }

    // Directory-wide filter-out reassignments of the lists removals apply to.
    const removalSteps = (kind: 'c' | 'asm', target?: string) =>
      ['KBUILD_CPPFLAGS', kind === 'c' ? 'KBUILD_CFLAGS' : 'KBUILD_AFLAGS', kind === 'c' ? 'ccflags-y' : 'asflags-y'].flatMap((name) =>
        this.steps(name, target).map((s) => ({ ...s, name })),
      );
    const globalSteps = { c: removalSteps('c'), asm: removalSteps('asm') };
    // Patterns of filter-out reassignments (per configuration, globally).
    for (const kind of ['c', 'asm'] as const) {
      if ((kind === 'c' ? cObjects : asmObjects).length === 0) continue;
      for (const s of globalSteps[kind]) {
        for (const p of s.patterns) {
          const matched = s.before.some((w) => patternMatches(p.compiled, w));
          this.notePattern(this.origin(s.text, p.pattern, s), p.pattern, `${s.name} ${s.op} $(filter-out ...)`, matched, nearMisses(p.pattern, s.before));
        }
      }
    }

    const cRemovedByStep: { flag: string; step: Step & { name: string } }[] = [];
    const cRemovedByList: { flag: string; site: LintLocation; objects: Set<string> }[] = [];
    const sitesByObject = new Map<string, Map<string, { site: { file: string; line: number }; via: string }>>();

    for (const o of objects) {
      const target = o.object;
      const stem = o.object.slice(this.state.dir.length + 1).replace(/\.o$/, '');
      const c = o.kind === 'c';
      const steps = this.variable(c ? 'KBUILD_CFLAGS' : 'KBUILD_AFLAGS', target) === this.variable(c ? 'KBUILD_CFLAGS' : 'KBUILD_AFLAGS')
        ? globalSteps[o.kind]
        : removalSteps(o.kind, target);
      const base = this.words(c ? '$(KBUILD_CPPFLAGS) $(KBUILD_CFLAGS) $(ccflags-y)' : '$(KBUILD_CPPFLAGS) $(KBUILD_AFLAGS) $(asflags-y)', target);
      const postName = `${c ? 'CFLAGS' : 'AFLAGS'}_${stem}.o`;
      const post = this.words(`$(${postName})`, target);
      const final = new Set(o.flags);

      // Removal lists: ccflags-remove-y, CFLAGS_REMOVE_<stem>.o.
      const removals: { pattern: string; compiled: Pattern; site: { file: string; line: number }; via: string }[] = [];
      for (const list of c ? ['ccflags-remove-y', `CFLAGS_REMOVE_${stem}.o`] : ['asflags-remove-y', `AFLAGS_REMOVE_${stem}.o`]) {
        const v = this.variable(list, target);
        for (const s of v?.history ?? []) {
          if (!this.inDirectory(s.location)) continue;
          for (const w of this.words(s.text, target)) {
            const site = this.origin(s.text, w, s.location, target);
            removals.push({ pattern: w, compiled: compilePattern(w), site, via: list });
          }
        }
      }
      // CFLAGS_REMOVE_<stem>.o for an assembler object (or AFLAGS_REMOVE_ for a C one) never applies.
      const wrong = c ? `AFLAGS_REMOVE_${stem}.o` : `CFLAGS_REMOVE_${stem}.o`;
      for (const s of this.variable(wrong, target)?.history ?? []) {
        if (!this.inDirectory(s.location)) continue;
        for (const w of this.words(s.text, target)) {
          this.notePattern(this.origin(s.text, w, s.location, target), w, `${wrong} (${path.basename(o.object)} is ${c ? 'C' : 'assembler'}: ${wrong.split('_')[0]}_REMOVE_ never applies to it)`, false, [], o.object);
        }
      }

      const mine = new Map<string, { site: { file: string; line: number }; via: string }>();
      for (const r of removals) {
        // Makefile.lib: ccflags-remove-y filters the directory's lists; CFLAGS_REMOVE_<stem>.o filters those and CFLAGS_<stem>.o.
        const own = !r.via.endsWith('-remove-y');
        const hit = base.filter((w) => patternMatches(r.compiled, w));
        const hitPost = own ? post.filter((w) => patternMatches(r.compiled, w)) : [];
        this.notePattern(r.site, r.pattern, r.via, hit.length + hitPost.length > 0, nearMisses(r.pattern, own ? [...base, ...post] : base), o.object);
        if (own) mine.set(r.pattern, { site: r.site, via: r.via });
        if (c && !own) {
          for (const f of hit) {
            let e = cRemovedByList.find((x) => x.flag === f && x.site.file === this.show(r.site.file) && x.site.line === r.site.line);
            if (e === undefined) cRemovedByList.push((e = { flag: f, site: this.loc(r.site), objects: new Set() }));
            e.objects.add(o.object);
          }
        }
        // 2. Removed by ccflags-remove-y, added back by CFLAGS_<stem>.o (which it does not filter).
        for (const f of own ? [] : new Set(hit)) {
          if (!post.includes(f) || !final.has(f)) continue;
          const back = this.addedIn(postName, f, target);
          this.add({
            id: 'removed-then-added',
            at: this.loc(r.site),
            variable: r.via,
            message: `${f} is removed by ${r.via} here and added back by ${generic(postName, stem)}${back ? ` (${this.show(back.file)}:${back.line})` : ''}`,
            flags: [f],
            objects: [o.object],
            related: back ? [{ ...this.loc(back), note: `added back by ${generic(postName, stem)}` }] : [],
          });
        }
        // 2. Added by CFLAGS_<stem>.o, removed again by CFLAGS_REMOVE_<stem>.o (which filters it).
        for (const f of new Set(hitPost)) {
          if (final.has(f)) continue;
          const added = this.addedIn(postName, f, target);
          if (added === undefined) continue;
          this.add({
            id: 'added-then-removed',
            at: this.loc(added),
            variable: postName,
            message: `${f} is added by ${generic(postName, stem)} here and removed again by ${generic(r.via, stem)} (${this.show(r.site.file)}:${r.site.line})`,
            flags: [f],
            objects: [o.object],
            related: [{ ...this.loc(r.site), note: 'removed here' }],
          });
        }
      }
      if (c) sitesByObject.set(o.object, mine);

      // 2. Filtered out of a list by a reassignment, then back in the object's flags.
      steps.forEach((s, k) => {
        for (const f of new Set(s.before)) {
          if (s.after.includes(f) || !s.patterns.some((p) => patternMatches(p.compiled, f))) continue;
          if (c && s.name === 'KBUILD_CFLAGS' && !cRemovedByStep.some((x) => x.flag === f && x.step.file === s.file && x.step.line === s.line)) {
            cRemovedByStep.push({ flag: f, step: s });
          }
          if (!final.has(f)) continue;
          const back = this.addedAfter(steps, k, f, target) ?? (post.includes(f) ? this.addedIn(postName, f, target) : undefined);
          if (back === undefined) continue;
          const site = this.origin(s.text, patternFor(s, f), s, target);
          this.add({
            id: 'removed-then-added',
            at: this.loc(s),
            variable: s.name,
            message: `${f} is filtered out of ${s.name} here and added back by ${generic(back.via, stem)} (${this.show(back.file)}:${back.line})`,
            flags: [f],
            objects: [o.object],
            related: [{ ...this.loc(back), note: `added back by ${generic(back.via, stem)}` }, ...(site.line !== s.line || site.file !== s.file ? [{ ...this.loc(site), note: 'the pattern' }] : [])],
          });
        }
      });

      // 2. Added by the directory, then removed for this object.
      steps.forEach((s, k) => {
        const added = [...new Set(s.after)].filter((w) => count(s.after, w) > count(s.before, w));
        for (const f of added) {
          if (final.has(f)) continue;
          // A filter-out of the same list, after the line that added it.
          const later = steps.slice(k + 1).find((t) => t.name === s.name && t.before.includes(f) && !t.after.includes(f) && t.patterns.some((p) => patternMatches(p.compiled, f)));
          const list = later === undefined ? removals.find((r) => patternMatches(r.compiled, f)) : undefined;
          const removedAt = later ?? list?.site;
          if (removedAt === undefined) continue;
          const addedAt = this.origin(s.text, f, s, target);
          this.add({
            id: 'added-then-removed',
            at: this.loc(addedAt),
            variable: s.name,
            message: `${f} is added to ${s.name} here and removed again by ${later ? `${later.name} ${later.op} $(filter-out ...)` : generic(list!.via, stem)} (${this.show(removedAt.file)}:${removedAt.line})`,
            flags: [f],
            objects: [o.object],
            related: [{ ...this.loc(removedAt), note: 'removed here' }],
          });
        }
      });
    }

    // 4. C removals that the assembler objects do not get.
    if (asmObjects.length > 0 && cObjects.length > 0) {
      const aflags = new Set(this.words('$(KBUILD_AFLAGS)'));
      const report = (flag: string, site: LintLocation, how: string) => {
        if (!aflags.has(flag)) return;
        const keep = asmObjects.filter((o) => o.flags.includes(flag)).map((o) => o.object);
        if (keep.length === 0) return;
        this.add({
          id: 'removal-c-only',
          at: site,
          variable: how.split(' ')[0],
          message: `${flag} is removed from the C flags by ${how}, but KBUILD_AFLAGS has it too and ${keep.length === asmObjects.length ? 'every' : keep.length} assembler object${keep.length === 1 ? '' : 's'} of the directory keep${keep.length === 1 ? 's' : ''} it`,
          flags: [flag],
          objects: keep,
          related: [],
        });
      };
      for (const r of cRemovedByStep) report(r.flag, this.loc(r.step), `${r.step.name} ${r.step.op} $(filter-out ...)`);
      for (const r of cRemovedByList) report(r.flag, r.site, 'ccflags-remove-y');
    }

    // 5. Objects built from another directory's source: removals their siblings have and they lack.
    const siblings = cObjects.filter((o) => o.foreignSource === undefined);
    if (siblings.length > 0) {
      for (const o of cObjects.filter((x) => x.foreignSource !== undefined)) {
        const own = sitesByObject.get(o.object)!;
        const lists = siblings.map((s) => sitesByObject.get(s.object)!);
        const common = [...lists[0].keys()].filter((p) => lists.every((l) => l.has(p)) && !own.has(p));
        const stem = o.object.slice(this.state.dir.length + 1).replace(/\.o$/, '');
        const post = new Set(this.words(`$(CFLAGS_${stem}.o)`, o.object));
        for (const p of common) {
          const compiled = compilePattern(p);
          const kept = [...new Set(o.flags.filter((f) => patternMatches(compiled, f) && !post.has(f)))];
          if (kept.length === 0) continue;
          const site = lists[0].get(p)!;
          this.add({
            id: 'foreign-source-removals',
            at: this.loc(site.site),
            variable: `CFLAGS_REMOVE_${stem}.o`,
            message: `${path.basename(o.object)}, compiled from ${this.show(o.foreignSource!)}, keeps ${kept.join(' ')}: every other C object of the directory removes ${p} (${siblings.map((s) => `CFLAGS_REMOVE_${path.basename(s.object)}`).join(', ')}), CFLAGS_REMOVE_${stem}.o does not`,
            flags: kept,
            objects: [o.object],
            related: [],
          });
        }
      }
    }
  }

  /** The assignment that brings `flag` back after step `k` filtered it out: a later one to the same list, or one to another list. */
  private addedAfter(steps: (Step & { name: string })[], k: number, flag: string, target: string): { file: string; line: number; via: string } | undefined {
    const name = steps[k].name;
    for (const [j, t] of steps.entries()) {
      if (t.name === name ? j <= k : false) continue;
      if (count(t.after, flag) > count(t.before, flag)) return { ...this.origin(t.text, flag, t, target), via: t.name };
    }
    return undefined;
  }

  /** The line of a variable's history that puts `flag` in it, as seen from `target`. */
  private addedIn(name: string, flag: string, target: string): { file: string; line: number; via: string } | undefined {
    const v = this.variable(name, target);
    for (const s of v?.history ?? []) {
      if (s.location === undefined || !this.words(s.text, target).includes(flag)) continue;
      return { ...this.origin(s.text, flag, s.location, target), via: name };
    }
    return undefined;
  }
}

/** A lint as one directory's linter finds it, with what merging needs. */
type FoundLint = Lint & { toolchain?: Words; op?: string };

interface PatternSite {
  at: LintLocation;
  pattern: string;
  via: string;
  matched: boolean;
  nearMiss: Set<string>;
  objects: Set<string>;
  configurations: Set<string>;
}

/** An object's own variable, named for any object (findings are merged across objects). */
function generic(name: string, stem: string): string {
  return name.endsWith(`_${stem}.o`) ? `${name.slice(0, -(stem.length + 2))}<object>.o` : name;
}

/** The filter-out pattern of a step that matches a flag. */
function patternFor(s: Step, flag: string): string {
  return s.patterns.find((p) => patternMatches(p.compiled, flag))?.pattern ?? flag;
}

/** Words a pattern without `%` was evidently meant for: the same option with a value (`-fprofile-use` and `-fprofile-use=x`). */
export function nearMisses(pattern: string, words: Words): Words {
  if (pattern.includes('%')) return [];
  return [...new Set(words.filter((w) => w.length > pattern.length && w.startsWith(pattern) && (pattern.endsWith('=') || w[pattern.length] === '=')))];
}

function resetMessage(name: string, op: string, lost: Words, toolchain: Words): string {
  return (
    `${name} ${op} replaces the value the top level gave it and loses ${lost.length} of its words` +
    (toolchain.length > 0 ? `, ${toolchain.length} of them toolchain flags from CLANG_FLAGS (${toolchain.join(' ')})` : '') +
    `: ${abbreviate(lost)}`
  );
}

function abbreviate(words: Words, max = 12): string {
  return words.length <= max ? words.join(' ') : `${words.slice(0, max).join(' ')} ... (${words.length - max} more)`;
}

// ------------------------------------------------------------ merging

export interface LintOptions {
  /**
   * Report every removal pattern that matched nothing. By default only those
   * that cannot be right whatever the configuration: a near miss (a flag
   * they were evidently meant for is there: `-fprofile-use` beside
   * `-fprofile-use=x`), or a removal list of the wrong kind (CFLAGS_REMOVE_
   * of an assembler object). A handful of configurations cannot show that a
   * config-dependent removal (`-fstack-protector` when the config chose
   * -strong, `-g` without debug info) is dead.
   */
  deadPatterns?: boolean;
}

/** Lints of several directories under several configurations, merged. */
export class LintCollector {
  private readonly found = new Map<string, FoundLint>();
  private readonly patterns = new Map<string, PatternSite & { dir: string }>();
  readonly configurations: string[] = [];

  constructor(private readonly options: LintOptions = {}) {}

  add(state: DirectoryState): void {
    if (!this.configurations.includes(state.configuration)) this.configurations.push(state.configuration);
    const linter = new DirectoryLinter(state);
    linter.run();
    for (const l of linter.lints) {
      // A reset is one finding whatever it loses under each configuration.
      const flags = l.id === 'reset-drops-inherited' ? '' : l.flags.join(' ');
      const key = [l.id, l.dir, l.at.file, l.at.line, flags, l.related.map((r) => `${r.file}:${r.line}`).join(' ')].join('\u0000');
      const seen = this.found.get(key);
      if (seen === undefined) {
        this.found.set(key, l);
        continue;
      }
      for (const o of l.objects) if (!seen.objects.includes(o)) seen.objects.push(o);
      for (const c of l.configurations) if (!seen.configurations.includes(c)) seen.configurations.push(c);
      if (l.id === 'reset-drops-inherited') {
        for (const f of l.flags) if (!seen.flags.includes(f)) seen.flags.push(f);
        for (const f of l.toolchain ?? []) if (!seen.toolchain!.includes(f)) seen.toolchain!.push(f);
        seen.message = resetMessage(seen.variable!, seen.op!, seen.flags, seen.toolchain!);
      }
    }
    for (const [key, p] of linter.patterns) {
      const seen = this.patterns.get(key);
      if (seen === undefined) {
        this.patterns.set(key, { ...p, dir: state.dir });
        continue;
      }
      seen.matched ||= p.matched;
      for (const w of p.nearMiss) seen.nearMiss.add(w);
      for (const o of p.objects) seen.objects.add(o);
      for (const c of p.configurations) seen.configurations.add(c);
    }
  }

  lints(): Lint[] {
    const out: Lint[] = [...this.found.values()].map(({ toolchain: _t, op: _o, ...l }) => l);
    for (const p of this.patterns.values()) {
      if (p.matched) continue;
      const never = p.via.includes('never applies');
      if (!this.options.deadPatterns && p.nearMiss.size === 0 && !never) continue;
      const near = [...p.nearMiss];
      out.push({
        id: 'removal-matches-nothing',
        at: p.at,
        dir: p.dir,
        message:
          `${p.pattern} (${p.via}) matches no flag of ${p.objects.size > 0 ? [...p.objects].map((o) => path.basename(o)).join(' ') : 'the directory'}` +
          ` under ${p.configurations.size === 1 ? 'the configuration' : `any of the ${p.configurations.size} configurations`} tried` +
          (near.length > 0 ? `; ${near.join(' ')} ${near.length === 1 ? 'is' : 'are'} there: ${p.pattern}=% would match` : ''),
        why: LINT_WHY['removal-matches-nothing'],
        variable: p.via.split(' ')[0],
        flags: [p.pattern],
        objects: [...p.objects],
        related: [],
        configurations: [...p.configurations],
      });
    }
    return out.sort((a, b) => (a.at.file < b.at.file ? -1 : a.at.file > b.at.file ? 1 : a.at.line - b.at.line || LINT_IDS.indexOf(a.id) - LINT_IDS.indexOf(b.id)));
  }
}

// ------------------------------------------------------------ the bundled model

/** Lint one directory makefile with the bundled model, under each profile (or the one given). */
export async function lintModel(options: {
  makefile: string;
  obj: string;
  profiles: string[];
  base?: string;
  config?: string;
  srcDir?: string;
  commandLine?: string[];
  allowShell?: boolean;
  deadPatterns?: boolean;
  onWarning?: (text: string) => void;
  cwd?: string;
}): Promise<{ lints: Lint[]; configurations: string[] }> {
  const { evaluateDirectory } = await import('./model.js');
  const { fragmentsDir } = await import('./profiles.js');
  const fragments = fs.realpathSync(fragmentsDir());
  const collector = new LintCollector({ deadPatterns: options.deadPatterns });
  const makefile = path.resolve(options.makefile);
  const srcDir = path.resolve(options.srcDir ?? path.dirname(makefile));
  const configFile = options.config === undefined ? undefined : path.resolve(options.config);
  const cwd = options.cwd ?? process.cwd();
  for (const profile of options.base !== undefined ? [undefined] : options.profiles) {
    const result = evaluateDirectory({
      makefile,
      obj: options.obj,
      profile,
      base: options.base,
      config: options.config,
      srcDir: options.srcDir,
      commandLine: options.commandLine,
      allowShell: options.allowShell,
      onWarning: options.onWarning,
    });
    const root = result.evaluation.interpreter;
    const abs = (f: string) => path.resolve(root.cwd, f);
    const infra = (f: string) => {
      const a = abs(f);
      return a.startsWith(fragments + path.sep) || a === configFile || (options.base !== undefined && a === path.resolve(options.base));
    };
    collector.add({
      configuration: options.base !== undefined ? path.basename(options.base) : `profile ${profile}`,
      dir: options.obj,
      evaluation: result.evaluation,
      objects: result.objects.filter(kernelObject).map((o) => {
        const m = /^rule: (.*)$/.exec(o.source);
        const dir = m === undefined || m === null ? undefined : path.dirname(m[1]);
        const own = dir === undefined || dir === '.' || dir === options.obj || dir === '$(obj)' || dir === '$(src)' || path.resolve(dir) === srcDir;
        return { object: o.object, kind: o.kind, flags: o.flags, ...(own ? {} : { foreignSource: m![1] }) };
      }),
      isDirectoryFile: (f) => !infra(f),
      inherited: () => undefined,
      display: (f) => {
        const rel = path.relative(cwd, abs(f));
        return rel.startsWith('..') || path.isAbsolute(rel) ? abs(f) : rel;
      },
    });
  }
  return { lints: collector.lints(), configurations: collector.configurations };
}

// ------------------------------------------------------------ a real tree

export interface LintTreeRequest {
  tree: string;
  /** .config files: each is one configuration (none: O=/.config or the tree's own). */
  configs: string[];
  /** Directories to lint (relative to the tree), with what they descend into; none: the whole build. */
  dirs: string[];
  /** make's command-line variables (O=, LLVM=1, KCFLAGS=...). */
  commandLine: string[];
  /** make's environment (TreeRequest.environment). */
  environment?: Record<string, string>;
  compiler?: string;
  allowShell?: boolean;
  /** When Kconfig brings the .config up to date first (TreeOptions.kconfig). */
  kconfig?: TreeOptions['kconfig'];
  /** Only the directories given, not their subdirectories. */
  noRecurse?: boolean;
  /** Report every removal pattern that matched nothing (see LintOptions). */
  deadPatterns?: boolean;
  onWarning?: (text: string) => void;
  onProgress?: (done: number, queued: number, dir: string) => void;
}

export interface LintTreeResult {
  lints: Lint[];
  configurations: string[];
  directories: string[];
  errors: { dir: string; configuration: string; message: string }[];
  notes: string[];
  srctree: string;
}

/**
 * Lint directories of a real kernel tree under each .config: each
 * directory's sub-make as Kbuild runs it (the top level read once per
 * configuration), then what it descends into.
 */
export async function lintTree(request: LintTreeRequest): Promise<LintTreeResult> {
  const { evaluateTopLevel, evaluateDirectory, topLevelDescents, recipeCommand } = await import('./tree/tree.js');
  const { compilerFor, configFor, splitObjtree } = await import('../compare/tree.js');
  const { MakeError } = await import('../eval/errors.js');
  const srctree = path.resolve(request.tree);
  if (!fs.existsSync(path.join(srctree, 'Makefile'))) throw new MakeError(`kflags: --tree '${request.tree}': no Makefile there`);
  const { objtree, rest } = splitObjtree(request.commandLine, request.environment);
  const configs = request.configs.length > 0 ? request.configs : [undefined];
  const collector = new LintCollector({ deadPatterns: request.deadPatterns });
  const directories = new Set<string>();
  const errors: LintTreeResult['errors'] = [];
  const notes: string[] = [];
  const dirs = request.dirs.map((d) => d.replace(/\/+$/, ''));
  let real = srctree;
  for (const given of configs) {
    const configFile = configFor(srctree, objtree, given);
    let text: string;
    try {
      text = fs.readFileSync(configFile, 'latin1');
    } catch {
      throw new MakeError(`kflags: --config '${configFile}': No such file or directory`);
    }
    // A .config made for clang is built with LLVM=1 unless the command line chooses a compiler.
    let commandLine = rest;
    if (/^CONFIG_CC_IS_CLANG=y$/m.test(text) && buildVariable('LLVM', rest, request.environment) === undefined && buildVariable('CC', rest) === undefined) {
      commandLine = [...rest, 'LLVM=1'];
      notes.push(`${path.basename(configFile)} is a clang configuration: evaluated with LLVM=1`);
    }
    const { id, model } = compilerFor({ compiler: request.compiler, commandLine, environment: request.environment });
    const configuration = path.basename(configFile);
    const top = evaluateTopLevel(
      {
        srctree,
        objtree: objtree === undefined ? undefined : path.resolve(objtree),
        config: text,
        configFile,
        commandLine,
        environment: request.environment,
        compiler: model,
        allowShell: request.allowShell,
        kconfig: request.kconfig,
        onWarning: request.onWarning,
        history: true,
      },
      dirs.map((d) => `${d}/`),
    );
    real = top.srctree;
    const inTree = (f: string, root: string) => f.startsWith(root + path.sep);
    const isDirectoryFile = (file: string) => {
      const f = path.resolve(top.objtree, file);
      if (top.objtree !== top.srctree && inTree(f, top.objtree)) return false;
      if (!inTree(f, top.srctree)) return false;
      const rel = path.relative(top.srctree, f);
      return !(rel === 'Makefile' || rel.startsWith('scripts/') || rel.startsWith('include/') || rel === '.config');
    };
    const display = (file: string) => {
      const f = path.resolve(top.objtree, file);
      if (inTree(f, top.srctree)) return path.relative(top.srctree, f);
      if (inTree(f, top.objtree)) return `$(objtree)/${path.relative(top.objtree, f)}`;
      return f;
    };
    // No directory given: the whole build, from the top level's `$(build)=` rules.
    const queue: { dir: string; subMake: string[]; environment?: Record<string, string> }[] =
      dirs.length > 0 ? dirs.map((dir) => ({ dir, subMake: [`obj=${dir}`, 'need-builtin=1', 'need-modorder=1'] })) : topLevelDescents(top).filter((q) => q.goals.length === 0);
    const seen = new Set(queue.map((q) => q.dir));
    for (let i = 0; i < queue.length; i++) {
      const { dir, subMake, environment } = queue[i];
      request.onProgress?.(i, queue.length, dir);
      try {
        const built = evaluateDirectory(top, dir, subMake, [], environment ?? top.environment);
        directories.add(dir);
        const own = new Set([path.join(top.srctree, dir), path.join(top.objtree, dir)]);
        const ev = built.directory;
        // The kernel's objects: host programs' flags are not Kbuild's c_flags / a_flags.
        const objects: LintObject[] = built.objects.filter(kernelObject).map((o) => ({
          object: o.object,
          kind: o.kind,
          flags: o.flags,
          ...(own.has(path.dirname(path.resolve(top.objtree, o.source))) ? {} : { foreignSource: path.resolve(top.objtree, o.source) }),
        }));
        // Objects the default goal does not reach but the directory lists in $(targets)
        // (the boot code, the vDSO: built for other goals): their c_flags / a_flags.
        const known = new Set(objects.map((o) => o.object));
        for (const t of splitWords(ev.expand('$(targets)'))) {
          const target = t.startsWith(`${dir}/`) ? t : `${dir}/${t}`;
          if (!target.endsWith('.o') || target.slice(dir.length + 1).includes('/') || known.has(target)) continue;
          known.add(target);
          const rule = ev.rule(target);
          const recipe = rule !== undefined && rule.recipe.length > 0 ? rule.recipe : (ev.interpreter.implicitRule(target)?.rule.recipe ?? []);
          const name = recipeCommand(recipe);
          const kind = name === 'cc_o_c' ? 'c' : name === 'as_o_S' ? 'asm' : undefined;
          if (kind === undefined) continue;
          const context = { target, implicit: true };
          const source = path.resolve(top.objtree, ev.expand('$<', context));
          objects.push({
            object: target,
            kind,
            flags: splitWords(ev.expand(kind === 'c' ? '$(c_flags)' : '$(a_flags)', context)),
            ...(own.has(path.dirname(source)) ? {} : { foreignSource: source }),
          });
        }
        collector.add({
          configuration: `${configuration} (${id})`,
          dir,
          evaluation: ev,
          objects,
          isDirectoryFile,
          inherited: (name) => top.environment[name],
          display,
        });
        if (request.noRecurse) continue;
        for (const sub of built.subdirs) {
          if (seen.has(sub.dir)) continue;
          seen.add(sub.dir);
          queue.push(sub);
        }
      } catch (e) {
        if (!(e instanceof MakeError)) throw e;
        errors.push({ dir, configuration, message: e.render().trimEnd() });
      }
    }
  }
  return { lints: collector.lints(), configurations: collector.configurations, directories: [...directories], errors, notes, srctree: real };
}
