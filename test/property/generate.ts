// Random well-formed makefiles for the property-based differential test
// (test/property.test.ts) and the long fuzzer (scripts/fuzz-differential.mjs).
//
// Everything here is deterministic make 4.3: no $(shell), no !=, no .VARIABLES,
// no let/intcmp (make 4.4's; make 4.3, and kflags, read them as variable
// references: test/functions/control.test.ts), nothing that depends on time or the
// environment. A program is rendered text plus the variables to print, the
// command-line assignments and, for some programs, the target in whose
// context the variables are printed (`--target`).
//
// The constructs added after the first version are named (FEATURES, and the
// narrower CONSTRUCTS that trigger known kflags bugs) and can be turned off one
// by one (`off`), so that a known bug that a construct keeps hitting does not
// drown the others; `off: ['known']` turns off all of KNOWN, `off: ['open']` those
// still open (OPEN).
import fc from 'fast-check';

export interface Program {
  /** The makefile text (prog.mk). */
  text: string;
  /** Names printed at the end: `$(info $(NAME))` each. */
  print: string[];
  /** Command-line variable assignments (`NAME=VALUE`, `NAME:=VALUE`). */
  args: string[];
  /** Print in the context of this target (make: the printer is this target's recipe; kflags: --target). */
  target?: string;
}

/**
 * Constructs that can be turned off by name:
 *
 * - `target`:    four programs in ten print in a target's context (--target): target- and
 *                pattern-specific variables (`+=`, `?=`, `:=`, override, export, private), prerequisites
 *                (order-only, static pattern, .SECONDEXPANSION), automatic variables
 * - `auto`:      references to automatic variables ($@ $< $^ $+ $| $? $* $(@D) $(<F) ...)
 * - `private`:   `private` on global assignments and defines, in target-context programs (a known
 *                bug: make hides a global private variable from every target; in KNOWN)
 * - `templates`: multi-line define bodies (assignments, rules, conditionals, nested define) used
 *                through $(eval $(call T,...)), $(eval $(T)), $(eval $(value T)), in foreach
 * - `evalrules`: $(eval) of rule lines, target-specific assignments, define-less conditionals
 * - `ws`:        whitespace-heavy, empty and missing function arguments, extra commas,
 *                argument-less functions, builtin names as $(call) names
 * - `cont`:      backslash-newlines anywhere in a line (inside references and arguments too),
 *                doubled backslashes before the newline, continued comments
 * - `subref`:    substitution references with `%`, `\%`, several `%`, empty sides, references
 * - `specials`:  .RECIPEPREFIX, .DEFAULT_GOAL, .SUFFIXES, .PHONY, static pattern rules, order-only
 *                prerequisites, `;` recipes, several targets, vpath, computed rule lines
 * - `files`:     $(wildcard), $(realpath), $(abspath), $(file <F), -include/sinclude/include
 *                on fixed files that the harness creates (FIXTURES)
 * - `cmdline`:   more command-line forms (`::=`, `?=`, references, blanks, `override` in the file)
 * - `cond`:      odd conditionals: `ifeq(`, blanks inside, calls with commas, empty and missing
 *                arguments, extraneous text, mixed quotes
 * - `names`:     odd variable names (function names, `%`, `.`, `$$`, names set through foreach)
 * - `origin`:    origin/flavor/value and printing of make's own variables (MAKEFLAGS, CURDIR,
 *                MAKE_VERSION, .FEATURES, MAKEOVERRIDES, SHELL, ...)
 * - `foreach`:   foreach and call variables that shadow globals and each other ($(0), $(1), $(2))
 */
export const FEATURES = [
  'target',
  'auto',
  'private',
  'templates',
  'evalrules',
  'ws',
  'cont',
  'subref',
  'specials',
  'files',
  'cmdline',
  'cond',
  'names',
  'origin',
  'foreach',
] as const;

/**
 * Narrower switches, one per construct that triggers a known kflags bug (see the fuzzing
 * report): turning one off keeps that bug from drowning the others.
 *
 * - `rp-ref`:          .RECIPEPREFIX set to a reference (make takes the first character of the raw value)
 * - `include-missing`: `include` of a file that does not exist (an error after reading)
 * - `define-cont`:     backslash-newlines inside a define's first line
 * - `call-line`:       a line that expands a multi-line template as a rule line ($(call T,x), $(eval $$(T)));
 *                      a multi-line N (`$(N): ...`, `sinclude $(N).mk`: newlines in file names)
 * - `call-builtin`:    $(call BUILTIN,...) with no argument or several (info, words, origin ...)
 * - `define-empty`:    define with an empty name, or with text after the operator, left unterminated
 * - `bignum`:          numbers beyond int for word/wordlist
 * - `rulediag`:        rules that make diagnoses when it records them (mixed implicit and normal,
 *                      `:` and `::`, a target twice, static patterns that do not match, a second
 *                      recipe), and conditionals right after rules (make records a rule late)
 * - `eval-rule`:       $(eval) of a rule with a recipe (then recipe-prefixed lines in the file; or
 *                      while a recipe is expanded: make stops, "prerequisites cannot be defined in recipes")
 * - `cmdvars`:         MAKEOVERRIDES, -*-command-variables-*-, MAKEFLAGS (in a recipe: with the command line), MFLAGS
 * - `cmdline-odd`:     command-line arguments make takes as goals (`A:::=x`, `A B=x`); CURDIR on the command line
 * - `escaped-blank`:   a backslash before a blank in words (file names `a\ b`)
 * - `notargets`:       rule lines without targets (`: a.c`); recipe-prefixed lines outside rules
 * - `vpath`:           prerequisites found through vpath/VPATH (in a target's context: $< $^); the printed
 *                      target is never a file, here or in a vpath directory (GOALS, FIXTURES): make would
 *                      find it and decide by timestamps whether to run the printer; nor is it a target
 *                      below a vpath directory (x.o and dir/x.o): make would merge it into that one
 * - `tab-endef`:       a recipe-prefixed `endef` (in an ignored define after a rule, make reads a recipe line)
 * - `suffixes`:        .SUFFIXES with suffixes (then $* of an explicit rule is the name minus its suffix)
 * - `secondexp`:       .SECONDEXPANSION (make expands every rule's prerequisites a second time after reading)
 * - `cmdline-target`:  command-line variables in target-context programs (they beat pattern-specific ones)
 */
export const CONSTRUCTS = [
  'rp-ref',
  'include-missing',
  'define-cont',
  'call-line',
  'call-builtin',
  'define-empty',
  'bignum',
  'rulediag',
  'eval-rule',
  'cmdvars',
  'cmdline-odd',
  'escaped-blank',
  'notargets',
  'vpath',
  'tab-endef',
  'suffixes',
  'secondexp',
  'cmdline-target',
] as const;
export type Feature = (typeof FEATURES)[number] | (typeof CONSTRUCTS)[number];

/** `off: ['known']` turns off every construct that triggered a kflags bug (as of 0029187, built 17:25). */
export const KNOWN: readonly Feature[] = ['private', ...CONSTRUCTS];
/**
 * `off: ['open']`: those whose divergence is still open: none. Closed since 6058d2c:
 * newlines in file names (multi-line rule lines: make splits names at blanks only), $* with .SUFFIXES, a missing include named
 * twice, MAKEFLAGS/MFLAGS with command-line variables, wordlist's count overflowing, an
 * escaped blank in a static target pattern; $(eval) of a rule while a recipe is expanded
 * (kflags stops as make does, without the printer's location, which the harness strips);
 * vpath: no goal is a file in any directory (GOALS, FIXTURES), and for x.o VPATH names
 * src only (dir/x.o is a target: make would find the goal as that one and merge the two, a
 * build's step kflags does not take); the "'T' is up to date." that was blamed on it comes
 * from a goal that is also an included makefile, which make makes first as one
 * (harness.provesNothing); and the order in which make second-expands every file after
 * reading (its file hash table, src/eval/file-table.ts).
 */
export const OPEN: readonly Feature[] = [
];

