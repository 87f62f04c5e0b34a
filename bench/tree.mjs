// Tree mode against GNU make on Debian's linux-source-6.12 with
// x86_64_defconfig (+KEXEC_FILE), in one run, reported as ratios:
//
//   1. one directory: `kflags flags --tree SRC --dir arch/x86/purgatory O=B`
//      against `make O=B -n arch/x86/purgatory/` (make reads the same
//      makefiles and prints the commands it would run);
//   2. the whole build: `kflags scan --tree SRC O=B --format json` against
//      `make O=B -n -k` (the dry run of the whole build; -k because a dry
//      run cannot link), with peak memory.
//
// make needs a prepared build directory (its -n still remakes makefiles and
// runs the $(MAKE) lines): the script makes one with `make O=B prepare`
// (needs gcc; a minute or two, not timed). kflags needs none: it reads only
// the .config. Targets (reported, never asserted): one directory no slower
// than make; the scan at least 5x faster than `make -n`.
//
//   3. the whole build again with `--threads N` (default 2; 0: not measured).
//
//   node bench/tree.mjs [--src DIR] [--reps N] [--threads N] [--keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    src: { type: 'string' },
    reps: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    make: { type: 'string', default: '/usr/bin/make' },
    threads: { type: 'string', default: '2' },
  },
});
const reps = Number(opts.reps);
const threads = Number(opts.threads);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const work = mkdtempSync(join(tmpdir(), 'kflags-bench-tree-'));
const config = join(root, 'test/fixtures/kernel-builds/6.12-gcc.config');

function sh(argv, cwd, quiet = true) {
  const r = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: quiet ? 'pipe' : 'inherit' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}):\n${r.stderr?.slice(-2000)}`);
  return r;
}

let src = opts.src;
if (src === undefined) {
  const tarball = '/usr/src/linux-source-6.12.tar.xz';
  if (!existsSync(tarball)) {
    console.error(`${tarball} is missing (apt-get install linux-source-6.12), or give --src DIR`);
    process.exit(2);
  }
  console.error(`extracting ${tarball} ...`);
  sh(['tar', '-xJf', tarball, '-C', work], work);
  src = join(work, 'linux-source-6.12');
}
const build = join(work, 'build');
mkdirSync(build, { recursive: true });
console.error('preparing a build directory for make (not timed) ...');
sh(['cp', config, join(build, '.config')], work);
sh([opts.make, '-s', '-C', src, `O=${build}`, 'olddefconfig'], work);
sh([opts.make, '-s', '-j2', '-C', src, `O=${build}`, 'prepare'], work);

function measure(argv, cwd, okStatus = [0]) {
  const times = [];
  let rss = 0;
  let out = '';
  for (let r = 0; r < reps; r++) {
    const cmd = TIME ? [TIME, '-f', '__KFLAGS_RSS %M', ...argv] : argv;
    const t0 = process.hrtime.bigint();
    const res = spawnSync(cmd[0], cmd.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (!okStatus.includes(res.status)) throw new Error(`${argv.join(' ')} failed (${res.status}):\n${res.stderr.slice(-2000)}`);
    const m = /__KFLAGS_RSS (\d+)/.exec(res.stderr);
    if (m) rss = Math.max(rss, Number(m[1]));
    out = res.stdout;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], rss, out };
}

const kflags = join(root, 'bin/kflags');
const rows = [];
const dirMake = measure([opts.make, '-C', src, `O=${build}`, '-n', 'arch/x86/purgatory/'], work);
const dirKflags = measure([process.execPath, kflags, 'flags', '--tree', src, '--dir', 'arch/x86/purgatory', `O=${build}`, '--json'], work);
// The same commands: every object make would compile appears in kflags' answer.
for (const obj of JSON.parse(dirKflags.out).objects) {
  if (!dirMake.out.includes(`-o ${obj.object} `)) throw new Error(`make -n does not compile ${obj.object} as kflags says`);
}
rows.push(['arch/x86/purgatory (flags --tree)', dirKflags, dirMake]);
// make -n stops at the link (vmlinux.a is never made by a dry run): -k goes on, status 2 is expected.
const scanMake = measure([opts.make, '-C', src, `O=${build}`, '-n', '-k'], work, [0, 2]);
// The objects make's dry run compiles (each also appears in the printf that saves its .cmd).
const madeSet = new Set([...scanMake.out.matchAll(/ -c -o (\S+\.o) /g)].map((m) => m[1]));
const made = madeSet.size;
const scanKflags = measure([process.execPath, kflags, 'scan', '--tree', src, `O=${build}`, '--format', 'json'], work);
const scanned = JSON.parse(scanKflags.out);
const objects = scanned.sides[0].directories.reduce((n, d) => n + d.objects.length, 0);
const kflagsSet = new Set(scanned.sides[0].directories.flatMap((d) => d.objects.map((o) => o.object)));
const missed = [...madeSet].filter((o) => !kflagsSet.has(o));
const extra = [...kflagsSet].filter((o) => !madeSet.has(o));
rows.push([`whole build (scan: ${scanned.sides[0].directories.length} dirs, ${objects} objects; make -n -k: ${made} compile commands)`, scanKflags, scanMake]);
// The same scan with directories on worker threads (kflags scan --threads N): the same output.
if (threads > 0) {
  const scanThreads = measure([process.execPath, kflags, 'scan', '--tree', src, `O=${build}`, '--format', 'json', '--threads', String(threads)], work);
  if (scanThreads.out !== scanKflags.out) throw new Error(`scan --threads ${threads} printed something else than scan`);
  rows.push([`whole build, scan --threads ${threads}`, scanThreads, scanMake]);
}

const mb = (kib) => (kib ? `${(kib / 1024).toFixed(0)} MiB` : '?');
console.log(`\nTree mode vs GNU make on linux-source-6.12, x86_64_defconfig + KEXEC_FILE (median of ${reps})\n`);
console.log('| job | kflags | make -n | kflags/make | kflags peak RSS | make peak RSS |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, k, m] of rows) {
  console.log(`| ${name} | ${k.ms.toFixed(0)} ms | ${m.ms.toFixed(0)} ms | ${(k.ms / m.ms).toFixed(2)} | ${mb(k.rss)} | ${mb(m.rss)} |`);
}
const [dirRow, scanRow] = rows;
const fastestScan = rows.slice(1).reduce((a, b) => (b[1].ms < a[1].ms ? b : a));
console.log(`\nobjects: make -n compiles ${madeSet.size}, kflags scan lists ${kflagsSet.size}; make's not in kflags' list: ${missed.length}${missed.length ? ` (${missed.slice(0, 8).join(' ')}${missed.length > 8 ? ' ...' : ''})` : ''}; kflags' not in make's: ${extra.length}${extra.length ? ` (${extra.slice(0, 8).join(' ')})` : ''}`);
console.log(`one directory no slower than make: ${dirRow[1].ms <= dirRow[2].ms ? 'PASS' : 'MISS'}`);
console.log(`scan at least 5x faster than make -n: ${scanRow[2].ms / scanRow[1].ms >= 5 ? 'PASS' : 'MISS'} (${(scanRow[2].ms / scanRow[1].ms).toFixed(2)}x; fastest row: ${(fastestScan[2].ms / fastestScan[1].ms).toFixed(2)}x)`);
if (!opts.keep) rmSync(work, { recursive: true, force: true });
else console.error(`kept ${work}`);
