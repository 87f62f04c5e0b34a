// rule.c, file.c and vpath.c: the rules read (explicit, static pattern and
// pattern rules, with their recipes), the default goal, vpath search and
// the second expansion of prerequisites. Nothing is ever built.
import * as path from 'node:path';
import type { Location } from '../syntax/ast.js';
import { resolvePath, type Host } from '../host/host.js';
import { at, confined, MakeError } from './errors.js';
import type { Expansion } from './expansion.js';
import { archiveMember, fileNames, splitOrderOnly, splitPath, stripDotSlash } from './file-names.js';
import { compilePattern, patternStem, type Pattern } from './patterns.js';
import { findImplicitRule, type ImplicitMatch, type PatternRule } from './implicit.js';
import { VariableSet, type Scope } from './variables.js';
import { automaticValues, type Dep } from './automatic.js';
import { splitWords } from './words.js';
import { FileTable } from './file-table.js';

export interface Rule {
  target: string;
  prerequisites: string[];
  orderOnly: string[];
  doubleColon: boolean;
  /** Static pattern rule: the target pattern, for $*. */
  staticPattern?: string;
  recipe: string[];
  location: Location;
  /** Where the current recipe starts (for make's "overriding recipe" warnings). */
  recipeLocation?: Location;
  /** The rule line that owns the current recipe. */
  recipeOwner?: Rule[];
  /** Prerequisite text kept for .SECONDEXPANSION (with a static pattern's stem). */
  secondExpansion?: { text: string; stem?: string }[];
  /**
   * The prerequisite list in make's order (struct file's deps): each rule
   * line's normal names then its order-only ones, a line with a recipe in
   * front, a line kept for second expansion at its place.
   */
  deps: RuleDep[];
  /**
   * A double-colon target: each `::` rule on its own, with its own
   * prerequisites and recipe (read.c record_files() makes each a file
   * entry of its own); the target's lists above are all of them together.
   */
  doubleColonRules?: Rule[];
  /** Grouped targets (`a b &: ...`): the others one run of the recipe makes too (make's also_make). */
  alsoMake?: string[];
}

/** An entry of a rule's prerequisite list: a name, or a line's text waiting for its second expansion. */
export type RuleDep = Dep | { second: string; stem?: string };

/** A rule line as the reader understood it: targets expanded, prerequisites expanded once. */
export interface RuleLine {
  targets: string[];
  /** For each target, whether it is a pattern. */
  implicit: boolean[];
  /** `&:`: one recipe makes all the targets. */
  grouped: boolean;
  doubleColon: boolean;
  staticPattern: string | undefined;
  prereqText: string;
  /** The recipe after `;`, if any. */
  recipe: string | undefined;
  location: Location;
}

/** The rule read last, entered when a line ends it; recipe lines gather meanwhile. */
export interface WaitingRule {
  location: Location;
  grouped: boolean;
  recipe: { line: string; location: Location }[];
  record: () => Rule[];
}

const SPECIAL_TARGET = /^\.[^/]*$/;

/**
 * read.c enter_prereqs() for a static pattern rule: the first '%' of each
 * name becomes the stem (patsubst_expand_pat(): word by word, so a stem with
 * blanks gives several words; an empty stem just removes the '%'), and a name
 * left empty is dropped.
 */
function fillStem(names: string[], stem: string): string[] {
  return names
    .map((name) => {
      const cp = compilePattern(name);
      if (!cp.hasPercent) return cp.text;
      if (stem === '') return cp.prefix + cp.suffix;
      return splitWords(stem).map((w) => cp.prefix + w + cp.suffix).join(' ');
    })
    .filter((name) => name !== '');
}

/**
 * read.c record_files(): a static pattern rule's stem is the target name
 * through patsubst_expand_pat(), word by word: in a name with blanks,
 * words that do not match the pattern stay as they are.
 */
export function staticStem(pattern: Pattern, target: string): string {
  if (!/[ \t]/.test(target)) return patternStem(pattern, target) ?? target;
  return splitWords(target)
    .map((w) => patternStem(pattern, w) ?? w)
    .join(' ');
}

