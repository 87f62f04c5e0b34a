#!/usr/bin/env node
// The tour (docs/tour.md) runs its own examples: every ```sh block after a
// `<!-- kflags -->` line is run (each line a kflags command, in-process, from
// the repository's top directory, NO_COLOR), and the ```text block after it
// is replaced by the output. $LINUX_6_1 and $LINUX_6_12 name the extracted
// Debian kernel trees; their paths are written back as the variables.
//
//   npm run build && LINUX_6_1=... LINUX_6_12=... node scripts/docs.mjs          # rewrite docs/tour.md
//   node scripts/docs.mjs --check                                               # exit 1 if it differs
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TOUR = join(root, 'docs/tour.md');
const VARS = ['LINUX_6_12', 'LINUX_6_1'];

async function runLine(line, env) {
  const { run } = await import(join(root, 'dist/cli/app.js'));
  let text = line;
  for (const v of VARS) {
    if (text.includes(`$${v}`)) {
      if (!env[v]) throw new Error(`docs/tour.md needs ${v} (the extracted linux-source tree) for: ${line}`);
      text = text.split(`$${v}`).join(env[v]);
    }
  }
  const argv = text.trim().split(/\s+/);
  if (argv[0] !== './bin/kflags') throw new Error(`not a kflags command: ${line}`);
  let out = '';
  await run(argv.slice(1), { stdout: (t) => (out += t), stderr: (t) => (out += t), cwd: root, env: { NO_COLOR: '1' }, isTTY: false });
  // The trees' paths, as given and as make resolves them, are written as the variables.
  for (const v of VARS) {
    if (!env[v]) continue;
    for (const p of new Set([realpathSync(env[v]), env[v]])) out = out.split(p).join(`$${v}`);
  }
  return out;
}

/** The tour with every output regenerated. */
export async function renderTour(text, env = process.env) {
  const lines = text.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if (lines[i].trim() !== '<!-- kflags -->') continue;
    // ```sh ... ```
    let j = i + 1;
    if (lines[j] !== '```sh') throw new Error(`docs/tour.md:${j + 1}: a ${'```'}sh block must follow <!-- kflags -->`);
    const commands = [];
    for (j = j + 1; lines[j] !== '```'; j++) {
      if (j >= lines.length) throw new Error('docs/tour.md: unclosed sh block');
      commands.push(lines[j]);
    }
    out.push(...lines.slice(i + 1, j + 1));
    // blank line, then ```text ... ```, replaced
    let k = j + 1;
    while (lines[k] === '') k++;
    if (lines[k] !== '```text') throw new Error(`docs/tour.md:${k + 1}: a ${'```'}text block must follow the commands`);
    let end = k + 1;
    while (lines[end] !== '```') end++;
    let output = '';
    for (const c of commands) output += await runLine(c, env);
    out.push('', '```text', ...output.replace(/\n$/, '').split('\n'), '```');
    i = end;
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  const text = readFileSync(TOUR, 'utf8');
  const fresh = await renderTour(text);
  if (process.argv.includes('--check')) {
    if (fresh !== text) {
      console.error('docs/tour.md is out of date: run node scripts/docs.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(TOUR, fresh);
    console.error('docs/tour.md regenerated');
  }
}
