// Run one generated program through GNU make 4.3 and through kflags, and
// compare. Shared by test/property.test.ts (kflags from src/) and
// scripts/fuzz-differential.mjs (kflags from dist/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURES, printerText, type Program } from './generate.js';

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env?: Record<string, string | undefined>;
}
export type RunFunction = (argv: string[], io: Io) => Promise<number>;

export const MAKE = process.env.KFLAGS_DIFF_MAKE ?? '/usr/bin/make';
/**
 * make runs with a 1 MiB stack (util-linux prlimit, when there is one): runaway $(call)
 * recursion, which kflags stops at its depth limit (a deliberate difference), then crashes
 * make in milliseconds instead of seconds. Such programs are skipped either way.
 */
const PRLIMIT = '/usr/bin/prlimit';
const MAKE_STACK = 1 << 20;
export const PROGRAM_FILE = 'prog.mk';
export const PRINTER_FILE = 'printer.mk';

/** GNU make 4.3 available? */
export function haveMake(): boolean {
  const r = spawnSync(MAKE, ['--version'], { encoding: 'utf8' });
  return !r.error && /GNU Make 4\.3\b/.test(r.stdout ?? '');
}

/**
 * Normalize stderr: drop the program prefix (`make: `, `make[1]: `, `kflags: `) of
 * every line, and the printer's `printer.mk:N: ` location (make reports warnings
 * and errors raised while the printer expands a variable at the printer's line;
 * kflags expands --print variables after reading, without a location).
 */
export function normalizeStderr(text: string): string {
  return text.replace(/^(?:make|kflags)(?:\[\d+\])?: /gm, '').replace(/^printer\.mk:\d+: /gm, '');
}

/** Write the program and its printer into `dir`, and the fixed files programs read (FIXTURES), once. */
export function writeProgram(dir: string, program: Program): void {
  for (const [name, text] of Object.entries(FIXTURES)) {
    const file = join(dir, name);
    if (existsSync(file)) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, 'latin1');
  }
  writeFileSync(join(dir, PROGRAM_FILE), program.text, 'latin1');
  writeFileSync(join(dir, PRINTER_FILE), printerText(program.print, program.target), 'latin1');
}

/**
 * Programs that prove nothing because of the printer. A `.RECIPEPREFIX` that is the first
 * character of a printer line makes it a recipe line. And in a target's context, make builds
 * the target: a program that gives it a recipe of its own, a `::` rule, or a prerequisite make
 * cannot find says so (at the printer's line, or as "needed by"); kflags builds nothing.
 * A goal make calls up to date was made before it came to it as a goal (it was also an
 * included makefile: `sinclude $(N).mk` with x.o among N's words makes x.o as a makefile
 * first) or is a file newer than its prerequisites: which is a build's decision, and the
 * printer's recipe then runs in the makefile-remaking pass, or not at all.
 */
export function provesNothing(rawStderr: string, target: string | undefined, rawStdout = ''): boolean {
  // A recipe prefix (.RECIPEPREFIX) equal to the first character of a printer line.
  if (/^printer\.mk:\d+: \*\*\* recipe commences before first target/m.test(rawStderr)) return true;
  if (target === undefined) return false;
  if (rawStdout.split('\n').includes(`make: '${target}' is up to date.`)) return true;
  return (
    /^printer\.mk:1: warning: overriding recipe for target /m.test(rawStderr) ||
    /^printer\.mk:1: \*\*\* target file '.*' has both : and :: entries/m.test(rawStderr) ||
    /No rule to make target '.*', needed by '/.test(rawStderr) ||
    // A build-time message about the dependency graph (t1: $$@ under .SECONDEXPANSION).
    /^make: Circular .* dependency dropped\.$/m.test(rawStderr) ||
    // A prerequisite with a recipe (from a rule make found for it) would be run: not generated, but be safe.
    /^make: \*\*\* \[/m.test(rawStderr)
  );
}

/**
 * `env -i make -R -r -f prog.mk -f printer.mk GOAL ARGS` in `dir` (GOAL: the program's target, or
 * `__kflags_print`); make is started as `make` (MAKE_COMMAND), with a small stack (MAKE_STACK). Undefined on timeout, or for a
 * program that fails because of the printer or a build kflags does not model (provesNothing).
 */
export function runMake(dir: string, program: Program, timeoutMs = 10_000): Outcome | undefined {
  const goal = program.target ?? '__kflags_print';
  const argv = ['-R', '-r', '-f', PROGRAM_FILE, '-f', PRINTER_FILE, goal, ...program.args];
  const options = { cwd: dir, env: {}, encoding: 'latin1' as const, timeout: timeoutMs, maxBuffer: 64 << 20 };
  // Through prlimit, /usr/bin/make is run by the name `make` (execvp without PATH searches
  // /bin:/usr/bin), so that its argv[0] is `make` as for `env -i make` (MAKE_COMMAND).
  const byName = MAKE === '/usr/bin/make' || MAKE === '/bin/make';
  const r = existsSync(PRLIMIT)
    ? spawnSync(PRLIMIT, [`--stack=${MAKE_STACK}`, byName ? 'make' : MAKE, ...argv], options)
    : spawnSync(MAKE, argv, { ...options, argv0: 'make' });
  if (r.error !== undefined || r.signal !== null) return undefined;
  if (provesNothing(r.stderr, program.target, r.stdout)) return undefined;
  return { stdout: r.stdout, stderr: normalizeStderr(r.stderr), status: r.status ?? -1 };
}

export function kflagsArgv(program: Program): string[] {
  return [
    'eval',
    '--allow-read',
    '/',
    ...program.print.flatMap((n) => ['--print', n]),
    ...(program.target === undefined ? [] : ['--target', program.target]),
    PROGRAM_FILE,
    ...program.args,
  ];
}

export async function runKflags(run: RunFunction, dir: string, program: Program): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  let status: number;
  try {
    status = await run(kflagsArgv(program), {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd: dir,
      env: { NO_COLOR: '1' },
    });
  } catch (e) {
    stderr += `<<kflags threw: ${(e as Error)?.stack ?? String(e)}>>\n`;
    status = -1;
  }
  return { stdout, stderr: normalizeStderr(stderr), status };
}

