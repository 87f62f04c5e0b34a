export * from './types.js';
export { renderDiffText, renderDiffMarkdown, renderDiffJson, DIFF_SCHEMA_VERSION } from './diff.js';
export { renderFlagsText, renderFlagsJson, FLAGS_SCHEMA_VERSION } from './flags.js';
export {
  renderCheckText,
  renderCheckMarkdown,
  renderCheckJson,
  checkPassed,
  expectationPassed,
  CHECK_SCHEMA_VERSION,
} from './check.js';
export { buildObjectDiff, buildCheckReport } from './build.js';
