// The evaluator: GNU make's reading phase, nothing ever built. It wires
// together the modules named after make's own files and keeps the API the
// rest of kflags uses:
//   reader.ts          read.c      lines, conditionals, define, include, rule lines
//   variable-store.ts  variable.c  the global set, origins, the assignment rules
//   expansion.ts       expand.c, function.c  references, builtins, $(call), $(shell)
//   rules.ts           rule.c, file.c, vpath.c  rules, default goal, vpath, second expansion
//   target-context.ts  target/pattern-specific and automatic variables
import * as path from 'node:path';
import type { ImplicitMatch } from './implicit.js';
import type { SkippedAssignment } from './reader.js';
import type { Derivation } from './provenance.js';
import type { ExpansionAst, Location } from '../syntax/ast.js';
import { registerFunctions } from '../syntax/parse.js';
import type { Host } from '../host/host.js';
import { Expansion } from './expansion.js';
import { FUNCTION_ARITY } from './functions/index.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { Reader } from './reader.js';
import { Rules, type Rule } from './rules.js';
import { TargetContexts, type PatternVariable } from './target-context.js';
import { VariableStore } from './variable-store.js';
import { atoi, decodeEnvSwitches, emptySwitches, evalFlags, makeflagsValue, mflagsValue, type MakeSwitches } from './makeflags.js';
import { parseLine } from '../syntax/parse.js';
import { originRank, type Scope, type Variable, type VariableSet } from './variables.js';

registerFunctions(FUNCTION_ARITY);

/** main.c expand_command_line_file(): a file name from a switch loses its leading ./ (`./` alone stays). */
export function commandLineFile(name: string): string {
  let n = name;
  while (n.startsWith('./')) n = n.slice(2).replace(/^\/+/, '');
  return n === '' ? './' : n;
}

export { DEFAULT_LIMITS, type Limits } from './limits.js';
export type { Rule } from './rules.js';

export interface InterpreterOptions {
  host: Host;
  cwd: string;
  includeDirs?: string[];
  allowShell?: boolean;
  onInfo?: (text: string) => void;
  onWarning?: (text: string) => void;
  limits?: Partial<Limits>;
  /** Told of each assignment a false conditional skipped (kflags trace). */
  onSkippedAssignment?: (skipped: SkippedAssignment) => void;
  /** Keep every assignment of each variable (see VariableStore.recordHistory). */
  history?: boolean;
  /** The goals make is given: entered as files first (make's file table decides the order of second expansion). */
  goals?: string[];
}

export class Interpreter {
  readonly cwd: string;
  /** The include search path (read.c construct_include_path()). */
  readonly includeDirs: string[];
  /** The -I switches as given (./ taken off), in MAKEFLAGS after reading. */
  private readonly includeSwitches: string[];
  private readonly includePath: (dirs: string[]) => string[];
  readonly limits: Limits;
  readonly variables: VariableStore;
  readonly expansion: Expansion;
  readonly ruleSet: Rules;
  readonly targets: TargetContexts;
  readonly reader: Reader;
  /** What make says of a bad switch in MAKEFLAGS (decode_switches()'s error()s). */
  private readonly onSwitchWarning: (text: string) => void;

