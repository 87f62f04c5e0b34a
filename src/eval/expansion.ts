// expand.c and function.c: expanding references in the current scope,
// recursive and appended values, builtin dispatch and $(call), and what
// builtins may ask of the evaluator (files, $(shell), messages).
import * as path from 'node:path';
import type { ExpansionAst, Location, RawArgument } from '../syntax/ast.js';
import { parseExpansion } from '../syntax/parse.js';
import type { Host } from '../host/host.js';
import { at, confined, LimitError, MakeError, syntaxError } from './errors.js';
import { FUNCTIONS, type BuiltinFunction, type FunctionContext } from './functions/index.js';
import { glob } from './glob.js';
import type { Limits } from './limits.js';
import { substitutionReference } from './patterns.js';
import type { VariableStore } from './variable-store.js';
import { assignmentSource, expandedAs, joined, literal, NO_PIECES, slice, wordFrom, type AssignmentSource, type Derivation, type Piece, type PieceSource } from './provenance.js';
import { VariableSet, type Scope, type Variable } from './variables.js';
import { variablesInSlotOrder } from './variable-table.js';
import { commandArgv } from './shell-command.js';

export interface ExpansionOptions {
  host: Host;
  cwd: string;
  allowShell: boolean;
  limits: Limits;
  onInfo: (text: string) => void;
  onWarning: (text: string) => void;
  /** $(eval): the reader reads the text as makefile lines. */
  evalText: (text: string) => void;
}

export class Expansion implements FunctionContext {
  /** The scope chain used for lookups; global at file level, a target's chain in its context. */
  scope: Scope;
  /** The line being read (the reader sets it): errors and warnings name it. */
  reading: Location | undefined;
  /** In snap_deps() no file is being read: a warning names the variable being expanded. */
  snapping = false;
  callArgumentCount = 0;
  readonly cwd: string;
  readonly limits: Limits;
  private readonly global: VariableSet;
  private readonly host: Host;
  private readonly allowShell: boolean;
  private readonly onInfo: (text: string) => void;
  private readonly onWarning: (text: string) => void;
  private readonly evalReader: (text: string) => void;
  /** make's expanding_var: the variable being expanded; errors blame where it is defined (now). */
  private expandingVar: Variable | undefined;
  /**
   * expand.c recursively_expand_for_file(): with no line being read, the
   * outermost variable being expanded stands for it (its definition, or
   * none for a variable without one), until its expansion ends.
   */
  private readingVariable: { location: Location | undefined } | undefined;
  private depth = 0;
  // The variables being expanded, and those $(call) is expanding, innermost
  // last: stacks (a few deep), since a Set reallocates its table as it
  // empties, on every expansion.
  private readonly expanding: Variable[] = [];
  private readonly callable: Variable[] = [];
  private readonly shellWarned = new Set<string>();
  /** make's makelevel: its messages say make[N] below the top level. */
  makelevel = 0;

  // Provenance (provenance.ts), recorded only while `tracing`.
  /** Record a derivation for every expansion (history on). */
  tracing = false;
  /** The derivation of the text the last expand()/expandParts() produced. */
  lastDerivation: Derivation | undefined;
  /** The value derivation of the last variable reference. */
  private lastValue: Derivation | undefined;
  /** The piece the last function call produced. */
  private lastCall: PieceSource | undefined;
  /** The piece the last reference produced (set when it is done: nested ones came before). */
  private referenced: PieceSource | undefined;
  /** What the function being called read: derivations of its own expansions (at its depth). */
  private collector: { inputs: Derivation[]; depth: number; cursors: number[] | undefined } | undefined;
  /** The texts $(eval) is reading, innermost last. */
  readonly evalTexts: Derivation[] = [];

  constructor(
    private readonly variables: VariableStore,
    options: ExpansionOptions,
  ) {
    this.global = variables.global;
    this.scope = { set: this.global, next: undefined };
    this.host = options.host;
    this.cwd = options.cwd;
    this.allowShell = options.allowShell;
    this.limits = options.limits;
    this.onInfo = options.onInfo;
    this.onWarning = options.onWarning;
    this.evalReader = options.evalText;
  }

  /** variable_expand_string(): expand every reference in text. */
  expand(text: string): string {
    if (this.tracing) return this.tracedExpand(text);
    if (!text.includes('$')) return text;
    return this.expandParts(this.parse(text));
  }

