#!/usr/bin/env node
// Long-running robustness fuzzer for the built kflags (dist/: run `npm run build` first).
// kflags must never crash, hang or throw anything but a MakeError, whatever the input.
//
//   node scripts/fuzz.mjs [--seconds 600] [--seed 1] [--jobs N] [--timeout MS]
//                         [--cli-every K] [--out DIR] [--no-shrink] [--only bytes,makeish,kernel,program,stress]
//
// Inputs come from test/fuzz/generators.ts (random bytes, makefile-ish strings, mutated
// kernel makefiles, grammar-aware programs, deep nesting and long repetition), each evaluated in a worker (test/fuzz/worker.mjs)
// with small limits and a time budget; every K-th input also goes through the CLI
// (`kflags eval FILE --print X`: exit 0 or 2, no stack trace). Each new kind of crash is
// shrunk and saved as DIR/<hash>.mk (the input, byte for byte) with DIR/<hash>.txt (the
// exception and stack); DIR defaults to test/fuzz/crashes, which test/fuzz.test.ts replays.
// Exit status 1 if a crash was found.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    jobs: { type: 'string', default: String(Math.max(1, availableParallelism())) },
    timeout: { type: 'string', default: '3000' },
    'cli-every': { type: 'string', default: '4' },
    out: { type: 'string', default: join(root, 'test/fuzz/crashes') },
    'no-shrink': { type: 'boolean', default: false },
    only: { type: 'string' },
    batch: { type: 'string', default: '100' },
  },
});
if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('fuzz: dist/ is missing: run `npm run build` first');
  process.exit(2);
}

// The generators, pool and shrinker are TypeScript shared with test/fuzz.test.ts.
register('../test/fuzz/ts-loader.mjs', import.meta.url);
const gen = await import('../test/fuzz/generators.ts');
const { FuzzPool, signature } = await import('../test/fuzz/pool.ts');
const { shrink } = await import('../test/fuzz/shrink.ts');

const seconds = Number(opts.seconds);
const seed = Number(opts.seed);
const timeoutMs = Number(opts.timeout);
const cliEvery = Number(opts['cli-every']);
const batchSize = Number(opts.batch);
const outDir = opts.out;
mkdirSync(outDir, { recursive: true });

const corpus = gen.loadSeedCorpus();
const generators = {
  bytes: gen.bytesArb,
  makeish: gen.makeishArb,
  kernel: gen.mutatedArb(corpus.files),
  program: gen.programArb(),
  stress: gen.stressArb(),
};
/** Stress inputs are big and slow: fewer per batch. */
const batchSizeOf = (kind) => (kind === 'stress' ? Math.max(1, Math.ceil(batchSize / 5)) : batchSize);
const kinds = opts.only ? opts.only.split(',') : Object.keys(generators);
console.log(
  `fuzz: seed ${seed}, ${seconds} s, ${opts.jobs} workers, timeout ${timeoutMs} ms, ` +
    `${corpus.files.length} seed makefiles${corpus.kernel ? ' (Linux 6.12)' : ' (no kernel tarball: repository makefiles only)'}, generators ${kinds.join(' ')}`,
);

const pool = new FuzzPool({ lib: 'dist', size: Number(opts.jobs), timeoutMs });
const known = new Set(readdirSync(outDir).filter((f) => f.endsWith('.mk')).map((f) => f.slice(0, -3)));
const bySignature = new Map(); // signature -> { count, file }
const tried = Object.fromEntries(kinds.map((k) => [k, 0]));
const outcomes = { ok: 0, 'make-error': 0 };
const slow = [];
let crashes = 0;
const start = Date.now();
const deadline = start + seconds * 1000;

/** Re-run a timed-out input with a longer budget: a hang only if it still does not finish. */
async function confirm(text, outcome) {
  if (outcome.lib.status !== 'hang') return outcome;
  const again = await pool.run(text, { timeoutMs: timeoutMs * 5 });
  if (again.lib.status !== 'hang' && signature(again) === undefined) slow.push({ ms: again.ms, text });
  return again;
}