  constructor(options: InterpreterOptions) {
    this.cwd = options.cwd;
    // main.c: -I names lose a leading ./; the search path (.INCLUDE_DIRS)
    // keeps the directories that exist, without trailing slashes.
    this.includeSwitches = (options.includeDirs ?? []).map(commandLineFile);
    const outside = options.host.unconfined?.() ?? options.host;
    this.includePath = (dirs: string[]) =>
      dirs.map((d) => (d.length > 1 ? d.replace(/(.)\/+$/, '$1') : d)).filter((d) => outside.isDirectory(path.resolve(this.cwd, d)));
    this.includeDirs = this.includePath(this.includeSwitches);
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    const onInfo = options.onInfo ?? (() => {});
    const onWarning = options.onWarning ?? (() => {});
    this.onSwitchWarning = onWarning;
    // The store expands through this object: expansion is created after it.
    this.variables = new VariableStore(this, this.limits.maxValueLength);
    this.variables.recordHistory = options.history === true;
    this.expansion = new Expansion(this.variables, {
      host: options.host,
      cwd: this.cwd,
      allowShell: options.allowShell ?? false,
      limits: this.limits,
      onInfo,
      onWarning,
      evalText: (text) => this.reader.evalText(text),
    });
    // History keeps the pieces of every value too: each expansion records where its words came from.
    this.expansion.tracing = this.variables.recordHistory;
    this.ruleSet = new Rules(this.expansion, this.variables.global, options.host, this.cwd, onWarning, (target) =>
      this.targets.variableChain([target]),
    );
    // main.c enters the command line's goals as it decodes them, then
    // .SUFFIXES (default.c set_default_suffixes()) and .DEFAULT, before any
    // makefile is read (with -r, no suffix is entered).
    for (const name of [...(options.goals ?? []).map(commandLineFile), '.SUFFIXES', '.DEFAULT']) this.ruleSet.files.enter(name);
    this.targets = new TargetContexts(this.expansion, this.variables, this.ruleSet);
    this.reader = new Reader(this.expansion, this.variables, this.ruleSet, this.targets, {
      host: options.host,
      cwd: this.cwd,
      includeDirs: this.includeDirs,
      limits: this.limits,
      onWarning,
      onSkippedAssignment: options.onSkippedAssignment,
    });
    this.variables.defineDefaults(this.cwd, this.includeDirs);
  }

  get global(): VariableSet {
    return this.variables.global;
  }

  get rules(): Map<string, Rule> {
    return this.ruleSet.table;
  }

  get ruleOrder(): string[] {
    return this.ruleSet.order;
  }

  get targetVariables(): Map<string, VariableSet> {
    return this.targets.targetVariables;
  }

  get patternVariables(): PatternVariable[] {
    return this.targets.patternVariables;
  }

  /** The line being read, if any. */
  get reading(): Location | undefined {
    return this.expansion.reading;
  }

  // ------------------------------------------------------------ variables

  defineCommandLine(assignments: string[]): void {
    this.variables.defineCommandLine(assignments);
  }

  defineEnvironment(env: Record<string, string>): void {
    this.variables.defineEnvironment(env, this.cwd);
  }

  /**
   * main.c decode_env_switches(): GNUMAKEFLAGS (then cleared), then
   * MAKEFLAGS, each expanded, as switches; what they turn on takes effect
   * here. Their variable definitions are returned for the command line.
   */
  decodeEnvironmentSwitches(): MakeSwitches & { variables: string[] } {
    const switches = emptySwitches();
    const fromEnvironment = (name: string) => {
      const v = this.global.get(name);
      // main.c's makelevel is not known yet: the messages say "make:".
      if (v !== undefined && v.origin === 'environment') decodeEnvSwitches(this.expand(`$(${name})`), switches, (m) => this.onSwitchWarning(`kflags: ${m}\n`));
    };
    fromEnvironment('GNUMAKEFLAGS');
    const e = switches.letters.has('e');
    this.global.set({ name: 'GNUMAKEFLAGS', value: '', flavor: 'simple', origin: e ? 'environment override' : 'environment' });
    fromEnvironment('MAKEFLAGS');
    this.variables.envOverrides = switches.letters.has('e');
    this.expansion.warnUndefinedVariables = switches.long.has('warn-undefined-variables');
    this.reader.keepGoing = switches.letters.has('k');
    // -I directories from the environment come before the command line's.
    if (switches.includeDirs.length > 0) {
      switches.includeDirs = switches.includeDirs.map(commandLineFile);
      this.includeSwitches.unshift(...switches.includeDirs);
      const found = this.includePath(switches.includeDirs);
      this.includeDirs.unshift(...found);
      const dirs = this.global.get('.INCLUDE_DIRS');
      if (dirs !== undefined && found.length > 0) this.global.set({ ...dirs, value: `${found.join(' ')} ${dirs.value}` });
    }
    // Words that are not switches: variable definitions (anything else is ignored).
    const variables = switches.arguments.filter((word) => {
      try {
        return parseLine(word, { file: '<command line>', line: 0 }).type === 'Assignment';
      } catch {
        return false;
      }
    });
    return { ...switches, variables };
  }

