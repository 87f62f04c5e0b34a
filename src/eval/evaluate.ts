// The engine's public face: evaluate makefiles as `make -R -r -f ...` would
// at parse time, then ask questions of the result.
import * as path from 'node:path';
import { commandLineFile, Interpreter, type Limits, type Rule } from './interpreter.js';
import { ConfinedHost, NodeHost, type Host } from '../host/host.js';
import type { Location } from '../syntax/ast.js';
import type { Scope, Variable } from './variables.js';
import { MakeError } from './errors.js';
import type { SkippedAssignment } from './reader.js';
import { literal, provenanceOfWords, type Derivation, type WordProvenance } from './provenance.js';
import { seedVariableTable, variableNamesInSlotOrder } from './variable-table.js';

/** Texts (command line, goals, environment) are make's bytes, one character each (latin1), as makefiles are read. */
export interface EvaluateOptions {
  /** Like several -f options, read in order. */
  makefiles: string[];
  /** Working directory (-C). */
  cwd: string;
  includeDirs?: string[];
  /** `NAME=VALUE`, `NAME:=VALUE`, ...: command-line variables. */
  commandLine?: string[];
  /** Goals named on the command line: they set MAKECMDGOALS (nothing is built). */
  goals?: string[];
  /**
   * The target variables are printed for (kflags eval --target): make, to
   * print them in its recipe, is given it as a goal, which it enters as a
   * file before reading (only the order of second expansion depends on it).
   */
  printTarget?: string;
  /** Environment-origin variables (default: none, like `env -i`). */
  environment?: Record<string, string>;
  /** With history: how the make that exported them made the environment's values (a sub-make's words lead back to its parent's lines). */
  environmentDerivations?: ReadonlyMap<string, Derivation>;
  allowShell?: boolean;
  /** Absolute path -> text, read instead of the disk (patched makefiles). */
  overlay?: Map<string, string>;
  host?: Host;
  /** Confine reads (default true): see ConfinedHost. */
  confine?: boolean;
  /** More directories that may be read (--allow-read). */
  allowRead?: string[];
  onInfo?: (text: string) => void;
  onWarning?: (text: string) => void;
  /**
   * make -w (or MAKELEVEL above 0, from the environment): called before
   * reading with the line make prints first and the one it prints last
   * (also after an error), without the program's name; `dataBase`: -p is
   * on, and make prints them as comments, "# " before the program's name.
   */
  onDirectory?: (entering: string, leaving: string, dataBase: boolean) => void;
  limits?: Partial<Limits>;
  /** Told of each assignment a false conditional skipped (kflags trace). */
  onSkippedAssignment?: (skipped: SkippedAssignment) => void;
  /**
   * Keep every assignment of each variable (`VariableInfo.history`, what
   * explanations replay). Off by default: plain evaluation keeps only the
   * last location, as make does.
   */
  history?: boolean;
}

export interface VariableInfo {
  name: string;
  value: string;
  flavor: 'recursive' | 'simple' | 'undefined';
  origin: string;
  location?: Location;
  exported?: boolean;
  history?: Variable['history'];
}

export interface ExpansionContext {
  /** Expand as when building this target. */
  target?: string;
  /** Targets that (transitively) asked for `target`, outermost first: their variables are inherited. */
  parents?: string[];
  /** Take `$<`, `$*`... from the pattern rule that builds the target, if it has no recipe (make's implicit rule search). */
  implicit?: boolean;
  /** A double-colon target: which of its `::` rules (0 the first, as in Rule.doubleColonRules) runs its recipe. */
  doubleColonRule?: number;
}

export class Evaluation {
  constructor(readonly interpreter: Interpreter) {}

  /** Whether every assignment was kept (EvaluateOptions.history). */
  get hasHistory(): boolean {
    return this.interpreter.variables.recordHistory;
  }

  expand(text: string, context: ExpansionContext = {}): string {
    if (context.target === undefined) return this.interpreter.expand(text);
    return this.interpreter.expandInTarget(text, context.target, context.parents, context.implicit, context.doubleColonRule);
  }

  /**
   * Where each word of an expansion came from: the references, functions
   * and assignments it came through, outermost first, ending at the line
   * that wrote it (provenance.ts). Needs an evaluation with history.
   */
  provenance(text: string, context: ExpansionContext = {}): { text: string; words: WordProvenance[] } {
    if (!this.hasHistory) throw new Error('kflags: provenance needs an evaluation that kept its history (evaluate with history: true)');
    const out = this.expand(text, context);
    const d = this.interpreter.lastDerivation;
    return { text: out, words: provenanceOfWords(d !== undefined && d.text === out ? d : literal(out)) };
  }

  /** The derivation of the last expansion (with history): what provenance() and removalsOf() read. */
  derivation(): Derivation | undefined {
    return this.interpreter.lastDerivation;
  }

  expandVariable(name: string, context: ExpansionContext = {}): string {
    return this.expand(`$(${name})`, context);
  }