export class Rules {
  readonly table = new Map<string, Rule>();
  /** Targets in the order they were first named. */
  readonly order: string[] = [];
  /** Every name make has a file entry for, in its hash table: the order of second expansion. */
  readonly files = new FileTable();
  /** read.c's waiting files: the rule line read last, not yet entered. */
  waiting: WaitingRule | null = null;
  /**
   * Names holding `%` that are files, not patterns: targets of a rule whose
   * first target is not a pattern (deprecated syntax, or a static pattern
   * rule's), or whose `%` was quoted. Every other name with `%` in the
   * table is a pattern rule's target.
   */
  private readonly literalNames = new Set<string>();

  /** A name of the table that is a pattern rule's target (not a file whose name holds `%`). */
  private isPatternName(name: string): boolean {
    return name.includes('%') && !this.literalNames.has(name);
  }
  /** `vpath` directives in order: the pattern unquoted (`text`), as it matches, and its directories. */
  private readonly vpaths: { text: string; pattern: Pattern; dirs: string[] }[] = [];
  private readonly secondExpanded = new Map<Rule, { deps: Dep[]; names: { prerequisites: string[]; orderOnly: string[] } }>();

  constructor(
    private readonly expansion: Expansion,
    private readonly global: VariableSet,
    private readonly host: Host,
    private readonly cwd: string,
    private readonly onWarning: (text: string) => void,
    /** A target's variable scope (its own, pattern-specific, then global), for second expansion. */
    private readonly variableScope: (target: string) => Scope,
  ) {}

  /**
   * read.c record_files(), deferred: the rule is entered when the next line
   * that is not a recipe or a conditional ends it (or the file ends). The
   * default goal is chosen as the line is read.
   */
  recordFiles(line: RuleLine): void {
    const { targets, implicit, doubleColon, staticPattern, prereqText, location } = line;
    const [normalText, orderOnlyText = ''] = splitOrderOnly(prereqText);
    // With .SECONDEXPANSION, text that still holds references is expanded
    // again when the target is built (here: when its context is asked for).
    // The whole list is kept: `|` is looked for after the second expansion.
    const secondExpansion = this.table.has('.SECONDEXPANSION') && prereqText.includes('$');
    const normalNames = secondExpansion ? [] : this.globNames(fileNames(normalText));
    // A prerequisite that is also a normal one is not order-only.
    const orderOnlyNames = secondExpansion ? [] : this.globNames(fileNames(orderOnlyText)).filter((o) => !normalNames.includes(o));
    // Shared with the pattern rules recorded below: recipe lines gather until the rule ends.
    const recipeLines: { line: string; location: Location }[] = line.recipe === undefined ? [] : [{ line: line.recipe, location }];
    const record = (): Rule[] => {
      // record_files()' first act: after snap_deps() (a recipe or a second expansion
      // being expanded), a rule can no longer be entered. An $(eval) with no line to
      // read at (--print after reading) has no location: make's is its printer's.
      if (this.snapped) throw new MakeError('prerequisites cannot be defined in recipes', location.file === '' ? undefined : location);
      // Then, before any target is looked at, a grouped rule needs its recipe.
      if (line.grouped && recipeLines.length === 0) throw new MakeError('grouped targets must provide a recipe', location);
      // record_files(): a first target that is a pattern makes the rule
      // implicit; then every target must be one, and no static pattern.
      if (implicit[0] && staticPattern !== undefined) throw new MakeError('mixed implicit and static pattern rules', location);
      if (implicit[0] && implicit.includes(false)) throw new MakeError('mixed implicit and normal rules', location);
      // read.c record_files() enters the names as it records the rule: the
      // prerequisites first (unless a second expansion or a static
      // pattern's stem is waiting for them), then each target (a static
      // pattern's prerequisites after it). A pattern rule enters none.
      const entering = !implicit[0];
      if (entering && staticPattern === undefined && !secondExpansion) {
        for (const name of normalNames) this.files.enter(name);
        for (const name of orderOnlyNames) this.files.enter(name);
      }
      const rules: Rule[] = [];
      for (const [k, target] of targets.entries()) {
        // The rest of an explicit rule's targets: one with a `%` is a file of
        // that name, said to be deprecated as the loop comes to it.
        if (k > 0 && entering && implicit[k]) this.onWarning(`${at(location)}*** mixed implicit and normal rules: deprecated syntax\n`);
        if (entering && target.includes('%')) this.literalNames.add(target);
        if (entering) this.files.enter(target);
        let prerequisites = normalNames;
        let orderOnly = orderOnlyNames;
        let stem: string | undefined;
        if (staticPattern !== undefined) {
          const pattern = compilePattern(staticPattern);
          stem = patternStem(pattern, target) === undefined ? undefined : staticStem(pattern, target);
          if (stem === undefined) {
            // Recorded all the same, without prerequisites ($* is its name).
            this.onWarning(`${at(location)}target '${target}' doesn't match the target pattern\n`);
            const rule = this.recordRule(target, [], [], doubleColon, location, staticPattern, [], false);
            this.claimRecipe(rule, rules, recipeLines, location);
            rules.push(rule);
            continue;
          }
          prerequisites = fillStem(prerequisites, stem);
          orderOnly = fillStem(orderOnly, stem);
          if (!secondExpansion) {
            for (const name of prerequisites) this.files.enter(name);
            for (const name of orderOnly) this.files.enter(name);
          }
        }
        const deps: RuleDep[] = secondExpansion
          ? [{ second: prereqText, stem }]
          : [...prerequisites.map((name) => ({ name, orderOnly: false })), ...orderOnly.map((name) => ({ name, orderOnly: true }))];
        const rule = this.recordRule(target, prerequisites, orderOnly, doubleColon, location, staticPattern, deps, recipeLines.length > 0);
        if (!entering) this.recordPatternRule(target, prerequisites, orderOnly, recipeLines, secondExpansion ? prereqText : undefined, doubleColon, targets);
        if (secondExpansion) (rule.secondExpansion ??= []).push({ text: prereqText, stem });
        this.claimRecipe(rule, rules, recipeLines, location);
        rules.push(rule);
      }
      if (line.grouped && entering) this.recordGroup(rules, doubleColon, recipeLines[0].location);
      return rules;
    };
    this.waiting = { location, grouped: line.grouped, recipe: recipeLines, record };
    this.updateDefaultGoal(targets);
  }

