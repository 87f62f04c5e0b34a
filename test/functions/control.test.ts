// Conditional functions, foreach, call, value, eval, origin, flavor, the
// make-control functions (error warning info) and shell; and make 4.4's let
// and intcmp, which make 4.3 reads as variable references.
import { describe } from 'vitest';
import { cases, fatal, x, type Case } from '../helpers/cases.js';

const SP = 'sp := $(empty) $(empty)';

describe('if, or, and', () => {
  cases([
    x('$(if a,b,c)', 'b'),
    x('$(if ,b,c)', 'c'),
    // The condition is stripped before it is expanded.
    x('$(if  ,b,c)', 'c'),
    x('$(if $(empty),b,c)', 'c'),
    // ... but what it expands to is not: a blank is true.
    x('$(if $(sp),yes,no)', 'yes', { pre: SP }),
    x('$(if ,b)', ''),
    // The else part takes the rest, commas included.
    x('$(if ,b,c,d)', 'c,d'),
    x('$(if a,b,c,d)', 'b'),
    x('$(if  a , b , c )', ' b '),
    // Only the chosen part is expanded.
    x('$(if a,ok,$(error no))', 'ok'),
    x('$(if ,$(error no),ok)', 'ok'),
    fatal('$(if a)\n', "insufficient number of arguments (1) to function 'if'"),
    x('$(or ,,a,b)', 'a'),
    x('$(or ,)', ''),
    x('$(or  , a )', 'a'),
    x('$(or $(sp),x)', ' ', { pre: SP }),
    x('$(or a,$(error no))', 'a'),
    x('$(or )', ''),
    x('$(and a,b,c)', 'c'),
    x('$(and a,,c)', ''),
    x('$(and a, ,c)', ''),
    x('$(and  a , b )', 'b'),
    x('$(and $(sp),x)', 'x', { pre: SP }),
    x('$(and ,$(error no))', ''),
    x('$(and )', ''),
  ]);
});

// make 4.4's functions do not exist in 4.3: `$(let ...)` and `$(intcmp ...)`
// name variables (empty, unless a makefile defines one by that name), and
// 6.12's Kbuild.include takes its `$(shell test ...)` branch.
describe('let and intcmp (make 4.4): variable references in make 4.3', () => {
  cases([
    x('[$(let a b,1 2 3,[$(a)|$(b)])]', '[]'),
    x('[$(intcmp 1,2,lt,eq,gt)]', '[]'),
    x('[$(intcmp 1,0,,,y)]', '[]'),
    x('[$(intcmp x,1)]', '[]'),
    x('[$(let a,b)]', '[]'),
    // The name is expanded first: `$(let a,$(b))` looks up `let a,B`.
    x('[$(let a,$(b))]', '[yes]', { pre: 'b = B\nn := let a,B\n$(n) = yes' }),
    x('[$(intcmp 1,2)]', '[two]', { pre: 'n := intcmp 1,2\n$(n) = two' }),
    x('$(if $(filter y,$(intcmp 1,0,,,y)),4.4,4.3)', '4.3'),
  ]);
});

describe('foreach', () => {
  cases([
    x('$(foreach v,a b c,<$(v)>)', '<a> <b> <c>'),
    x('$(foreach v,  a   b  ,<$(v)>)', '<a> <b>'),
    // Each iteration is followed by a space, even an empty one.
    x('$(foreach v,a b,)', ' '),
    x('$(foreach v,a b c,)', '  '),
    x('$(foreach v,,x)', ''),
    // The loop variable is simple: its value is not expanded again.
    x('$(foreach v,$$(x),$(v))', '$(x)', { pre: 'x = X' }),
    // It hides a global variable only during the loop.
    x('$(foreach v,a,$(v))][$(v)', 'a][outer', { pre: 'v = outer' }),
    x('$(foreach v ,a b,[$(v)])', '[a] [b]'),
    x('$(foreach  v , a  b ,-$(v)-)', '-a- -b-'),
    x('$(foreach v,a,$(origin v) $(flavor v))', 'automatic simple'),
    // The body is the last argument: it takes the rest.
    x('$(foreach v,a b,$(v),)', 'a, b,'),
    x('$(foreach v,a b,$(foreach w,1 2,$(v)$(w)))', 'a1 a2 b1 b2'),
    x('$(foreach v,$(L),$(v))', 'x y', { pre: 'L = x y' }),
    fatal('$(foreach a,b)\n', "insufficient number of arguments (2) to function 'foreach'"),
  ]);
});

