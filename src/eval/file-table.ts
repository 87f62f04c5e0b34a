// file.c's `files`: make 4.3's hash table of file entries, kept for one
// thing only: the order of its slots. snap_deps() second-expands every
// file's prerequisites in that order (hash_dump(&files, 0, 0), unsorted), so
// the side effects of `$$(info)` or `$$(eval)` there come in slot order.
//
// hash.c: open addressing in a power-of-two vector, hash_init(&files, 1000)
// giving 1024 slots; file_hash_1 is jhash_string() of the name, file_hash_2
// is 0 (hash.h STRING_HASH_2), so a collision takes the next slot (the step
// is hash_2 | 1). Once fewer than size/16 slots are empty, hash_rehash()
// doubles the vector and puts the entries back in their old slots' order.
// Nothing is ever deleted before snap_deps() (rehash_file() runs while
// building), so there are no deleted slots to model.

import { jhashString } from './jhash.js';

const INITIAL_SIZE = 1024;

/** A name as lookup_file() looks it up: leading `./` (and the slashes after it) go; all slashes after a dot is `./`. */
export function lookupName(name: string): string {
  let n = name;
  while (n.length > 2 && n[0] === '.' && n[1] === '/') {
    n = n.slice(2);
    while (n[0] === '/') n = n.slice(1);
  }
  return n === '' ? './' : n;
}

export class FileTable {
  /**
   * The names in the order they were entered, repeats included: the table is
   * laid out from them when asked, keeping each name's first entry (reading
   * only records, and most evaluations never ask).
   */
  private readonly entered: string[] = [];

  /**
   * `lookup_file (name)`, then `enter_file (name)` if there is none: the
   * way make enters every name it reads (enter_prereqs(), record_files(),
   * eval_makefile(), record_target_var()). A name already there keeps its
   * slot; a double-colon rule's further entries hang off the first one.
   */
  enter(name: string): void {
    if (name !== '') this.entered.push(name);
  }

  /** hash_dump(&files, 0, 0): the names in slot order. */
  names(): string[] {
    return this.layout().filter((s): s is string => s !== undefined);
  }

  /** The number of slots (1024, doubled at each growth). */
  get size(): number {
    return this.layout().length;
  }

  /** The slots after entering every name in turn (hash_insert_at()), growing when fewer than size/16 are empty. */
  private layout(): (string | undefined)[] {
    let slots: (string | undefined)[] = new Array(INITIAL_SIZE);
    let fill = 0;
    const known = new Set<string>();
    for (const name of this.entered) {
      // lookup_file(): ./a is a.
      if (known.has(name) || (name.startsWith('./') && known.has(lookupName(name)))) continue;
      known.add(name);
      place(slots, name);
      fill++;
      if (slots.length - fill < slots.length / 16) {
        // hash_rehash(): the vector doubled (the fill is always at capacity here), entries put back in slot order.
        const old = slots.filter((s): s is string => s !== undefined);
        slots = new Array(slots.length * 2);
        for (const n of old) place(slots, n);
      }
    }
    return slots;
  }
}

/** hash_find_slot(): from the name's hash, the first empty slot (hash_2 is 1). */
function place(slots: (string | undefined)[], name: string): void {
  const mask = slots.length - 1;
  let i = jhashString(name) & mask;
  while (slots[i] !== undefined) i = (i + 1) & mask;
  slots[i] = name;
}