export interface GenerateOptions {
  /** Generate $(eval ...) (default true). */
  eval?: boolean;
  /** Generate rules, recipes and target-specific variables (default true). */
  rules?: boolean;
  /** Maximum nesting of expressions (default 3). */
  depth?: number;
  /** Maximum number of top-level statements (default 10). */
  maxStatements?: number;
  /**
   * Constructs turned off (FEATURES, CONSTRUCTS); 'known' turns off those in KNOWN, 'open'
   * those in OPEN, 'all' every one (close to the first generator).
   */
  off?: readonly string[];
}

/**
 * Files the harness creates in the directory where both programs run: existing
 * prerequisites (so that make finds them), and what $(wildcard), $(file <F)
 * and include read. Nothing is ever written by a program.
 */
export const FIXTURES: Record<string, string> = {
  'a.c': '',
  'x.c': 'int x;\n',
  't1.c': '',
  'e.h': 'E H\n\n',
  'dir/c.c': '',
  'dir/x.c': 'two\nlines\n',
  'src/d.S': '',
  'inc.mk': 'INC := $(words $(MAKEFILE_LIST))\nA += inc\nifdef B\nB := $(B) inc\nendif\n',
};
/** Existing files: the only prerequisites a target-context program gives the printed target. */
const EXISTING = ['a.c', 'x.c', 'e.h', 'dir/c.c', 'dir/x.c', 'src/d.S', 't1.c'];

/** Variables assigned and referenced. `1`, `2`, `0` are $(call) parameters; `i`, `w` foreach variables. */
export const NAMES = ['A', 'B', 'C', 'D', 'E', 'F', 'CFLAGS_x.o', 'obj-y', 'N'];
/** The template variable (multi-line defines, $(eval $(call T,...))). */
const TEMPLATE = 'T';
const ODD_NAMES = ['subst', 'if', 'a.b', 'n%x', 'x y', 'foreach', '-', 'info'];
const REF_NAMES = [...NAMES, '1', '2', '0', 'i', 'w', 'UNDEF'];
/** Values N may hold: computed variable names resolve through it. */
const NAME_VALUES = ['A', 'B', 'C', 'x.o', 'y', 'F', ''];
/**
 * Targets printed in their context (never given a recipe or `::` by the program: the printer
 * gives the recipe). None is a file (FIXTURES), here or below a vpath directory (dir, src):
 * make would run the printer only if the file were older than a prerequisite.
 */
export const GOALS = ['x.o', 't1', 'dir/x.o', 'lib.a(m.o)'];
/** Prerequisites that exist only in a directory of vpath/VPATH (switch `vpath`). */
const VPATH_ONLY = ['c.c', 'd.S'];
/** make's variables for command-line assignments (switch `cmdvars`). */
const COMMAND_VARIABLES = ['MAKEOVERRIDES', '-*-command-variables-*-', 'MAKEFLAGS', 'MFLAGS'];
const AUTOMATIC = ['@', '<', '^', '+', '|', '?', '*', '%', '@D', '@F', '<D', '<F', '^D', '^F', '*F', '*D', '+F', '?D', '|F'];
/** make's own variables: printed, and asked for their origin/flavor/value. */
const MAKE_VARIABLES = [
  'CURDIR', 'MAKE_VERSION', '.FEATURES', 'SHELL', '.SHELLFLAGS', 'MAKELEVEL',
  'MAKEFILES', '.RECIPEPREFIX', 'SUFFIXES', '.INCLUDE_DIRS', 'GNUMAKEFLAGS', 'MAKE_HOST', '.LOADED', 'MAKE_COMMAND',
  'MAKE', '.LIBPATTERNS', 'MAKE_TERMOUT', 'MAKE_TERMERR', 'VPATH', 'GPATH', '.SHELLSTATUS',
];

const WORDS = [
  'a.c', 'b.o', 'dir/c.c', 'x', 'y', '-O2', '-flto', '-fno-lto', '%', '%.c', '%.o', '.c', '.o', 'foo', 'a', 'b',
  'src/d.S', 'e.h', 'y.tar.gz', '-DX=1', '1', '2', '3', 'x.o', '/abs/p.c', 'dir/', 'A', 'B', 'obj-y', 'n%x',
];
/** Rarer words that stress quoting and splitting. */
const ODD_WORDS = ['$$', '$$x', ',', '(p)', '\\', '\\#', '#', ':', ';', "'", '"', '=', '\\%', '%%'];
/** Even rarer: more escapes and separators (feature `ws`/`subref`). */
const ODDER_WORDS = ['\\\\%', 'a\\%b', '$$$$', '\\\\', '%\\', 'a%b%c', '()', '{}', '$$(A)', '|', '.', '..', './x.o'];

const TEXT_FUNCTIONS: [string, number][] = [
  ['subst', 3], ['patsubst', 3], ['strip', 1], ['findstring', 2], ['filter', 2], ['filter-out', 2], ['sort', 1],
  ['words', 1], ['firstword', 1], ['lastword', 1], ['dir', 1], ['notdir', 1], ['suffix', 1], ['basename', 1],
  ['addsuffix', 2], ['addprefix', 2], ['join', 2], ['or', 2], ['and', 2],
];
const ARITY = new Map<string, number>([...TEXT_FUNCTIONS, ['word', 2], ['wordlist', 3], ['if', 3], ['foreach', 3]]);

type Weighted<T> = { weight: number; arbitrary: fc.Arbitrary<T> };

class Generator {
  private readonly exprs = new Map<string, fc.Arbitrary<string>>();
  private readonly off: Set<string>;
  readonly options: GenerateOptions;
  /** The printed target (target-context programs), undefined for global programs. */
  readonly goal: string | undefined;

  constructor(options: GenerateOptions, goal: string | undefined) {
    this.options = options;
    this.goal = goal;
    this.off = new Set(options.off ?? []);
  }

  on(feature: Feature): boolean {
    if (this.off.has('all') || this.off.has(feature)) return false;
    if (this.off.has('open') && OPEN.includes(feature)) return false;
    return !(this.off.has('known') && KNOWN.includes(feature));
  }

  get makeVariables(): string[] {
    return [...MAKE_VARIABLES, ...(this.on('cmdvars') ? COMMAND_VARIABLES : [])];
  }

  /** Keep weighted choices whose feature is on. */
  private pick<T>(...choices: (Weighted<T> & { feature?: Feature | false })[]): fc.Arbitrary<T> {
    const kept = choices.filter((c) => c.feature === undefined || (c.feature !== false && this.on(c.feature)));
    return fc.oneof(...kept.map(({ weight, arbitrary }) => ({ weight, arbitrary })));
  }

  // ------------------------------------------------------------ words, names

  readonly sp = fc.constantFrom('', ' ', ' ', '  ', '\t');
  readonly sp1 = fc.constantFrom(' ', ' ', ' ', '  ', '\t', ' \t');

