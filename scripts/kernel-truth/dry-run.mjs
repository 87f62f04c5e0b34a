#!/usr/bin/env node
// Every object's compile command as GNU make itself expands it for a whole
// build, without building: `make O=B -n -k` in a prepared build directory
// prints each recipe, and Kbuild's recipes hand the command to fixdep (or
// printf) as the text its .cmd file would hold. This reads those texts out
// of make's output into a fixture the tests compare tree mode against.
//
//   make -C SRC O=B [LLVM=1] olddefconfig prepare     (once; B holds the .config)
//   make -C SRC O=B [LLVM=1] -n -k > dry-run.txt      (status 2: a dry run cannot link)
// (scripts/kernel-truth/dry-run.sh runs all of it.)
//   node scripts/kernel-truth/dry-run.mjs dry-run.txt SRC B NAME [MORE.txt...] > test/fixtures/kernel-builds/NAME.dry-run.json.gz
//
// MORE.txt: other dry runs of parts of the same build that dry-run.txt
// cannot reach (scripts/kernel-truth/dry-run.sh): `make -n -k` before
// `make prepare` (prepare's compiles: the host programs' objects), and the
// boot image's sub-make (it waits for vmlinux, which a dry run cannot
// link). The main dry run's command counts for an object it compiles.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const [file, srctree, objtree, name, ...more] = process.argv.slice(2);

/** The single-quoted shell word at `i` (Kbuild's escsq writes ' as '\''). */
function quoted(text, i) {
  let out = '';
  let j = i + 1;
  for (;;) {
    const end = text.indexOf("'", j);
    if (end < 0) return undefined;
    out += text.slice(j, end);
    if (text.startsWith("'\\''", end)) {
      out += "'";
      j = end + 4;
    } else {
      return { value: out, end: end + 1 };
    }
  }
}

/** Each object's command in one make -n output, by object. */
function compileCommands(text) {
  const commands = {};
  // fixdep DEPFILE TARGET 'COMMAND'
  for (const m of text.matchAll(/scripts\/basic\/fixdep (\S+) (\S+\.o) '/g)) {
    const q = quoted(text, m.index + m[0].length - 1);
    if (q) commands[m[2]] = q.value;
  }
  // printf '%s\n' 'savedcmd_TARGET := COMMAND' (6.1: 'cmd_TARGET := COMMAND')
  for (const m of text.matchAll(/printf '%s\\n' '((?:saved)?cmd_)(\S+\.o) := /g)) {
    const start = m.index + m[0].indexOf(`'${m[1]}`);
    const q = quoted(text, start);
    if (q) commands[m[2]] = q.value.slice(`${m[1]}${m[2]} := `.length);
  }
  return commands;
}

// The main dry run's command is the build's; the others add the objects it
// cannot reach (a dry run before prepare also expands what prepare has not
// made yet: arm's stack protector offset, read from asm-offsets.h, is empty
// there). Two of the others must agree.
const commands = compileCommands(readFileSync(file, 'latin1'));
const main = new Set(Object.keys(commands));
for (const other of more) {
  for (const [object, command] of Object.entries(compileCommands(readFileSync(other, 'latin1')))) {
    if (main.has(object)) continue;
    if (commands[object] !== undefined && commands[object] !== command) throw new Error(`${object}: two commands:\n${commands[object]}\n${command}`);
    commands[object] = command;
  }
}
const norm = (s) => s.split(srctree).join('@SRCTREE@').split(objtree).join('@OBJTREE@');
// Compile commands only (not a module's link, not objcopy's stub copies).
const objects = Object.keys(commands)
  .filter((object) => commands[object].includes(` -c -o ${object} `))
  .sort()
  .map((object) => ({ object, command: norm(commands[object]) }));
// The config (test/fixtures/kernel-builds/CONFIG.config) and make's own arguments (LLVM=1, W=1), from dry-run.sh.
const doc = {
  name,
  config: process.env.CONFIG ?? name,
  makeArgs: (process.env.MAKE_ARGS ?? '').split(' ').filter(Boolean),
  source: `make -n -k of the whole build in a prepared build directory${more.length === 0 ? '' : ', before prepare, and of the boot image'} (scripts/kernel-truth/dry-run.sh)`,
  objects,
};
process.stdout.write(gzipSync(JSON.stringify(doc)));
console.error(`${objects.length} objects`);
