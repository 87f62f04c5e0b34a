// The fuzz target, run inside a worker thread so that a hang can be cut off
// (the pool terminates the worker) and an out-of-memory kills only the worker.
//
// workerData: { lib: 'src' | 'dist', limits }
// message in:  { id, text, cli }      text: the makefile, one character per byte (latin1)
// message out: { id, lib: Outcome, cli?: CliOutcome }
//   Outcome    = { status: 'ok' | 'make-error' | 'crash', name?, message?, stack? }
//   CliOutcome = { exit, stdout, stderr, crash?: string }
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const root = new URL('../../', import.meta.url);
let lib;
let cliRun;
process.setSourceMapsEnabled(true); // stacks name src/*.ts lines, for dist/ too
if (workerData.lib === 'src') {
  register('./ts-loader.mjs', import.meta.url);
  lib = await import(new URL('src/index.ts', root).href);
  cliRun = (await import(new URL('src/cli/app.ts', root).href)).run;
} else {
  lib = await import(new URL('dist/index.js', root).href);
  cliRun = (await import(new URL('dist/cli/app.js', root).href)).run;
}
const { evaluate, MakeError } = lib;
const limits = workerData.limits;

// An empty working directory of our own, below the pool's (which removes it: a terminated
// worker runs no exit handler): $(wildcard *) and includes find nothing.
const dir = mkdtempSync(join(workerData.tmp ?? tmpdir(), 'w-'));
const makefile = join(dir, 'fuzz.mk');
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** Any stack frame of ours in the CLI's output is a crash (the makefile may print text like it: ignore that). */
const STACK_RE = /at .*\.(ts|js):\d+/g;

function describe(e) {
  if (e instanceof Error) return { name: e.constructor?.name ?? e.name, message: e.message, stack: e.stack ?? '' };
  return { name: typeof e, message: String(e), stack: '' };
}

/** Half the inputs (by length, so a replay does the same) also get command-line variables. */
const commandLineFor = (text) => (text.length % 2 === 1 ? ['Y=$(X) y', 'Z:=$(Y)', 'X+=1'] : []);

function runLibrary(text) {
  try {
    const ev = evaluate({
      makefiles: [makefile],
      cwd: dir,
      commandLine: commandLineFor(text),
      overlay: new Map([[makefile, text]]),
      confine: true,
      limits,
      onInfo: () => {},
      onWarning: () => {},
    });
    // Asking questions of the result is part of the contract too.
    for (const name of ['X', '.DEFAULT_GOAL', 'MAKEFILE_LIST']) ev.expandVariable(name);
    ev.variables();
    const targets = ev.targets();
    if (targets.length > 0) {
      ev.rule(targets[0]);
      ev.expandVariable('X', { target: targets[0] });
    }
    return { status: 'ok' };
  } catch (e) {
    if (e instanceof MakeError) return { status: 'make-error', name: e.name, message: e.message };
    return { status: 'crash', ...describe(e) };
  }
}

async function runCli(text) {
  writeFileSync(makefile, Buffer.from(text, 'latin1'));
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t) => (stdout.length < 100_000 ? (stdout += t) : undefined),
    stderr: (t) => (stderr.length < 100_000 ? (stderr += t) : undefined),
    cwd: dir,
    env: {},
    isTTY: false,
  };
  // Mostly `--print X`; some inputs (by length) `--json` or `--print X --target a` instead.
  const variant = [['--print', 'X'], ['--print', 'X'], ['--json'], ['--print', 'X', '--target', 'a']][text.length % 4];
  const argv = ['eval', makefile, ...variant, ...commandLineFor(text), '--max-depth', String(limits.maxExpansionDepth),
    '--max-value', String(limits.maxValueLength), '--max-include', String(limits.maxIncludeDepth)];
  let exit;
  try {
    exit = await cliRun(argv, io);
  } catch (e) {
    const d = describe(e);
    return { exit: -1, stdout, stderr, crash: `run() threw ${d.name}: ${d.message}`, stack: d.stack };
  }
  let crash;
  if (exit !== 0 && exit !== 2) crash = `exit status ${exit}`;
  const frames = [...(stdout + stderr).matchAll(STACK_RE)].map((m) => m[0]).filter((m) => !text.includes(m));
  if (crash === undefined && frames.length > 0) crash = `stack trace in output: ${frames[0]}`;
  return { exit, stdout: stdout.slice(0, 4000), stderr: stderr.slice(0, 4000), crash };
}

parentPort.on('message', async ({ id, text, cli }) => {
  const libOutcome = runLibrary(text);
  const cliOutcome = cli ? await runCli(text) : undefined;
  parentPort.postMessage({ id, lib: libOutcome, cli: cliOutcome });
});
parentPort.postMessage({ ready: true });
