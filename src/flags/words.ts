/**
 * Make's notion of whitespace when splitting a value into words: space, tab,
 * newline, vertical tab, form feed and carriage return (GNU make's
 * `isspace`-based word splitting). JavaScript's `\s` also matches U+00A0 and
 * other Unicode spaces, which make treats as ordinary word characters.
 */
const MAKE_WHITESPACE = /[ \t\n\v\f\r]+/;

/** Splits a make value into words the way `$(words ...)` and friends do. */
export function splitWords(value: string): string[] {
  return value.split(MAKE_WHITESPACE).filter((word) => word !== '');
}

/** True for the characters make treats as word separators. */
export function isMakeSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\v' || ch === '\f' || ch === '\r';
}
