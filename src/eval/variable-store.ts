// variable.c: the global variable set, make's predefined variables, the
// environment and the command line, and every assignment rule in one place
// (do_variable_definition()).
import type { AssignOp, ExpansionAst, Location, Modifier } from '../syntax/ast.js';
import { parseLine } from '../syntax/parse.js';
import { LimitError, MakeError } from './errors.js';
import { originRank, VariableSet, type Flavor, type Origin, type Variable } from './variables.js';
import { isBlank, skipSpace } from './words.js';
import { noteUndefine } from './variable-table.js';
import { assignmentSource, NO_PIECES, type AssignmentSource, type Derivation } from './provenance.js';

/** Where an assignment goes: the global set, a target's own set (rule line), a target's pattern-specific set. */
export type AssignmentKind = 'global' | 'target' | 'pattern';

/** What an assignment needs from expansion (the value of `:=`, `+=`, `?=`, `!=`). */
export interface ValueExpander {
  expand(text: string): string;
  expandParts(parts: ExpansionAst): string;
  /** In the current scope (a target's context while its variables are defined). */
  lookup(name: string): Variable | undefined;
  shell(command: string, location: Location | undefined): string;
  /** With history: the derivation of the last expansion, and the texts $(eval) is reading. */
  readonly lastDerivation?: Derivation;
  readonly evalTexts?: readonly Derivation[];
}

export class VariableStore {
  readonly global = new VariableSet();
  /** `export` with no names: every variable is exported unless unexported. */
  exportAll = false;
  /**
   * make's cmd_prefix: set when .RECIPEPREFIX is assigned (in a makefile or
   * on the command line), from the first character of the value as stored
   * (unexpanded for a recursive one); undefining it changes nothing.
   */
  recipePrefix = '\t';
  /**
   * Special variables (.RECIPEPREFIX, .VARIABLES) undefined since: make's
   * `special` mark is on the variable it defined first, which undefine frees,
   * so a new definition is a plain variable.
   */
  readonly specialsUndefined = new Set<string>();
  /**
   * Keep every assignment of each variable (`Variable.history`): what
   * explain, trace, lint and `eval -p --history` read. Off, an assignment
   * allocates nothing beyond the variable itself.
   */
  recordHistory = false;

  constructor(
    private readonly expander: ValueExpander,
    private readonly maxValueLength: number,
  ) {}

  /** main.c / default.c: the variables make defines before reading anything (with -R -r). */
  defineDefaults(cwd: string, includeDirs: string[]): void {
    const d = (name: string, value: string, flavor: Flavor = 'simple', origin: Origin = 'default') =>
      this.global.set({ name, value, flavor, origin });
    d('MAKE_COMMAND', 'make');
    d('MAKE', '$(MAKE_COMMAND)', 'recursive');
    d('.LOADED', '');
    d('.INCLUDE_DIRS', [...includeDirs, '/usr/local/include', '/usr/include', '/usr/include'].join(' '), 'recursive');
    d('MAKEFLAGS', 'rR', 'recursive', 'file');
    d('CURDIR', cwd, 'simple', 'file');
    d('MFLAGS', '-rR', 'recursive', 'environment');
    d('.SHELLFLAGS', '-c');
    d('MAKE_HOST', 'x86_64-pc-linux-gnu');
    d('SHELL', '/bin/sh');
    d('MAKELEVEL', '0', 'simple', 'environment');
    d('MAKEFILES', '');
    d('GNUMAKEFLAGS', '', 'simple', 'environment');
    d('.DEFAULT_GOAL', '', 'simple', 'file');
    d('MAKE_VERSION', '4.3');
    d('.RECIPEPREFIX', '');
    d('.VARIABLES', '');
    d('SUFFIXES', '');
    d(
      '.FEATURES',
      'target-specific order-only second-expansion else-if shortest-stem undefine oneshell nocomment grouped-target extra-prereqs archives jobserver output-sync check-symlink load',
    );
    for (const auto of ['@', '%', '*', '<', '?', '^', '+']) {
      d(`${auto}D`, `$(patsubst %/,%,$(dir $${auto}))`, 'recursive', 'automatic');
      d(`${auto}F`, `$(notdir $${auto})`, 'recursive', 'automatic');
    }
  }

