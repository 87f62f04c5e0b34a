// The context a target is built in (variable.c initialize_file_variables(),
// commands.c set_file_variables()): target- and pattern-specific variables,
// inherited from parent targets, and the automatic variables.
import type { AssignmentNode, AssignOp, Location } from '../syntax/ast.js';
import { MakeError } from './errors.js';
import type { Expansion } from './expansion.js';
import { automaticValues, type Dep } from './automatic.js';
import { archiveMember } from './file-names.js';
import { compilePattern, patternStem, type Pattern } from './patterns.js';
import { staticStem, type Rules } from './rules.js';
import type { VariableStore } from './variable-store.js';
import { originRank, VariableSet, type Origin, type Scope, type Variable } from './variables.js';

/**
 * A pattern-specific assignment, kept as written (read.c record_target_var):
 * `:=` is expanded when read, everything else (`!=`'s command too) when a
 * target matching the pattern is built, in the order make applies them.
 */
export interface PatternVariable {
  pattern: Pattern;
  name: string;
  op: AssignOp;
  value: string;
  origin: Origin;
  location: Location;
  private: boolean;
  exported?: boolean;
}

export class TargetContexts {
  readonly targetVariables = new Map<string, VariableSet>();
  readonly patternVariables: PatternVariable[] = [];

  constructor(
    private readonly expansion: Expansion,
    private readonly variables: VariableStore,
    private readonly rules: Rules,
  ) {}

  /** read.c record_target_var(): `target: NAME op VALUE` (a pattern target keeps it for later). */
  define(target: string, line: AssignmentNode, origin: Origin, location: Location): void {
    const expansion = this.expansion;
    if (target.includes('%')) {
      // A pattern's definition is read in the global context (a global private variable is seen).
      const name = expansion.expand(line.name);
      if (name === '') throw new MakeError('empty variable name', location);
      const op = line.op;
      let value = line.value;
      // `!=` waits too: its command is expanded and run when a target takes
      // the variable, in the pattern set (.SHELLSTATUS goes there).
      if (op === ':=' || op === '::=') value = line.valueParts ? expansion.expandParts(line.valueParts) : expansion.expand(value);
      const p: PatternVariable = { pattern: compilePattern(target), name, op, value, origin, location, private: line.modifiers.includes('private') };
      if (line.modifiers.includes('export')) p.exported = true;
      if (line.modifiers.includes('unexport')) p.exported = false;
      // A command-line setting beats a non-override one: its value and
      // origin are taken, the operator kept (so `+=` appends it again).
      const g = this.variables.commandLineSetting(name, origin);
      if (g !== undefined) {
        p.value = g.value;
        p.origin = g.origin;
      }
      this.patternVariables.push(p);
      return;
    }
    let set = this.targetVariables.get(target);
    if (set === undefined) {
      set = new VariableSet();
      this.targetVariables.set(target, set);
    }
    // While reading, a target's context is its own set, then the global
    // one as a parent: pattern-specific variables are not searched yet, and
    // a global private variable is not seen, in the name as in the value.
    const saved = expansion.scope;
    expansion.scope = { set, next: expansion.scope, nextIsParent: true };
    try {
      const name = expansion.expand(line.name);
      if (name === '') throw new MakeError('empty variable name', location);
      this.variables.setVariable(name, line.op, line.value, origin, location, set, 'target', line.valueParts, line.modifiers);
    } finally {
      expansion.scope = saved;
    }
  }

  /**
   * The pattern-specific variables that apply to a target, as one set in
   * front of `next` (variable.c initialize_file_variables()): each
   * definition is carried out in that set, in make's order, so `?=` sees
   * the variables as they are after reading and `+=` appends in turn.
   */
  private patternScope(target: string, next: Scope): Scope {
    // Shorter patterns (more general) first, then definition order: make
    // keeps its pattern-variable list sorted by length.
    const matching = this.patternVariables
      // variable.c lookup_pattern_var(): a pattern longer than the name is skipped, so
      // the stem is never empty (`%x.o` is not x.o's, as a pattern rule's would be).
      .filter((p) => (patternStem(p.pattern, target) ?? '') !== '')
      .map((p, i) => ({ p, i }))
      .sort((a, b) => a.p.pattern.text.length - b.p.pattern.text.length || a.i - b.i)
      .map((x) => x.p);
    if (matching.length === 0) return next;
    const set = new VariableSet();
    const expansion = this.expansion;
    const saved = expansion.scope;
    // create_new_variable_set() links the sets around it, not as a parent's: while the
    // definitions are carried out, `?=` sees a global private variable too.
    expansion.scope = { set, next, nextIsParent: false };
    try {
      for (const p of matching) {
        let v: Variable | undefined;
        if (p.op === ':=' || p.op === '::=') {
          v = { name: p.name, value: p.value, flavor: 'simple', origin: p.origin, location: p.location, owned: true };
          if (this.variables.recordHistory) v.history = [{ op: p.op, text: p.value, location: p.location, value: p.value }];
          const current = set.get(p.name);
          if (current !== undefined && originRank(p.origin) < originRank(current.origin)) continue;
          set.set(v);
        } else {
          v = this.variables.setVariable(p.name, p.op, p.value, p.origin, p.location, set, 'pattern');
        }
        if (v === undefined) continue;
        if (set.get(p.name) !== v) {
          // `?=` found the variable outside: make still copies the pattern variable's
          // private and export flags onto what it found (for good: a global private
          // variable is seen by every target from then on).
          if (p.op === '?=') this.takeFlags(v, p, next);
          continue;
        }
        if (p.private) v.private = true;
        if (p.exported !== undefined) v.exported = p.exported;
      }
    } finally {
      expansion.scope = saved;
    }
    return set.vars.size === 0 ? next : { set, next, nextIsParent: true };
  }

