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
