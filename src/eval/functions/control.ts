// Conditional functions (manual 8.4), foreach, call, value, eval, origin,
// flavor, the make-control functions and shell: make 4.3's (4.4's let and
// intcmp are variable references to it, as /usr/bin/make reads them).
import { builtin, type BuiltinFunction } from './types.js';
import { splitWords, trimSpace } from '../words.js';
import type { Variable } from '../variables.js';

// The conditions of if/or are stripped *before* expansion; the expansion
// counts as true if it is not empty, even if it is only whitespace.
const condition = (ctx: Parameters<BuiltinFunction['run']>[0], raw: string): string => {
  const stripped = trimSpace(raw);
  return stripped === '' ? '' : ctx.expand(stripped);
};

// The busiest builtins take their arguments by index: destructuring an array
// parameter runs the iterator protocol until the function is optimized.
export const ifFn = builtin('if', 2, 3, false, (ctx, args, raw) => {
  if (condition(ctx, args[0]) !== '') return ctx.expandRaw(args[1], raw?.[1]);
  return args.length < 3 ? '' : ctx.expandRaw(args[2], raw?.[2]);
});

export const or = builtin('or', 1, 0, false, (ctx, args) => {
  for (const arg of args) {
    const value = condition(ctx, arg);
    if (value !== '') return value;
  }
  return '';
});

export const and = builtin('and', 1, 0, false, (ctx, args) => {
  let value = '';
  for (const arg of args) {
    value = condition(ctx, arg);
    if (value === '') return '';
  }
  return value;
});

const loopVariable = (name: string, value: string): Variable => ({ name, value, flavor: 'simple', origin: 'automatic' });

export const foreach = builtin('foreach', 3, 3, false, (ctx, args, raw) => {
  const name = trimSpace(ctx.expand(args[0]));
  const list = splitWords(ctx.expandRaw(args[1], raw?.[1]));
  const body = args[2];
  const bodyRaw = raw?.[2];
  const expandBody = () => ctx.expandRaw(body, bodyRaw);
  // Each iteration's result is followed by a space, even when empty.
  const out: string[] = [];
  let size = 0;
  for (const word of list) {
    const piece = ctx.withScope([loopVariable(name, word)], expandBody);
    // Checked as it grows: the joined result must not exceed JavaScript's string limit.
    size += piece.length + 1;
    if (size > ctx.limits.maxValueLength) ctx.tooBig();
    out.push(piece);
  }
  return out.join(' ');
});

export const call = builtin('call', 1, 0, true, (ctx, args) => {
  // make takes the first word as the name.
  const name = splitWords(args[0])[0] ?? '';
  if (name === '') return '';
  // $(call info,x) calls the builtin itself.
  const fn = ctx.builtin(name);
  if (fn !== undefined) return ctx.callBuiltin(fn, args.slice(1));
  const v = ctx.lookup(name);
  if (v === undefined || v.value === '') return '';
  const params = args.map((value, i) => loopVariable(String(i), value));
  // $(0) is the argument cut after the name, blanks before it kept (they are there only
  // through $(call call, NAME,...): the parser skips them after `call`).
  params[0] = loopVariable('0', args[0].slice(0, args[0].indexOf(name)) + name);
  // Inside a nested call, hide the outer call's extra arguments.
  for (let i = params.length; i < ctx.callArgumentCount; i++) params.push(loopVariable(String(i), ''));
  const saved = ctx.callArgumentCount;
  ctx.callArgumentCount = params.length;
  try {
    // make expands the text "$(NAME)": a name with `$`, `:` or parentheses
    // is read again as a reference.
    if (/[$:(){}]/.test(name)) return ctx.withScope(params, () => ctx.expand(`$(${name})`));
    return ctx.withScope(params, () => ctx.callVariable(v));
  } finally {
    ctx.callArgumentCount = saved;
  }
});

export const value = builtin('value', 0, 1, true, (ctx, [name = '']) => ctx.lookup(name)?.value ?? '');

export const evalFn = builtin('eval', 0, 1, true, (ctx, [text = '']) => {
  ctx.evalText(text);
  return '';
});

export const origin = builtin('origin', 0, 1, true, (ctx, [name = '']) => ctx.lookup(name)?.origin ?? 'undefined');

export const flavor = builtin('flavor', 0, 1, true, (ctx, [name = '']) => ctx.lookup(name)?.flavor ?? 'undefined');

// func_error(): the arguments joined with ", " (there is one, except
// through $(call info,a,b), which passes each as its own).
export const info = builtin('info', 0, 1, true, (ctx, args) => {
  ctx.info(args.join(', ') + '\n');
  return '';
});

export const warning = builtin('warning', 0, 1, true, (ctx, args) => {
  ctx.warning(args.join(', '));
  return '';
});

export const error = builtin('error', 0, 1, true, (ctx, args) => ctx.fatal(args.join(', '), ctx.messageLocation));

export const shell = builtin('shell', 0, 1, true, (ctx, [command = '']) => ctx.shell(command));

export const controlFunctions: BuiltinFunction[] = [
  ifFn,
  or,
  and,
  foreach,
  call,
  value,
  evalFn,
  origin,
  flavor,
  info,
  warning,
  error,
  shell,
];
