// Robustness fuzzing: whatever the input, kflags must end with a result or a
// MakeError (exit status 2 from the CLI), never another exception, a hang, an
// internal error (exit 70) or a stack trace. Fixed seeds and counts, so CI runs
// the same inputs every time; scripts/fuzz.mjs runs the same target for as long
// as you like and saves what crashes to test/fuzz/crashes/, replayed here.
//
// The target (test/fuzz/worker.mjs) evaluates each input as a makefile (an
// overlay file, confined, small limits) in a worker thread with a time budget.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type fc from 'fast-check';
import { bytesArb, loadSeedCorpus, makeishArb, mutatedArb, programArb, sample, stressArb } from './fuzz/generators.js';
import { FuzzPool, signature, type Outcome } from './fuzz/pool.js';

const CRASH_DIR = fileURLToPath(new URL('./fuzz/crashes/', import.meta.url));
/** Generous: a real hang never ends, and CI machines are slow. */
const TIMEOUT_MS = 10_000;
/** Every K-th input also goes through the CLI (`kflags eval FILE --print X`). */
const CLI_EVERY = 10;

let pool: FuzzPool;
const counts: string[] = [];

beforeAll(() => {
  pool = new FuzzPool({ lib: 'src', size: Math.min(2, Math.max(1, availableParallelism())), timeoutMs: TIMEOUT_MS });
});

afterAll(async () => {
  await pool?.close();
  console.log(`fuzz: ${counts.join('; ')}`);
});

function describeCrash(text: string, o: Outcome): string {
  const lines = [`${signature(o)}`, `  input (${text.length} bytes): ${JSON.stringify(text.length > 300 ? text.slice(0, 300) + '...' : text)}`];
  if (o.lib.status === 'crash' || o.lib.status === 'hang') lines.push(`  ${o.lib.name}: ${o.lib.message}`, ...(o.lib.stack ?? '').split('\n').slice(1, 6));
  if (o.cli?.crash) lines.push(`  cli: ${o.cli.crash}`, `  stderr: ${o.cli.stderr.slice(0, 500)}`);
  return lines.join('\n');
}

/** Run inputs through the target; the crashes, described. */
async function fuzz(label: string, inputs: string[]): Promise<string[]> {
  const outcomes = await Promise.all(inputs.map((text, i) => pool.run(text, { cli: i % CLI_EVERY === 0 })));
  const crashes: string[] = [];
  const tally = { ok: 0, 'make-error': 0 };
  outcomes.forEach((o, i) => {
    if (signature(o) !== undefined) crashes.push(describeCrash(inputs[i], o));
    else if (o.lib.status === 'ok' || o.lib.status === 'make-error') tally[o.lib.status]++;
  });
  counts.push(`${label}: ${inputs.length} inputs (${Math.ceil(inputs.length / CLI_EVERY)} via the CLI), ${tally.ok} ok, ${tally['make-error']} make errors, ${crashes.length} crashes`);
  return crashes;
}

function cases(arb: fc.Arbitrary<string>, count: number, seed: number): string[] {
  return sample(arb, count, seed);
}

describe('fuzz: kflags never crashes or hangs', () => {
  it('random bytes', async () => {
    expect(await fuzz('random bytes', cases(bytesArb, 3000, 101))).toEqual([]);
  });

  it('makefile-ish strings', async () => {
    expect(await fuzz('makefile-ish strings', cases(makeishArb, 3000, 202))).toEqual([]);
  });

  it('mutated kernel makefiles', async () => {
    const corpus = loadSeedCorpus();
    if (!corpus.kernel && process.env.CI) throw new Error('no Linux 6.12 tarball: the mutation fuzzer needs /usr/src/linux-source-6.12.tar.xz');
    expect(await fuzz(`mutated makefiles (${corpus.files.length} seeds${corpus.kernel ? ', Linux 6.12' : ''})`, cases(mutatedArb(corpus.files), 2000, 303))).toEqual([]);
  });

  it('grammar-aware programs', async () => {
    expect(await fuzz('grammar-aware programs', cases(programArb(), 4000, 404))).toEqual([]);
  });

  it('deep nesting and long repetition', async () => {
    expect(await fuzz('deep nesting and long repetition', cases(stressArb(), 200, 505))).toEqual([]);
  });
});

// Inputs that once crashed kflags (saved by scripts/fuzz.mjs, shrunk; DIR/<hash>.txt says what
// they did): they must stay fixed. Each runs in a fresh worker, as in a fresh `kflags` process:
// how deep JavaScript recursion goes before the stack overflows depends on what ran before (JIT).
const saved = readdirSync(CRASH_DIR).filter((f) => f.endsWith('.mk')).sort();
describe.runIf(saved.length > 0)('fuzz: saved crash inputs (test/fuzz/crashes)', () => {
  it.each(saved)('%s', async (file) => {
    const text = readFileSync(join(CRASH_DIR, file), 'latin1');
    const fresh = new FuzzPool({ lib: 'src', size: 1, timeoutMs: TIMEOUT_MS });
    try {
      const o = await fresh.run(text, { cli: true });
      expect(signature(o) === undefined ? 'fine' : describeCrash(text, o)).toBe('fine');
    } finally {
      await fresh.close();
    }
  });
});