describe('call', () => {
  const F = 'f = [$(1)|$(2)]';
  cases([
    x('$(call f,a,b)', '[a|b]', { pre: F }),
    x('$(call f,a)', '[a|]', { pre: F }),
    x('$(call f,a,b,c)', '[a|b]', { pre: F }),
    x('$(call f, a , b )', '[ a | b ]', { pre: F }),
    x('$(call  f ,a)', '[a|]', { pre: F }),
    x('$(call nope,a)', ''),
    x('$(call )', ''),
    x('$(call z)', 'z', { pre: 'z = $(0)' }),
    // A nested call does not see the outer call's extra arguments.
    x('$(call g,a,b)', '[x|]', { pre: `${F}\ng = $(call f,x)` }),
    x('$(call o,x)', 'automatic simple undefined', { pre: 'o = $(origin 1) $(flavor 1) $(origin 2)' }),
    // Recursion through call.
    x('$(call rev,a b c)', ' c b a', { pre: 'rev = $(if $(1),$(call rev,$(wordlist 2,99,$(1))) $(firstword $(1)))' }),
    // A simple variable is expanded too.
    x('$(call s,a)', '$(1)', { pre: 's := $$(1)' }),
    x('$(call f,(a,b),c)', '[(a,b)|c]', { pre: F }),
    { name: '$(call info,hi) calls the builtin', mk: '$(info [$(call info,hi)])\n', out: 'hi\n[]\n' },
    x('$(call subst,a,b,aaa)', 'bbb'),
  ]);
});

describe('value', () => {
  cases([
    x('$(value X)', '$(Y)', { pre: 'X = $(Y)' }),
    x('$(value S)', 's', { pre: 'S := s' }),
    x('$(value nope)', ''),
    x('$(value  X )', '', { pre: 'X = 1' }),
    x('$(value $(N))', '$$', { pre: 'N = X\nX = $$' }),
    x('$(value )', ''),
  ]);
});

describe('eval', () => {
  cases([
    x('$(eval E = 1)$(E)', '1'),
    x('$(eval )', ''),
    {
      name: 'eval of a multi-line template',
      mk: 'define tmpl\nT_$(1) := $(1)\nU_$(1) = $$(T_$(1))\nendef\n$(eval $(call tmpl,a))\n$(info [$(T_a)] [$(U_a)] [$(value U_a)])\n',
      out: '[a] [a] [$(T_a)]\n',
    },
    fatal('$(eval $$(error boom))\n', 'boom'),
    fatal('define E\n$$(error in eval)\nendef\n\n$(eval $(E))\n', 'in eval', 5),
    // eval inside foreach defines globally.
    x('$(foreach v,a b,$(eval V_$(v) := $(v)))$(V_a)$(V_b)', ' ab'),
  ]);
});

describe('origin and flavor', () => {
  cases([
    x('$(origin nope)', 'undefined'),
    x('$(origin X) $(origin S)', 'file file', { pre: 'X = 1\nS := 2' }),
    x('$(origin OV)', 'override', { pre: 'override OV = 1' }),
    x('$(origin CL)', 'command line', { args: ['CL=1'] }),
    x('$(origin MAKEFILE_LIST) $(origin CURDIR) $(origin MAKE) $(origin .VARIABLES) $(origin SHELL)', 'file file default default default'),
    x('$(origin @)', 'undefined'),
    x('$(origin  X ) $(origin X )', 'undefined undefined', { pre: 'X = 1' }),
    x('$(origin $(N))', 'file', { pre: 'N = X\nX = 1' }),
    x('$(flavor nope)', 'undefined'),
    x('$(flavor X) $(flavor S) $(flavor C)', 'recursive simple simple', { pre: 'X = 1\nS := 2\nC ::= 3' }),
    x('$(flavor A) $(flavor B)', 'recursive recursive', { pre: 'A += a\nB ?= b' }),
    x('$(flavor MAKEFILE_LIST) $(flavor SHELL)', 'simple simple'),
    x('$(flavor  X )', 'undefined', { pre: 'X = 1' }),
  ]);
});