  private tracedExpand(text: string): string {
    let out: string;
    if (!text.includes('$')) {
      out = text;
      this.lastDerivation = literal(text);
    } else {
      out = this.expandParts(this.parse(text));
    }
    this.collect();
    return out;
  }

  /** A function's own expansion (not one inside a reference it made): one of its inputs. */
  private collect(): void {
    const c = this.collector;
    if (c !== undefined && c.depth === this.depth && this.lastDerivation !== undefined) c.inputs.push(this.lastDerivation);
  }

  parse(text: string, keep = true): ExpansionAst {
    try {
      return parseExpansion(text, keep);
    } catch (e) {
      throw syntaxError(e, this.reading?.file ?? '', this.reading?.line ?? 0);
    }
  }

  /** A recursive variable's value: its parsed form is kept beside its text. */
  private expandVariableText(v: Variable): string {
    const text = v.value;
    if (v.parsed !== undefined && v.parsed.text === text) return this.expandParts(v.parsed.parts);
    if (!text.includes('$')) {
      if (this.tracing) this.lastDerivation = literal(text);
      return text;
    }
    const parts = this.parse(text);
    v.parsed = { text, parts };
    return this.expandParts(parts);
  }

  expandRaw(text: string, raw: RawArgument | undefined): string {
    return raw !== undefined && raw.text === text ? this.expandArgument(raw) : this.expand(text);
  }

  /**
   * A call's argument: parsed once, kept on the call's tree (not also in the
   * parse cache: the call's tree is what is found again).
   */
  private expandArgument(arg: RawArgument): string {
    let out: string;
    if (arg.parts === undefined && !arg.text.includes('$')) {
      out = arg.text;
      if (this.tracing) this.lastDerivation = literal(out);
    } else {
      arg.parts ??= this.parse(arg.text, false);
      out = this.expandParts(arg.parts);
    }
    if (this.tracing) this.collect();
    return out;
  }

  expandParts(parts: ExpansionAst): string {
    if (this.tracing) return this.tracedExpandParts(parts);
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
    return this.heldNul ? cutAtNul(out) : out;
  }

