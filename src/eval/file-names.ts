// read.c parse_file_seq() and its helpers: how the names in a rule line,
// an include line and a search path are split.
import { findCharUnquote, findMapUnquote } from '../syntax/lines.js';
import { isSpace, splitWords } from './words.js';

/**
 * read.c parse_file_seq(): names separated by blanks (space, tab), where a
 * backslash-quoted blank belongs to the name (and loses its backslash).
 * Other whitespace (a newline from a multi-line variable) is skipped before
 * a name but belongs to it inside.
 */
function fileWords(text: string): string[] {
  if (!/[\\\n\v\f\r]/.test(text)) return splitWords(text);
  const words: string[] = [];
  let p = 0;
  for (;;) {
    while (p < text.length && isSpace(text[p])) p++;
    if (p >= text.length) return words;
    const found = findMapUnquote(text.slice(p), ' \t', false);
    text = text.slice(0, p) + found.text;
    const end = found.index < 0 ? text.length : p + found.index;
    words.push(text.slice(p, end));
    p = end;
  }
}

/** A search path (VPATH, vpath): directories separated by colons or blanks. */
export function splitPath(text: string): string[] {
  return splitWords(text.replace(/:/g, ' '));
}

/**
 * parse_file_seq(): split file names, joining archive groups
 * (`lib.a(foo.o bar.o)` is `lib.a(foo.o) lib.a(bar.o)`) and dropping `./`.
 */
export function fileNames(text: string): string[] {
  const out: string[] = [];
  const words = fileWords(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const open = w.indexOf('(');
    if (open >= 0 && !w.endsWith(')')) {
      const archive = w.slice(0, open);
      const members = [w.slice(open + 1)];
      while (i + 1 < words.length && !members[members.length - 1].endsWith(')')) members.push(words[++i]);
      const last = members.length - 1;
      if (members[last].endsWith(')')) members[last] = members[last].slice(0, -1);
      for (const m of members) if (m !== '') out.push(`${archive}(${m})`);
      continue;
    }
    out.push(stripDotSlash(w));
  }
  return out;
}

export function archiveMember(name: string): { archive: string; member: string } | undefined {
  const open = name.indexOf('(');
  if (open < 0 || !name.endsWith(')')) return undefined;
  return { archive: name.slice(0, open), member: name.slice(open + 1, -1) };
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
