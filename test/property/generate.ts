// Random well-formed makefiles for the property-based differential test
// (test/property.test.ts) and the long fuzzer (scripts/fuzz-differential.mjs).
//
// Everything here is deterministic make 4.3: no $(shell), no $(wildcard),
// no $(file), no .VARIABLES, no let/intcmp (make 4.4 only). A program is
// rendered text plus the variables to print and the command-line assignments.
import fc from 'fast-check';

export interface Program {
  /** The makefile text (prog.mk). */
  text: string;
  /** Names printed at the end: `$(info $(NAME))` each. */
  print: string[];
  /** Command-line variable assignments (`NAME=VALUE`, `NAME:=VALUE`). */
  args: string[];
}

export interface GenerateOptions {
  /** Generate $(eval ...) (default true). */
  eval?: boolean;
  /** Generate rules, recipes and target-specific variables (default true). */
  rules?: boolean;
  /** Maximum nesting of expressions (default 3). */
  depth?: number;
  /** Maximum number of top-level statements (default 10). */
  maxStatements?: number;
}

/** Variables assigned and referenced. `1`, `2`, `0` are $(call) parameters; `i`, `w` foreach variables. */
export const NAMES = ['A', 'B', 'C', 'D', 'E', 'F', 'CFLAGS_x.o', 'obj-y', 'N'];
const REF_NAMES = [...NAMES, '1', '2', '0', 'i', 'w', 'UNDEF'];
/** Values N may hold: computed variable names resolve through it. */
const NAME_VALUES = ['A', 'B', 'C', 'x.o', 'y', 'F', ''];

const WORDS = [
  'a.c', 'b.o', 'dir/c.c', 'x', 'y', '-O2', '-flto', '-fno-lto', '%', '%.c', '%.o', '.c', '.o', 'foo', 'a', 'b',
  'src/d.S', 'e.h', 'y.tar.gz', '-DX=1', '1', '2', '3', 'x.o', '/abs/p.c', 'dir/', 'A', 'B', 'obj-y', 'n%x',
];
/** Rarer words that stress quoting and splitting. */
const ODD_WORDS = ['$$', '$$x', ',', '(p)', '\\', '\\#', '#', ':', ';', "'", '"', '=', '\\%', '%%'];

const sp = fc.constantFrom('', ' ', ' ', '  ', '\t');
const sp1 = fc.constantFrom(' ', ' ', ' ', '  ', '\t', ' \t');

const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_WORDS) },
);
const words: fc.Arbitrary<string> = fc
  .tuple(fc.array(word, { minLength: 0, maxLength: 4 }), fc.array(sp1, { minLength: 4, maxLength: 4 }))
  .map(([ws, seps]) => ws.map((w, k) => (k === 0 ? w : seps[k % 4] + w)).join(''));

const name = fc.constantFrom(...NAMES);
const refName = fc.constantFrom(...REF_NAMES);
/** A name as written where make expects one: plain or computed. */
const nameExpr: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: name },
  { weight: 1, arbitrary: fc.constant('$(N)') },
  { weight: 1, arbitrary: fc.constantFrom('CFLAGS_$(N)', '$(N)$(N)', 'CFLAGS_$(N).o', '$(if $(N),$(N),A)') },
);

const number = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('1', '2', '3', '4') },
  { weight: 1, arbitrary: fc.constantFrom('0', 'x', '-1', ' 2', '01', '10', '') },
);

const TEXT_FUNCTIONS: [string, number][] = [
  ['subst', 3], ['patsubst', 3], ['strip', 1], ['findstring', 2], ['filter', 2], ['filter-out', 2], ['sort', 1],
  ['words', 1], ['firstword', 1], ['lastword', 1], ['dir', 1], ['notdir', 1], ['suffix', 1], ['basename', 1],
  ['addsuffix', 2], ['addprefix', 2], ['join', 2], ['or', 2], ['and', 2],
];

const exprCache = new Map<string, fc.Arbitrary<string>>();

