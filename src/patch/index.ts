export { PatchError } from './errors.js';
export { extractPatch, type ExtractedPatch, type FileDiff } from './extract.js';
export {
  applyFilePatch,
  patchStates,
  placementNote,
  type ApplyOptions,
  type ApplyResult,
  type HunkFailure,
  type HunkPlacement,
  type PatchMode,
  type PatchStates,
} from './apply.js';
export { findFileDiff, touchedPaths, type FileMatch } from './match.js';
