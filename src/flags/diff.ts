import { diffArrays } from 'diff';

/**
 * Flag lists are ordered and may repeat a flag (`-fvisibility=hidden` can
 * arrive twice, once through KBUILD_CFLAGS and once through CFLAGS_<obj>.o).
 * Order matters to the compiler (the last `-O`/`-f` wins) and so do copies,
 * so lists are compared as sequences, never as sets.
 *
 * Positions are 1-based, like `$(word n,...)`.
 */
export interface FlagRemoval {
  flag: string;
  /** Position in the "before" list. */
  position: number;
  /** How many copies of this flag each list holds. */
  copiesBefore: number;
  copiesAfter: number;
}

export interface FlagAddition {
  flag: string;
  /** Position in the "after" list. */
  position: number;
  copiesBefore: number;
  copiesAfter: number;
}

/** A flag kept in both lists whose place relative to the others changed. */
export interface FlagMove {
  flag: string;
  from: number;
  to: number;
}

export interface FlagDiff {
  removed: FlagRemoval[];
  added: FlagAddition[];
  moved: FlagMove[];
  /** Flags kept in the same relative order. */
  unchanged: number;
  /** True when both lists are the same sequence. */
  identical: boolean;
}

function countCopies(flags: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const flag of flags) counts.set(flag, (counts.get(flag) ?? 0) + 1);
  return counts;
}

interface Slot {
  flag: string;
  position: number;
}

export function diffFlags(before: readonly string[], after: readonly string[]): FlagDiff {
  const changes = diffArrays([...before], [...after]);
  const removedSlots: Slot[] = [];
  const addedSlots: Slot[] = [];
  let unchanged = 0;
  let beforePos = 1;
  let afterPos = 1;
  for (const change of changes) {
    if (change.removed) {
      for (const flag of change.value) removedSlots.push({ flag, position: beforePos++ });
    } else if (change.added) {
      for (const flag of change.value) addedSlots.push({ flag, position: afterPos++ });
    } else {
      unchanged += change.count;
      beforePos += change.count;
      afterPos += change.count;
    }
  }

  // A flag the sequence diff drops in one place and inserts in another is
  // still present: it moved. Pair such copies in order of appearance; what
  // remains unpaired was really removed or added.
  const moved: FlagMove[] = [];
  const pendingAdds = new Map<string, Slot[]>();
  for (const slot of addedSlots) {
    const list = pendingAdds.get(slot.flag);
    if (list) list.push(slot);
    else pendingAdds.set(slot.flag, [slot]);
  }
  const pairedAdds = new Set<Slot>();
  const trulyRemoved: Slot[] = [];
  for (const slot of removedSlots) {
    const candidates = pendingAdds.get(slot.flag);
    const partner = candidates?.shift();
    if (partner) {
      pairedAdds.add(partner);
      moved.push({ flag: slot.flag, from: slot.position, to: partner.position });
    } else {
      trulyRemoved.push(slot);
    }
  }
  const trulyAdded = addedSlots.filter((slot) => !pairedAdds.has(slot));

  const beforeCounts = countCopies(before);
  const afterCounts = countCopies(after);
  const copies = (flag: string) => ({
    copiesBefore: beforeCounts.get(flag) ?? 0,
    copiesAfter: afterCounts.get(flag) ?? 0,
  });

  return {
    removed: trulyRemoved.map((slot) => ({ flag: slot.flag, position: slot.position, ...copies(slot.flag) })),
    added: trulyAdded.map((slot) => ({ flag: slot.flag, position: slot.position, ...copies(slot.flag) })),
    moved,
    unchanged,
    identical: removedSlots.length === 0 && addedSlots.length === 0,
  };
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function count(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/**
 * A short honest note for a removed or added flag that exists in several
 * copies, e.g. "one of two copies removed, one left"; undefined when the flag
 * is single on both sides.
 */
export function copiesNote(change: FlagRemoval | FlagAddition, kind: 'removed' | 'added'): string | undefined {
  const { copiesBefore, copiesAfter } = change;
  if (kind === 'removed') {
    if (copiesBefore <= 1) return undefined;
    return `one of ${count(copiesBefore)} copies removed, ${count(copiesAfter)} left`;
  }
  if (copiesAfter <= 1) return undefined;
  // All new (a new object, or a flag now given twice): no "was no".
  if (copiesBefore === 0) return `one of ${count(copiesAfter)} copies added`;
  return `one more copy, ${count(copiesAfter)} in total (was ${count(copiesBefore)})`;
}
