// Compact S-expressions of kflags' syntax trees, for table-driven grammar tests.
//
//   Line:       (assign (override export) "x" "+=" "y ")   (define () "name =")
//               (undefine (override) "x")   (ifdef "X")   (ifeq "a" "b")
//               (ifeq "a" "b" extraneous)   (ifeq invalid)   (else "ifeq (a,b)")
//               (endif "")   (export "a b")   (unexport "")   (vpath "% d")
//               (include "a.mk")   (-include "a")   (sinclude "a")   (load "x.so")
//               (rule "x: y")   (empty)
//   Expansion:  parts separated by spaces: "literal" (ref "x") (ref* "a$(b)")
//               (call subst "a" "b" "c") (error "message")
//   Makefile:   (line N) or (line N+K) for K continuation lines, then `tab`, then "text".
import type { ExpansionAst, LineAst, MakefileAst } from '../../src/syntax/ast.js';

const q = (s: string): string => JSON.stringify(s);

export function lineSexpr(ast: LineAst): string {
  switch (ast.type) {
    case 'Empty':
      return '(empty)';
    case 'Assignment':
      return `(assign (${ast.modifiers.join(' ')}) ${q(ast.name)} ${q(ast.op)} ${q(ast.value)})`;
    case 'Define':
      return `(define (${ast.modifiers.join(' ')}) ${q(ast.header)})`;
    case 'Undefine':
      return `(undefine (${ast.modifiers.join(' ')}) ${q(ast.name)})`;
    case 'Conditional':
      switch (ast.kind) {
        case 'ifdef':
        case 'ifndef':
          return `(${ast.kind} ${q(ast.name)})`;
        case 'ifeq':
        case 'ifneq':
          if (ast.args === null) return `(${ast.kind} invalid)`;
          return `(${ast.kind} ${q(ast.args.first)} ${q(ast.args.second)}${ast.args.extraneous ? ' extraneous' : ''})`;
        default:
          return `(${ast.kind} ${q(ast.rest)})`;
      }
    case 'Export':
    case 'Unexport':
      return `(${ast.type.toLowerCase()} ${q(ast.names)})`;
    case 'Vpath':
      return `(vpath ${q(ast.rest)})`;
    case 'Include':
      return `(${ast.kind} ${q(ast.files)})`;
    case 'Load':
      return `(${ast.kind} ${q(ast.files)})`;
    case 'RuleOrOther':
      return `(rule ${q(ast.text)})`;
  }
}

export function expansionSexpr(ast: ExpansionAst): string {
  return ast
    .map((part) => {
      if (typeof part === 'string') return q(part);
      switch (part.type) {
        case 'Reference':
          return part.name === null ? `(ref* ${q(part.text)})` : `(ref ${q(part.name)})`;
        case 'Call':
          return `(call ${part.name}${part.args.map((a) => ' ' + q(a.text)).join('')})`;
        case 'Error':
          return `(error ${q(part.message)})`;
      }
    })
    .join(' ');
}

export function makefileSexpr(ast: MakefileAst): string {
  return ast.lines
    .map((l) => `(line ${l.line}${l.lines > 1 ? '+' + (l.lines - 1) : ''}${l.tab ? ' tab' : ''} ${q(l.text)})`)
    .join(' ');
}
