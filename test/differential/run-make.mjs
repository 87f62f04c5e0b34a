#!/usr/bin/env node
// Print GNU make's output and exit status for differential cases.
// Usage: node test/differential/run-make.mjs <case.mk | substring> [...]
//        node test/differential/run-make.mjs --all      (every case, compact)
import { listCases, readCase, runMake, normalizeStderr, printerText } from './lib.mjs';

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: run-make.mjs <case.mk|substring>... | --all');
  process.exit(1);
}
const all = listCases();
const selected = args.includes('--all')
  ? all
  : all.filter((c) => args.some((a) => c === a || c === `${a}.mk` || c.includes(a.replace(/^.*\//, ''))));
for (const c of selected) {
  const header = readCase(c);
  const r = runMake(c, header);
  console.log(`=== ${c}  (status ${r.status})${header.target ? `  target=${header.target}` : ''}`);
  if (args.includes('--printer')) console.log(`--- printer\n${printerText(header)}`);
  if (r.stdout) process.stdout.write(`--- stdout\n${r.stdout}`);
  if (r.stderr) process.stdout.write(`--- stderr (normalized)\n${normalizeStderr(r.stderr)}`);
}
