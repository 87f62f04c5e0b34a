// kflags eval -p against make -p: over the differential corpus, every
// variable the makefile or command line defined (origins makefile,
// 'override' directive, command line) is printed as make 4.3 prints it in
// its "# Variables" section: the origin line with (from 'file', line N) and
// the unexpanded value; and every variable both print comes in the same
// order (make's hash table's, src/eval/variable-table.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { databaseEntry } from '../src/report/database.js';
// @ts-ignore -- plain JS helper module shared with run-make.mjs
import * as lib from './differential/lib.mjs';

interface Header { print: string[]; args: string[]; target?: string; env: Record<string, string> }

const ORIGINS = /^# (makefile|'override' directive|command line)( private)?( \(from .*\))?$/;
// Variables make computes from its own switches (-p -q change them) or keeps elsewhere.
const SKIP = new Set(['MAKEFLAGS', 'MFLAGS', 'CURDIR', 'MAKEFILE_LIST', '.DEFAULT_GOAL', 'MAKEOVERRIDES', '-*-command-variables-*-', 'GNUMAKEFLAGS', '.VARIABLES', 'SHELL', '.RECIPEPREFIX', 'MAKECMDGOALS']);

/** The "# Variables" section of make -p, as entries (origin line + value lines). */
function makeEntries(text: string): string[] {
  const start = text.indexOf('\n# Variables\n\n');
  const end = text.indexOf('# variable set hash-table stats:', start);
  if (start < 0 || end < 0) return [];
  const lines = text.slice(start + '\n# Variables\n\n'.length, end).split('\n');
  const entries: string[] = [];
  // An entry runs from its origin line to the next origin line (a value may span lines).
  const isOrigin = (l: string) => /^# (automatic|default|environment|makefile|command line|'override' directive|environment under -e)( private)?( \(from '.*', line \d+\))?$/.test(l);
  let current: string[] | undefined;
  for (const line of lines) {
    if (isOrigin(line)) {
      if (current !== undefined) entries.push(current.join('\n') + '\n');
      current = [line];
    } else if (current !== undefined) current.push(line);
  }
  // The section ends with a blank line after the last entry.
  if (current !== undefined) entries.push(current.slice(0, current[current.length - 1] === '' ? -1 : undefined).join('\n') + '\n');
  return entries;
}

const nameOf = (entry: string) => {
  const lines = entry.replace(/\n$/, '').split('\n');
  const second = lines[1];
  return second.startsWith('define ') && lines.length >= 4 && lines[lines.length - 1] === 'endef' ? second.slice(7) : second.replace(/ [:+]?= .*$/s, '');
};

const makeOk = spawnSync(lib.MAKE as string, ['--version'], { encoding: 'utf8' });
const haveMake = !makeOk.error && /GNU Make 4\.3\b/.test(makeOk.stdout ?? '');
// Not compared: cases that run the shell, write files, or set command-line variables through MAKEFLAGS (not modelled, README).
const cases: string[] = (lib.listCases() as string[]).filter((c) => !/shell|func-file-write|makeflags-cmdline/.test(c));

const printer = join(mkdtempSync(join(tmpdir(), 'kflags-db-')), 'goal.mk');
writeFileSync(printer, '__kflags_db: ; @:\n');

describe.skipIf(!haveMake)('kflags eval -p prints the variables as make -p does', () => {
  it(`agrees on every makefile-defined variable of the ${cases.length} differential cases make reads without error`, () => {
    let compared = 0;
    let ordersCompared = 0;
    const failures: string[] = [];
    for (const caseFile of cases) {
      const header = lib.readCase(caseFile) as Header;
      // The goal is a rule of its own with an empty recipe, read after the case: no recipe of the case is expanded (one could $(eval)).
      const make = spawnSync(lib.MAKE as string, ['-R', '-r', '-p', '-q', '-f', caseFile, '-f', printer, '__kflags_db', ...header.args], {
        cwd: lib.CASES_DIR as string,
        env: header.env,
        encoding: 'latin1',
        maxBuffer: 1 << 28,
      });
      // A case that stops make (or loops into --max-depth) says nothing about the database.
      if (make.status === 2 || !make.stdout.includes('# Variables')) continue;
      // A makefile that reads MAKEFLAGS or MFLAGS sees make's own -p -q in them; .VARIABLES is in make's hash order.
      if (/MAKEFLAGS|MFLAGS|\.VARIABLES/.test(readFileSync(join(lib.CASES_DIR as string, caseFile), 'latin1'))) continue;
      let entries: Map<string, string>;
      let ordered: string[];
      try {
        // evaluate() takes make's text as bytes, one character each (the CLI converts its words so).
        const bytes = (t: string) => Buffer.from(t, 'utf8').toString('latin1');
        const environment = Object.fromEntries(Object.entries(header.env).map(([k, v]) => [bytes(k), bytes(v)]));
        const ev = evaluate({ makefiles: [caseFile, printer], allowRead: [dirname(printer)], cwd: lib.CASES_DIR as string, commandLine: header.args.map(bytes), goals: ['__kflags_db'], environment, onInfo: () => {}, onWarning: () => {} });
        // make -p prints after snap_deps(): a second expansion's $(eval) has defined its variables.
        ev.snapDependencies();
        ordered = ev.variablesInMakeOrder().map((v) => v.name);
        entries = new Map(ev.variablesInMakeOrder().map((v) => [v.name, databaseEntry(v)]));
      } catch {
        continue;
      }
      const printed = makeEntries(make.stdout).map(nameOf);
      const both = new Set(printed.filter((n) => entries.has(n)));
      const inOrder = (names: string[]) => names.filter((n) => both.has(n)).join(' ');
      ordersCompared++;
      if (inOrder(ordered) !== inOrder(printed)) failures.push(`${caseFile}: order: make:\n${inOrder(printed)}\nkflags:\n${inOrder(ordered)}\n`);
      for (const entry of makeEntries(make.stdout)) {
        if (!ORIGINS.test(entry.split('\n')[0])) continue;
        const name = nameOf(entry);
        if (SKIP.has(name)) continue;
        compared++;
        if (entries.get(name) !== entry) failures.push(`${caseFile}: make:\n${entry}kflags:\n${entries.get(name) ?? '(none)\n'}`);
      }
    }
    expect(failures.slice(0, 10).join('\n')).toBe('');
    expect(compared).toBeGreaterThan(1000);
    expect(ordersCompared).toBeGreaterThan(1000);
  }, 300_000);
});

describe('kflags eval -p --history', () => {
  it('adds every earlier assignment of each variable', async () => {
    const { run } = await import('../src/cli/app.js');
    const dir = mkdtempSync(join(tmpdir(), 'kflags-db-h-'));
    writeFileSync(join(dir, 'h.mk'), 'CFLAGS := -O2\nCFLAGS += -g\nCFLAGS := $(filter-out -g,$(CFLAGS))\n');
    let out = '';
    const status = await run(['eval', 'h.mk', '-p', '--history'], { stdout: (t) => (out += t), stderr: () => {}, cwd: dir, env: {} });
    expect(status).toBe(0);
    expect(out).toContain("# makefile (from 'h.mk', line 3)\nCFLAGS := -O2\n#   earlier: h.mk:1: CFLAGS := -O2\n#   earlier: h.mk:2: CFLAGS += -g\n");
  });
});
