// src/eval/variable-store.ts: flavors, origins and the assignment operators,
// driven through the store's own interface. Every expectation was first
// checked with GNU make 4.3 (`make -R -r -f t.mk`, the same lines).
import { describe, expect, it } from 'vitest';
import { VariableSet } from '../src/eval/variables.js';
import { read } from './helpers/interpreter.js';

const at = (line: number) => ({ file: 't.mk', line });

describe('VariableStore', () => {
  it('= keeps the text, += on a recursive variable appends text (expanded on use)', () => {
    // A = $(B) / A += x / B = b  ->  $(value A) "$(B) x", recursive, $(A) "b x"
    const { interpreter } = read();
    const store = interpreter.variables;
    store.assign('A', '=', '$(B)', 'file', at(1));
    store.assign('A', '+=', 'x', 'file', at(2));
    store.assign('B', '=', 'b', 'file', at(3));
    expect(store.global.get('A')).toMatchObject({ value: '$(B) x', flavor: 'recursive', origin: 'file' });
    expect(interpreter.expand('$(A)')).toBe('b x');
  });

  it(':= expands at once, and += on a simple variable expands the addition at once', () => {
    // B = 1 / A := a / A += $(B) / B = 2  ->  "a 1", simple
    const { interpreter } = read();
    const store = interpreter.variables;
    store.assign('B', '=', '1', 'file', at(1));
    store.assign('A', ':=', 'a', 'file', at(2));
    store.assign('A', '+=', '$(B)', 'file', at(3));
    store.assign('B', '=', '2', 'file', at(4));
    expect(store.global.get('A')).toMatchObject({ value: 'a 1', flavor: 'simple' });
    // A := x / A ::= $(A)y  ->  xy, simple
    store.assign('A', ':=', 'x', 'file', at(5));
    store.assign('A', '::=', '$(A)y', 'file', at(6));
    expect(store.global.get('A')).toMatchObject({ value: 'xy', flavor: 'simple' });
  });

  it('?= defines only an undefined variable, as a recursive one', () => {
    // A = 1 / A ?= 2 / C ?= $(A) / A = 3  ->  A 3, C 3 (recursive, file)
    const { interpreter } = read();
    const store = interpreter.variables;
    store.assign('A', '=', '1', 'file', at(1));
    store.assign('A', '?=', '2', 'file', at(2));
    store.assign('C', '?=', '$(A)', 'file', at(3));
    store.assign('A', '=', '3', 'file', at(4));
    expect(interpreter.expand('$(A)|$(C)')).toBe('3|3');
    expect(store.global.get('C')).toMatchObject({ flavor: 'recursive', origin: 'file' });
  });

  it('the command line beats the makefile (= and +=); override beats the command line', () => {
    // make V=cmd W=cmd X=cmd: V = file / W += more / override X = ov
    const { interpreter } = read(undefined, { commandLine: ['V=cmd', 'W=cmd', 'X=cmd'] });
    const store = interpreter.variables;
    store.assign('V', '=', 'file', 'file', at(1));
    store.assign('W', '+=', 'more', 'file', at(2));
    store.assign('X', '=', 'ov', 'override', at(3));
    expect(store.global.get('V')).toMatchObject({ value: 'cmd', origin: 'command line' });
    expect(store.global.get('W')).toMatchObject({ value: 'cmd', origin: 'command line' });
    expect(store.global.get('X')).toMatchObject({ value: 'ov', origin: 'override' });
    // override W += more  ->  "cmd more", origin override
    store.assign('W', '+=', 'more', 'override', at(4));
    expect(store.global.get('W')).toMatchObject({ value: 'cmd more', origin: 'override' });
  });

  it('an empty += changes nothing, not even the origin', () => {
    // env A=x make: A +=  ->  origin environment, value x
    const { interpreter } = read(undefined, { environment: { A: 'x' } });
    interpreter.variables.assign('A', '+=', '', 'file', at(1));
    expect(interpreter.variables.global.get('A')).toMatchObject({ value: 'x', origin: 'environment' });
  });

  it('undefine needs an origin at least as strong', () => {
    // make V=cmd W=cmd: undefine V (stays) / override undefine W (gone)
    const { interpreter } = read(undefined, { commandLine: ['V=cmd', 'W=cmd'] });
    const store = interpreter.variables;
    store.undefine('V', 'file', at(1));
    store.undefine('W', 'override', at(2));
    expect(store.global.get('V')?.value).toBe('cmd');
    expect(store.global.get('W')).toBeUndefined();
  });

  it('!= without --allow-shell: an empty recursive value and one warning for the line', () => {
    const { interpreter, warnings } = read();
    interpreter.variables.assign('S', '!=', 'echo hi', 'file', at(7));
    expect(interpreter.variables.global.get('S')).toMatchObject({ value: '', flavor: 'recursive' });
    expect(warnings).toEqual(['t.mk:7: kflags: $(shell ...) not run (use --allow-shell)\n']);
  });

  it('every assignment is kept in the history when the store records it, and .RECIPEPREFIX sets the recipe prefix', () => {
    const { interpreter } = read();
    const store = interpreter.variables;
    store.assign('N', '=', '-a', 'file', at(1));
    store.assign('N', '+=', '-b', 'file', at(2));
    // Off (the default): the variable keeps its last location, as make does, and nothing else.
    expect(store.global.get('N')?.history).toBeUndefined();
    expect(store.global.get('N')?.location).toEqual(at(2));
    store.recordHistory = true;
    store.assign('F', '=', '-a', 'file', at(1));
    store.assign('F', '+=', '-b', 'file', at(2));
    expect(store.global.get('F')?.history?.map((h) => [h.op, h.text, h.value])).toEqual([
      ['=', '-a', '-a'],
      ['+=', '-b', '-a -b'],
    ]);
    expect(store.recipePrefix).toBe('\t');
    store.assign('.RECIPEPREFIX', '=', '>', 'file', at(3));
    expect(store.recipePrefix).toBe('>');
  });

  it('modifiers, and the command line over a target-specific assignment unless it is an override', () => {
    // make t u V=cmd: export E = 1 / t: private V = file / u: override V = ov  ->  in t [1] [cmd], in u [1] [ov]
    const { interpreter } = read(undefined, { commandLine: ['V=cmd'] });
    const store = interpreter.variables;
    expect(store.assign('E', '=', '1', 'file', at(1), undefined, ['export'])?.exported).toBe(true);
    const t = new VariableSet();
    store.setVariable('V', '=', 'file', 'file', at(2), t, 'target', undefined, ['private']);
    expect(t.get('V')).toMatchObject({ value: 'cmd', origin: 'command line', private: true });
    const u = new VariableSet();
    store.setVariable('V', '=', 'ov', 'override', at(3), u, 'target');
    expect(u.get('V')).toMatchObject({ value: 'ov', origin: 'override' });
  });
});