async function handleCrash(kind, text, outcome, sig) {
  crashes++;
  const entry = bySignature.get(sig);
  if (entry) {
    entry.count++;
    return;
  }
  const record = { count: 1, file: undefined };
  bySignature.set(sig, record);
  console.log(`\nCRASH [${kind}] ${sig}`);
  let small = text;
  if (!opts['no-shrink']) {
    const isHang = outcome.lib.status === 'hang';
    small = await shrink(
      text,
      async (t) => {
        const o = await pool.run(t, { cli: outcome.lib.status !== 'crash' && outcome.lib.status !== 'hang', timeoutMs: isHang ? timeoutMs : timeoutMs * 2 });
        return signature(o) === sig;
      },
      { maxMs: isHang ? 300_000 : 120_000 },
    );
  }
  const final = await pool.run(small, { cli: true, timeoutMs: timeoutMs * 5 });
  const hash = createHash('sha256').update(Buffer.from(small, 'latin1')).digest('hex').slice(0, 16);
  record.file = join(outDir, `${hash}.mk`);
  if (!known.has(hash)) {
    writeFileSync(record.file, Buffer.from(small, 'latin1'));
    writeFileSync(
      join(outDir, `${hash}.txt`),
      [
        `signature: ${sig}`,
        `generator: ${kind}, seed ${seed}`,
        `library: ${final.lib.status} ${final.lib.name ?? ''}: ${final.lib.message ?? ''}`,
        final.cli ? `cli: exit ${final.cli.exit}${final.cli.crash ? ` (${final.cli.crash})` : ''}\n${final.cli.stderr}` : '',
        'stack:',
        final.lib.stack ?? final.cli?.stack ?? '(none)',
        '',
      ].join('\n'),
    );
  }
  console.log(`  shrunk ${text.length} -> ${small.length} bytes: ${JSON.stringify(small).slice(0, 300)}`);
  console.log(`  ${final.lib.name ?? ''}: ${(final.lib.message ?? '').slice(0, 200)}${final.cli?.crash ? ` | cli: ${final.cli.crash}` : ''}`);
  console.log(`  saved ${record.file}`);
}

let batch = 0;
let lastReport = Date.now();
const total = () => Object.values(tried).reduce((a, b) => a + b, 0);
while (Date.now() < deadline) {
  const kind = kinds[batch % kinds.length];
  const inputs = gen.sample(generators[kind], batchSizeOf(kind), seed * 7919 + batch);
  batch++;
  await Promise.all(
    inputs.map(async (text, i) => {
      const cli = cliEvery > 0 && i % cliEvery === 0;
      const outcome = await confirm(text, await pool.run(text, { cli }));
      tried[kind]++;
      const sig = signature(outcome);
      if (sig === undefined) outcomes[outcome.lib.status]++;
      else await handleCrash(kind, text, outcome, sig);
    }),
  );
  if (Date.now() - lastReport > 10_000) {
    lastReport = Date.now();
    const s = ((Date.now() - start) / 1000).toFixed(0);
    console.log(`[${s}s] ${total()} inputs (${kinds.map((k) => `${k} ${tried[k]}`).join(', ')}), ${crashes} crashing, ${bySignature.size} distinct`);
  }
}
await pool.close();

console.log(`\ninputs tried: ${total()} (${kinds.map((k) => `${k} ${tried[k]}`).join(', ')}) in ${((Date.now() - start) / 1000).toFixed(0)} s`);
console.log(`outcomes: ${outcomes.ok} ok, ${outcomes['make-error']} make errors, ${crashes} crashes (${bySignature.size} distinct)`);
for (const [sig, { count, file }] of bySignature) console.log(`  ${count}x ${sig}\n      ${file}`);
if (slow.length) {
  slow.sort((a, b) => b.ms - a.ms);
  console.log(`slow (over ${timeoutMs} ms, finished within ${timeoutMs * 5} ms): ${slow.length}`);
  for (const s of slow.slice(0, 5)) console.log(`  ${s.ms} ms: ${JSON.stringify(s.text).slice(0, 200)}`);
}
process.exit(bySignature.size > 0 ? 1 : 0);
