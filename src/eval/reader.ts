// read.c: makefiles read line by line. Logical lines are classified
// (assignments, define, conditionals, include, export, vpath, rule lines),
// conditionals decide what is read, and rule lines are split into targets,
// prerequisites, target-specific assignments and recipes.
import * as path from 'node:path';
import type { AssignOp, ConditionalNode, LineAst, Lines, Location, LogicalLine } from '../syntax/ast.js';
import { classifyLine, classifyLines, makefileLines, nestedTexts, parseMakefile, preparseExpansions } from '../syntax/parse.js';
import { collapseContinuations, findCharUnquote, findMapUnquote, removeComment } from '../syntax/lines.js';
import type { Host } from '../host/host.js';
import { at, confined, LimitError, MakeError, syntaxError } from './errors.js';
import type { Expansion } from './expansion.js';
import { fileNames, stripDotSlash } from './file-names.js';
import type { Limits } from './limits.js';
import { compilePattern } from './patterns.js';
import type { Rule } from './rules.js';
import type { Rules } from './rules.js';
import type { TargetContexts } from './target-context.js';
import type { VariableStore } from './variable-store.js';
import type { Origin, Variable } from './variables.js';
import { isBlank, isSpace, skipSpace, splitWords, trimSpace } from './words.js';

export interface ReaderOptions {
  host: Host;
  cwd: string;
  includeDirs: string[];
  limits: Limits;
  onWarning: (text: string) => void;
  /** Told of each assignment a conditional skipped (for `kflags trace`); absent, nothing is recorded. */
  onSkippedAssignment?: (skipped: SkippedAssignment) => void;
}

/** An assignment not carried out because a conditional was false, and that conditional. */
export interface SkippedAssignment {
  /** The variable's name as written (not expanded: make never expanded it). */
  name: string;
  op: string;
  value: string;
  location: Location;
  conditional?: ConditionalWhy;
  /** How many assignments the variable of that name had when this one was skipped (its place in the history). */
  after: number;
}

/** A conditional directive, where it is, and what its test gave. */
export interface ConditionalWhy {
  directive: string;
  location: Location;
  /** e.g. `CONFIG_LTO_CLANG_FULL is not defined`, `'y' and '' differ`. */
  value: string;
}


/** The line arrays preparse() has seen, with the recipe prefix it saw them with. */
const preparsed = new WeakMap<LogicalLine[], string>();

/** Names whose assignment make acts on (switches, search paths, the shell...): never defined without the full assignment. */
const ACTIVE_NAMES = new Set(['MAKEFLAGS', 'MFLAGS', 'GNUMAKEFLAGS', 'MAKEFILES', 'MAKEFILE_LIST', 'MAKELEVEL', 'MAKE', 'MAKECMDGOALS', 'MAKEOVERRIDES', 'MAKE_RESTARTS', 'SHELL', 'VPATH', 'GPATH', 'CURDIR', 'SUFFIXES']);

/** Per line array read, per file name: its plain definitions, or null when it has other lines. */
const plainFiles = new WeakMap<LogicalLine[], Map<string, Variable[] | null>>();

/**
 * The variables a file defines when every line is a comment, blank or a
 * plain `NAME = value` / `NAME := value` with no `$` and no modifier, each
 * name once: what reading it does is then known before it is read, and the
 * same immutable variables serve every read (a tree scan reads the
 * build's include/config/auto.conf, 1,700 definitions, once per directory).
 * The objects are not `owned`: a later assignment replaces them, never
 * changes them in place. Undefined when the file is anything else.
 */
function plainDefinitions(lines: LogicalLine[], file: string): Variable[] | undefined {
  let byFile = plainFiles.get(lines);
  if (byFile === undefined) plainFiles.set(lines, (byFile = new Map()));
  let plain = byFile.get(file);
  if (plain === undefined) {
    plain = [];
    const names = new Set<string>();
    for (const l of lines) {
      const line = l.classified;
      if (line?.type === 'Empty') continue;
      if (
        line?.type !== 'Assignment' ||
        (line.op !== '=' && line.op !== ':=') ||
        line.modifiers.length > 0 ||
        l.text[0] === '\t' ||
        l.text.includes('\n') ||
        line.value.includes('$') ||
        !/^[A-Za-z_][A-Za-z0-9_]*$/.test(line.name) ||
        ACTIVE_NAMES.has(line.name) ||
        names.has(line.name)
      ) {
        plain = null;
        break;
      }
      names.add(line.name);
      plain.push({ name: line.name, value: line.value, flavor: line.op === '=' ? 'recursive' : 'simple', origin: 'file', location: { file, line: l.line } });
    }
    byFile.set(file, plain);
  }
  return plain ?? undefined;
}

