/**
 * GNU make `%` patterns as used by filter, filter-out and patsubst.
 *
 * Only the first unquoted `%` is a wildcard. Before it, `\%` is a literal
 * percent and a run of backslashes in front of a `%` is halved (`\\%` is one
 * literal backslash followed by the wildcard), mirroring make's
 * find_percent(). Backslashes anywhere else, and everything after the
 * wildcard, are taken literally, as make does.
 */
export type CompiledPattern =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'wildcard'; readonly prefix: string; readonly suffix: string };

export function compilePattern(pattern: string): CompiledPattern {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '%') {
      return { kind: 'wildcard', prefix: out, suffix: pattern.slice(i + 1) };
    }
    if (ch === '\\') {
      let run = 0;
      while (pattern[i + run] === '\\') run++;
      if (pattern[i + run] === '%') {
        // Halve the run; an odd run also quotes the percent itself.
        out += '\\'.repeat(Math.floor(run / 2));
        if (run % 2 === 1) {
          out += '%';
          i += run + 1;
          continue;
        }
        i += run;
        continue;
      }
      out += '\\'.repeat(run);
      i += run;
      continue;
    }
    out += ch;
    i++;
  }
  return { kind: 'literal', text: out };
}

export function matchCompiled(compiled: CompiledPattern, word: string): boolean {
  if (compiled.kind === 'literal') return word === compiled.text;
  const { prefix, suffix } = compiled;
  return (
    word.length >= prefix.length + suffix.length && word.startsWith(prefix) && word.endsWith(suffix)
  );
}

/** Does `word` match the make pattern `pattern`? */
export function matchPattern(pattern: string, word: string): boolean {
  return matchCompiled(compilePattern(pattern), word);
}
