// Make patterns for `check --expect-removed -flto%`: the engine's own
// pattern matching (first unquoted % is the wildcard, \% a literal percent).
import { compilePattern as compileMakePattern, patternMatches, type Pattern } from '../eval/patterns.js';

export type CompiledPattern = Pattern;

export function compilePattern(pattern: string): CompiledPattern {
  return compileMakePattern(pattern);
}

export function matchCompiled(compiled: CompiledPattern, word: string): boolean {
  return patternMatches(compiled, word);
}

export function matchPattern(pattern: string, word: string): boolean {
  return patternMatches(compileMakePattern(pattern), word);
}