  /** Command-line variables (`NAME=VALUE`, `NAME:=VALUE`, ...), before any makefile. */
  defineCommandLine(assignments: string[]): void {
    // make defines CURDIR after the command line (which may set it first).
    const curdir = this.global.get('CURDIR');
    if (curdir?.origin === 'file') this.global.delete('CURDIR');
    try {
      this.defineCommandLineVariables(assignments);
    } finally {
      if (curdir?.origin === 'file' && this.global.get('CURDIR') === undefined) this.global.set(curdir);
    }
  }

  /** The command line's variables, in the order given (variable-table.ts places them so). */
  commandLineNames: string[] = [];

  private defineCommandLineVariables(assignments: string[]): void {
    const names: string[] = [];
    for (const text of assignments) {
      const ast = parseLine(text, { file: '<command line>', line: 0 });
      if (ast.type !== 'Assignment') throw new MakeError(`invalid command-line variable: '${text}'`);
      const v = this.assign(ast.name, ast.op, ast.value, 'command line', undefined, ast.valueParts);
      if (v !== undefined && !names.includes(v.name)) names.push(v.name);
    }
    this.commandLineNames = [...names];
    if (names.length === 0) return;
    // main.c define_makeflags(): the command-line variables, as they would be
    // passed to a sub-make (make lists its hash table; kflags: the reverse
    // of the order given, what make shows for a few variables).
    const quote = (value: string) => value.replace(/[ \t\\$]/g, (c) => (c === '$' ? '$$' : `\\${c}`));
    const overrides = names
      .reverse()
      .map((name) => {
        const v = this.global.get(name)!;
        return `${quote(name)}${v.flavor === 'simple' ? ':=' : '='}${quote(v.value)}`;
      })
      .join(' ');
    this.global.set({ name: '-*-command-variables-*-', value: overrides, flavor: 'simple', origin: 'automatic' });
    this.global.set({ name: 'MAKEOVERRIDES', value: '${-*-command-variables-*-}', flavor: 'recursive', origin: 'environment' });
  }

  /** The environment make started with: make 4.3 gives $(shell) exactly this (func_shell_base uses environ). */
  startEnvironment: Record<string, string> = {};

  defineEnvironment(env: Record<string, string>, cwd: string): void {
    this.startEnvironment = { ...this.startEnvironment, ...env };
    for (const [name, value] of Object.entries(env)) {
      // make never takes SHELL from the environment.
      if (name === 'SHELL') {
        // variable.c define_automatic_variables(): the environment's variable
        // (recursive, as all are) keeps its flavor; value and origin are reset.
        this.global.set({ name, value: '/bin/sh', flavor: 'recursive', origin: 'file', exported: true });
        continue;
      }
      this.global.set({ name, value, flavor: 'recursive', origin: 'environment', exported: true });
    }
    // make sets these after importing the environment, whatever it held.
    const own = (name: string, value: string, origin: Origin) => {
      const v = this.global.get(name);
      if (v !== undefined && v.origin === 'environment') this.global.set({ ...v, value, flavor: 'simple', origin });
    };
    own('CURDIR', cwd, 'file');
    own('.DEFAULT_GOAL', '', 'file');
    own('MFLAGS', '-rR', 'environment');
  }

  /** make -e (from MAKEFLAGS): the environment overrides the makefiles. */
  envOverrides = false;

  /**
   * variable.c define_variable_in_set(): with -e, a variable from the
   * environment (imported before the switches were decoded) becomes an
   * `environment override` when something tries to redefine it.
   */
  private promote(v: Variable): void {
    if (this.envOverrides && v.origin === 'environment' && this.global.get(v.name) === v) v.origin = 'environment override';
  }

