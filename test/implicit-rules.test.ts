// Implicit rule search against GNU make: each case in test/implicit/cases is
// a makefile whose pattern rules (or, in explicit-*.mk, the goal's own rule)
// print their automatic variables with $(info) in the recipe; make builds the goal (running nothing but `:`),
// kflags finds the same pattern rule and expands its recipe in the goal's
// context, after those of the prerequisites make would build first (phony
// or no file; their variables inherited from the target). Headers: `# goal: T`
// and `# files: a.c dir/b.S` (created empty).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { haveMake, MAKE, tempDir } from './helpers/make.js';

const casesDir = join(import.meta.dirname, 'implicit', 'cases');
const cases = readdirSync(casesDir).filter((f) => f.endsWith('.mk')).sort();

function header(text: string, name: string): string {
  return new RegExp(`^# ${name}:(.*)$`, 'm').exec(text)?.[1].trim() ?? '';
}

function kflagsSide(dir: string, goal: string): string {
  let out = '';
  const ev = evaluate({ makefiles: ['t.mk'], cwd: dir, goals: [goal], onInfo: (t) => (out += t) });
  // main.c: snap_deps() second-expands every file's prerequisites before anything is built.
  ev.snapDependencies();
  const rules = ev.interpreter.ruleSet;
  const built = new Set<string>();
  // As make builds: each prerequisite first, in order, when it is phony or
  // no file (after VPATH) and something makes it; then the target's recipe
  // (a double-colon target's rules in turn, each after its own prerequisites).
  const prerequisites = (names: string[], parents: string[]) => {
    for (const p of names) {
      if (built.has(p)) continue;
      if (!rules.isPhony(p) && existsSync(join(dir, rules.vpathSearch(p)))) continue;
      build(p, parents);
    }
  };
  const build = (target: string, parents: string[]): boolean => {
    built.add(target);
    const inner = [...parents, target];
    // A target with a recipe of its own: its rules' automatic variables.
    const explicit = ev.rule(target);
    // Grouped targets: one run of the recipe makes them all.
    for (const other of explicit?.alsoMake ?? []) built.add(other);
    if (explicit?.doubleColonRules !== undefined) {
      explicit.doubleColonRules.forEach((part, k) => {
        prerequisites(rules.expandedDeps(part).map((d) => d.name), inner);
        for (const line of part.recipe) ev.expand(line, { target, parents, doubleColonRule: k });
      });
      return true;
    }
    if (explicit !== undefined && explicit.recipe.length > 0) {
      prerequisites(rules.expandedDeps(explicit).map((d) => d.name), inner);
      for (const line of explicit.recipe) ev.expand(line, { target, parents });
      return true;
    }
    const match = ev.interpreter.implicitRule(target);
    let recipe = match?.rule.recipe;
    // .DEFAULT's recipe for a file no rule names and no pattern rule makes.
    if (match === undefined && explicit === undefined) recipe = ev.rule('.DEFAULT')?.recipe;
    if (recipe === undefined || recipe.length === 0) return false;
    for (const other of match?.alsoMake ?? []) built.add(other);
    const own = explicit === undefined ? [] : rules.expandedDeps(explicit).map((d) => d.name);
    prerequisites([...(match?.prerequisites ?? []), ...(match?.orderOnly ?? []), ...own], inner);
    for (const line of recipe) ev.expand(line, { target, parents, implicit: true });
    return true;
  };
  if (!build(goal, [])) return '(no implicit rule)\n';
  return out;
}

describe.skipIf(!haveMake)('implicit rule search agrees with GNU make', () => {
  it.each(cases)('%s', (file) => {
    const text = readFileSync(join(casesDir, file), 'latin1');
    const goal = header(text, 'goal');
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 't.mk'), text);
      for (const f of header(text, 'files').split(/\s+/).filter(Boolean)) {
        mkdirSync(dirname(join(dir, f)), { recursive: true });
        writeFileSync(join(dir, f), '');
      }
      const make = spawnSync(MAKE, ['-R', '-r', '-f', 't.mk', goal], { cwd: dir, env: {}, encoding: 'latin1' });
      expect(make.status, make.stderr).toBe(0);
      expect(make.stdout).not.toBe('');
      expect(kflagsSide(dir, goal)).toBe(make.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