  get word(): fc.Arbitrary<string> {
    return this.pick(
      { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_WORDS) },
      { weight: 1, arbitrary: fc.constantFrom(...ODDER_WORDS), feature: 'ws' },
      { weight: 1, arbitrary: fc.constantFrom('\\ ', 'a\\ b', 'x\\ y.o'), feature: this.on('ws') ? 'escaped-blank' : false },
    );
  }

  get words(): fc.Arbitrary<string> {
    return fc
      .tuple(fc.array(this.word, { minLength: 0, maxLength: 4 }), fc.array(this.sp1, { minLength: 4, maxLength: 4 }))
      .map(([ws, seps]) => ws.map((w, k) => (k === 0 ? w : seps[k % 4] + w)).join(''));
  }

  /** Names assigned to. */
  get name(): fc.Arbitrary<string> {
    return this.pick(
      { weight: 30, arbitrary: fc.constantFrom(...NAMES) },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_NAMES.filter((n) => !n.includes(' '))), feature: 'names' },
    );
  }

  get refName(): fc.Arbitrary<string> {
    return this.pick(
      { weight: 30, arbitrary: fc.constantFrom(...REF_NAMES) },
      { weight: 2, arbitrary: fc.constantFrom(...AUTOMATIC), feature: 'auto' },
      { weight: 1, arbitrary: fc.constant(TEMPLATE), feature: 'templates' },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_NAMES, '3', 'INC'), feature: 'names' },
      { weight: 1, arbitrary: fc.constantFrom(...this.makeVariables), feature: 'origin' },
    );
  }

  /** A name as written where make expects one: plain or computed. */
  get nameExpr(): fc.Arbitrary<string> {
    return this.pick(
      { weight: 16, arbitrary: this.name },
      { weight: 2, arbitrary: fc.constant('$(N)') },
      { weight: 2, arbitrary: fc.constantFrom('CFLAGS_$(N)', '$(N)$(N)', 'CFLAGS_$(N).o', '$(if $(N),$(N),A)') },
      { weight: 1, arbitrary: fc.constantFrom('$(1)_x', '$(firstword $(1) A)', 'A$(i)', '$(0)B'), feature: 'foreach' },
      { weight: 1, arbitrary: fc.constantFrom('$(N) ', ' A', '$(subst x,A,x)', '$$(N)', 'A$(UNDEF)', '$(N:x.o=A)'), feature: 'names' },
    );
  }

  get number(): fc.Arbitrary<string> {
    return this.pick(
      { weight: 10, arbitrary: fc.constantFrom('1', '2', '3', '4') },
      { weight: 1, arbitrary: fc.constantFrom('0', 'x', '-1', ' 2', '01', '10', '') },
      { weight: 1, arbitrary: fc.constantFrom('\t2 ', '$(words a b)', '$(1)', '2 3', '+1'), feature: 'ws' },
      { weight: 1, arbitrary: fc.constantFrom('999999999999999999999', '4294967297', '2147483648'), feature: this.on('ws') ? 'bignum' : false },
    );
  }

  // ------------------------------------------------------------ expressions

  /** An expression: text with references and function calls, nested at most `depth` deep. */
  expr(depth: number, evalOn = this.options.eval !== false): fc.Arbitrary<string> {
    const key = `${depth}/${evalOn}`;
    const cached = this.exprs.get(key);
    if (cached !== undefined) return cached;
    const atom = fc.oneof({ weight: 3, arbitrary: this.words }, { weight: 3, arbitrary: this.ref(depth, evalOn) });
    let arb: fc.Arbitrary<string>;
    if (depth <= 0) {
      arb = atom;
    } else {
      const sub = this.expr(depth - 1, evalOn);
      const concat = fc
        .tuple(fc.array(sub, { minLength: 2, maxLength: 3 }), fc.constantFrom('', ' ', ' ', '  '))
        .map(([parts, sep]) => parts.join(sep));
      arb = fc.oneof(
        { weight: 4, arbitrary: atom },
        { weight: 2, arbitrary: concat },
        { weight: 5, arbitrary: this.call(depth, evalOn) },
      );
    }
    this.exprs.set(key, arb);
    return arb;
  }

  private subrefSides(): fc.Arbitrary<string> {
    const basic = fc.constantFrom('.c=.o', '%.c=%.o', '.o=', 'o=x', '%=-I%', '=x', 'a=b', '%=%.o', '.c=$(N)');
    if (!this.on('subref')) return basic;
    const side = fc.constantFrom('%', '.c', '%.c', '\\%', 'a%', '%b', '', 'x', '%%', '$(N)', '%.o', ' .o', '%\\%', '\\\\%', 'c', '$(1)', '%x%');
    return fc.oneof(
      { weight: 3, arbitrary: basic },
      { weight: 3, arbitrary: fc.tuple(side, side).map(([l, r]) => `${l}=${r}`) },
      { weight: 1, arbitrary: fc.constantFrom('%=%=%', '.c=.o=x', '=', ':=', '%.c=%.o %.h', '.c=:', 'a=b c') },
    );
  }

  private ref(depth: number, evalOn: boolean): fc.Arbitrary<string> {
    const inner = depth > 0 ? this.expr(depth - 1, evalOn) : this.words;
    const open = fc.constantFrom<[string, string]>(['(', ')'], ['(', ')'], ['{', '}']);
    return this.pick(
      { weight: 8, arbitrary: fc.tuple(open, this.refName).map(([[o, c], n]) => `$${o}${n}${c}`) },
      // $X: one-character names only mean the whole name when it is one character.
      { weight: 2, arbitrary: fc.constantFrom('A', 'B', 'C', '1', '2', '0', 'i', 'w').map((n) => `$${n}`) },
      { weight: 2, arbitrary: fc.constantFrom('$@', '$<', '$^', '$+', '$|', '$?', '$*', '$%', '$(@D)', '$(@F)', '${*F}', '$(<D)'), feature: 'auto' },
      // Substitution references.
      {
        weight: 3,
        arbitrary: fc.tuple(open, this.refName, this.subrefSides()).map(([[o, c], n, s]) => `$${o}${n}:${s}${c}`),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('$(N)', '$($(N))', '$(1)', '@', '^', 'i'), this.subrefSides())
          .map(([n, s]) => `$(${n}:${s})`),
        feature: 'subref',
      },
      // Computed names.
      {
        weight: 2,
        arbitrary: fc
          .tuple(open, fc.constantFrom('$(N)', 'CFLAGS_$(N)', '$($(N))', '$(firstword $(N) A)', '$(1)', '$(i)'))
          .map(([[o, c], n]) => `$${o}${n}${c}`),
      },
      // Whitespace inside a reference.
      { weight: 1, arbitrary: fc.constantFrom('$( A)', '$(A )', '${ B }', '$(\tC)') },
      // A reference around an expression (a computed name).
      { weight: 1, arbitrary: inner.map((e) => `$(${e.replace(/[\s,]/g, '')})`) },
      // References that look like functions without arguments, or with odd separators.
      { weight: 1, arbitrary: fc.constantFrom('$(strip)', '$(info)', '$(words)', '$(sort )', '$(subst)', '$(if)', '$(foreach)', '$(value)', '$(origin)', '$(call)', '$(eval)', '$(firstword  )', '$(info,x)', '$(strip,x)', '$(join a)', '$(call ,x)'), feature: 'ws' },
    );
  }

  private call(depth: number, evalOn: boolean): fc.Arbitrary<string> {
    const sub = this.expr(depth - 1, evalOn);
    const ws = this.on('ws');
    const arg: fc.Arbitrary<string> = ws
      ? fc.oneof(
          { weight: 12, arbitrary: fc.tuple(this.sp, sub, fc.constantFrom('', '', '', ' ')).map(([a, e, b]) => a + e + b) },
          { weight: 2, arbitrary: fc.tuple(fc.constantFrom('\t', ' \t ', '   ', '\t\t'), sub, fc.constantFrom('\t', '  ', ' \t')).map(([a, e, b]) => a + e + b) },
          { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '  \t  ') },
        )
      : fc.tuple(this.sp, sub, fc.constantFrom('', '', '', ' ')).map(([a, e, b]) => a + e + b);
    const fname = fc.constantFrom('$(', '$(', '$(', '${');
    const close = (open: string) => (open === '${' ? '}' : ')');
    // With `ws`, a text function gets its arity, one argument too many (the last takes the
    // rest, commas included) or, rarely, one too few (make stops).
    const arityShift = ws ? fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, -1) : fc.constant(0);
    const f = (parts: fc.Arbitrary<string[]>, weight: number, feature?: Feature | false) => ({ weight, arbitrary: parts, feature });
    const builtinNames = ['subst', 'if', 'foreach', 'info'];
    const callNames = this.pick(
      { weight: 10, arbitrary: this.on('call-builtin') ? this.nameExpr : this.nameExpr.filter((n) => !builtinNames.includes(n)) },
      { weight: 1, arbitrary: fc.constantFrom(' A', 'A B', '$(N) B'), feature: 'ws' },
      { weight: 1, arbitrary: fc.constantFrom('info', 'words', 'strip', 'origin', 'value', 'firstword', 'call'), feature: this.on('ws') ? 'call-builtin' : false },
    );
    const loopVar = this.pick(
      { weight: 4, arbitrary: fc.constantFrom('i', 'w', 'i', 'A') },
      { weight: 2, arbitrary: fc.constantFrom('N', '1', '0', 'B', '$(N)', ' i ', 'x y', '@', 'T'), feature: 'foreach' },
    );
    const originNames = this.pick(
      { weight: 10, arbitrary: fc.oneof(this.nameExpr, this.refName) },
      { weight: 2, arbitrary: fc.constantFrom(...this.makeVariables, ...AUTOMATIC.slice(0, 8)), feature: 'origin' },
      { weight: 1, arbitrary: fc.constantFrom('', ' ', ' A ', 'A B', '$(N)$(UNDEF)'), feature: 'ws' },
    );
    const choices = [
      f(
        fc
          .tuple(fc.constantFrom(...TEXT_FUNCTIONS), fc.array(arg, { minLength: 4, maxLength: 4 }), arityShift)
          .map(([[n, arity], args, shift]) => [n, ...args.slice(0, Math.max(1, arity + shift))]),
        120,
      ),
      f(fc.tuple(fc.constantFrom('word'), this.number, arg).map((x) => [...x]), 10),
      f(fc.tuple(fc.constantFrom('wordlist'), this.number, this.number, arg).map((x) => [...x]), 10),
      f(
        fc
          .tuple(fc.constantFrom('if'), arg, arg, fc.option(arg, { nil: undefined }))
          .map(([n, c, t, e]) => (e === undefined ? [n, c, t] : [n, c, t, e])),
        30,
      ),
      f(fc.tuple(fc.constantFrom('foreach'), loopVar, arg, arg).map((x) => [...x]), 30),
      f(
        fc
          .tuple(fc.constantFrom('call'), callNames, fc.array(arg, { minLength: 0, maxLength: 3 }))
          .map(([n, fn, args]) => [n, fn, ...args]),
        30,
      ),
      f(
        fc
          .tuple(fc.constantFrom(TEMPLATE), fc.array(arg, { minLength: 0, maxLength: 3 }))
          .map(([fn, args]) => ['call', fn, ...args]),
        8,
        'templates',
      ),
      f(
        fc.constantFrom(
          ['call', 'subst', 'a', 'b', 'aab'], ['call', 'if', '$(A)', 'y', 'n'], ['call', 'foreach', 'i', 'a b', '<$(i)>'], ['call', 'patsubst', '%.c', '%.o', '$(A)'],
          ['call', 'word', '2', '$(A)'], ['call', 'call', 'C', 'x'], ['call', 'join', 'a b'], ['call', 'wordlist', '1', '2', ' a  b c'], ['call', 'or', '', ' ', 'x'],
          ['call', 'and', 'a', ''], ['call', 'filter', '%.c', 'a.c b.o'], ['call', 'eval', 'A += ce'], ['call', 'sort', 'b a b'], ['call', 'value', '1'],
        ),
        4,
        this.on('ws') ? 'call-builtin' : false,
      ),
      f(fc.tuple(fc.constantFrom('origin', 'flavor', 'value'), originNames).map((x) => [...x]), 20),
      f(fc.tuple(fc.constantFrom('info', 'warning'), arg).map((x) => [...x]), 10),
      f(fc.tuple(fc.constantFrom('error'), arg).map((x) => [...x]), 1),
      f(
        fc.tuple(
          fc.constantFrom('wildcard', 'wildcard', 'realpath', 'abspath'),
          fc.constantFrom('*.c', 'dir/*', '*.h e.h', 'a.c nothere.c', '*/*.c', 'src/d.S ./x.c', 'dir/../a.c', '[ax].c', '?.c', '$(N).c', 'dir', '', '/'),
        ).map((x) => [...x]),
        6,
        'files',
      ),
      f(fc.constantFrom(['file', '<e.h'], ['file', '< dir/x.c'], ['file', '<a.c'], ['file', '<nothere'], ['file', '<$(N).c']), 3, 'files'),
    ];
    if (evalOn) choices.push(f(this.evalText().map((t) => ['eval', t]), 10));
    return fc
      .tuple(fname, this.pick(...choices), this.sp1)
      .map(([open, [n, ...args], s]) => `${open}${n}${args.length ? s + args.join(',') : ''}${close(open)}`);
  }

  /** Text for $(eval): one assignment (or a rule line), its references often escaped with $$. */
  evalText(): fc.Arbitrary<string> {
    const escape = (t: string, yes: boolean) => (yes ? t.replace(/\$/g, '$$$$') : t);
    const assignmentText = fc
      .tuple(this.nameExpr, fc.constantFrom('=', ':=', '+=', '?='), this.expr(0, false), fc.boolean())
      .map(([n, op, v, e]) => `${n} ${op} ${escape(v, e)}`);
    return this.pick(
      { weight: 8, arbitrary: assignmentText },
      {
        weight: 2,
        arbitrary: fc
          .tuple(this.tsvTarget, fc.constantFrom('', 'override '), this.name, fc.constantFrom('=', ':=', '+=', '?='), this.expr(0, false), fc.boolean())
          .map(([t, m, n, op, v, e]) => `${t}: ${m}${n} ${op} ${escape(v, e)}`),
        feature: 'evalrules',
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(this.recipeTarget, this.prereqs, this.expr(0, false))
          .map(([t, p, r]) => `${t}: ${p} ; ${r.replace(/[;#]/g, '')}`),
        feature: this.on('evalrules') ? 'eval-rule' : false,
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom('$(T)', ...(this.on('call-line') ? ['$$(T)'] : []), 'ifdef A', 'endif', 'else', 'define X', 'endef', 'undefine A', 'override A += e', 'export A', ...(this.on('notargets') ? ['$(1): B = 1'] : []), '# c', 'A = x # c', 'A = \\', 'vpath %.c dir', '-include nothere.mk', ...(this.on('private') || this.goal === undefined ? ['private A = p'] : [])),
        feature: 'evalrules',
      },
    );
  }

  // ------------------------------------------------------------ statements

  get assignOp(): fc.Arbitrary<string> {
    return this.pick(
      { weight: 14, arbitrary: fc.constant(':=') },
      { weight: 10, arbitrary: fc.constant('=') },
      { weight: 10, arbitrary: fc.constant('+=') },
      { weight: 4, arbitrary: fc.constant('?=') },
      { weight: 2, arbitrary: fc.constant('::=') },
      { weight: 1, arbitrary: fc.constantFrom(':::=', '+:=', ':+=', '?:=', '=:', '= =', '+ =', ': ='), feature: 'names' },
    );
  }

  get trailing(): fc.Arbitrary<string> {
    return this.pick(
      { weight: 6, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.constantFrom(' ', '\t', '  # comment', '# c', ' \\# not a comment') },
      { weight: 1, arbitrary: fc.constantFrom(' \\\\# comment', '\\\\\\# x', ' #', '#\\', ' # c \\\nA += continued-comment', '\t\t', ' \\'), feature: 'cont' },
    );
  }

  /** `override`/`export` prefixes. */
  get modifier(): fc.Arbitrary<string> {
    const priv = this.on('private') || this.goal === undefined;
    return this.pick(
      { weight: 8, arbitrary: fc.constant('') },
      { weight: 2, arbitrary: fc.constant('override ') },
      { weight: 1, arbitrary: fc.constantFrom('export ', 'override export ', 'export override ') },
      { weight: 1, arbitrary: fc.constantFrom('private ', 'override private ', 'private export '), feature: priv ? undefined : false },
      { weight: 1, arbitrary: fc.constantFrom('unexport ', 'export  ', 'override\t', 'override override ', ...(priv ? ['export private '] : [])), feature: 'names' },
    );
  }

  assignment(depth: number): fc.Arbitrary<string> {
    return fc
      .tuple(
        fc.constantFrom('', '', '', '', ' ', ...(this.on('notargets') ? ['\t'] : [])),
        this.modifier,
        this.nameExpr,
        this.sp,
        this.assignOp,
        this.sp,
        this.expr(depth),
        this.trailing,
        fc.oneof({ weight: 6, arbitrary: fc.constant([] as number[]) }, { weight: 1, arbitrary: fc.array(fc.nat(4), { maxLength: 2 }) }),
      )
      .map(([lead, mod, n, s1, op, s2, v, t, split]) => `${lead}${mod}${n}${s1}${op}${s2}${continued(v, split)}${t}`);
  }

  define(depth: number): fc.Arbitrary<string> {
    const bodyLine = this.pick(
      { weight: 5, arbitrary: this.expr(depth) },
      { weight: 1, arbitrary: fc.constantFrom('', '\tindented', '# not a comment', 'x \\', 'endef x', ' define inner', ' endef') },
      { weight: 3, arbitrary: this.templateBlock(), feature: 'templates' },
    );
    const mods = this.pick(
      { weight: 6, arbitrary: fc.constantFrom('', '', 'override ') },
      { weight: 1, arbitrary: fc.constantFrom('export ', 'override export ', 'unexport ', ' ', ...(this.on('notargets') ? ['\t'] : [])), feature: 'templates' },
      { weight: 1, arbitrary: fc.constantFrom('private ', 'override private '), feature: this.on('private') || this.goal === undefined ? 'templates' : false },
    );
    // (A multi-line N makes `$(N): ...` a rule line with newlines: switch `call-line`.)
    const names = this.pick(
      { weight: 8, arbitrary: this.on('call-line') ? this.name : this.name.filter((n) => n !== 'N') },
      { weight: 1, arbitrary: fc.constantFrom('CFLAGS_$(N)', 'T ', 'A B', 'T # c', ...(this.on('define-empty') ? ['$(UNDEF)', '$(N)'] : [])), feature: 'templates' },
    );
    return fc
      .tuple(
        mods,
        names,
        this.pick(
          { weight: 7, arbitrary: fc.constantFrom('', '', ' =', ' :=', ' +=', ' ?=', ' ::=') },
          { weight: 1, arbitrary: fc.constantFrom('=', '+=', ' =  ', ':::=', ' ?= ', ...(this.on('define-empty') ? [' := x'] : [])), feature: 'templates' },
        ),
        fc.array(bodyLine, { minLength: 0, maxLength: this.on('templates') ? 5 : 3 }),
        this.pick(
          { weight: 4, arbitrary: fc.constantFrom('endef', 'endef', 'endef  ', 'endef # end') },
          { weight: 1, arbitrary: fc.constantFrom(' endef', 'endef\t', 'endef#x', 'endef x', ...(this.on('tab-endef') ? ['\tendef'] : [])), feature: 'templates' },
        ),
      )
      .map(([mod, n, op, body, end]) => {
        // A body line ' define inner' opens a nested define that needs its own endef.
        const lines = body.flatMap((l) => (l === ' define inner' ? [l, ' endef'] : [l]));
        return `${mod}define ${n}${op}\n${lines.map((l) => l + '\n').join('')}${end}`;
      });
  }

  /**
   * A line of a template (a define body meant for $(eval)): assignments and
   * rules naming $(1)/$(2), $$-escaped references, conditionals, nested defines.
   */
  templateLine(): fc.Arbitrary<string> {
    const v = this.expr(1, false);
    const esc = (t: string, how: number) => (how === 0 ? t : how === 1 ? t.replace(/\$/g, '$$$$') : t.replace(/\$\(/g, '$$$$('));
    const target = this.tsvTarget;
    return fc.oneof(
      {
        weight: 80,
        arbitrary: fc
          .tuple(fc.constantFrom('$(1)', '$(1)_x', 'A', 'B', '$(2)', 'CFLAGS_$(1)', 'T_$(0)', '$(N)'), fc.constantFrom('=', ':=', '+=', '?='), v, fc.nat(2))
          .map(([n, op, val, how]) => `${n} ${op} ${esc(val, how)}`),
      },
      {
        weight: 40,
        arbitrary: fc
          .tuple(target, fc.constantFrom('', 'override '), this.name, fc.constantFrom('=', ':=', '+=', '?='), v, fc.nat(2))
          .map(([t, m, n, op, val, how]) => `${t}: ${m}${n} ${op} ${esc(val, how)}`),
      },
      { weight: 20, arbitrary: fc.constantFrom('$(1): A += $(2)', '$(1).o: $$(1) = x', this.on('eval-rule') ? '$(2)_r: ; @:' : '$(2)_r: A = r', '$$(info in $$(0) $(0) $(1))', '$(info at call $(1))', ...(this.on('notargets') ? ['\t$(1)'] : []), '$(eval B += ev)', 'A := $$$$(2)', 'override $(1) := o', '$(if $(1),C := $(1))', '# c $(1)', '') },
      // Rarely unbalanced: make stops (missing endif/endef, extraneous else).
      { weight: 1, arbitrary: fc.constantFrom('else', 'endif', 'ifdef $(1)', 'define $(1)_def', 'endef') },
    );
  }

  /** A template line, or a balanced block of them: a conditional, a nested define. */
  templateBlock(): fc.Arbitrary<string> {
    const line = this.templateLine();
    const lines = fc.array(line, { minLength: 0, maxLength: 2 }).map((ls) => ls.map((l) => l + '\n').join(''));
    const head = fc.constantFrom('ifeq ($(1),a)', 'ifdef $(1)', 'ifneq ($$(A),)', 'ifeq ($(2),)', 'ifndef $$(1)', 'ifeq ($$(origin $(1)),undefined)', 'ifdef A', 'ifeq "$(0)" "T"');
    return fc.oneof(
      { weight: 8, arbitrary: line },
      {
        weight: 2,
        arbitrary: fc
          .tuple(head, lines, fc.option(lines, { nil: undefined }), fc.constantFrom('else', 'else', 'else ifdef B', 'else ifeq ($(1),b)'))
          .map(([h, a, b, e]) => `${h}\n${a}${b === undefined ? '' : `${e}\n${b}`}endif`),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('$(1)_def', 'B', 'T2', ...(this.on('define-empty') ? ['$(N)'] : [])), fc.constantFrom('', ' =', ' :=', ' +='), lines)
          .map(([n, op, body]) => `define ${n}${op}\n${body}endef`),
      },
    );
  }

  /** Targets of target- and pattern-specific assignments. */
  get tsvTarget(): fc.Arbitrary<string> {
    const base = fc.constantFrom('t1', 't2', '%.o', 'x.o');
    if (!this.on('target')) return base;
    return fc.oneof(
      { weight: 4, arbitrary: base },
      { weight: 3, arbitrary: fc.constantFrom(...GOALS) },
      { weight: 2, arbitrary: fc.constantFrom('%', 'x%', '%x.o', 'dir/%', '%.o', 'x.%', '%/x.o', 'd%x.o', 'x.o t1', 't1 dir/x.o', '$(N)', '%.c', 'lib.a(%)', 'lib.a(m.o)', '%(m.o)', 'lib.a') },
    );
  }

  /** Targets of rules that have recipes: never the printed target. */
  get recipeTarget(): fc.Arbitrary<string> {
    const all = ['t1', 't2', '%.o', 'x.o', 'y.o'].filter((t) => t !== this.goal);
    return fc.constantFrom(...all);
  }

  /** Prerequisites: any words in global programs; existing files in target-context ones. */
  get prereqs(): fc.Arbitrary<string> {
    if (this.goal === undefined) return this.words.map((p) => p.replace(/[:;#=|]/g, ''));
    const vpath = this.on('vpath') ? fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(...VPATH_ONLY) }) : fc.constant('');
    return fc
      .tuple(fc.subarray(EXISTING, { maxLength: 3 }), fc.subarray(EXISTING, { maxLength: 2 }), fc.nat(4), vpath)
      .map(([p, o, k, v]) => [...p, ...(v === '' ? [] : [v])].join(' ') + (this.on('specials') && k === 0 && o.length > 0 ? ` | ${o.join(' ')}` : ''));
  }

  conditionHead(depth: number): fc.Arbitrary<string> {
    const a = this.expr(Math.min(depth, 1)).map(topLevelCommasToSpaces);
    return this.pick(
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.constantFrom('ifeq', 'ifneq'), this.sp1, a, this.sp, a)
          .map(([k, s, x, s2, y]) => `${k}${s}(${x},${s2}${y})`),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('ifeq', 'ifneq'), fc.constantFrom('"', "'"), a, fc.constantFrom('"', "'"), a)
          .map(([k, q1, x, q2, y]) => `${k} ${q1}${x.replace(/["']/g, '')}${q1} ${q2}${y.replace(/["']/g, '')}${q2}`),
      },
      {
        weight: 3,
        arbitrary: fc.tuple(fc.constantFrom('ifdef', 'ifndef'), this.sp1, this.nameExpr).map(([k, s, n]) => `${k}${s}${n}`),
      },
      {
        // Commas inside calls, blanks inside the parentheses, empty arguments.
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom('ifeq', 'ifneq'), fc.constantFrom(' ', '\t', '  '), this.sp, this.expr(1).map(topLevelCommasToSpaces), this.sp, this.sp, this.expr(1).map(topLevelCommasToSpaces), this.sp)
          .map(([k, s, l1, x, r1, l2, y, r2]) => `${k}${s}(${l1}${x}${r1},${l2}${y}${r2})`),
        feature: 'cond',
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'ifeq (,)', 'ifeq ( , )', 'ifneq (,$(A))', 'ifeq ($(A),)', 'ifeq "" ""', "ifeq '' \"\"", 'ifeq(a,a)', 'ifeq ()', 'ifeq (a)',
          'ifeq (a,b) x', 'ifeq "a" "a" # c', 'ifeq "a" \'a\'', 'ifeq "a b" "a b"', 'ifdef', 'ifdef A B', 'ifdef $(N) $(UNDEF)',
          'ifndef $(UNDEF)', 'ifdef  A  ', 'ifdef A # c', 'ifeq ($(subst a,b,ab),bb)', 'ifeq ((a),(a))', 'ifeq ($(A) ,$(A))',
          'ifeq (a, a)', 'ifeq ( a,a )', 'ifeq (\ta,a)', 'ifneq "$(A)" "$(B)"', 'ifeq "a"  "a"', 'ifeq "a""a"', 'ifeq "a',
          'ifeq ($(1),$(2))', 'ifeq (${A},$(A))', 'ifeq ($(origin A),file)', 'ifeq ($(flavor B),simple)', 'ifdef CFLAGS_$(N)',
        ),
        feature: 'cond',
      },
    );
  }

  private get rule(): fc.Arbitrary<string> {
    const depth = Math.min(this.options.depth ?? 3, 1);
    const recipeLine = this.pick(
      { weight: 8, arbitrary: this.expr(depth).map((r) => `\n\t${r}`) },
      { weight: 1, arbitrary: fc.constantFrom('\n\t', '\n\t# recipe comment', '\n\t@echo $@ \\\n\t  more', '\n\tifeq (a,b)', '\n\tA = recipe', '\n\n\t$(A)', '\n# c\n\t$(B)', '\n\t\\', '\n\t define'), feature: 'specials' },
    );
    const globalContext = this.goal === undefined;
    return this.pick(
      // A rule with recipe lines (never run: the goal is the printer's target). Tab-indented
      // assignments after a rule are recipe lines.
      {
        weight: 6,
        arbitrary: fc
          .tuple(this.recipeTarget, this.on('rulediag') ? fc.constantFrom(':', '::') : fc.constant(':'), this.prereqs, fc.array(recipeLine, { maxLength: 2 }))
          .map(([t, c, p, recipe]) => `${t}${c} ${p}${recipe.join('')}`),
      },
      // Target-specific variables.
      {
        weight: 6,
        arbitrary: fc
          .tuple(this.tsvTarget, this.tsvModifier, this.name, this.sp, this.assignOp, this.sp, this.expr(depth), this.trailing)
          .map(([t, m, n, s1, op, s2, v, tr]) => `${t}: ${m}${n}${s1}${op}${s2}${v}${tr}`),
      },
      // Rules without recipes for the printed target (or others): prerequisites, order-only ones.
      {
        weight: 3,
        arbitrary: fc.tuple(fc.constantFrom(...GOALS, 't1 x.o', '$(N)'), this.prereqs).map(([t, p]) => `${t}: ${p}`),
        feature: globalContext ? false : 'target',
      },
      { weight: 3, arbitrary: this.specialRule, feature: 'specials' },
    );
  }

  get tsvModifier(): fc.Arbitrary<string> {
    return this.pick(
      { weight: 6, arbitrary: fc.constantFrom('', 'override ', 'private ') },
      { weight: 2, arbitrary: fc.constantFrom('export ', 'unexport ', 'override private ', 'private override ', 'export override ', 'override export ', 'define ', 'override define ', 'undefine '), feature: 'target' },
    );
  }

  /** .PHONY, .SUFFIXES, static pattern rules, `;` recipes, several targets, .SECONDEXPANSION, computed rule lines. */
  private get specialRule(): fc.Arbitrary<string> {
    const target = this.goal === undefined;
    const r = this.recipeTarget;
    const e = this.expr(0);
    return this.pick(
      { weight: 1, arbitrary: fc.constantFrom('.SUFFIXES: .o .c', '.SUFFIXES: .c', '.SUFFIXES: .o'), feature: 'suffixes' },
      { weight: 2, arbitrary: fc.constantFrom('.PHONY: t1 x.o', '.SUFFIXES:', ...(this.on('secondexp') ? ['.SECONDEXPANSION:'] : []), '.DEFAULT_GOAL := t2', '.DEFAULT_GOAL = $(N)', 'vpath %.c dir', 'vpath', 'vpath %.h', '.NOTPARALLEL:', '.DELETE_ON_ERROR:', '.EXPORT_ALL_VARIABLES:', '.ONESHELL:', '.PHONY:') },
      { weight: 1, arbitrary: fc.constantFrom(': a.c', ':: x', '$(UNDEF): a.c', '$(if ,x):'), feature: 'notargets' },
      // VPATH searches every name: for the goal x.o it would find the target dir/x.o (make
      // merges the goal into it when it looks for its file, a build's step): src for it.
      { weight: 2, arbitrary: fc.constantFrom('vpath %.c dir', this.goal === 'x.o' ? 'VPATH = src' : 'VPATH = src dir', 'vpath % src', this.goal === 'x.o' ? 'VPATH := src' : 'VPATH := dir', 'vpath %.S src dir', 'vpath %.c', 'GPATH = dir'), feature: 'vpath' },
      // Static pattern rules (with `rulediag` off, only targets that match).
      {
        weight: 2,
        arbitrary: fc
          .tuple(
            this.on('rulediag')
              ? fc.constantFrom('x.o: %.o', 'x.o y.o: %.o', 'dir/x.o: %.o', 'x.o t1.o: %.o', 'dir/x.o x.o: %.o', 'x.o: dir/%.o', 'dir/x.o: dir/%.o', 'x.o: %.x', 'x.o y.o: %.x', 'dir/x.o x.o: dir/%.o')
              : fc.constantFrom('x.o: %.o', 'x.o y.o: %.o', 'dir/x.o: %.o', 'x.o t1.o: %.o', 'dir/x.o x.o: %.o', 'dir/x.o: dir/%.o'),
            fc.constantFrom('%.c', '%.c e.h', '', 'a.c', '%.c | e.h'),
            // In global programs (nothing is built), patterns whose prerequisites do not exist too.
            target && this.on('rulediag') ? fc.constantFrom('', '', '', 'x.% ', '% ') : fc.constant(''),
          )
          .map(([tp, pp, other]) => (other === '' ? `${tp}: ${pp}` : `${tp.replace(/: .*/, ': ')}${other.trim()}: ${pp}`)),
      },
      // `;` recipes and several targets.
      {
        weight: 2,
        arbitrary: fc.tuple(r, this.prereqs, e).map(([t, p, x]) => `${t}${this.on('rulediag') ? ' y.o' : ''}: ${p} ; ${x.replace(/[#]/g, '')}`),
      },
      // .SECONDEXPANSION prerequisites (kept to existing files: make builds them).
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...GOALS), fc.constantFrom('$$(filter a.c x.c,$$(A) a.c)', '$$(patsubst %.o,%.c,$$@)', '$$(filter %.c,$$^ e.h)', '$$(if $$(B),e.h,a.c)', '$$(firstword $$(wildcard *.c))', 'a.c $$(UNDEF)'))
          .map(([t, p]) => `.SECONDEXPANSION:\n${t}: ${p}`),
        feature: target ? false : 'secondexp',
      },
      // Second expansions with side effects (none gives a prerequisite): make runs them in
      // the order of its file hash table; several targets, a static pattern, `::` rules.
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.subarray([...GOALS, 't2', 'y.o', 'a.o', 'dir/b.o'], { minLength: 1 }),
            fc.constantFrom('$$(info 2nd $$@)', '$$(eval B += $$@)', '$$(warning $$@ [$$^])', '$$(info $$@ $$*)'),
            fc.constantFrom('', 's1.o s2.o: %.o: ', 'd1:: ', 'd1::\nd1:: '),
          )
          .map(([ts, p, more]) => `.SECONDEXPANSION:\n${ts.map((t) => `${t}: ${p}`).join('\n')}${more === '' ? '' : `\n${more}${p}`}`),
        feature: 'secondexp',
      },
      // Computed rule lines.
      { weight: 1, arbitrary: fc.constantFrom('$(N): A = c', 'x.o: $(UNDEF)', 'x.o $(N): B += $(N)', 't2: A$(N) = 1', 'x.o: A := $$@', 'x.o:A=1', 'x.o :B:=2', ...(this.on('rulediag') ? ['x.o: : a.c'] : [])) },
    );
  }

  /** .RECIPEPREFIX changed for a rule (and sometimes not set back). */
  private get recipePrefix(): fc.Arbitrary<string> {
    return fc
      .tuple(fc.constantFrom('>', '>', ...(this.on('rp-ref') ? ['$(N)'] : []), ' ', '>>', '\t'), this.recipeTarget, this.expr(1), fc.boolean(), fc.constantFrom(':=', '='))
      .map(([p, t, r, reset, op]) => {
        const ch = p === '$(N)' ? 'A' : p[0];
        return `.RECIPEPREFIX ${op} ${p}\n${t}:\n${ch}${r}\n${ch}A = x\n\tB += tab${reset ? `\n.RECIPEPREFIX ${op}` : ''}`;
      });
  }

  /** Templates and their uses. */
  private get template(): fc.Arbitrary<string> {
    const use = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('$(eval $(call T,a,b))', '$(eval $(call T,$(N),x))', '$(foreach i,a b,$(eval $(call T,$(i),$(i)x)))', '$(foreach 1,x.o t1,$(eval $(call T,$(1),$(1))))', '$(eval $(call T,B,$(A)))') },
      { weight: 2, arbitrary: fc.constantFrom('$(info $(call T,u,v))', 'X := $(call T,1,2)', '$(info $(value T))', '$(eval $(call T,A,$(T)))', '$(eval $(call T,t1,x.o,extra))') },
      { weight: 1, arbitrary: fc.constantFrom('$(eval $(T))', '$(eval $(value T))', '$(eval $(call T))', '$(eval $(subst X,$$,$(T)))', ...(this.on('call-line') ? ['$(call T,x)'] : [])) },
    );
    return fc
      .tuple(fc.constantFrom('', 'override ', 'export '), fc.constantFrom('', ' =', ' :=', ' +='), fc.array(this.templateBlock(), { minLength: 1, maxLength: 4 }), fc.array(use, { minLength: 1, maxLength: 2 }))
      .map(([m, op, body, uses]) => `${m}define T${op}\n${body.join('\n')}\nendef\n${uses.join('\n')}`);
  }

  statements(depth: number, nesting: number, maxLength: number): fc.Arbitrary<string[]> {
    const o = this.options;
    const simple = this.pick(
      { weight: 240, arbitrary: this.assignment(depth) },
      { weight: 40, arbitrary: this.define(Math.min(depth, 2)) },
      {
        weight: 60,
        arbitrary: fc
          .tuple(fc.constantFrom('info', 'warning', 'info'), this.sp1, this.expr(depth))
          .map(([f, s, e]) => `$(${f}${s}${e})`),
      },
      { weight: 40, arbitrary: fc.tuple(fc.constantFrom('N := ', 'N = ', 'N ?= '), fc.constantFrom(...NAME_VALUES)).map(([a, v]) => a + v) },
      { weight: 20, arbitrary: fc.tuple(fc.constantFrom('undefine ', 'override undefine '), this.nameExpr).map(([k, n]) => k + n) },
      { weight: 20, arbitrary: fc.tuple(fc.constantFrom('export ', 'unexport '), this.nameExpr).map(([k, n]) => k + n) },
      { weight: 3, arbitrary: fc.constantFrom('export', 'unexport', 'export A B', 'unexport $(N) C', 'export A := $(B)', 'undefine', 'undefine A B', 'override', ...(this.on('define-empty') ? ['export define', 'define'] : []), 'private', ...(this.on('private') || this.goal === undefined ? ['private A'] : [])), feature: 'names' },
      { weight: 20, arbitrary: fc.constantFrom('', '# a comment', '  # indented comment', ...(this.on('notargets') ? ['\t# tab comment'] : []), ' ') },
      { weight: 6, arbitrary: fc.tuple(this.sp, this.ref(0, false)).map(([s, r]) => s + `$(strip ${r.replace(/[$(){}]/g, '')})`) },
      { weight: 1, arbitrary: this.expr(1).map((e) => `$(error ${e})`) },
      ...(o.eval !== false ? [{ weight: 40, arbitrary: this.evalText().map((t) => `$(eval ${t})`) }] : []),
      // make records a rule (and says what is wrong with it) only when the next line that is not
      // a conditional comes: with `rulediag` off, an assignment follows every rule at once.
      ...(o.rules !== false
        ? [{ weight: this.goal === undefined ? 20 : 60, arbitrary: this.on('rulediag') ? this.rule : this.rule.map((r) => `${r}\nRULE_END :=`) }]
        : []),
      { weight: 6, arbitrary: this.recipePrefix, feature: o.rules !== false ? 'specials' : false },
      { weight: 15, arbitrary: this.template, feature: o.eval !== false ? 'templates' : false },
      {
        weight: 6,
        arbitrary: fc.constantFrom('-include nothere.mk', 'sinclude $(N).mk', '-include inc.mk', 'include inc.mk', 'include  inc.mk # c', '-include', 'include $(UNDEF)', '-include a.c', ...(this.on('include-missing') ? ['include nothere.mk'] : []), 'include inc.mk inc.mk'),
        feature: 'files',
      },
      {
        weight: 8,
        arbitrary: fc
          .tuple(fc.constantFrom('$(foreach A,x y,$(info $(A) $(origin A) $(flavor A)))', '$(foreach i,$(A),$(eval B += $(i)))', '$(info $(call C,$(1),$(0)))', '$(foreach N,A B,$(info $($(N))))', '$(foreach 1,p q,$(info $(1) $(call F,z)))', 'C = $(0):$(1):$(2):$(3)', 'D = $(call C,$(2),$(1))', 'E = $(foreach 2,k,$(call C,$(1)))', 'F = $(if $(1),$(call F,$(wordlist 2,9,$(1))) $(firstword $(1)))', '$(info $(call D,a,b,c))', '$(info $(call E,e))', '$(info $(call F,a b c))'), this.sp)
          .map(([s]) => s),
        feature: 'foreach',
      },
    );
    if (nesting <= 0) return fc.array(this.maybeContinued(simple), { minLength: 0, maxLength });
    const inner = this.statements(depth, nesting - 1, Math.max(1, Math.floor(maxLength / 2)));
    const elseHead = this.pick(
      { weight: 6, arbitrary: fc.constant('else') },
      { weight: 1, arbitrary: fc.constantFrom('else ', 'else # c', ' else', '\telse', 'else\t'), feature: 'cond' },
    );
    const endif = this.pick(
      { weight: 6, arbitrary: fc.constantFrom('endif', 'endif', ' endif', 'endif # done') },
      { weight: 1, arbitrary: fc.constantFrom('endif\t', '\tendif', 'endif#x', 'endif x'), feature: 'cond' },
    );
    const conditional = fc
      .tuple(
        fc.constantFrom('', '', ' '),
        this.conditionHead(depth),
        inner,
        fc.oneof(
          { weight: 2, arbitrary: fc.constant(undefined) },
          { weight: 2, arbitrary: fc.tuple(elseHead, inner).map(([h, b]) => ({ head: h, body: b })) },
          {
            weight: 1,
            arbitrary: fc.tuple(this.conditionHead(depth), inner).map(([h, b]) => ({ head: `else ${h}`, body: b })),
          },
        ),
        endif,
      )
      .map(([lead, head, body, alt, end]) =>
        [lead + head, ...body, ...(alt === undefined ? [] : [alt.head, ...alt.body]), end].join('\n'),
      );
    return fc.array(this.maybeContinued(fc.oneof({ weight: 4, arbitrary: simple }, { weight: 1, arbitrary: conditional })), {
      minLength: 0,
      maxLength,
    });
  }

  /**
   * Now and then, a backslash-newline (or a look-alike: doubled backslashes, a blank after the
   * backslash) at a random place of the statement's first line (feature `cont`): inside
   * references, function arguments, names, conditional heads. Mostly after the
   * first blank, so that a directive keyword is kept whole.
   */
  private maybeContinued(statement: fc.Arbitrary<string>): fc.Arbitrary<string> {
    if (!this.on('cont')) return statement;
    const cut = fc.tuple(
      fc.nat(),
      fc.oneof(
        { weight: 10, arbitrary: fc.constantFrom('\\\n', '\\\n', '\\\n  ', '\\\n\t', '\\\n\\\n', ' \\\n \\\n', ...(this.on('escaped-blank') ? ['\\\\\\\n '] : [])) },
        // Not continuations: the line ends there.
        { weight: 1, arbitrary: fc.constantFrom('\\\\\n', '\\ \n') },
      ),
      fc.nat(5),
    );
    return fc
      .tuple(statement, fc.oneof({ weight: 20, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: cut }))
      .map(([s, c]) => {
        if (c === undefined) return s;
        const [n, text, where] = c;
        const anywhere = where === 0;
        const nl = s.indexOf('\n');
        const first = nl < 0 ? s : s.slice(0, nl);
        if (!this.on('define-cont') && /^\s*((override|export|unexport|private)\s+)*define\b/.test(first)) return s;
        if (!this.on('include-missing') && /^\s*-?s?include\b/.test(first)) return s;
        const from = anywhere ? 1 : first.search(/\s/) + 1;
        if (from <= 0 || from >= first.length) return s;
        const p = from + (n % (first.length - from));
        return first.slice(0, p) + text + first.slice(p) + (nl < 0 ? '' : s.slice(nl));
      });
  }

  get commandLine(): fc.Arbitrary<string> {
    const value = this.pick(
      { weight: 6, arbitrary: fc.oneof(this.words, fc.constantFrom('$(B)', '$(A) x', '$$y', '')) },
      { weight: 2, arbitrary: fc.constantFrom('$(info cl)', 'x  y', ' lead', 'trail ', '\ttab', '%.c', '$(N)', '$(call C,1)', '#no', 'a\\', '$(if $(A),a,b)', 'x=y', ':'), feature: 'cmdline' },
    );
    // (Never a leading `-`: make would read an option.)
    const names = this.pick(
      { weight: 8, arbitrary: this.name.filter((n) => !n.startsWith('-')) },
      { weight: 1, arbitrary: fc.constantFrom('UNDEF', 'n%x', 'T', 'MAKEFILE_LIST'), feature: 'cmdline' },
      { weight: 1, arbitrary: fc.constantFrom('A B', ' A', 'CURDIR'), feature: this.on('cmdline') ? 'cmdline-odd' : false },
      { weight: 1, arbitrary: fc.constant('.RECIPEPREFIX'), feature: this.on('cmdline') ? 'rp-ref' : false },
    );
    return fc
      .tuple(
        names,
        this.pick(
          { weight: 4, arbitrary: fc.constantFrom('=', ':=', '=', '+=') },
          { weight: 1, arbitrary: fc.constantFrom('::=', '?=', ' = '), feature: 'cmdline' },
          { weight: 1, arbitrary: fc.constantFrom(':::=', '+:='), feature: this.on('cmdline') ? 'cmdline-odd' : false },
        ),
        value,
      )
      .map(([n, op, v]) => `${n}${op}${v}`);
  }

  /** A whole program. */
  program(): fc.Arbitrary<Program> {
    const depth = this.options.depth ?? 3;
    const printable = this.goal === undefined ? [...NAMES, 'UNDEF'] : [...NAMES, 'UNDEF', ...(this.on('auto') ? AUTOMATIC : [])];
    const print = this.pick(
      { weight: 8, arbitrary: fc.uniqueArray(fc.constantFrom(...printable), { minLength: 1, maxLength: 4 }) },
      {
        weight: 1,
        arbitrary: fc.uniqueArray(fc.constantFrom(...printable, TEMPLATE, 'INC', ...this.makeVariables), { minLength: 1, maxLength: 4 }),
        feature: 'origin',
      },
    );
    return fc
      .record({
        // Computed names go through N: usually set first (an empty name stops make).
        prelude: fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 3, arbitrary: fc.constantFrom('N := A\n', 'N = B\n', 'N := x.o\n', 'N := C\n', 'N = F\n') }),
        body: this.statements(depth, 2, this.options.maxStatements ?? 10),
        print,
        args:
          this.goal !== undefined && !this.on('cmdline-target')
            ? fc.constant([] as string[])
            : fc.oneof(
                { weight: 4, arbitrary: fc.constant([] as string[]) },
                { weight: 1, arbitrary: fc.array(this.commandLine, { minLength: 1, maxLength: 2 }) },
              ),
        finalNewline: fc.constantFrom(true, true, true, false),
      })
      .map(({ prelude, body, print, args, finalNewline }) => ({
        text: (this.on('names') ? prelude : '') + body.join('\n') + (finalNewline && body.length ? '\n' : ''),
        print,
        args,
        ...(this.goal === undefined ? {} : { target: this.goal }),
      }));
  }
}