  /** Pattern rules each on its own, in order of definition, for implicit rule search. */
  readonly patternRules: PatternRule[] = [];

  /** Whether .POSIX has been seen (read.c posix_pedantic): continuations fold otherwise. */
  posix = false;

  /** read.c record_files(): the first .POSIX sets make's POSIX defaults (a stronger definition stays). */
  private enterPosixMode(): void {
    this.posix = true;
    for (const [name, value] of [
      ['.SHELLFLAGS', '-ec'],
      ['ARFLAGS', '-rvU'],
      ['CC', 'c99'],
      ['CFLAGS', '-O1'],
      ['FC', 'fort77'],
      ['FFLAGS', '-O1'],
      ['SCCSGETFLAGS', '-s'],
    ]) {
      const v = this.global.get(name);
      if (v === undefined || v.origin === 'default') this.global.set({ name, value, flavor: 'simple', origin: 'default', exported: v?.exported });
    }
  }

  /** The prerequisites of .SUFFIXES (make -r starts with none). */
  suffixes(): string[] {
    return this.table.get('.SUFFIXES')?.prerequisites ?? [];
  }

  /**
   * rule.c convert_to_pattern(), after reading, for each suffix .X of
   * .SUFFIXES in order: a rule `%.X` with neither prerequisites nor recipe
   * (it keeps match-anything rules away from names ending in .X); the
   * single-suffix rule `.X`, with a recipe, as `%: %.X`; each two-suffix
   * rule `.X.Y` with a recipe, for a suffix .Y, as `%.Y: %.X`. All come
   * after the makefile's own; one with the same target and prerequisites
   * does not replace it.
   */
  private suffixPatternRules(): { rules: PatternRule[]; ignoredPrerequisites: Rule[] } {
    const rules: PatternRule[] = [];
    const ignoredPrerequisites: Rule[] = [];
    const suffixes = this.suffixes();
    const add = (pattern: PatternRule) => {
      const same = (r: PatternRule) => r.target === pattern.target && r.prerequisites.join('\0') === pattern.prerequisites.join('\0') && r.secondExpansion === undefined;
      if (!this.patternRules.some(same) && !rules.some(same)) rules.push(pattern);
    };
    for (const source of suffixes) {
      add({ target: `%${source}`, prerequisites: [], orderOnly: [], recipe: [] });
      const single = this.table.get(source);
      if (single !== undefined && single.recipe.length > 0) add({ target: '%', prerequisites: [`%${source}`], orderOnly: [], recipe: single.recipe });
      for (const target of suffixes) {
        if (target === source) continue;
        const rule = this.table.get(source + target);
        if (rule === undefined || rule.recipe.length === 0) continue;
        if (rule.prerequisites.length > 0 || rule.orderOnly.length > 0) ignoredPrerequisites.push(rule);
        add({ target: `%${target}`, prerequisites: [`%${source}`], orderOnly: [], recipe: rule.recipe });
      }
    }
    return { rules, ignoredPrerequisites };
  }

