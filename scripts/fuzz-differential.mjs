#!/usr/bin/env node
// Long-running differential fuzzer: random makefiles (test/property/generate.ts) through
// GNU make 4.3 and the built kflags (dist/, run `npm run build` first).
//
//   node scripts/fuzz-differential.mjs [--runs N] [--seed S] [--no-eval] [--depth D]
//                                      [--out DIR] [--max-divergences K] [--sample K] [--no-minimize]
//                                      [--skip REGEX] [--off FEATURE,...] [--stats]
//
// --off turns constructs of the generator off by name (FEATURES and CONSTRUCTS in
// test/property/generate.ts; `known` turns off every construct that ever found a kflags bug,
// `open` those whose bug is still open, `all` every one, which is close to the first
// generator), e.g. to keep a known bug from drowning the others: --off open, --off known,
// --off known,templates, --off private,bignum.
// --stats prints how make ended (status, first error line shape) over the programs run.
//
// Every divergence is printed and saved as DIR/<n>.mk (the program, byte for byte: run it
// with `make -R -r -f <n>.mk -f printer.mk __kflags_print ARGS`) and DIR/<n>.txt (how each
// side was run and both outputs). DIR defaults to test/property/divergences.
// Divergences are de-duplicated by the pair of outputs' first differing stderr/stdout line
// "shape" so that one bug does not fill the directory. Exit status 1 if any were found.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    'no-eval': { type: 'boolean', default: false },
    depth: { type: 'string', default: '3' },
    out: { type: 'string', default: join(root, 'test/property/divergences') },
    'max-divergences': { type: 'string', default: '50' },
    sample: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    'no-minimize': { type: 'boolean', default: false },
    // Exploration aid: skip programs matching this regular expression (e.g. a known bug's trigger).
    skip: { type: 'string' },
    off: { type: 'string' },
    stats: { type: 'boolean', default: false },
  },
});

// The generator and harness are TypeScript shared with the vitest suite: transpile them.
async function loadTs() {
  const ts = (await import('typescript')).default;
  const cache = join(root, 'node_modules/.cache/kflags-fuzz');
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'package.json'), '{"type":"module"}\n');
  for (const f of ['generate', 'harness']) {
    const src = readFileSync(join(root, 'test/property', `${f}.ts`), 'utf8');
    const out = ts.transpileModule(src, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(cache, `${f}.js`), out);
  }
  const gen = await import(pathToFileURL(join(cache, 'generate.js')).href);
  const harness = await import(pathToFileURL(join(cache, 'harness.js')).href);
  return { gen, harness };
}

const { gen, harness } = await loadTs();
const fc = (await import('fast-check')).default;
const off = opts.off === undefined ? [] : opts.off.split(',').filter(Boolean);
for (const f of off) {
  if (!['all', 'known', 'open'].includes(f) && !gen.FEATURES.includes(f) && !gen.CONSTRUCTS.includes(f)) {
    console.error(`unknown switch '${f}' (one of: all, known, open, ${[...gen.FEATURES, ...gen.CONSTRUCTS].join(', ')})`);
    process.exit(2);
  }
}
const options = { eval: !opts['no-eval'], depth: Number(opts.depth), off };

if (opts.sample !== undefined) {
  for (const p of fc.sample(gen.programArbitrary(options), { seed: Number(opts.seed ?? 1), numRuns: Number(opts.sample) })) {
    console.log(`----- print: ${p.print.join(' ')}  args: ${p.args.join(' ')}${p.target === undefined ? '' : `  target: ${p.target}`}\n${p.text}`);
  }
  process.exit(0);
}

let run;
try {
  ({ run } = await import(pathToFileURL(join(root, 'dist/cli/app.js')).href));
} catch (e) {
  console.error(`cannot load dist/cli/app.js (run npm run build first): ${e.message}`);
  process.exit(2);
}
if (!harness.haveMake()) {
  console.error(`${harness.MAKE} is not GNU Make 4.3`);
  process.exit(2);
}

const runs = Number(opts.runs);
const seed = Number(opts.seed ?? Date.now() % 2 ** 31);
const maxDivergences = Number(opts['max-divergences']);
const dir = mkdtempSync(join(tmpdir(), 'kflags-fuzz-'));
mkdirSync(opts.out, { recursive: true });
console.log(`fuzzing ${runs} programs, seed ${seed}, eval ${options.eval}, off [${off.join(',')}], output ${opts.out}`);

