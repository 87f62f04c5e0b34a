// Symbol values as conf computes them (symbol.c sym_calc_value and friends,
// menu.c menu_finalize's dependency propagation), for the 6.12 and the 6.1
// Kconfig (choices differ: 6.1's choice is a symbol whose value is the chosen member).
import type { Dialect, ParseResult } from './parser.js';
import {
  type Expr, type Menu, type Prop, type Sym, type Tri, NO, MOD, YES, and, or, not, exprAnd, exprOr,
} from './model.js';

// ---- numbers as strtoll/strtoull read them

const LLONG_MAX = (1n << 63n) - 1n;
const LLONG_MIN = -(1n << 63n);
const ULLONG_MAX = (1n << 64n) - 1n;

interface Parsed { value: bigint; end: number; overflow: boolean }

function strtoBig(str: string, base: number): Parsed {
  let i = 0;
  while (i < str.length && /[ \t\n\v\f\r]/.test(str[i])) i++;
  let neg = false;
  if (str[i] === '+' || str[i] === '-') {
    neg = str[i] === '-';
    i++;
  }
  if ((base === 16 || base === 0) && str[i] === '0' && (str[i + 1] === 'x' || str[i + 1] === 'X') && /[0-9a-fA-F]/.test(str[i + 2] ?? '')) {
    i += 2;
    base = 16;
  } else if (base === 0) base = str[i] === '0' ? 8 : 10;
  const start = i;
  let v = 0n;
  const B = BigInt(base);
  for (; i < str.length; i++) {
    const d = Number.parseInt(str[i], 36);
    if (Number.isNaN(d) || d >= base) break;
    v = v * B + BigInt(d);
  }
  if (i === start) return { value: 0n, end: 0, overflow: false };
  return { value: neg ? -v : v, end: i, overflow: false };
}

export function strtoll(str: string, base: number): Parsed {
  const p = strtoBig(str, base);
  if (p.value > LLONG_MAX) return { value: LLONG_MAX, end: p.end, overflow: true };
  if (p.value < LLONG_MIN) return { value: LLONG_MIN, end: p.end, overflow: true };
  return p;
}

function strtoull(str: string, base: number): Parsed {
  const p = strtoBig(str, base);
  const mag = p.value < 0n ? -p.value : p.value;
  if (mag > ULLONG_MAX) return { value: ULLONG_MAX, end: p.end, overflow: true };
  return { value: p.value < 0n ? (ULLONG_MAX + 1n + p.value) & ULLONG_MAX : p.value, end: p.end, overflow: false };
}

export function stringValid(sym: Sym, str: string): boolean {
  switch (sym.type) {
    case 'string':
      return true;
    case 'int':
      return /^-?(0|[1-9][0-9]*)$/.test(str) || /^-?0$/.test(str);
    case 'hex':
      return /^(0[xX])?[0-9a-fA-F]+$/.test(str);
    case 'bool':
    case 'tristate':
      return /^[yYmMnN]/.test(str);
    default:
      return false;
  }
}

export class Evaluator {
  modulesVal: Tri = NO;
  readonly modules: Sym;

  constructor(readonly model: ParseResult, readonly dialect: Dialect) {
    this.modules = model.modules ?? model.no;
  }

  // ---- finalize (menu.c): dependencies pushed down, selects and implies recorded

  rewriteM(e: Expr | undefined): Expr | undefined {
    if (!e) return e;
    switch (e.kind) {
      case 'not':
        return { kind: 'not', expr: this.rewriteM(e.expr)! };
      case 'and':
      case 'or':
        return { kind: e.kind, left: this.rewriteM(e.left)!, right: this.rewriteM(e.right)! };
      case 'symbol':
        if (e.sym === this.model.mod) return { kind: 'and', left: e, right: { kind: 'symbol', sym: this.modules } };
        return e;
      default:
        return e;
    }
  }

  finalize(): void {
    this.finalizeMenu(this.model.root, false);
  }

