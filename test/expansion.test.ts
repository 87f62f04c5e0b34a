// src/eval/expansion.ts: references, substitution references, computed
// names, builtins and $(call), through the expansion module's interface.
// Every expectation was first checked with GNU make 4.3.
import { describe, expect, it } from 'vitest';
import { LimitError, MakeError } from '../src/eval/errors.js';
import { VariableSet } from '../src/eval/variables.js';
import { read } from './helpers/interpreter.js';

describe('Expansion', () => {
  it('substitution references and computed names', () => {
    const { interpreter } = read('S = a.c b.c c.h\nx_y = XY\nn = x\n');
    const e = interpreter.expansion;
    // $(S:.c=.o) $(S:%.c=%.o) $($(n)_y) $(A:a=b)  ->  a.o b.o c.h|a.o b.o c.h|XY|
    expect(e.expand('$(S:.c=.o)|$(S:%.c=%.o)|$($(n)_y)|$(A:a=b)')).toBe('a.o b.o c.h|a.o b.o c.h|XY|');
  });

  it('a recursive variable that references itself is an error at its definition', () => {
    // A = x $(A) / $(info $(A))  ->  t.mk:1: *** Recursive variable 'A' references itself (eventually).  Stop.
    const { interpreter } = read('A = x $(A)\nX = $(Y)\nY = $(X)\n');
    for (const name of ['A', 'X']) {
      let error: unknown;
      try {
        interpreter.expansion.expand(`$(${name})`);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(MakeError);
      expect((error as MakeError).render()).toBe(`t.mk:${name === 'A' ? 1 : 2}: *** Recursive variable '${name}' references itself (eventually).  Stop.\n`);
    }
  });

  it('$(call) may recurse', () => {
    // f = $(if $(1),[$(firstword $(1))]$(call f,$(wordlist 2,99,$(1))))  ->  [a][b][c]
    const { interpreter } = read('f = $(if $(1),[$(firstword $(1))]$(call f,$(wordlist 2,99,$(1))))\n');
    expect(interpreter.expansion.expand('$(call f,a b c)')).toBe('[a][b][c]');
  });

  it('builtins are counted before they run: too few arguments is make\'s error', () => {
    // x := $(subst a,b)  ->  t.mk:1: *** insufficient number of arguments (2) to function 'subst'.  Stop.
    const e = read().interpreter.expansion;
    e.reading = { file: 't.mk', line: 1 };
    expect(() => e.expand('$(subst a,b)')).toThrow("insufficient number of arguments (2) to function 'subst'");
  });

  it('foreach variables live in an inner scope only', () => {
    // V = 1 / $(foreach V,a b,$(info $(V))) / $(info $(V))  ->  a, b, 1
    const { interpreter, info } = read('V = 1\n$(foreach V,a b,$(info $(V)))\n$(info $(V))\n');
    expect(info).toEqual(['a\n', 'b\n', '1\n']);
    expect(interpreter.expansion.expand('$(V)')).toBe('1');
  });

  it('lookups follow the scope chain; private variables stop at a parent', () => {
    const e = read('G = global\n').interpreter.expansion;
    const own = new VariableSet();
    own.set({ name: 'P', value: 'private', flavor: 'simple', origin: 'file', private: true });
    const child = new VariableSet();
    const parentScope = { set: own, next: e.scope };
    expect(e.lookupIn(parentScope, 'P')?.value).toBe('private');
    expect(e.lookupIn({ set: child, next: parentScope, nextIsParent: true }, 'P')).toBeUndefined();
    expect(e.expandInScope('$(G)', { set: child, next: parentScope, nextIsParent: true })).toBe('global');
  });

  it('runaway recursion stops at the depth limit (kflags\' own limit)', () => {
    const { interpreter } = read('f = $(call f)\n');
    expect(() => interpreter.expansion.expand('$(call f)')).toThrow(LimitError);
  });
});
