// Kconfig's lexer and parser (the facts of scripts/kconfig/lexer.l and
// parser.y): statements are lines, `$(...)` is expanded while lexing, help
// text ends by indentation; the menu tree and the symbols are built as conf
// builds them (menu_add_entry, menu_add_prop, ...).
import { MakeError } from '../../eval/errors.js';
import { Preprocessor } from './preprocess.js';

/** A character of a word (zconf.l's [A-Za-z0-9_$-]), by code: the lexer asks of every character of ~6 MB of Kconfig files. */
const isWordCode = (k: number): boolean => (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === 95 || k === 36 || k === 45;
import {
  type CompareOp, type Expr, type Menu, type Prop, type PropType, type Sym, type SymType,
  exprAnd, newSym,
} from './model.js';

export type Dialect = '6.1' | '6.12';

type TokKind =
  | 'word' | 'quote' | 'kw' | 'op' | 'assign';

interface Token {
  kind: TokKind;
  value: string;
  line: number;
}

const KEYWORDS_612 = [
  'bool', 'choice', 'comment', 'config', 'def_bool', 'def_tristate', 'default', 'depends', 'endchoice', 'endif',
  'endmenu', 'help', 'hex', 'if', 'imply', 'int', 'mainmenu', 'menu', 'menuconfig', 'modules', 'on', 'prompt',
  'range', 'select', 'source', 'string', 'tristate', 'visible',
];
const KEYWORDS_61_EXTRA = ['optional'];

const OPERATORS = ['||', '&&', '!=', '<=', '>=', ':=', '+=', '=', '<', '>', '!', '(', ')'];

interface FileState {
  name: string;
  src: string;
  pos: number;
  line: number;
}

export interface ParseResult {
  root: Menu;
  /** Every named, non-constant symbol and every choice, in creation order. */
  symbols: Sym[];
  byName: Map<string, Sym>;
  modules: Sym | undefined;
  yes: Sym;
  mod: Sym;
  no: Sym;
  files: string[];
  pre: Preprocessor;
}

export interface ParseOptions {
  dialect: Dialect;
  read: (file: string) => string | undefined;
  pre: (host: { where(): { file: string; line: number } }) => Preprocessor;
}

export function parseKconfig(rootFile: string, options: ParseOptions): ParseResult {
  return new Parser(options).run(rootFile);
}

class Parser {
  private readonly keywords: Set<string>;
  private file!: FileState;
  private readonly stack: FileState[] = [];
  readonly pre: Preprocessor;
  private readonly byName = new Map<string, Sym>();
  private readonly consts = new Map<string, Sym>();
  private readonly symbols: Sym[] = [];
  private counter = 0;
  readonly yes: Sym;
  readonly mod: Sym;
  readonly no: Sym;
  private readonly root: Menu;
  private currentMenu: Menu;
  private currentEntry: Menu;
  private entryKind: 'config' | 'menuconfig' | 'choice' | 'comment' | 'menu' | 'none' = 'none';
  private readonly blocks: { kind: 'menu' | 'if' | 'choice'; file: string; line: number }[] = [];
  private currentChoice: Menu | undefined;
  private modules: Sym | undefined;
  private stmtLine = 0;
  private readonly files: string[] = [];

  constructor(private readonly options: ParseOptions) {
    this.keywords = new Set(options.dialect === '6.1' ? [...KEYWORDS_612, ...KEYWORDS_61_EXTRA, 'option'] : KEYWORDS_612);
    this.pre = options.pre({ where: () => ({ file: this.file?.name ?? '', line: this.file?.line ?? 0 }) });
    const mk = (n: string, tri: 0 | 1 | 2): Sym => {
      const s = newSym(n, -1, true);
      s.type = 'tristate';
      s.curr = { val: n, tri };
      s.valid = true;
      return s;
    };
    this.yes = mk('y', 2);
    this.mod = mk('m', 1);
    this.no = mk('n', 0);
    this.root = { sym: undefined, prompt: undefined, dep: undefined, visibility: undefined, parent: undefined, children: [], file: '', line: 0 };
    this.currentMenu = this.currentEntry = this.root;
  }

  private error(message: string, line = this.stmtLine): never {
    throw new MakeError(message, { file: this.file.name, line });
  }

  run(rootFile: string): ParseResult {
    this.openFile(rootFile, undefined);
    this.parseFile();
    this.endEntry();
    if (this.blocks.length) {
      const b = this.blocks[this.blocks.length - 1];
      throw new MakeError(`unexpected end of file: missing end${b.kind}`, { file: b.file, line: b.line });
    }
    if (!this.root.prompt) {
      this.currentEntry = this.root;
      this.addPrompt('menu', 'Main menu', undefined);
    }
    return {
      root: this.root, symbols: this.symbols, byName: this.byName, modules: this.modules,
      yes: this.yes, mod: this.mod, no: this.no, files: this.files, pre: this.pre,
    };
  }

  // ---- symbols

  lookup(name: string, isConst: boolean): Sym {
    if (name.length === 1) {
      if (name === 'y') return this.yes;
      if (name === 'm') return this.mod;
      if (name === 'n') return this.no;
    }
    const table = isConst ? this.consts : this.byName;
    let s = table.get(name);
    if (!s) {
      s = newSym(name, this.counter++, isConst);
      table.set(name, s);
      if (!isConst) this.symbols.push(s);
    }
    return s;
  }

  private newChoiceSym(): Sym {
    const s = newSym(undefined, this.counter++, false);
    s.isChoice = true;
    this.symbols.push(s);
    return s;
  }

  // ---- files and lexing

  private openFile(name: string, from: { file: string; line: number } | undefined): void {
    const path = name.startsWith('/') ? name : name;
    const src = this.options.read(path);
    if (src === undefined) {
      if (from) throw new MakeError(`can't open file "${name}"`, from);
      throw new MakeError(`can't find file ${name}`);
    }
    if (this.stack.some((f) => f.name === name) || (this.file && this.file.name === name)) {
      throw new MakeError(`Recursive inclusion detected: ${name}`, from);
    }
    if (this.file) this.stack.push(this.file);
    this.file = { name, src, pos: 0, line: 1 };
    this.files.push(name);
  }

  /** One statement's tokens (up to its end of line); undefined at the end of the file. */
  private statement(): Token[] | undefined {
    const f = this.file;
    const s = f.src;
    const tokens: Token[] = [];
    for (;;) {
      const c = s[f.pos];
      if (c === undefined) return tokens.length ? tokens : undefined;
      if (c === '\n') {
        f.pos++;
        f.line++;
        if (tokens.length) return tokens;
        continue;
      }
      if (c === ' ' || c === '\t') { f.pos++; continue; }
      if (c === '#') {
        while (f.pos < s.length && s[f.pos] !== '\n') f.pos++;
        continue;
      }
      if (c === '\\' && s[f.pos + 1] === '\n') {
        f.pos += 2;
        f.line++;
        continue;
      }
      if (tokens.length === 0) this.stmtLine = f.line;
      const line = f.line;
      if (c === '"' || c === "'") {
        tokens.push({ kind: 'quote', value: this.lexString(c), line });
        continue;
      }
      if (isWordCode(s.charCodeAt(f.pos))) {
        let e = f.pos;
        while (e < s.length && isWordCode(s.charCodeAt(e))) e++;
        const text = s.slice(f.pos, e);
        if (text.includes('$')) {
          const eol = s.indexOf('\n', f.pos);
          const lineText = s.slice(0, eol < 0 ? s.length : eol);
          const [value, next] = this.pre.expandOneToken(lineText, f.pos);
          f.pos = next;
          if (value !== '') tokens.push({ kind: 'word', value, line });
          continue;
        }
        f.pos = e;
        if (this.keywords.has(text)) tokens.push({ kind: 'kw', value: text, line });
        else tokens.push({ kind: 'word', value: text, line });
        continue;
      }
      const op = OPERATORS.find((o) => s.startsWith(o, f.pos));
      if (op) {
        f.pos += op.length;
        tokens.push({ kind: 'op', value: op, line });
        if ((op === '=' || op === ':=' || op === '+=') && tokens.length === 2 && tokens[0].kind === 'word') {
          // assignment: the rest of the line, raw
          while (s[f.pos] === ' ' || s[f.pos] === '\t') f.pos++;
          let e = s.indexOf('\n', f.pos);
          if (e < 0) e = s.length;
          tokens.push({ kind: 'assign', value: s.slice(f.pos, e), line });
          f.pos = e;
        }
        continue;
      }
      // an ignored character (conf warns)
      f.pos++;
    }
  }

  private lexString(quote: string): string {
    const f = this.file;
    const s = f.src;
    f.pos++;
    let out = '';
    for (;;) {
      const c = s[f.pos];
      if (c === undefined) return out;
      if (c === '\n') return out; // multi-line strings are not supported: the string ends here
      if (c === '$') {
        const eol = s.indexOf('\n', f.pos);
        const lineText = s.slice(0, eol < 0 ? s.length : eol);
        const [value, next] = this.pre.expandInString(lineText, f.pos);
        out += value;
        f.pos = next;
        continue;
      }
      if (c === '\\') {
        const n = s[f.pos + 1];
        if (n === undefined || n === '\n') { f.pos++; continue; }
        out += n;
        f.pos += 2;
        continue;
      }
      if (c === quote) {
        f.pos++;
        return out;
      }
      out += c;
      f.pos++;
    }
  }

  /** Help text: skipped by the indentation rules of lexer.l's HELP state. */
  private skipHelp(): void {
    const f = this.file;
    const s = f.src;
    let firstTs = 0;
    let lastTs = 0;
    for (;;) {
      if (f.pos >= s.length) return;
      let p = f.pos;
      let ts = 0;
      while (s[p] === ' ' || s[p] === '\t') {
        ts = s[p] === '\t' ? (ts & ~7) + 8 : ts + 1;
        p++;
      }
      if (p > f.pos && s[p] !== '\n') {
        // (a blank line is matched by the longer newline rules)
        lastTs = ts;
        if (firstTs && ts < firstTs) {
          f.pos = p;
          return;
        }
      }
      f.pos = p;
      if (s[p] !== '\n' && p < s.length) {
        // text
        if (!firstTs) firstTs = lastTs;
        while (f.pos < s.length && s[f.pos] !== '\n') f.pos++;
      }
      if (f.pos >= s.length) return;
      // at '\n'
      f.pos++;
      f.line++;
      const n = s[f.pos];
      if (n !== undefined && n !== ' ' && n !== '\t' && n !== '\n') return;
    }
  }

  // ---- menus

  private addEntry(sym: Sym | undefined): Menu {
    const menu: Menu = {
      sym, prompt: undefined, dep: undefined, visibility: undefined, parent: this.currentMenu, children: [],
      file: this.file.name, line: this.stmtLine,
    };
    this.currentMenu.children.push(menu);
    this.currentEntry = menu;
    if (sym) sym.menus.push(menu);
    return menu;
  }

  private addMenu(): void {
    this.currentMenu = this.currentEntry;
  }

  private endMenu(): void {
    this.currentMenu = this.currentMenu.parent!;
  }

  private addProp(type: PropType, expr: Expr | undefined, dep: Expr | undefined): Prop {
    const prop: Prop = {
      type, expr, visible: { expr: dep, tri: 0 }, menu: this.currentEntry, file: this.file.name, line: this.stmtLine,
    };
    if (this.currentEntry.sym) this.currentEntry.sym.props.push(prop);
    return prop;
  }

  private addPrompt(type: 'prompt' | 'menu' | 'comment', text: string, dep: Expr | undefined): Prop {
    const prop = this.addProp(type, undefined, dep);
    prop.text = text.replace(/^[ \t\n\v\f\r]+/, '');
    if (type === 'prompt') {
      for (let m = this.currentEntry.parent; m; m = m.parent) {
        if (m.visibility) prop.visible.expr = exprAnd(prop.visible.expr, m.visibility);
      }
    }
    this.currentEntry.prompt = prop;
    return prop;
  }

  private setType(type: SymType): void {
    const sym = this.currentEntry.sym!;
    if (sym.type === type) return;
    if (sym.type === 'unknown') sym.type = type;
  }

  /** The end of a config/choice/menu/comment entry's option list. */
  private endEntry(): void {
    const kind = this.entryKind;
    this.entryKind = 'none';
    const e = this.currentEntry;
    if (kind === 'config') {
      if (this.currentChoice && e.sym) {
        if (!e.sym.choiceOf) {
          e.sym.choiceOf = this.currentChoice;
          this.currentChoice.choiceMembers!.push(e.sym);
        }
      }
    } else if (kind === 'menuconfig') {
      if (e.prompt) e.prompt.type = 'menu';
    } else if (kind === 'choice') {
      this.addMenu();
      this.currentChoice = e;
    } else if (kind === 'menu') {
      this.addMenu();
    }
  }

  // ---- statements

  private parseFile(): void {
    for (;;) {
      const t = this.statement();
      if (!t) {
        const parent = this.stack.pop();
        if (!parent) return;
        this.file = parent;
        return;
      }
      this.handle(t);
    }
  }

  private handle(t: Token[]): void {
    const head = t[0];
    if (head.kind === 'kw' && this.option(t)) return;
    this.endEntry();
    if (head.kind === 'word' && t[1]?.kind === 'op' && (t[1].value === '=' || t[1].value === ':=' || t[1].value === '+=')) {
      this.pre.addVariable(head.value, t[2]?.value ?? '', t[1].value as '=' | ':=' | '+=');
      return;
    }
    if (head.kind !== 'kw') {
      if (head.kind === 'word') this.error(`unknown statement "${head.value}"`);
      this.error('invalid statement');
    }
    const inChoice = this.blocks.length > 0 && this.blocks[this.blocks.length - 1].kind === 'choice'
      || (this.currentChoice !== undefined && this.blocks.some((b) => b.kind === 'choice'));
    switch (head.value) {
      case 'mainmenu': {
        const q = this.expectQuote(t, 1);
        this.end(t, 2);
        this.addPrompt('menu', q, undefined);
        return;
      }
      case 'config':
      case 'menuconfig': {
        const name = this.expectWord(t, 1);
        this.end(t, 2);
        this.addEntry(this.lookup(name, false));
        this.entryKind = head.value;
        return;
      }
      case 'choice': {
        if (inChoice) this.error('invalid statement');
        let sym: Sym;
        if (this.options.dialect === '6.1') {
          // 6.1: `choice [NAME]`
          const name = t[1]?.kind === 'word' ? t[1].value : undefined;
          this.end(t, name !== undefined ? 2 : 1);
          sym = this.newChoiceSym();
          if (name !== undefined) sym.name = name; // named choices are rare; kept as choices
        } else {
          this.end(t, 1);
          sym = this.newChoiceSym();
        }
        this.addEntry(sym);
        sym.type = this.options.dialect === '6.1' ? 'unknown' : 'bool';
        this.currentEntry.choiceMembers = [];
        this.entryKind = 'choice';
        this.blocks.push({ kind: 'choice', file: this.file.name, line: this.stmtLine });
        return;
      }
      case 'endchoice':
      case 'endmenu':
      case 'endif': {
        this.end(t, 1);
        const kind = head.value.slice(3) as 'choice' | 'menu' | 'if';
        const b = this.blocks.pop();
        if (!b) this.error(`unexpected '${head.value}' statement`);
        if (b.kind !== kind) this.error(`unexpected '${head.value}' within ${b.kind} block`);
        if (kind === 'choice') this.currentChoice = undefined;
        this.endMenu();
        return;
      }
      case 'comment': {
        const q = this.expectQuote(t, 1);
        this.end(t, 2);
        this.addEntry(undefined);
        this.addPrompt('comment', q, undefined);
        this.entryKind = 'comment';
        return;
      }
      case 'menu': {
        if (inChoice) this.error('invalid statement');
        const q = this.expectQuote(t, 1);
        this.end(t, 2);
        this.addEntry(undefined);
        this.addPrompt('menu', q, undefined);
        this.entryKind = 'menu';
        this.blocks.push({ kind: 'menu', file: this.file.name, line: this.stmtLine });
        return;
      }
      case 'if': {
        const [e, next] = this.expr(t, 1);
        this.end(t, next);
        const m = this.addEntry(undefined);
        m.isIf = true;
        m.dep = exprAnd(m.dep, e);
        this.addMenu();
        this.blocks.push({ kind: 'if', file: this.file.name, line: this.stmtLine });
        return;
      }
      case 'source': {
        if (inChoice) this.error('invalid statement');
        const q = this.expectQuote(t, 1);
        this.end(t, 2);
        const from = { file: this.file.name, line: this.stmtLine };
        this.openFile(q, from);
        this.parseFile();
        return;
      }
      default:
        this.error(head.value === 'help' || head.value === 'depends' ? 'invalid statement' : `unknown statement "${head.value}"`);
    }
  }

  /** An option line of the current entry; false if `t` is not one. */
  private option(t: Token[]): boolean {
    const kind = this.entryKind;
    if (kind === 'none') return false;
    const k = t[0].value;
    if (k === 'depends') {
      if (t[1]?.value !== 'on' || t[1].kind !== 'kw') this.error('invalid statement');
      const [e, next] = this.expr(t, 2);
      this.end(t, next);
      this.currentEntry.dep = exprAnd(this.currentEntry.dep, e);
      return true;
    }
    if (k === 'help' && kind !== 'comment' && kind !== 'menu') {
      this.end(t, 1);
      this.skipHelp();
      return true;
    }
    if (kind === 'comment') return false;
    if (kind === 'menu') {
      if (k !== 'visible') return false;
      const [e, next] = this.ifExpr(t, 1);
      this.end(t, next);
      this.currentEntry.visibility = exprAnd(this.currentEntry.visibility, e);
      return true;
    }
    if (kind === 'choice') return this.choiceOption(t);
    switch (k) {
      case 'bool': case 'tristate': case 'int': case 'hex': case 'string': {
        let i = 1;
        if (t[1]?.kind === 'quote') {
          const [e, next] = this.ifExpr(t, 2);
          this.addPrompt('prompt', t[1].value, e);
          i = next;
        }
        this.end(t, i);
        this.setType(k === 'bool' ? 'bool' : k);
        return true;
      }
      case 'prompt':
        return this.promptOption(t);
      case 'default': case 'def_bool': case 'def_tristate': {
        const [v, n1] = this.expr(t, 1);
        const [e, n2] = this.ifExpr(t, n1);
        this.end(t, n2);
        this.addProp('default', v, e);
        if (k !== 'default') this.setType(k === 'def_bool' ? 'bool' : 'tristate');
        return true;
      }
      case 'select': case 'imply': {
        const target = this.lookup(this.expectWord(t, 1), false);
        const [e, next] = this.ifExpr(t, 2);
        this.end(t, next);
        this.addProp(k, { kind: 'symbol', sym: target }, e);
        return true;
      }
      case 'range': {
        const a = this.symbolAt(t, 1);
        const b = this.symbolAt(t, 2);
        const [e, next] = this.ifExpr(t, 3);
        this.end(t, next);
        const p = this.addProp('range', undefined, e);
        p.range = [a, b];
        return true;
      }
      case 'modules': {
        this.end(t, 1);
        if (this.modules) this.error(`symbol '${this.currentEntry.sym!.name}' redefines option 'modules' already defined by symbol '${this.modules.name}'`);
        this.modules = this.currentEntry.sym;
        return true;
      }
      case 'option': {
        // 6.1: option modules | defconfig_list | allnoconfig_y | env=...
        const w = t[1];
        if (w?.value === 'modules') {
          this.end(t, 2);
          if (!this.modules) this.modules = this.currentEntry.sym;
          return true;
        }
        if (w?.value === 'allnoconfig_y' || w?.value === 'defconfig_list') return true;
        this.error(`unknown option "${w?.value ?? ''}"`);
      }
      // falls through (unreachable)
      default:
        return false;
    }
  }

  /** `prompt "text" [if expr]`, in a config's or a choice's entry. */
  private promptOption(t: Token[]): boolean {
    const q = this.expectQuote(t, 1);
    const [e, next] = this.ifExpr(t, 2);
    this.end(t, next);
    this.addPrompt('prompt', q, e);
    return true;
  }

  private choiceOption(t: Token[]): boolean {
    const k = t[0].value;
    switch (k) {
      case 'prompt':
        return this.promptOption(t);
      case 'bool': case 'tristate': {
        if (k === 'tristate' && this.options.dialect !== '6.1') return false;
        let i = 1;
        if (t[1]?.kind === 'quote') {
          const [e, next] = this.ifExpr(t, 2);
          this.addPrompt('prompt', t[1].value, e);
          i = next;
        } else if (this.options.dialect !== '6.1') this.error('invalid statement');
        this.end(t, i);
        if (this.options.dialect === '6.1') this.setType(k);
        return true;
      }
      case 'default': {
        const target = this.lookup(this.expectWord(t, 1), false);
        const [e, next] = this.ifExpr(t, 2);
        this.end(t, next);
        this.addProp('default', { kind: 'symbol', sym: target }, e);
        return true;
      }
      case 'optional': {
        if (this.options.dialect !== '6.1') return false;
        this.end(t, 1);
        this.currentEntry.sym!.optional = true;
        return true;
      }
      default:
        return false;
    }
  }

  // ---- pieces

  private end(t: Token[], i: number): void {
    if (i < t.length) {
      const x = t[i];
      this.error(x.kind === 'word' ? `syntax error near "${x.value}"` : `syntax error near "${x.value}"`, x.line);
    }
  }

  private expectQuote(t: Token[], i: number): string {
    const x = t[i];
    if (x?.kind !== 'quote') this.error('invalid statement');
    return x.value;
  }

  private expectWord(t: Token[], i: number): string {
    const x = t[i];
    if (x?.kind !== 'word') this.error('invalid statement');
    return x.value;
  }

  private symbolAt(t: Token[], i: number): Sym {
    const x = t[i];
    if (x?.kind === 'word') return this.lookup(x.value, false);
    if (x?.kind === 'quote') return this.lookup(x.value, true);
    this.error('invalid statement');
  }

  private ifExpr(t: Token[], i: number): [Expr | undefined, number] {
    if (t[i]?.kind === 'kw' && t[i].value === 'if') return this.expr(t, i + 1);
    return [undefined, i];
  }

  private expr(t: Token[], i: number): [Expr, number] {
    return this.leftAssociative(t, i, '||', 'or', (j) => this.andExpr(t, j));
  }

  private andExpr(t: Token[], i: number): [Expr, number] {
    return this.leftAssociative(t, i, '&&', 'and', (j) => this.unary(t, j));
  }

  /** `operand (op operand)*`, grouped to the left as parser.y's %left does. */
  private leftAssociative(t: Token[], i: number, op: '||' | '&&', kind: 'or' | 'and', operand: (j: number) => [Expr, number]): [Expr, number] {
    let [left, p] = operand(i);
    while (t[p]?.kind === 'op' && t[p].value === op) {
      const [right, q] = operand(p + 1);
      left = { kind, left, right };
      p = q;
    }
    return [left, p];
  }

  private unary(t: Token[], i: number): [Expr, number] {
    const x = t[i];
    if (!x) this.error('syntax error in expression');
    if (x.kind === 'op' && x.value === '!') {
      const [e, p] = this.unary(t, i + 1);
      return [{ kind: 'not', expr: e }, p];
    }
    if (x.kind === 'op' && x.value === '(') {
      const [e, p] = this.expr(t, i + 1);
      if (t[p]?.kind !== 'op' || t[p].value !== ')') this.error('syntax error: missing ")"');
      return [e, p + 1];
    }
    if (x.kind !== 'word' && x.kind !== 'quote') this.error(`syntax error near "${x.value}"`);
    const left = this.symbolAt(t, i);
    const op = t[i + 1];
    if (op?.kind === 'op' && ['=', '!=', '<', '<=', '>', '>='].includes(op.value)) {
      const right = this.symbolAt(t, i + 2);
      return [{ kind: 'compare', op: op.value as CompareOp, left, right }, i + 3];
    }
    return [{ kind: 'symbol', sym: left }, i + 1];
  }
}
