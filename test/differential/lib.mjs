// Shared helpers for the differential corpus (GNU make 4.3 vs kflags).
// Used by test/differential.test.ts and test/differential/run-make.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'cases');
export const MAKE = process.env.KFLAGS_DIFF_MAKE ?? '/usr/bin/make';

/** All case file names (e.g. "func-subst-basic.mk"), sorted. */
export function listCases() {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.mk'))
    .sort();
}

/**
 * Parse the leading header comments of a case:
 *   # print: A B       variables to print after parsing
 *   # args: N=V ...    command-line variable assignments
 *   # target: T        print in the context of target T
 *   # env: N=V ...     environment variables (N='V W' for a value with blanks)
 *   # shell: allow     kflags runs $(shell) and != (--allow-shell), as make does
 * Header lines are only recognised among the leading lines that start with '#'.
 */
export function parseHeader(text) {
  const header = { print: [], args: [], target: undefined, env: {}, allowShell: false };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (!line.startsWith('#')) break;
    const m = /^#\s*(print|args|target|env|shell):(.*)$/.exec(line);
    if (!m) continue;
    const words = m[2].trim().split(/\s+/).filter(Boolean);
    switch (m[1]) {
      case 'print': header.print.push(...words); break;
      case 'args': header.args.push(...words); break;
      case 'target': header.target = words[0]; break;
      case 'shell': header.allowShell = words[0] === 'allow'; break;
      case 'env':
        // N=V, or N='V with blanks' (no quote inside).
        for (const [, name, quoted, plain] of m[2].matchAll(/([^\s=]+)=(?:'([^']*)'|(\S*))/g)) {
          header.env[name] = quoted ?? plain;
        }
        break;
    }
  }
  return header;
}

export function readCase(caseFile) {
  return parseHeader(readFileSync(join(CASES_DIR, caseFile), 'utf8'));
}

/** Text of the printer makefile appended (as a second -f) when running make. */
export function printerText(header) {
  const infos = header.print.map((n) => `$(info $(${n}))`);
  if (header.target) {
    // One-line recipe so that a case changing .RECIPEPREFIX does not matter.
    return `${header.target}: ;@:${infos.join('')}\n`;
  }
  return `${infos.join('\n')}${infos.length ? '\n' : ''}.PHONY: __kflags_print\n__kflags_print: ;@:\n`;
}

let printerDir;
/** Run GNU make on one case; returns { stdout, stderr, status } (raw). */
export function runMake(caseFile, header = readCase(caseFile)) {
  printerDir ??= mkdtempSync(join(tmpdir(), 'kflags-diff-'));
  const printer = join(printerDir, `printer-${caseFile}`);
  writeFileSync(printer, printerText(header));
  const goal = header.target ?? '__kflags_print';
  const argv = ['-R', '-r', '-f', caseFile, '-f', printer, goal, ...header.args];
  const res = spawnSync(MAKE, argv, { cwd: CASES_DIR, env: { ...header.env }, encoding: 'utf8' });
  if (res.error) throw res.error;
  return { stdout: res.stdout, stderr: res.stderr, status: res.status ?? -1 };
}

/** kflags argv for one case (relative to CASES_DIR as cwd). */
export function kflagsArgv(caseFile, header = readCase(caseFile)) {
  // make reads anywhere; kflags' confinement is tested on its own (test/safety.test.ts).
  const argv = ['eval', '--allow-read', '/'];
  if (header.allowShell) argv.push('--allow-shell');
  for (const n of header.print) argv.push('--print', n);
  if (header.target) argv.push('--target', header.target);
  for (const [k, v] of Object.entries(header.env)) argv.push('--env', `${k}=${v}`);
  argv.push(caseFile, ...header.args);
  return argv;
}

/**
 * Strip a leading program prefix ("make: ", "make[1]: ", "kflags: ") from every line, and
 * the printer's location ("/tmp/kflags-diff-.../printer-<case>.mk:1: "): make reports what
 * happens while the printer expands a variable at the printer's line (in a target's context,
 * its recipe's), a file that exists only on make's side; kflags reports no location there.
 */
export function normalizeStderr(text) {
  const withoutPrinter = printerDir === undefined ? text : text.replace(new RegExp(`^${escapeRegExp(printerDir)}/printer-[^\\n:]*:\\d+: `, 'gm'), '');
  return withoutPrinter.replace(/^(?:make|kflags)(?:\[\d+\])?: /gm, '');
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** On stdout only make -w's lines name the program ("make[1]: Entering directory '...'"). */
export function normalizeStdout(text) {
  return text.replace(/^(?:make|kflags)((?:\[\d+\])?: (?:Entering|Leaving) directory ')/gm, 'make$1');
}
