// Variables and the scopes that hold them.
import type { ExpansionAst, Location } from '../syntax/ast.js';
import type { Derivation } from './provenance.js';

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

/** Each origin's place in ORIGINS (looked up on every assignment). */
const RANKS = new Map<string, number>(ORIGINS.map((o, i) => [o, i]));
export const originRank = (origin: Origin): number => RANKS.get(origin) ?? -1;

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
  /** With history: the value's pieces, one per assignment that wrote part of it (provenance.ts). */
  provenance?: Derivation;
  /** A loop variable's or call argument's value: the derivation of the text it was taken from. */
  derivation?: Derivation;
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
  private map: Map<string, Variable> | undefined;
  /**
   * The few variables of a $(call) or of one $(foreach) iteration, in a list
   * (the last of a name counts), until someone asks for the Map: a Map made
   * for each iteration costs more than searching two or three names.
   */
  private list: Variable[] | undefined;

  /** `few`: the set holds these (the array is taken, not copied), searched in a list. */
  constructor(few?: Variable[]) {
    if (few === undefined) this.map = new Map();
    else this.list = few;
  }

  get vars(): Map<string, Variable> {
    if (this.map === undefined) {
      this.map = new Map();
      for (const v of this.list!) this.map.set(v.name, v);
      this.list = undefined;
    }
    return this.map;
  }

  get(name: string): Variable | undefined {
    const list = this.list;
    if (list === undefined) return this.map!.get(name);
    for (let k = list.length - 1; k >= 0; k--) if (list[k].name === name) return list[k];
    return undefined;
  }

  set(v: Variable): void {
    const list = this.list;
    if (list === undefined) {
      this.map!.set(v.name, v);
      return;
    }
    for (let k = list.length - 1; k >= 0; k--) {
      if (list[k].name === v.name) {
        list[k] = v;
        return;
      }
    }
    list.push(v);
  }

  delete(name: string): void {
    if (this.list !== undefined) this.list = this.list.filter((v) => v.name !== name);
    else this.map!.delete(name);
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