  private finalizeMenu(parent: Menu, insideChoice: boolean): void {
    const sym = parent.sym;
    if (parent.children.length) {
      const choice61 = this.dialect === '6.1' && sym !== undefined && sym.isChoice;
      if (choice61) this.finalizeChoice61(parent);
      // 6.1: the choice itself is the parent dependency of its values.
      const parentDep: Expr | undefined = choice61 ? { kind: 'symbol', sym } : parent.dep;
      for (const menu of parent.children) {
        const basedep = exprAnd(parentDep, this.rewriteM(menu.dep));
        menu.dep = basedep;
        const props: Prop[] = menu.sym ? menu.sym.props : menu.prompt ? [menu.prompt] : [];
        for (const prop of props) {
          if (prop.menu !== menu) continue;
          const dep = exprAnd(basedep, this.rewriteM(prop.visible.expr));
          prop.visible.expr = dep;
          if (prop.type === 'select' || prop.type === 'imply') {
            const es = (prop.expr as { sym: Sym }).sym;
            const term = exprAnd({ kind: 'symbol', sym: menu.sym! }, dep);
            if (prop.type === 'select') es.revDep.expr = exprOr(es.revDep.expr, term);
            else es.implied.expr = exprOr(es.implied.expr, term);
          }
        }
      }
      // 6.1's menu_finalize has no inside_choice: choice values get a dir_dep too (unused).
      for (const menu of parent.children) this.finalizeMenu(menu, this.dialect === '6.12' && !!(sym && sym.isChoice));
      if (choice61) this.finalizeChoiceAfter61(parent);
    } else if (!insideChoice && sym) {
      sym.dirDep.expr = exprOr(sym.dirDep.expr, parent.dep);
    }
  }

  /** 6.1 menu_finalize, before the children: the choice's type from its first typed value, the untyped values get the choice's. */
  private finalizeChoice61(choice: Menu): void {
    const sym = choice.sym!;
    if (sym.type === 'unknown') {
      for (const m of choice.children) {
        if (m.sym && m.sym.type !== 'unknown') {
          sym.type = m.sym.type;
          break;
        }
      }
    }
    for (const m of choice.children) if (m.sym && m.sym.type === 'unknown') m.sym.type = sym.type;
  }

  /**
   * 6.1 menu_finalize, after the children: the values of a tristate choice that
   * are not tristate depend on the choice being y; a choice that is not
   * `optional` is "selected" by its prompt's visibility && m.
   */
  private finalizeChoiceAfter61(choice: Menu): void {
    const sym = choice.sym!;
    const seen = new Set<Sym>();
    for (const menu of subEntries(choice)) {
      const m = menu.sym;
      if (!m || m.choiceOf !== choice || seen.has(m)) continue;
      seen.add(m);
      if (sym.type === 'tristate' && m.type !== 'tristate') {
        const basedep: Expr = { kind: 'compare', op: '=', left: sym, right: this.model.yes };
        menu.dep = exprAnd(basedep, menu.dep);
        for (const prop of m.props) {
          if (prop.menu !== menu) continue;
          prop.visible.expr = exprAnd(basedep, prop.visible.expr);
        }
      }
    }
    if (!sym.optional && choice.prompt) {
      sym.revDep.expr = exprOr(sym.revDep.expr, exprAnd(choice.prompt.visible.expr, { kind: 'symbol', sym: this.model.mod }));
    }
  }

  // ---- values

  getType(sym: Sym): Sym['type'] {
    if (sym.type === 'tristate' && this.dialect === '6.1' && this.isChoiceValue(sym) && sym.visible === YES) return 'bool';
    if (sym.type === 'tristate' && this.modulesVal === NO) return 'bool';
    return sym.type;
  }

  calcExpr(e: Expr | undefined): Tri {
    if (!e) return YES;
    switch (e.kind) {
      case 'symbol':
        this.calc(e.sym);
        return e.sym.curr.tri;
      case 'and':
        return and(this.calcExpr(e.left), this.calcExpr(e.right));
      case 'or':
        return or(this.calcExpr(e.left), this.calcExpr(e.right));
      case 'not':
        return not(this.calcExpr(e.expr));
      case 'compare':
        return this.compare(e.op, e.left, e.right);
    }
  }

  private parseForCompare(str: string, type: Sym['type']): { kind: 'string' | 'signed' | 'unsigned'; v: bigint } {
    switch (type) {
      case 'bool':
      case 'tristate':
        return { kind: 'signed', v: str === 'n' ? 0n : str === 'm' ? 1n : str === 'y' ? 2n : -1n };
      case 'int': {
        const p = strtoll(str, 10);
        return { kind: this.okNumber(str, p) ? 'signed' : 'string', v: p.value };
      }
      case 'hex': {
        const p = strtoull(str, 16);
        return { kind: this.okNumber(str, p) ? 'unsigned' : 'string', v: p.value };
      }
      default: {
        const p = strtoll(str, 0);
        return { kind: this.okNumber(str, p) ? 'signed' : 'string', v: p.value };
      }
    }
  }

  private okNumber(str: string, p: Parsed): boolean {
    return !p.overflow && p.end === str.length && p.end > 0 && /[0-9a-fA-F]/.test(str[p.end - 1]);
  }