  /** expandParts(), recording which pieces came from which reference or call. */
  private tracedExpandParts(parts: ExpansionAst): string {
    let out = '';
    // Allocated at the first piece: most expansions have one part or none with a source.
    let pieces: Piece[] | undefined;
    for (const part of parts) {
      let piece: string;
      let source: PieceSource | undefined;
      if (typeof part === 'string') {
        piece = part;
      } else if (part.type === 'Reference') {
        this.referenced = undefined;
        piece = this.reference(part.name ?? this.computedName(part.text));
        source = this.referenced;
      } else if (part.type === 'Call') {
        this.lastCall = undefined;
        piece = this.callFunction(part.name, part.args);
        source = this.lastCall;
      } else {
        throw new MakeError(part.message, this.blame);
      }
      if (out.length + piece.length > this.limits.maxValueLength) this.tooBig();
      if (source !== undefined && piece !== '') {
        const p = { start: out.length, end: out.length + piece.length, source };
        if (pieces === undefined) pieces = [p];
        else pieces.push(p);
      }
      out += piece;
    }
    if (this.heldNul && out.includes('\0')) {
      out = cutAtNul(out);
      pieces = pieces?.filter((p) => p.start < out.length).map((p) => (p.end > out.length ? { ...p, end: out.length } : p));
    }
    this.lastDerivation = { text: out, pieces: pieces ?? NO_PIECES };
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

  /**
   * One level deeper. What is being expanded is `before + name + after`,
   * joined only when the limit is hit (this runs on every reference and call).
   */
  private enter(before: string, name = '', after = ''): void {
    if (++this.depth > this.limits.maxExpansionDepth) {
      this.depth = 0;
      throw new LimitError(
        `kflags: expansion depth limit (${this.limits.maxExpansionDepth}) exceeded while expanding ${before}${name}${after} (runaway recursion?)`,
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
        if (v === undefined) this.warnUndefined(name.slice(0, colon));
        if (v === undefined || v.value === '') return '';
        this.lastValue = undefined;
        const result = substitutionReference(this.valueOf(v), name.slice(colon + 1, eq), name.slice(eq + 1));
        if (this.tracing && this.lastValue !== undefined) {
          this.referenced = { kind: 'call', function: `${name.slice(0, colon)}:${name.slice(colon + 1)}`, inputs: [this.lastValue] };
        }
        return result;
      }
    }
    const v = this.lookup(name);
    if (v === undefined) {
      this.warnUndefined(name);
      return '';
    }
    if (!this.tracing) return this.valueOf(v);
    this.lastValue = undefined;
    const out = this.valueOf(v);
    if (this.lastValue !== undefined) this.referenced = { kind: 'reference', variable: name, value: this.lastValue };
    return out;
  }

  /** make --warn-undefined-variables (from MAKEFLAGS): a reference to a variable that is not defined. */
  warnUndefinedVariables = false;

  private warnUndefined(name: string): void {
    if (this.warnUndefinedVariables) this.warning(`warning: undefined variable '${name}'`);
  }

  /** The value a reference to `v` produces. */
  valueOf(v: Variable): string {
    if (v.flavor === 'simple' && !v.append) {
      if (this.tracing) this.lastValue = this.storedValue(v);
      return v.value;
    }
    if (this.expanding.includes(v) && !this.callable.includes(v)) {
      throw new MakeError(`Recursive variable '${v.name}' references itself (eventually)`, v.location ?? this.blame);
    }
    return this.expandValue(v);
  }

  /** recursively_expand_for_file(): only `v` itself is marked as being expanded. */
  private expandValue(v: Variable): string {
    this.enter("'", v.name, "'");
    const savedVar = this.expandingVar;
    this.expanding.push(v);
    if (v.location !== undefined) this.expandingVar = v;
    const outermost = this.reading === undefined && this.readingVariable === undefined;
    if (outermost) this.readingVariable = { location: v.location };
    try {
      if (this.tracing) return this.tracedValue(v);
      return v.append ? this.appendedValue(v) : this.expandVariableText(v);
    } finally {
      this.expanding.pop();
      if (outermost) this.readingVariable = undefined;
      this.expandingVar = savedVar;
      this.depth--;
    }
  }

  callVariable(v: Variable): string {
    this.callable.push(v);
    try {
      const out = v.flavor === 'simple' && !v.append ? this.valueOf(v) : this.expandValue(v);
      if (this.tracing && this.lastValue !== undefined) {
        // $(call)'s result is the variable's value: one of the call's inputs.
        this.lastDerivation = { text: out, pieces: out === '' ? NO_PIECES : [{ start: 0, end: out.length, source: { kind: 'reference', variable: v.name, value: this.lastValue } }] };
        this.collect();
      }
      return out;
    } finally {
      this.callable.pop();
    }
  }

  // ------------------------------------------------- provenance

  /** A simple value's pieces as its assignments recorded them (or one piece: where make set it). */
  private storedValue(v: Variable): Derivation {
    if (v.provenance !== undefined && v.provenance.text === v.value) return v.provenance;
    return { text: v.value, pieces: v.value === '' ? NO_PIECES : [{ start: 0, end: v.value.length, source: this.setBy(v) }] };
  }

  /** The one assignment a variable without recorded pieces stands for. */
  private setBy(v: Variable): AssignmentSource {
    const last = v.history?.[v.history.length - 1];
    const op = last?.op ?? (v.origin === 'file' || v.origin === 'override' ? (v.flavor === 'simple' ? ':=' : '=') : v.origin);
    return assignmentSource(v.name, op, v.origin, last?.text ?? v.value, v.location, v.derivation, undefined);
  }

  /** One piece for a whole value (or none for an empty one). */
  private static whole(text: string, source: PieceSource): Derivation {
    return { text, pieces: text === '' ? NO_PIECES : [{ start: 0, end: text.length, source }] };
  }

  /**
   * A recursive value, expanded the piece of each assignment at a time
   * (the same text, in the same order: the same result and side effects),
   * so that each word knows the assignment that wrote it. A value whose
   * pieces do not stand alone (a reference opened by one assignment and
   * closed by the next) is expanded whole.
   */
  private tracedValue(v: Variable): string {
    if (v.append) {
      const d = this.tracedAppended(v);
      this.lastValue = d;
      return d.text;
    }
    // A value's pieces are its assignments' (VariableStore.valuePieces).
    const segments = v.provenance !== undefined && v.provenance.text === v.value ? v.provenance.pieces.filter((p) => p.start < v.value.length) : undefined;
    if (segments === undefined || segments.length <= 1 || !segments.every((p) => standsAlone(v.value.slice(p.start, p.end)))) {
      const out = this.expandVariableText(v);
      const source = segments?.length === 1 ? (segments[0].source as AssignmentSource) : this.setBy(v);
      this.lastValue = Expansion.whole(out, this.expandedFrom(source, out));
      return out;
    }
    let out = '';
    let written = 0;
    const pieces: Piece[] = [];
    // The value as the expansion began: an $(eval) in a piece may append to
    // the variable, and make goes on expanding the text it started with.
    const value = v.value;
    for (const segment of segments) {
      out += value.slice(written, segment.start);
      const piece = this.expand(value.slice(segment.start, segment.end));
      if (piece !== '') pieces.push({ start: out.length, end: out.length + piece.length, source: this.expandedFrom(segment.source as AssignmentSource, piece) });
      out += piece;
      written = segment.end;
    }
    out += value.slice(written);
    this.lastValue = { text: out, pieces };
    return out;
  }

  /** appendedValue() with its pieces: the values outside, then the variable's own. */
  private tracedAppended(v: Variable): Derivation {
    return this.appendChain(v)
      .map((w) => this.ownValue(w))
      .reduce((outer, own) => (outer.text === '' ? own : joined([outer, own])));
  }

  /** A variable's own text as appendFrom() takes it: expanded if recursive, not marked as being expanded. */
  private ownValue(v: Variable): Derivation {
    if (v.flavor !== 'recursive') return this.storedValue(v);
    const out = this.expand(v.value);
    return Expansion.whole(out, this.expandedFrom(this.setBy(v), out));
  }

  /**
   * An assignment's piece with the derivation of its text as just expanded
   * (`out`); text from the environment is plain here, and keeps how the
   * make that exported it made it.
   */
  private expandedFrom(source: AssignmentSource, out: string): AssignmentSource {
    const d = this.lastDerivation;
    if ((d === undefined || d.pieces.length === 0) && source.derivation?.text === out) return source;
    return expandedAs(source, d);
  }

  /** variable.c variable_append(): a target-specific `+=` joins the value from the sets outside. */
  private appendedValue(v: Variable): string {
    // variable_append() expands each part as text: the parts are not marked as being expanded.
    return this.appendChain(v)
      .map((w) => (w.flavor === 'recursive' ? this.expand(w.value) : w.value))
      .reduce((outer, own) => (outer === '' ? own : `${outer} ${own}`));
  }

  /** The variables a target-specific `+=` joins, outermost first: each appends to the next one out that it can see. */
  private appendChain(v: Variable): Variable[] {
    // Find the scope holding v, then continue outward.
    let s: Scope | undefined = this.scope;
    let local = true;
    while (s !== undefined && s.set.get(v.name) !== v) {
      if (s.nextIsParent) local = false;
      s = s.next;
    }
    const chain = [v];
    if (s === undefined) return chain;
    local = local && !s.nextIsParent;
    let scope = s.next;
    for (let inner = v; inner.append === true; ) {
      let found: Variable | undefined;
      for (; scope !== undefined; scope = scope.next) {
        const w = scope.set.get(v.name);
        const nextLocal = local && !scope.nextIsParent;
        if (w === undefined || (!local && w.private)) {
          local = nextLocal;
          continue;
        }
        found = w;
        local = nextLocal;
        scope = scope.next;
        break;
      }
      if (found === undefined) break;
      chain.unshift(found);
      inner = found;
    }
    return chain;
  }

  lookup(name: string): Variable | undefined {
    return this.lookupIn(this.scope, name);
  }

  /** A lookup from a given scope (private variables stop at a parent target's sets). */
  lookupIn(scope: Scope, name: string): Variable | undefined {
    if (name === '.VARIABLES' && !this.variables.specialsUndefined.has(name)) {
      // Its value is computed on each use (make lists its hash table, modelled
      // in variable-table.ts); the variable itself, its origin, stays.
      const v = this.global.get(name);
      if (v === undefined) return undefined;
      return { ...v, value: variablesInSlotOrder(this.global), flavor: 'simple' };
    }
    let local = true;
    for (let s: Scope | undefined = scope; s !== undefined; s = s.next) {
      const v = s.set.get(name);
      if (v !== undefined && (local || !v.private)) return v;
      if (s.nextIsParent) local = false;
    }
    return undefined;
  }

  /** Expand `text` with `scope` as the current scope. */
  expandInScope(text: string, scope: Scope): string {
    const saved = this.scope;
    this.scope = scope;
    try {
      return this.expand(text);
    } finally {
      this.scope = saved;
    }
  }

  withScope<T>(vars: Variable[], body: () => T): T {
    if (this.tracing) this.withProvenance(vars);
    const set = new VariableSet(vars);
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
    if (this.tracing) return this.tracedCall(name, rawArgs);
    return this.untracedCall(name, rawArgs);
  }

  /** A call whose inputs (its own expansions) are recorded, so that its result's words can be found in them. */
  private tracedCall(name: string, rawArgs: RawArgument[]): string {
    const saved = this.collector;
    const inputs: Derivation[] = [];
    // untracedCall() enters one level: the function's own expansions happen there.
    this.collector = { inputs, depth: this.depth + 1, cursors: undefined };
    let result: string;
    try {
      result = this.untracedCall(name, rawArgs);
    } finally {
      this.collector = saved;
    }
    // A foreach's result is its bodies joined: positions are known exactly.
    // (The inputs kept are a copy of exactly their size: the list grew by push, with room to spare.)
    const bodies = name === 'foreach' ? joined(inputs.slice(2)) : undefined;
    this.lastCall = { kind: 'call', function: name, inputs: bodies !== undefined && bodies.text === result ? [bodies] : inputs.slice() };
    this.lastDerivation = undefined;
    return result;
  }

  /**
   * A loop variable (foreach's) or a call's argument gets the derivation of
   * the text it was taken from: the collected input it equals, or the next
   * word of one.
   */
  private withProvenance(vars: Variable[]): void {
    const c = this.collector;
    if (c === undefined) return;
    for (const v of vars) {
      if (v.derivation !== undefined || v.value === '') continue;
      let whole = -1;
      for (let i = 1; i < c.inputs.length && whole < 0; i++) if (c.inputs[i].text === v.value) whole = i;
      if (whole >= 0) {
        v.derivation = c.inputs[whole];
        continue;
      }
      for (let i = 1; i < c.inputs.length; i++) {
        const d = c.inputs[i];
        const at = wordFrom(d.text, v.value, c.cursors?.[i] ?? 0);
        if (at < 0) continue;
        (c.cursors ??= [])[i] = at + v.value.length;
        v.derivation = slice(d, at, at + v.value.length);
        break;
      }
    }
  }

  private untracedCall(name: string, rawArgs: RawArgument[]): string {
    const fn = FUNCTIONS.get(name)!;
    this.enter('$(', name, ' ...)');
    try {
      // make expands the arguments before it counts them.
      const args: string[] = new Array(rawArgs.length);
      for (let k = 0; k < rawArgs.length; k++) args[k] = fn.expandArgs ? this.expandArgument(rawArgs[k]) : rawArgs[k].text;
      this.checkArity(fn, args);
      let result: string;
      try {
        result = fn.expandArgs ? fn.run(this, args) : fn.run(this, args, rawArgs);
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

  /**
   * Where $(warning) and $(error) say they are: the line being read; in a
   * second expansion after reading, where the file's recipe starts, or
   * without one, the definition of the outermost variable being expanded.
   */
  get messageLocation(): Location | undefined {
    return this.reading ?? (this.snapping ? this.readingVariable?.location : undefined);
  }

  warning(text: string, location = this.messageLocation): void {
    this.onWarning(`${at(location)}${text}\n`);
  }

  fatal(message: string, location?: Location): never {
    throw new MakeError(message, location);
  }

  evalText(text: string): void {
    if (!this.tracing) return this.evalReader(text);
    // The text $(eval) reads (its argument, collected as the call's input): its assignments' words were written there.
    const read = this.collector?.inputs.at(-1);
    this.evalTexts.push(read !== undefined && read.text === text ? read : literal(text));
    try {
      this.evalReader(text);
    } finally {
      this.evalTexts.pop();
    }
  }

  shell(command: string, location: Location | undefined = this.reading): string {
    if (!this.allowShell) {
      const where = at(location);
      // Once per call site; after reading there is no line, so once per command.
      const key = where !== '' ? where : `\0${command}`;
      if (!this.shellWarned.has(key)) {
        this.shellWarned.add(key);
        this.onWarning(`${where}kflags: $(shell ...) not run (use --allow-shell)\n`);
      }
      return '';
    }
    // Not the makefile's exported variables: make 4.3 passes its own startup
    // environment (exporting would loop on `export X = $(shell ...)`, Savannah #10593).
    const env = { ...this.variables.startEnvironment };
    // A blank command runs nothing (and leaves .SHELLSTATUS alone); a simple
    // one runs without the shell (shell-command.ts).
    const argv = commandArgv(command, this.expand('$(SHELL)'), this.expand('$(.SHELLFLAGS)'), this.expand('$(IFS)'));
    if (argv === undefined) return '';
    const result = this.host.shell(command, this.cwd, env, argv);
    if (result.error !== undefined) this.onWarning(`kflags${this.makelevel > 0 ? `[${this.makelevel}]` : ''}: ${result.error}\n`);
    // define_variable_cname(): in the current set, so a $(call)'s or $(foreach)'s
    // own scope (popped afterwards) or a target's, not the global one.
    this.scope.set.set({ name: '.SHELLSTATUS', value: String(result.status), flavor: 'simple', origin: 'override' });
    // Status 127 is taken for a failed exec: make writes the output to its standard error instead.
    if (result.status === 127) {
      if (result.output !== '') this.onWarning(result.output);
      return '';
    }
    // fold_newlines(): CR before LF goes, newlines become spaces, and the
    // trailing ones are dropped. make reads the output as a C string: it ends
    // at a NUL byte (unlike $(file <)'s, see heldNul).
    return cutAtNul(result.output).replace(/\r\n/g, '\n').replace(/\n+$/, '').replace(/\n/g, ' ');
  }

  readFile(file: string): string | undefined {
    const text = confined(this.reading, () => this.host.readFile(file));
    if (text !== undefined && text.includes('\0')) this.heldNul = true;
    return text;
  }

  /**
   * A $(file <F) read a NUL byte. make keeps the bytes read in its expansion
   * buffer, and every buffer is a C string to whatever takes it (an
   * assignment, a function's argument, a reference's value): the text from
   * the NUL on, what the buffer held after it included, is lost there. Off
   * until then, so that no expansion pays for looking.
   */
  private heldNul = false;

  fileExists(file: string): boolean {
    return confined(this.reading, () => this.host.exists(file));
  }

  isDirectory(file: string): boolean {
    return confined(this.reading, () => this.host.isDirectory(file));
  }

  /**
   * read.c tilde_expand(), for names that are globbed: `~` and `~/...` take
   * $(HOME), else the environment's HOME (else make asks getlogin(), which
   * has no answer without a terminal: kflags leaves the name); `~user` the
   * user's home directory from the system's user database.
   */
  tildeExpand(name: string): string {
    if (!name.startsWith('~')) return name;
    if (name.length === 1 || name[1] === '/') {
      const warn = this.warnUndefinedVariables;
      this.warnUndefinedVariables = false;
      let home: string;
      try {
        home = this.expand('$(HOME)');
      } finally {
        this.warnUndefinedVariables = warn;
      }
      if (home === '') home = this.variables.startEnvironment.HOME ?? '';
      return home === '' ? name : home + name.slice(1);
    }
    const slash = name.indexOf('/');
    const dir = this.host.userHome?.(slash < 0 ? name.slice(1) : name.slice(1, slash));
    if (dir === undefined) return name;
    return slash < 0 ? dir : `${dir}/${name.slice(slash + 1)}`;
  }

  glob(pattern: string): string[] {
    pattern = this.tildeExpand(pattern);
    // Directories on the way (/, /tmp, ..) need not be readable; every
    // result must be.
    // Listing names is reading their directory, not the files (a link
    // inside the tree may point anywhere without being read).
    const results = glob(this.host.unconfined?.() ?? this.host, this.cwd, pattern);
    const magic = /[*?[]/.test(pattern);
    for (const r of results) {
      const abs = path.resolve(this.cwd, r);
      confined(this.reading, () => this.host.isDirectory(magic ? path.dirname(abs) : abs));
    }
    if (!magic && results.length === 0) confined(this.reading, () => this.host.exists(path.resolve(this.cwd, pattern)));
    return results;
  }

  realpath(file: string): string | undefined {
    return confined(this.reading, () => this.host.realpath(file));
  }

  refuseWrite(file: string, op = '>'): void {
    this.onWarning(`${at(this.reading)}kflags: $(file ${op}${file}) not written (kflags never writes files)\n`);
  }
}

/** Whether a piece of a recursive value can be expanded on its own: its references are closed, and it does not end in a lone `$`. */
function standsAlone(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '$') {
      const n = text[i + 1];
      if (n === undefined) return false;
      if (n === '(' || n === '{') {
        depth++;
        i++;
      } else i++;
    } else if (c === '(' || c === '{') {
      if (depth > 0) depth++;
    } else if ((c === ')' || c === '}') && depth > 0) depth--;
  }
  return depth === 0;
}

/** The text a C string holds: up to a NUL byte. */
function cutAtNul(text: string): string {
  const nul = text.indexOf('\0');
  return nul < 0 ? text : text.slice(0, nul);
}
