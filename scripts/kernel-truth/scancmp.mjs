#!/usr/bin/env node
// Compare a dry-run fixture (scripts/kernel-truth/dry-run.sh) with kflags'
// whole-tree scan of the same config and make arguments:
//   npm run build && node scripts/kernel-truth/scancmp.mjs FIXTURE.dry-run.json.gz [SRC]
// Prints the objects make compiles and kflags lists, the missing and extra
// ones, each object whose command differs (its first differing words) and the
// probes the compiler model does not know (then compares with the probes run
// for real, and lists the model answers the real tools contradict). THREADS=N
// scans on N worker threads (the model-answered scan only); MODEL_ONLY=1
// compares the model-answered scan even with unknown probes. Exit status 1 on any difference.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { scanRequest } = await import(path.join(root, 'dist/compare/tree.js'));
const { shellWords } = await import(path.join(root, 'dist/kbuild/tree/shell-words.js'));
const [file, srcArg] = process.argv.slice(2);
const doc = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
const version = doc.name.split('-')[0];
const src = srcArg ?? `/var/tmp/ksrc/linux-source-${version}`;
const fixtures = path.dirname(file);
const run = (allowShell) => scanRequest({ trees: [src], configs: [path.join(fixtures, `${doc.config}.config`)], commandLine: [...doc.makeArgs, `O=/tmp/kflags-scancmp-${doc.name}`], allowShell, threads: process.env.THREADS && !allowShell ? Number(process.env.THREADS) : undefined }).sides[0].scan;
let scan = run(false);
let how = 'probes from the model';
const unknown = [...new Set(scan.probes.filter((p) => p.source === 'unknown').map((p) => p.subject))];
// Probes the model lacks: compare with the probes run for real (the installed
// gcc-12/clang-14 are the model's compilers), so that what differs is kflags'.
// And the model's answers that the real tools contradict (a model key too coarse).
const wrongModel = [];
if (unknown.length && !process.env.MODEL_ONLY) {
  const modelScan = scan;
  scan = run(true);
  const real = new Map(scan.probes.map((p) => [p.command, p]));
  for (const p of modelScan.probes) {
    const r = real.get(p.command);
    if (p.source === 'model' && r && (r.output !== p.output || (r.accepted ?? null) !== (p.accepted ?? null))) wrongModel.push(`${p.kind} ${p.subject.slice(0, 120)}: model ${JSON.stringify(p.output)}, real ${JSON.stringify(r.output)}`);
  }
  how = 'probes run for real (the model lacks some)';
}
const srctree = scan.top.srctree;
const mine = new Map(scan.directories.flatMap((d) => d.objects).map((o) => [o.object, o.savedCommand.split(srctree).join('@SRCTREE@').trimEnd()]));
const rec = new Map(doc.objects.map((o) => [o.object, o.command.trimEnd()]));
const missing = [...rec.keys()].filter((o) => !mine.has(o));
const extra = [...mine.keys()].filter((o) => !rec.has(o));
// Host programs, userprogs and powerpc's boot wrapper are compiled without -D__KERNEL__: kflags must say what they are (as the test checks).
const kinds = new Map(scan.directories.flatMap((d) => d.objects).map((o) => [o.object, o.kind]));
const wrongKind = [...rec].filter(([o, c]) => !c.includes(' -D__KERNEL__ ') && mine.has(o) && !['host-c', 'host-c++', 'user-c', 'boot-c', 'boot-asm'].includes(kinds.get(o))).map(([o]) => `${o} (${kinds.get(o)})`);
const diffs = [];
for (const [o, c] of mine) {
  if (!rec.has(o) || rec.get(o) === c) continue;
  const a = shellWords(rec.get(o)).commands.flat(), b = shellWords(c).commands.flat();
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  diffs.push(`${o}: word ${i}: make ${JSON.stringify(a.slice(i, i + 4).join(' '))} kflags ${JSON.stringify(b.slice(i, i + 4).join(' '))}`);
}
console.log(`${doc.name}: make ${rec.size} objects, kflags ${mine.size}; missing ${missing.length}, extra ${extra.length}, differ ${diffs.length}, model answers wrong ${wrongModel.length}, wrong kind ${wrongKind.length}, unknown probes ${unknown.length}, errors ${scan.errors?.length ?? 0} (${how})`);
for (const e of scan.errors ?? []) console.log(`  error: ${e.dir}: ${e.message}`.slice(0, 400));
for (const o of missing.slice(0, 20)) console.log(`  missing: ${o}`);
for (const o of extra.slice(0, 20)) console.log(`  extra: ${o}`);
for (const o of wrongKind.slice(0, 20)) console.log(`  wrong kind: ${o}`);
for (const d of diffs.slice(0, 30)) console.log(`  differ: ${d}`);
for (const w of wrongModel.slice(0, 20)) console.log(`  model answer wrong: ${w}`);
for (const u of unknown.slice(0, 20)) console.log(`  unknown probe: ${u.slice(0, 300)}`);
process.exitCode = missing.length || extra.length || wrongModel.length || wrongKind.length || diffs.length || unknown.length ? 1 : 0;
