// grammar/make.peggy, through its three start rules (parseLine, parseExpansion,
// parseMakefile), compared as compact S-expressions (test/helpers/sexpr.ts).
// Where make's reading of a construct is observable, a probe makefile runs it
// through GNU make 4.3 and kflags, and both must print what make prints.
import { describe, expect, it } from 'vitest';
import { parseExpansion, parseLine, parseMakefile, registerFunctions } from '../src/syntax/parse.js';
import { FUNCTION_ARITY } from '../src/eval/functions/index.js';
import { check, fatal, type Case } from './helpers/cases.js';
import { expansionSexpr, lineSexpr, makefileSexpr } from './helpers/sexpr.js';

// The evaluator registers its function table when it is loaded; do it here too.
registerFunctions(FUNCTION_ARITY);

type Row = [input: string, sexpr: string, probe?: Case];

function table(rows: Row[], parse: (text: string) => string): void {
  for (const [input, want, probe] of rows) {
    it(JSON.stringify(input), () => {
      expect(parse(input)).toBe(want);
      if (probe) check(probe);
    });
  }
}

const line = (text: string) => lineSexpr(parseLine(text, { file: 't.mk', line: 1 }));
const expansion = (text: string) => expansionSexpr(parseExpansion(text));
const makefile = (text: string) => makefileSexpr(parseMakefile(text, 't.mk'));

/** A probe printing `[$(NAME)]` after `mk`. */
const shows = (mk: string, expr: string, out: string): Case => ({ mk: `${mk}\n$(info [${expr}])\n`, out: `[${out}]\n` });

