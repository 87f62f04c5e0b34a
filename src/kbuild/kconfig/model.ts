// Kconfig's data: symbols, properties, menus and expressions, as scripts/kconfig
// keeps them (expr.h), in TypeScript.

export type Tri = 0 | 1 | 2; // n, m, y
export const NO: Tri = 0;
export const MOD: Tri = 1;
export const YES: Tri = 2;

export const and = (a: Tri, b: Tri): Tri => (a < b ? a : b);
export const or = (a: Tri, b: Tri): Tri => (a > b ? a : b);
export const not = (a: Tri): Tri => (2 - a) as Tri;

export type SymType = 'unknown' | 'bool' | 'tristate' | 'int' | 'hex' | 'string';

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type Expr =
  | { kind: 'symbol'; sym: Sym }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'not'; expr: Expr }
  | { kind: 'compare'; op: CompareOp; left: Sym; right: Sym };

export type PropType = 'prompt' | 'menu' | 'comment' | 'default' | 'select' | 'imply' | 'range' | 'choice';

export interface Prop {
  type: PropType;
  text?: string;
  expr?: Expr;
  /** range: the two bounds */
  range?: [Sym, Sym];
  visible: { expr: Expr | undefined; tri: Tri };
  menu: Menu;
  file: string;
  line: number;
}

export interface Value {
  val: string;
  tri: Tri;
}

export interface Sym {
  name: string | undefined; // undefined: a choice (6.12) or an unnamed choice (6.1)
  type: SymType;
  isConst: boolean;
  /** Creation order (the hash table's insertion order). */
  index: number;
  props: Prop[];
  menus: Menu[];
  curr: Value;
  /** The user's value (from .config), if any. */
  user: { val: string; tri: Tri } | undefined;
  /** 6.1: a choice's user value is the chosen symbol. */
  userChoice?: Sym;
  visible: Tri;
  dirDep: { expr: Expr | undefined; tri: Tri };
  revDep: { expr: Expr | undefined; tri: Tri };
  implied: { expr: Expr | undefined; tri: Tri };
  valid: boolean;
  write: boolean;
  written: boolean;
  /** The choice menu this symbol is a member of (set when parsed inside a choice block). */
  choiceOf?: Menu;
  /** 6.1: the choice symbol's chosen member. */
  choiceValue?: Sym;
  isChoice: boolean;
  optional?: boolean;
  /** 6.1 flags */
  noWrite?: boolean;
  needSetChoiceValues?: boolean;
  defUserFlag?: boolean;
}

export interface Menu {
  sym: Sym | undefined;
  prompt: Prop | undefined;
  dep: Expr | undefined;
  visibility: Expr | undefined;
  parent: Menu | undefined;
  children: Menu[];
  file: string;
  line: number;
  isIf?: boolean;
  /** choice menus: members in priority order (6.12's choice_members list). */
  choiceMembers?: Sym[];
}

export function newSym(name: string | undefined, index: number, isConst: boolean): Sym {
  return {
    name,
    type: 'unknown',
    isConst,
    index,
    props: [],
    menus: [],
    curr: { val: name ?? '', tri: NO },
    user: undefined,
    visible: NO,
    dirDep: { expr: undefined, tri: YES },
    revDep: { expr: undefined, tri: NO },
    implied: { expr: undefined, tri: NO },
    valid: false,
    write: false,
    written: false,
    isChoice: false,
  };
}

export function exprAnd(a: Expr | undefined, b: Expr | undefined): Expr | undefined {
  if (!a) return b;
  if (!b) return a;
  return { kind: 'and', left: a, right: b };
}

export function exprOr(a: Expr | undefined, b: Expr | undefined): Expr | undefined {
  if (!a) return b;
  if (!b) return a;
  return { kind: 'or', left: a, right: b };
}
