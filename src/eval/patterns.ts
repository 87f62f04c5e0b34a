// `%` patterns as in filter, patsubst, substitution references, static
// pattern rules and pattern-specific variables. The first unquoted `%` is
// the wildcard; backslashes quote a `%` (and quote each other) only before
// the first unquoted one, exactly as make's find_percent() rewrites them.
import { findCharUnquote } from '../syntax/lines.js';
import { isSpace, splitWords } from './words.js';

export interface Pattern {
  /** The pattern after unquoting; equal to prefix + '%' + suffix when it has a wildcard. */
  text: string;
  prefix: string;
  suffix: string;
  hasPercent: boolean;
}

/** Patterns by their text: the same few are compiled again and again (pattern rules, filter lists); Pattern objects are never changed. */
const compiled = new Map<string, Pattern>();

export function compilePattern(raw: string): Pattern {
  let pattern = compiled.get(raw);
  if (pattern === undefined) {
    pattern = compile(raw);
    if (compiled.size >= 50_000) compiled.clear();
    compiled.set(raw, pattern);
  }
  return pattern;
}

function compile(raw: string): Pattern {
  const { text, index } = findCharUnquote(raw, '%');
  if (index < 0) return { text, prefix: text, suffix: '', hasPercent: false };
  return { text, prefix: text.slice(0, index), suffix: text.slice(index + 1), hasPercent: true };
}

export function patternMatches(pattern: Pattern, word: string): boolean {
  if (!pattern.hasPercent) return word === pattern.text;
  return (
    word.length >= pattern.prefix.length + pattern.suffix.length &&
    word.startsWith(pattern.prefix) &&
    word.endsWith(pattern.suffix)
  );
}

/** The stem matched by `%`, or undefined. */
export function patternStem(pattern: Pattern, word: string): string | undefined {
  if (!patternMatches(pattern, word)) return undefined;
  if (!pattern.hasPercent) return '';
  return word.slice(pattern.prefix.length, word.length - pattern.suffix.length);
}

/**
 * function.c patsubst_expand_pct(): replace each matching word; the result
 * has its words separated by single spaces.
 */
export function patsubst(text: string, pattern: Pattern, replacement: Pattern): string {
  // Without a wildcard make substitutes whole words in place, keeping the
  // text's whitespace as it is (subst_expand by word).
  if (!pattern.hasPercent) return substituteWords(text, pattern.text, replacement.text);
  // patsubst_expand_pct(): a word replaced by nothing leaves no space behind.
  let out = '';
  let any = false;
  for (const word of splitWords(text)) {
    let piece: string;
    let space = true;
    if (!patternMatches(pattern, word)) {
      piece = word;
    } else if (replacement.hasPercent) {
      piece = replacement.prefix + word.slice(pattern.prefix.length, word.length - pattern.suffix.length) + replacement.suffix;
    } else {
      piece = replacement.text;
      space = piece !== '';
    }
    out += piece;
    if (space) {
      out += ' ';
      any = true;
    }
  }
  return any ? out.slice(0, -1) : out;
}

function substituteWords(text: string, from: string, to: string): string {
  // An empty word matches only at the end, and only after whitespace.
  if (from === '') return text === '' || isSpace(text[text.length - 1]) ? text + to : text;
  let out = '';
  let p = 0;
  for (;;) {
    const i = text.indexOf(from, p);
    if (i < 0) return out + text.slice(p);
    const before = i === 0 || isSpace(text[i - 1]);
    const after = i + from.length === text.length || isSpace(text[i + from.length]);
    if (before && after) {
      out += text.slice(p, i) + to;
    } else {
      out += text.slice(p, i + from.length);
    }
    p = i + from.length;
  }
}

/** A substitution reference $(VAR:from=to): without `%`, from is a suffix. */
export function substitutionReference(value: string, from: string, to: string): string {
  const pattern = compilePattern(from);
  if (pattern.hasPercent) return patsubst(value, pattern, compilePattern(to));
  // make prepends '%' to both and does not interpret a '%' in `to`.
  return patsubst(
    value,
    { text: '%' + pattern.text, prefix: '', suffix: pattern.text, hasPercent: true },
    { text: '%' + to, prefix: '', suffix: to, hasPercent: true },
  );
}