  private compare(op: string, l: Sym, r: Sym): Tri {
    this.calc(l);
    this.calc(r);
    const s1 = this.stringValue(l);
    const s2 = this.stringValue(r);
    let res: number;
    let k1: 'string' | 'signed' | 'unsigned' = 'string';
    let k2: 'string' | 'signed' | 'unsigned' = 'string';
    let v1 = 0n;
    let v2 = 0n;
    if (l.type !== 'string' || r.type !== 'string') {
      ({ kind: k1, v: v1 } = this.parseForCompare(s1, l.type));
      ({ kind: k2, v: v2 } = this.parseForCompare(s2, r.type));
    }
    if (k1 === 'string' || k2 === 'string') res = s1 < s2 ? -1 : s1 > s2 ? 1 : 0;
    else if (k1 === 'unsigned' || k2 === 'unsigned') {
      const u1 = BigInt.asUintN(64, v1);
      const u2 = BigInt.asUintN(64, v2);
      res = u1 > u2 ? 1 : u1 < u2 ? -1 : 0;
    } else res = v1 > v2 ? 1 : v1 < v2 ? -1 : 0;
    switch (op) {
      case '=': return res ? NO : YES;
      case '>=': return res >= 0 ? YES : NO;
      case '>': return res > 0 ? YES : NO;
      case '<=': return res <= 0 ? YES : NO;
      case '<': return res < 0 ? YES : NO;
      default: return res ? YES : NO;
    }
  }

  stringValue(sym: Sym): string {
    if (sym.type === 'bool' || sym.type === 'tristate') return sym.curr.tri === NO ? 'n' : sym.curr.tri === MOD ? 'm' : 'y';
    return sym.curr.val;
  }

  /** The menu of the choice `sym` belongs to (sym_get_choice_menu). */
  choiceMenu(sym: Sym): Menu | undefined {
    const m0 = sym.menus.find((m) => m.prompt);
    if (!m0) return undefined;
    let menu: Menu | undefined = m0;
    do menu = menu.parent; while (menu && !menu.sym);
    return menu && menu.sym && menu.sym.isChoice ? menu : undefined;
  }

  isChoiceValue(sym: Sym): boolean {
    return sym.choiceOf !== undefined;
  }

  defaultProp(sym: Sym): Prop | undefined {
    for (const prop of sym.props) {
      if (prop.type !== 'default') continue;
      prop.visible.tri = this.calcExpr(prop.visible.expr);
      if (prop.visible.tri !== NO) return prop;
    }
    return undefined;
  }

  rangeProp(sym: Sym): Prop | undefined {
    for (const prop of sym.props) {
      if (prop.type !== 'range') continue;
      prop.visible.tri = this.calcExpr(prop.visible.expr);
      if (prop.visible.tri !== NO) return prop;
    }
    return undefined;
  }

  calcVisibility(sym: Sym): void {
    let tri: Tri = NO;
    const choiceSym = this.dialect === '6.1' && sym.choiceOf ? sym.choiceOf.sym : undefined;
    for (const prop of sym.props) {
      if (prop.text === undefined) continue;
      prop.visible.tri = this.calcExpr(prop.visible.expr);
      if (choiceSym && sym.type === 'tristate' && prop.visible.tri === MOD && choiceSym.curr.tri === YES) prop.visible.tri = NO;
      tri = or(tri, prop.visible.tri);
    }
    if (tri === MOD && (sym.type !== 'tristate' || this.modulesVal === NO)) tri = YES;
    sym.visible = tri;
    if (this.isChoiceValue(sym)) return;
    const fix = (t: Tri): Tri => (t === MOD && this.getType(sym) === 'bool' ? YES : t);
    sym.dirDep.tri = fix(sym.dirDep.expr ? this.calcExpr(sym.dirDep.expr) : YES);
    sym.revDep.tri = fix(sym.revDep.expr ? this.calcExpr(sym.revDep.expr) : NO);
    sym.implied.tri = fix(sym.implied.expr ? this.calcExpr(sym.implied.expr) : NO);
  }

  // 6.12 choices

  choiceDefault(choice: Menu): Sym | undefined {
    for (const prop of choice.sym!.props) {
      if (prop.type !== 'default') continue;
      prop.visible.tri = this.calcExpr(prop.visible.expr);
      if (prop.visible.tri === NO) continue;
      const d = (prop.expr as { sym: Sym }).sym;
      if (d.visible !== NO) return d;
    }
    for (const m of subEntries(choice)) if (m.sym && m.sym.visible !== NO) return m.sym;
    return undefined;
  }

