export { splitWords, isMakeSpace } from './words.js';
export { compilePattern, matchCompiled, matchPattern, type CompiledPattern } from './pattern.js';
export {
  diffFlags,
  copiesNote,
  type FlagDiff,
  type FlagRemoval,
  type FlagAddition,
  type FlagMove,
} from './diff.js';
export {
  evaluateExpectation,
  type Expectation,
  type ExpectationKind,
  type ExpectationStatus,
  type ExpectationOutcome,
  type OffendingFlag,
} from './expect.js';
export type { FlagOrigin, SourceLocation } from './origin.js';