  /** read.c: each makefile read is appended to MAKEFILE_LIST. */
  appendMakefileList(file: string): void {
    const v = this.global.get('MAKEFILE_LIST');
    // make's own file-origin assignment: it loses against the command line.
    if (v !== undefined && originRank(v.origin) > originRank('file')) return;
    // One from the environment is replaced, not extended.
    const value = v && v.value !== '' && v.origin !== 'environment' ? `${v.value} ${file}` : file;
    this.global.set({ name: 'MAKEFILE_LIST', value, flavor: 'simple', origin: 'file' });
  }

  /** An assignment line: expand the name, then apply make's assignment semantics; `valueParts`: the value already parsed. */
  assign(
    nameText: string,
    op: AssignOp,
    value: string,
    origin: Origin,
    location: Location | undefined,
    valueParts?: ExpansionAst,
    modifiers?: Modifier[],
  ): Variable | undefined {
    const name = this.expander.expand(nameText);
    if (name === '') throw new MakeError('empty variable name', location);
    return this.setVariable(name, op, value, origin, location, this.global, 'global', valueParts, modifiers);
  }

  /**
   * variable.c do_variable_definition() and what read.c does around it:
   * every assignment operator, origin precedence (override, command line,
   * makefile, environment), flavor rule and modifier in one place. `set` is
   * the global set for ordinary assignments, a target's own set for one
   * read from a rule line (`kind` 'target'), or the set being built for a
   * target's pattern-specific variables (`kind` 'pattern').
   */
  setVariable(
    name: string,
    op: AssignOp,
    value: string,
    origin: Origin,
    location: Location | undefined,
    set: VariableSet = this.global,
    kind: AssignmentKind = 'global',
    valueParts?: ExpansionAst,
    modifiers?: Modifier[],
  ): Variable | undefined {
    let v = this.applyOperator(name, op, value, origin, location, set, kind !== 'global', valueParts);
    if (v === undefined) return undefined;
    if (modifiers !== undefined && modifiers.length > 0) {
      // `export X ?= ...` marks the X there is: a shared definition (definePlain) in a copy of its own.
      if (v.owned !== true && v.origin === 'file' && set.get(v.name) === v) set.set((v = { ...v, owned: true }));
      this.applyModifiers(v, modifiers);
    }
    if (kind === 'target') {
      // A command-line setting beats a target-specific one.
      const g = this.commandLineSetting(name, v.origin);
      if (g !== undefined) set.set({ ...g, private: v.private, append: false });
    }
    return v;
  }