interface ConditionalFrame {
  /** 0: interpreting, 1: not yet interpreted, 2: already interpreted (like read.c). */
  ignoring: 0 | 1 | 2;
  seenElse: boolean;
  /** Kept only when someone traces: which directive decided, and what it saw. */
  why?: ConditionalWhy;
}

export class Reader {
  private readonly host: Host;
  private readonly cwd: string;
  private readonly includeDirs: string[];
  private readonly limits: Limits;
  private readonly onWarning: (text: string) => void;
  private includeDepth = 0;
  /** make -k (from MAKEFLAGS): a makefile that cannot be remade is reported without stopping at once. */
  keepGoing = false;
  /** Deferred errors for missing `include`d files, reported after reading, as make does. */
  private readonly missingIncludes: { file: string; location: Location; optional: boolean }[] = [];
  /** The makefiles read, in order (make tries to remake each after reading). */
  private readonly readFiles: string[] = [];
  /** A rule line without targets: the recipe lines after it are ignored. */
  private noTargets = false;

  constructor(
    private readonly expansion: Expansion,
    private readonly variables: VariableStore,
    private readonly rules: Rules,
    private readonly targets: TargetContexts,
    options: ReaderOptions,
  ) {
    this.host = options.host;
    this.cwd = options.cwd;
    this.includeDirs = options.includeDirs;
    this.limits = options.limits;
    this.onWarning = options.onWarning;
    this.onSkippedAssignment = options.onSkippedAssignment;
  }

  private readonly onSkippedAssignment?: (skipped: SkippedAssignment) => void;

  /** The line being read (also where expansion errors point). */
  private get reading(): Location | undefined {
    return this.expansion.reading;
  }

  private set reading(location: Location | undefined) {
    this.expansion.reading = location;
  }

  private expand(text: string): string {
    return this.expansion.expand(text);
  }

  private recipePrefix(): string {
    return this.variables.recipePrefix;
  }

  /** Read a makefile named on the command line (-f); a missing one is fatal at once. */
  readMakefile(file: string): void {
    // read.c eval_makefile(): the makefile is entered as a file before it is read.
    this.rules.files.enter(file);
    const abs = path.resolve(this.cwd, file);
    if (confined(this.reading, () => this.host.isDirectory(abs))) throw new MakeError(`${file}: Is a directory`);
    const text = confined(this.reading, () => this.host.readFile(abs));
    if (text === undefined) {
      throw new MakeError(`No rule to make target '${file}'`, undefined, { notes: [`kflags: ${file}: No such file or directory\n`] });
    }
    this.variables.appendMakefileList(file);
    this.readFiles.push(file);
    this.evalSource(text, file);
  }

  /**
   * main.c read_all_makefiles(): the makefiles named by $(MAKEFILES) (from
   * the environment or the command line), expanded without undefined-variable
   * warnings, read first and silently, each name as written (split at
   * whitespace: no quoting, globbing or `./` stripped), searched like an
   * include (RM_INCLUDED|RM_DONTCARE); their rules, and those of the files
   * they include, never set the default goal (RM_NO_DEFAULT_GOAL).
   */
  readMakefilesVariable(): void {
    if (this.variables.global.get('MAKEFILES') === undefined) return;
    const warn = this.expansion.warnUndefinedVariables;
    this.expansion.warnUndefinedVariables = false;
    let value: string;
    try {
      value = this.expand('$(MAKEFILES)');
    } finally {
      this.expansion.warnUndefinedVariables = warn;
    }
    const location = { file: '', line: 0 };
    this.rules.setDefault = false;
    try {
      for (const name of splitWords(value)) this.includeFile(name, '-include', location);
    } finally {
      this.rules.setDefault = true;
    }
    this.reading = undefined;
  }

