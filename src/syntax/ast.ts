// Syntax trees produced by grammar/make.peggy. Every node carries the
// location of the text it came from, so that every value kflags reports can
// say where it was written.

export interface Location {
  file: string;
  line: number;
  column?: number;
}

/** One logical line: physical lines joined by backslash-newline. */
export interface LogicalLine {
  type: 'LogicalLine';
  /** Raw text, continuations kept as backslash + "\n". */
  text: string;
  /** First physical line, 1-based. */
  line: number;
  /** Number of physical lines. */
  lines: number;
  /** Starts with the recipe prefix (a tab). */
  tab: boolean;
  /**
   * Set when the evaluator classifies lines ahead of evaluation (a cache):
   * the text folded and without its comment, and what it is.
   */
  folded?: string;
  classified?: LineAst;
  /** Where the evaluator last read it (a Location is never changed: shared by every read under that name). */
  location?: Location;
}

export interface MakefileAst {
  type: 'Makefile';
  file: string;
  lines: LogicalLine[];
  /** The text ends with a newline (make's line count at EOF depends on it). */
  finalNewline?: boolean;
}

/** Logical lines by index: an array of them, or an index that makes each when asked. */
export interface Lines {
  readonly length: number;
  at(i: number): LogicalLine | undefined;
}

export type AssignOp = '=' | ':=' | '::=' | '+=' | '?=' | '!=';
export type Modifier = 'export' | 'unexport' | 'override' | 'private';

export interface AssignmentNode {
  type: 'Assignment';
  modifiers: Modifier[];
  /** Unexpanded name: may contain references (computed names). */
  name: string;
  op: AssignOp;
  /** Unexpanded value, leading blanks removed, trailing blanks kept. */
  value: string;
  /** `value`, parsed. */
  valueParts: ExpansionAst;
  location: Location;
  nameColumn: number;
}

export interface DefineNode {
  type: 'Define';
  modifiers: Modifier[];
  /** Text after `define`: a name and perhaps an operator. */
  header: string;
  location: Location;
}

export interface UndefineNode {
  type: 'Undefine';
  modifiers: Modifier[];
  name: string;
  location: Location;
}

export interface IfeqArguments {
  first: string;
  firstOffset: number;
  second: string;
  secondOffset: number;
  extraneous: boolean;
  /** The first argument was found but the rest is invalid syntax. */
  invalid?: boolean;
}

export type ConditionalNode =
  | { type: 'Conditional'; kind: 'ifdef' | 'ifndef'; name: string; location: Location }
  | { type: 'Conditional'; kind: 'ifeq' | 'ifneq'; args: IfeqArguments | null; location: Location; argColumn: number }
  | { type: 'Conditional'; kind: 'else' | 'endif'; rest: string; location: Location };

export type LineAst =
  | { type: 'Empty'; location: Location }
  | AssignmentNode
  | DefineNode
  | UndefineNode
  | ConditionalNode
  | { type: 'Export' | 'Unexport'; names: string; location: Location }
  | { type: 'Vpath'; rest: string; location: Location }
  | { type: 'Include'; kind: 'include' | '-include' | 'sinclude'; files: string; location: Location }
  | { type: 'Load'; kind: 'load' | '-load'; files: string; location: Location }
  | { type: 'RuleOrOther'; text: string; location: Location };

/** An argument of a builtin call: raw text, parsed when first expanded (and kept). */
export interface RawArgument {
  text: string;
  offset: number;
  parts?: ExpansionAst;
}

// Expansion nodes carry their offset (`at`) in the text they were parsed
// from; that text is a value whose file:line the evaluator knows (and make
// blames the variable or the line, never a column). Offsets, not line and
// column, because computing a line/column for every node costs more than
// parsing it, and a batch's offsets are relative to the batch.
export type ExpansionPart =
  | string
  | { type: 'Reference'; name: string; at: number }
  | { type: 'Reference'; name: null; text: string; offset: number; at: number }
  | { type: 'Call'; name: string; args: RawArgument[]; at: number }
  | { type: 'Error'; message: string; at: number };

export type ExpansionAst = ExpansionPart[];
