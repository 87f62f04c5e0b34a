// Reading a .config and writing .config and include/config/auto.conf the way
// conf does (confdata.c conf_read_simple, conf_read, conf_write,
// conf_write_autoconf).
import type { Menu, Sym } from './model.js';
import { NO, YES, MOD } from './model.js';
import { type Evaluator, stringValid } from './evaluate.js';

const fnv32 = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c > 127) c = c - 256; // char is signed
    h = Math.imul((h ^ c) >>> 0, 0x01000193) >>> 0;
  }
  return h >>> 0;
};

/** for_all_symbols: hash buckets in order, newest first within a bucket. */
export function hashOrder(symbols: Sym[], dialect: '6.1' | '6.12'): Sym[] {
  const size = dialect === '6.1' ? 9973 : 16384;
  const bucket = (s: Sym): number => (s.name === undefined || (s.isChoice && dialect === '6.12') ? 0 : fnv32(s.name) % size);
  return symbols
    .map((s) => ({ s, b: bucket(s) }))
    .sort((a, b) => a.b - b.b || b.s.index - a.s.index)
    .map((x) => x.s);
}

/** conf_read_simple(name, S_DEF_USER): the user's values; true if an unknown symbol was met. */
export function readConfig(ev: Evaluator, text: string, warnings: string[], file: string): boolean {
  let changed = false;
  const v61 = ev.dialect === '6.1';
  if (v61) {
    // 6.1: every choice starts with the user flag and no value (tri n, no member)
    for (const s of ev.model.symbols) {
      if (!s.isChoice) continue;
      s.user = { val: '', tri: NO };
      s.userChoice = undefined;
      s.defUserFlag = true;
    }
  }
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  let lineno = 0;
  for (let line of lines) {
    lineno++;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (!line) continue;
    let name: string;
    let val: string;
    if (line[0] === '#') {
      if (line[1] !== ' ') continue;
      const p = line.slice(2);
      if (!p.startsWith('CONFIG_')) continue;
      const rest = p.slice(7);
      const sp = rest.indexOf(' ');
      if (sp < 0) continue;
      // 6.1 compares the first 10 characters only (strncmp)
      if (v61 ? !rest.slice(sp + 1).startsWith('is not set') : rest.slice(sp + 1) !== 'is not set') continue;
      name = rest.slice(0, sp);
      val = 'n';
    } else {
      if (!line.startsWith('CONFIG_')) {
        warnings.push(`${file}:${lineno}:warning: unexpected data: ${line}`);
        continue;
      }
      const rest = line.slice(7);
      const eq = rest.indexOf('=');
      if (eq < 0) {
        if (v61) continue; // 6.1 skips it silently
        warnings.push(`${file}:${lineno}:warning: unexpected data: ${line}`);
        continue;
      }
      name = rest.slice(0, eq);
      val = rest.slice(eq + 1);
    }
    const sym = ev.model.byName.get(name);
    if (!sym) {
      changed = true;
      continue;
    }
    if (sym.user !== undefined && !(v61 && sym.isChoice)) warnings.push(`${file}:${lineno}:warning: override: reassigning to symbol ${sym.name}`);
    if (!setUserValue(ev, sym, val, warnings, `${file}:${lineno}`)) continue;
    if (ev.dialect === '6.12') {
      const choice = ev.choiceMenu(sym);
      if (choice) {
        const list = choice.choiceMembers!;
        const i = list.indexOf(sym);
        if (i >= 0) list.splice(i, 1);
        list.unshift(sym);
      }
    } else {
      setChoice61(sym, warnings, `${file}:${lineno}`);
    }
  }
  return changed;
}

/** 6.1 conf_read_simple: a choice value read sets its choice's value (the member set to y) and mode. */
function setChoice61(sym: Sym, warnings: string[], where: string): void {
  const cs = sym.choiceOf?.sym;
  if (!cs || !sym.user || !cs.user) return;
  switch (sym.user.tri) {
    case NO:
      break;
    case MOD:
      if (cs.user.tri === YES) {
        warnings.push(`${where}:warning: ${sym.name} creates inconsistent choice state`);
        cs.defUserFlag = false;
      }
      break;
    case YES:
      if (cs.user.tri !== NO) warnings.push(`${where}:warning: override: ${sym.name} changes choice state`);
      cs.userChoice = sym;
      break;
  }
  cs.user = { val: '', tri: sym.user.tri > cs.user.tri ? sym.user.tri : cs.user.tri };
}

/**
 * 6.1 conf_read's second pass: a value read for a symbol now invisible is
 * forgotten when nothing else changed; a string/int/hex value out of range is
 * forgotten and counts as a change. Returns conf_unsaved.
 */