/** An expression: text with references and function calls, nested at most `depth` deep. */
export function expr(depth: number, options: GenerateOptions = {}): fc.Arbitrary<string> {
  const key = `${depth}/${options.eval !== false}`;
  const cached = exprCache.get(key);
  if (cached !== undefined) return cached;
  const atom = fc.oneof({ weight: 3, arbitrary: words }, { weight: 3, arbitrary: ref(depth, options) });
  let arb: fc.Arbitrary<string>;
  if (depth <= 0) {
    arb = atom;
  } else {
    const sub = expr(depth - 1, options);
    const concat = fc
      .tuple(fc.array(sub, { minLength: 2, maxLength: 3 }), fc.constantFrom('', ' ', ' ', '  '))
      .map(([parts, sep]) => parts.join(sep));
    arb = fc.oneof(
      { weight: 4, arbitrary: atom },
      { weight: 2, arbitrary: concat },
      { weight: 5, arbitrary: call(depth, options) },
    );
  }
  exprCache.set(key, arb);
  return arb;
}

function ref(depth: number, options: GenerateOptions): fc.Arbitrary<string> {
  const inner = depth > 0 ? expr(depth - 1, options) : words;
  const open = fc.constantFrom<[string, string]>(['(', ')'], ['(', ')'], ['{', '}']);
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(open, refName).map(([[o, c], n]) => `$${o}${n}${c}`) },
    // $X: one-character names only mean the whole name when it is one character.
    { weight: 2, arbitrary: fc.constantFrom('A', 'B', 'C', '1', '2', '0', 'i', 'w').map((n) => `$${n}`) },
    // Substitution references.
    {
      weight: 3,
      arbitrary: fc
        .tuple(open, refName, fc.constantFrom('.c=.o', '%.c=%.o', '.o=', 'o=x', '%=-I%', '=x', 'a=b', '%=%.o', '.c=$(N)'))
        .map(([[o, c], n, s]) => `$${o}${n}:${s}${c}`),
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
  );
}

function call(depth: number, options: GenerateOptions): fc.Arbitrary<string> {
  const sub = expr(depth - 1, options);
  const arg = fc.tuple(sp, sub, fc.constantFrom('', '', '', ' ')).map(([a, e, b]) => a + e + b);
  const fname = fc.constantFrom('$(', '$(', '$(', '${');
  const close = (open: string) => (open === '${' ? '}' : ')');
  const f = (parts: fc.Arbitrary<string[]>, weight: number) => ({ weight, arbitrary: parts });
  const choices: { weight: number; arbitrary: fc.Arbitrary<string[]> }[] = [
    f(
      fc.tuple(fc.constantFrom(...TEXT_FUNCTIONS), fc.array(arg, { minLength: 3, maxLength: 3 })).map(([[n, arity], args]) => [
        n,
        ...args.slice(0, arity),
      ]),
      120,
    ),
    f(fc.tuple(fc.constantFrom('word'), number, arg).map((x) => [...x]), 10),
    f(fc.tuple(fc.constantFrom('wordlist'), number, number, arg).map((x) => [...x]), 10),
    f(
      fc
        .tuple(fc.constantFrom('if'), arg, arg, fc.option(arg, { nil: undefined }))
        .map(([n, c, t, e]) => (e === undefined ? [n, c, t] : [n, c, t, e])),
      30,
    ),
    f(fc.tuple(fc.constantFrom('foreach'), fc.constantFrom('i', 'w', 'i', 'A'), arg, arg).map((x) => [...x]), 30),
    f(
      fc
        .tuple(fc.constantFrom('call'), nameExpr, fc.array(arg, { minLength: 0, maxLength: 3 }))
        .map(([n, fn, args]) => [n, fn, ...args]),
      30,
    ),
    f(fc.tuple(fc.constantFrom('origin', 'flavor', 'value'), fc.oneof(nameExpr, refName)).map((x) => [...x]), 20),
    f(fc.tuple(fc.constantFrom('info', 'warning'), arg).map((x) => [...x]), 10),
    f(fc.tuple(fc.constantFrom('error'), arg).map((x) => [...x]), 1),
  ];
  if (options.eval !== false) {
    choices.push(f(evalText(options).map((t) => ['eval', t]), 10));
  }
  return fc
    .tuple(fname, fc.oneof(...choices), sp1)
    .map(([open, [n, ...args], s]) => `${open}${n}${args.length ? s + args.join(',') : ''}${close(open)}`);
}

