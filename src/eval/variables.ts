// Variables and the scopes that hold them.
import type { ExpansionAst, Location } from '../syntax/ast.js';

/**
 * Origins in GNU make's order (variable.h): an assignment replaces a
 * variable only if its origin ranks at least as high.
 */
export const ORIGINS = [
  'default',
  'environment',
  'file',
  'environment override',
  'command line',
  'override',
  'automatic',
] as const;
export type Origin = (typeof ORIGINS)[number];

export const originRank = (origin: Origin): number => ORIGINS.indexOf(origin);

export type Flavor = 'recursive' | 'simple';

export interface Variable {
  name: string;
  /** Raw text for a recursive variable, the expanded text for a simple one. */
  value: string;
  flavor: Flavor;
  origin: Origin;
  /** Where it was last assigned. */
  location?: Location;
  /** export / unexport (undefined: follow the global default). */
  exported?: boolean;
  /** A target- or pattern-specific variable that is not inherited. */
  private?: boolean;
  /** A target- or pattern-specific `+=`: appends to the value outside. */
  append?: boolean;
  /** Every assignment that contributed, in order (for explanations; kept only when the store records history). */
  history?: Assignment[];
  /** Made by an assignment: later assignments change this object in place, as make does. */
  owned?: boolean;
  /** A recursive value, parsed (valid while `text` is still the value). */
  parsed?: { text: string; parts: ExpansionAst };
}

export interface Assignment {
  op: string;
  /** The text on the right-hand side, as written. */
  text: string;
  location?: Location;
  /** The variable's value right after this assignment (raw for recursive variables). */
  value: string;
}

/** A set of variables: the global set, one target's, one pattern's, a call's. */
export class VariableSet {
  readonly vars = new Map<string, Variable>();
  get(name: string): Variable | undefined {
    return this.vars.get(name);
  }
  set(v: Variable): void {
    this.vars.set(v.name, v);
  }
  delete(name: string): void {
    this.vars.delete(name);
  }
}

/**
 * A chain of sets, innermost first. `parentBoundary` marks where the sets of
 * the target being built end and those inherited from its parents begin,
 * which is where private variables stop being visible.
 */
export interface Scope {
  set: VariableSet;
  next: Scope | undefined;
  /** True if `next` belongs to a parent target (private variables stop here). */
  nextIsParent?: boolean;
}
