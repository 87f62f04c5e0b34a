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
// matched against the file name with the directory put back, match-anything
// rules (`%:`, a single-suffix rule) only where no more specific rule
// matched, never for an intermediate file unless terminal.
import { fileNames, splitOrderOnly } from './file-names.js';
import { compilePattern, patternStem } from './patterns.js';

export interface PatternRule {
  target: string;
  prerequisites: string[];
  orderOnly: string[];
  recipe: string[];
  /** Under .SECONDEXPANSION, the prerequisite text (holding `$`) kept for the second expansion. */
  secondExpansion?: string;
  /** `%.c:: %.y`: a terminal rule, whose prerequisites must exist (never intermediate files). */
  terminal?: boolean;
  /** All the targets of its rule line (`%.c %.h: %.y`), when there are several. */
  targets?: string[];
}

export interface ImplicitMatch {
  rule: PatternRule;
  /** `$*`: the stem, with the target's directory when the pattern has no slash. */
  stem: string;
  /** The rule's prerequisites with the stem put in, before VPATH search. */
  prerequisites: string[];
  orderOnly: string[];
  /** The rule's other targets, with the stem put in: one run of its recipe makes them too (implicit.c: also_make). */
  alsoMake?: string[];
}

export interface ImplicitSearch {
  /** A file that exists (as make's file_exists_p, or found through VPATH). */
  exists(name: string): boolean;
  /** Mentioned in the makefile as a target or an explicit prerequisite. */
  oughtToExist(name: string): boolean;
  /** Second expansion of a word of a pattern rule's prerequisites, for `target` with stem `stem` ($*). */
  expandSecond?(text: string, target: string, stem: string): string;
}

/**
 * implicit.c get_next_word(): a word of a prerequisite text before its
 * second expansion, a reference `$(...)` with its blanks one piece of it.
 */
function nextWords(text: string): string[] {
  const words: string[] = [];
  let p = 0;
  for (;;) {
    while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
    if (p >= text.length) return words;
    const start = p;
    for (; p < text.length; p++) {
      const c = text[p];
      if (c === ' ' || c === '\t') break;
      if (c === '|') {
        p++;
        break;
      }
      if (c !== '$') continue;
      const open = text[++p];
      const close = open === '(' ? ')' : open === '{' ? '}' : undefined;
      if (close === undefined) continue;
      for (let count = 0, q = p + 1; q < text.length; q++) {
        if (text[q] === open) count++;
        else if (text[q] === close && --count < 0) {
          p = q;
          break;
        }
        if (q === text.length - 1) p = q;
      }
    }
    words.push(text.slice(start, p));
  }
}

/**
 * implicit.c pattern_search(), a rule under .SECONDEXPANSION: word by word,
 * the first `%` becomes `$*` (or `$(*F)` when the pattern has no slash and
 * the target a directory, which then goes in front of each name), the word
 * is expanded in the target's context and split into names; a `|` starts
 * the order-only ones.
 */
function secondExpand(rule: PatternRule, target: string, stem: string, dir: string, search: ImplicitSearch): { prerequisites: string[]; orderOnly: string[] } {
  const out = { prerequisites: [] as string[], orderOnly: [] as string[] };
  let orderOnly = false;
  for (const word of nextWords(rule.secondExpansion ?? '')) {
    if (!orderOnly && word === '|') {
      orderOnly = true;
      continue;
    }
    const percent = word.indexOf('%');
    const addDir = percent >= 0 && dir !== '';
    const text = percent < 0 ? word : word.slice(0, percent) + (addDir ? '$(*F)' : '$*') + word.slice(percent + 1);
    const expanded = search.expandSecond === undefined ? text : search.expandSecond(text, target, stem);
    let rest = expanded;
    for (;;) {
      const [before, after] = orderOnly ? [rest] : splitOrderOnly(rest);
      for (const name of fileNames(before)) (orderOnly ? out.orderOnly : out.prerequisites).push(addDir ? dir + name : name);
      if (after === undefined) break;
      orderOnly = true;
      rest = after;
    }
  }
  return out;
}

/** How deep implicit.c lets a chain of intermediate files go before it gives up (its own limit is the stack). */
const MAX_CHAIN = 8;

