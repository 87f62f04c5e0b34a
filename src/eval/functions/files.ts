// Functions for file names (GNU make manual 8.3) and $(file) (8.6).
import * as path from 'node:path';
import { builtin, type BuiltinFunction } from './types.js';
import { splitWords, trimSpace } from '../words.js';
import { arName, parseFileSeq } from '../file-names.js';

/** Join per-word results with single spaces, as make's loops do. */
const eachWord = (text: string, f: (word: string) => string | undefined): string => {
  const out: string[] = [];
  for (const w of splitWords(text)) {
    const r = f(w);
    if (r !== undefined) out.push(r);
  }
  return out.join(' ');
};

export const dir = builtin('dir', 0, 1, true, (_ctx, [text = '']) =>
  eachWord(text, (w) => {
    const slash = w.lastIndexOf('/');
    return slash < 0 ? './' : w.slice(0, slash + 1);
  }),
);

export const notdir = builtin('notdir', 0, 1, true, (_ctx, [text = '']) =>
  eachWord(text, (w) => w.slice(w.lastIndexOf('/') + 1)),
);

export const suffix = builtin('suffix', 0, 1, true, (_ctx, [text = '']) =>
  eachWord(text, (w) => {
    const dot = w.lastIndexOf('.');
    return dot < 0 || w.lastIndexOf('/') > dot ? undefined : w.slice(dot);
  }),
);

export const basename = builtin('basename', 0, 1, true, (_ctx, [text = '']) =>
  eachWord(text, (w) => {
    const dot = w.lastIndexOf('.');
    return dot < 0 || w.lastIndexOf('/') > dot ? w : w.slice(0, dot);
  }),
);

// By index, not destructured (see control.ts).
export const addsuffix = builtin('addsuffix', 2, 2, true, (_ctx, args) => eachWord(args[1], (w) => w + args[0]));
export const addprefix = builtin('addprefix', 2, 2, true, (_ctx, args) => eachWord(args[1], (w) => args[0] + w));

export const join = builtin('join', 2, 2, true, (_ctx, [a, b]) => {
  const left = splitWords(a);
  const right = splitWords(b);
  const out: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) out.push((left[i] ?? '') + (right[i] ?? ''));
  return out.join(' ');
});

/**
 * function.c string_glob(): the names as parse_file_seq() reads them without
 * stripping `./` (a backslash-quoted blank belongs to a name, an archive
 * group gives a name per member), each globbed, those that do not exist
 * dropped. Of an archive member reference, the archive is globbed and the
 * member kept as written (ar_glob() gives nothing for a member without glob
 * characters, nor for a file that is no archive). Not modelled: a member
 * with glob characters in a real ar archive, which make 4.3 scans, giving
 * the archive's name as written once per matching member.
 */
export const wildcard = builtin('wildcard', 0, 1, true, (ctx, [text = '']) => {
  const out: string[] = [];
  for (const name of parseFileSeq(text, false)) {
    const member = arName(name);
    // Fatal, without a location (NILF).
    if (member?.unsupported) ctx.fatal(`attempt to use unsupported feature: '${name}'`);
    if (member === undefined) {
      out.push(...ctx.glob(name));
      continue;
    }
    // The tilde is expanded in the whole name: `~NAME(` names no user, the `~` stays.
    const archive = member.archive.startsWith('~') && !member.archive.includes('/') ? `\\${member.archive}` : member.archive;
    for (const found of ctx.glob(archive)) out.push(`${found}(${member.member})`);
  }
  return out.join(' ');
});

/** abspath: purely textual, relative to the working directory; `.` and `..` resolved. */
export function absolutePath(cwd: string, name: string): string {
  const joined = name.startsWith('/') ? name : cwd + '/' + name;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

export const abspath = builtin('abspath', 0, 1, true, (ctx, [text = '']) =>
  eachWord(text, (w) => absolutePath(ctx.cwd, w)),
);

export const realpath = builtin('realpath', 0, 1, true, (ctx, [text = '']) =>
  // realpath(3) of the name as written: `F/` is no file when F is one.
  eachWord(text, (w) => ctx.realpath(w.startsWith('/') ? w : `${ctx.cwd}/${w}`)),
);

export const file = builtin('file', 1, 2, true, (ctx, [op, text]) => {
  // The operation is taken as given (through $(call), leading blanks too);
  // trailing blanks are part of a file name to read.
  const spec = op;
  if (spec.startsWith('<')) {
    // Leading blanks go; trailing ones belong to the file name.
    const name = spec.slice(1).replace(/^[ \t\n\v\f\r]+/, '');
    // func_file() looks for the name before counting the arguments.
    if (name === '') ctx.fatal('file: missing filename', ctx.blame);
    if (text !== undefined) ctx.fatal('file: too many arguments', ctx.blame);
    const file = path.resolve(ctx.cwd, name);
    // fopen() succeeds on a directory; the read fails.
    if (ctx.isDirectory(file)) ctx.fatal(`read: ${name}: Is a directory`, ctx.blame);
    const content = ctx.readFile(file);
    if (content === undefined) return '';
    // func_file(): one trailing newline goes, with a carriage return before it.
    return content.endsWith('\r\n') ? content.slice(0, -2) : content.endsWith('\n') ? content.slice(0, -1) : content;
  }
  if (spec.startsWith('>')) {
    const op = spec.startsWith('>>') ? '>>' : '>';
    const name = trimSpace(spec.slice(op.length));
    if (name === '') ctx.fatal('file: missing filename', ctx.blame);
    ctx.refuseWrite(name, op);
    return '';
  }
  return ctx.fatal(`file: invalid file operation: ${spec}`, ctx.blame);
});

export const fileFunctions: BuiltinFunction[] = [
  dir,
  notdir,
  suffix,
  basename,
  addsuffix,
  addprefix,
  join,
  wildcard,
  abspath,
  realpath,
  file,
];
