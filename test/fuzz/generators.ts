// Inputs for the robustness fuzzer (fast-check arbitraries, so every input is
// reproducible from a seed):
//   (a) bytes / makefile-ish strings,
//   (b) real kernel makefiles (Linux 6.12) mutated line- and byte-wise,
//   (c) grammar-aware random makefiles: nested references and function calls
//       of random arity, conditionals and defines that may not be closed, ...
// Every input is a string with one character per byte (latin1), as kflags reads files.
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMakefiles } from '../helpers/linux.js';

// ---------------------------------------------------------------- (a) bytes

export const bytesArb: fc.Arbitrary<string> = fc
  .uint8Array({ maxLength: 400, size: 'medium' })
  .map((b) => Buffer.from(b).toString('latin1'));

const MAKE_CHARS = [...'$$$$(((()))){{}}::==##\\\\\t\t\n\n\n,,%%;\'" aaxX1.*@<^?+|/-_!&~`'];
const MAKE_TOKENS = [
  '$(', '${', '$$', '$@', '$<', '$^', '$*', '$(X)', '$(call ', '$(eval ', '$(foreach ', '$(if ', '$(or ', '$(and ',
  '$(subst ', '$(patsubst ', '$(word ', '$(wordlist ', '$(value ', '$(origin ', '$(error ', '$(info ', '$(warning ',
  '$(file ', '$(wildcard ', '$(shell ', '$(X:', 'ifeq ', 'ifneq ', 'ifdef ', 'ifndef ', 'else', 'endif', 'define ',
  'endef', 'include ', '-include ', 'override ', 'export ', 'unexport ', 'private ', 'undefine ', 'vpath ',
  'X', 'X = ', 'X := ', 'X += ', 'X ?= ', 'X != ', 'X ::= ', '.PHONY:', '.RECIPEPREFIX', '.SECONDEXPANSION:',
  '%.o: %.c', '\\\n', '\n\t', ' # ', 'MAKEFILE_LIST', '.VARIABLES', '.DEFAULT_GOAL', '99999999999999999999', '-1', '0',
];

export const makeishArb: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...MAKE_CHARS) }, { weight: 1, arbitrary: fc.constantFrom(...MAKE_TOKENS) }),
  maxLength: 300,
  size: 'medium',
});

// ---------------------------------------------------------------- (b) mutated kernel makefiles

const TARBALL = process.env.KFLAGS_LINUX_TARBALL ?? '/usr/src/linux-source-6.12.tar.xz';
const TOP = 'linux-source-6.12';

/**
 * The kernel tree: test/kernel-parse.test.ts's cache (os.tmpdir()/kflags-linux-6.12) if
 * complete, else our own extraction of a few makefiles (os.tmpdir()/kflags-fuzz-linux-6.12),
 * else nothing (no tarball).
 */