/** Text for $(eval): one assignment, its references often escaped with $$. */
function evalText(options: GenerateOptions): fc.Arbitrary<string> {
  return fc
    .tuple(nameExpr, fc.constantFrom('=', ':=', '+=', '?='), expr(0, { ...options, eval: false }), fc.boolean())
    .map(([n, op, v, escape]) => `${n} ${op} ${escape ? v.replace(/\$/g, '$$$$') : v}`);
}

const assignOp = fc.oneof(
  { weight: 7, arbitrary: fc.constant(':=') },
  { weight: 5, arbitrary: fc.constant('=') },
  { weight: 5, arbitrary: fc.constant('+=') },
  { weight: 2, arbitrary: fc.constant('?=') },
  { weight: 1, arbitrary: fc.constant('::=') },
);

const trailing = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\t', '  # comment', '# c', ' \\# not a comment') },
);

/** `override`/`export` prefixes. */
const modifier = fc.oneof(
  { weight: 8, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constant('override ') },
  { weight: 1, arbitrary: fc.constantFrom('export ', 'override export ', 'export override ', 'private ') },
);

/** Split a value over backslash-newlines now and then. */
function continued(value: string, split: number[]): string {
  if (split.length === 0) return value;
  const parts = value.split(' ');
  if (parts.length < 2) return value;
  return parts.map((p, k) => (split.includes(k) && k > 0 ? `\\\n${'\t  '.slice(0, k % 3)}${p}` : (k > 0 ? ' ' : '') + p)).join('');
}

function assignment(depth: number, options: GenerateOptions): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('', '', '', '', ' ', '\t'),
      modifier,
      nameExpr,
      sp,
      assignOp,
      sp,
      expr(depth, options),
      trailing,
      fc.oneof({ weight: 6, arbitrary: fc.constant([] as number[]) }, { weight: 1, arbitrary: fc.array(fc.nat(4), { maxLength: 2 }) }),
    )
    .map(([lead, mod, n, s1, op, s2, v, t, split]) => `${lead}${mod}${n}${s1}${op}${s2}${continued(v, split)}${t}`);
}

function define(depth: number, options: GenerateOptions): fc.Arbitrary<string> {
  const bodyLine = fc.oneof(
    { weight: 5, arbitrary: expr(depth, options) },
    { weight: 1, arbitrary: fc.constantFrom('', '\tindented', '# not a comment', 'x \\', 'endef x', ' define inner', ' endef') },
  );
  return fc
    .tuple(
      fc.constantFrom('', '', 'override '),
      name,
      fc.constantFrom('', '', ' =', ' :=', ' +=', ' ?=', ' ::='),
      fc.array(bodyLine, { minLength: 0, maxLength: 3 }),
      fc.constantFrom('endef', 'endef', 'endef  ', 'endef # end'),
    )
    .map(([mod, n, op, body, end]) => {
      // A body line ' define inner' opens a nested define that needs its own endef.
      const lines = body.flatMap((l) => (l === ' define inner' ? [l, ' endef'] : [l]));
      return `${mod}define ${n}${op}\n${lines.map((l) => l + '\n').join('')}${end}`;
    });
}

function conditionHead(depth: number, options: GenerateOptions): fc.Arbitrary<string> {
  const a = expr(Math.min(depth, 1), options).map((e) => e.replace(/,/g, ' '));
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom('ifeq', 'ifneq'), sp1, a, sp, a)
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
      arbitrary: fc.tuple(fc.constantFrom('ifdef', 'ifndef'), sp1, nameExpr).map(([k, s, n]) => `${k}${s}${n}`),
    },
  );
}

