import { diffFlags } from './diff.js';
import { compilePattern, matchCompiled } from './pattern.js';

/**
 * Expectations for `kflags check`: `--expect-removed PATTERN` says no flag
 * matching PATTERN may remain after the patch; `--expect-kept PATTERN` says
 * every copy matching PATTERN before the patch must still be there after it.
 */
export type ExpectationKind = 'removed' | 'kept';

export interface Expectation {
  pattern: string;
  kind: ExpectationKind;
}

/**
 * `pass` - the expectation holds and the patch made it so (or kept it);
 * `fail` - it does not hold; `offending` names the flags at fault;
 * `vacuous` - no flag matched before the patch, so the patch had nothing to do
 * (for `removed`: already absent in both states).
 */
export type ExpectationStatus = 'pass' | 'fail' | 'vacuous';

export interface OffendingFlag {
  flag: string;
  /** 1-based position in the list the problem is in (after for removed, before for kept). */
  position: number;
}

export interface ExpectationOutcome {
  status: ExpectationStatus;
  /** Matching flags before and after, in list order. */
  matchedBefore: string[];
  matchedAfter: string[];
  offending: OffendingFlag[];
}

function matching(flags: readonly string[], test: (word: string) => boolean): OffendingFlag[] {
  const out: OffendingFlag[] = [];
  flags.forEach((flag, i) => {
    if (test(flag)) out.push({ flag, position: i + 1 });
  });
  return out;
}

export function evaluateExpectation(
  expectation: Expectation,
  before: readonly string[],
  after: readonly string[],
): ExpectationOutcome {
  const compiled = compilePattern(expectation.pattern);
  const test = (word: string) => matchCompiled(compiled, word);
  const inBefore = matching(before, test);
  const inAfter = matching(after, test);
  const base = {
    matchedBefore: inBefore.map((m) => m.flag),
    matchedAfter: inAfter.map((m) => m.flag),
  };
  if (expectation.kind === 'removed') {
    if (inAfter.length > 0) return { status: 'fail', ...base, offending: inAfter };
    return { status: inBefore.length === 0 ? 'vacuous' : 'pass', ...base, offending: [] };
  }
  if (inBefore.length === 0) {
    return { status: 'vacuous', ...base, offending: [] };
  }
  // Kept means every copy survives; the sequence diff says which copy went.
  const offending: OffendingFlag[] = diffFlags(before, after)
    .removed.filter((r) => test(r.flag))
    .map((r) => ({ flag: r.flag, position: r.position }));
  return { status: offending.length > 0 ? 'fail' : 'pass', ...base, offending };
}