describe('Line: assignments', () => {
  table(
    [
      ['x = y', '(assign () "x" "=" "y")', shows('x = y', '$(x) $(flavor x)', 'y recursive')],
      ['x := y', '(assign () "x" ":=" "y")', shows('x := y', '$(x) $(flavor x)', 'y simple')],
      ['x ::= y', '(assign () "x" "::=" "y")', shows('x ::= y', '$(x) $(flavor x)', 'y simple')],
      ['x += y ', '(assign () "x" "+=" "y ")', shows('x = a\nx += y ', '$(x)', 'a y ')],
      ['x ?= y', '(assign () "x" "?=" "y")', shows('x = a\nx ?= y\nz ?= y', '$(x) $(z)', 'a y')],
      ['x != y', '(assign () "x" "!=" "y")'],
      ['x=y', '(assign () "x" "=" "y")'],
      ['x:=y', '(assign () "x" ":=" "y")'],
      ['x ::=y', '(assign () "x" "::=" "y")', shows('x ::=y', '$(x)', 'y')],
      ['x?=', '(assign () "x" "?=" "")'],
      ['x =', '(assign () "x" "=" "")'],
      // Leading blanks of the value go, trailing blanks stay.
      ['x  =   y  ', '(assign () "x" "=" "y  ")', shows('x  =   y  ', '$(x)', 'y  ')],
      ['x =\t y', '(assign () "x" "=" "y")', shows('x =\t y', '$(x)', 'y')],
      ['x\t+= y', '(assign () "x" "+=" "y")', shows('x\t+= y', '$(x)', 'y')],
      ['  x = y', '(assign () "x" "=" "y")'],
      // The first operator wins; the rest is value.
      ['a:=b:=c', '(assign () "a" ":=" "b:=c")', shows('a:=b:=c', '$(a)', 'b:=c')],
      ['x = $(y', '(assign () "x" "=" "$(y")'],
      // `x+ = 1`: a `+` not followed by `=` belongs to the name.
      ['x+ = 1', '(assign () "x+" "=" "1")', shows('x+ = 1', '$(x+)', '1')],
      ['x\\ = y', '(assign () "x\\\\" "=" "y")', shows('x\\ = y', '$(x\\)', 'y')],
      // Modifiers, in any order.
      ['override export x += y ', '(assign (override export) "x" "+=" "y ")', shows('override export x += y ', '$(x) $(origin x)', 'y  override')],
      ['export override x = 1', '(assign (export override) "x" "=" "1")', shows('export override x = 1', '$(x) $(origin x)', '1 override')],
      ['private x = 1', '(assign (private) "x" "=" "1")', shows('private x = 1', '$(x)', '1')],
      ['export private x = 1', '(assign (export private) "x" "=" "1")'],
      ['export private override x = 1', '(assign (export private override) "x" "=" "1")', shows('export private override x = 1', '$(x) $(origin x)', '1 override')],
      ['override override x = 1', '(assign (override override) "x" "=" "1")', shows('override override x = 1', '$(x)', '1')],
      ['override\tx=1', '(assign (override) "x" "=" "1")', shows('override\tx=1', '$(x)', '1')],
      ['export   x  =  1 ', '(assign (export) "x" "=" "1 ")', shows('export   x  =  1 ', '$(x)', '1 ')],
      ['export x = 1', '(assign (export) "x" "=" "1")'],
      // In make 4.3 `unexport` is not an assignment modifier: `unexport x = 1`
      // unexports the words x, = and 1, and defines nothing.
      ['unexport x = 1', '(unexport "x = 1")', shows('unexport x = 1', '$(x)', '')],
      ['export unexport x = 1', '(export "unexport x = 1")', shows('export unexport x = 1', '$(x)', '')],
      ['unexport override x = 1', '(unexport "override x = 1")', shows('unexport override x = 1', '$(x)', '')],
      ['override unexport x = 1', '(rule "override unexport x = 1")', fatal('override unexport x = 1\n', 'missing separator')],
      // Computed names: references are part of the name, blanks inside them too.
      ['$(a:b=c) = 1', '(assign () "$(a:b=c)" "=" "1")', shows('a = bb\n$(a:b=c) = 1', '$(bc)', '1')],
      ['a$(b c)d := 1', '(assign () "a$(b c)d" ":=" "1")', shows('a$(b c)d := 1', '$(ad)', '1')],
      ['${a b} = 1', '(assign () "${a b}" "=" "1")'],
      ['$(a)$(b) = c', '(assign () "$(a)$(b)" "=" "c")', shows('a = x\nb = y\n$(a)$(b) = c', '$(xy)', 'c')],
      // Blanks then anything but an operator: not an assignment.
      ['a b = c', '(rule "a b = c")', fatal('a b = c\n', 'missing separator')],
      ['$(a) $(b) = c', '(rule "$(a) $(b) = c")'],
      ['a\\ b = c', '(rule "a\\\\ b = c")', fatal('a\\ b = c\n', 'missing separator')],
      // A colon not part of := or ::= makes a rule.
      ['x:y', '(rule "x:y")'],
      ['x: y', '(rule "x: y")'],
      ['x :y=z', '(rule "x :y=z")'],
      ['x: ; y = z', '(rule "x: ; y = z")'],
      // `:::=` is make 4.4: in 4.3 this is the rule `x ::` with the target
      // variable assignment `:= y`, whose name is empty.
      ['x :::= y', '(rule "x :::= y")', fatal('x :::= y\n', 'empty variable name')],
      // Words that name directives are variables when an operator follows.
      ['ifdef = 1', '(assign () "ifdef" "=" "1")'],
      ['export := x', '(assign () "export" ":=" "x")'],
      ['include = 3', '(assign () "include" "=" "3")'],
      ['override = 1', '(assign () "override" "=" "1")'],
      ['define = 2', '(assign () "define" "=" "2")'],
      [
        'endif = 8',
        '(assign () "endif" "=" "8")',
        shows(
          'ifdef = 1\nexport := x\ninclude = 3\noverride = 4\ndefine = 5\nundefine = 6\nvpath = 7\nendif = 8\nelse = 9\nprivate = 10\nifeq = 11\nunexport = 12',
          '$(ifdef)$(export)$(include)$(override)$(define)$(undefine)$(vpath)$(endif)$(else)$(private)$(ifeq)$(unexport)',
          '1x3456789101112',
        ),
      ],
      ['override x', '(rule "override x")', fatal('override x\n', 'missing separator')],
    ],
    line,
  );
});