/**
 * A conditional's argument: make looks for the comma counting parentheses only, so a
 * comma outside them would end the argument. `${...}` becomes `$(...)`, top-level commas blanks.
 */
function topLevelCommasToSpaces(text: string): string {
  const stack: string[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      stack.push(text[++i]);
      out += '$(';
      continue;
    }
    if (c === '$' && text[i + 1] === '$') {
      out += '$$';
      i++;
      continue;
    }
    if (c === '(') stack.push('(');
    if ((c === ')' && stack[stack.length - 1] === '(') || (c === '}' && stack[stack.length - 1] === '{')) {
      stack.pop();
      out += ')';
      continue;
    }
    out += c === ',' && stack.length === 0 ? ' ' : c;
  }
  return out;
}

/** Split a value over backslash-newlines now and then. */
function continued(value: string, split: number[]): string {
  if (split.length === 0) return value;
  const parts = value.split(' ');
  if (parts.length < 2) return value;
  return parts.map((p, k) => (split.includes(k) && k > 0 ? `\\\n${'\t  '.slice(0, k % 3)}${p}` : (k > 0 ? ' ' : '') + p)).join('');
}

/** An expression (for other tests): text with references and function calls, nested at most `depth` deep. */
export function expr(depth: number, options: GenerateOptions = {}): fc.Arbitrary<string> {
  return new Generator(options, undefined).expr(depth);
}

/** A whole program: six in ten print after reading, four in ten in a target's context (one per GOALS entry). */
export function programArbitrary(options: GenerateOptions = {}): fc.Arbitrary<Program> {
  const global = new Generator(options, undefined);
  if (!global.on('target') || options.rules === false) return global.program();
  return fc.oneof(
    { weight: 6, arbitrary: global.program() },
    ...GOALS.map((g) => ({ weight: 1, arbitrary: new Generator(options, g).program() })),
  );
}

/**
 * The second makefile given to GNU make: prints the variables, then a silent goal;
 * in a target's context, the target's one-line recipe prints them (so .RECIPEPREFIX
 * does not matter).
 */
export function printerText(print: string[], target?: string): string {
  if (target !== undefined) return `${target}: ;@:${print.map((n) => `$(info $(${n}))`).join('')}\n`;
  return `${print.map((n) => `$(info $(${n}))\n`).join('')}.PHONY: __kflags_print\n__kflags_print: ;@:\n`;
}