describe('info, warning, error', () => {
  cases([
    { mk: '$(info a,b)\n', out: 'a,b\n' },
    { mk: '$(info  x )\n', out: 'x \n' },
    { mk: '$(info )\n', out: '\n' },
    // A builtin name must be followed by whitespace: these are variable references.
    { mk: '$(info)$(warning)$(error)\n' },
    { mk: 'info = I\n$(info [$(info)])\n', out: '[I]\n' },
    { mk: '$(info a\tb)\n', out: 'a\tb\n' },
    { mk: 'X := [$(info side)]\n$(info $(X))\n', out: 'side\n[]\n' },
    { mk: '$(warning w1 , x)\n', err: 't.mk:1: w1 , x\n' },
    { mk: '\n$(warning )\n', err: 't.mk:2: \n' },
    // $(warning) and $(error) name the line being read, not the variable's definition.
    { mk: 'X = $(warning w)\n\n$(info [$(X)])\n', out: '[]\n', err: 't.mk:3: w\n' },
    fatal('$(error boom)\n', 'boom'),
    fatal('$(error )\n', ''),
    fatal('$(error a,b)\n', 'a,b'),
    fatal('X = $(error boom)\n\n$(info $(X))\n', 'boom', 3),
    fatal('\n\n$(error line three)\n', 'line three', 3),
    { mk: '$(info before)\n$(error boom)\n$(info after)\n', out: 'before\n', err: 't.mk:2: *** boom.  Stop.\n' },
  ]);
});

describe('shell', () => {
  const shellCases: Case[] = [
    // env -i: no PATH, and make runs a simple command itself (no shell): use full paths.
    x('$(shell /bin/echo hi)', 'hi'),
    x('$(shell echo hi; echo there)', 'hi there'),
    x('$(shell printf "a\\n\\n\\nb\\n\\n")', 'a   b'),
    x('$(shell printf "a\\r\\nb\\r\\n")', 'a b'),
    x('$(shell printf "a  b\\tc")', 'a  b\tc'),
    x('$(shell )', ''),
    x('$(shell exit 3)][$(.SHELLSTATUS)', '][3'),
    x('$(shell echo a; exit 3)][$(.SHELLSTATUS)', 'a][3'),
    x('$(shell /bin/true)$(.SHELLSTATUS)', '0'),
    x('$(shell /bin/echo a,b)', 'a,b'),
    { name: '!= assignment', mk: 'X != printf "a\\nb\\n"\n$(info [$(X)] $(flavor X))\n', out: '[a b] recursive\n' },
  ];
  describe('with allowShell: run, as make runs it', () => {
    cases(shellCases.map((c) => ({ ...c, allowShell: true })));
  });
  describe('without allowShell: not run, with a note', () => {
    cases([
      { mk: '$(info [$(shell echo hi)])\n', out: '[]\n', err: 't.mk:1: kflags: $(shell ...) not run (use --allow-shell)\n', kflagsOnly: true },
      {
        name: 'one note per line',
        mk: '$(info [$(shell echo a)$(shell echo b)])\n\nX := $(shell echo c)\n',
        out: '[]\n',
        err: 't.mk:1: kflags: $(shell ...) not run (use --allow-shell)\nt.mk:3: kflags: $(shell ...) not run (use --allow-shell)\n',
        kflagsOnly: true,
      },
      {
        name: 'nothing runs: the file is not created',
        mk: 'X := $(shell touch created)$(wildcard created)\n$(info [$(X)])\n',
        out: '[]\n',
        err: 't.mk:1: kflags: $(shell ...) not run (use --allow-shell)\n',
        kflagsOnly: true,
      },
    ]);
  });
});