  calcChoice(choice: Menu): Sym | undefined {
    let res: Sym | undefined;
    for (const sym of choice.choiceMembers!) {
      this.calcVisibility(sym);
      if (sym.visible === NO) continue;
      if (sym.user && sym.user.tri === YES) {
        res = sym;
        break;
      }
    }
    if (!res) {
      res = this.choiceDefault(choice);
      if (res && res.user && res.user.tri === NO) res = undefined;
    }
    if (!res) {
      for (const m of subEntries(choice)) {
        const s = m.sym;
        if (!s || s.visible === NO || s.user) continue;
        res = s;
        break;
      }
    }
    if (!res) {
      const members = choice.choiceMembers!;
      for (let i = members.length - 1; i >= 0; i--) {
        if (members[i].visible === NO) continue;
        res = members[i];
        break;
      }
    }
    for (const m of subEntries(choice)) {
      const s = m.sym;
      if (!s || s.visible === NO) continue;
      s.curr = { val: s.curr.val, tri: s === res ? YES : NO };
      s.valid = true;
      s.write = true;
    }
    return res;
  }

  /** sym_calc_value(): 6.12's, and 6.1's where a choice is a symbol whose value is its chosen member. */
  calc(sym: Sym): void {
    if (sym.valid) return;
    const v61 = this.dialect === '6.1';
    sym.valid = true;
    const oldTri = sym.curr.tri;
    const oldVal = sym.curr.val;
    let newval: { val: string; tri: Tri };
    switch (sym.type) {
      // (6.1's symbol_empty has no "0"/"0x0" for int/hex.)
      case 'int': newval = { val: v61 ? '' : '0', tri: NO }; break;
      case 'hex': newval = { val: v61 ? '' : '0x0', tri: NO }; break;
      case 'string': newval = { val: '', tri: NO }; break;
      case 'bool': case 'tristate': newval = { val: 'n', tri: NO }; break;
      default:
        sym.curr = { val: sym.name ?? '', tri: NO };
        return;
    }
    sym.write = false;
    this.calcVisibility(sym);
    if (sym.visible !== NO) sym.write = true;
    sym.curr = { ...newval };
    if (v61 && sym.isChoice) sym.choiceValue = undefined;
    const type = this.getType(sym);
    if (type === 'bool' || type === 'tristate') {
      const choice = v61 ? undefined : this.choiceMenu(sym);
      if (v61 && this.isChoiceValue(sym) && sym.visible === YES) {
        newval.tri = sym.choiceOf!.sym!.choiceValue === sym ? YES : NO;
      } else if (choice) {
        this.calcChoice(choice);
        newval.tri = sym.curr.tri;
      } else {
        newval.tri = this.triValue(sym, newval.tri);
      }
      if (newval.tri === MOD && this.getType(sym) === 'bool') newval.tri = YES;
    } else {
      newval.val = this.textValue(sym, newval.val);
    }
    sym.curr = newval;
    if (v61 && sym.isChoice && newval.tri === YES) sym.choiceValue = this.calcChoice61(sym);
    this.validateRange(sym);
    if ((sym.curr.tri !== oldTri || sym.curr.val !== oldVal) && sym === this.modules) {
      this.modulesVal = this.modules.curr.tri;
    }
    if (sym.isChoice) {
      if (v61) for (const s of sym.menus[0]?.choiceMembers ?? []) if (sym.write && s.visible !== NO) s.write = true;
      sym.write = false; // SYMBOL_NO_WRITE
    }
  }

  /** The value the .config gave `sym`, when it counts (6.1: the DEF_USER flag, which a choice keeps apart; 6.12: a value read). */
  private userValue(sym: Sym): { val: string; tri: Tri } | undefined {
    if (this.dialect === '6.1') return this.hasValue(sym) ? sym.user : undefined;
    return sym.user;
  }

  /** sym_calc_value() for a bool or tristate that no choice decides: the user's value if visible, else its default and imply; then what selects it. */
  private triValue(sym: Sym, tri: Tri): Tri {
    const user = this.userValue(sym);
    if (sym.visible !== NO && user) {
      tri = and(user.tri, sym.visible);
    } else {
      if (sym.revDep.tri !== NO) sym.write = true;
      if (!sym.isChoice) {
        const prop = this.defaultProp(sym);
        if (prop) {
          tri = and(this.calcExpr(prop.expr), prop.visible.tri);
          if (tri !== NO) sym.write = true;
        }
        if (sym.implied.tri !== NO) {
          sym.write = true;
          tri = or(tri, sym.implied.tri);
          tri = and(tri, sym.dirDep.tri);
        }
      }
    }
    return or(tri, sym.revDep.tri);
  }

