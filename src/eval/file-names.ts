// read.c parse_file_seq() and its helpers: how the names in a rule line,
// an include line and a search path are split.
import { findCharUnquote, findMapUnquote } from '../syntax/lines.js';
import { isSpace, splitWords } from './words.js';

/**
 * read.c parse_file_seq(): names separated by blanks (space, tab), where a
 * backslash-quoted blank belongs to the name (and loses its backslash).
 * Other whitespace (a newline from a multi-line variable) is skipped before
 * a name but belongs to it inside. Archive groups are joined
 * (`lib.a(foo.o bar.o)` is `lib.a(foo.o) lib.a(bar.o)`) and, unless `strip`
 * is false ($(wildcard)'s PARSEFS_NOSTRIP), a leading `./` goes.
 */
export function parseFileSeq(text: string, strip = true): string[] {
  if (!/[\\\n\v\f\r(]/.test(text)) {
    const words = splitWords(text);
    return strip ? words.map(stripDotSlash) : words;
  }
  const out: string[] = [];
  // The archive group being read ("lib.a("), if any.
  let group: string | undefined;
  let p = 0;
  for (;;) {
    while (p < text.length && isSpace(text[p])) p++;
    if (p >= text.length) return out;
    const found = findMapUnquote(text.slice(p), ' \t', false);
    text = text.slice(0, p) + found.text;
    const end = found.index < 0 ? text.length : p + found.index;
    let name = text.slice(p, end);
    p = end;
    if (strip) name = stripDotSlash(name);
    // A name with `(` that neither starts with `(` nor ends with `)` opens a
    // group if a later word (read as written, quotes and all) ends with `)`.
    if (group === undefined && !name.startsWith('(') && !name.endsWith(')')) {
      const open = name.indexOf('(');
      if (open >= 0 && groupEnds(text, p)) {
        group = name.slice(0, open + 1);
        name = name.slice(open + 1);
        // "lib(" on its own, as in "lib( a b)".
        if (name === '') continue;
      }
    }
    if (group === undefined) {
      out.push(name);
    } else if (name.endsWith(')')) {
      // The group's natural end; a lone ")" (as in "lib(a b )") names nothing.
      if (name !== ')') out.push(group + name);
      group = undefined;
    } else {
      out.push(`${group}${name})`);
    }
  }
}

/** parse_file_seq()'s look-ahead: whether a word after `from` in `text` ends with `)`. */
function groupEnds(text: string, from: number): boolean {
  let e = from;
  while (e < text.length) {
    const o = e;
    while (e < text.length && isSpace(text[e])) e++;
    while (e < text.length && text[e] !== ' ' && text[e] !== '\t') e++;
    if (e === o) return false;
    if (text[e - 1] === ')') return true;
  }
  return false;
}

/** A search path (VPATH, vpath): directories separated by colons or blanks. */
export function splitPath(text: string): string[] {
  return splitWords(text.replace(/:/g, ' '));
}

/** parse_file_seq() with make's defaults: names split, archive groups joined, `./` dropped. */
export function fileNames(text: string): string[] {
  return parseFileSeq(text);
}

export function archiveMember(name: string): { archive: string; member: string } | undefined {
  const open = name.indexOf('(');
  if (open < 0 || !name.endsWith(')')) return undefined;
  return { archive: name.slice(0, open), member: name.slice(open + 1, -1) };
}

/**
 * ar.c ar_name() and ar_parse_name(): `ARCHIVE(MEMBER)`, with a `(` after the
 * first character, a final `)` and a member that is not empty. One whose
 * member is in parentheses itself (`lib((entry))`, a symbol) is 'unsupported'.
 */
export function arName(name: string): { archive: string; member: string; unsupported?: true } | undefined {
  const m = archiveMember(name);
  if (m === undefined || m.archive === '' || m.member === '') return undefined;
  return m.member.startsWith('(') && m.member.endsWith(')') ? { ...m, unsupported: true } : m;
}

/** parse_file_seq(): `./foo` names the same file as `foo`. */
export function stripDotSlash(name: string): string {
  while (name.startsWith('./') && name.length > 2) name = name.slice(2).replace(/^\/+/, '');
  return name;
}

/** read.c split_prereqs(): the first unquoted `|`, even inside a word, starts the order-only prerequisites. */
export function splitOrderOnly(text: string): [string, string?] {
  const bar = findCharUnquote(text, '|');
  if (bar.index < 0) return [bar.text];
  return [bar.text.slice(0, bar.index), bar.text.slice(bar.index + 1)];
}