  /** variable.c initialize_file_variables(): a pattern variable's flags put on the variable its `?=` found in `scope`. */
  private takeFlags(found: Variable, p: PatternVariable, scope: Scope | undefined): void {
    for (let s = scope; s !== undefined; s = s.next) {
      if (s.set.get(found.name) !== found) continue;
      // A variable not made by an assignment may be shared: change a copy of it.
      const v = found.owned ? found : { ...found, owned: true };
      v.private = p.private || undefined;
      v.exported = p.exported;
      if (v !== found) s.set.set(v);
      return;
    }
  }

  /**
   * Each target's own set, then its pattern-specific set, then (as a
   * parent, where `private` variables stop being visible) its parent's
   * sets, and last the global set, itself a parent. `chain`: outermost first.
   */
  variableChain(chain: string[]): Scope {
    let scope: Scope = { set: this.variables.global, next: undefined };
    for (const t of chain) {
      const outer = scope;
      const patterns = this.patternScope(t, outer);
      // The target's own set, kept (make's file->variables): an $(eval) of a target-specific
      // assignment while its recipe is expanded defines in it, and is seen at once.
      let own = this.targetVariables.get(t);
      if (own === undefined) this.targetVariables.set(t, (own = new VariableSet()));
      scope = { set: own, next: patterns, nextIsParent: patterns === outer };
    }
    return scope;
  }

  /**
   * The scope chain for building `target` (with `parents`, outermost
   * first, whose variables it inherits): automatic variables, the target's
   * own variables, pattern-specific ones, then the parents', then global.
   */
  /**
   * With `implicitSearch`, a target without a recipe of its own takes its
   * automatic variables from the pattern rule that would build it (as make
   * does); without, it is seen as `--target` sees it, as if it had a recipe.
   */
  /**
   * `doubleColonRule`: for a double-colon target, the one of its `::`
   * rules (0 the first) whose recipe runs: its own prerequisites only.
   */
  targetScope(target: string, parents: string[] = [], implicitSearch = false, doubleColonRule?: number): Scope {
    const scope = this.variableChain([...parents, target]);
    const rule = this.rules.table.get(target);
    const automatic = new VariableSet();
    const a = (name: string, value: string) => automatic.set({ name, value, flavor: 'simple', origin: 'automatic' });
    let deps: Dep[] = [];
    const own = doubleColonRule === undefined ? rule : (rule?.doubleColonRules?.[doubleColonRule] ?? rule);
    if (own !== undefined) deps = this.rules.expandedDeps(own);
    // Without a recipe of its own the target is built by a pattern rule,
    // whose prerequisites come first (pattern_search() puts them in front).
    const implicit = implicitSearch && (this.rules.patternRules.length > 0 || this.rules.suffixes().length > 0) ? this.rules.implicitRule(target) : undefined;
    if (implicit !== undefined) {
      deps = [...implicit.prerequisites.map((name) => ({ name, orderOnly: false })), ...implicit.orderOnly.map((name) => ({ name, orderOnly: true })), ...deps];
    }
    deps = deps.map((d) => ({ name: this.rules.vpathSearch(d.name), orderOnly: d.orderOnly }));
    // For archive members lib.a(m.o), $^ $+ $? name the member; $< and $@ the archive.
    const archiveTarget = archiveMember(target);
    a('@', archiveTarget?.archive ?? target);
    a('%', archiveTarget?.member ?? '');
    const values = automaticValues(deps);
    // remake.c: a file no rule names as a target, with no pattern rule to
    // make it, gets .DEFAULT's recipe; set_file_variables() then makes $< its name.
    if (implicitSearch && rule === undefined && implicit === undefined && (this.rules.table.get('.DEFAULT')?.recipe.length ?? 0) > 0) values['<'] = archiveTarget?.archive ?? target;
    for (const name of ['<', '^', '+', '?', '|'] as const) a(name, values[name]);
    let stem = '';
    if (rule?.staticPattern !== undefined) stem = staticStem(compilePattern(rule.staticPattern), target);
    else if (implicit !== undefined) stem = implicit.stem;
    else stem = this.rules.suffixStem(target);
    a('*', stem);
    return { set: automatic, next: scope };
  }

  /** Expand text in the context of a target (Kbuild: c_flags with $@ set). */
  expandInTarget(text: string, target: string, parents: string[] = [], implicitSearch = false, doubleColonRule?: number): string {
    if (!this.rules.snapped) return this.expansion.expandInScope(text, this.targetScope(target, parents, implicitSearch, doubleColonRule));
    // After snap_deps() no rule changes, and make sets a file's variables up once
    // (initialize_file_variables(): pattern-specific ones when first asked): a pattern
    // variable an $(eval) defines in the recipe does not apply to the target any more.
    const key = [target, implicitSearch, doubleColonRule ?? '', ...parents].join('\0');
    let scope = this.snappedScopes.get(key);
    if (scope === undefined) this.snappedScopes.set(key, (scope = this.targetScope(target, parents, implicitSearch, doubleColonRule)));
    return this.expansion.expandInScope(text, scope);
  }

  private readonly snappedScopes = new Map<string, Scope>();
}
