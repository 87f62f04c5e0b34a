// The evaluator: reads makefiles line by line as GNU make's read.c does,
// keeps the variable store, expands references and records rules and
// target-specific variables. Nothing is ever built.
import * as path from 'node:path';
import type { AssignmentNode, AssignOp, ConditionalNode, ExpansionAst, LineAst, Location, LogicalLine, Modifier, RawArgument } from '../syntax/ast.js';
import {
  classifyLine,
  parseExpansion,
  parseLine,
  parseMakefile,
  preparseExpansions,
  classifyLines,
  nestedTexts,
  registerFunctions,
} from '../syntax/parse.js';
import { collapseContinuations, findCharUnquote, findMapUnquote, removeComment } from '../syntax/lines.js';
import { findImplicitRule, type ImplicitMatch, type PatternRule } from './implicit.js';
import { MakeError, LimitError } from './errors.js';
import { FUNCTIONS, FUNCTION_ARITY, type BuiltinFunction, type FunctionContext } from './functions/index.js';
import { originRank, VariableSet, type Flavor, type Origin, type Scope, type Variable } from './variables.js';
import { isBlank, isSpace, skipSpace, splitWords, trimSpace } from './words.js';
import { compilePattern, patternStem, substitutionReference, type Pattern } from './patterns.js';
import { glob } from './glob.js';
import { ConfinementError, type Host } from '../host/host.js';

registerFunctions(FUNCTION_ARITY);

export interface Limits {
  /** Nested expansions (variable references, calls) before kflags stops. */
  maxExpansionDepth: number;
  /** Nested includes and $(eval)s. */
  maxIncludeDepth: number;
  /** Largest value, in characters. */
  maxValueLength: number;
  /** Largest makefile, in bytes. */
  maxInputSize: number;
}

export const DEFAULT_LIMITS: Limits = {
  // Kernel makefiles nest a few dozen levels; JavaScript's stack holds a
  // few hundred of ours with room to spare.
  maxExpansionDepth: 1000,
  maxIncludeDepth: 200,
  maxValueLength: 64 * 1024 * 1024,
  maxInputSize: 512 * 1024 * 1024,
};

export interface InterpreterOptions {
  host: Host;
  cwd: string;
  includeDirs?: string[];
  allowShell?: boolean;
  onInfo?: (text: string) => void;
  onWarning?: (text: string) => void;
  limits?: Partial<Limits>;
}

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
}

/**
 * A pattern-specific assignment, kept as written (read.c record_target_var):
 * `:=` is expanded when read, everything else when a target matching the
 * pattern is built, in the order make applies them.
 */
interface PatternVariable {
  pattern: Pattern;
  name: string;
  op: AssignOp;
  value: string;
  origin: Origin;
  location: Location;
  private: boolean;
  exported?: boolean;
}

interface ConditionalFrame {
  /** 0: interpreting, 1: not yet interpreted, 2: already interpreted (like read.c). */
  ignoring: 0 | 1 | 2;
  seenElse: boolean;
}

const SPECIAL_TARGET = /^\.[^/]*$/;

export class Interpreter implements FunctionContext {
  readonly global = new VariableSet();
  /** The scope chain used for lookups; global at file level. */
  private scope: Scope;
  readonly rules = new Map<string, Rule>();
  readonly ruleOrder: string[] = [];
  readonly targetVariables = new Map<string, VariableSet>();
  readonly patternVariables: PatternVariable[] = [];
  readonly cwd: string;
  readonly includeDirs: string[];
  private readonly host: Host;
  private readonly allowShell: boolean;
  private readonly onInfo: (text: string) => void;
  private readonly onWarning: (text: string) => void;
  readonly limits: Limits;
  reading: Location | undefined;
  /** make's expanding_var: the definition site of the variable being expanded. */
  /** make's expanding_var: the variable being expanded; errors blame where it is defined (now). */
  private expandingVar: Variable | undefined;
  private depth = 0;
  private includeDepth = 0;
  private readonly expanding = new Set<Variable>();
  private readonly callable = new Set<Variable>();
  callArgumentCount = 0;
  private readonly shellWarned = new Set<string>();
  /** Deferred errors for missing `include`d files, reported after reading, as make does. */
  private readonly missingIncludes: { file: string; location: Location }[] = [];
  /** Rule context: the rules of the last rule line, to which recipe lines belong. */
  private noTargets = false;

  constructor(options: InterpreterOptions) {
    this.host = options.host;
    this.cwd = options.cwd;
    this.includeDirs = options.includeDirs ?? [];
    this.allowShell = options.allowShell ?? false;
    this.onInfo = options.onInfo ?? (() => {});
    this.onWarning = options.onWarning ?? (() => {});
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.scope = { set: this.global, next: undefined };
    this.defineDefaults();
  }

  // ------------------------------------------------------------ defaults