describe('Line: define, undefine, export, unexport', () => {
  table(
    [
      ['define x', '(define () "x")'],
      ['define x =', '(define () "x =")'],
      ['override define x :=', '(define (override) "x :=")'],
      ['export define x', '(define (export) "x")', shows('export define x\nv\nendef', '$(x)', 'v')],
      ['define', '(define () "")', fatal('define\nendef\n', 'empty variable name')],
      ['define x y', '(define () "x y")'],
      // Not a modifier in 4.3: the words `define` and `x` are unexported, and the body is text.
      ['unexport define x', '(unexport "define x")', fatal('unexport define x\nv\nendef\n', 'missing separator', 2)],
      ['undefine x', '(undefine () "x")', shows('x = y\nundefine x', '$(x) $(origin x)', ' undefined')],
      ['override undefine x', '(undefine (override) "x")', shows('override x = y\noverride undefine x', '$(origin x)', 'undefined')],
      ['export', '(export "")'],
      ['export a b', '(export "a b")'],
      ['export x', '(export "x")'],
      ['unexport a', '(unexport "a")'],
      ['unexport', '(unexport "")', { mk: 'export x y\nunexport\n$(info ok)\n', out: 'ok\n' }],
    ],
    line,
  );
});

describe('Line: include, vpath, load', () => {
  table(
    [
      ['include a.mk b.mk', '(include "a.mk b.mk")', { mk: 'include a.mk b.mk\n', files: { 'a.mk': '$(info a)\n', 'b.mk': '$(info b)\n' }, out: 'a\nb\n' }],
      ['-include a', '(-include "a")', { mk: '-include nope\n$(info ok)\n', out: 'ok\n' }],
      ['sinclude a', '(sinclude "a")', { mk: 'sinclude nope\n$(info ok)\n', out: 'ok\n' }],
      ['include', '(include "")', { mk: 'include\n$(info ok)\n', out: 'ok\n' }],
      ['includea', '(rule "includea")', fatal('includea\n', 'missing separator')],
      ['vpath % dir', '(vpath "% dir")'],
      ['vpath', '(vpath "")'],
      ['vpath%', '(rule "vpath%")'],
      ['load x.so', '(load "x.so")'],
      ['-load x.so', '(-load "x.so")'],
    ],
    line,
  );
});

