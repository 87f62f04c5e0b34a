// kflags as a library: every stage of the pipeline is callable from here.
export { evaluate, Evaluation } from './eval/evaluate.js';
export type { EvaluateOptions, VariableInfo, ExpansionContext } from './eval/evaluate.js';
export { KflagsError } from './errors.js';
export type { ErrorCode, ErrorData } from './errors.js';
export { MakeError, LimitError } from './eval/errors.js';
export { parseMakefile, parseLine, parseExpansion } from './syntax/parse.js';
export type { Location, MakefileAst, LineAst, ExpansionAst } from './syntax/ast.js';
export { FUNCTIONS } from './eval/functions/index.js';
export { DEFAULT_LIMITS } from './eval/interpreter.js';
export type { Limits, Rule } from './eval/interpreter.js';