  /** After all makefiles: report what make reports once reading is done. */
  finishReading(): void {
    this.endRule();
    // make tries to remake missing makefiles after reading, the latest
    // mention first (an optional one is skipped); a target without a
    // recipe counts as remade. A file is named at its last mention.
    const lastMention = new Map<string, Location>();
    for (const m of this.missingIncludes) lastMention.set(m.file, m.location);
    const failed: { file: string; location: Location }[] = [];
    for (const m of [...this.missingIncludes].reverse()) {
      if (m.optional || failed.some((f) => f.file === m.file)) continue;
      const rule = this.rules.table.get(m.file);
      if (rule === undefined || rule.recipe.length > 0) {
        failed.push({ file: m.file, location: lastMention.get(m.file)! });
        continue;
      }
      // A rule without a recipe remakes nothing, but its prerequisites are
      // updated first: one that make can neither find nor make stops it
      // here, before the makefiles read earlier are looked at.
      const unmakeable = this.keepGoing || failed.length > 0 ? undefined : this.firstUnmakeablePrerequisite(m.file, rule);
      if (unmakeable !== undefined && unmakeable !== 'recipe') {
        throw new MakeError(`No rule to make target '${unmakeable.prerequisite}', needed by '${unmakeable.target}'`, undefined, {
          notes: [`${at(lastMention.get(m.file)!)}${m.file}: No such file or directory\n`],
        });
      }
    }
    const last = failed[0];
    if (last !== undefined) {
      const rule = this.rules.table.get(last.file);
      if (rule !== undefined) {
        // Before any recipe runs, make stops at a prerequisite it has no way to make.
        const unmakeable = this.keepGoing ? undefined : this.firstUnmakeablePrerequisite(last.file, rule);
        if (unmakeable !== undefined && unmakeable !== 'recipe') {
          throw new MakeError(`No rule to make target '${unmakeable.prerequisite}', needed by '${unmakeable.target}'`, undefined, {
            notes: [`${at(last.location)}${last.file}: No such file or directory\n`],
          });
        }
        throw new MakeError(`kflags: '${last.file}' would be remade by its recipe, and kflags never runs recipes`, last.location);
      }
      const note = (m: { file: string; location: Location }) => `${at(m.location)}${m.file}: No such file or directory\n`;
      if (!this.keepGoing) throw new MakeError(`No rule to make target '${last.file}'`, undefined, { notes: [note(last)] });
      // make -k goes on: every missing makefile (the last first), then which it could not remake.
      const others = failed.slice(1);
      const after = [
        ...others.flatMap((m) => [
          { line: note(m), prefixed: false },
          { line: `*** No rule to make target '${m.file}'.\n`, prefixed: true },
        ]),
        ...[last, ...others].map((m) => ({ line: `Failed to remake makefile '${m.file}'.\n`, prefixed: true })),
      ];
      throw new MakeError(`No rule to make target '${last.file}'`, undefined, { notes: [note(last)], after, stop: false });
    }
    // A makefile that was read is remade too (the last read first) when it
    // is out of date, which kflags does not judge; but a prerequisite make
    // can neither find nor make stops it before any recipe runs.
    if (this.keepGoing) return;
    for (const file of [...new Set(this.readFiles)].reverse()) {
      const rule = this.rules.table.get(file);
      const unmakeable = rule === undefined ? undefined : this.firstUnmakeablePrerequisite(file, rule);
      if (unmakeable === 'recipe') return;
      if (unmakeable !== undefined) throw new MakeError(`No rule to make target '${unmakeable.prerequisite}', needed by '${unmakeable.target}'`);
    }
  }

  /**
   * update_file() depth first, before any recipe: the first prerequisite
   * (normal, then order-only, each target's own before the next) that make
   * finds neither as a file nor as a target; 'recipe' when a recipe might
   * run first (kflags cannot tell what it would make); undefined when all are
   * there.
   */
  private firstUnmakeablePrerequisite(
    target: string,
    rule: Rule,
    seen = new Set<string>(),
  ): { prerequisite: string; target: string } | 'recipe' | undefined {
    if (rule.secondExpansion !== undefined || seen.has(target)) return 'recipe';
    seen.add(target);
    for (const p of [...rule.prerequisites, ...rule.orderOnly]) {
      const prerequisite = this.rules.table.get(p);
      if (prerequisite !== undefined) {
        const found = this.firstUnmakeablePrerequisite(p, prerequisite, seen);
        if (found !== undefined) return found;
        if (prerequisite.recipe.length > 0) return 'recipe';
        continue;
      }
      if (!this.rules.canMake(p)) return { prerequisite: p, target };
      if (!confined(this.reading, () => this.host.exists(path.resolve(this.cwd, p)))) return 'recipe';
    }
    return undefined;
  }

