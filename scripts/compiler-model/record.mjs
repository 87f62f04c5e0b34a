#!/usr/bin/env node
// Record the compiler models (src/kbuild/compilers/<id>.json) from real
// toolchains: for every recorded build under test/fixtures/kernel-builds,
// the whole tree is scanned in tree mode with its .config and make
// arguments, running each probe for real (--allow-shell); what the tools
// answered becomes the table.
// The toolchain must be the one the fixtures were built with (the script
// checks the version line). Nothing is written into the trees.
//
//   npm run build && node scripts/compiler-model/record.mjs \
//       --tree 6.12=/path/to/linux-source-6.12 --tree 6.1=/path/to/linux-source-6.1 \
//       [--config 6.12:/path/to/tiny.config[:LLVM=1][:O=/prepared/build/dir] ...]
//
// The models in the repository were recorded with one such extra: arm64's
// defconfig, whose per-task stack protector the arm64-clang fixture leaves
// out (`make -C SRC ARCH=arm64 LLVM=1 O=B defconfig prepare`, then
// `--config 6.12:B/.config:ARCH=arm64:LLVM=1:O=B`).
//
// The whole-build fixtures (*.dry-run.json.gz: tinyconfig, allmodconfig,
// W=1, ...) are scanned too, with the config and make arguments each names.
// --config adds a configuration of one's own (made with `make O=B
// tinyconfig`, `ARCH=arm64 defconfig`, ...) to scan with the same compiler:
// the tables then also answer what those configurations ask (an `O=DIR`
// among its arguments names a prepared build directory). A probe answered
// two ways stops the recording (addToModel).
//
// Kconfig's probes (the $(shell)s of the Kconfig files: cc-option, as-instr,
// the version scripts) are recorded too: every scan runs Kconfig's
// olddefconfig first (kconfig: 'always'). They depend on ARCH and the
// toolchain's variables, not on the .config. `--kconfig-only` adds just
// them to the models in the repository (each configuration's top level and
// Kconfig, no directories): minutes instead of the whole recording.
//
// --add FIXTURE (a whole-build fixture's name, e.g. 6.12-rand53-llvm14; may be
// repeated) grows the models in the repository instead: they are read, only
// the named fixtures (and any --config) are scanned, and what they ask is
// added (a fixture just made from a random config: minutes, not the half
// hour of all of them); --grow alone, only the --config ones. A probe
// answered two ways still stops it. --fixtures DIR reads the whole-build
// fixtures from DIR instead (a sweep's OUT/fixtures: `--fixtures
// /var/tmp/randcfg/fixtures --add 6.12-rand301` grows the models with a
// random config's probes without keeping it as a fixture).
//
// Grown so after the three random-config fixtures: with `make O=B LLVM=1
// LLVM_IAS=0 tinyconfig` and `x86_64_defconfig` of each tree (clang with GNU
// as: its probes are other questions, keyed with -fno-integrated-as, and
// Makefile.clang asks `which elfedit`), `--grow --config
// 6.12:B/.config:LLVM=1:LLVM_IAS=0` for each (and 6.1).
// And with Debian's own amd64 configurations (linux-config-6.12, -6.1: the
// build directories scripts/kernel-truth/debian-config.sh prepares), `--grow
// --config 6.12:B/.config:O=B` for each: their KBUILD_CFLAGS ask GCOV's
// -fprofile-update=prefer-atomic try-run otherwise than any other config;
// and 6.12's built with LLVM=1 (`--config 6.12:B/.config:LLVM=1:O=B`).
// And with builds in the source tree itself (`O=` empty: `-fmacro-prefix-map=./=`
// is another question than out of tree's): `--grow --config 6.12:F/6.12-gcc.config:O=`,
// `--config 6.12:F/6.12-clang-thinlto.config:LLVM=1:O=` and the same for 6.1.
// And with every level of extra warnings (W=2 and W=3 probe warnings no
// whole build asks about): `--grow --config 6.12:F/6.12-gcc.config:W=123
// --config 6.12:F/6.12-clang-fulllto.config:LLVM=1:W=123`, the same for 6.1
// with 6.1-gcc and 6.1-clang-thinlto.
// clang's keys hold the word size when it is not the target's own
// (`--target=powerpc64le-linux-gnu -m32`: probes.ts, wordSizeFlag); the
// table was re-keyed for it without a recording from scratch: the clang
// configurations above (and the sweep's) were scanned with the table looked
// up without the word size, each distinct try-run they asked was run for
// real, and the configurations whose every probe the table answered as the
// real run did gave each key its answer (all kept answers confirmed so).
// Then grown with `--fixtures /var/tmp/randcfg/fixtures --add
// 6.12-powerpc-rand309-clang --add 6.1-rand304-32-clang`, arm64's defconfig
// and `LLVM=1 LLVM_IAS=0 tinyconfig` of both trees (`--config`, as above),
// and the sweep's 32-bit x86 clang configs (`--add 6.12-rand21-32-clang
// --add 6.12-rand92-32-clang --add 6.12-rand63-32-clang-mod --add
// 6.1-rand55-32-clang --add 6.1-rand101-32-clang-i386`): no probe answered
// two ways. Then with the sweep's clang configs of other architectures
// (`--add 6.12-arm-rand501-clang --add 6.12-riscv-rand502-clang --add
// 6.12-mips-rand503-clang --add 6.1-arm64-rand504-clang --add
// 6.1-powerpc-rand505-clang`, then `--add 6.12-arm64-rand506-clang-p40
// --add 6.1-arm-rand507-clang --add 6.12-um-rand508-clang`, then `--add
// 6.1-mips-rand509-clang --add 6.12-arm-rand510-clang-p40`, then `--add
// 6.12-riscv-rand512-32-clang --add 6.1-powerpc-rand513-clang-p40`, then
// `--add 6.12-riscv-rand515-clang-rv32`, a 32-bit riscv config made with
// CONFIG_NONPORTABLE and CONFIG_ARCH_RV32I in the allconfig): none answered
// two ways either. And `--add 6.1-rand406-clang-p40` (x86_64, probability
// 40: KASAN's asan-stack and -mfentry under 6.1's -Qunused-arguments).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { evaluateTopLevel, scanTree } from '../../dist/kbuild/tree/tree.js';
import { addToModel, modelIdFromVersion } from '../../dist/kbuild/tree/compilers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let fixtures = path.join(root, 'test/fixtures/kernel-builds');
const out = path.join(root, 'src/kbuild/compilers');
const trees = {};
const extraConfigs = [];
let kconfigOnly = false;
const adding = [];
let grow = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--tree') {
    const [v, p] = args[++i].split('=');
    trees[v] = path.resolve(p);
  } else if (args[i] === '--config') {
    const [tree, file, ...makeArgs] = args[++i].split(':');
    extraConfigs.push({ tree, file: path.resolve(file), makeArgs });
  } else if (args[i] === '--add') {
    adding.push(args[++i]);
    grow = true;
  } else if (args[i] === '--grow') {
    grow = true;
  } else if (args[i] === '--fixtures') {
    fixtures = path.resolve(args[++i]);
  } else if (args[i] === '--kconfig-only') {
    kconfigOnly = true;
  }
}
// A probe's answer depends on every flag in its command: a sample profile
// that KCFLAGS names must exist, as in the build that was recorded, or
// every probe after it fails (addToModel then finds two answers).
function checkProfiles(makeArgs, what) {
  for (const m of (makeArgs ?? []).join(' ').matchAll(/-fprofile-sample-use=(\S+)/g)) {
    if (!fs.existsSync(m[1])) throw new Error(`${what}: ${m[1]} does not exist: make it as scripts/kernel-truth/build.sh does (ensure_profile)`);
  }
}

