// File-name functions (manual 8.3) and $(file) (8.6): dir notdir suffix
// basename addsuffix addprefix join wildcard realpath abspath file.
// Every expectation is also checked against GNU make 4.3.
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cases, fatal, show, x } from '../helpers/cases.js';
import { haveMake, runKflags, runMake, tempDir } from '../helpers/make.js';

describe('dir and notdir', () => {
  cases([
    x('$(dir src/foo.c hacks)', 'src/ ./'),
    x('$(dir a/ /)', 'a/ /'),
    x('$(dir a/b/c.d)', 'a/b/'),
    x('$(dir  a/b  c )', 'a/ ./'),
    x('$(dir )', ''),
    x('$(dir a,b/c)', 'a,b/'),
    x('$(notdir src/foo.c hacks)', 'foo.c hacks'),
    // A word ending in / becomes empty, and still counts as a word.
    x('$(notdir a/ b)', ' b'),
    x('$(notdir b a/)', 'b '),
    x('$(notdir /)', ''),
    x('$(notdir )', ''),
    x('$(notdir  a/b   c/d )', 'b d'),
  ]);
});

describe('suffix and basename', () => {
  cases([
    x('$(suffix src/foo.c src-1.0/bar hacks)', '.c'),
    x('$(suffix a. .c a.b/c a.b.c)', '. .c .c'),
    x('$(suffix a b.c d)', '.c'),
    x('$(suffix )', ''),
    x('$(basename src/foo.c src-1.0/bar hacks)', 'src/foo src-1.0/bar hacks'),
    x('$(basename .c x)', ' x'),
    x('$(basename a.b/c a. a.b.c)', 'a.b/c a a.b'),
    x('$(basename )', ''),
    x('$(basename  a.c   b.c )', 'a b'),
  ]);
});

describe('addsuffix, addprefix, join', () => {
  cases([
    x('$(addsuffix .c,foo bar)', 'foo.c bar.c'),
    x('$(addsuffix ,a b)', 'a b'),
    // The first argument loses its leading blanks only.
    x('$(addsuffix x ,a b)', 'ax  bx '),
    x('$(addsuffix  x,  a  b )', 'ax bx'),
    x('$(addsuffix .c,)', ''),
    x('$(addprefix src/,foo bar)', 'src/foo src/bar'),
    x('$(addprefix  p ,  a  b )', 'p a p b'),
    x('$(addprefix x,a,b c)', 'xa,b xc'),
    x('$(join a b,.c .o)', 'a.c b.o'),
    x('$(join a b c,.c)', 'a.c b c'),
    x('$(join a,.c .o)', 'a.c .o'),
    x('$(join  a  b , x  y )', 'ax by'),
    x('$(join ,)', ''),
    x('$(join a,b,c)', 'ab,c'),
    fatal('$(addsuffix a)\n', "insufficient number of arguments (1) to function 'addsuffix'"),
    fatal('$(addprefix a)\n', "insufficient number of arguments (1) to function 'addprefix'"),
    fatal('$(join a)\n', "insufficient number of arguments (1) to function 'join'"),
  ]);
});

const tree = { 'b.c': '', 'a.c': '', 'c.h': '', 'sub/x.c': '', 'in.txt': 'hello\nworld\n' };
const link = (dir: string) => {
  if (!existsSync(join(dir, 'link.c'))) symlinkSync('a.c', join(dir, 'link.c'));
};

describe('wildcard (on disk)', () => {
  const on = { files: tree, disk: true, setup: link };
  cases([
    x('$(wildcard *.c)', 'a.c b.c link.c', on),
    x('$(wildcard b.c a.c nope)', 'b.c a.c', on),
    x('$(wildcard a.c a.c)', 'a.c a.c', on),
    x('$(wildcard sub/*.c */*.c)', 'sub/x.c sub/x.c', on),
    x('$(wildcard *.[ch])', 'a.c b.c c.h link.c', on),
    x('$(wildcard ?.c)', 'a.c b.c', on),
    x('$(wildcard ./a.c)', './a.c', on),
    x('$(wildcard sub)', 'sub', on),
    x('$(wildcard sub/)', 'sub/', on),
    x('$(wildcard nope*)', '', on),
    x('$(wildcard a\\.c)', 'a.c', on),
    x('$(wildcard  a.c  b.c )', 'a.c b.c', on),
    x('$(wildcard )', '', on),
  ]);
});

