// $(wildcard): shell-style globbing (*, ?, [...]) as glob(3) does it for
// make: each pattern's matches sorted, hidden files only for a leading dot.
import * as path from 'node:path';
import type { Host } from '../host/host.js';

const hasMagic = (s: string): boolean => /[*?[]/.test(s);

function segmentRegExp(segment: string): RegExp {
  let re = '^';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) {
      re += escapeRe(segment[++i]);
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, end);
      if (body.startsWith('!')) body = '^' + body.slice(1);
      re += '[' + body.replace(/\\/g, '\\\\') + ']';
      i = end;
    } else re += escapeRe(c);
  }
  return new RegExp(re + '$', 's');
}

const escapeRe = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');

export function glob(host: Host, cwd: string, pattern: string): string[] {
  if (pattern.startsWith('~')) {
    // No home directory is consulted: kflags evaluates with an empty environment.
    return [];
  }
  if (!hasMagic(pattern)) {
    const name = unescape(pattern);
    return host.exists(path.resolve(cwd, name)) ? [name] : [];
  }
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/');
  let results: string[] = [absolute ? '/' : ''];
  for (let s = absolute ? 1 : 0; s < segments.length; s++) {
    const segment = segments[s];
    const last = s === segments.length - 1;
    const next: string[] = [];
    for (const base of results) {
      const join = (name: string) => (base === '' ? name : base.endsWith('/') ? base + name : base + '/' + name);
      if (segment === '') {
        next.push(join(''));
        continue;
      }
      if (!hasMagic(segment)) {
        const candidate = join(unescape(segment));
        if (last ? host.exists(path.resolve(cwd, candidate)) : host.isDirectory(path.resolve(cwd, candidate))) next.push(candidate);
        continue;
      }
      const entries = host.listDirectory(path.resolve(cwd, base === '' ? '.' : base));
      if (entries === undefined) continue;
      const re = segmentRegExp(segment);
      const matches = entries.filter((e) => (e.startsWith('.') ? segment.startsWith('.') : true) && re.test(e));
      matches.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const m of matches) {
        const candidate = join(m);
        if (last || host.isDirectory(path.resolve(cwd, candidate))) next.push(candidate);
      }
    }
    results = next;
  }
  return results;
}