export function findImplicitRule(
  target: string,
  rules: readonly PatternRule[],
  search: ImplicitSearch,
  depth = 0,
  inUse: ReadonlySet<PatternRule> = new Set(),
  /**
   * An archive member lib.a(m.o) is matched whole, then as `(m.o)`
   * (implicit.c try_implicit_rule()), its directory never put apart.
   */
  archiveName?: string,
): ImplicitMatch | undefined {
  const filename = archiveName ?? target;
  // The last slash, not counting one at the end (foo/bar/ is bar/ in directory foo/).
  const slash = archiveName !== undefined ? -1 : target.lastIndexOf('/', target.length - 2);
  let candidates: { rule: PatternRule; stem: string; dir: string }[] = [];
  // Whether a rule matched that does not match every name: match-anything rules are then left out.
  let specific = false;
  for (const rule of rules) {
    const cancelled = rule.recipe.length === 0;
    // A pattern rule with prerequisites but no recipe cancels; it never matches.
    if (cancelled && (rule.prerequisites.length > 0 || rule.orderOnly.length > 0 || rule.secondExpansion !== undefined)) continue;
    // In use by the search this one is part of: not tried again.
    if (inUse.has(rule)) continue;
    const pattern = compilePattern(rule.target);
    if (!pattern.hasPercent) continue;
    const matchAnything = pattern.text === '%';
    // A match-anything rule that is not terminal is never tried for an intermediate file.
    if (matchAnything && depth > 0 && !rule.terminal) continue;
    const withDir = pattern.text.includes('/');
    const dir = withDir || slash < 0 ? '' : target.slice(0, slash + 1);
    const name = withDir ? filename : filename.slice(slash + 1);
    const stem = patternStem(pattern, name);
    if (stem === undefined) continue;
    // pattern_search(): the name must be longer than the pattern's fixed
    // parts, so the stem is never empty (with the directory put back: d/ can be all of it).
    if (dir.length + stem.length === 0) continue;
    if (!matchAnything) specific = true;
    // A rule with neither prerequisites nor recipe (as .SUFFIXES makes
    // for each suffix) exists only to keep match-anything rules away.
    if (cancelled) continue;
    candidates.push({ rule, stem, dir });
  }
  // A rule that matches any name and is not terminal is dropped when a more specific one matched.
  if (specific) candidates = candidates.filter((c) => c.rule.terminal || !(c.rule.targets ?? [c.rule.target]).includes('%'));
  // make tries shorter stems first (counting the directory put back), equal ones in order of definition.
  candidates.sort((a, b) => a.dir.length + a.stem.length - (b.dir.length + b.stem.length));
  const usable = candidates;
  // The prerequisites with the stem put in, made for each rule as it is tried (a second expansion each time, as make does).
  const fillIn = ({ rule, stem, dir }: (typeof candidates)[number]): ImplicitMatch => {
    const fill = (p: string): string => {
      const cp = compilePattern(p);
      if (!cp.hasPercent) return cp.text;
      // The directory goes in front of a prerequisite pattern without a slash.
      return (cp.text.includes('/') ? '' : dir) + cp.prefix + stem + cp.suffix;
    };
    const match: ImplicitMatch = { rule, stem: dir + stem, prerequisites: rule.prerequisites.map(fill), orderOnly: rule.orderOnly.map(fill) };
    if (rule.targets !== undefined) {
      match.alsoMake = rule.targets.filter((t) => t !== rule.target).map((t) => {
        const cp = compilePattern(t);
        return cp.hasPercent ? cp.prefix + dir + stem + cp.suffix : cp.text;
      });
    }
    if (rule.secondExpansion !== undefined) {
      const second = secondExpand(rule, target, dir + stem, dir, search);
      match.prerequisites.push(...second.prerequisites);
      match.orderOnly.push(...second.orderOnly);
    }
    return match;
  };
  // First pass: every prerequisite (order-only ones too: pattern_search()
  // tries each entry of the rule's list) exists or the makefile mentions it.
  for (const candidate of usable) {
    const c = fillIn(candidate);
    if ([...c.prerequisites, ...c.orderOnly].every((p) => search.exists(p) || search.oughtToExist(p))) return c;
  }
  // Second pass: a prerequisite may be an intermediate file another pattern
  // rule makes (Kbuild: vdso-image-64.o from a generated vdso-image-64.c);
  // a rule is not used twice in one chain.
  if (depth >= MAX_CHAIN) return undefined;
  for (const candidate of usable) {
    // pattern_search(): "Reject any terminal rules if we're looking to make intermediate files."
    if (candidate.rule.terminal) continue;
    const c = fillIn(candidate);
    const chain = new Set(inUse).add(c.rule);
    const all = [...c.prerequisites, ...c.orderOnly];
    if (all.every((p) => search.exists(p) || search.oughtToExist(p) || findImplicitRule(p, rules, search, depth + 1, chain) !== undefined)) return c;
  }
  return undefined;
}