  private recordPatternRule(target: string, prerequisites: string[], orderOnly: string[], lines: { line: string }[], secondExpansion: string | undefined, terminal: boolean, targets: string[]): void {
    // rule.c: a pattern rule with the same target and prerequisites (a text for second expansion is one) replaces the older one.
    const key = prerequisites.join('\0');
    const same = this.patternRules.findIndex((r) => r.target === target && r.prerequisites.join('\0') === key && r.secondExpansion === secondExpansion);
    if (same >= 0) this.patternRules.splice(same, 1);
    const rule: PatternRule = {
      target,
      prerequisites: [...prerequisites],
      orderOnly: [...orderOnly],
      // Recipe lines arrive after the rule line.
      get recipe() {
        return lines.map((l) => l.line);
      },
    };
    if (secondExpansion !== undefined) rule.secondExpansion = secondExpansion;
    if (terminal) rule.terminal = true;
    if (targets.length > 1) rule.targets = targets;
    this.patternRules.push(rule);
  }

  /**
   * implicit.c pattern_search(): a pattern rule's prerequisites expanded a
   * second time in the target's context: $@, $* the stem, $< $^ $+ $| of
   * its explicit prerequisites (before any VPATH search), $? empty.
   */
  private expandPatternSecond(text: string, target: string, stem: string): string {
    const set = new VariableSet();
    const a = (name: string, value: string) => set.set({ name, value, flavor: 'simple', origin: 'automatic' });
    const archive = archiveMember(target);
    a('@', archive?.archive ?? target);
    a('%', archive?.member ?? '');
    a('*', stem);
    const rule = this.table.get(target);
    const values = automaticValues(rule === undefined ? [] : this.expandedDeps(rule), false);
    for (const name of ['<', '^', '+', '?', '|'] as const) a(name, values[name]);
    return this.expansion.expandInScope(text, { set, next: this.variableScope(target) });
  }

  /** Names the makefile mentions as targets or prerequisites ("ought to exist"), made when first asked. */
  private mentioned: Set<string> | undefined;

  /** file.c snapped_deps: snap_deps() has begun; no rule may be defined any more (a target's context then waits for it). */
  snapped = false;

  /** After snap_deps(), each target's implicit rule search, done once. */
  private implicitMatches: Map<string, ImplicitMatch | undefined> | undefined;

  /**
   * The pattern rule that would give `target` its recipe (implicit.c), if
   * any. Once reading is over, make searches once for a file (remake.c:
   * tried_implicit), so a pattern rule's second expansion runs once.
   */
  implicitRule(target: string): ImplicitMatch | undefined {
    const done = this.implicitMatches;
    if (done === undefined) return this.searchImplicitRule(target);
    if (!done.has(target)) done.set(target, this.searchImplicitRule(target));
    return done.get(target);
  }

  private searchImplicitRule(target: string): ImplicitMatch | undefined {
    const rule = this.table.get(target);
    if (rule !== undefined && (rule.recipe.length > 0 || rule.doubleColon)) return undefined;
    if (this.mentioned === undefined) {
      // implicit.c: a name make has a file entry for (lookup_file()): a
      // target, or a prerequisite of any rule, order-only ones and those a
      // second expansion gives included (snap_deps() expands them all first).
      // Not modelled: make enters no prerequisite of a pattern rule (read.c
      // record_files()); kflags counts its normal ones, as the Kbuild
      // scans need (the host programs such a rule names, scripts/dtc/dtc,
      // exist when make runs but not in the scan's empty output tree).
      const mentioned = new Set(this.table.keys());
      for (const name of this.order) {
        const r = this.table.get(name);
        if (r === undefined) continue;
        for (const p of r.prerequisites) mentioned.add(p);
        if (this.isPatternName(name) && compilePattern(name).hasPercent) continue;
        for (const p of r.orderOnly) mentioned.add(p);
        if (r.secondExpansion === undefined) continue;
        const second = this.secondExpansion(r);
        for (const p of second.prerequisites) mentioned.add(p);
        for (const p of second.orderOnly) mentioned.add(p);
      }
      this.mentioned = mentioned;
    }
    const mentioned = this.mentioned;
    const rules = [...this.patternRules, ...this.suffixPatternRules().rules];
    const search = {
      exists: (name: string) => confined(this.expansion.reading, () => this.host.exists(resolvePath(this.vpathSearch(name), this.cwd))),
      oughtToExist: (name: string) => mentioned.has(name),
      expandSecond: (text: string, t: string, stem: string) => this.expandPatternSecond(text, t, stem),
    };
    const member = archiveMember(target);
    if (member === undefined) return findImplicitRule(target, rules, search);
    // try_implicit_rule(): an archive member lib.a(m.o), whole, then as (m.o).
    return findImplicitRule(target, rules, search, 0, new Set(), target) ?? findImplicitRule(target, rules, search, 0, new Set(), `(${member.member})`);
  }

