// The comparisons of test/generated-makefiles.test.ts (Automake, CMake) and
// test/generated-makefiles-gyp-perl-qmake.test.ts (gyp, ExtUtils::MakeMaker,
// qmake): a generated makefile read by GNU make 4.3 and by kflags where the
// build reads it, its values, make -p entries and recipes against make -n.
// Each test file describes its builds (how each is generated, what is read
// in it) and hands them to describeBuilds().
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/index.js';
import type { Rule } from '../../src/eval/rules.js';
import { haveMake } from './make.js';
import { entryDifferences, makeEntries, normalize, outsideDatabase, printerText, runKflags, runMake, type Setup } from './real-makefiles.js';

export const ENV = { PATH: '/usr/bin:/bin' };

/** A generator is there (`argv` exits 0); missing, the test is skipped, except in CI (env CI), where .ci/run installs `pkg`. */
export function tool(argv: string[], pkg: string): boolean {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (!r.error && r.status === 0) return true;
  if (process.env.CI) throw new Error(`${argv.join(' ')} failed: .ci/run installs ${pkg}`);
  return false;
}

/** A temporary directory for the builds, with the printer makefile and the goal makefile make -p reads. */
export interface Scratch {
  dir: string;
  printer: string;
  goal: string;
}

/** The scratch directory of a test file (removed after its tests). */
export function scratchDirectory(prefix: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const printer = join(dir, 'printer.mk');
  writeFileSync(printer, printerText());
  const goal = join(dir, 'goal.mk');
  writeFileSync(goal, '__kflags_db: ;@:\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir, printer, goal };
}

/** Run a generator; its output only matters when it fails. */
export function run(cwd: string, argv: string[], env: Record<string, string | undefined> = {}): void {
  const r = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} (in ${cwd}) failed with status ${r.status}:\n${r.stdout}${r.stderr}`);
}

/** Sources edited after a build (newer than everything built): make -n has their objects' recipes to print again. */
export function touch(dir: string, files: string[] = []): void {
  // Now: later than what the build wrote (a time in the future would make make warn of clock skew).
  const now = new Date();
  for (const f of files) utimesSync(join(dir, f), now, now);
}

/** One makefile as the build reads it. */
export interface Read {
  /** The directory make runs in, relative to the build directory. */
  dir: string;
  makefile: string;
  args?: string[];
  /** The environment's MAKEFLAGS and MAKELEVEL, as a recursive make gives them to its sub-make. */
  env?: Record<string, string>;
  /** Targets whose recipe `make -n` prints (their prerequisites exist: nothing else is printed). */
  recipes?: string[];
  /** Every target's recipe too (compareEveryRecipe()): at least this many compared. */
  every?: number;
}

/** One generated build: how it is made (returns the build directory), and what is read in it. */
export interface Build {
  name: string;
  generate: () => string;
  reads: Read[];
}

/** A kind of build (one generator): its builds, skipped with the reason when the generator is missing. */
export interface Kind {
  kind: string;
  available: boolean;
  /** What is missing, said in the skipped test's name. */
  missing: string;
  builds: Build[];
}

/** The tests: for each build, generated once, each read compared (reading, values and make -p; recipes; every recipe). */
export function describeBuilds(title: string, scratch: Scratch, kinds: Kind[]): void {
  describe.skipIf(!haveMake)(title, () => {
    for (const { kind, available, missing, builds } of kinds) {
      describe.skipIf(!available)(`${kind}${available ? '' : ` (skipped: ${missing} is not installed)`}`, () => {
        for (const build of builds) {
          describe(build.name, () => {
            let top = '';
            beforeAll(() => {
              top = build.generate();
            }, 300_000);
            for (const read of build.reads) {
              const name = `${read.dir === '.' ? '' : `${read.dir}: `}${read.env ? Object.entries(read.env).map(([k, v]) => `${k}='${v}' `).join('') : ''}make -f ${read.makefile}${read.args ? ' ' + read.args.join(' ') : ''}`;
              const setup = (): Setup => ({ cwd: join(top, read.dir), makefile: read.makefile, includeDirs: [], args: read.args ?? [] });
              const env = { ...ENV, ...read.env };
              it(`${name}: reading, values and make -p`, () => {
                expect(existsSync(join(top, read.dir, read.makefile)), `${read.makefile} was generated`).toBe(true);
                compareReading(scratch, setup(), name, env);
              }, 120_000);
              if (read.every !== undefined) {
                it(`${name}: every target's recipe (make -n)`, () => {
                  compareEveryRecipe(setup(), name, read.every ?? 0, env);
                }, 300_000);
              }
              if (read.recipes !== undefined) {
                it(`${name}: recipes of ${read.recipes.join(' ')} (make -n)`, () => {
                  compareRecipes(setup(), name, read.recipes ?? [], env);
                }, 120_000);
              }
            }
          });
        }
      });
    }
  });
}

