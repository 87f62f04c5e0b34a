// src/eval/reader.ts: logical lines, conditionals, define, include and
// rule lines, read from memory. Every expectation was first checked with
// GNU make 4.3 (`make -R -r -f t.mk`, the same text).
import { describe, expect, it } from 'vitest';
import { MakeError } from '../src/eval/errors.js';
import { read } from './helpers/interpreter.js';

const CHAIN = 'ifeq (a,b)\nX = 1\nelse ifdef Y\nX = 2\nelse\nX = 3\nendif\n';

function stop(mk: string): string {
  try {
    read(mk);
  } catch (e) {
    if (e instanceof MakeError) return e.render();
    throw e;
  }
  return '';
}

describe('Reader', () => {
  it('conditionals: ifeq, else ifdef, else', () => {
    // -> 3; with Y=1 on the command line -> 2
    expect(read(CHAIN).interpreter.expand('$(X)')).toBe('3');
    expect(read(CHAIN, { commandLine: ['Y=1'] }).interpreter.expand('$(X)')).toBe('2');
  });

  it("a file that ends inside a conditional: missing 'endif' past its last line", () => {
    // ifdef X / A = 1 / (blank)  ->  t.mk:4: *** missing 'endif'.  Stop.
    expect(stop('ifdef X\nA = 1\n\n')).toBe("t.mk:4: *** missing 'endif'.  Stop.\n");
  });

  it('define with an operator: the body is assigned as one value', () => {
    // B = b / define V := / a $(B) / c / endef / B = x  ->  "a b\nc", simple
    const { interpreter } = read('B = b\ndefine V :=\na $(B)\nc\nendef\nB = x\n');
    expect(interpreter.variables.global.get('V')).toMatchObject({ value: 'a b\nc', flavor: 'simple', location: { file: 't.mk', line: 2 } });
  });

  it('a missing include is reported after reading; -include is silent', () => {
    // include nope.mk / -include nope2.mk / $(info read)
    //   ->  read, then "t.mk:1: nope.mk: No such file or directory" and "make: *** No rule to make target 'nope.mk'.  Stop."
    let error: unknown;
    try {
      read('include nope.mk\n-include nope2.mk\n$(info read)\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MakeError);
    expect((error as MakeError).render()).toBe("t.mk:1: nope.mk: No such file or directory\nkflags: *** No rule to make target 'nope.mk'.  Stop.\n");
    // Reading went on: the $(info) ran.
    expect(read('-include nope2.mk\n$(info read)\n').info).toEqual(['read\n']);
  });

  it('comments end a value (the blank before them stays), rule lines with ; recipes and target-specific assignments', () => {
    // A = 1 # comment / t: ; @:$(info [$(A)]) / u: V = x ; y  ->  [1 ] ; MAKEFILE_LIST t.mk
    const { interpreter } = read('A = 1 # comment\nt: ; @:$(info [$(A)])\nu: V = x ; y\n');
    expect(interpreter.expand('[$(A)]')).toBe('[1 ]');
    expect(interpreter.ruleSet.table.get('t')?.recipe).toEqual([' @:$(info [$(A)])']);
    expect(interpreter.targets.expandInTarget('$(V)', 'u')).toBe('x ; y');
    expect(interpreter.expand('$(MAKEFILE_LIST)')).toBe('t.mk');
  });

  it('$(eval) reads its text as makefile lines', () => {
    const { interpreter } = read('$(eval A = 1)\n$(eval t: ; @echo $$(A))\n');
    expect(interpreter.expand('$(A)')).toBe('1');
    expect(interpreter.ruleSet.table.get('t')?.recipe).toEqual([' @echo $(A)']);
  });
});
