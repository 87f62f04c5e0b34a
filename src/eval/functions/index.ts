// GNU make's builtin functions as one table (function.c function_table).
import type { BuiltinFunction } from './types.js';
import { textFunctions } from './text.js';
import { fileFunctions } from './files.js';
import { controlFunctions } from './control.js';

export type { BuiltinFunction, FunctionContext } from './types.js';

export const FUNCTIONS: ReadonlyMap<string, BuiltinFunction> = new Map(
  [...textFunctions, ...fileFunctions, ...controlFunctions].map((f) => [f.name, f]),
);

/** Name -> maximum number of arguments, for the grammar's argument splitting. */
export const FUNCTION_ARITY: Map<string, number> = new Map([...FUNCTIONS.values()].map((f) => [f.name, f.maxArgs]));