  /** The operator's part of setVariable(): the new value, its flavor, and whether the origin allows it. */
  private applyOperator(
    name: string,
    op: AssignOp,
    value: string,
    origin: Origin,
    location: Location | undefined,
    set: VariableSet,
    targetSpecific: boolean,
    valueParts: ExpansionAst | undefined,
  ): Variable | undefined {
    let flavor: Flavor;
    let newValue: string;
    let append = false;
    const expander = this.expander;
    // With history: how the expanded text came about, and the value it was appended to.
    let expanded: Derivation | undefined;
    let appendedTo: Variable | undefined;
    switch (op) {
      case ':=':
      case '::=':
        flavor = 'simple';
        newValue = valueParts === undefined ? expander.expand(value) : expander.expandParts(valueParts);
        if (this.recordHistory) expanded = expander.lastDerivation;
        break;
      case '!=':
        flavor = 'recursive';
        newValue = expander.shell(expander.expand(value), location);
        break;
      case '?=': {
        // In a target's context the lookup sees its sets and the global one.
        const existing = expander.lookup(name);
        if (existing !== undefined) return existing;
        flavor = 'recursive';
        newValue = value;
        break;
      }
      case '=':
        flavor = 'recursive';
        newValue = value;
        break;
      case '+=': {
        let existing: Variable | undefined;
        if (targetSpecific) {
          existing = set.get(name);
          append = existing === undefined || existing.append === true;
        } else {
          existing = expander.lookup(name);
        }
        if (existing === undefined) {
          flavor = 'recursive';
          newValue = value;
        } else {
          // make expands before it looks at origins, and an empty addition
          // changes nothing at all (not even the origin).
          let added = value;
          if (existing.flavor !== 'recursive') {
            added = valueParts === undefined ? expander.expand(value) : expander.expandParts(valueParts);
            if (this.recordHistory) expanded = expander.lastDerivation;
          }
          if (added === '') return existing;
          if (set === this.global) this.promote(existing);
          // Origins count only in the set defined in (variable.c
          // define_variable_in_set()): a value found in a $(foreach) or
          // $(call) scope is appended to and the result defined globally.
          if (set.get(name) === existing && originRank(origin) < originRank(existing.origin)) return existing;
          flavor = existing.flavor;
          newValue = existing.value === '' ? added : `${existing.value} ${added}`;
          append = existing.append === true;
          appendedTo = existing;
        }
        break;
      }
    }
    if (newValue.length > this.maxValueLength) {
      throw new LimitError(
        `kflags: value of '${name}' exceeds the value size limit (${this.maxValueLength} characters; raise it with --max-value)`,
        location,
      );
    }
    const current = set.get(name);
    if (current !== undefined && set === this.global) this.promote(current);
    if (current !== undefined && originRank(origin) < originRank(current.origin)) return current;
    const provenance = this.recordHistory ? this.valuePieces(name, op, value, origin, location, newValue, expanded, appendedTo) : undefined;
    if (current !== undefined && current.owned === true) {
      // make redefines a variable in place: one being expanded (an $(eval)
      // inside its own value) is still the same variable.
      current.value = newValue;
      current.flavor = flavor;
      current.origin = origin;
      current.location = location;
      // (Set, never deleted: a deleted property would make the object a slow dictionary.)
      current.append = append ? true : undefined;
      if (this.recordHistory) {
        (current.history ??= []).push({ op, text: value, location, value: newValue });
        current.provenance = provenance;
      }
      if (valueParts !== undefined && flavor === 'recursive' && newValue === value) current.parsed = { text: value, parts: valueParts };
      this.assigned(current, set);
      return current;
    }
    // Every field the assignment decides is in the literal: one shape, no property added later.
    // `export NAME` before NAME is set made a variable whose export mark stays (define_variable_in_set).
    const exported = current?.exported;
    // Only a recursive value is parsed when expanded (a simple one is its own text).
    const parsed = valueParts !== undefined && flavor === 'recursive' && newValue === value ? { text: value, parts: valueParts } : undefined;
    const v: Variable = this.recordHistory
      ? { name, value: newValue, flavor, origin, location, owned: true, exported, append: append ? true : undefined, parsed, history: [{ op, text: value, location, value: newValue }], provenance }
      : { name, value: newValue, flavor, origin, location, owned: true, exported, append: append ? true : undefined, parsed };
    set.set(v);
    this.assigned(v, set);
    return v;
  }

  /**
   * The new value's pieces: the assignment's own text (with how it
   * expanded, for a simple variable), after the pieces of the value it
   * appends to. Appending shares the older value's piece list: pieces past
   * the end of an older value's text are not its own.
   */
  private valuePieces(
    name: string,
    op: AssignOp,
    text: string,
    origin: Origin,
    location: Location | undefined,
    newValue: string,
    expanded: Derivation | undefined,
    appendedTo: Variable | undefined,
  ): Derivation {
    const evalTexts = this.expander.evalTexts;
    const evalText = evalTexts !== undefined && evalTexts.length > 0 ? evalTexts[evalTexts.length - 1] : undefined;
    const source = assignmentSource(name, op, origin, text, location, expanded, evalText);
    if (appendedTo === undefined || appendedTo.value === '') {
      return { text: newValue, pieces: newValue === '' ? NO_PIECES : [{ start: 0, end: newValue.length, source }] };
    }
    const before = appendedTo.provenance !== undefined && appendedTo.provenance.text === appendedTo.value ? appendedTo.provenance : undefined;
    const pieces = before?.pieces ?? [{ start: 0, end: appendedTo.value.length, source: this.wholeValue(appendedTo) }];
    // An older value's list is shared only when this piece goes at its end
    // (O(1) per +=). Two variables holding one list (a command-line setting
    // copied into a target's set) and both appended could then see each
    // other's piece at the same offset: rare, and only an attribution.
    const own = before !== undefined && pieces.length > 0 && pieces[pieces.length - 1].end === appendedTo.value.length ? pieces : [...pieces.filter((p) => p.end <= appendedTo.value.length)];
    own.push({ start: appendedTo.value.length + 1, end: newValue.length, source });
    return { text: newValue, pieces: own };
  }

