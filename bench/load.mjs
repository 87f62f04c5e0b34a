// Load: `kflags eval` on a ~100 MB generated makefile, and `kflags flags`
// on a generated directory makefile with 10,000 objects. Prints time and
// peak memory (from /usr/bin/time when available). Run by `npm run bench`
// (skip with --no-load) or alone: node bench/load.mjs [--mb 100] [--objects 10000].
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate, PRINT } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: { mb: { type: 'string', default: '100' }, objects: { type: 'string', default: '10000' } },
  strict: false,
});
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const kflags = join(root, 'bin/kflags');
const dir = mkdtempSync(join(tmpdir(), 'kflags-load-'));

function timed(label, argv, cwd) {
  const cmd = TIME ? [TIME, '-f', '__KFLAGS_RSS %M', ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const res = spawnSync(cmd[0], cmd.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = /__KFLAGS_RSS (\d+)/.exec(res.stderr ?? '');
  const rss = m ? `${(Number(m[1]) / 1024).toFixed(0)} MiB` : 'n/a';
  const ok = res.status === 0;
  console.log(`| ${label} | ${s.toFixed(1)} s | ${rss} | ${ok ? 'ok' : `FAILED (${res.status}): ${(res.stderr ?? '').split('\n')[0]}`} |`);
  return res;
}

console.log('\nload (one run each)\n');
console.log('| job | time | peak RSS | result |');
console.log('|---|---:|---:|---|');

// ~35 bytes a line: lines for the requested size.
const mb = Number(opts.mb);
const big = generate(Math.round((mb * 1e6) / 38));
writeFileSync(join(dir, 'big.mk'), big);
timed(`eval of a ${(big.length / 1e6).toFixed(0)} MB makefile`, [process.execPath, kflags, 'eval', 'big.mk', ...PRINT.flatMap((n) => ['--print', n])], dir);

// A directory makefile with many objects, each with its own flags.
const n = Number(opts.objects);
const objDir = join(dir, 'drivers/many');
mkdirSync(objDir, { recursive: true });
const lines = [];
for (let i = 0; i < n; i++) {
  lines.push(`obj-y += f${i}.o`);
  if (i % 3 === 0) lines.push(`CFLAGS_f${i}.o := -DF${i}=1`);
  if (i % 7 === 0) lines.push(`CFLAGS_REMOVE_f${i}.o := -O2`);
}
lines.push('ccflags-y += -DMANY');
writeFileSync(join(objDir, 'Makefile'), lines.join('\n') + '\n');
const res = timed(`flags on a directory with ${n} objects`, [process.execPath, kflags, 'flags', 'drivers/many', '--profile', 'gcc', '--json'], dir);
if (res.status === 0) {
  const objects = JSON.parse(res.stdout).objects.length;
  console.log(`\n(${objects} objects reported)`);
}
rmSync(dir, { recursive: true, force: true });
