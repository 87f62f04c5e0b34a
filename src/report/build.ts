import { diffFlags } from '../flags/diff.js';
import { evaluateExpectation, type Expectation } from '../flags/expect.js';
import type { CheckReport, ObjectDiff, ObjectKind, PatchInfo } from './types.js';

/** Glue for the CLI: an ObjectDiff from two flag lists. */
export function buildObjectDiff(
  object: string,
  kind: ObjectKind,
  before: string[],
  after: string[],
  extra: Pick<ObjectDiff, 'afterOrigins' | 'afterRemoved' | 'beforeOrigins' | 'notes'> = {},
): ObjectDiff {
  return { object, kind, before, after, diff: diffFlags(before, after), ...extra };
}

/** Glue for the CLI: evaluates every expectation against every object's two states. */
export function buildCheckReport(input: {
  target: string;
  profile: string;
  patch?: PatchInfo;
  expectations: Expectation[];
  objects: { object: string; kind: ObjectKind; before: string[]; after: string[] }[];
  notes?: string[];
}): CheckReport {
  return {
    target: input.target,
    profile: input.profile,
    ...(input.patch ? { patch: input.patch } : {}),
    expectations: input.expectations.map((e) => ({
      pattern: e.pattern,
      kind: e.kind,
      objects: input.objects.map((o) => ({
        object: o.object,
        kind: o.kind,
        ...evaluateExpectation(e, o.before, o.after),
      })),
    })),
    ...(input.notes ? { notes: input.notes } : {}),
  };
}
