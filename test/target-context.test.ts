// src/eval/target-context.ts: target- and pattern-specific variables,
// inheritance from parent targets (and `private`), automatic variables.
// Every expectation was first checked with GNU make 4.3 (recipes printing
// the values).
import { describe, expect, it } from 'vitest';
import { read } from './helpers/interpreter.js';

describe('TargetContexts', () => {
  it('a target-specific += appends to the global value, in the target only', () => {
    // CFLAGS = -O2 / foo.o: CFLAGS += -g  ->  global "-O2", in foo.o "-O2 -g"
    const { interpreter } = read('CFLAGS = -O2\nfoo.o: CFLAGS += -g\n');
    const targets = interpreter.targets;
    expect(targets.expandInTarget('$(CFLAGS)', 'foo.o')).toBe('-O2 -g');
    expect(interpreter.expand('$(CFLAGS)')).toBe('-O2');
  });

  it('pattern-specific variables: shorter patterns first, then the target\'s own', () => {
    // X = g / foo.o: X += c / f%.o: X += b / %.o: X += a  ->  in foo.o "g a b c"
    const { interpreter } = read('X = g\nfoo.o: X += c\nf%.o: X += b\n%.o: X += a\n');
    expect(interpreter.targets.patternVariables.map((p) => p.pattern.text)).toEqual(['f%.o', '%.o']);
    expect(interpreter.targets.expandInTarget('$(X)', 'foo.o')).toBe('g a b c');
    expect(interpreter.targets.expandInTarget('$(X)', 'bar.o')).toBe('g a');
  });

  it('a prerequisite inherits its parent\'s variables, except private ones', () => {
    // foo: private P = 1 / foo: Q = 2 / foo: bar  ->  in bar (built for foo) P "", Q "2"
    const { interpreter } = read('foo: private P = 1\nfoo: Q = 2\nfoo: bar\n');
    const targets = interpreter.targets;
    expect(targets.expandInTarget('[$(P)] [$(Q)]', 'foo')).toBe('[1] [2]');
    expect(targets.expandInTarget('[$(P)] [$(Q)]', 'bar', ['foo'])).toBe('[] [2]');
  });

  it('automatic variables', () => {
    // foo.o: foo.c bar.h | dir  ->  [foo.o] [foo.c] [foo.c bar.h] [dir] []
    const { interpreter } = read('foo.o: foo.c bar.h | dir\n');
    expect(interpreter.targets.expandInTarget('[$@] [$<] [$^] [$|] [$*]', 'foo.o')).toBe('[foo.o] [foo.c] [foo.c bar.h] [dir] []');
    const scope = interpreter.targets.targetScope('foo.o');
    expect(scope.set.get('@')).toMatchObject({ value: 'foo.o', origin: 'automatic' });
  });

  it('a command-line variable beats a target-specific one', () => {
    // make V=cmd W=cmd: t: V = file / t: W += file  ->  [cmd] [cmd]
    const { interpreter } = read('t: V = file\nt: W += file\n', { commandLine: ['V=cmd', 'W=cmd'] });
    expect(interpreter.targets.expandInTarget('[$(V)] [$(W)]', 't')).toBe('[cmd] [cmd]');
  });
});
