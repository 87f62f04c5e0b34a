// Words, as make splits them: on space, tab, newline, \v, \f and \r
// (ISSPACE in make), never on JavaScript's \s.

export const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';

export const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** isSpace() by character code: 9 to 13 (\t \n \v \f \r) and 32. */
export const isSpaceCode = (c: number): boolean => c === 32 || (c <= 13 && c >= 9);

export function splitWords(text: string): string[] {
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    words.push(text.slice(start, i));
  }
  return words;
}

/**
 * The `n`th word (0-based), the last one for n = -1, or undefined: what
 * splitWords(text)[n] gives, without cutting out every word of a long list.
 */
export function nthWord(text: string, n: number): string | undefined {
  if (n < 0) {
    let end = text.length;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end === 0) return undefined;
    let start = end;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    return text.slice(start, end);
  }
  const len = text.length;
  let i = 0;
  for (let k = 0; ; k++) {
    while (i < len && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= len) return undefined;
    const start = i;
    while (i < len && !isSpaceCode(text.charCodeAt(i))) i++;
    if (k === n) return text.slice(start, i);
  }
}

/** Text whose words are not already separated by single spaces. */
const NOT_SINGLE_SPACED = /[\t\n\v\f\r]| {2}|^ | $/;

/**
 * splitWords(text).join(' '): a run of words the text already separates by
 * single spaces is taken as one slice (Kbuild's flag lists have a few double
 * spaces in a hundred words; cutting out every word cost more than all else).
 */
export function singleSpaced(text: string): string {
  if (!NOT_SINGLE_SPACED.test(text)) return text;
  let out = '';
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    for (;;) {
      while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
      if (i + 1 < n && text.charCodeAt(i) === 32 && !isSpaceCode(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    out = out === '' ? text.slice(start, i) : `${out} ${text.slice(start, i)}`;
  }
  return out;
}

/** splitWords(text).length, without the words. */
export function countWords(text: string): number {
  // Most values are words joined by single spaces: the spaces are counted with
  // indexOf (a long list is counted once, before this is ever optimized).
  if (text === '') return 0;
  if (!NOT_SINGLE_SPACED.test(text)) {
    let count = 1;
    for (let p = text.indexOf(' '); p >= 0; p = text.indexOf(' ', p + 1)) count++;
    return count;
  }
  const len = text.length;
  let count = 0;
  let i = 0;
  while (i < len) {
    while (i < len && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= len) break;
    count++;
    while (i < len && !isSpaceCode(text.charCodeAt(i))) i++;
  }
  return count;
}

/** Remove leading and trailing make whitespace. */
export function trimSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Skip leading whitespace (make's next_token). */
export function skipSpace(text: string): string {
  let start = 0;
  while (start < text.length && isSpace(text[start])) start++;
  return start === 0 ? text : text.slice(start);
}