describe('realpath and abspath', () => {
  const on = { files: tree, disk: true, setup: link };
  cases([
    // Relative to the working directory: print the part below it.
    x('$(patsubst $(abspath .)/%,%,$(realpath link.c sub/../b.c nope sub))', 'a.c b.c sub', on),
    x('$(realpath nope)', '', on),
    x('$(realpath )', '', on),
    { name: 'realpath . is CURDIR', mk: '$(info $(if $(filter $(CURDIR),$(realpath .)),same,differ))\n', out: 'same\n', ...on },
    x('$(abspath /a/b/../c/./d /.. //a /a/b/ /a//b)', '/a/c/d / /a /a/b /a/b'),
    x('$(abspath /a/../../b)', '/b'),
    x('$(abspath /.)', '/'),
    x('$(abspath )', ''),
    {
      name: 'abspath relative',
      mk: '$(info [$(patsubst $(CURDIR)/%,%,$(abspath a ./b sub/ sub/./d))] [$(if $(filter $(CURDIR),$(abspath c/..)),cwd)])\n',
      out: '[a b sub sub/d] [cwd]\n',
    },
    { name: 'abspath of . is CURDIR', mk: '$(info $(if $(filter $(CURDIR),$(abspath . ./)),same,differ))\n', out: 'same\n' },
  ]);
});

describe('file <', () => {
  const files = { 'in.txt': 'hello\nworld\n', 'nonl.txt': 'no newline', 'two.txt': 'two\n\n', 'empty.txt': '' };
  cases([
    x('$(file <in.txt)', 'hello\nworld', { files }),
    x('$(file  <in.txt)', 'hello\nworld', { files }),
    x('$(file <  in.txt)', 'hello\nworld', { files }),
    // Only the last newline goes.
    x('$(file <nonl.txt)', 'no newline', { files }),
    x('$(file <two.txt)', 'two\n', { files }),
    x('$(file <empty.txt)', '', { files }),
    // A missing file reads as nothing.
    x('$(file <nope)', '', { files }),
    // Trailing blanks belong to the file name.
    x('$(file <in.txt )', '', { files }),
    fatal('$(file <)\n', 'file: missing filename'),
    fatal('$(file <in.txt,x)\n', 'file: too many arguments', 1, { files }),
    fatal('$(file foo)\n', 'file: invalid file operation: foo'),
    fatal('$(file )\n', 'file: invalid file operation: '),
    fatal('$(file >,x)\n', 'file: missing filename'),
    fatal('X = $(file foo)\n\nY := $(X)\n', 'file: invalid file operation: foo', 1),
  ]);
});

describe('file > never writes', () => {
  const writes: Array<[string, string, string]> = [
    // makefile, file make creates, what kflags names in its note
    ['$(file >out.txt,hi)\n', 'out.txt', 'out.txt'],
    ['$(file >>out.txt,hi)\n', 'out.txt', 'out.txt'],
    ['$(file > out.txt)\n', 'out.txt', 'out.txt'],
    ['X := [$(file >out.txt,a,b)]\n$(info $(X))\n', 'out.txt', 'out.txt'],
    ['$(file >sub/out.txt,hi)\n', 'sub/out.txt', 'sub/out.txt'],
  ];
  for (const [mk, created, named] of writes) {
    it(JSON.stringify(mk).slice(1, -1), () => {
      const dir = tempDir();
      try {
        if (created.startsWith('sub/')) mkdirSync(join(dir, 'sub'));
        const before = readdirSync(dir).sort();
        const kflags = runKflags(mk, { dir });
        const line = mk.split('\n').findIndex((l) => l.includes('$(file')) + 1;
        expect(show(kflags)).toBe(
          show({
            status: 0,
            stdout: mk.includes('$(info') ? '[]\n' : '',
            stderr: `t.mk:${line}: kflags: $(file ${mk.includes('>>') ? '>>' : '>'}${named}) not written (kflags never writes files)\n`,
          }),
        );
        // kflags read its makefiles from the overlay and wrote nothing.
        expect(readdirSync(dir).sort()).toEqual(before);
        expect(existsSync(join(dir, created))).toBe(false);
        if (haveMake) {
          // GNU make does write it: the case is meaningful.
          const make = runMake(mk, { dir });
          expect(make.status).toBe(0);
          expect(existsSync(join(dir, created))).toBe(true);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
