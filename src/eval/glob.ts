// $(wildcard): shell-style globbing (*, ?, [...]) as glob(3) does it for
// make: each pattern's matches sorted, hidden files only for a leading dot.
import * as path from 'node:path';
import type { Host } from '../host/host.js';

const hasMagic = (s: string): boolean => /[*?[]/.test(s);

// glob(3)'s character classes inside brackets, in the C locale.
const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: '0-9a-zA-Z',
  lower: 'a-z',
  upper: 'A-Z',
  space: ' \\t\\n\\v\\f\\r',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
};

/** A bracket expression at `start` (`[`): its RegExp text and where it ends, or undefined if unterminated. */
function bracket(segment: string, start: number): { re: string; end: number } | undefined {
  let i = start + 1;
  let re = '[';
  if (segment[i] === '!' || segment[i] === '^') {
    re += '^';
    i++;
  }
  // A `]` first in the set is an ordinary character.
  if (segment[i] === ']') {
    re += '\\]';
    i++;
  }
  for (; i < segment.length; i++) {
    const c = segment[i];
    if (c === ']') return { re: re + ']', end: i };
    if (c === '[' && segment[i + 1] === ':') {
      const close = segment.indexOf(':]', i + 2);
      const cls = close < 0 ? undefined : CLASSES[segment.slice(i + 2, close)];
      if (cls !== undefined) {
        re += cls;
        i = close + 1;
        continue;
      }
    }
    if (c === '\\' && i + 1 < segment.length) re += escapeRe(segment[++i]);
    else if (c === '-') re += '-';
    else re += escapeRe(c);
  }
  return undefined;
}

function segmentRegExp(segment: string): RegExp {
  let re = '^';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) {
      re += escapeRe(segment[++i]);
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const b = bracket(segment, i);
      if (b === undefined) {
        re += '\\[';
        continue;
      }
      re += b.re;
      i = b.end;
    } else re += escapeRe(c);
  }
  return new RegExp(re + '$', 's');
}

const escapeRe = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');

/** A path as the system sees it: `F/`, `F/.` and `F/..` are not F's directory when F is a file. */
const asWritten = (cwd: string, name: string): string => (name.startsWith('/') ? name : `${cwd}/${name}`);

export function glob(host: Host, cwd: string, pattern: string): string[] {
  // (A `~` left by tilde expansion is an ordinary character.)
  if (!hasMagic(pattern)) {
    // glob(3) on `NAME/` globs NAME with GLOB_MARK: a directory gets one slash back, a file none.
    let name = unescape(pattern);
    let mark = false;
    while (name.length > 1 && name.endsWith('/')) {
      name = name.slice(0, -1);
      mark = true;
    }
    // A dangling symbolic link exists for glob(3), which uses lstat().
    const abs = asWritten(cwd, name);
    if (!(host.exists(abs) || host.isLink?.(abs) === true)) return [];
    return [mark && host.isDirectory(abs) ? `${name}/` : name];
  }
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/');
  let results: string[] = [absolute ? '/' : ''];
  for (let s = absolute ? 1 : 0; s < segments.length; s++) {
    const segment = segments[s];
    const last = s === segments.length - 1;
    const next: string[] = [];
    for (const base of results) {
      // Names are joined as written: `d//*.c` gives `d//a.c`.
      const join = (name: string) => (base === '' ? name : base === '/' ? '/' + name : base + '/' + name);
      if (segment === '') {
        next.push(base + '/');
        continue;
      }
      if (!hasMagic(segment)) {
        const candidate = join(unescape(segment));
        if (last ? host.exists(asWritten(cwd, candidate)) : host.isDirectory(asWritten(cwd, candidate))) next.push(candidate);
        continue;
      }
      const listed = host.listDirectory(path.resolve(cwd, base === '' ? '.' : base));
      if (listed === undefined) continue;
      // readdir() also returns `.` and `..`; only a leading dot matches them.
      const entries = segment.startsWith('.') ? ['.', '..', ...listed] : listed;
      const re = segmentRegExp(segment);
      const matches = entries.filter((e) => (e.startsWith('.') ? segment.startsWith('.') : true) && re.test(e));
      for (const m of matches) {
        const candidate = join(m);
        if (last || host.isDirectory(path.resolve(cwd, candidate))) next.push(candidate);
      }
    }
    results = next;
  }
  // glob(3) sorts the whole list of paths (strcmp, in the C locale).
  return results.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