/** The recipe make runs for a target: its rule's, or the suffix or pattern rule's that would build it. */
export function recipeOf(ev: Evaluation, target: string): string[] {
  const rule = ev.rule(target);
  if (rule !== undefined && (rule.recipe.length > 0 || rule.doubleColon)) return rule.recipe;
  return ev.interpreter.implicitRule(target)?.rule.recipe ?? [];
}

/**
 * What `make -n` prints for a recipe whose lines kflags expanded: each
 * command without its leading blanks and `@`, `-`, `+` (job.c reads them
 * after expansion), nothing for an empty one; a line that expands to
 * several lines (a `define` of several, as gyp's do_cmd) is several
 * commands, each read so (job.c ends a command at a newline that no
 * backslash escapes); a command continued with backslash-newline keeps
 * both, without the one tab (the recipe prefix) that starts the next line
 * in the makefile (job.c).
 */
export function dryRun(lines: string[]): string {
  let out = '';
  for (const line of lines) {
    for (const piece of line.split(/(?<!\\)\n/)) {
      const command = piece.replace(/^[@+\-\s]*/, '');
      if (command !== '') out += command.replaceAll('\\\n\t', '\\\n') + '\n';
    }
  }
  return out;
}

/** The printer's output, then make -p's entries (as test/debian-makefiles.test.ts compares them). */
export function compareReading(scratch: Scratch, s: Setup, name: string, ENV: Record<string, string>): void {
  const make = normalize(runMake(s, scratch.printer, '__kflags_print', ENV));
  // Reading a generated makefile is expected to succeed, and to define something.
  expect(make.status, `${name}: make's status (${make.stderr})`).toBe(0);
  expect(make.stdout.split('\n').length).toBeGreaterThan(5);
  const kflags = normalize(runKflags(s, scratch.printer, '__kflags_print', ENV));
  expect({ stdout: kflags.stdout, stderr: kflags.stderr, status: kflags.status }, `${name}: expanded values`).toEqual(make);
  const traced = normalize(runKflags(s, scratch.printer, '__kflags_print', ENV, true));
  expect({ stdout: traced.stdout, stderr: traced.stderr, status: traced.status }, `${name}: expanded values, with history`).toEqual(make);
  const env = { ...ENV, MAKEFLAGS: `pq${ENV.MAKEFLAGS ?? ''}` };
  const makeDb = runMake(s, scratch.goal, '__kflags_db', env);
  const kflagsDb = runKflags(s, scratch.goal, '__kflags_db', env);
  expect(normalize(kflagsDb).stderr, `${name}: reading (make -p) stderr`).toBe(normalize(makeDb).stderr);
  const outside = outsideDatabase(makeDb.stdout, kflagsDb);
  expect(outside.kflags, `${name}: reading (make -p) stdout`).toEqual(outside.make);
  const theirs = makeEntries(makeDb.stdout);
  expect(entryDifferences(theirs, kflagsDb.entries).join('\n'), `${name}: make -p entries`).toBe('');
  expect(theirs.size).toBeGreaterThan(5);
}

/** Each target's recipe: make -n TARGET against kflags' expansion in the target's context. */
export function compareRecipes(s: Setup, name: string, targets: string[], ENV: Record<string, string>): void {
  // -n joins the flags the environment gives (a sub-make's).
  const env = { ...ENV, MAKEFLAGS: `n${ENV.MAKEFLAGS ?? ''}` };
  for (const chain of targets) {
    // "A B T": make -n T makes A and B first (prerequisites that do not exist), then T.
    const made = chain.split(' ');
    const target = made[made.length - 1];
    const make = normalize(runMake(s, undefined, target, env));
    expect(make.status, `${name}: make -n ${target} (${make.stderr})`).toBe(0);
    expect(make.stdout, `${name}: make -n ${target} prints its recipe`).not.toBe('');
    const kflags = normalize(runKflags(s, undefined, target, env));
    expect({ stderr: kflags.stderr, status: kflags.status }, `${name}: reading for ${target}`).toEqual({ stderr: make.stderr, status: 0 });
    const ev = kflags.evaluation as Evaluation;
    let printed = '';
    for (const t of made) {
      const recipe = recipeOf(ev, t);
      expect(recipe.length, `${name}: ${t} has a recipe`).toBeGreaterThan(0);
      // job.c: every line of a recipe is expanded before the first runs; a prerequisite sees its parent's target-specific variables.
      const parents = t === target ? [] : [target];
      printed += dryRun(recipe.map((line) => ev.expand(line, { target: t, parents, implicit: true })));
    }
    // With history (provenance recorded for every expansion), the same.
    const traced = runKflags(s, undefined, target, env, true).evaluation as Evaluation;
    let tracedPrinted = '';
    for (const t of made) tracedPrinted += dryRun(recipeOf(traced, t).map((line) => traced.expand(line, { target: t, parents: t === target ? [] : [target], implicit: true })));
    expect(tracedPrinted, `${name}: make -n ${target}, with history`).toBe(printed);
    // Under -w, make says where it is before the first command it prints.
    if (kflags.directory !== undefined && printed !== '' && kflags.leaving === '') printed = kflags.directory[0] + printed + kflags.directory[1];
    else printed = kflags.stdout.slice(0, kflags.stdout.length - kflags.leaving.length) + printed + kflags.leaving;
    expect(printed, `${name}: make -n ${target}`).toBe(make.stdout);
  }
}

