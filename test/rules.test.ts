// src/eval/rules.ts: rules as recorded (explicit, static pattern, double
// colon), the default goal, recipes replaced with make's warnings, vpath
// search and second expansion. Every expectation was first checked with
// GNU make 4.3.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read } from './helpers/interpreter.js';

describe('Rules', () => {
  it('the default goal: the first target that is neither special nor a pattern', () => {
    // .PHONY: x / %.o: %.c / all b: a  ->  .DEFAULT_GOAL = all
    const { interpreter } = read('.PHONY: x\n%.o: %.c\n\t@:\nall b: a\na:;@:\n');
    expect(interpreter.variables.global.get('.DEFAULT_GOAL')?.value).toBe('all');
    expect(interpreter.ruleSet.order).toEqual(['.PHONY', '%.o', 'all', 'b', 'a']);
    expect(interpreter.ruleSet.table.get('%.o')).toMatchObject({ prerequisites: ['%.c'], recipe: ['@:'] });
  });

  it('a static pattern rule fills each target\'s prerequisites from its stem', () => {
    // foo.o bar.o: %.o: %.c x.h  ->  foo.o: foo.c x.h ($* foo)
    const { interpreter } = read('foo.o bar.o: %.o: %.c x.h\n\t@echo $@\n');
    const rules = interpreter.ruleSet.table;
    expect(rules.get('foo.o')).toMatchObject({ prerequisites: ['foo.c', 'x.h'], staticPattern: '%.o', recipe: ['@echo $@'] });
    expect(rules.get('bar.o')?.prerequisites).toEqual(['bar.c', 'x.h']);
  });

  it('a second recipe replaces the first, with make\'s two warnings', () => {
    // t.mk:4: warning: overriding recipe for target 'a' / t.mk:2: warning: ignoring old recipe for target 'a'
    const { interpreter, warnings } = read('a:\n\t@echo one\na:\n\t@echo two\n');
    expect(warnings).toEqual([
      "t.mk:4: warning: overriding recipe for target 'a'\n",
      "t.mk:2: warning: ignoring old recipe for target 'a'\n",
    ]);
    expect(interpreter.ruleSet.table.get('a')?.recipe).toEqual(['@echo two']);
  });

  it('one target cannot have both : and :: rules', () => {
    // t.mk:2: *** target file 'a' has both : and :: entries.  Stop.
    expect(() => read('a: b\na:: c\n')).toThrow("target file 'a' has both : and :: entries");
  });

  it('second expansion: prerequisites expanded again in the target\'s context, `|` looked for after it', () => {
    // .SECONDEXPANSION: / foo: $$(DEPS) | $$(ORDER) / DEPS = a b / ORDER = o  ->  $^ "a b", $| "o"
    const { interpreter } = read('.SECONDEXPANSION:\nfoo: $$(DEPS) | $$(ORDER)\nDEPS = a b\nORDER = o\n');
    const rule = interpreter.ruleSet.table.get('foo')!;
    expect(interpreter.ruleSet.secondExpansion(rule)).toEqual({ prerequisites: ['a', 'b'], orderOnly: ['o'] });
  });

  it('vpath and VPATH: a prerequisite not found here is looked for in their directories', () => {
    // vpath %.c src / x.o: x.c y.c (src/x.c exists)  ->  $< src/x.c, $^ "src/x.c y.c"
    const { interpreter, dir } = read();
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/x.c'), '');
    const rules = interpreter.ruleSet;
    rules.vpathDirective('%.c src');
    expect([rules.vpathSearch('x.c'), rules.vpathSearch('y.c')]).toEqual(['src/x.c', 'y.c']);
    rules.vpathDirective('');
    expect(rules.vpathSearch('x.c')).toBe('x.c');
    // VPATH = src  ->  $< src/x.c
    interpreter.variables.assign('VPATH', '=', 'src', 'file', undefined);
    expect(rules.vpathSearch('x.c')).toBe('src/x.c');
  });
});
