/**
 * What the renderers take. Plain data, filled in by the CLI from the Kbuild
 * model; the renderers never compute flags themselves. The JSON renderers
 * emit these shapes (see SCHEMA.md), so changes here are schema changes.
 */
import type { FlagDiff } from '../flags/diff.js';
import type { ExpectationKind, ExpectationStatus, OffendingFlag } from '../flags/expect.js';
import type { PatchMode } from '../patch/apply.js';
import type { FlagOrigin } from '../flags/origin.js';
import type { ObjectKind } from '../kbuild/model.js';

// Domain types, re-exported for the renderers.
export type { FlagDiff } from '../flags/diff.js';
export type { PatchMode } from '../patch/apply.js';
export type { FlagOrigin, SourceLocation } from '../flags/origin.js';
export type { ObjectKind } from '../kbuild/model.js';

export interface ObjectFlags {
  /** Object path as Kbuild names it: arch/x86/purgatory/purgatory.o. */
  object: string;
  kind: ObjectKind;
  flags: string[];
  /** Parallel to `flags` (same length, same order) when known. */
  origins?: FlagOrigin[];
  /** Flags that were taken out on the way, with where (`removedAt`). */
  removed?: FlagOrigin[];
  notes?: string[];
}

export interface FlagsReport {
  /** The directory or makefile asked about. */
  target: string;
  /** The configuration/compiler profile, e.g. `x86_64-clang-thinlto`. */
  profile: string;
  objects: ObjectFlags[];
  notes?: string[];
}

export interface PatchInfo {
  /** Where the patch came from (file name, `-`, URL). */
  source: string;
  subject?: string;
  /** The makefile it was applied to. */
  file: string;
  mode: PatchMode;
  notes: string[];
}

export interface ObjectDiff {
  object: string;
  kind: ObjectKind;
  before: string[];
  after: string[];
  diff: FlagDiff;
  /** Parallel to `after`, to say where an added flag came from. */
  afterOrigins?: FlagOrigin[];
  /** Flags taken out in the "after" state, to say where a removal happened. */
  afterRemoved?: FlagOrigin[];
  /** Parallel to `before`: where a word of the old state came from (two trees: the old tree's line). */
  beforeOrigins?: FlagOrigin[];
  /** Caller's remarks, e.g. "-flto=thin already removed in both states". */
  notes?: string[];
}

export interface DiffReport {
  target: string;
  profile: string;
  /** Present when the two states come from a patch. */
  patch?: PatchInfo;
  /** Labels of the two states when not a patch (e.g. two kernel versions). */
  beforeLabel?: string;
  afterLabel?: string;
  objects: ObjectDiff[];
  notes?: string[];
}

export interface CheckObjectResult {
  object: string;
  kind: ObjectKind;
  status: ExpectationStatus;
  /** The flags at fault, with positions (after-list for removed, before-list for kept). */
  offending: OffendingFlag[];
  matchedBefore: string[];
  matchedAfter: string[];
}

export interface ExpectationResult {
  pattern: string;
  kind: ExpectationKind;
  objects: CheckObjectResult[];
}

export interface CheckReport {
  target: string;
  profile: string;
  patch?: PatchInfo;
  expectations: ExpectationResult[];
  notes?: string[];
}