  /** $(eval): the text is read as a makefile of its own, at the line of the eval. */
  evalText(text: string): void {
    if (this.includeDepth >= this.limits.maxIncludeDepth) {
      throw new LimitError(`kflags: $(eval) depth limit (${this.limits.maxIncludeDepth}) exceeded`, this.reading);
    }
    // After reading (--print), make has no current line: neither do we.
    const outer = this.reading;
    // read.c eval_buffer(): at reading_file, which after reading may be where a file's recipe starts or the outermost variable being expanded.
    const location = this.expansion.messageLocation ?? { file: '', line: 0 };
    let ast;
    try {
      ast = parseMakefile(text, location.file);
    } catch (e) {
      throw syntaxError(e, location.file, location.line);
    }
    const savedScope = this.expansion.scope;
    // Its rules end with it, and the reader's rule context is left as it was.
    const savedRule = { waiting: this.rules.waiting, noTargets: this.noTargets, setDefault: this.rules.setDefault };
    this.rules.waiting = null;
    this.noTargets = false;
    // func_eval() reads with eval(&ebuf, 1): its rules may set the default goal.
    this.rules.setDefault = true;
    // $(eval) defines in the global scope, even inside $(call)/$(foreach).
    this.includeDepth++;
    try {
      this.evalLines(ast.lines, location.file, location.line);
      this.endRule();
    } finally {
      this.includeDepth--;
      this.expansion.scope = savedScope;
      this.reading = outer;
      this.rules.waiting = savedRule.waiting;
      this.noTargets = savedRule.noTargets;
      this.rules.setDefault = savedRule.setDefault;
    }
  }

  /** A line that ends a rule enters it, and ends "no targets": tab lines are read again. */
  private endRule(): void {
    this.noTargets = false;
    this.rules.recordWaitingFiles();
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
    let read;
    try {
      read = makefileLines(text, file);
    } catch (e) {
      throw syntaxError(e, file, 1);
    }
    if (read.shared) {
      this.preparse(read.lines);
      const plain = this.variables.recordHistory || this.recipePrefix() !== '\t' ? undefined : plainDefinitions(read.lines, file);
      if (plain !== undefined) {
        // A file of plain definitions (a .config, include/config/auto.conf), read again.
        if (plain.length > 0) this.endRule();
        for (const v of plain) this.variables.definePlain(v);
      } else {
        this.evalLines(read.lines, file, undefined, read.finalNewline);
      }
    } else {
      const lines = new LinesReadOnce(read.lines, (window) => this.classifyAhead(window, true));
      this.evalLines(lines, file, undefined, read.finalNewline);
    }
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
    // The lines of a file read before are shared (parseMakefile's cache) and
    // already carry what this would compute: a tree scan reads
    // Kbuild.include and Makefile.lib once per directory.
    if (preparsed.get(lines) === prefix) return;
    preparsed.set(lines, prefix);
    this.classifyAhead(lines);
  }