export function forgetValues61(ev: Evaluator, order: Sym[], unsaved: number): number {
  for (const sym of order) {
    if (!ev.hasValue(sym) || ev.isChoiceValue(sym)) continue;
    const user = sym.user!;
    if (sym.visible === NO && !unsaved) {
      if (sym.isChoice) sym.defUserFlag = false;
      else sym.user = undefined;
    }
    if (sym.type === 'string' || sym.type === 'int' || sym.type === 'hex') {
      if (ev.stringWithinRange(sym, user.val)) continue;
      sym.valid = false;
      sym.user = undefined;
      unsaved++;
    }
  }
  return unsaved;
}

function setUserValue(ev: Evaluator, sym: Sym, p: string, warnings: string[], where: string): boolean {
  switch (sym.type) {
    case 'tristate':
    case 'bool':
      if (sym.type === 'tristate' && p[0] === 'm') {
        sym.user = { val: '', tri: MOD };
        return true;
      }
      if (p[0] === 'y') {
        sym.user = { val: '', tri: YES };
        return true;
      }
      if (p[0] === 'n') {
        sym.user = { val: '', tri: NO };
        return true;
      }
      warnings.push(`${where}:warning: symbol value '${p}' invalid for ${sym.name}`);
      return false;
    case 'string': {
      if (p[0] !== '"') {
        // conf_set_sym_val breaks out without setting anything but still returns 0
        return true;
      }
      let out = '';
      let i = 1;
      let closed = false;
      for (; i < p.length; i++) {
        const c = p[i];
        if (c === '"') {
          closed = true;
          break;
        }
        if (c === '\\') {
          i++;
          if (i < p.length) out += p[i];
          continue;
        }
        out += c;
      }
      if (!closed) {
        warnings.push(`${where}:warning: invalid string found`);
        return false;
      }
      return setValidated(sym, out, warnings, where);
    }
    case 'int':
    case 'hex':
      return setValidated(sym, p, warnings, where);
    default:
      return true;
  }

  function setValidated(s: Sym, v: string, w: string[], at: string): boolean {
    if (stringValid(s, v)) {
      s.user = { val: v, tri: NO };
      return true;
    }
    w.push(`${at}:warning: symbol value '${v}' invalid for ${s.name}`);
    return false;
  }
  void ev;
}

/** conf_read's check: does the computed configuration differ from what was read? */
export function configChanged(ev: Evaluator, order: Sym[]): boolean {
  let changed = false;
  ev.calc(ev.modules);
  for (const sym of order) {
    ev.calc(sym);
    if (sym.isChoice) continue;
    if (sym.user && sym.write) {
      if (sym.type === 'bool' || sym.type === 'tristate') {
        if (sym.user.tri === sym.curr.tri) continue;
      } else if (sym.curr.val === sym.user.val) continue;
    } else if (!sym.user && !sym.write) continue;
    changed = true;
  }
  return changed;
}

function escapeString(s: string): string {
  return `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

function printSymbol(ev: Evaluator, sym: Sym, mode: 'dotconfig' | 'autoconf', escapeStrings: boolean): string {
  if (sym.type === 'unknown') return '';
  let val = ev.stringValue(sym);
  if ((sym.type === 'bool' || sym.type === 'tristate') && val === 'n') {
    return mode === 'dotconfig' ? `# CONFIG_${sym.name} is not set\n` : '';
  }
  if (sym.type === 'string' && escapeStrings) val = escapeString(val);
  return `CONFIG_${sym.name}=${val}\n`;
}

function heading(ev: Evaluator): string {
  return `#\n# Automatically generated file; DO NOT EDIT.\n# ${ev.model.root.prompt!.text}\n#\n`;
}

/** conf_write: the .config. */
export function writeConfig(ev: Evaluator): string {
  let out = heading(ev);
  let needNewline = false;
  for (const s of ev.model.symbols) s.written = false;
  const root = ev.model.root;
  const visit = (menu: Menu): void => {
    const sym = menu.sym;
    if (!sym) {
      if (ev.menuIsVisible(menu)) {
        out += `\n#\n# ${menuPrompt(menu)}\n#\n`;
        needNewline = false;
      }
    } else if (!sym.isChoice && !sym.written) {
      ev.calc(sym);
      if (sym.write) {
        if (needNewline) {
          out += '\n';
          needNewline = false;
        }
        sym.written = true;
        out += printSymbol(ev, sym, 'dotconfig', true);
      }
    }
    for (const c of menu.children) visit(c);
    if (!menu.sym && ev.menuIsVisible(menu) && menu.prompt!.type === 'menu') {
      out += `# end of ${menuPrompt(menu)}\n`;
      needNewline = true;
    }
  };
  for (const c of root.children) visit(c);
  return out;
}

function menuPrompt(menu: Menu): string {
  if (menu.prompt) return menu.prompt.text!;
  return menu.sym?.name ?? '';
}

/** conf_write_autoconf's include/config/auto.conf. */
export function writeAutoConf(ev: Evaluator, order: Sym[], quoteStrings: boolean): string {
  for (const s of order) ev.calc(s);
  let out = heading(ev);
  for (const s of order) {
    if (s.write && s.name !== undefined && !s.isChoice) out += printSymbol(ev, s, 'autoconf', quoteStrings);
  }
  return out;
}