  /** The switches in force (main.c's flags): from the environment, then (after reading) from MAKEFLAGS as the makefiles left it. */
  private switches: MakeSwitches = emptySwitches();

  /**
   * main.c define_makeflags() as it is while reading, and MAKELEVEL: the
   * flags in MAKEFLAGS and MFLAGS, origins under -e, whether make prints
   * "Entering directory".
   */
  /**
   * make -w: "Entering directory" now (reading, or building when the makefile added -w), "Leaving" last;
   * `dataBase`: under -p, where make prints both lines as comments ("# make[1]: Entering ...").
   */
  onDirectory: ((entering: string, leaving: string, dataBase: boolean) => void) | undefined;
  private printingDirectory = false;
  private makelevel = 0;

  private printDirectory(): void {
    if (this.printingDirectory) return;
    this.printingDirectory = true;
    const program = this.makelevel > 0 ? `[${this.makelevel}]` : '';
    // output.c log_working_directory(): under -p (print_data_base_flag) the lines start with "# ".
    this.onDirectory?.(`${program}: Entering directory '${this.cwd}'\n`, `${program}: Leaving directory '${this.cwd}'\n`, this.switches.letters.has('p'));
  }

  defineMakeflags(switches: MakeSwitches): void {
    const envOrigin = this.variables.envOverrides ? 'environment override' : 'environment';
    const levelText = this.global.get('MAKELEVEL')?.value ?? '0';
    const level = makelevelOf(levelText);
    this.defineOwn({ name: 'MAKELEVEL', value: String(level), flavor: 'simple', origin: envOrigin });
    // -w is implied below the top level, except under -s (main.c: "Except under -s, always
    // do -w in sub-makes"); --no-print-directory turns it off (once, here).
    const letters = new Set(switches.letters);
    if (level > 0 && !letters.has('s')) letters.add('w');
    if (switches.long.has('no-print-directory')) letters.delete('w');
    this.switches = { ...switches, letters, long: new Set(switches.long), includeDirs: [], evals: [...switches.evals] };
    if (switches.evals.length > 0) {
      this.global.set({ name: '-*-eval-flags-*-', value: evalFlags(switches.evals), flavor: 'simple', origin: 'automatic' });
    }
    this.setMakeflags(makeflagsValue(this.switches), mflagsValue(this.switches));
    const overrides = this.global.get('MAKEOVERRIDES');
    if (overrides !== undefined && overrides.origin === 'environment') overrides.origin = envOrigin;
    this.makelevel = level;
    this.expansion.makelevel = level;
    if (letters.has('w')) this.printDirectory();
  }

  /** make's own definitions lose against stronger ones (the command line's, `override`). */
  private defineOwn(v: Variable): void {
    const old = this.global.get(v.name);
    if (old === undefined || originRank(old.origin) <= originRank(v.origin)) this.global.set({ ...v, exported: old?.exported });
  }

  private setMakeflags(makeflags: string, mflags: string): void {
    const e = this.variables.envOverrides;
    this.defineOwn({ name: 'MAKEFLAGS', value: makeflags, flavor: 'recursive', origin: e ? 'environment override' : 'file' });
    this.defineOwn({ name: 'MFLAGS', value: mflags, flavor: 'recursive', origin: e ? 'environment override' : 'environment' });
  }

  private buildPhase = false;