function statements(depth: number, nesting: number, maxLength: number, options: GenerateOptions): fc.Arbitrary<string[]> {
  const simple = fc.oneof(
    { weight: 240, arbitrary: assignment(depth, options) },
    { weight: 40, arbitrary: define(Math.min(depth, 2), options) },
    {
      weight: 60,
      arbitrary: fc
        .tuple(fc.constantFrom('info', 'warning', 'info'), sp1, expr(depth, options))
        .map(([f, s, e]) => `$(${f}${s}${e})`),
    },
    { weight: 40, arbitrary: fc.tuple(fc.constantFrom('N := ', 'N = ', 'N ?= '), fc.constantFrom(...NAME_VALUES)).map(([a, v]) => a + v) },
    { weight: 20, arbitrary: fc.tuple(fc.constantFrom('undefine ', 'override undefine '), nameExpr).map(([k, n]) => k + n) },
    { weight: 20, arbitrary: fc.tuple(fc.constantFrom('export ', 'unexport '), nameExpr).map(([k, n]) => k + n) },
    { weight: 20, arbitrary: fc.constantFrom('', '# a comment', '  # indented comment', '\t# tab comment', ' ') },
    { weight: 20, arbitrary: fc.tuple(sp, ref(0, options)).map(([s, r]) => s + `$(strip ${r.replace(/[$(){}]/g, '')})`) },
    { weight: 1, arbitrary: expr(1, options).map((e) => `$(error ${e})`) },
    ...(options.eval !== false
      ? [{ weight: 40, arbitrary: evalText(options).map((t) => `$(eval ${t})`) }]
      : []),
    ...(options.rules !== false ? [{ weight: 20, arbitrary: rule(depth, options) }] : []),
  );
  if (nesting <= 0) return fc.array(simple, { minLength: 0, maxLength });
  const inner = statements(depth, nesting - 1, Math.max(1, Math.floor(maxLength / 2)), options);
  const conditional = fc
    .tuple(
      fc.constantFrom('', '', ' '),
      conditionHead(depth, options),
      inner,
      fc.oneof(
        { weight: 2, arbitrary: fc.constant(undefined) },
        { weight: 2, arbitrary: inner.map((b) => ({ head: 'else', body: b })) },
        {
          weight: 1,
          arbitrary: fc.tuple(conditionHead(depth, options), inner).map(([h, b]) => ({ head: `else ${h}`, body: b })),
        },
      ),
      fc.constantFrom('endif', 'endif', ' endif', 'endif # done'),
    )
    .map(([lead, head, body, alt, end]) =>
      [
        lead + head,
        ...body,
        ...(alt === undefined ? [] : [alt.head, ...alt.body]),
        end,
      ].join('\n'),
    );
  return fc.array(fc.oneof({ weight: 4, arbitrary: simple }, { weight: 1, arbitrary: conditional }), {
    minLength: 0,
    maxLength,
  });
}

function rule(depth: number, options: GenerateOptions): fc.Arbitrary<string> {
  const target = fc.constantFrom('t1', 't2', '%.o', 'x.o');
  return fc.oneof(
    // A rule with recipe lines (never run: the goal is the printer's target). Tab-indented
    // assignments after a rule are recipe lines.
    fc
      .tuple(target, fc.constantFrom(':', '::'), words, fc.array(expr(Math.min(depth, 1), options), { maxLength: 2 }))
      .map(([t, c, p, recipe]) => `${t}${c} ${p.replace(/[:;#=]/g, '')}${recipe.map((r) => `\n\t${r}`).join('')}`),
    // Target-specific variables.
    fc
      .tuple(target, fc.constantFrom('', 'override ', 'private '), name, assignOp, expr(Math.min(depth, 1), options))
      .map(([t, m, n, op, v]) => `${t}: ${m}${n} ${op} ${v}`),
  );
}

const commandLine = fc
  .tuple(name, fc.constantFrom('=', ':=', '=', '+='), fc.oneof(words, fc.constantFrom('$(B)', '$(A) x', '$$y', '')))
  .map(([n, op, v]) => `${n}${op}${v}`);

/** A whole program. */
export function programArbitrary(options: GenerateOptions = {}): fc.Arbitrary<Program> {
  const depth = options.depth ?? 3;
  return fc
    .record({
      body: statements(depth, 2, options.maxStatements ?? 10, options),
      print: fc.uniqueArray(fc.constantFrom(...NAMES, 'UNDEF'), { minLength: 1, maxLength: 4 }),
      args: fc.oneof(
        { weight: 4, arbitrary: fc.constant([] as string[]) },
        { weight: 1, arbitrary: fc.array(commandLine, { minLength: 1, maxLength: 2 }) },
      ),
      finalNewline: fc.constantFrom(true, true, true, false),
    })
    .map(({ body, print, args, finalNewline }) => ({
      text: body.join('\n') + (finalNewline && body.length ? '\n' : ''),
      print,
      args,
    }));
}

/** The second makefile given to GNU make: prints the variables, then a silent goal. */
export function printerText(print: string[]): string {
  return `${print.map((n) => `$(info $(${n}))\n`).join('')}.PHONY: __kflags_print\n__kflags_print: ;@:\n`;
}