  /**
   * Classify lines in one batch. `once`: lines read once, whose
   * trees nothing will find again (not kept by the parse caches); their
   * expansions are parsed when first expanded, not ahead.
   */
  private classifyAhead(lines: LogicalLine[], once = false): void {
    const prefix = this.recipePrefix();
    const todo = lines.filter((l) => l.text[0] !== prefix);
    for (const l of todo) l.folded = removeComment(collapseContinuations(l.text));
    const classified = classifyLines(
      todo.map((l) => l.folded!),
      !once,
    );
    for (let k = 0; k < todo.length; k++) todo[k].classified = classified[k];
    if (once) return;
    const expansions: string[] = [];
    for (const line of classified) {
      switch (line?.type) {
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
    }
    preparseExpansions(expansions);
  }

  /**
   * read.c eval(): the line-by-line state machine. `fixedLine`: every line
   * gets this number ($(eval) text reports the line of the eval, as make does).
   */
  private evalLines(lines: Lines, file: string, fixedLine?: number, finalNewline = true): void {
    const lineOf = (l: LogicalLine) => fixedLine ?? l.line;
    const conditionals = new ConditionalStack();
    const savedReading = this.reading;
    const state = { inIgnoredDefine: false, fixedLine: fixedLine !== undefined };
    let i = 0;
    while (i < lines.length) {
      const logical = lines.at(i++)!;
      // Locations are never changed once made: a line read again under the same
      // name (a tree scan reads Makefile.lib once per directory) keeps its own.
      let location = logical.location;
      if (location === undefined || location.file !== file || location.line !== lineOf(logical)) {
        location = { file, line: lineOf(logical) };
        if (fixedLine === undefined) logical.location = location;
      }
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
      const last = lines.at(lines.length - 1);
      // make has read past the last line when it notices.
      // (A last line continued without a final newline is not counted.)
      const past = last ? last.line + last.lines - (finalNewline || last.lines === 1 ? 0 : 1) : 1;
      throw new MakeError("missing 'endif'", { file, line: fixedLine ?? past });
    }
    this.reading = savedReading;
  }

  /** One logical line; returns the index of the next line to read. */
  private evalLine(
    lines: Lines,
    i: number,
    logical: LogicalLine,
    location: Location,
    file: string,
    lineOf: (l: LogicalLine) => number,
    conditionals: ConditionalStack,
    state: { inIgnoredDefine: boolean; fixedLine: boolean },
  ): number {
    {
      const prefixed = logical.text[0] === this.recipePrefix();
      if (prefixed) {
        if (this.noTargets) return i;
        if (this.rules.waiting !== null) {
          if (conditionals.ignoring()) return i;
          this.rules.waiting.recipe.push({ line: logical.text.slice(1), location });
          return i;
        }
      }

      // With another recipe prefix, a leading tab is only whitespace.
      // After .POSIX, continuations fold otherwise (the lines were folded ahead for speed).
      const posix = this.rules.posix && logical.text.includes('\n');
      const text = posix ? removeComment(collapseContinuations(logical.text, true)) : logical.folded ?? removeComment(collapseContinuations(logical.text));
      const line = (posix ? undefined : logical.classified) ?? this.parseLineAt(text, location);

      if (line.type === 'Assignment' || line.type === 'Define' || line.type === 'Undefine') {
        if (state.inIgnoredDefine) {
          // Inside an ignored define, only `endef` matters.
          return i;
        }
        if (conditionals.ignoring()) {
          if (this.onSkippedAssignment !== undefined && line.type !== 'Undefine') {
            // The outermost false conditional is the one that decided.
            const frame = conditionals.active.find((c) => c.ignoring !== 0);
            const skippedName = line.type === 'Assignment' ? line.name : line.header.trim();
            this.onSkippedAssignment({
              name: skippedName,
              after: this.variables.global.get(skippedName)?.history?.length ?? 0,
              op: line.type === 'Assignment' ? line.op : 'define',
              value: line.type === 'Assignment' ? line.value : '',
              location,
              ...(frame?.why === undefined ? {} : { conditional: frame.why }),
            });
          }
          if (line.type === 'Define') state.inIgnoredDefine = true;
          return i;
        }
        this.endRule();
        const origin: Origin = line.modifiers.includes('override') ? 'override' : 'file';
        if (line.type === 'Undefine') {
          this.variables.undefine(line.name, origin, this.reading);
          return i;
        }
        if (line.type === 'Define') {
          // read.c do_define(): the name is expanded and checked before the body is read.
          const { name, op } = this.defineHeader(line.header, location);
          // make counts the body's lines from the define's first line: a
          // header continued over several lines puts them that many early.
          const lag = state.fixedLine ? 0 : logical.lines - 1;
          // do_define() counts each line it reads when it has read it: a body
          // line continued over several lines is at its last one.
          const atEnd = (l: LogicalLine) => lineOf(l) - lag + (state.fixedLine ? 0 : l.lines - 1);
          const { body, next } = this.readDefineBody(lines, i, file, atEnd, location);
          i = next;
          const endef = lines.at(next - 1);
          // The body has been read: make is at the endef line when it expands it.
          this.reading = { file, line: endef ? atEnd(endef) : location.line };
          this.variables.setVariable(name, op, body, origin, location, undefined, 'global', undefined, line.modifiers);
        } else {
          this.variables.assign(line.name, line.op, line.value, origin, location, line.valueParts, line.modifiers);
        }
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

      if (conditionals.ignoring()) return i;

      switch (line.type) {
        case 'Export':
        case 'Unexport': {
          this.endRule();
          const exporting = line.type === 'Export';
          if (line.names === '') {
            this.variables.exportAll = exporting;
          } else {
            this.variables.exportNames(splitWords(this.expand(line.names)), exporting, location);
          }
          return i;
        }
        case 'Vpath':
          this.endRule();
          this.rules.vpathDirective(this.expand(line.rest));
          return i;
        case 'Include':
          this.endRule();
          this.include(line.kind, line.files, location);
          return i;
        case 'Load':
          throw new MakeError(`kflags: the 'load' directive is not supported`, location);
        case 'RuleOrOther':
          if (prefixed) throw new MakeError('recipe commences before first target', location);
          // read.c looks for the recipe's `;` in the line before its comment is removed.
          this.ruleLine(text, location, logical.text.includes('#') ? collapseContinuations(logical.text, posix) : undefined);
          return i;
      }
    }
    return i;
  }

  private parseLineAt(text: string, location: Location) {
    try {
      return classifyLine(text, location);
    } catch (e) {
      throw syntaxError(e, location.file, location.line);
    }
  }

  /** read.c do_define(): collect the body up to the matching endef. */
  private readDefineBody(
    lines: Lines,
    start: number,
    file: string,
    lineOf: (l: LogicalLine) => number,
    location: Location,
  ): { body: string; next: number } {
    const body: string[] = [];
    let level = 1;
    let i = start;
    while (i < lines.length) {
      const logical = lines.at(i++)!;
      let text = collapseContinuations(logical.text, this.rules.posix);
      // Lines that start with the recipe prefix are never define/endef: as they are after
      // collapse_continuations(), which takes the blanks before a backslash-newline away.
      if (text[0] !== this.recipePrefix()) {
        const { word, rest } = firstWord(text);
        // The word ends at a blank or at the line's end (ISBLANK): `endef` and a form feed do not end the body.
        const bare = rest === '' || isBlank(rest[0]);
        if (word === 'define' && bare) {
          level++;
        } else if (word === 'endef' && bare) {
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
      if (parsed.value !== '') this.onWarning(`${at(location)}extraneous text after 'define' directive\n`);
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

  private conditional(line: ConditionalNode, stack: ConditionalStack, location: Location): void {
    const result = this.conditionalLine(line, stack, location);
    if (result === -1) throw new MakeError('invalid syntax in conditional', location);
  }

  /** read.c conditional_line(): returns -1 for invalid syntax. */
  private conditionalLine(line: ConditionalNode, conditionals: ConditionalStack, location: Location): number {
    const stack = conditionals.active;
    const extraneous = (name: string) =>
      this.onWarning(`${at(location)}extraneous text after '${name}' directive\n`);
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
      if (this.onSkippedAssignment !== undefined && frame.why !== undefined) {
        frame.why = { directive: `else (of ${frame.why.directive})`, location, value: frame.ignoring === 0 ? 'taken' : `the ${frame.why.directive.split(/\s/)[0]} branch was taken` };
      }
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
    frame.why = undefined;
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
      const v = this.expansion.lookup(name);
      const defined = v !== undefined && v.value !== '';
      frame.ignoring = defined === (line.kind === 'ifndef') ? 1 : 0;
      if (this.onSkippedAssignment !== undefined) {
        frame.why = { directive: `${line.kind} ${name}`, location, value: defined ? `${name} is defined` : `${name} is not defined` };
      }
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
    if (this.onSkippedAssignment !== undefined) {
      frame.why = {
        directive: `${line.kind} (${args.first},${args.second})`,
        location,
        value: first === second ? `both are '${first}'` : `'${first}' and '${second}' differ`,
      };
    }
    return 0;
  }

  private include(kind: string, filesText: string, location: Location): void {
    // Names as parse_file_seq() reads them (a backslash-quoted blank belongs to the name) are
    // globbed (a pattern without matches stays as written) and lose a leading ./
    const files = fileNames(this.expand(filesText)).flatMap((word) => {
      const w = this.expansion.tildeExpand(word);
      const matches = /[*?[]/.test(w) ? this.expansion.glob(w) : [];
      return (matches.length > 0 ? matches : [w]).map(stripDotSlash);
    });
    if (files.length === 0) return;
    if (this.includeDepth >= this.limits.maxIncludeDepth) {
      throw new LimitError(`kflags: include depth limit (${this.limits.maxIncludeDepth}) exceeded (an include cycle?)`, location);
    }
    for (const name of files) this.includeFile(name, kind, location);
    this.reading = location;
  }

  /** read.c eval_makefile() for one name of an include line (or of MAKEFILES). */
  private includeFile(name: string, kind: string, location: Location): void {
    // A file that does not exist is missing wherever its path points:
    // confinement refuses reads, and there is nothing to read.
    let found: { file: string; name: string } | undefined;
    if (this.missingOutside(path.resolve(this.cwd, name))) {
      found = name.startsWith('/') ? undefined : this.findInclude(name, true);
    } else {
      if (confined(this.reading, () => this.host.isDirectory(path.resolve(this.cwd, name)))) throw new MakeError(`${name}: Is a directory`);
      found = this.findInclude(name);
    }
    // read.c eval_makefile(): each file is entered before it is read, by
    // the name it was found by (missing, as written).
    this.rules.files.enter(found?.name ?? name);
    if (found === undefined) {
      this.missingIncludes.push({ file: name, location, optional: kind !== 'include' });
      return;
    }
    const text = confined(this.reading, () => this.host.readFile(found.file));
    if (text === undefined) {
      this.missingIncludes.push({ file: name, location, optional: kind !== 'include' });
      return;
    }
    // make names a file found in a search directory by that path.
    this.variables.appendMakefileList(found.name);
    this.readFiles.push(found.name);
    this.includeDepth++;
    try {
      // Errors name the file as it was written; MAKEFILE_LIST as it was found.
      this.evalSource(text, name);
    } finally {
      this.includeDepth--;
    }
  }

  /** A path kflags may not read, where nothing exists (asked of the file system without confinement, nothing is read). */
  private missingOutside(file: string): boolean {
    if (this.host.allows === undefined || this.host.allows(file)) return false;
    const outside = this.host.unconfined?.() ?? this.host;
    return !outside.exists(file) && !(outside.isLink?.(file) ?? false);
  }

  /** `searchOnly`: the name itself is known to be missing (outside the allowed directories); look in the search directories. */
  private findInclude(name: string, searchOnly = false): { file: string; name: string } | undefined {
    // make just opens the name: devices and FIFOs are makefiles too.
    const readable = (file: string) => this.host.exists(file) && !this.host.isDirectory(file);
    const direct = path.resolve(this.cwd, name);
    if (!searchOnly && confined(this.reading, () => readable(direct))) return { file: direct, name };
    if (name.startsWith('/')) return undefined;
    for (const dir of [...this.includeDirs, '/usr/local/include', '/usr/include']) {
      const candidate = path.resolve(this.cwd, dir, name);
      // make's default search directories are skipped when kflags may not read there.
      if (this.host.allows !== undefined && !this.host.allows(candidate)) continue;
      if (confined(this.reading, () => readable(candidate))) return { file: candidate, name: `${dir.replace(/\/+$/, '')}/${name}` };
    }
    return undefined;
  }

  /** The part of read.c eval() that handles everything else: rules and target-specific variables. */
  private ruleLine(text: string, location: Location, uncommented?: string): void {
    this.endRule();
    // A `;` outside references starts the recipe, unless a comment starts
    // first (read.c: find_map_unquote(line, MAP_SEMI|MAP_COMMENT|MAP_VARIABLE)
    // on the line as read): what follows the `;` is the recipe as written,
    // a `#` in it no comment, a `\#` kept (and a target-specific value's).
    let found: { text: string; index: number };
    if (uncommented === undefined) found = findMapUnquote(text, ';', true);
    else {
      const first = findMapUnquote(uncommented, ';#', true);
      found = first.index >= 0 && first.text[first.index] === '#' ? { text: first.text.slice(0, first.index), index: -1 } : first;
    }
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
    // Whether the recipe's `;` came out of an expansion (read.c: cmdleft found in the
    // expanded line, semip not set).
    let expandedSemicolon = false;
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
          expandedSemicolon = true;
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
    const targetNames = this.rules.globNames(fileNames(targetsText));
    const isPattern = (t: string) => t.includes('%') && compilePattern(t).hasPercent;
    const implicit = targetNames.map(isPattern);
    // A name with only quoted `%` (`a\%b`) is an ordinary name, unquoted.
    const targets = targetNames.map((t, k) => (implicit[k] || !t.includes('%') ? t : compilePattern(t).text));
    if (targets.length === 0) {
      this.noTargets = true;
      return;
    }
    // Target-specific variable? A `;` written in the line and what follows it belong to
    // the value again; one an expansion gave cuts the value short there, and the rest is lost.
    // Only the text before the `;` says whether it is one (parse_var_assignment() on the
    // line cut there): `t: ; = x` is a rule.
    const before = this.classifyRest(rest, location);
    const assignment = before.type === 'Assignment' || before.type === 'Define' || before.type === 'Undefine';
    const asVariable = !assignment || recipe === undefined || expandedSemicolon ? before : this.classifyRest(`${rest};${recipe}`, location);
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
      targets.forEach((target, k) => {
        // read.c record_target_var(): a target that is no pattern is entered as a file.
        if (!implicit[k]) this.rules.files.enter(target);
        this.targets.define(target, asVariable, origin, location);
      });
      this.noTargets = false;
      return;
    }
    this.noTargets = false;
    // read.c: not a target-specific variable, so each backslash quoting
    // an `=` in the rest of the line, as written, goes (up to an unquoted one).
    let prereqText = this.expand(after + findCharUnquote(restRaw, '=').text);
    if (recipe === undefined) {
      const s = findCharUnquote(prereqText, ';');
      if (s.index >= 0) {
        recipe = s.text.slice(s.index + 1);
        prereqText = s.text.slice(0, s.index);
      }
    }
    // Static pattern rule: targets: target-pattern: prereq-patterns
    let staticPattern: string | undefined;
    // Looking for the pattern's colon, as read.c's find_char_unquote()
    // does, takes the backslash from each quoted colon in the expanded text
    // (`t: a\:b` names a:b; a value's `\:` seen only by a second expansion stays).
    const second = findCharUnquote(prereqText, ':');
    prereqText = second.text;
    if (second.index >= 0) {
      // One name, as parse_file_seq() reads names: a backslash-quoted blank belongs to it.
      const patterns = fileNames(second.text.slice(0, second.index));
      prereqText = findCharUnquote(second.text.slice(second.index + 1), ':').text;
      if (patterns.length === 0) throw new MakeError('missing target pattern', location);
      if (patterns.length > 1) throw new MakeError('multiple target patterns', location);
      staticPattern = patterns[0];
      if (!compilePattern(staticPattern).hasPercent) throw new MakeError("target pattern contains no '%'", location);
      // parse_file_seq() reads the pattern as a file name: a leading ./ goes (Kbuild's obj=. gives `./%/built-in.a`).
      staticPattern = stripDotSlash(staticPattern);
    }
    this.rules.recordFiles({ targets, implicit, grouped, doubleColon, staticPattern, prereqText, recipe, location });
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
    return { ...head, value, valueParts: this.expansion.parse(value) };
  }
}

/**
 * The lines of a file read once (too large for parseMakefile's cache): made
 * and classified a window at a time as evaluation reaches them, and gone with
 * their window. Made and kept for the whole file, every line and its tree
 * would outlive many young-generation collections, each copying them again.
 */
class LinesReadOnce implements Lines {
  /** Lines per window (a batched parse has a fixed cost). */
  static readonly WINDOW = 256;
  readonly length: number;
  private window: LogicalLine[] = [];
  private start = 0;

  constructor(
    private readonly index: Lines,
    private readonly classify: (window: LogicalLine[]) => void,
  ) {
    this.length = index.length;
  }

  at(i: number): LogicalLine | undefined {
    const k = i - this.start;
    if (k >= 0 && k < this.window.length) return this.window[k];
    if (i < 0 || i >= this.length) return undefined;
    const end = Math.min(this.length, i + LinesReadOnce.WINDOW);
    const window: LogicalLine[] = new Array(end - i);
    for (let j = i; j < end; j++) window[j - i] = this.index.at(j)!;
    this.window = window;
    this.start = i;
    this.classify(window);
    return window[0];
  }
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
    for (const c of this.active) if (c.ignoring !== 0) return true;
    return false;
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
    // `=`, `+=`, `?=`, `!=` are words of their own (get_next_mword() w_varassign): in a rule
    // line that is no assignment they end up among the targets, `a=b` as `a = b`.
    const assign = text[i] === '=' ? 1 : '+?!'.includes(text[i]) && text[i + 1] === '=' ? 2 : 0;
    if (assign > 0) {
      words.push({ kind: 'word', text: text.slice(i, i + assign), end: i + assign });
      i += assign;
      continue;
    }
    const start = i;
    while (i < n && !isBlank(text[i]) && text[i] !== ':' && text[i] !== '=' && !('+?'.includes(text[i]) && text[i + 1] === '=') && !(text[i] === '&' && text[i + 1] === ':')) {
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
      } else if (text[i] === '$') {
        i += 2;
      } else if (text[i] === '\\') {
        // A backslash quotes only `:`, `;`, `=` and itself: `\$(...)` is a reference.
        i += ':;=\\'.includes(text[i + 1] ?? '') ? 2 : 1;
      } else {
        i++;
      }
    }
    words.push({ kind: 'word', text: text.slice(start, Math.min(i, n)), end: Math.min(i, n) });
  }
  return words;
}