export function sameOutcome(a: Outcome, b: Outcome): boolean {
  if (a.stdout === b.stdout && a.stderr === b.stderr && a.status === b.status) return true;
  // Known undefined behaviour of make 4.3 (README, "Deliberate differences"):
  // after `else` + an invalid conditional, the new level's state may be an
  // uninitialised byte. Both sides must still agree up to that message.
  const ub = "extraneous text after 'else' directive";
  const at = (o: Outcome) => o.stderr.indexOf(ub);
  return at(a) >= 0 && at(a) === at(b) && a.stderr.slice(0, at(a)) === b.stderr.slice(0, at(b));
}

/** Show tabs as \t and a line's trailing blank as `·` (latin1, so reports survive byte-exact files). */
function visible(text: string): string {
  return text.replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/ $/gm, '\u00b7');
}

function show(label: string, o: Outcome): string {
  return `--- ${label} (status ${o.status})\n[stdout]\n${visible(o.stdout)}[stderr]\n${visible(o.stderr)}`;
}

/** A failure report: the makefile, how each side was run, both outcomes. */
export function describe(program: Program, make: Outcome, kflags: Outcome): string {
  return (
    `=== prog.mk (tab shown as \\t, a line's trailing blank as \u00b7) ===\n${visible(program.text)}${program.text.endsWith('\n') ? '' : '\n<no final newline>\n'}` +
    `=== make -R -r -f prog.mk -f printer.mk ${program.target ?? '__kflags_print'} ${program.args.join(' ')}  (print: ${program.print.join(' ')}${program.target === undefined ? '' : `; in the context of ${program.target}: printer.mk is \`${printerText(program.print, program.target).trimEnd()}\``})\n` +
    `=== kflags ${kflagsArgv(program).join(' ')}\n` +
    `${show('GNU make', make)}\n${show('kflags', kflags)}`
  );
}

/** What a divergence looks like, with line numbers masked: two programs with the same key show the same bug (roughly). */
export function divergenceKey(make: Outcome, kflags: Outcome): string {
  const firstDiff = (a: string, b: string) => {
    const x = a.split('\n');
    const y = b.split('\n');
    for (let k = 0; k < Math.max(x.length, y.length); k++) if (x[k] !== y[k]) return `${x[k] ?? '<eof>'} | ${y[k] ?? '<eof>'}`;
    return '';
  };
  const mask = (s: string) => s.replace(/prog\.mk:\d+/g, 'prog.mk:L');
  if (make.status !== kflags.status) return `status ${make.status}/${kflags.status}: ${mask(firstDiff(make.stderr, kflags.stderr))}`;
  if (make.stderr !== kflags.stderr) return `stderr: ${mask(firstDiff(make.stderr, kflags.stderr))}`;
  return `stdout: ${firstDiff(make.stdout, kflags.stdout)}`;
}

/**
 * Shrink a divergent program by deleting lines (delta debugging), print names and
 * command-line assignments while the divergence keeps its key.
 */
export async function minimize(run: RunFunction, dir: string, program: Program, budget = 400): Promise<Program> {
  const key = async (p: Program): Promise<string | undefined> => {
    writeProgram(dir, p);
    const make = runMake(dir, p, 5000);
    if (make === undefined) return undefined;
    const kflags = await runKflags(run, dir, p);
    return sameOutcome(make, kflags) ? undefined : divergenceKey(make, kflags);
  };
  const target = await key(program);
  if (target === undefined) return program;
  let best = program;
  const still = async (p: Program) => budget-- > 0 && (await key(p)) === target;
  // Lines.
  let lines = best.text.split('\n');
  for (let chunk = Math.max(1, lines.length >> 1); chunk >= 1; chunk = chunk === 1 ? 0 : chunk >> 1) {
    for (let start = 0; start < lines.length; ) {
      const candidate = [...lines.slice(0, start), ...lines.slice(start + chunk)];
      const p = { ...best, text: candidate.join('\n') };
      if (candidate.length < lines.length && (await still(p))) {
        lines = candidate;
        best = p;
      } else start += chunk;
    }
  }
  // Printed names and arguments.
  for (const field of ['print', 'args'] as const) {
    for (let k = best[field].length - 1; k >= 0; k--) {
      if (field === 'print' && best.print.length === 1) break;
      const p = { ...best, [field]: best[field].filter((_, j) => j !== k) };
      if (await still(p)) best = p;
    }
  }
  return best;
}