describe('Line: conditionals', () => {
  const yes = (cond: string, out: boolean): Case => ({ name: cond, mk: `${cond}\n$(info yes)\nendif\n`, out: out ? 'yes\n' : '' });
  table(
    [
      ['ifeq (a,b)', '(ifeq "a" "b")'],
      ['ifeq (a,a)', '(ifeq "a" "a")', yes('ifeq (a,a)', true)],
      // Parenthesised: the first argument keeps its leading blanks and loses
      // its trailing ones; the second loses its leading blanks and keeps its trailing ones.
      ['ifeq ( a , b )', '(ifeq " a" "b ")'],
      ['ifeq ( a ,a)', '(ifeq " a" "a")', yes('ifeq ( a ,a)', false)],
      ['ifeq (a, a )', '(ifeq "a" "a ")', yes('ifeq (a, a )', false)],
      ['ifeq (a ,  a)', '(ifeq "a" "a")', yes('ifeq (a ,  a)', true)],
      ['ifeq (a, b)  ', '(ifeq "a" "b")'],
      // Commas inside parentheses do not split.
      ['ifeq ((a,b),(a,b))', '(ifeq "(a,b)" "(a,b)")', yes('ifeq ((a,b),(a,b))', true)],
      ['ifneq ($(f x,y),b)', '(ifneq "$(f x,y)" "b")'],
      // Quoted forms, either quote, blanks kept inside.
      ['ifeq "a" "b"', '(ifeq "a" "b")', yes('ifeq "a" "a"', true)],
      ["ifeq 'a' \"b\"", '(ifeq "a" "b")', yes('ifeq \'a \' "a "', true)],
      ['ifeq (a,b) x', '(ifeq "a" "b" extraneous)', { mk: 'ifeq (a,b) x\nendif\n', err: "t.mk:1: extraneous text after 'ifeq' directive\n" }],
      ['ifeq a', '(ifeq invalid)', fatal('ifeq a\nendif\n', 'invalid syntax in conditional')],
      ['ifeq', '(ifeq invalid)'],
      ['ifeq(a,b)', '(rule "ifeq(a,b)")', fatal('ifeq(a,b)\nendif\n', 'missing separator')],
      ['ifdef X', '(ifdef "X")'],
      ['ifndef  X ', '(ifndef "X ")', { mk: 'X = 1\nifdef  X \n$(info def)\nendif\n', out: 'def\n' }],
      ['ifdef', '(ifdef "")', { mk: 'ifdef\nendif\n' }],
      ['ifdef X Y', '(ifdef "X Y")', fatal('ifdef X Y\nendif\n', 'invalid syntax in conditional')],
      ['else', '(else "")'],
      ['else ifeq (a,b)', '(else "ifeq (a,b)")', { mk: 'ifeq (a,b)\nelse ifeq (a,a)\n$(info elseifeq)\nendif\n', out: 'elseifeq\n' }],
      ['else x', '(else "x")', { mk: 'ifeq (a,a)\nelse x\nendif\n', err: "t.mk:2: extraneous text after 'else' directive\n" }],
      ['endif', '(endif "")'],
      ['endif x', '(endif "x")', { mk: 'ifeq (a,a)\nendif x\n', err: "t.mk:2: extraneous text after 'endif' directive\n" }],
      ['', '(empty)'],
      ['   ', '(empty)'],
    ],
    line,
  );
});