  /** record_waiting_files(): enter the rule read last, with its recipe, as make does when a line ends it. */
  recordWaitingFiles(): void {
    const pending = this.waiting;
    if (pending === null) return;
    this.waiting = null;
    const rules = pending.record();
    for (const r of pending.recipe) this.addRecipe(rules, r.line, r.location);
  }

  /**
   * The end of read.c record_files() for a rule with grouped targets (not a
   * pattern rule): each target also makes the others (its also_make). Make
   * builds that list by prepending, so it visits the targets last first; a
   * file already in a group (an earlier grouped rule's, or this one's when
   * the rule names it twice) leaves it, with a warning at the recipe's line.
   * Each `::` rule is a file entry of its own, never in a group before.
   */
  private recordGroup(rules: Rule[], doubleColon: boolean, recipeLocation: Location): void {
    for (const rule of [...rules].reverse()) {
      const file = doubleColon ? (rule.doubleColonRules?.at(-1) ?? rule) : rule;
      if (file.alsoMake !== undefined && !doubleColon) this.onWarning(`${at(recipeLocation)}warning: overriding group membership for target '${rule.target}'\n`);
      file.alsoMake = rules.filter((o) => o !== rule).map((o) => o.target);
    }
  }

  /**
   * record_files(), for each target in turn (its warnings among the
   * others'): the rule's recipe becomes the target's. A second recipe of a
   * single-colon file replaces the first, with make's warnings; a target
   * named twice in the rule is said to be.
   */
  private claimRecipe(rule: Rule, rules: Rule[], recipeLines: { location: Location }[], ruleLocation: Location): void {
    if (recipeLines.length === 0) return;
    const location = recipeLines[0].location;
    if (rule.recipeOwner === rules) {
      // The same target earlier in this rule (cmds == f->cmds): a single-colon one is said to be given twice, at the rule's line.
      if (!rule.doubleColon) this.onWarning(`${at(ruleLocation)}target '${rule.target}' given more than once in the same rule\n`);
      return;
    }
    if (rule.recipeLocation !== undefined && !rule.doubleColon && !this.isPatternName(rule.target)) {
      this.onWarning(`${at(location)}warning: overriding recipe for target '${rule.target}'\n`);
      this.onWarning(`${at(rule.recipeLocation)}warning: ignoring old recipe for target '${rule.target}'\n`);
      rule.recipe = [];
    }
    rule.recipeLocation = location;
    rule.recipeOwner = rules;
  }

  /** Attach a recipe line to the rule's targets (each claimed it as the rule was recorded). */
  private addRecipe(rules: Rule[], line: string, location: Location): void {
    // A target named twice in the rule still gets each line once.
    for (const rule of new Set(rules)) {
      rule.recipe.push(line);
      // The `::` rule being read is the target's last (a file entry of its own, with its own recipe's line).
      const part = rule.doubleColonRules?.at(-1);
      if (part !== undefined) {
        part.recipeLocation ??= location;
        part.recipe.push(line);
      }
    }
  }

