// `npm run bench`: time `kflags eval` against GNU make on generated Kbuild-like
// makefiles (bench/generate.mjs) of 1k, 10k and 100k lines.
//
//   node bench/run.mjs [--reps N] [--sizes 1000,10000,100000] [--keep]
//
// Each side runs as a separate process (`./bin/kflags eval FILE --print X...` and
// `make -R -r -f FILE -f printer.mk __kflags_print`), several times; the table shows the
// median wall time, peak RSS (from /usr/bin/time, when available) and the scaling factors
// between sizes. Both sides must print the same values. Targets are reported as PASS/MISS
// (never asserted): 10x lines <= 11x time, and kflags <= make on 100k lines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate, PRINT } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    keep: { type: 'boolean', default: false },
    make: { type: 'string', default: process.env.KFLAGS_DIFF_MAKE ?? '/usr/bin/make' },
    'no-load': { type: 'boolean', default: false },
  },
});
const reps = Number(opts.reps);
const sizes = opts.sizes.split(',').map(Number);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const kflagsBin = join(root, 'bin/kflags');
if (!existsSync(join(root, 'dist/cli/app.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'kflags-bench-'));
writeFileSync(join(dir, 'printer.mk'), `${PRINT.map((n) => `$(info $(${n}))`).join('\n')}\n.PHONY: __kflags_print\n__kflags_print: ;@:\n`);

/** Run a command `reps` times: median wall ms, peak RSS (KiB, max over runs), stdout of the last run. */
function measure(argv) {
  const times = [];
  let rss = 0;
  let stdout = '';
  for (let r = 0; r < reps; r++) {
    const cmd = TIME ? [TIME, '-f', '__KFLAGS_RSS %M', ...argv] : argv;
    const t0 = process.hrtime.bigint();
    const res = spawnSync(cmd[0], cmd.slice(1), { cwd: dir, env: { PATH: process.env.PATH }, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (res.error) throw res.error;
    if (res.status !== 0) throw new Error(`${argv.join(' ')} failed (${res.status}):\n${res.stderr}`);
    const m = /__KFLAGS_RSS (\d+)/.exec(res.stderr);
    if (m) rss = Math.max(rss, Number(m[1]));
    times.push(ms);
    stdout = res.stdout;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], rss, stdout };
}

const { run } = await import(join(root, 'dist/cli/app.js'));
/** kflags in this process (no start-up cost): median ms. */
async function measureInProcess(file) {
  const times = [];
  for (let r = 0; r < reps; r++) {
    const t0 = process.hrtime.bigint();
    await run(['eval', file, ...PRINT.flatMap((n) => ['--print', n])], { stdout: () => {}, stderr: () => {}, cwd: dir });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows = [];
for (const lines of sizes) {
  const file = `bench-${lines}.mk`;
  writeFileSync(join(dir, file), generate(lines));
  const kflags = measure([process.execPath, kflagsBin, 'eval', file, ...PRINT.flatMap((n) => ['--print', n])]);
  const make = measure([opts.make, '-R', '-r', '-f', file, '-f', 'printer.mk', '__kflags_print']);
  const inProcess = await measureInProcess(file);
  rows.push({ lines, kflags, make, inProcess, same: kflags.stdout === make.stdout });
  if (kflags.stdout !== make.stdout) {
    console.error(`output differs on ${lines} lines:\n--- make\n${make.stdout}--- kflags\n${kflags.stdout}`);
  }
}

const fmt = (n, d = 1) => n.toFixed(d);
const mib = (kib) => (kib ? `${fmt(kib / 1024)} MiB` : 'n/a');
console.log(`kflags eval vs ${opts.make} -R -r (median of ${reps} runs, wall time incl. process start)\n`);
console.log('| lines | kflags ms | make ms | kflags/make | kflags in-process ms | kflags peak RSS | make peak RSS | same output |');
console.log('|------:|----------:|--------:|------------:|---------------------:|----------------:|--------------:|:-----------:|');
for (const r of rows) {
  console.log(
    `| ${r.lines} | ${fmt(r.kflags.ms)} | ${fmt(r.make.ms)} | ${fmt(r.kflags.ms / r.make.ms, 2)} | ${fmt(r.inProcess)} | ${mib(r.kflags.rss)} | ${mib(r.make.rss)} | ${r.same ? 'yes' : 'NO'} |`,
  );
}
console.log('\nscaling (time ratio between consecutive sizes; target: <= 1.1 x the line ratio)');
const verdicts = [];
for (let k = 1; k < rows.length; k++) {
  const a = rows[k - 1];
  const b = rows[k];
  const lineRatio = b.lines / a.lines;
  const ks = b.kflags.ms / a.kflags.ms;
  const ms = b.make.ms / a.make.ms;
  const ok = ks <= 1.1 * lineRatio;
  verdicts.push(ok);
  console.log(`  ${a.lines} -> ${b.lines} (${lineRatio}x lines): kflags ${fmt(ks, 2)}x, make ${fmt(ms, 2)}x  ${ok ? 'PASS' : 'MISS'}`);
}
const big = rows.find((r) => r.lines === 100000) ?? rows[rows.length - 1];
const faster = big.kflags.ms <= big.make.ms;
console.log(`\nkflags <= make on ${big.lines} lines: ${fmt(big.kflags.ms)} ms vs ${fmt(big.make.ms)} ms  ${faster ? 'PASS' : 'MISS'}`);
console.log(`same output on every size: ${rows.every((r) => r.same) ? 'PASS' : 'MISS'}`);
if (!TIME) console.log('(peak RSS unavailable: /usr/bin/time not found)');
if (opts.keep) console.log(`files kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
process.exitCode = rows.every((r) => r.same) ? 0 : 1;
if (!process.argv.includes("--no-load")) await import("./load.mjs");