  private defineDefaults(): void {
    const d = (name: string, value: string, flavor: Flavor = 'simple', origin: Origin = 'default') =>
      this.global.set({ name, value, flavor, origin });
    d('MAKE_COMMAND', 'make');
    d('MAKE', '$(MAKE_COMMAND)', 'recursive');
    d('.LOADED', '');
    d('.INCLUDE_DIRS', [...this.includeDirs, '/usr/local/include', '/usr/include', '/usr/include'].join(' '), 'recursive');
    d('MAKEFLAGS', 'rR', 'recursive', 'file');
    d('CURDIR', this.cwd, 'simple', 'file');
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

  private defineCommandLineVariables(assignments: string[]): void {
    const names: string[] = [];
    for (const text of assignments) {
      const ast = parseLine(text, { file: '<command line>', line: 0 });
      if (ast.type !== 'Assignment') throw new MakeError(`invalid command-line variable: '${text}'`);
      const v = this.assign(ast.name, ast.op, ast.value, 'command line', undefined, ast.valueParts);
      if (v !== undefined && !names.includes(v.name)) names.push(v.name);
    }
    if (names.length === 0) return;
    // main.c define_makeflags(): the command-line variables, as they would be
    // passed to a sub-make (make lists its hash table; kflags: the reverse
    // of the order given, what make shows for a few variables).
    const quote = (value: string) => value.replace(/[ \t\\$]/g, (c) => (c === '$' ? '$$' : `\\${c}`));
    const overrides = names
      .reverse()
      .map((name) => {
        const v = this.global.get(name)!;
        return `${name}${v.flavor === 'simple' ? ':=' : '='}${quote(v.value)}`;
      })
      .join(' ');
    this.global.set({ name: '-*-command-variables-*-', value: overrides, flavor: 'simple', origin: 'automatic' });
    this.global.set({ name: 'MAKEOVERRIDES', value: '${-*-command-variables-*-}', flavor: 'recursive', origin: 'environment' });
  }

  /** The environment make started with: make 4.3 gives $(shell) exactly this (func_shell_base uses environ). */
  private startEnvironment: Record<string, string> = {};

  defineEnvironment(env: Record<string, string>): void {
    this.startEnvironment = { ...this.startEnvironment, ...env };
    for (const [name, value] of Object.entries(env)) {
      // make never takes SHELL from the environment.
      if (name === 'SHELL') {
        this.global.set({ name, value: '/bin/sh', flavor: 'simple', origin: 'file', exported: true });
        continue;
      }
      this.global.set({ name, value, flavor: 'recursive', origin: 'environment', exported: true });
    }
    // make sets these after importing the environment, whatever it held.
    const own = (name: string, value: string, origin: Origin) => {
      const v = this.global.get(name);
      if (v !== undefined && v.origin === 'environment') this.global.set({ ...v, value, flavor: 'simple', origin });
    };
    own('CURDIR', this.cwd, 'file');
    own('.DEFAULT_GOAL', '', 'file');
    own('MFLAGS', '-rR', 'environment');
  }

  // ------------------------------------------------------------- reading

  /** Read a makefile named on the command line (-f); a missing one is fatal at once. */
  readMakefile(file: string): void {
    const abs = path.resolve(this.cwd, file);
    if (this.confined(() => this.host.isDirectory(abs))) throw new MakeError(`${file}: Is a directory`);
    const text = this.confined(() => this.host.readFile(abs));
    if (text === undefined) {
      throw new MakeError(`No rule to make target '${file}'`, undefined, { notes: [`kflags: ${file}: No such file or directory\n`] });
    }
    this.appendMakefileList(file);
    this.evalSource(text, file);
  }

  /** The makefiles named by MAKEFILES (from the environment): read first, silently. */
  readMakefilesVariable(): void {
    const v = this.global.get('MAKEFILES');
    if (v === undefined || v.origin !== 'environment') return;
    this.include('-include', v.value, { file: '', line: 0 });
    this.reading = undefined;
  }

  /** After all makefiles: report what make reports once reading is done. */
  finishReading(): void {
    this.endRule();
    // make tries to remake missing makefiles after reading; a target
    // without a recipe counts as remade. The last one is reported.
    const missing = this.missingIncludes.filter((m) => {
      const rule = this.rules.get(m.file);
      return rule === undefined || rule.recipe.length > 0;
    });
    const last = missing[missing.length - 1];
    if (last !== undefined) {
      const rule = this.rules.get(last.file);
      if (rule !== undefined) {
        throw new MakeError(`kflags: '${last.file}' would be remade by its recipe, and kflags never runs recipes`, last.location);
      }
      const note = `${last.location.file}:${last.location.line}: ${last.file}: No such file or directory\n`;
      throw new MakeError(`No rule to make target '${last.file}'`, undefined, { notes: [note] });
    }
  }

  private appendMakefileList(file: string): void {
    const v = this.global.get('MAKEFILE_LIST');
    // make's own file-origin assignment: it loses against the command line.
    if (v !== undefined && originRank(v.origin) > originRank('file')) return;
    // One from the environment is replaced, not extended.
    const value = v && v.value !== '' && v.origin !== 'environment' ? `${v.value} ${file}` : file;
    this.global.set({ name: 'MAKEFILE_LIST', value, flavor: 'simple', origin: 'file' });
  }

  private evalSource(text: string, file: string): void {
    // A UTF-8 byte-order mark (read as latin1) is skipped, as make does.
    if (text.startsWith('\u00ef\u00bb\u00bf')) text = text.slice(3);
    if (text.length > this.limits.maxInputSize) {
      throw new LimitError(`kflags: ${file} is larger than the input size limit (${this.limits.maxInputSize} bytes; raise it with --max-input)`);
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) {
      // make silently drops text after a NUL; a makefile with one is binary or corrupt.
      const line = text.slice(0, nul).split('\n').length;
      throw new MakeError('kflags: NUL byte in makefile (a binary file?)', { file, line, column: nul - text.lastIndexOf('\n', nul - 1) });
    }
    let ast;
    try {
      ast = parseMakefile(text, file);
    } catch (e) {
      throw this.syntaxError(e, file, 1);
    }
    this.preparse(ast.lines);
    this.evalLines(ast.lines, file, undefined, ast.finalNewline);
    // At the end of a file, its last rule is entered.
    this.endRule();
  }

  /**
   * Classify every line and parse every assignment value, name and rule
   * line of a file in a few batched parses, before evaluating it. (What a
   * line means still depends on evaluation: the results are only a cache.)
   */
  private preparse(lines: LogicalLine[]): void {
    // Lines with the recipe prefix are usually recipes: never classified.
    const prefix = this.recipePrefix();
    const todo = lines.filter((l) => l.text[0] !== prefix);
    for (const l of todo) l.folded = removeComment(collapseContinuations(l.text));
    const classified = classifyLines(todo.map((l) => l.folded!));
    const expansions: string[] = [];
    todo.forEach((l, k) => {
      const line = classified[k];
      if (line === undefined) return;
      l.classified = line;
      switch (line.type) {
        case 'Assignment':
          expansions.push(line.name);
          nestedTexts(line.valueParts, expansions);
          break;
        case 'RuleOrOther':
          expansions.push(line.text);
          break;
        case 'Include':
          expansions.push(line.files);
          break;
        case 'Conditional':
          if (line.kind === 'ifdef' || line.kind === 'ifndef') expansions.push(line.name);
          else if ((line.kind === 'ifeq' || line.kind === 'ifneq') && line.args) expansions.push(line.args.first, line.args.second);
          break;
      }
    });
    preparseExpansions(expansions);
  }

  private syntaxError(e: unknown, file: string, line: number): MakeError {
    if (e instanceof MakeError) return e;
    if (e instanceof RangeError) {
      return new LimitError('kflags: references nested too deeply to parse (JavaScript stack exhausted)', { file, line });
    }
    const loc = (e as { location?: { start: { line: number; column: number } } }).location;
    const message = e instanceof Error ? e.message : String(e);
    return new MakeError(`kflags: syntax error: ${message}`, {
      file,
      line: line + (loc ? loc.start.line - 1 : 0),
      column: loc?.start.column,
    });
  }

  /**
   * read.c eval(): the line-by-line state machine. `fixedLine`: every line
   * gets this number ($(eval) text reports the line of the eval, as make does).
   */
  private evalLines(lines: LogicalLine[], file: string, fixedLine?: number, finalNewline = true): void {
    const lineOf = (l: LogicalLine) => fixedLine ?? l.line;
    const conditionals = new ConditionalStack();
    const savedReading = this.reading;
    const state = { inIgnoredDefine: false, fixedLine: fixedLine !== undefined };
    let i = 0;
    while (i < lines.length) {
      const logical = lines[i++];
      const location: Location = { file, line: lineOf(logical) };
      this.reading = location;
      try {
        i = this.evalLine(lines, i, logical, location, file, lineOf, conditionals, state);
      } catch (e) {
        if (e instanceof RangeError && e.message.includes('call stack')) {
          throw new LimitError(
            "kflags: nesting too deep for JavaScript's stack (an include or $(eval) cycle, or runaway recursion); keep --max-depth and --max-include lower",
            location,
          );
        }
        throw e;
      }
    }
    if (conditionals.active.length > 0) {
      const last = lines[lines.length - 1];
      // make has read past the last line when it notices.
      // (A last line continued without a final newline is not counted.)
      const past = last ? last.line + last.lines - (finalNewline || last.lines === 1 ? 0 : 1) : 1;
      throw new MakeError("missing 'endif'", { file, line: fixedLine ?? past });
    }
    this.reading = savedReading;
  }

  /** One logical line; returns the index of the next line to read. */
  private evalLine(
    lines: LogicalLine[],
    i: number,
    logical: LogicalLine,
    location: Location,
    file: string,
    lineOf: (l: LogicalLine) => number,
    conditionals: ConditionalStack,
    state: { inIgnoredDefine: boolean; fixedLine: boolean },
  ): number {
    const ignoring = () => conditionals.ignoring();
    {
      const prefixed = logical.text[0] === this.recipePrefix();
      if (prefixed) {
        if (this.noTargets) return i;
        if (this.pendingRule !== null) {
          if (ignoring()) return i;
          this.pendingRule.recipe.push({ line: logical.text.slice(1), location });
          return i;
        }
      }

      // With another recipe prefix, a leading tab is only whitespace.
      const text = logical.folded ?? removeComment(collapseContinuations(logical.text));
      const line = logical.classified ?? this.parseLineAt(text, location);

      if (line.type === 'Assignment' || line.type === 'Define' || line.type === 'Undefine') {
        if (state.inIgnoredDefine) {
          // Inside an ignored define, only `endef` matters.
          return i;
        }
        if (ignoring()) {
          if (line.type === 'Define') state.inIgnoredDefine = true;
          return i;
        }
        this.endRule();
        const origin: Origin = line.modifiers.includes('override') ? 'override' : 'file';
        if (line.type === 'Undefine') {
          this.undefine(line.name, origin);
          return i;
        }
        let v: Variable | undefined;
        if (line.type === 'Define') {
          // read.c do_define(): the name is expanded and checked before the body is read.
          const { name, op } = this.defineHeader(line.header, location);
          // make counts the body's lines from the define's first line: a
          // header continued over several lines puts them that many early.
          const lag = state.fixedLine ? 0 : logical.lines - 1;
          const { body, next } = this.readDefineBody(lines, i, file, (l) => lineOf(l) - lag, location);
          i = next;
          const endef = lines[next - 1];
          // The body has been read: make is at the endef line when it expands it.
          this.reading = { file, line: endef ? lineOf(endef) - lag : location.line };
          v = this.setVariable(name, op, body, origin, location);
        } else {
          v = this.assign(line.name, line.op, line.value, origin, location, line.valueParts);
        }
        this.applyModifiers(v, line.modifiers);
        return i;
      }

      if (line.type === 'Empty') return i;

      if (state.inIgnoredDefine) {
        const word = firstWord(text);
        // Here only a bare `endef` (or one with a comment) ends the define.
        if (word.word === 'endef' && trimSpace(word.rest) === '') state.inIgnoredDefine = false;
        return i;
      }

      if (line.type === 'Conditional') {
        this.conditional(line, conditionals, location);
        return i;
      }

      if (ignoring()) return i;

      switch (line.type) {
        case 'Export':
        case 'Unexport': {
          this.endRule();
          const exporting = line.type === 'Export';
          if (line.names === '') {
            this.exportAll = exporting;
          } else {
            for (const name of splitWords(this.expand(line.names))) {
              let v = this.global.get(name);
              if (v === undefined) {
                v = { name, value: '', flavor: 'simple', origin: 'file', location };
                this.global.set(v);
              }
              v.exported = exporting;
            }
          }
          return i;
        }
        case 'Vpath':
          this.endRule();
          this.vpathDirective(this.expand(line.rest));
          return i;
        case 'Include':
          this.endRule();
          this.include(line.kind, line.files, location);
          return i;
        case 'Load':
          throw new MakeError(`kflags: the 'load' directive is not supported`, location);
        case 'RuleOrOther':
          if (prefixed) throw new MakeError('recipe commences before first target', location);
          this.ruleLine(text, location);
          return i;
      }
    }
    return i;
  }

  exportAll = false;

  private parseLineAt(text: string, location: Location) {
    try {
      return classifyLine(text, location);
    } catch (e) {
      throw this.syntaxError(e, location.file, location.line);
    }
  }

  private applyModifiers(v: Variable | undefined, modifiers: Modifier[]): void {
    if (v === undefined) return;
    if (modifiers.includes('export')) v.exported = true;
    if (modifiers.includes('unexport')) v.exported = false;
    if (modifiers.includes('private')) v.private = true;
  }

  /** read.c do_define(): collect the body up to the matching endef. */
  private readDefineBody(
    lines: LogicalLine[],
    start: number,
    file: string,
    lineOf: (l: LogicalLine) => number,
    location: Location,
  ): { body: string; next: number } {
    const body: string[] = [];
    let level = 1;
    let i = start;
    while (i < lines.length) {
      const logical = lines[i++];
      let text = collapseContinuations(logical.text);
      // Lines that start with the recipe prefix are never define/endef.
      if (logical.text[0] !== this.recipePrefix()) {
        const { word, rest } = firstWord(text);
        if (word === 'define') {
          level++;
        } else if (word === 'endef') {
          // make removes the comment in place: a nested endef keeps its line without it.
          const after = removeComment(rest);
          text = text.slice(0, text.length - rest.length) + after;
          if (trimSpace(after) !== '') {
            this.onWarning(`${file}:${lineOf(logical)}: extraneous text after 'endef' directive\n`);
          }
          if (--level === 0) return { body: body.join('\n'), next: i };
        }
      }
      body.push(text);
    }
    throw new MakeError("missing 'endef', unterminated 'define'", location);
  }

  /** A define's name and operator (the header is `NAME [OP]`). */
  private defineHeader(header: string, location: Location): { name: string; op: AssignOp } {
    let nameText = header;
    let op: AssignOp = '=';
    const parsed = this.parseLineAt(header, location);
    if (parsed.type === 'Assignment' && parsed.modifiers.length === 0) {
      if (parsed.value !== '') this.onWarning(`${location.file}:${location.line}: extraneous text after 'define' directive\n`);
      nameText = parsed.name;
      op = parsed.op;
    }
    let name = skipSpace(this.expand(nameText));
    let end = name.length;
    while (end > 0 && isBlank(name[end - 1])) end--;
    name = name.slice(0, end);
    if (name === '') throw new MakeError('empty variable name', location);
    return { name, op };
  }

  private undefine(nameText: string, origin: Origin): void {
    const name = trimSpace(this.expand(nameText));
    if (name === '') throw new MakeError('empty variable name', this.reading);
    const v = this.global.get(name);
    if (v !== undefined && originRank(origin) >= originRank(v.origin)) this.global.delete(name);
  }

  private conditional(line: ConditionalNode, stack: ConditionalStack, location: Location): void {
    const result = this.conditionalLine(line, stack, location);
    if (result === -1) throw new MakeError('invalid syntax in conditional', location);
  }

  /** read.c conditional_line(): returns -1 for invalid syntax. */
  private conditionalLine(line: ConditionalNode, conditionals: ConditionalStack, location: Location): number {
    const stack = conditionals.active;
    const extraneous = (name: string) =>
      this.onWarning(`${location.file}:${location.line}: extraneous text after '${name}' directive\n`);
    if (line.kind === 'endif') {
      if (line.rest !== '') extraneous('endif');
      if (stack.length === 0) throw new MakeError("extraneous 'endif'", location);
      stack.pop();
      return 0;
    }
    if (line.kind === 'else') {
      if (stack.length === 0) throw new MakeError("extraneous 'else'", location);
      const frame = stack[stack.length - 1];
      if (frame.seenElse) throw new MakeError("only one 'else' per conditional", location);
      if (frame.ignoring === 0) frame.ignoring = 2;
      else if (frame.ignoring === 1) frame.ignoring = 0;
      if (line.rest === '') {
        frame.seenElse = true;
        return 0;
      }
      const nested = this.parseLineAt(line.rest, location);
      if (nested.type !== 'Conditional' || nested.kind === 'else' || nested.kind === 'endif') {
        extraneous('else');
        return 0;
      }
      // Evaluate the nested conditional as a new level, then fold it back.
      const outerIgnoring = frame.ignoring;
      const r = this.conditionalLine(nested, conditionals, location);
      if (r === -1) {
        // make has already pushed the nested level and never pops it (the
        // file then ends with "missing 'endif'"). That level keeps whatever
        // its slot last held (see ConditionalStack).
        extraneous('else');
        return 0;
      }
      const inner = stack.pop()!;
      if (outerIgnoring < 2) frame.ignoring = inner.ignoring;
      return 0;
    }
    const frame = conditionals.push();
    if (stack.slice(0, -1).some((c) => c.ignoring !== 0)) {
      frame.ignoring = 1;
      return 1;
    }
    if (line.kind === 'ifdef' || line.kind === 'ifndef') {
      // One name, starting right away: make takes the first token and
      // rejects anything but whitespace after it.
      const expanded = this.expand(line.name);
      let end = 0;
      while (end < expanded.length && !isSpace(expanded[end])) end++;
      if (trimSpace(expanded.slice(end)) !== '') return -1;
      const name = expanded.slice(0, end);
      const v = this.lookup(name);
      const defined = v !== undefined && v.value !== '';
      frame.ignoring = defined === (line.kind === 'ifndef') ? 1 : 0;
      return 0;
    }
    if (line.kind !== 'ifeq' && line.kind !== 'ifneq') return -1;
    const args = line.args;
    if (args === null) return -1;
    const first = this.expand(args.first);
    if (args.invalid) return -1;
    if (args.extraneous) extraneous(line.kind);
    const second = this.expand(args.second);
    frame.ignoring = (first === second) === (line.kind === 'ifneq') ? 1 : 0;
    return 0;
  }

  private include(kind: string, filesText: string, location: Location): void {
    // Names are globbed (a pattern without matches stays as written) and lose a leading ./
    const files = splitWords(this.expand(filesText)).flatMap((w) => {
      const matches = /[*?[]/.test(w) ? this.glob(w) : [];
      return (matches.length > 0 ? matches : [w]).map(stripDotSlash);
    });
    if (files.length === 0) return;
    if (this.includeDepth >= this.limits.maxIncludeDepth) {
      throw new LimitError(`kflags: include depth limit (${this.limits.maxIncludeDepth}) exceeded (an include cycle?)`, location);
    }
    for (const name of files) {
      if (this.confined(() => this.host.isDirectory(path.resolve(this.cwd, name)))) throw new MakeError(`${name}: Is a directory`);
      const found = this.findInclude(name);
      if (found === undefined) {
        if (kind === 'include') this.missingIncludes.push({ file: name, location });
        continue;
      }
      const text = this.confined(() => this.host.readFile(found.file));
      if (text === undefined) {
        if (kind === 'include') this.missingIncludes.push({ file: name, location });
        continue;
      }
      // make names a file found in a search directory by that path.
      this.appendMakefileList(found.name);
      this.includeDepth++;
      try {
        // Errors name the file as it was written; MAKEFILE_LIST as it was found.
      this.evalSource(text, name);
      } finally {
        this.includeDepth--;
      }
    }
    this.reading = location;
  }

  private findInclude(name: string): { file: string; name: string } | undefined {
    // make just opens the name: devices and FIFOs are makefiles too.
    const readable = (file: string) => this.host.exists(file) && !this.host.isDirectory(file);
    const direct = path.resolve(this.cwd, name);
    if (this.confined(() => readable(direct))) return { file: direct, name };
    if (name.startsWith('/')) return undefined;
    for (const dir of [...this.includeDirs, '/usr/local/include', '/usr/include']) {
      const candidate = path.resolve(this.cwd, dir, name);
      // make's default search directories are skipped when kflags may not read there.
      if (this.host.allows !== undefined && !this.host.allows(candidate)) continue;
      if (this.confined(() => readable(candidate))) return { file: candidate, name: `${dir.replace(/\/+$/, '')}/${name}` };
    }
    return undefined;
  }

  // --------------------------------------------------------- assignments

  /** An assignment line: expand the name, then apply make's assignment semantics. */
  /** An assignment; `valueParts`: the value already parsed. */
  assign(
    nameText: string,
    op: AssignOp,
    value: string,
    origin: Origin,
    location: Location | undefined,
    valueParts?: ExpansionAst,
  ): Variable | undefined {
    const name = this.expand(nameText);
    if (name === '') throw new MakeError('empty variable name', location);
    return this.setVariable(name, op, value, origin, location, this.global, false, valueParts);
  }

  /**
   * variable.c do_variable_definition(): every assignment operator, origin
   * precedence and flavor rule in one place. `set` is the global set for
   * ordinary assignments, a target's or pattern's set for target-specific ones.
   */
  setVariable(
    name: string,
    op: AssignOp,
    value: string,
    origin: Origin,
    location: Location | undefined,
    set: VariableSet = this.global,
    targetSpecific = false,
    valueParts?: ExpansionAst,
  ): Variable | undefined {
    let flavor: Flavor;
    let newValue: string;
    let append = false;
    const expandValue = () => (valueParts === undefined ? this.expand(value) : this.expandParts(valueParts));
    switch (op) {
      case ':=':
      case '::=':
        flavor = 'simple';
        newValue = expandValue();
        break;
      case '!=':
        flavor = 'recursive';
        newValue = this.shell(this.expand(value), location);
        break;
      case '?=': {
        // In a target's context the lookup sees its sets and the global one.
        const existing = this.lookup(name);
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
          existing = this.lookup(name);
        }
        if (existing === undefined) {
          flavor = 'recursive';
          newValue = value;
        } else {
          // make expands before it looks at origins, and an empty addition
          // changes nothing at all (not even the origin).
          const added = existing.flavor === 'recursive' ? value : expandValue();
          if (added === '') return existing;
          if (originRank(origin) < originRank(existing.origin)) return existing;
          flavor = existing.flavor;
          newValue = existing.value === '' ? added : `${existing.value} ${added}`;
          append = existing.append === true;
        }
        break;
      }
    }
    if (newValue.length > this.limits.maxValueLength) {
      throw new LimitError(
        `kflags: value of '${name}' exceeds the value size limit (${this.limits.maxValueLength} characters; raise it with --max-value)`,
        location,
      );
    }
    const current = set.get(name);
    if (current !== undefined && originRank(origin) < originRank(current.origin)) return current;
    if (current !== undefined && current.history !== undefined) {
      // make redefines a variable in place: one being expanded (an $(eval)
      // inside its own value) is still the same variable.
      current.value = newValue;
      current.flavor = flavor;
      current.origin = origin;
      current.location = location;
      if (append) current.append = true;
      else delete current.append;
      current.history!.push({ op, text: value, location, value: newValue });
      if (valueParts !== undefined && newValue === value) current.parsed = { text: value, parts: valueParts };
      this.assigned(current, set);
      return current;
    }
    const v: Variable = { name, value: newValue, flavor, origin, location, history: [] };
    // `export NAME` before NAME is set made a variable whose export mark stays (define_variable_in_set).
    if (current?.exported !== undefined) v.exported = current.exported;
    v.history!.push({ op, text: value, location, value: newValue });
    if (append) v.append = true;
    if (valueParts !== undefined && newValue === value) v.parsed = { text: value, parts: valueParts };
    set.set(v);
    this.assigned(v, set);
    return v;
  }

  /** variable.c set_special_var(): what an assignment to a special variable changes. */
  private assigned(v: Variable, set: VariableSet): void {
    if (v.name === '.RECIPEPREFIX' && set === this.global) this.cmdPrefix = v.value === '' ? '\t' : v.value[0];
  }

  // ---------------------------------------------------------------- rules

  /** record_waiting_files(): enter the rule read last, with its recipe, as make does when a line ends it. */
  private endRule(): void {
    // A line that ends a rule also ends "no targets": tab lines are read again.
    this.noTargets = false;
    const pending = this.pendingRule;
    if (pending === null) return;
    this.pendingRule = null;
    const rules = pending.record();
    for (const r of pending.recipe) this.addRecipe(rules, r.line, r.location);
    if (pending.grouped && pending.recipe.length === 0) {
      throw new MakeError('grouped targets must provide a recipe', pending.location);
    }
    if (pending.recipe.length > 0) {
      // A target named twice in a rule with a recipe.
      rules.forEach((r, k) => {
        if (rules.indexOf(r) !== k) {
          this.onWarning(`${pending.location.file}:${pending.location.line}: target '${r.target}' given more than once in the same rule\n`);
        }
      });
    }
  }

  /** The rule read last, entered when a line ends it; recipe lines gather meanwhile. */
  private pendingRule: {
    location: Location;
    grouped: boolean;
    recipe: { line: string; location: Location }[];
    record: () => Rule[];
  } | null = null;



  /** The part of read.c eval() that handles everything else: rules and target-specific variables. */
  private ruleLine(text: string, location: Location): void {
    this.endRule();
    // A `;` outside references starts the recipe.
    const found = findMapUnquote(text, ';', true);
    const semi = found.index;
    let ruleText = semi < 0 ? found.text : found.text.slice(0, semi);
    let recipe: string | undefined = semi < 0 ? undefined : found.text.slice(semi + 1);

    const words = macroWords(ruleText);
    if (words.length === 0) {
      if (recipe !== undefined) throw new MakeError('missing rule before recipe', location);
      return;
    }
    if (words[0].kind === 'colon') {
      // Rules without targets are accepted and ignored.
      this.noTargets = true;
      return;
    }
    // Expand word by word until a colon appears.
    let expanded = '';
    let colon = -1;
    let w = 0;
    for (; w < words.length; w++) {
      if (w > 0) expanded += ' ';
      expanded += this.expand(words[w].text);
      let cut = false;
      if (semi < 0 && recipe === undefined) {
        const s = findCharUnquote(expanded, ';');
        if (s.index >= 0) {
          // A `;` from an expansion starts the recipe: the rest of the line
          // belongs to it, unexpanded.
          recipe = s.text.slice(s.index + 1) + ruleText.slice(words[w].end);
          expanded = s.text.slice(0, s.index);
          cut = true;
        }
      }
      const c = findCharUnquote(expanded, ':');
      if (c.index >= 0) {
        expanded = c.text;
        colon = c.index;
        w = cut ? words.length : w + 1;
        break;
      }
      if (cut) break;
    }
    if (colon < 0) {
      if (trimSpace(expanded) === '') return;
      if (this.recipePrefix() === '\t' && text.startsWith('        ')) {
        throw new MakeError('missing separator (did you mean TAB instead of 8 spaces?)', location);
      }
      throw new MakeError('missing separator', location);
    }
    let targetsText = expanded.slice(0, colon);
    // `&:` groups the targets (one recipe makes them all).
    const grouped = words[w - 1]?.grouped === true && targetsText.endsWith('&');
    if (grouped) targetsText = targetsText.slice(0, -1);
    let after = expanded.slice(colon + 1);
    const doubleColon = after.startsWith(':');
    if (doubleColon) after = after.slice(1);
    // What follows the colon: the rest of the expanded word, then the line
    // as written (a target-specific assignment is not expanded yet).
    const restRaw = w < words.length ? ruleText.slice(words[w - 1].end) : '';
    const rest = after + restRaw;
    const targetNames = this.globNames(fileNames(targetsText));
    const isPattern = (t: string) => t.includes('%') && compilePattern(t).hasPercent;
    const implicit = targetNames.map(isPattern);
    // A name with only quoted `%` (`a\%b`) is an ordinary name, unquoted.
    const targets = targetNames.map((t, k) => (implicit[k] || !t.includes('%') ? t : compilePattern(t).text));
    if (targets.length === 0) {
      this.noTargets = true;
      return;
    }
    // Target-specific variable?
    const asVariable = this.classifyRest(recipe === undefined ? rest : `${rest};${recipe}`, location);
    let targetAssignment = asVariable;
    if (asVariable.type === 'Define' || asVariable.type === 'Undefine') {
      // make ignores `define`/`undefine` here and reads the rest as an
      // assignment (`t: define V :=` defines V); anything else is malformed.
      const rest = this.parseLineAt(asVariable.type === 'Define' ? asVariable.header : asVariable.name, location);
      if (rest.type !== 'Assignment' || rest.modifiers.length > 0) {
        throw new MakeError('Malformed target-specific variable definition', location);
      }
      targetAssignment = { ...rest, modifiers: asVariable.modifiers };
    }
    if (targetAssignment.type === 'Assignment') {
      const asVariable = targetAssignment;
      const origin: Origin = asVariable.modifiers.includes('override') ? 'override' : 'file';
      for (const target of targets) this.targetVariable(target, asVariable, origin, location);
      this.noTargets = false;
      return;
    }
    this.noTargets = false;
    let prereqText = this.expand(rest);
    if (recipe === undefined) {
      const s = findCharUnquote(prereqText, ';');
      if (s.index >= 0) {
        recipe = s.text.slice(s.index + 1);
        prereqText = s.text.slice(0, s.index);
      }
    }
    // Static pattern rule: targets: target-pattern: prereq-patterns
    let staticPattern: string | undefined;
    const second = findCharUnquote(prereqText, ':');
    if (second.index >= 0) {
      staticPattern = trimSpace(second.text.slice(0, second.index));
      prereqText = second.text.slice(second.index + 1);
      if (staticPattern === '') throw new MakeError('missing target pattern', location);
      if (splitWords(staticPattern).length > 1) throw new MakeError('multiple target patterns', location);
      if (!compilePattern(staticPattern).hasPercent) throw new MakeError("target pattern contains no '%'", location);
    }
    const [normalText, orderOnlyText = ''] = splitOrderOnly(prereqText);
    // With .SECONDEXPANSION, text that still holds references is expanded
    // again when the target is built (here: when its context is asked for).
    // The whole list is kept: `|` is looked for after the second expansion.
    const secondExpansion = this.rules.has('.SECONDEXPANSION') && prereqText.includes('$');
    const normalNames = secondExpansion ? [] : this.globNames(fileNames(normalText));
    // A prerequisite that is also a normal one is not order-only.
    const orderOnlyNames = secondExpansion ? [] : this.globNames(fileNames(orderOnlyText)).filter((o) => !normalNames.includes(o));
    // read.c record_files(): the rule is entered when the next line that is
    // not a recipe or a conditional ends it (or the file ends).
    // Shared with the pattern rules recorded below: recipe lines gather until the rule ends.
    const recipeLines: { line: string; location: Location }[] = recipe === undefined ? [] : [{ line: recipe, location }];
    const record = (): Rule[] => {
      if (staticPattern === undefined && implicit.includes(true) && implicit.includes(false)) {
        // A rule whose first target is a pattern is implicit: all must be.
        // The other way round make only complains.
        if (implicit[0]) throw new MakeError('mixed implicit and normal rules', location);
        // One warning per pattern among the targets.
        for (const k of implicit) if (k) this.onWarning(`${location.file}:${location.line}: *** mixed implicit and normal rules: deprecated syntax\n`);
      }
      const rules: Rule[] = [];
      for (const target of targets) {
        let prerequisites = normalNames;
        let orderOnly = orderOnlyNames;
        let stem: string | undefined;
        if (staticPattern !== undefined) {
          const pattern = compilePattern(staticPattern);
          stem = patternStem(pattern, target);
          if (stem === undefined) {
            // Recorded all the same, without prerequisites ($* is its name).
            this.onWarning(`${location.file}:${location.line}: target '${target}' doesn't match the target pattern\n`);
            rules.push(this.recordRule(target, [], [], doubleColon, location, staticPattern));
            continue;
          }
          const fill = (p: string) => {
            const cp = compilePattern(p);
            return cp.hasPercent ? cp.prefix + stem! + cp.suffix : cp.text;
          };
          prerequisites = prerequisites.map(fill);
          orderOnly = orderOnly.map(fill);
        }
        const rule = this.recordRule(target, prerequisites, orderOnly, doubleColon, location, staticPattern);
        if (staticPattern === undefined && implicit[targets.indexOf(target)]) this.recordPatternRule(target, prerequisites, orderOnly, recipeLines);
        if (secondExpansion) (rule.secondExpansion ??= []).push({ text: prereqText, stem });
        rules.push(rule);
      }
      return rules;
    };
    this.pendingRule = { location, grouped, recipe: recipeLines, record };
    // The default goal is chosen as the line is read.
    this.updateDefaultGoal(targets);
  }

  /**
   * make's cmd_prefix: set when .RECIPEPREFIX is assigned (in a makefile or
   * on the command line), from the first character of the value as stored
   * (unexpanded for a recursive one); undefining it changes nothing.
   */
  private cmdPrefix = '\t';

  private recipePrefix(): string {
    return this.cmdPrefix;
  }


  /** Attach a recipe line; a second recipe for a target replaces the first, with make's warnings. */
  private addRecipe(rules: Rule[], line: string, location: Location): void {
    // A target named twice in the rule still gets each line once.
    for (const rule of new Set(rules)) {
      if (rule.recipeLocation === undefined || rule.recipeOwner !== rules) {
        if (rule.recipeLocation !== undefined && !rule.doubleColon && !rule.target.includes('%')) {
          this.onWarning(`${location.file}:${location.line}: warning: overriding recipe for target '${rule.target}'\n`);
          this.onWarning(
            `${rule.recipeLocation.file}:${rule.recipeLocation.line}: warning: ignoring old recipe for target '${rule.target}'\n`,
          );
          rule.recipe = [];
        }
        rule.recipeLocation = location;
        rule.recipeOwner = rules;
      }
      rule.recipe.push(line);
    }
  }

  /** Pattern rules each on its own, in order of definition, for implicit rule search. */
  readonly patternRules: PatternRule[] = [];

  private recordPatternRule(target: string, prerequisites: string[], orderOnly: string[], lines: { line: string }[]): void {
    // rule.c: a pattern rule with the same target and prerequisites replaces the older one.
    const key = prerequisites.join('\0');
    const same = this.patternRules.findIndex((r) => r.target === target && r.prerequisites.join('\0') === key);
    if (same >= 0) this.patternRules.splice(same, 1);
    this.patternRules.push({
      target,
      prerequisites: [...prerequisites],
      orderOnly: [...orderOnly],
      // Recipe lines arrive after the rule line.
      get recipe() {
        return lines.map((l) => l.line);
      },
    });
  }

  /** The pattern rule that would give `target` its recipe (implicit.c), if any. */
  implicitRule(target: string): ImplicitMatch | undefined {
    const rule = this.rules.get(target);
    if (rule !== undefined && (rule.recipe.length > 0 || rule.doubleColon)) return undefined;
    if (this.mentioned === undefined) {
      this.mentioned = new Set(this.rules.keys());
      for (const r of this.rules.values()) for (const p of r.prerequisites) this.mentioned.add(p);
    }
    const mentioned = this.mentioned;
    return findImplicitRule(target, this.patternRules, {
      exists: (name) => {
        const found = this.vpathSearch(name);
        return this.confined(() => this.host.exists(path.resolve(this.cwd, found)));
      },
      oughtToExist: (name) => mentioned.has(name),
    });
  }

  private mentioned: Set<string> | undefined;

  private recordRule(
    target: string,
    prerequisites: string[],
    orderOnly: string[],
    doubleColon: boolean,
    location: Location,
    staticPattern?: string,
  ): Rule {
    this.mentioned = undefined;
    let rule = this.rules.get(target);
    if (rule !== undefined && rule.doubleColon !== doubleColon && !target.includes('%')) {
      throw new MakeError(`target file '${target}' has both : and :: entries`, location);
    }
    if (rule === undefined) {
      rule = { target, prerequisites: [], orderOnly: [], doubleColon, recipe: [], location };
      this.rules.set(target, rule);
      this.ruleOrder.push(target);
    }
    rule.prerequisites.push(...prerequisites);
    rule.orderOnly.push(...orderOnly);
    if (staticPattern !== undefined) rule.staticPattern = staticPattern;
    return rule;
  }

  private updateDefaultGoal(targets: string[]): void {
    const goal = this.global.get('.DEFAULT_GOAL');
    if (goal !== undefined && goal.value !== '') return;
    for (const t of targets) {
      // record_files() looks no further than a name holding `%`.
      if (t.includes('%')) return;
      if (SPECIAL_TARGET.test(t)) continue;
      this.global.set({ name: '.DEFAULT_GOAL', value: t, flavor: 'simple', origin: 'file' });
      return;
    }
  }

  private targetVariable(
    target: string,
    line: AssignmentNode,
    origin: Origin,
    location: Location,
  ): void {
    const name = this.expand(line.name);
    if (name === '') throw new MakeError('empty variable name', location);
    if (target.includes('%')) {
      let op = line.op;
      let value = line.value;
      if (op === ':=' || op === '::=') value = line.valueParts ? this.expandParts(line.valueParts) : this.expand(value);
      else if (op === '!=') {
        value = this.shell(this.expand(value), location);
        op = '=';
      }
      const p: PatternVariable = { pattern: compilePattern(target), name, op, value, origin, location, private: line.modifiers.includes('private') };
      if (line.modifiers.includes('export')) p.exported = true;
      if (line.modifiers.includes('unexport')) p.exported = false;
      // A command-line setting beats a non-override one: its value and
      // origin are taken, the operator kept (so `+=` appends it again).
      const g = origin === 'override' ? undefined : this.global.get(name);
      if (g !== undefined && (g.origin === 'command line' || g.origin === 'environment override')) {
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
    // one as a parent: pattern-specific variables are not searched yet.
    const saved = this.scope;
    this.scope = { set, next: this.scope, nextIsParent: true };
    let v: Variable | undefined;
    try {
      v = this.setVariable(name, line.op, line.value, origin, location, set, true, line.valueParts);
    } finally {
      this.scope = saved;
    }
    if (v === undefined) return;
    this.applyModifiers(v, line.modifiers);
    if (v.origin !== 'override') {
      // A command-line setting beats a target-specific one.
      const g = this.global.get(name);
      if (g !== undefined && (g.origin === 'command line' || g.origin === 'environment override')) {
        set.set({ ...g, private: v.private, append: false });
      }
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
      .filter((p) => patternStem(p.pattern, target) !== undefined)
      .map((p, i) => ({ p, i }))
      .sort((a, b) => a.p.pattern.text.length - b.p.pattern.text.length || a.i - b.i)
      .map((x) => x.p);
    if (matching.length === 0) return next;
    const set = new VariableSet();
    const saved = this.scope;
    this.scope = { set, next, nextIsParent: true };
    try {
      for (const p of matching) {
        let v: Variable | undefined;
        if (p.op === ':=' || p.op === '::=') {
          v = { name: p.name, value: p.value, flavor: 'simple', origin: p.origin, location: p.location, history: [{ op: p.op, text: p.value, location: p.location, value: p.value }] };
          const current = set.get(p.name);
          if (current !== undefined && originRank(p.origin) < originRank(current.origin)) continue;
          set.set(v);
        } else {
          v = this.setVariable(p.name, p.op, p.value, p.origin, p.location, set, true);
        }
        if (v === undefined || set.get(p.name) !== v) continue;
        if (p.private) v.private = true;
        if (p.exported !== undefined) v.exported = p.exported;
      }
    } finally {
      this.scope = saved;
    }
    return set.vars.size === 0 ? next : { set, next, nextIsParent: true };
  }

  /** Whether make could start building `target`: a file, a rule, or a pattern rule it can use. */
  canMake(target: string, depth = 0): boolean {
    if (this.rules.has(target)) return true;
    try {
      if (this.confined(() => this.host.exists(path.resolve(this.cwd, target)))) return true;
    } catch (e) {
      if (!(e instanceof MakeError)) throw e;
    }
    if (depth > 20) return false;
    for (const [name, rule] of this.rules) {
      if (!name.includes('%') || rule.recipe.length === 0) continue;
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
   * What follows a rule's colon, which an expansion may have given several
   * lines (`$(T)` with T defined by define): a target-specific assignment
   * if its first line reads as one (its value takes the other lines).
   */
  private classifyRest(text: string, location: Location): LineAst {
    if (!text.includes('\n')) return this.parseLineAt(text, location);
    const trimmed = text.replace(/^[ \t\n\v\f\r]+/, '');
    const nl = trimmed.indexOf('\n');
    if (nl < 0) return this.parseLineAt(trimmed, location);
    const head = this.parseLineAt(trimmed.slice(0, nl), location);
    if (head.type !== 'Assignment') return { type: 'RuleOrOther', text, location };
    const value = head.value + trimmed.slice(nl);
    return { ...head, value, valueParts: this.parse(value) };
  }

  /**
   * Each target's own set, then its pattern-specific set, then (as a
   * parent, where `private` variables stop being visible) its parent's
   * sets, and last the global set, itself a parent. `chain`: outermost first.
   */
  private variableChain(chain: string[]): Scope {
    let scope: Scope = { set: this.global, next: undefined };
    for (const t of chain) {
      const outer = scope;
      const patterns = this.patternScope(t, outer);
      scope = { set: this.targetVariables.get(t) ?? new VariableSet(), next: patterns, nextIsParent: patterns === outer };
    }
    return scope;
  }

  private readonly secondExpanded = new Map<Rule, { prerequisites: string[]; orderOnly: string[] }>();

  /**
   * file.c expand_deps(): a rule's prerequisites under .SECONDEXPANSION,
   * expanded once, in the target's own context, with $@ (and $* for a
   * static pattern, whose % each become $* first).
   */
  private secondExpansion(rule: Rule): { prerequisites: string[]; orderOnly: string[] } {
    const done = this.secondExpanded.get(rule);
    if (done !== undefined) return done;
    const result = { prerequisites: [] as string[], orderOnly: [] as string[] };
    this.secondExpanded.set(rule, result);
    const scope = this.variableChain([rule.target]);
    const saved = this.scope;
    try {
      for (const { text, stem } of rule.secondExpansion ?? []) {
        const second = new VariableSet();
        second.set({ name: '@', value: rule.target, flavor: 'simple', origin: 'automatic' });
        if (stem !== undefined) second.set({ name: '*', value: stem, flavor: 'simple', origin: 'automatic' });
        this.scope = { set: second, next: scope };
        const [normal, orderOnlyText = ''] = splitOrderOnly(this.expand(stem === undefined ? text : text.replaceAll('%', '$*')));
        result.prerequisites.push(...fileNames(normal));
        result.orderOnly.push(...fileNames(orderOnlyText));
      }
    } finally {
      this.scope = saved;
    }
    return result;
  }

  /** snap_deps(): after reading, every rule's prerequisites are second-expanded, once. */
  snapDependencies(): void {
    this.snapping = true;
    try {
      for (const target of this.ruleOrder) {
        const rule = this.rules.get(target);
        if (rule?.secondExpansion !== undefined) this.secondExpansion(rule);
      }
    } finally {
      this.snapping = false;
    }
  }

  /** In snap_deps(), no file is being read: a warning names the variable being expanded. */
  private snapping = false;

  /** read.c parse_file_seq(): names in a rule are globbed; a pattern without matches stays as written. */
  private globNames(names: string[]): string[] {
    if (!names.some((n) => /[*?[]/.test(n))) return names;
    return names.flatMap((n) => {
      if (!/[*?[]/.test(n) || archiveMember(n) !== undefined) return [n];
      const matches = this.glob(n);
      return matches.length > 0 ? matches.map(stripDotSlash) : [n];
    });
  }

  /** `vpath` directives in order: a pattern and its directories. */
  private readonly vpaths: { pattern: Pattern; dirs: string[] }[] = [];

  /** vpath.c construct_vpath_list(): `vpath`, `vpath PATTERN`, `vpath PATTERN DIRS`. */
  private vpathDirective(text: string): void {
    const words = splitWords(text);
    if (words.length === 0) {
      this.vpaths.length = 0;
      return;
    }
    const pattern = compilePattern(words[0]);
    const dirs = splitPath(text.slice(text.indexOf(words[0]) + words[0].length));
    if (dirs.length === 0) {
      for (let k = this.vpaths.length - 1; k >= 0; k--) if (this.vpaths[k].pattern.text === pattern.text) this.vpaths.splice(k, 1);
      return;
    }
    this.vpaths.push({ pattern, dirs });
  }

  /**
   * vpath.c vpath_search(): a prerequisite that is not in the working
   * directory is looked for in the `vpath` directories whose pattern
   * matches it, then in VPATH's; the path found replaces its name.
   */
  private vpathSearch(name: string): string {
    if (name.startsWith('/') || archiveMember(name) !== undefined) return name;
    const exists = (file: string) => this.confined(() => this.host.exists(path.resolve(this.cwd, file)));
    if (this.vpaths.length === 0 && this.global.get('VPATH') === undefined) return name;
    if (exists(name)) return name;
    const v = this.global.get('VPATH');
    const dirs = [
      ...this.vpaths.filter((d) => patternStem(d.pattern, name) !== undefined).flatMap((d) => d.dirs),
      ...(v === undefined ? [] : splitPath(this.valueOf(v))),
    ];
    for (const dir of dirs) {
      const candidate = `${dir.replace(/\/+$/, '')}/${name}`;
      if (exists(candidate)) return candidate;
    }
    return name;
  }

  /**
   * The scope chain for building `target` (with `parents`, outermost
   * first, whose variables it inherits): automatic variables, the target's
   * own variables, pattern-specific ones, then the parents', then global.
   */
  /**
   * With `implicit`, a target without a recipe of its own takes its
   * automatic variables from the pattern rule that would build it (as make
   * does); without, it is seen as `--target` sees it, as if it had a recipe.
   */
  targetScope(target: string, parents: string[] = [], implicitSearch = false): Scope {
    const scope = this.variableChain([...parents, target]);
    const rule = this.rules.get(target);
    const automatic = new VariableSet();
    const a = (name: string, value: string) => automatic.set({ name, value, flavor: 'simple', origin: 'automatic' });
    let prereqs = rule?.prerequisites ?? [];
    let orderOnly = rule?.orderOnly ?? [];
    if (rule !== undefined && rule.secondExpansion !== undefined) {
      const second = this.secondExpansion(rule);
      prereqs = [...prereqs, ...second.prerequisites];
      orderOnly = [...orderOnly, ...second.orderOnly];
    }
    // Without a recipe of its own the target is built by a pattern rule,
    // whose prerequisites come first ($<).
    const implicit = implicitSearch && this.patternRules.length > 0 && !archiveMember(target) ? this.implicitRule(target) : undefined;
    if (implicit !== undefined) {
      prereqs = [...implicit.prerequisites, ...prereqs];
      orderOnly = [...implicit.orderOnly, ...orderOnly];
    }
    prereqs = prereqs.map((p) => this.vpathSearch(p));
    orderOnly = orderOnly.map((p) => this.vpathSearch(p));
    // For archive members lib.a(m.o), $^ $+ $? name the member; $< and $@ the archive.
    const member = (p: string) => archiveMember(p)?.member ?? p;
    const archiveTarget = archiveMember(target);
    a('@', archiveTarget?.archive ?? target);
    a('%', archiveTarget?.member ?? '');
    a('<', prereqs[0] ?? '');
    a('^', [...new Set(prereqs.map(member))].join(' '));
    a('+', prereqs.map(member).join(' '));
    a('?', [...new Set(prereqs.map(member))].join(' '));
    // A prerequisite that is also a normal one (on any line) is not order-only.
    a('|', [...new Set(orderOnly)].filter((o) => !prereqs.includes(o)).join(' '));
    let stem = '';
    if (rule?.staticPattern !== undefined) stem = patternStem(compilePattern(rule.staticPattern), target) ?? target;
    else if (implicit !== undefined) stem = implicit.stem;
    a('*', stem);
    return { set: automatic, next: scope };
  }

  /** Expand text in the context of a target (Kbuild: c_flags with $@ set). */
  expandInTarget(text: string, target: string, parents: string[] = [], implicitSearch = false): string {
    const saved = this.scope;
    this.scope = this.targetScope(target, parents, implicitSearch);
    try {
      return this.expand(text);
    } finally {
      this.scope = saved;
    }
  }

  // ------------------------------------------------------------ expansion

  /** variable_expand_string(): expand every reference in text. */
  expand(text: string): string {
    if (!text.includes('$')) return text;
    return this.expandParts(this.parse(text));
  }

  private parse(text: string): ExpansionAst {
    try {
      return parseExpansion(text);
    } catch (e) {
      throw this.syntaxError(e, this.reading?.file ?? '', this.reading?.line ?? 0);
    }
  }

  /** A recursive variable's value: its parsed form is kept beside its text. */
  private expandVariableText(v: Variable): string {
    const text = v.value;
    if (v.parsed !== undefined && v.parsed.text === text) return this.expandParts(v.parsed.parts);
    if (!text.includes('$')) return text;
    const parts = this.parse(text);
    v.parsed = { text, parts };
    return this.expandParts(parts);
  }

  /** A call's argument: parsed once, kept on the call's tree. */
  private expandArgument(arg: RawArgument): string {
    if (arg.parts !== undefined) return this.expandParts(arg.parts);
    if (!arg.text.includes('$')) return arg.text;
    arg.parts = this.parse(arg.text);
    return this.expandParts(arg.parts);
  }

  expandParts(parts: ExpansionAst): string {
    let out = '';
    for (const part of parts) {
      let piece: string;
      if (typeof part === 'string') {
        piece = part;
      } else if (part.type === 'Reference') {
        piece = this.reference(part.name ?? this.computedName(part.text));
      } else if (part.type === 'Call') {
        piece = this.callFunction(part.name, part.args);
      } else {
        throw new MakeError(part.message, this.blame);
      }
      // Checked before concatenating: JavaScript strings have a hard limit.
      if (out.length + piece.length > this.limits.maxValueLength) {
        throw new LimitError(
          `kflags: expansion exceeds the value size limit (${this.limits.maxValueLength} characters; raise it with --max-value)`,
          this.reading,
        );
      }
      out += piece;
    }
    return out;
  }

  tooBig(): never {
    throw new LimitError(
      `kflags: expansion exceeds the value size limit (${this.limits.maxValueLength} characters; raise it with --max-value)`,
      this.reading,
    );
  }

  /** $($(a)_$(b)): nested names count toward the expansion depth limit. */
  private computedName(text: string): string {
    this.enter('a computed variable name');
    try {
      return this.expand(text);
    } finally {
      this.depth--;
    }
  }

  get blame(): Location | undefined {
    return this.expandingVar?.location ?? this.reading;
  }

  private enter(what: string): void {
    if (++this.depth > this.limits.maxExpansionDepth) {
      this.depth = 0;
      throw new LimitError(
        `kflags: expansion depth limit (${this.limits.maxExpansionDepth}) exceeded while expanding ${what} (runaway recursion?)`,
        this.reading,
      );
    }
  }

  private reference(name: string): string {
    const colon = name.indexOf(':');
    if (colon >= 0) {
      const eq = name.indexOf('=', colon + 1);
      if (eq >= 0) {
        const v = this.lookup(name.slice(0, colon));
        if (v === undefined || v.value === '') return '';
        return substitutionReference(this.valueOf(v), name.slice(colon + 1, eq), name.slice(eq + 1));
      }
    }
    const v = this.lookup(name);
    return v === undefined ? '' : this.valueOf(v);
  }

  /** The value a reference to `v` produces. */
  valueOf(v: Variable): string {
    if (v.flavor === 'simple' && !v.append) return v.value;
    if (this.expanding.has(v) && !this.callable.has(v)) {
      throw new MakeError(`Recursive variable '${v.name}' references itself (eventually)`, v.location ?? this.blame);
    }
    return this.expandValue(v);
  }

  /** recursively_expand_for_file(): only `v` itself is marked as being expanded. */
  private expandValue(v: Variable): string {
    this.enter(`'${v.name}'`);
    const savedVar = this.expandingVar;
    const wasExpanding = this.expanding.has(v);
    this.expanding.add(v);
    if (v.location !== undefined) this.expandingVar = v;
    try {
      return v.append ? this.appendedValue(v) : this.expandVariableText(v);
    } finally {
      if (!wasExpanding) this.expanding.delete(v);
      this.expandingVar = savedVar;
      this.depth--;
    }
  }

  callVariable(v: Variable): string {
    if (v.flavor === 'simple' && !v.append) return v.value;
    const wasCallable = this.callable.has(v);
    this.callable.add(v);
    try {
      return this.expandValue(v);
    } finally {
      if (!wasCallable) this.callable.delete(v);
    }
  }

  /** variable.c variable_append(): a target-specific `+=` joins the value from the sets outside. */
  private appendedValue(v: Variable): string {
    // Find the scope holding v, then continue outward.
    let s: Scope | undefined = this.scope;
    let local = true;
    while (s !== undefined && s.set.get(v.name) !== v) {
      if (s.nextIsParent) local = false;
      s = s.next;
    }
    const outer = s === undefined ? '' : this.appendFrom(v.name, s.next, local && !s.nextIsParent);
    const own = v.flavor === 'recursive' ? this.expand(v.value) : v.value;
    return outer === '' ? own : `${outer} ${own}`;
  }

  private appendFrom(name: string, scope: Scope | undefined, local: boolean): string {
    for (let s = scope; s !== undefined; s = s.next) {
      const v = s.set.get(name);
      const nextLocal = local && !s.nextIsParent;
      if (v === undefined || (!local && v.private)) {
        local = nextLocal;
        continue;
      }
      const outer = v.append ? this.appendFrom(name, s.next, nextLocal) : '';
      // variable_append() expands each part as text: the parts are not
      // marked as being expanded.
      const own = v.flavor === 'recursive' ? this.expand(v.value) : v.value;
      return outer === '' ? own : `${outer} ${own}`;
    }
    return '';
  }

  lookup(name: string): Variable | undefined {
    return this.lookupIn(this.scope, name);
  }

  /** A lookup from a given scope (private variables stop at a parent target's sets). */
  lookupIn(scope: Scope, name: string): Variable | undefined {
    if (name === '.VARIABLES') {
      // Its value is computed on each use (make lists its hash table,
      // kflags definition order); the variable itself, its origin, stays.
      const v = this.global.get(name);
      if (v === undefined) return undefined;
      return { ...v, value: [...this.global.vars.keys()].join(' '), flavor: 'simple' };
    }
    let local = true;
    for (let s: Scope | undefined = scope; s !== undefined; s = s.next) {
      const v = s.set.get(name);
      if (v !== undefined && (local || !v.private)) return v;
      if (s.nextIsParent) local = false;
    }
    return undefined;
  }

  withScope<T>(vars: Variable[], body: () => T): T {
    const set = new VariableSet();
    for (const v of vars) set.set(v);
    const saved = this.scope;
    this.scope = { set, next: saved };
    try {
      return body();
    } finally {
      this.scope = saved;
    }
  }

  builtin(name: string): BuiltinFunction | undefined {
    return FUNCTIONS.get(name);
  }

  private callFunction(name: string, rawArgs: RawArgument[]): string {
    const fn = FUNCTIONS.get(name)!;
    this.enter(`$(${name} ...)`);
    try {
      // make expands the arguments before it counts them.
      const args = fn.expandArgs ? rawArgs.map((a) => this.expandArgument(a)) : rawArgs.map((a) => a.text);
      this.checkArity(fn, args);
      let result: string;
      try {
        result = fn.run(this, args);
      } catch (e) {
        if (e instanceof RangeError && e.message.includes('string length')) this.tooBig();
        throw e;
      }
      if (result.length > this.limits.maxValueLength) this.tooBig();
      return result;
    } finally {
      this.depth--;
    }
  }

  /** $(call NAME,...) where NAME is a builtin: each argument passed as is; none, nothing done. */
  callBuiltin(fn: BuiltinFunction, args: string[]): string {
    this.checkArity(fn, args);
    if (args.length === 0) return '';
    return fn.run(this, args);
  }

  /** expand_builtin_function(): the arity check, in make's words. */
  private checkArity(fn: BuiltinFunction, args: string[]): void {
    if (args.length < fn.minArgs) {
      throw new MakeError(`insufficient number of arguments (${args.length}) to function '${fn.name}'`, this.blame);
    }
  }

  // ------------------------------------------------- FunctionContext rest

  info(text: string): void {
    this.onInfo(text);
  }

  warning(text: string, location = this.reading ?? (this.snapping ? this.expandingVar?.location : undefined)): void {
    this.onWarning(location && location.file !== '' ? `${location.file}:${location.line}: ${text}\n` : `${text}\n`);
  }

  fatal(message: string, location?: Location): never {
    throw new MakeError(message, location);
  }

  evalText(text: string): void {
    if (this.includeDepth >= this.limits.maxIncludeDepth) {
      throw new LimitError(`kflags: $(eval) depth limit (${this.limits.maxIncludeDepth}) exceeded`, this.reading);
    }
    // After reading (--print), make has no current line: neither do we.
    const location = this.reading ?? { file: '', line: 0 };
    let ast;
    try {
      ast = parseMakefile(text, location.file);
    } catch (e) {
      throw this.syntaxError(e, location.file, location.line);
    }
    const savedScope = this.scope;
    // The text is read as a makefile of its own: its rules end with it, and
    // the reader's rule context is left as it was.
    const savedRule = { pending: this.pendingRule, noTargets: this.noTargets };
    this.pendingRule = null;
    this.noTargets = false;
    // $(eval) defines in the global scope, even inside $(call)/$(foreach).
    this.includeDepth++;
    try {
      this.evalLines(ast.lines, location.file, location.line);
      this.endRule();
    } finally {
      this.includeDepth--;
      this.scope = savedScope;
      this.reading = location;
      this.pendingRule = savedRule.pending;
      this.noTargets = savedRule.noTargets;
    }
  }

  shell(command: string, location: Location | undefined = this.reading): string {
    if (!this.allowShell) {
      const where = location && location.file !== '' ? `${location.file}:${location.line}` : '';
      // Once per call site; after reading there is no line, so once per command.
      const key = where !== '' ? where : `\0${command}`;
      if (!this.shellWarned.has(key)) {
        this.shellWarned.add(key);
        this.onWarning(
          where !== ''
            ? `${where}: kflags: $(shell ...) not run (use --allow-shell)\n`
            : 'kflags: $(shell ...) not run (use --allow-shell)\n',
        );
      }
      return '';
    }
    // Not the makefile's exported variables: make 4.3 passes its own startup
    // environment (exporting would loop on `export X = $(shell ...)`, Savannah #10593).
    const env = { ...this.startEnvironment };
    const result = this.host.shell(command, this.cwd, env);
    this.global.set({ name: '.SHELLSTATUS', value: String(result.status), flavor: 'simple', origin: 'override' });
    // fold_newlines(): CR before LF goes, newlines become spaces, and the
    // trailing ones are dropped.
    return result.output.replace(/\r\n/g, '\n').replace(/\n+$/, '').replace(/\n/g, ' ');
  }

  readFile(file: string): string | undefined {
    return this.confined(() => this.host.readFile(file));
  }

  fileExists(file: string): boolean {
    return this.confined(() => this.host.exists(file));
  }

  isDirectory(file: string): boolean {
    return this.confined(() => this.host.isDirectory(file));
  }

  glob(pattern: string): string[] {
    // Directories on the way (/, /tmp, ..) need not be readable; every
    // result must be.
    // Listing names is reading their directory, not the files (a link
    // inside the tree may point anywhere without being read).
    const results = glob(this.host.unconfined?.() ?? this.host, this.cwd, pattern);
    const magic = /[*?[]/.test(pattern);
    for (const r of results) {
      const abs = path.resolve(this.cwd, r);
      this.confined(() => this.host.isDirectory(magic ? path.dirname(abs) : abs));
    }
    if (!magic && results.length === 0) this.confined(() => this.host.exists(path.resolve(this.cwd, pattern)));
    return results;
  }

  realpath(file: string): string | undefined {
    return this.confined(() => this.host.realpath(file));
  }

  /** A read outside the allowed directories is an error at the line that asked for it. */
  private confined<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof ConfinementError) throw new MakeError(e.message, this.reading);
      throw e;
    }
  }

  refuseWrite(file: string, op = '>'): void {
    const where = this.reading ? `${this.reading.file}:${this.reading.line}: ` : '';
    this.onWarning(`${where}kflags: $(file ${op}${file}) not written (kflags never writes files)\n`);
  }
}

/**
 * parse_file_seq(): split file names, joining archive groups
 * (`lib.a(foo.o bar.o)` is `lib.a(foo.o) lib.a(bar.o)`) and dropping `./`.
 */
/**
 * read.c parse_file_seq(): names separated by whitespace, where a
 * backslash-quoted blank belongs to the name (and loses its backslash).
 */
function fileWords(text: string): string[] {
  if (!text.includes('\\')) return splitWords(text);
  const words: string[] = [];
  let p = 0;
  for (;;) {
    while (p < text.length && isSpace(text[p])) p++;
    if (p >= text.length) return words;
    const found = findMapUnquote(text.slice(p), ' \t\n\v\f\r', false);
    text = text.slice(0, p) + found.text;
    const end = found.index < 0 ? text.length : p + found.index;
    words.push(text.slice(p, end));
    p = end;
  }
}

/** A search path (VPATH, vpath): directories separated by colons or blanks. */
function splitPath(text: string): string[] {
  return splitWords(text.replace(/:/g, ' '));
}

function fileNames(text: string): string[] {
  const out: string[] = [];
  const words = fileWords(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const open = w.indexOf('(');
    if (open >= 0 && !w.endsWith(')')) {
      const archive = w.slice(0, open);
      const members = [w.slice(open + 1)];
      while (i + 1 < words.length && !members[members.length - 1].endsWith(')')) members.push(words[++i]);
      const last = members.length - 1;
      if (members[last].endsWith(')')) members[last] = members[last].slice(0, -1);
      for (const m of members) if (m !== '') out.push(`${archive}(${m})`);
      continue;
    }
    out.push(stripDotSlash(w));
  }
  return out;
}

function archiveMember(name: string): { archive: string; member: string } | undefined {
  const open = name.indexOf('(');
  if (open < 0 || !name.endsWith(')')) return undefined;
  return { archive: name.slice(0, open), member: name.slice(open + 1, -1) };
}

/** parse_file_seq(): `./foo` names the same file as `foo`. */
function stripDotSlash(name: string): string {
  while (name.startsWith('./') && name.length > 2) name = name.slice(2).replace(/^\/+/, '');
  return name;
}

/**
 * The conditional levels of one file. make keeps them in an array that a
 * pop does not clear, and a level that is pushed and then found invalid
 * (`else ifdef A B`) is never given a state: it keeps the value its slot
 * last held. kflags keeps the same slots (0 for a slot never used, which is
 * what a fresh allocation in make usually holds).
 */
class ConditionalStack {
  readonly active: ConditionalFrame[] = [];
  private readonly slots: ConditionalFrame[] = [];

  push(): ConditionalFrame {
    const depth = this.active.length;
    const frame = this.slots[depth] ?? { ignoring: 0, seenElse: false };
    frame.seenElse = false;
    this.slots[depth] = frame;
    this.active.push(frame);
    return frame;
  }

  ignoring(): boolean {
    return this.active.some((c) => c.ignoring !== 0);
  }
}

function firstWord(text: string): { word: string; rest: string } {
  let i = 0;
  while (i < text.length && isSpace(text[i])) i++;
  const start = i;
  while (i < text.length && !isSpace(text[i])) i++;
  return { word: text.slice(start, i), rest: text.slice(i) };
}

interface MacroWord {
  kind: 'word' | 'colon';
  text: string;
  /** Offset just past the word in the line. */
  end: number;
  /** `&:`, `&::`. */
  grouped?: boolean;
}

/** read.c get_next_mword(): words of a rule line, references kept whole, colons separate. */
function macroWords(text: string): MacroWord[] {
  const words: MacroWord[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isBlank(text[i])) i++;
    if (i >= n) break;
    if (text[i] === '&' && text[i + 1] === ':' && text[i + 2] !== '=') {
      // `&:` and `&::`: the colon of a rule with grouped targets.
      const len = text[i + 2] === ':' ? 3 : 2;
      words.push({ kind: 'colon', text: text.slice(i, i + len), end: i + len, grouped: true });
      i += len;
      continue;
    }
    if (text[i] === ':') {
      // `:=` and `::=` are assignment words; make expands them as text.
      const len = text[i + 1] === '=' ? 2 : text[i + 1] === ':' ? (text[i + 2] === '=' ? 3 : 2) : 1;
      words.push({ kind: len === 1 || (len === 2 && text[i + 1] === ':') ? 'colon' : 'word', text: text.slice(i, i + len), end: i + len });
      i += len;
      continue;
    }
    const start = i;
    while (i < n && !isBlank(text[i]) && text[i] !== ':' && !(text[i] === '&' && text[i + 1] === ':')) {
      if (text[i] === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
        const open = text[i + 1];
        const close = open === '(' ? ')' : '}';
        let depth = 0;
        let j = i + 1;
        for (; j < n; j++) {
          if (text[j] === open) depth++;
          else if (text[j] === close && --depth === 0) break;
        }
        i = j + 1;
      } else if (text[i] === '$' || text[i] === '\\') {
        i += 2;
      } else {
        i++;
      }
    }
    words.push({ kind: 'word', text: text.slice(start, Math.min(i, n)), end: Math.min(i, n) });
  }
  return words;
}

/** read.c split_prereqs(): the first unquoted `|`, even inside a word, starts the order-only prerequisites. */
function splitOrderOnly(text: string): [string, string?] {
  const bar = findCharUnquote(text, '|');
  if (bar.index < 0) return [bar.text];
  return [bar.text.slice(0, bar.index), bar.text.slice(bar.index + 1)];
}