/**
 * What make -n prints of each `::` rule of a target, in order (make runs
 * them one after the other, each after its own prerequisites): each rule's
 * recipe expanded in that rule's context ($^, $< its own), empty ones left
 * out.
 */
function doubleColonBlocks(ev: Evaluation, target: string, rule: Rule): string[] {
  return (rule.doubleColonRules ?? [rule]).map((part, i) => dryRun(part.recipe.map((line) => ev.expand(line, { target, implicit: true, doubleColonRule: i })))).filter((b) => b !== '');
}

/** `blocks` appear in `text` in order, the last ending it. */
function inOrder(text: string, blocks: string[]): boolean {
  let at = 0;
  for (const [i, block] of blocks.entries()) {
    const found = i === blocks.length - 1 ? (text.endsWith(block) && text.length - block.length >= at ? text.length - block.length : -1) : text.indexOf(block, at);
    if (found < 0 || (found > 0 && text[found - 1] !== '\n')) return false;
    at = found + block.length;
  }
  return true;
}

/**
 * Every target of the makefile that has a recipe (not a special target, not
 * a pattern), one make -n each, as compareRecipes() does, except:
 * targets whose recipe make would run under -n (`+`, `$(MAKE)`: recursive
 * makes) and those make has nothing to do for ("is up to date") are left
 * out, and where make first makes prerequisites (`clean` runs the recipes of
 * `clean-am`...), its output must end with the target's own recipe. A
 * double-colon target whose file does not exist (make runs each of its
 * rules): each rule's recipe, in order, the last ending make's output
 * (prerequisites' recipes come between).
 */
export function compareEveryRecipe(s: Setup, name: string, least: number, ENV: Record<string, string>): void {
  const env = { ...ENV, MAKEFLAGS: `n${ENV.MAKEFLAGS ?? ''}` };
  const all = runKflags(s, undefined, '__kflags_none', env).evaluation as Evaluation;
  let compared = 0;
  const failures: string[] = [];
  for (const target of all.targets()) {
    if (target.startsWith('.') || target.includes('%')) continue;
    const kflags = runKflags(s, undefined, target, env);
    const ev = kflags.evaluation as Evaluation;
    const rule = ev.rule(target);
    const doubleColon = rule?.doubleColon === true;
    // A double-colon target that is a file: which of its rules run depends on each one's prerequisites' times.
    if (doubleColon && existsSync(join(s.cwd, target))) continue;
    const recipe = doubleColon ? (rule?.doubleColonRules ?? []).flatMap((part) => part.recipe) : recipeOf(ev, target);
    if (recipe.length === 0 || recipe.some((line) => /^[\s@-]*\+/.test(line) || /\$[({]MAKE[)}]/.test(line))) continue;
    const make = normalize(runMake(s, undefined, target, env));
    if (make.status !== 0 || /is up to date\.|Nothing to be done for/.test(make.stdout)) continue;
    compared++;
    const own = kflags.directory === undefined ? make.stdout : make.stdout.slice(kflags.directory[0].length, make.stdout.length - kflags.directory[1].length);
    if (doubleColon && rule !== undefined) {
      const blocks = doubleColonBlocks(ev, target, rule);
      if (kflags.stderr !== make.stderr || !inOrder(own, blocks)) failures.push(`make -n ${target} (::):\n${make.stderr}${own}kflags:\n${kflags.stderr}${blocks.join('')}`);
      continue;
    }
    const printed = dryRun(recipe.map((line) => ev.expand(line, { target, implicit: true })));
    if (kflags.stderr !== make.stderr || (own !== printed && !(printed !== '' && own.endsWith('\n' + printed)))) {
      failures.push(`make -n ${target}:\n${make.stderr}${own}kflags:\n${kflags.stderr}${printed}`);
    }
  }
  expect(failures.join('\n'), `${name}: every target's recipe`).toBe('');
  expect(compared, `${name}: recipes compared`).toBeGreaterThanOrEqual(least);
}
