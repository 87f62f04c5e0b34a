// Implicit rule search (implicit.c pattern_search), for the automatic
// variables of a target whose recipe comes from a pattern rule: `$<` is the
// pattern's first prerequisite, `$*` the stem, and the pattern's
// prerequisites come before the explicit ones in `$^`.
//
// Modelled: pattern_search's first pass (every prerequisite exists,
// possibly through VPATH, or ought to exist because the makefile mentions
// it) and its second (a prerequisite another pattern rule can make, an
// intermediate file, each rule once per chain), rules tried in order of
// definition after a stable sort by stem length, a pattern without `/`
// matched against the file name with the directory put back. Not
// modelled: match-anything rules' special cases.
import { compilePattern, patternStem } from './patterns.js';

export interface PatternRule {
  target: string;
  prerequisites: string[];
  orderOnly: string[];
  recipe: string[];
}

export interface ImplicitMatch {
  rule: PatternRule;
  /** `$*`: the stem, with the target's directory when the pattern has no slash. */
  stem: string;
  /** The rule's prerequisites with the stem put in, before VPATH search. */
  prerequisites: string[];
  orderOnly: string[];
}

export interface ImplicitSearch {
  /** A file that exists (as make's file_exists_p, or found through VPATH). */
  exists(name: string): boolean;
  /** Mentioned in the makefile as a target or an explicit prerequisite. */
  oughtToExist(name: string): boolean;
}

/** How deep implicit.c lets a chain of intermediate files go before it gives up (its own limit is the stack). */
const MAX_CHAIN = 8;

export function findImplicitRule(
  target: string,
  rules: readonly PatternRule[],
  search: ImplicitSearch,
  depth = 0,
  inUse: ReadonlySet<PatternRule> = new Set(),
): ImplicitMatch | undefined {
  const slash = target.lastIndexOf('/');
  const candidates: { rule: PatternRule; stem: string; dir: string }[] = [];
  for (const rule of rules) {
    // A pattern rule without a recipe cancels; it never matches.
    if (rule.recipe.length === 0) continue;
    const pattern = compilePattern(rule.target);
    if (!pattern.hasPercent) continue;
    const withDir = pattern.text.includes('/');
    const dir = withDir || slash < 0 ? '' : target.slice(0, slash + 1);
    const name = withDir ? target : target.slice(slash + 1);
    const stem = patternStem(pattern, name);
    // A match-anything rule (`%:`) does not build files of other rules' shapes: left out.
    if (stem === undefined || pattern.text === '%') continue;
    candidates.push({ rule, stem, dir });
  }
  // make tries shorter stems first (counting the directory put back), equal ones in order of definition.
  candidates.sort((a, b) => a.dir.length + a.stem.length - (b.dir.length + b.stem.length));
  const filled = candidates
    .filter((c) => !inUse.has(c.rule))
    .map(({ rule, stem, dir }) => {
      const fill = (p: string): string => {
        const cp = compilePattern(p);
        if (!cp.hasPercent) return cp.text;
        // The directory goes in front of a prerequisite pattern without a slash.
        return (cp.text.includes('/') ? '' : dir) + cp.prefix + stem + cp.suffix;
      };
      return { rule, stem: dir + stem, prerequisites: rule.prerequisites.map(fill), orderOnly: rule.orderOnly.map(fill) };
    });
  // First pass: every prerequisite exists or the makefile mentions it.
  for (const c of filled) {
    if (c.prerequisites.every((p) => search.exists(p) || search.oughtToExist(p))) return c;
  }
  // Second pass: a prerequisite may be an intermediate file another pattern
  // rule makes (Kbuild: vdso-image-64.o from a generated vdso-image-64.c);
  // a rule is not used twice in one chain.
  if (depth >= MAX_CHAIN) return undefined;
  for (const c of filled) {
    const chain = new Set(inUse).add(c.rule);
    if (c.prerequisites.every((p) => search.exists(p) || search.oughtToExist(p) || findImplicitRule(p, rules, search, depth + 1, chain) !== undefined)) return c;
  }
  return undefined;
}