  /**
   * After reading (main.c): GNUMAKEFLAGS and MAKEFLAGS as the makefiles
   * left them are decoded again (their switches add to those in force),
   * and MAKEFLAGS gets its value for the recipes: with the -I
   * directories, the --eval strings and ` -- $(MAKEOVERRIDES)`.
   */
  enterBuildPhase(): void {
    if (this.buildPhase) return;
    this.buildPhase = true;
    const switches: MakeSwitches = { ...this.switches, letters: new Set(this.switches.letters), long: new Set(this.switches.long), includeDirs: [], arguments: [], debug: this.switches.debug && [...this.switches.debug] };
    for (const name of ['GNUMAKEFLAGS', 'MAKEFLAGS']) {
      const program = `kflags${this.makelevel > 0 ? `[${this.makelevel}]` : ''}: `;
      if (this.global.get(name) !== undefined) decodeEnvSwitches(this.expand(`$(${name})`), switches, (m) => this.onSwitchWarning(program + m + '\n'));
    }
    this.variables.envOverrides ||= switches.letters.has('e');
    // NAME=VALUE words the makefile put after `--` are command-line variables from now on.
    for (const word of switches.arguments) {
      let ast;
      try {
        ast = parseLine(word, { file: '<command line>', line: 0 });
      } catch {
        continue;
      }
      if (ast.type === 'Assignment') this.variables.assign(ast.name, ast.op, ast.value, 'command line', undefined, ast.valueParts);
    }
    // -w added by the makefile: make says where it is as it starts building.
    if (switches.letters.has('w')) this.printDirectory();
    this.expansion.warnUndefinedVariables ||= switches.long.has('warn-undefined-variables');
    const includeDirs = [...new Set([...this.includeSwitches, ...switches.includeDirs.map(commandLineFile)])];
    const evals = [...new Set(switches.evals)];
    if (evals.length > this.switches.evals.length) {
      this.global.set({ name: '-*-eval-flags-*-', value: evalFlags(evals), flavor: 'simple', origin: 'automatic' });
    }
    const built = { ...switches, includeDirs, evals };
    const overrides = this.global.get('MAKEOVERRIDES');
    const tail = overrides !== undefined && overrides.value !== '' ? ' -- $(MAKEOVERRIDES)' : '';
    this.setMakeflags(makeflagsValue(built, true) + tail, mflagsValue(built));
  }

  evalText(text: string): void {
    this.reader.evalText(text);
  }

  // -------------------------------------------------------------- reading

  readMakefile(file: string): void {
    this.reader.readMakefile(file);
  }

  readMakefilesVariable(): void {
    this.reader.readMakefilesVariable();
  }

  finishReading(): void {
    this.reader.finishReading();
  }

  // ------------------------------------------------------------ expansion

  expand(text: string): string {
    return this.expansion.expand(text);
  }

  expandParts(parts: ExpansionAst): string {
    return this.expansion.expandParts(parts);
  }

  get lastDerivation(): Derivation | undefined {
    return this.expansion.lastDerivation;
  }

  get evalTexts(): readonly Derivation[] {
    return this.expansion.evalTexts;
  }

  lookup(name: string): Variable | undefined {
    return this.expansion.lookup(name);
  }

  lookupIn(scope: Scope, name: string): Variable | undefined {
    return this.expansion.lookupIn(scope, name);
  }

  valueOf(v: Variable): string {
    return this.expansion.valueOf(v);
  }

  shell(command: string, location: Location | undefined = this.expansion.reading): string {
    return this.expansion.shell(command, location);
  }

  // ---------------------------------------------------- targets and rules

  targetScope(target: string, parents: string[] = [], implicitSearch = false, doubleColonRule?: number): Scope {
    return this.targets.targetScope(target, parents, implicitSearch, doubleColonRule);
  }

  expandInTarget(text: string, target: string, parents: string[] = [], implicitSearch = false, doubleColonRule?: number): string {
    return this.targets.expandInTarget(text, target, parents, implicitSearch, doubleColonRule);
  }

  /** The pattern rule that would give `target` its recipe (implicit rule search), if any. */
  implicitRule(target: string): ImplicitMatch | undefined {
    return this.ruleSet.implicitRule(target);
  }

  /** Whether `export` with no names is in force (every variable goes to a child's environment). */
  get exportAll(): boolean {
    return this.variables.exportAll;
  }

  snapDependencies(): void {
    this.ruleSet.snapDependencies();
    this.enterBuildPhase();
  }

  canMake(target: string): boolean {
    return this.ruleSet.canMake(target);
  }
}

/** main.c: `(unsigned int) atoi (value)` of MAKELEVEL unless it is empty or starts with '-'. */
function makelevelOf(text: string): number {
  if (text === '' || text.startsWith('-')) return 0;
  return atoi(text) >>> 0;
}