function kernelTree(): string | undefined {
  const shared = join(tmpdir(), 'kflags-linux-6.12');
  if (existsSync(join(shared, '.complete'))) return join(shared, TOP);
  const own = join(tmpdir(), 'kflags-fuzz-linux-6.12');
  if (existsSync(join(own, '.complete'))) return join(own, TOP);
  if (!existsSync(TARBALL)) return undefined;
  const partial = join(own, `.partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const wanted = ['Makefile', 'scripts/Makefile*', 'scripts/Kbuild.include', 'arch/x86/Makefile*', 'arch/x86/*/Makefile', 'arch/x86/Kbuild'];
  execFileSync('tar', ['-xJf', TARBALL, '-C', partial, '--wildcards', ...wanted.map((w) => `${TOP}/${w}`)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  rmSync(join(own, TOP), { recursive: true, force: true });
  renameSync(join(partial, TOP), join(own, TOP));
  rmSync(partial, { recursive: true, force: true });
  execFileSync('touch', [join(own, '.complete')]);
  return join(own, TOP);
}

export interface SeedFile {
  name: string;
  text: string;
}

/** Real makefiles to mutate: the kernel's (if available) and the repository's own. Sorted: stable across runs. */
export function loadSeedCorpus(): { files: SeedFile[]; kernel: boolean } {
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const files: SeedFile[] = [];
  let kernel = false;
  const tree = kernelTree();
  if (tree !== undefined) {
    const dirs = ['scripts', 'arch/x86'].map((d) => join(tree, d)).filter((d) => existsSync(d));
    const paths = [join(tree, 'Makefile'), ...dirs.flatMap((d) => findMakefiles(d))].filter((p) => existsSync(p));
    for (const p of paths) {
      const text = readFileSync(p, 'latin1');
      if (text.length <= 200_000) files.push({ name: p.slice(tree.length + 1), text });
    }
    kernel = files.length > 0;
  }
  const local = [join(repo, 'src/kbuild/fragments'), join(repo, 'examples')].filter((d) => existsSync(d));
  for (const p of local.flatMap((d) => findMakefiles(d))) files.push({ name: p.slice(repo.length), text: readFileSync(p, 'latin1') });
  return { files, kernel };
}

type Mutation =
  | { op: 'deleteLines'; at: number; count: number }
  | { op: 'duplicateLines'; at: number; count: number; to: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'deleteBytes'; at: number; count: number }
  | { op: 'truncate'; at: number }
  | { op: 'splice'; file: number; from: number; count: number; at: number }
  | { op: 'replaceByte'; at: number; byte: number };

const INSERTS = ['$', '(', ')', '{', '}', ':', '=', '#', '\\', '\n', '\t', ',', '%', '$(', '\\\n', 'endif\n', 'else\n', 'endef\n',
  'ifeq (a,b)\n', 'define X\n', '$(eval ', '$(call ', ':=', '+=', '$$', '\t$(', '::', '\\#', '$(foreach x,', '$(if '];

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('deleteLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('duplicateLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 10 }), to: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...INSERTS) }) },
  fc.record({ op: fc.constant('deleteBytes' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('splice' as const), file: fc.nat(), from: fc.nat(), count: fc.integer({ min: 1, max: 60 }), at: fc.nat() }),
  fc.record({ op: fc.constant('replaceByte' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
);

function mutate(files: SeedFile[], text: string, m: Mutation): string {
  const lines = () => text.split('\n');
  switch (m.op) {
    case 'deleteLines': {
      const l = lines();
      l.splice(m.at % Math.max(1, l.length), m.count);
      return l.join('\n');
    }
    case 'duplicateLines': {
      const l = lines();
      const at = m.at % l.length;
      l.splice(m.to % l.length, 0, ...l.slice(at, at + m.count));
      return l.join('\n');
    }
    case 'swapLines': {
      const l = lines();
      const a = m.a % l.length;
      const b = m.b % l.length;
      [l[a], l[b]] = [l[b], l[a]];
      return l.join('\n');
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'deleteBytes': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.count);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'splice': {
      const other = files[m.file % files.length].text.split('\n');
      const from = m.from % other.length;
      const l = lines();
      l.splice(m.at % (l.length + 1), 0, ...other.slice(from, from + m.count));
      return l.join('\n');
    }
    case 'replaceByte': {
      if (text.length === 0) return text;
      const at = m.at % text.length;
      return text.slice(0, at) + String.fromCharCode(m.byte) + text.slice(at + 1);
    }
  }
}

/** A real makefile (or a window of one: big files are cut to keep inputs fast) with 1-12 mutations. */
export function mutatedArb(files: SeedFile[]): fc.Arbitrary<string> {
  return fc
    .record({
      file: fc.nat(),
      window: fc.option(fc.record({ start: fc.nat(), lines: fc.integer({ min: 5, max: 200 }) }), { freq: 2 }),
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: 12 }),
    })
    .map(({ file, window, mutations }) => {
      let text = files[file % files.length].text;
      if (window !== null) {
        const l = text.split('\n');
        const start = window.start % l.length;
        text = l.slice(start, start + window.lines).join('\n');
      }
      for (const m of mutations) text = mutate(files, text, m);
      return text;
    });
}

// ---------------------------------------------------------------- (c) grammar-aware programs

const FUNCS = [
  'subst', 'patsubst', 'strip', 'findstring', 'filter', 'filter-out', 'sort', 'word', 'wordlist', 'words', 'firstword',
  'lastword', 'dir', 'notdir', 'suffix', 'basename', 'addsuffix', 'addprefix', 'join', 'wildcard', 'realpath', 'abspath',
  'if', 'or', 'and', 'foreach', 'file', 'call', 'value', 'eval', 'origin', 'flavor', 'error', 'warning', 'info', 'shell',
  'guile', 'let', 'intcmp', 'nosuch',
];
const VARS = ['X', 'Y', 'Z', 'A', 'B', '1', '2', '0', 'i', '@', '<', '^', '*', '%', '?', 'MAKEFILE_LIST', '.VARIABLES',
  '.DEFAULT_GOAL', '.RECIPEPREFIX', 'MAKEFLAGS', 'MAKECMDGOALS', 'CURDIR', '.FEATURES', 'SHELL', '.SHELLFLAGS', 'MAKEFILES',
  'MAKE_RESTARTS', 'MAKELEVEL', '.INCLUDE_DIRS', '.EXTRA_PREREQS', 'VPATH', 'GPATH', 'F', 'x y', ''];
const WORDS = ['a', 'b.c', 'x.o', '%', '%.o', '%.c', '-O2', '0', '1', '2', 'X', 'Y', 'a b c', 'fuzz.mk', '', 'x.o y.o', '$$', '$$(X)'];
const ODD_WORDS = ['-1', '99999999999999999999', '1e3', ' ', '  ', '/', '.', '..', '*', '?', '[a', '~', '\\', '\\%', '#', ':', '=',
  ';', "'", '"', '|', '\\\n', '\t', '*.mk', '/*', '$$$$(', '(', ')', '{', '}', ','];
const TEXT_CHARS = ['a', 'b', ' ', ',', '%', ':', '=', '#', '\\', '(', ')', '{', '}', ';', '$', '\t', '.', '*'];

/** make 4.3's arity of each function: [minimum, maximum] (0: unlimited); unknown ones take anything. */
const ARITY: Record<string, [number, number]> = {
  subst: [3, 3], patsubst: [3, 3], strip: [1, 1], findstring: [2, 2], filter: [2, 2], 'filter-out': [2, 2], sort: [1, 1],
  word: [2, 2], wordlist: [3, 3], words: [1, 1], firstword: [1, 1], lastword: [1, 1], dir: [1, 1], notdir: [1, 1],
  suffix: [1, 1], basename: [1, 1], addsuffix: [2, 2], addprefix: [2, 2], join: [2, 2], wildcard: [1, 1], realpath: [1, 1],
  abspath: [1, 1], if: [2, 3], or: [1, 0], and: [1, 0], foreach: [3, 3], file: [1, 2], call: [1, 0], value: [1, 1],
  eval: [1, 1], origin: [1, 1], flavor: [1, 1], error: [1, 1], warning: [1, 1], info: [1, 1], shell: [1, 1],
};

export interface ProgramOptions {
  /** Maximum nesting of expressions (default 4). */
  depth?: number;
  /**
   * Also generate malformed constructs (unterminated references, wrong arity, conditionals and
   * defines left open, stray else/endif, ...). Default: both kinds, half and half. Clean programs
   * get further before make's first error, so they exercise more of the evaluator.
   */
  dirty?: boolean;
}

export function programArb(options: ProgramOptions = {}): fc.Arbitrary<string> {
  if (options.dirty === undefined) return fc.oneof(programArb({ ...options, dirty: false }), programArb({ ...options, dirty: true }));
  const depth = options.depth ?? 4;
  const dirty = options.dirty;
  /** Weighted alternatives; those marked dirty only in dirty programs. */
  type Alt = { weight: number; arbitrary: fc.Arbitrary<string> };
  const alts = (...xs: (Alt & { dirty?: boolean })[]): Alt[] =>
    xs.filter((x) => dirty || !x.dirty).map(({ weight, arbitrary }) => ({ weight, arbitrary }));
  const pickFrom = (clean: string[], bad: string[]) => fc.constantFrom(...(dirty ? [...clean, ...bad] : clean));

  const { expr } = fc.letrec<{ expr: string; ref: string; call: string }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true, maxDepth: depth },
      ...alts(
        { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 1, arbitrary: fc.constantFrom(...ODD_WORDS), dirty: true },
        { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...TEXT_CHARS), maxLength: 6 }), dirty: true },
        { weight: 3, arbitrary: tie('ref') },
        { weight: 3, arbitrary: tie('call') },
        { weight: 2, arbitrary: fc.array(tie('expr'), { minLength: 2, maxLength: 4 }).map((xs) => xs.join('')) },
        { weight: 1, arbitrary: fc.array(tie('expr'), { minLength: 2, maxLength: 3 }).map((xs) => xs.join(' ')) },
      ),
    ),
    ref: fc.oneof(
      ...alts(
        { weight: 8, arbitrary: fc.constantFrom(...VARS).map((v) => `$(${v})`) },
        { weight: 2, arbitrary: fc.constantFrom(...VARS).map((v) => `\${${v}}`) },
        { weight: 2, arbitrary: fc.constantFrom('X', 'Y', '@', '<', '1', '$', ' ', '\t').map((c) => `$${c}`) },
        { weight: 1, arbitrary: fc.constantFrom('(', ')', '{', '}').map((c) => `$${c}`), dirty: true },
        { weight: 3, arbitrary: tie('expr').map((e) => `$(${e})`) }, // computed name
        { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...VARS), tie('expr'), tie('expr')).map(([v, a, b]) => `$(${v}:${a}=${b})`) },
        { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...VARS), fc.constantFrom('%.c=%.o', '.c=.o', '%=', '=', '%=%%', ':=', '%')).map(([v, s]) => `$(${v}:${s})`) },
        { weight: 1, arbitrary: tie('expr').map((e) => `$(${e}`), dirty: true }, // unterminated
        { weight: 1, arbitrary: tie('expr').map((e) => `\${${e})`), dirty: true }, // mismatched
      ),
    ),
    call: fc
      .tuple(
        fc.constantFrom(...(dirty ? FUNCS : Object.keys(ARITY))),
        fc.array(tie('expr'), { maxLength: 6 }),
        pickFrom(['()', '()', '()', '()', '{}'], ['(}', '(']),
        pickFrom([' ', ' ', ' ', '\t', '  '], ['']),
      )
      .map(([f, args, [open, close], sep]) => {
        if (!dirty && ARITY[f]) {
          // A valid number of arguments (an extra comma goes into the last one, as in make).
          const [min, max] = ARITY[f];
          const n = Math.max(min, Math.min(args.length, max === 0 ? min + 3 : max + 1));
          while (args.length < n) args.push(WORDS[args.length % WORDS.length]);
          args = args.slice(0, n);
          if (f === 'foreach' || f === 'let') args[0] = 'i';
          if (f === 'file') args[0] = ['<fuzz.mk', '>x', '>>y', '<', '<nope'][args[1]?.length % 5 || 0];
        }
        return `$${open}${f}${sep}${args.join(',')}${close ?? ''}`;
      }),
  }));

  const name = fc.oneof(
    ...alts(
      { weight: 4, arbitrary: fc.constantFrom(...VARS.filter((v) => v !== '' && v !== 'x y')) },
      { weight: 1, arbitrary: fc.constantFrom(...VARS.filter((v) => v !== '')).map((v) => `$(${v})`) },
      { weight: 1, arbitrary: expr, dirty: true },
    ),
  );
  const assignOp = pickFrom(['=', ':=', '::=', '+=', '?=', '!='], [':::=', '=:']);
  const modifiers = fc.subarray(['override', 'export', 'private', ...(dirty ? ['unexport'] : [])], { maxLength: 2 }).map((m) => (m.length ? m.join(' ') + ' ' : ''));
  const assignment = fc.tuple(modifiers, name, assignOp, expr).map(([m, n, op, v]) => `${m}${n} ${op} ${v}`);
  const target = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('a', 'x.o', '%.o', 'all', '.PHONY', '.SECONDEXPANSION', '.DEFAULT', '.SUFFIXES', '.c.o', 'fuzz.mk') },
    { weight: 1, arbitrary: dirty ? expr : fc.constantFrom('$(X)', '$(Y).o', '$$(X)', 'a$$$$b') },
  );
  const recipe = fc.array(fc.tuple(pickFrom(['\t', '\t@', '\t-', '\t+'], ['> ', ' ']), expr).map(([p, e]) => p + e), { maxLength: 3 });
  const rule = fc
    .tuple(
      fc.array(target, { minLength: 1, maxLength: 3 }),
      pickFrom([':', '::', '&:', ':'], [':::', ':&']),
      fc.array(expr, { maxLength: 3 }),
      fc.option(fc.array(expr, { maxLength: 2 }), { freq: 4 }),
      fc.option(expr, { freq: 4 }),
      fc.option(fc.tuple(fc.constantFrom('%.o', 'x.o', '%'), pickFrom(['%.c', '%'], [''])), { freq: 4 }),
      recipe,
    )
    .map(([ts, colon, prereqs, orderOnly, semi, staticPat, lines]) => {
      let line = `${ts.join(' ')}${colon}`;
      if (staticPat) line += ` ${staticPat[0]}: ${staticPat[1]}`;
      line += ` ${prereqs.join(' ')}`;
      if (orderOnly) line += ` | ${orderOnly.join(' ')}`;
      if (semi !== null) line += ` ; ${semi}`;
      return [line, ...lines].join('\n');
    });
  const targetVar = fc.tuple(target, modifiers, name, assignOp, expr).map(([t, m, n, op, v]) => `${t}: ${m}${n} ${op} ${v}`);
  const condHead = fc.oneof(
    ...alts(
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom('ifeq', 'ifneq'), expr, expr).map(([k, a, b]) => `${k} (${a},${b})`) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('ifeq', 'ifneq'), expr, expr, pickFrom(['""', "''"], ['"\''])).map(([k, a, b, q]) => `${k} ${q[0]}${a}${q[1]} ${q[0]}${b}${q[1]}`) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('ifdef', 'ifndef'), name).map(([k, n]) => `${k} ${n}`) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('ifeq', 'ifdef', 'ifneq', 'ifndef'), expr).map(([k, e]) => `${k} ${e}`), dirty: true },
    ),
  );
  const directive = fc.oneof(
    ...alts(
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('-include', 'sinclude', ...(dirty ? ['include'] : [])), fc.array(fc.oneof(fc.constantFrom('fuzz.mk', 'nope.mk', '/etc/passwd', '../x.mk', '*.mk', ''), expr), { maxLength: 2 })).map(([k, fs]) => `${k} ${fs.join(' ')}`) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('export', 'unexport', 'undefine', 'override undefine', 'export undefine'), fc.array(name, { maxLength: 2 })).map(([k, ns]) => `${k} ${ns.join(' ')}`) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('vpath', 'vpath %.c', 'vpath %'), fc.option(expr)).map(([k, e]) => `${k} ${e ?? ''}`) },
      { weight: 2, arbitrary: fc.constantFrom('export', 'unexport', '.RECIPEPREFIX := >', '.RECIPEPREFIX :=', '.ONESHELL:', '.POSIX:', '.NOTPARALLEL:', '.SECONDEXPANSION:', '.DEFAULT_GOAL := x.o', 'MAKEFLAGS += -R', 'MAKEFILES := fuzz.mk', 'undefine .RECIPEPREFIX', '.RECIPEPREFIX := $(X)') },
      { weight: 1, arbitrary: fc.constantFrom('endif', 'else', 'endef', 'load x.so', '-load x.so', 'include'), dirty: true },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('$(eval ', '$(call ', '$(foreach i,a b,', '$(info ', '$(if 1,'), expr).map(([k, e]) => `${k}${e})`) },
    ),
  );

  const { block } = fc.letrec<{ block: string; stmt: string }>((tie) => ({
    block: fc.array(tie('stmt'), { maxLength: 6 }).map((ss) => ss.join('\n')),
    stmt: fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      ...alts(
        { weight: 5, arbitrary: assignment },
        { weight: 3, arbitrary: rule },
        { weight: 1, arbitrary: targetVar },
        { weight: 2, arbitrary: directive },
        { weight: 1, arbitrary: expr.map((e) => `$(eval ${e})`), dirty: true },
        { weight: 1, arbitrary: fc.constantFrom('$(info x)', '$(eval $(X))', '$(eval X += 1)', '# comment \\', '') },
        { weight: 1, arbitrary: fc.constantFrom(...ODD_WORDS, '$(X)'), dirty: true },
        {
          weight: 2,
          arbitrary: fc
            .tuple(condHead, tie('block'), fc.option(fc.tuple(fc.option(condHead), tie('block'))), pickFrom(['endif', 'endif # x'], ['', 'else', 'endif junk']))
            .map(([h, b, e, end]) => [h, b, ...(e ? [`else${e[0] ? ' ' + e[0] : ''}`, e[1]] : []), end].join('\n')),
        },
        {
          weight: 2,
          arbitrary: fc
            .tuple(modifiers, name, pickFrom(['', ' =', ' :=', ' +=', ' ?=', ' !='], [' junk']), tie('block'), pickFrom(['endef', 'endef', '  endef', 'define Y\nendef\nendef'], ['', 'endef x']))
            .map(([m, n, op, b, end]) => [`${m}define ${n}${op}`, b, end].join('\n')),
        },
        {
          weight: 1,
          arbitrary: fc.tuple(name, tie('block')).map(([n, b]) => `define ${n}\n${b}\nendef\n$(eval $(${n}))\n$(eval $(call ${n},a,b))`),
        },
      ),
    ),
  }));

  const continuation = fc.constantFrom('', '', '', '\\\n', ' \\\n\t', ...(dirty ? ['\\\\\n'] : []));
  const tail = pickFrom(['', '\n', '\\\n'], ['\\', '$', '\n\t']);
  return fc.tuple(block, continuation, tail).map(([b, c, t]) => (c ? b.replace(/ /, ` ${c}`) : b) + t);
}

// ---------------------------------------------------------------- (d) pathological shapes

/** Opening and closing halves nested N deep. */
const NESTS: [string, string][] = [
  ['$(', ')'], ['${', '}'], ['$(Y:', ')'], ['$(Y:a=', '=b)'], ['$(Y:$(', ')=b)'], ['$(strip ', ')'], ['$(if 1,', ')'],
  ['$(if ,,', ')'], ['$(foreach i,a,', ')'], ['$(call f,', ')'], ['$(eval X := ', ')'], ['$(subst a,b,', ')'], ['$(value ', ')'],
  ['$(origin ', ')'], ['$(or ', ')'], ['$(and 1,', ')'], ['$(patsubst %,', ',a)'], ['(', ')'], ['{', '}'], ['$$(', ')'],
  ['ifeq (a,a)\n', 'endif\n'], ['ifeq (a,b)\n', 'endif\n'], ['ifdef X\nelse\n', 'endif\n'], ['define X\n', 'endef\n'],
  ['$(eval define X\n', '\nendef)'], ['$(info ', ')'], ['$(word 1,', ')'], ['$(file <', ')'], ['$(', ''], ['', ')'],
];
/** Units repeated N times side by side. */
const REPEATS = ['a ', '$(X)', '$(info)', '\\\n', 'X += a\n', 'X := $(X) a\n', 'a: b\n', '\tx\n', '%', ',', '$$', '#',
  'ifeq (a,a)\nendif\n', 'define X\nendef\n', '$(eval X += a)', 'a:: ; b\n', 'include fuzz.mk\n', '$(call f,a)',
  'f = $(1)$(1)\n', 'X := $(patsubst %,%%,$(X))\n', '$(wildcard *)', 'vpath % .\n', '.PHONY: a\n', 'X = $(Y)\nY = $(X)\n'];
const CONTEXTS = ['X := %s', 'X = %s', 'a: %s', '%s', '$(eval X := %s)', 'ifeq (%s,)\nendif', 'define X\n%s\nendef\n$(eval $(X))',
  'a: X = %s', '.SECONDEXPANSION:\na: %s', 'f = %s\nX := $(call f,1)', '%s\nX := $(X)'];

/** Deep nesting and long repetition (depth/count up to `max`, log-uniform), in a few contexts. */
export function stressArb(max = 12_000): fc.Arbitrary<string> {
  return fc
  .record({
    nest: fc.boolean(),
    which: fc.nat(),
    // log-uniform in [1, 12000]: shallow and deep shapes alike
    n: fc.double({ min: 0, max: Math.log(max), noNaN: true }).map((x) => Math.max(1, Math.round(Math.exp(x)))),
    middle: fc.constantFrom('', 'Y', 'a', '$(X)', ',', '1'),
    context: fc.constantFrom(...CONTEXTS),
    prelude: fc.constantFrom('', 'f = $(call f,$1)\n', 'Y := a b\n', 'X = $(X)\n', '.RECIPEPREFIX := >\n'),
  })
  .map(({ nest, which, n, middle, context, prelude }) => {
    let body: string;
    if (nest) {
      const [open, close] = NESTS[which % NESTS.length];
      body = open.repeat(n) + middle + close.repeat(n);
    } else {
      body = REPEATS[which % REPEATS.length].repeat(n) + middle;
    }
    return prelude + context.replace('%s', () => body);
  });
}

// ---------------------------------------------------------------- sampling

/** `count` inputs from an arbitrary, reproducible from `seed`. */
export function sample(arb: fc.Arbitrary<string>, count: number, seed: number): string[] {
  return fc.sample(arb, { numRuns: count, seed });
}