describe('Expansion', () => {
  const info = (expr: string, out: string, pre = ''): Case => ({ mk: `${pre}${pre ? '\n' : ''}$(info [${expr}])\n`, out: `[${out}]\n` });
  table(
    [
      ['abc', '"abc"'],
      ['a b\tc', '"a b\\tc"'],
      ['', ''],
      ['$(x)', '(ref "x")'],
      ['${x}', '(ref "x")'],
      ['$x', '(ref "x")'],
      ['$$', '"$"'],
      ['$$(x)', '"$" "(x)"'],
      ['a$$b', '"a" "$" "b"'],
      ['$', '"$"'],
      ['a$', '"a" "$"'],
      ['$(x)y$(z)', '(ref "x") "y" (ref "z")', info('$(x:X=Y)${x:X=Z}$x$$x$$$$', 'YZX$x$$', 'x = X')],
      // Substitution references are references; the evaluator splits them.
      ['$(x:a=b)', '(ref "x:a=b")'],
      ['${x:a=b}', '(ref "x:a=b")'],
      ['$(x:%.c=%.o)', '(ref "x:%.c=%.o")'],
      ['$(:a=b)', '(ref ":a=b")'],
      ['$(x:)', '(ref "x:")'],
      // Nested references: the name is computed.
      ['$($(y))', '(ref* "$(y)")'],
      ['$(a$(b)c)', '(ref* "a$(b)c")'],
      ['$(x $(y))', '(ref* "x $(y)")'],
      ['${a${b}}', '(ref* "a${b}")'],
      ['$(a${b})', '(ref* "a${b}")'],
      ['${a$(b)}', '(ref* "a$(b)")'],
      ['$(x$$)', '(ref* "x$$")', info('$(x$$)] [$$$(x)', 'D] [$X', 'x = X\nx$$ = D')],
      // Without a `$` inside, the reference ends at the first close, whatever the nesting.
      ['$(a(b))', '(ref "a(b") ")"', info('$(a(b))', 'V)', 'n := a(b\n$(n) = V')],
      ['$(a(b)', '(ref "a(b")'],
      ['$((x))', '(ref "(x") ")"'],
      ['$(x))', '(ref "x") ")"'],
      ['$(a)b)', '(ref "a") "b)"'],
      ['$(x})', '(ref "x}")', info('$(x})', '')],
      // Blanks are part of a variable name.
      ['$(  x  )', '(ref "  x  ")', info('$(  x  )', '', 'x = 1')],
      // Builtin calls: a function name followed by whitespace.
      ['$(subst a,b,c)', '(call subst "a" "b" "c")'],
      ['${subst a,b,c}', '(call subst "a" "b" "c")'],
      ['$(subst ,,)', '(call subst "" "" "")'],
      ['$(subst  a, b ,  c  )', '(call subst "a" " b " "  c  ")'],
      ['$(info\ta)', '(call info "a")', { mk: '$(info\ta)\n', out: 'a\n' }],
      ['$(origin\n x)', '(call origin "x")', { mk: 'define v\n$(info\n hi)\nendef\nX := $(v)\n', out: 'hi\n' }],
      ['$(info )', '(call info "")'],
      // ... not followed by whitespace: a variable reference.
      ['$(info)', '(ref "info")', { mk: '$(info [$(info hi)$(info)])\n', out: 'hi\n[]\n' }],
      ['$(sort)', '(ref "sort")'],
      ['$(nofunc a,b)', '(ref "nofunc a,b")'],
      ['$(.x)', '(ref ".x")'],
      // The last allowed argument takes the rest, commas included.
      ['$(subst a,b,c,d)', '(call subst "a" "b" "c,d")', info('$(subst a,b,a,a)', 'b,b')],
      ['$(info a,b)', '(call info "a,b")', { mk: '$(info a,b)\n', out: 'a,b\n' }],
      ['$(if a,b,c,d)', '(call if "a" "b" "c,d")'],
      ['$(foreach v,a b,$(v),)', '(call foreach "v" "a b" "$(v),")'],
      ['$(eval a = b,c)', '(call eval "a = b,c")'],
      ['$(error a,b,c)', '(call error "a,b,c")'],
      ['$(strip a,b)', '(call strip "a,b")'],
      ['$(file >x,a,b)', '(call file ">x" "a,b")'],
      ['$(wordlist 1,2,a,b)', '(call wordlist "1" "2" "a,b")'],
      // make 4.4's let and intcmp are not make 4.3's functions: variable references.
      ['$(let a b,c d,e,f)', '(ref "let a b,c d,e,f")'],
      ['$(intcmp 1,2,a,b,c,d)', '(ref "intcmp 1,2,a,b,c,d")'],
      // Functions without a maximum split at every comma.
      ['$(or a,b,c,d)', '(call or "a" "b" "c" "d")'],
      ['$(call f,a,b,c,d)', '(call call "f" "a" "b" "c" "d")'],
      // Too few arguments is the evaluator's error, not a parse error.
      ['$(subst a b)', '(call subst "a b")'],
      // Commas inside nested parentheses of the same kind are not split...
      ['$(subst (a,b),c,d)', '(call subst "(a,b)" "c" "d")'],
      ['${subst {a,b},c,d}', '(call subst "{a,b}" "c" "d")'],
      ['$(subst a,$(x,y),c)', '(call subst "a" "$(x,y)" "c")'],
      ['$(if $(a),(b,c),d)', '(call if "$(a)" "(b,c)" "d")'],
      ['$(word 1,$(subst a,b,c))', '(call word "1" "$(subst a,b,c)")'],
      // ... the other kind does not nest.
      ['$(subst {a,b},c,d)', '(call subst "{a" "b}" "c,d")', info('$(subst {a,b},c,d{a)', 'c,db}')],
      ['${subst (a,b),c,d}', '(call subst "(a" "b)" "c,d")', info('$(R)', 'c,b)', 'R := ${subst (a,b),c,(a}')],
      // Unterminated references and calls: errors, raised only if expanded.
      ['$(x', '(error "unterminated variable reference")', fatal('y = Y\nz = $(y\n$(info [$(z)])\n', 'unterminated variable reference', 2)],
      ['${x', '(error "unterminated variable reference")'],
      ['$(x}', '(error "unterminated variable reference")'],
      ['$(subst a,b', "(error \"unterminated call to function 'subst': missing ')'\")"],
      ['$(subst a,b,c', "(error \"unterminated call to function 'subst': missing ')'\")"],
      ['${subst a,b,c)', "(error \"unterminated call to function 'subst': missing '}'\")", fatal('$(info [${subst a,b,c)])\n', "unterminated call to function 'subst': missing '}'")],
      ['$(subst a,b,c}', "(error \"unterminated call to function 'subst': missing ')'\")", fatal('$(info [$(subst a,b,c}])\n', "unterminated call to function 'info': missing ')'")],
      ['$(x])', '(ref "x]")', fatal('$(info [$(x])\n', "unterminated call to function 'info': missing ')'")],
    ],
    expansion,
  );
});