  /** The piece of a value no recorded assignment explains (the environment's, a default). */
  private wholeValue(v: Variable): AssignmentSource {
    return assignmentSource(v.name, v.origin, v.origin, v.value, v.location, v.derivation, undefined);
  }

  /** variable.c set_special_var(): what an assignment to a special variable changes. */
  private assigned(v: Variable, set: VariableSet): void {
    if (v.name === '.RECIPEPREFIX' && set === this.global && !this.specialsUndefined.has(v.name)) this.recipePrefix = v.value === '' ? '\t' : v.value[0];
  }

  /** `export`, `unexport` and `private` written before an assignment. */
  private applyModifiers(v: Variable, modifiers: Modifier[]): void {
    if (modifiers.includes('export')) v.exported = true;
    if (modifiers.includes('unexport')) v.exported = false;
    if (modifiers.includes('private')) v.private = true;
  }

  /**
   * The command-line (or `environment override`) variable that beats a
   * target- or pattern-specific assignment of `origin`, if any.
   */
  commandLineSetting(name: string, origin: Origin): Variable | undefined {
    if (origin === 'override') return undefined;
    const g = this.global.get(name);
    return g !== undefined && (g.origin === 'command line' || g.origin === 'environment override') ? g : undefined;
  }

  /** `undefine NAME`: only an origin at least as strong removes it. */
  undefine(nameText: string, origin: Origin, location: Location | undefined): void {
    // read.c do_undefine(): leading ISSPACE goes, trailing blanks only (a form feed stays in the name).
    let name = skipSpace(this.expander.expand(nameText));
    let end = name.length;
    while (end > 0 && isBlank(name[end - 1])) end--;
    name = name.slice(0, end);
    if (name === '') throw new MakeError('empty variable name', location);
    const v = this.global.get(name);
    if (v !== undefined) this.promote(v);
    if (v !== undefined && originRank(origin) >= originRank(v.origin)) {
      noteUndefine(this.global, name);
      this.global.delete(name);
      if (name === '.RECIPEPREFIX' || name === '.VARIABLES') this.specialsUndefined.add(name);
    }
  }

  /** `export NAMES` / `unexport NAMES`: an undefined name is defined empty. */
  exportNames(names: string[], exporting: boolean, location: Location): void {
    for (const name of names) {
      let v = this.global.get(name);
      if (v === undefined) {
        v = { name, value: '', flavor: 'simple', origin: 'file', location };
        this.global.set(v);
      } else if (v.owned !== true && v.origin === 'file') {
        // A shared definition (definePlain) is marked in a copy of its own.
        this.global.set((v = { ...v, owned: true }));
      }
      v.exported = exporting;
    }
  }

  /**
   * A plain definition read from a file of them (see the reader's
   * plainDefinitions): the shared, unchanging `v` itself when nothing is
   * defined under its name yet, which is what the assignment would make;
   * otherwise the assignment, with all its rules.
   */
  definePlain(v: Variable): void {
    if (this.global.get(v.name) === undefined) this.global.set(v);
    else this.setVariable(v.name, v.flavor === 'recursive' ? '=' : ':=', v.value, 'file', v.location);
  }

  /** The environment of a child process (target_environment() for the global set), values from `valueOf`. */
  exportedEnvironment(valueOf: (v: Variable) => string): Record<string, string> {
    const env: Record<string, string> = {};
    for (const v of this.global.vars.values()) {
      if (v.exported === true || (this.exportAll && v.exported !== false) || (v.origin === 'environment' && v.exported !== false)) {
        env[v.name] = valueOf(v);
      }
    }
    return env;
  }
}
