// Compare the fast path (src/syntax/fast.ts) with the grammar on every logical line of a
// makefile text and on every text the evaluator parses as an expansion (values, names,
// rule lines, include lists, conditional arguments, call arguments and computed names,
// recursively). The generated parser is called directly, with the options parse.ts gives it.
import { isDeepStrictEqual } from 'node:util';
import { parse as peggyParse } from '../../src/syntax/generated/parser.js';
import { fastExpansion, fastLine } from '../../src/syntax/fast.js';
import { collapseContinuations, removeComment } from '../../src/syntax/lines.js';
import { splitLogicalLines } from '../../src/syntax/logical-lines.js';
import { nestedTexts } from '../../src/syntax/parse.js';
import type { ExpansionAst, LineAst } from '../../src/syntax/ast.js';
import { FUNCTION_ARITY } from '../../src/eval/functions/index.js';

export interface FastFunctions {
  line: typeof fastLine;
  expansion: typeof fastExpansion;
}

export const REAL: FastFunctions = { line: fastLine, expansion: fastExpansion };

export interface Tally {
  lines: number;
  fastLines: number;
  expansions: number;
  fastExpansions: number;
  mismatches: string[];
}

export const newTally = (): Tally => ({ lines: 0, fastLines: 0, expansions: 0, fastExpansions: 0, mismatches: [] });

function grammar<T>(text: string, options: Record<string, unknown>): T | Error {
  try {
    return peggyParse(text, { functions: FUNCTION_ARITY, ...options } as never) as T;
  } catch (e) {
    return e as Error;
  }
}

const show = (v: unknown): string => (v instanceof Error ? `Error(${v.message})` : JSON.stringify(v));

function mismatch(tally: Tally, what: string, text: string, fast: unknown, slow: unknown): void {
  if (tally.mismatches.length < 50) tally.mismatches.push(`${what} ${JSON.stringify(text)}\n  fast:    ${show(fast)}\n  grammar: ${show(slow)}`);
  else if (tally.mismatches.length === 50) tally.mismatches.push('...');
}

/** One expansion text (as parseExpansion and the batches see it), then its nested texts. */
export function compareExpansion(text: string, tally: Tally, fast: FastFunctions = REAL, seen = new Set<string>()): void {
  if (seen.has(text)) return;
  seen.add(text);
  tally.expansions++;
  const slow = grammar<ExpansionAst>(text, { startRule: 'Expansion' });
  const quick = fast.expansion(text, 0, FUNCTION_ARITY);
  if (quick !== undefined) {
    tally.fastExpansions++;
    if (!isDeepStrictEqual(quick, slow)) mismatch(tally, 'expansion', text, quick, slow);
  }
  if (slow instanceof Error) return;
  const nested: string[] = [];
  nestedTexts(slow, nested);
  for (const t of nested) compareExpansion(t, tally, fast, seen);
}

/** One folded, comment-free line: alone with a location (parseLine) and in a batch (classifyLines). */
export function compareLine(text: string, line: number, tally: Tally, fast: FastFunctions = REAL, seen = new Set<string>()): void {
  tally.lines++;
  const slow = grammar<LineAst>(text, { startRule: 'Line', file: 'f.mk', line });
  const quick = fast.line(text, { file: 'f.mk', line, column: 1 }, FUNCTION_ARITY);
  if (quick !== undefined) {
    tally.fastLines++;
    if (!isDeepStrictEqual(quick, slow)) mismatch(tally, `line ${line}`, text, quick, slow);
    const batched = fast.line(text, null, FUNCTION_ARITY);
    const slowBatched = grammar<LineAst>(text, { startRule: 'Line', file: '', noLocation: true });
    if (!isDeepStrictEqual(batched, slowBatched)) mismatch(tally, `batched line ${line}`, text, batched, slowBatched);
  }
  if (slow instanceof Error) return;
  // The texts the evaluator parses as expansions (src/eval preparse()).
  const texts: string[] = [];
  switch (slow.type) {
    case 'Assignment':
      texts.push(slow.name, slow.value);
      break;
    case 'RuleOrOther':
      texts.push(slow.text);
      break;
    case 'Include':
      texts.push(slow.files);
      break;
    case 'Define':
      texts.push(slow.header);
      break;
    case 'Conditional':
      if (slow.kind === 'ifdef' || slow.kind === 'ifndef') texts.push(slow.name);
      else if ((slow.kind === 'ifeq' || slow.kind === 'ifneq') && slow.args) texts.push(slow.args.first, slow.args.second);
      break;
  }
  for (const t of texts) compareExpansion(t, tally, fast, seen);
}

/** Every logical line of a makefile text (define bodies included: $(eval) reads them as lines). */
export function compareMakefile(text: string, tally: Tally, fast: FastFunctions = REAL): void {
  const seen = new Set<string>();
  for (const logical of splitLogicalLines(text, 'f.mk').lines) {
    const folded = collapseContinuations(logical.text);
    compareLine(removeComment(folded), logical.line, tally, fast, seen);
    // A multi-line value (a define body) as one expansion.
    if (logical.text.includes('\n')) compareExpansion(logical.text, tally, fast, seen);
  }
}