describe('Makefile: logical lines', () => {
  table(
    [
      ['', ''],
      ['\n', '(line 1 "")'],
      ['a\nb', '(line 1 "a") (line 2 "b")'],
      ['a\nb\n', '(line 1 "a") (line 2 "b")'],
      ['a\n\nb \\\nc\nd', '(line 1 "a") (line 2 "") (line 3+1 "b \\\\\\nc") (line 5 "d")'],
      // An odd number of backslashes joins; an even number does not.
      ['a \\\nb', '(line 1+1 "a \\\\\\nb")', { mk: 'a = 1 \\\n 2\n$(warning $(a))\n', err: 't.mk:3: 1 2\n' }],
      ['a\\\\\nb', '(line 1 "a\\\\\\\\") (line 2 "b")', { mk: 'x = a\\\\\n$(info [$(x)])\n', out: '[a\\\\]\n' }],
      ['a\\\\\\\nb', '(line 1+1 "a\\\\\\\\\\\\\\nb")', { mk: 'x = a\\\\\\\n b\n$(info [$(x)])\n', out: '[a\\ b]\n' }],
      ['a \\\n\\\nb', '(line 1+2 "a \\\\\\n\\\\\\nb")'],
      // A backslash-newline at the end of the file joins nothing: the newline stays in the text.
      ['a \\', '(line 1 "a \\\\")', { mk: 'x = a \\', out: 'a \\\n', print: ['x'] }],
      ['a \\\n', '(line 1 "a \\\\\\n")', { mk: 'x = a \\\n', out: 'a \n', print: ['x'] }],
      // CRLF: the CR goes, before the backslashes are counted; a lone CR stays.
      ['a\r\nb\r\n', '(line 1 "a") (line 2 "b")', { mk: 'x = 1\r\n$(info [$(x)])\r\n', out: '[1]\n' }],
      ['a \\\r\nb', '(line 1+1 "a \\\\\\nb")', { mk: 'x = 1 \\\r\n 2\r\n$(info [$(x)])\r\n', out: '[1 2]\n' }],
      ['a\rb', '(line 1 "a\\rb")'],
      // A leading tab is flagged (recipe lines); a tab after blanks is not.
      ['\tx', '(line 1 tab "\\tx")', fatal('\t$(info tabbed)\n', 'recipe commences before first target')],
      ['x:\n\techo \\\n\tmore\n y', '(line 1 "x:") (line 2+1 tab "\\techo \\\\\\n\\tmore") (line 4 " y")'],
      [' \tx', '(line 1 " \\tx")'],
      // Line numbers count physical lines.
      ['a \\\nb \\\nc\nd', '(line 1+2 "a \\\\\\nb \\\\\\nc") (line 4 "d")', { mk: 'a = 1 \\\n2 \\\n3\n$(warning [$(a)])\n', err: 't.mk:4: [1 2 3]\n' }],
    ],
    makefile,
  );
});