  private recordRule(
    target: string,
    prerequisites: string[],
    orderOnly: string[],
    doubleColon: boolean,
    location: Location,
    staticPattern: string | undefined,
    deps: RuleDep[],
    hasRecipe: boolean,
  ): Rule {
    this.mentioned = undefined;
    let rule = this.table.get(target);
    if (rule !== undefined && rule.doubleColon !== doubleColon && !this.isPatternName(target)) {
      throw new MakeError(`target file '${target}' has both : and :: entries`, location);
    }
    if (rule === undefined) {
      rule = { target, prerequisites: [], orderOnly: [], doubleColon, recipe: [], location, deps: [] };
      this.table.set(target, rule);
      this.order.push(target);
    }
    if (target === '.POSIX' && !this.posix) this.enterPosixMode();
    // Defining .SUFFIXES with no prerequisites clears the list of suffixes.
    if (target === '.SUFFIXES' && prerequisites.length === 0 && orderOnly.length === 0) {
      rule.prerequisites = [];
      rule.deps = [];
    }
    if (doubleColon && !this.isPatternName(target)) {
      const part: Rule = { target, prerequisites: [...prerequisites], orderOnly: [...orderOnly], doubleColon, recipe: [], location, deps: [...deps] };
      if (deps.some((d) => 'second' in d)) part.secondExpansion = [];
      (rule.doubleColonRules ??= []).push(part);
    }
    if (hasRecipe) {
      // record_files(): the prerequisites of the rule with the recipe go
      // first ($< is its first), those of rules without one at the end.
      rule.prerequisites.unshift(...prerequisites);
      rule.orderOnly.unshift(...orderOnly);
      rule.deps.unshift(...deps);
    } else {
      rule.prerequisites.push(...prerequisites);
      rule.orderOnly.push(...orderOnly);
      rule.deps.push(...deps);
    }
    if (staticPattern !== undefined) rule.staticPattern = staticPattern;
    return rule;
  }

  /** read.c eval()'s set_default: off while the makefiles of MAKEFILES (and those they include) are read. */
  setDefault = true;

  private updateDefaultGoal(targets: string[]): void {
    if (!this.setDefault) return;
    const goal = this.global.get('.DEFAULT_GOAL');
    if (goal !== undefined && goal.value !== '') return;
    for (const t of targets) {
      // record_files() looks no further than a name holding `%`.
      if (t.includes('%')) return;
      if (SPECIAL_TARGET.test(t)) continue;
      // A suffix (one without a dot) or two suffixes joined (a suffix rule) is not the default goal.
      const suffixes = this.suffixes();
      if (suffixes.some((d) => (!d.startsWith('.') && d === t) || suffixes.some((d2) => t.startsWith(d2) && t.slice(d2.length) === d))) continue;
      this.global.set({ name: '.DEFAULT_GOAL', value: t, flavor: 'simple', origin: 'file' });
      return;
    }
  }