/** The source tree's scripts a probe runs: their text tells the trees' answers apart (addToModel). */
const readText = (f) => {
  try {
    return fs.readFileSync(f, 'latin1');
  } catch {
    return undefined;
  }
};
const models = new Map();
// --add, --grow, --kconfig-only: the models as they are, grown.
if (grow || kconfigOnly) {
  for (const file of fs.readdirSync(out).filter((f) => f.endsWith('.json'))) {
    const model = JSON.parse(fs.readFileSync(path.join(out, file), 'utf8'));
    models.set(model.id, model);
  }
}
const scanned = new Set();
/** The whole build with this configuration (or, with --kconfig-only, its top level and Kconfig): the probes asked. */
function probesOf(options) {
  if (!kconfigOnly) return scanTree({ ...options, kconfig: 'always' });
  const top = evaluateTopLevel({ ...options, kconfig: 'always', onWarning: (t) => process.stderr.write(t) }, []);
  return { directories: [], probes: top.probeHost.probes };
}
for (const file of fs.readdirSync(fixtures).sort()) {
  if (grow) break;
  if (!file.endsWith('.json') || file.includes('compile_commands')) continue;
  const fx = JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8'));
  // One scan per tree and configuration (the states and samples share them).
  if (fx.state === 'before' || scanned.has(`${fx.tree} ${fx.config}`)) continue;
  scanned.add(`${fx.tree} ${fx.config}`);
  const srctree = trees[fx.tree];
  if (srctree === undefined) {
    console.error(`skip ${file}: no --tree ${fx.tree}=DIR`);
    continue;
  }
  const id = modelIdFromVersion(fx.compiler);
  let model = models.get(id);
  if (model === undefined) {
    // The machine's multiarch triplet (gcc -dumpmachine: x86_64-linux-gnu; clang says x86_64-pc-linux-gnu), under which Debian names the same tools.
    const triplet = spawnSync('gcc', ['-dumpmachine'], { encoding: 'utf8' }).stdout.trim();
    model = { id, description: `${fx.compiler}, as Debian 12 ships it; recorded by scripts/compiler-model/record.mjs`, triplet, accepts: {}, commands: {} };
    models.set(id, model);
  }
  checkProfiles(fx.makeArgs, file);
  const objtree = path.join(os.tmpdir(), `kflags-record-${fx.tree}-${fx.config}`);
  const config = fs.readFileSync(path.join(fixtures, fx.dotconfig), 'latin1');
  // The whole build of the tree with this .config: every directory's probes.
  const scan = probesOf({ srctree, objtree, config, configFile: fx.dotconfig, commandLine: fx.makeArgs, allowShell: true });
  const version = scan.probes.find((p) => p.kind === 'command' && /--version/.test(p.command) && /^LC_ALL=C\s+(?:\S*[/-])?(gcc|clang)\b/.test(p.command));
  if (version && version.output.trim() !== fx.compiler) {
    throw new Error(`${file}: this machine's compiler says '${version.output.trim()}', the fixture was built with '${fx.compiler}'`);
  }
  addToModel(model, scan.probes, { srctree, objtree }, readText);
  console.error(`${file}: ${scan.directories.length} directories, ${scan.probes.length} probes`);
}
// The whole-build fixtures (scripts/kernel-truth/dry-run.sh) name their tree, config and make's arguments.
for (const file of fs.readdirSync(fixtures).sort()) {
  if (!file.endsWith('.dry-run.json.gz')) continue;
  if (grow && !adding.includes(file.slice(0, -'.dry-run.json.gz'.length))) continue;
  const doc = JSON.parse(gunzipSync(fs.readFileSync(path.join(fixtures, file))).toString('utf8'));
  extraConfigs.push({ tree: doc.name.split('-')[0], file: path.join(fixtures, `${doc.config}.config`), makeArgs: doc.makeArgs });
}
for (const extra of extraConfigs) {
  const srctree = trees[extra.tree];
  if (srctree === undefined) throw new Error(`--config ${extra.tree}:...: no --tree ${extra.tree}=DIR`);
  const config = fs.readFileSync(extra.file, 'latin1');
  // O=DIR: a build directory where `make prepare` has run, for a tree whose
  // top level reads what prepare generated (arm64's stack protector offset,
  // from include/generated/asm-offsets.h): later probes carry that flag.
  const o = extra.makeArgs.find((a) => a.startsWith('O='));
  const makeArgs = extra.makeArgs.filter((a) => a !== o);
  // `O=` empty: the build in the source tree itself (nothing is written there), whose probes name `./`.
  const objtree = o === 'O=' ? srctree : o !== undefined ? path.resolve(o.slice(2)) : path.join(os.tmpdir(), `kflags-record-extra-${path.basename(extra.file)}-${makeArgs.join('-')}`);
  const scan = probesOf({ srctree, objtree, config, configFile: extra.file, commandLine: makeArgs, allowShell: true });
  const version = scan.probes.find((p) => p.kind === 'command' && /--version/.test(p.command) && /^LC_ALL=C\s+(?:\S*[/-])?(gcc|clang)\b/.test(p.command));
  if (version === undefined) throw new Error(`${extra.file}: no compiler version probe`);
  const id = modelIdFromVersion(version.output.trim());
  const model = models.get(id);
  if (model === undefined) throw new Error(`${extra.file}: ${id} has no recorded fixture configuration`);
  addToModel(model, scan.probes, { srctree, objtree }, readText);
  console.error(`${path.basename(extra.file)} ${extra.makeArgs.join(' ')}: ${scan.directories.length} directories, ${scan.probes.length} probes`);
}
for (const model of models.values()) {
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const file = path.join(out, `${model.id}.json`);
  fs.writeFileSync(file, JSON.stringify({ ...model, accepts: sorted(model.accepts), commands: sorted(model.commands) }, null, 1) + '\n');
  console.error(`wrote ${path.relative(root, file)}: ${Object.keys(model.accepts).length} probe answers, ${Object.keys(model.commands).length} commands`);
}