/** A coarse signature of a divergence, to report one bug once: words masked. */
function signature(make, kflags) {
  return harness
    .divergenceKey(make, kflags)
    .replace(/'[^']*'/g, "'?'")
    .replace(/[A-Za-z0-9_./%-]+/g, (w) => (/^(status|stdout|stderr|missing|target|Stop|empty|variable|name|function|arguments|argument|separator|unterminated|endif|else|conditional|syntax|Recursive|references|itself)$/.test(w) ? w : 'w'))
    .slice(0, 200);
}

const seen = new Map();
let found = 0;
let skipped = 0;
let checked = 0;
let inTarget = 0;
const makeEnds = new Map();
const started = Date.now();
const samples = fc.sample(gen.programArbitrary(options), { seed, numRuns: runs });
const skipRe = opts.skip === undefined ? undefined : new RegExp(opts.skip);
for (const program of samples) {
  if (skipRe?.test(program.text)) {
    skipped++;
    continue;
  }
  harness.writeProgram(dir, program);
  const make = harness.runMake(dir, program);
  if (make === undefined) {
    skipped++;
    continue;
  }
  const kflags = await harness.runKflags(run, dir, program);
  checked++;
  if (program.target !== undefined) inTarget++;
  if (opts.stats) {
    const firstError = make.stderr.split('\n').find((l) => l.includes('***')) ?? '';
    const shape = `status ${make.status} ${firstError.replace(/^prog\.mk:\d+: /, '').replace(/'[^']*'/g, "'?'").slice(0, 70)}`;
    makeEnds.set(shape, (makeEnds.get(shape) ?? 0) + 1);
  }
  if (!harness.sameOutcome(make, kflags)) {
    // Does a fresh process agree with make? Then the divergence depends on state left by earlier programs.
    const fresh = spawnSync(process.execPath, [join(root, 'bin/kflags'), ...harness.kflagsArgv(program)], {
      cwd: dir,
      env: { NO_COLOR: '1' },
      encoding: 'latin1',
    });
    const freshOutcome = { stdout: fresh.stdout, stderr: harness.normalizeStderr(fresh.stderr), status: fresh.status ?? -1 };
    const stateful = harness.sameOutcome(make, freshOutcome);
    const sig = (stateful ? 'STATE-DEPENDENT (a fresh kflags agrees) ' : '') + signature(make, kflags);
    const count = (seen.get(sig) ?? 0) + 1;
    seen.set(sig, count);
    if (count === 1 && found < maxDivergences) {
      found++;
      const small = opts['no-minimize'] || stateful ? program : await harness.minimize(run, dir, program);
      harness.writeProgram(dir, small);
      const make2 = harness.runMake(dir, small) ?? make;
      const kflags2 = await harness.runKflags(run, dir, small);
      const shown = harness.sameOutcome(make2, kflags2) ? { p: program, m: make, k: kflags } : { p: small, m: make2, k: kflags2 };
      writeFileSync(join(opts.out, `${found}.mk`), shown.p.text, 'latin1');
      writeFileSync(join(opts.out, `${found}.txt`), harness.describe(shown.p, shown.m, shown.k) + '\n', 'utf8');
      if (!opts.quiet) console.log(`\n##### divergence ${found} (${sig})\n${harness.describe(shown.p, shown.m, shown.k)}`);
    }
  }
  if (checked % 1000 === 0) console.error(`... ${checked} checked, ${seen.size} distinct divergences, ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
rmSync(dir, { recursive: true, force: true });
console.log(`\n${checked} programs checked (${inTarget} in a target's context; ${skipped} skipped: --skip, make timed out, or not buildable in a target's context), ${[...seen.values()].reduce((a, b) => a + b, 0)} divergent, ${seen.size} distinct, ${found} saved, ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const [sig, n] of [...seen].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${sig}`);
if (opts.stats) {
  console.log('\nhow make ended:');
  for (const [shape, n] of [...makeEnds].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${String(n).padStart(6)}  ${shape}`);
}
process.exit(seen.size > 0 ? 1 : 0);