  /** read.c parse_file_seq(): names in a rule are globbed; a pattern without matches stays as written. */
  globNames(names: string[]): string[] {
    if (names.some((n) => n.startsWith('~'))) names = names.map((n) => (archiveMember(n) === undefined ? this.expansion.tildeExpand(n) : n));
    if (!names.some((n) => /[*?[]/.test(n))) return names;
    return names.flatMap((n) => {
      if (!/[*?[]/.test(n) || archiveMember(n) !== undefined) return [n];
      const matches = this.expansion.glob(n);
      return matches.length > 0 ? matches.map(stripDotSlash) : [n];
    });
  }

  /** Whether make could start building `target`: a file, a rule, or a pattern rule it can use. */
  canMake(target: string, depth = 0): boolean {
    if (this.table.has(target)) return true;
    try {
      if (confined(this.expansion.reading, () => this.host.exists(resolvePath(target, this.cwd)))) return true;
    } catch (e) {
      if (!(e instanceof MakeError)) throw e;
    }
    if (depth > 20) return false;
    for (const [name, rule] of this.table) {
      if (!this.isPatternName(name) || rule.recipe.length === 0) continue;
      const stem = patternStem(compilePattern(name), target);
      if (stem === undefined) continue;
      const fill = (p: string) => {
        const cp = compilePattern(p);
        return cp.hasPercent ? cp.prefix + stem + cp.suffix : cp.text;
      };
      if (rule.prerequisites.every((p) => this.canMake(fill(p), depth + 1))) return true;
    }
    return false;
  }

  /**
   * file.c expand_deps(): under .SECONDEXPANSION, each line kept for a
   * second expansion is expanded once, in the target's own context, and
   * its names take its place in the list. Before each, set_file_variables()
   * sets $@, $* (a static pattern's stem, whose % each become $* first;
   * else the name less its suffix) and $< $^ $+ $| from the entries known
   * so far ($? is empty: nothing has been checked yet).
   */
  expandedDeps(rule: Rule): Dep[] {
    // A double-colon target: its rules' lists in turn, each expanded once.
    if (rule.doubleColonRules !== undefined && rule.secondExpansion !== undefined) return rule.doubleColonRules.flatMap((r) => this.expandedDeps(r));
    if (rule.secondExpansion === undefined) return rule.deps as Dep[];
    const done = this.secondExpanded.get(rule);
    if (done !== undefined) return done.deps;
    const deps: Dep[] = rule.deps.map((d) => ('second' in d ? { name: '', orderOnly: false, pending: true } : d));
    const names = { prerequisites: [] as string[], orderOnly: [] as string[] };
    this.secondExpanded.set(rule, { deps, names });
    const scope = this.variableScope(rule.target);
    let at = 0;
    for (const d of rule.deps) {
      if (!('second' in d)) {
        at++;
        continue;
      }
      const second = new VariableSet();
      const set = (name: string, value: string) => second.set({ name, value, flavor: 'simple', origin: 'automatic' });
      const archive = archiveMember(rule.target);
      set('@', archive?.archive ?? rule.target);
      set('%', archive?.member ?? '');
      set('*', d.stem ?? this.suffixStem(rule.target));
      const values = automaticValues(deps, false);
      for (const name of ['<', '^', '+', '?', '|'] as const) set(name, values[name]);
      const text = d.stem === undefined ? d.second : d.second.replaceAll('%', '$*');
      // expand.c variable_expand_for_file(): messages name the line where the file's recipe starts, if it has one.
      const reading = this.expansion.reading;
      this.expansion.reading = rule.recipeLocation;
      let expanded: string;
      try {
        expanded = this.expansion.expandInScope(text, { set: second, next: scope });
      } finally {
        this.expansion.reading = reading;
      }
      const [normal, orderOnlyText = ''] = splitOrderOnly(expanded);
      // split_prereqs(): the names are globbed as when read; a static
      // pattern's enter_prereqs() then puts the stem in for the first '%' of
      // each name the expansion gave (its own '%' became $* before).
      const fill = (names: string[]) => (d.stem === undefined ? names : fillStem(names, d.stem));
      const expandedNames = [
        ...fill(this.globNames(fileNames(normal))).map((name) => ({ name, orderOnly: false })),
        ...fill(this.globNames(fileNames(orderOnlyText))).map((name) => ({ name, orderOnly: true })),
      ];
      deps.splice(at, 1, ...expandedNames);
      at += expandedNames.length;
      for (const e of expandedNames) (e.orderOnly ? names.orderOnly : names.prerequisites).push(e.name);
    }
    return deps;
  }

  /** The names the second expansion gave a rule: normal ones, order-only ones. */
  secondExpansion(rule: Rule): { prerequisites: string[]; orderOnly: string[] } {
    this.expandedDeps(rule);
    const parts = rule.doubleColonRules ?? [rule];
    const names = parts.map((r) => this.secondExpanded.get(r)?.names ?? { prerequisites: [], orderOnly: [] });
    return names.length === 1 ? names[0] : { prerequisites: names.flatMap((n) => n.prerequisites), orderOnly: names.flatMap((n) => n.orderOnly) };
  }

  /**
   * commands.c set_file_variables(): the $* of a target no pattern gave a
   * stem: its name (an archive member's) without the first suffix of
   * .SUFFIXES it ends with, or nothing.
   */
  suffixStem(target: string): string {
    const name = archiveMember(target)?.member ?? target;
    const suffix = this.suffixes().find((d) => name.length > d.length && name.endsWith(d));
    return suffix === undefined ? '' : name.slice(0, -suffix.length);
  }

  /**
   * file.c snap_deps(): after reading, every file's prerequisites are
   * second-expanded, once: .SUFFIXES's first (its names give $*), then the
   * others in the order of make's file hash table (hash_dump(), unsorted),
   * a double-colon target's rules in turn. A pattern rule is no file: its
   * prerequisites wait for implicit rule search.
   */
  snapDependencies(): void {
    this.snapped = true;
    this.expansion.snapping = true;
    try {
      // Without .SECONDEXPANSION no rule kept text for it: the table's order does not matter.
      const names = this.table.has('.SECONDEXPANSION') ? this.files.names().filter((name) => name !== '.SUFFIXES') : [];
      for (const name of ['.SUFFIXES', ...names]) {
        const rule = this.table.get(name);
        if (rule?.secondExpansion !== undefined) this.secondExpansion(rule);
      }
    } finally {
      this.expansion.snapping = false;
    }
    this.implicitMatches = new Map();
    // convert_to_pattern() follows snap_deps(): a suffix rule's prerequisites are ignored, with a warning at its recipe.
    for (const rule of this.suffixPatternRules().ignoredPrerequisites) {
      this.onWarning(`${at(rule.recipeLocation ?? rule.location)}warning: ignoring prerequisites on suffix rule definition\n`);
    }
  }

  /** vpath.c construct_vpath_list(): `vpath`, `vpath PATTERN`, `vpath PATTERN DIRS`. */
  vpathDirective(text: string): void {
    const words = splitWords(text);
    if (words.length === 0) {
      this.vpaths.length = 0;
      return;
    }
    const pattern = compilePattern(words[0]);
    const dirs = splitPath(text.slice(text.indexOf(words[0]) + words[0].length));
    if (dirs.length === 0) {
      for (let k = this.vpaths.length - 1; k >= 0; k--) if (this.vpaths[k].text === pattern.text) this.vpaths.splice(k, 1);
      return;
    }
    // vpath.c keeps the pattern unquoted; pattern_matches(), given no `%`,
    // looks for one again in that text: `s\%.c` finds s.c as `s%.c` would.
    this.vpaths.push({ text: pattern.text, pattern: pattern.hasPercent ? pattern : compilePattern(pattern.text), dirs });
  }

  /** The prerequisites of .PHONY, as a set made again when the list grows. */
  private phony: { count: number; names: Set<string> } = { count: 0, names: new Set() };

  isPhony(name: string): boolean {
    const listed = this.table.get('.PHONY')?.prerequisites ?? [];
    if (listed.length !== this.phony.count) this.phony = { count: listed.length, names: new Set(listed) };
    return this.phony.names.has(name);
  }

  /**
   * vpath.c vpath_search(): a prerequisite that is not in the working
   * directory is looked for in the `vpath` directories whose pattern
   * matches it, then in VPATH's; the path found replaces its name.
   */
  vpathSearch(name: string, visiting?: Set<string>): string {
    if (name.startsWith('/') || archiveMember(name) !== undefined) return name;
    // A phony target is never looked for: make does not ask the file system about it
    // (Kbuild's `scripts` target stays `scripts` though VPATH holds a scripts/ directory).
    if (this.isPhony(name)) return name;
    const exists = (file: string) => confined(this.expansion.reading, () => this.host.exists(resolvePath(file, this.cwd)));
    if (this.vpaths.length === 0 && this.global.get('VPATH') === undefined) return name;
    if (exists(name)) return name;
    const v = this.global.get('VPATH');
    const dirs = [
      ...this.vpaths.filter((d) => patternStem(d.pattern, name) !== undefined).flatMap((d) => d.dirs),
      ...(v === undefined ? [] : splitPath(this.expansion.valueOf(v))),
    ];
    for (let dir of dirs) {
      // vpath.c construct_vpath_list() drops one trailing slash: `/` stays, `//` is `/`. A
      // directory still ending in one (`sub//`) finds nothing, not even a target of that name.
      if (dir.length > 1 && dir.endsWith('/')) dir = dir.slice(0, -1);
      if (dir.length > 1 && dir.endsWith('/') && !/^\/+$/.test(dir)) continue;
      const candidate = `${dir}/${name}`;
      // vpath.c selective_vpath_search(): a name the makefiles make a target (a rule's, or
      // .PHONY's) is there as well as a file.
      const found = this.table.has(candidate) || this.isPhony(candidate) || exists(candidate);
      if (found) return this.mustRemake(name, visiting ?? new Set()) ? name : candidate;
    }
    return name;
  }

  /**
   * remake.c: a target found through VPATH that must be remade is made
   * under its own name, and the path found is forgotten. It must be when a
   * prerequisite of its rules is phony or is no file (after its own search:
   * Kbuild's `tools/objtool: FORCE`). make also remakes it when a
   * prerequisite is newer; timestamps are not modelled.
   */
  private mustRemake(target: string, visiting: Set<string>): boolean {
    const rule = this.table.get(target);
    if (rule === undefined || visiting.has(target)) return false;
    visiting.add(target);
    return rule.prerequisites.some((p) => {
      if (this.isPhony(p)) return true;
      const found = this.vpathSearch(p, visiting);
      return !confined(this.expansion.reading, () => this.host.exists(resolvePath(found, this.cwd)));
    });
  }
}