  /** sym_calc_value() for int, hex and string: the user's value if visible, else a default naming a symbol. */
  private textValue(sym: Sym, val: string): string {
    const user = this.userValue(sym);
    if (sym.visible !== NO && user) return user.val;
    const prop = this.defaultProp(sym);
    if (prop && prop.expr?.kind === 'symbol') {
      const ds = prop.expr.sym;
      sym.write = true;
      this.calc(ds);
      return ds.curr.val;
    }
    return val;
  }

  private rangeVal(sym: Sym, base: number): bigint {
    this.calc(sym);
    if (sym.type === 'int') base = 10;
    else if (sym.type === 'hex') base = 16;
    return strtoll(sym.curr.val, base).value;
  }

  validateRange(sym: Sym): void {
    let base: number;
    if (sym.type === 'int') base = 10;
    else if (sym.type === 'hex') base = 16;
    else return;
    const prop = this.rangeProp(sym);
    if (!prop) return;
    const val = strtoll(sym.curr.val, base).value;
    let rs = prop.range![0];
    let val2 = this.rangeVal(rs, base);
    if (val >= val2) {
      rs = prop.range![1];
      val2 = this.rangeVal(rs, base);
      if (val <= val2) return;
    }
    sym.curr = { val: rs.curr.val, tri: sym.curr.tri };
  }

  clearAllValid(): void {
    for (const s of this.model.symbols) s.valid = false;
    this.calc(this.modules);
  }

  menuIsVisible(menu: Menu): boolean {
    if (!menu.prompt) return false;
    if (menu.visibility && this.calcExpr(menu.visibility) === NO) return false;
    const sym = menu.sym;
    let visible: Tri;
    if (sym) {
      this.calc(sym);
      visible = menu.prompt.visible.tri;
    } else {
      visible = menu.prompt.visible.tri = this.calcExpr(menu.prompt.visible.expr);
    }
    if (visible !== NO) return true;
    if (!sym || sym.curr.tri === NO) return false;
    for (const child of menu.children) if (this.menuIsVisible(child)) return true;
    return false;
  }

  // ---- 6.1: a choice is a symbol (bool or tristate) whose value, when y, is its chosen member

  /** sym_has_value: the DEF_USER flag (a 6.1 choice keeps its user value apart from the flag). */
  hasValue(sym: Sym): boolean {
    return sym.isChoice && this.dialect === '6.1' ? !!sym.defUserFlag : sym.user !== undefined;
  }

  /** 6.1 sym_choice_default: a visible default, else the first visible value. */
  choiceDefault61(cs: Sym): Sym | undefined {
    for (const prop of cs.props) {
      if (prop.type !== 'default') continue;
      prop.visible.tri = this.calcExpr(prop.visible.expr);
      if (prop.visible.tri === NO) continue;
      const d = (prop.expr as { sym: Sym }).sym;
      if (d.visible !== NO) return d;
    }
    for (const s of cs.menus[0]?.choiceMembers ?? []) if (s.visible !== NO) return s;
    return undefined;
  }

  /** 6.1 sym_calc_choice. */
  private calcChoice61(cs: Sym): Sym | undefined {
    let allUser = true;
    for (const s of cs.menus[0]?.choiceMembers ?? []) {
      this.calcVisibility(s);
      if (s.visible !== NO && s.user === undefined) allUser = false;
    }
    if (!allUser) cs.defUserFlag = false;
    const u = cs.userChoice;
    if (u && u.visible !== NO) return u;
    const d = this.choiceDefault61(cs);
    if (!d) cs.curr = { val: cs.curr.val, tri: NO };
    return d;
  }

  /** 6.1 sym_string_within_range for string, int and hex. */
  stringWithinRange(sym: Sym, str: string): boolean {
    if (sym.type === 'string') return true;
    if (sym.type !== 'int' && sym.type !== 'hex') return false;
    if (!stringValid(sym, str)) return false;
    const prop = this.rangeProp(sym);
    if (!prop) return true;
    const base = sym.type === 'int' ? 10 : 16;
    const val = strtoll(str, base).value;
    return val >= this.rangeVal(prop.range![0], base) && val <= this.rangeVal(prop.range![1], base);
  }
}

/** Depth-first entries below `root` (menu_for_each_sub_entry). */
export function* subEntries(root: Menu): Generator<Menu> {
  for (const c of root.children) {
    yield c;
    yield* subEntries(c);
  }
}