  /** What make does right after reading: second expansion of every rule's prerequisites (once). */
  snapDependencies(): void {
    this.interpreter.snapDependencies();
  }

  /**
   * The first of `goals` that make could not even start to build: no file,
   * no rule, no pattern rule whose prerequisites can be had (make then
   * stops with "No rule to make target"). kflags never builds the others.
   */
  unmakeableGoal(goals: string[]): string | undefined {
    // Goals are named as make enters them, without a leading ./.
    return goals.map(commandLineFile).find((g) => !this.interpreter.canMake(g));
  }

  variable(name: string): VariableInfo | undefined {
    const v = this.interpreter.global.get(name);
    return v === undefined ? undefined : toInfo(v);
  }

  /** The variable `name` as seen by target `target` (its target/pattern-specific definition, if any). */
  variableForTarget(name: string, target: string, parents: string[] = []): Variable | undefined {
    // Reading is over, so a target's scope does not change: build it once.
    const key = [...parents, target].join('\0');
    let scope = this.targetScopes.get(key);
    if (scope === undefined) {
      scope = this.interpreter.targetScope(target, parents);
      this.targetScopes.set(key, scope);
    }
    return this.interpreter.lookupIn(scope, name);
  }

  private readonly targetScopes = new Map<string, Scope>();

  variables(): VariableInfo[] {
    return [...this.interpreter.global.vars.values()].map(toInfo);
  }

  /** The global variables in the order make -p prints them: its hash table's slots (variable-table.ts). */
  variablesInMakeOrder(): Variable[] {
    const global = this.interpreter.global;
    return variableNamesInSlotOrder(global).flatMap((name) => global.get(name) ?? []);
  }

  targets(): string[] {
    return [...this.interpreter.ruleOrder];
  }

  rule(target: string): Rule | undefined {
    return this.interpreter.rules.get(target);
  }
}

function toInfo(v: Variable): VariableInfo {
  return {
    name: v.name,
    value: v.value,
    flavor: v.flavor,
    origin: v.origin,
    location: v.location,
    exported: v.exported,
    history: v.history,
  };
}

/** Evaluate makefiles; throws MakeError on make's fatal errors. */
export function evaluate(options: EvaluateOptions): Evaluation {
  const cwd = path.resolve(options.cwd);
  let host = options.host ?? new NodeHost(options.overlay);
  if (options.confine !== false) {
    // Reads stay below the working directory, the makefiles' directories,
    // the -I directories and what the user allowed.
    const roots = [
      cwd,
      ...options.makefiles.map((m) => path.dirname(path.resolve(cwd, m))),
      ...(options.includeDirs ?? []).map((d) => path.resolve(cwd, d)),
      ...(options.allowRead ?? []).map((d) => path.resolve(cwd, d)),
    ];
    host = new ConfinedHost(host, roots, options.overlay);
  }
  const interpreter = new Interpreter({
    host,
    cwd,
    includeDirs: options.includeDirs,
    allowShell: options.allowShell,
    onInfo: options.onInfo,
    onWarning: options.onWarning,
    limits: options.limits,
    onSkippedAssignment: options.onSkippedAssignment,
    history: options.history,
    goals: [...(options.goals ?? []), ...(options.printTarget === undefined ? [] : [options.printTarget])],
  });
  interpreter.defineEnvironment(options.environment ?? {});
  if (options.history === true) {
    for (const [name, d] of options.environmentDerivations ?? []) {
      const v = interpreter.global.get(name);
      if (v !== undefined && v.origin === 'environment' && v.value === d.text) v.derivation = d;
    }
  }
  // main.c: switches from GNUMAKEFLAGS and MAKEFLAGS in the environment come before the command line's.
  const switches = interpreter.decodeEnvironmentSwitches();
  if (switches.includeDirs.length > 0 && host instanceof ConfinedHost) host.allow(switches.includeDirs.map((d) => path.resolve(cwd, d)));
  interpreter.defineCommandLine([...switches.variables, ...(options.commandLine ?? [])]);
  seedVariableTable(interpreter.global, Object.keys(options.environment ?? {}), interpreter.variables.commandLineNames);
  interpreter.onDirectory = options.onDirectory;
  interpreter.defineMakeflags(switches);
  for (const text of switches.evals) interpreter.evalText(text);
  if (options.goals !== undefined && options.goals.length > 0) {
    interpreter.global.set({ name: 'MAKECMDGOALS', value: options.goals.map(commandLineFile).join(' '), flavor: 'simple', origin: 'default' });
  }
  interpreter.readMakefilesVariable();
  for (const makefile of options.makefiles) interpreter.readMakefile(makefile);
  const evaluation = new Evaluation(interpreter);
  try {
    interpreter.finishReading();
  } catch (e) {
    // make reports a missing include only after reading everything (and
    // after the $(info)s of the last makefile): the result is still usable.
    if (e instanceof MakeError) e.evaluation = evaluation;
    throw e;
  }
  return evaluation;
}
