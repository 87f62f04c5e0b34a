// Text transformations that make applies to a logical line before it looks
// at it: folding backslash-newlines (misc.c collapse_continuations) and
// removing comments (read.c remove_comments / find_char_unquote).

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * Fold the backslash-newlines of a logical line as GNU make does outside
 * recipes: an odd run of backslashes before the newline keeps half of its
 * backslashes, and the newline with the blanks around it becomes one space
 * (after .POSIX: with the blanks after it; those before it stay).
 */
export function collapseContinuations(text: string, posix = false): string {
  if (!text.includes('\n')) return text;
  // Pieces joined once at the end: a long run of continuation lines stays linear.
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) break;
    let backslashes = 0;
    for (let k = nl - 1; k >= start && text[k] === '\\'; --k) backslashes++;
    // Keep half of the backslashes (rounded down).
    const keep = backslashes - Math.ceil(backslashes / 2);
    let piece = text.slice(start, nl - backslashes) + '\\'.repeat(keep);
    start = nl + 1;
    if (backslashes % 2 === 1) {
      while (isBlank(text[start])) start++;
      // .POSIX: each backslash-newline is one space; the blanks before it stay.
      if (keep === 0 && !posix) {
        // Trailing blanks go, even across earlier pieces that were only blanks.
        let end = piece.length;
        while (end > 0 && isBlank(piece[end - 1])) end--;
        piece = piece.slice(0, end);
        while (piece === '' && out.length > 0) {
          const last = out.pop()!;
          let e = last.length;
          while (e > 0 && isBlank(last[e - 1])) e--;
          piece = last.slice(0, e);
          if (e > 0) break;
        }
      }
      out.push(piece, ' ');
    } else {
      out.push(piece, '\n');
    }
  }
  out.push(text.slice(start));
  return out.join('');
}

/**
 * read.c find_map_unquote(): the first of the `stops` characters that is
 * not quoted by a backslash, removing the backslashes that quote (half of
 * each run before a stop character, as make rewrites the line). With
 * `skipReferences`, `$(...)`, `${...}` and `$x` are passed over whole.
 * Returns the rewritten text and the index of the stop character, or -1.
 */
export function findMapUnquote(text: string, stops: string, skipReferences: boolean): { text: string; index: number } {
  // Character codes, not one-character strings: this runs on every line.
  const single = stops.length === 1 ? stops.charCodeAt(0) : -1;
  const dollar = skipReferences ? 36 : -1;
  let p = 0;
  for (;;) {
    let i = p;
    const n = text.length;
    if (single >= 0) {
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === single || c === dollar) break;
      }
    } else {
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === dollar || stops.includes(text[i])) break;
      }
    }
    if (i >= n) return { text, index: -1 };
    if (text.charCodeAt(i) === 36 /* $ */) {
      if (i + 1 >= n) return { text, index: -1 };
      const open = text.charCodeAt(i + 1);
      i += 2;
      if (open === 40 /* ( */ || open === 123 /* { */) {
        const close = open === 40 ? 41 : 125;
        for (let depth = 1; i < n; i++) {
          const c = text.charCodeAt(i);
          if (c === open) depth++;
          else if (c === close && --depth === 0) {
            i++;
            break;
          }
        }
      }
      p = i;
      continue;
    }
    let backslashes = 0;
    for (let k = i - 1; k >= 0 && text.charCodeAt(k) === 92 /* \\ */; --k) backslashes++;
    if (backslashes === 0) return { text, index: i };
    const remove = Math.ceil(backslashes / 2);
    text = text.slice(0, i - backslashes) + '\\'.repeat(backslashes - remove) + text.slice(i);
    const at = i - remove;
    if (backslashes % 2 === 0) return { text, index: at };
    p = at + 1;
  }
}

/** read.c find_char_unquote(): the first unquoted `stop` (references not skipped). */
export function findCharUnquote(text: string, stop: string): { text: string; index: number } {
  return findMapUnquote(text, stop, false);
}

/**
 * read.c remove_comments(): cut at the first unquoted `#` outside variable
 * references (make 4.3 skips `$(...)`, `${...}` and `$x` whole, so a `#`
 * inside a function call is not a comment and keeps its backslash).
 */
export function removeComment(text: string): string {
  if (!text.includes('#')) return text;
  const found = findMapUnquote(text, '#', true);
  return found.index < 0 ? found.text : found.text.slice(0, found.index);
}
