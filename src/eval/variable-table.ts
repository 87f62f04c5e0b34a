// variable.c's global_variable_set.table: make 4.3's hash table of global
// variables, kept for one thing only: the order of its slots, which is the
// order of the names in $(.VARIABLES) (lookup_special_var() lists the
// table's vector, skipping empty and deleted slots).
//
// hash.c: open addressing in a power-of-two vector, VARIABLE_BUCKETS (523)
// rounded up to 1024 slots; variable_hash_1 is jhash() of the name (not
// file.c's jhash_string()), variable_hash_2 is 0, so a collision takes the
// next slot. `undefine` leaves a deleted slot, which the next name probing
// through it takes. Once fewer than size/16 slots are empty, hash_rehash()
// puts the entries back in their old slots' order, in a vector twice as
// large if the table is that full (else, deleted slots dropped, as large).
//
// kflags keeps its variables in a Map, whose order is the order of
// definition; the table is replayed from it when $(.VARIABLES) is read
// (names the Map has and the table not yet, in the Map's order, are the
// ones defined since) and when `undefine` deletes a name (before the
// deletion, so that later names can take its slot).
import { jhash } from './jhash.js';
import type { VariableSet } from './variables.js';

const INITIAL_SIZE = 1024;

/** A deleted slot (hash.c's hash_deleted_item). */
const DELETED = 0;

class VariableTable {
  /** A name, DELETED, or undefined (empty). */
  private slots: (string | typeof DELETED | undefined)[] = new Array(INITIAL_SIZE);
  private size = INITIAL_SIZE;
  private fill = 0;
  private empty = INITIAL_SIZE;
  private readonly placed = new Set<string>();

  /** hash_find_slot(): the name's slot, else the first deleted slot probed, else the empty one that ended the probe. */
  private findSlot(name: string): number {
    let h = jhash(name);
    let deleted = -1;
    for (;;) {
      h &= this.size - 1;
      const item = this.slots[h];
      if (item === undefined) return deleted >= 0 ? deleted : h;
      if (item === DELETED) {
        if (deleted < 0) deleted = h;
      } else if (item === name) return h;
      h += 1;
    }
  }

  /** hash_insert_at() of a name not in the table. */
  private insert(name: string): void {
    const slot = this.findSlot(name);
    if (this.slots[slot] === undefined) this.empty--;
    this.slots[slot] = name;
    this.fill++;
    this.placed.add(name);
    if (this.empty < this.size >> 4) this.rehash();
  }

  private rehash(): void {
    const old = this.slots;
    if (this.fill >= this.size - (this.size >> 4)) this.size *= 2;
    this.slots = new Array(this.size);
    for (const item of old) if (item !== undefined && item !== DELETED) this.slots[this.findSlot(item)] = item;
    this.empty = this.size - this.fill;
  }

  /** Place the names defined since the last call: those of `names` (in definition order) not placed yet. */
  sync(names: Iterable<string>): void {
    for (const name of names) if (!this.placed.has(name)) this.insert(name);
  }

  /** hash_delete_at(). */
  delete(name: string): void {
    if (!this.placed.delete(name)) return;
    this.slots[this.findSlot(name)] = DELETED;
    this.fill--;
  }

  names(): string[] {
    const out: string[] = [];
    for (const item of this.slots) if (item !== undefined && item !== DELETED) out.push(item);
    return out;
  }
}

const tables = new WeakMap<VariableSet, VariableTable>();
/** The names seedVariableTable() puts first, kept until a table is needed. */
const seeds = new WeakMap<VariableSet, string[]>();

/** The set's table, made when first needed (most evaluations never read .VARIABLES, undefine or print -p). */
function tableOf(set: VariableSet): VariableTable {
  let table = tables.get(set);
  if (table === undefined) {
    table = new VariableTable();
    tables.set(set, table);
    table.sync(seeds.get(set) ?? []);
  }
  table.sync(set.vars.keys());
  return table;
}

/**
 * Place the variables defined before any makefile in main.c's order, which
 * decides who takes a slot two names share: .VARIABLES, .RECIPEPREFIX,
 * .SHELLFLAGS, .LOADED and .FEATURES, then the environment's (in its order),
 * GNUMAKEFLAGS, the command line's, MAKE_COMMAND, MAKE and the command line's
 * record; the rest (CURDIR, .INCLUDE_DIRS, MAKEFLAGS...) after them, in
 * kflags' order. Called once the command line is defined; the names are
 * hashed only when the table is first needed (what is defined now comes
 * first then, in the same order).
 */
export function seedVariableTable(set: VariableSet, environment: string[], commandLine: string[]): void {
  const first = ['.VARIABLES', '.RECIPEPREFIX', '.SHELLFLAGS', '.LOADED', '.FEATURES', ...environment, 'GNUMAKEFLAGS', ...commandLine];
  first.push('MAKE_COMMAND', 'MAKE', '-*-command-variables-*-', 'MAKEOVERRIDES');
  tables.delete(set);
  seeds.set(set, first.filter((name) => set.get(name) !== undefined));
}

/** The global set's names in make's slot order: $(.VARIABLES), and the order make -p prints them in. */
export function variableNamesInSlotOrder(set: VariableSet): string[] {
  return tableOf(set).names();
}

/** The value of $(.VARIABLES). */
export function variablesInSlotOrder(set: VariableSet): string {
  return variableNamesInSlotOrder(set).join(' ');
}

/** `undefine` is about to remove `name` from the global set: its slot becomes a deleted one. */
export function noteUndefine(set: VariableSet, name: string): void {
  tableOf(set).delete(name);
}
