// The shape of a builtin function, as in GNU make's function table: a name,
// its arity, whether its arguments are expanded before the call, and the
// function itself.
import type { Location, RawArgument } from '../../syntax/ast.js';
import type { Variable } from '../variables.js';

/** What a builtin may ask of the evaluator. */
export interface FunctionContext {
  /** Expand text in the current scope. */
  expand(text: string): string;
  /**
   * expand(text) for an argument of a function that expands its own (`raw`:
   * the call's argument it is, when there is one): parsed once and kept on
   * the call's tree, not looked up for each expansion (a foreach body).
   */
  expandRaw(text: string, raw: RawArgument | undefined): string;
  /** The location of the line being read (for $(error), $(warning), $(info)). */
  readonly reading: Location | undefined;
  /** Where $(warning) and $(error) say they are (in a second expansion, not always the line read). */
  readonly messageLocation: Location | undefined;
  /** The location that make blames for expansion errors. */
  readonly blame: Location | undefined;
  lookup(name: string): Variable | undefined;
  /** Expand a variable's value as a reference would. */
  valueOf(variable: Variable): string;
  /** Run `body` with extra variables (foreach's, call's, let's) in a new innermost scope. */
  withScope<T>(vars: Variable[], body: () => T): T;
  /** Number of $(1)... variables the innermost $(call) defined. */
  callArgumentCount: number;
  builtin(name: string): BuiltinFunction | undefined;
  /** Run a builtin on arguments that are already expanded ($(call info,...)). */
  callBuiltin(fn: BuiltinFunction, args: string[]): string;
  /** $(call): expand a variable's value, allowing recursion through call. */
  callVariable(variable: Variable): string;
  info(text: string): void;
  warning(text: string, location?: Location): void;
  fatal(message: string, location?: Location): never;
  /** $(eval): read text as makefile lines. */
  evalText(text: string): void;
  /** $(shell) and != : run, or not (without --allow-shell). */
  shell(command: string): string;
  /** File system access for wildcard, realpath, abspath, file. */
  readonly cwd: string;
  readFile(file: string): string | undefined;
  fileExists(file: string): boolean;
  isDirectory(file: string): boolean;
  glob(pattern: string): string[];
  realpath(file: string): string | undefined;
  readonly limits: { maxValueLength: number };
  /** Stop: a value grew past the size limit. */
  tooBig(): never;
  /** $(file >F,...) never writes: report it. */
  refuseWrite(file: string, op?: string): void;
}

export interface BuiltinFunction {
  name: string;
  minArgs: number;
  /** 0: any number. The last allowed argument takes the rest, commas included. */
  maxArgs: number;
  /** false: the function receives raw text and expands what it needs (if, and, or, foreach). */
  expandArgs: boolean;
  /** `raw`: for a function that expands its own arguments, the call's arguments (absent in $(call NAME,...)). */
  run(ctx: FunctionContext, args: string[], raw?: RawArgument[]): string;
}

export function builtin(
  name: string,
  minArgs: number,
  maxArgs: number,
  expandArgs: boolean,
  run: (ctx: FunctionContext, args: string[], raw?: RawArgument[]) => string,
): BuiltinFunction {
  return { name, minArgs, maxArgs, expandArgs, run };
}
