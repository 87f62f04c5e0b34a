// Run a small makefile through GNU make 4.3 and through kflags (in-process,
// via evaluate() and an overlay), capturing the same three things for both:
// stdout ($(info)), stderr ($(warning), fatal errors) and the exit status.
//
// GNU make:  cd DIR && env -i /usr/bin/make -R -r -f t.mk -f printer.mk __kflags_print
// kflags:    evaluate({ makefiles: ['t.mk', 'printer.mk'], cwd: DIR, overlay })
//
// kflags runs first, in an empty directory, with the makefiles only in the
// overlay (so nothing is read from disk that should come from the overlay);
// then the files are written and make runs in the same directory, so that
// absolute paths ($(abspath), $(realpath), error locations) agree.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chai } from 'vitest';
import { evaluate, MakeError } from '../../src/index.js';

// Show whole strings in failure messages.
chai.config.truncateThreshold = 0;

export const MAKE = process.env.KFLAGS_MAKE ?? '/usr/bin/make';

const version = spawnSync(MAKE, ['--version'], { encoding: 'utf8' });
/** GNU make 4.3 is available: the expectations are also checked against it. */
export const haveMake = !version.error && /GNU Make 4\.3\b/.test(version.stdout ?? '');

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

export interface RunOptions {
  /** Variables printed after reading, one `$(info $(NAME))` line each, by the printer makefile. */
  print?: string[];
  /** Other files, relative to the working directory. */
  files?: Record<string, string>;
  /** Write `files` to disk before kflags runs too (wildcard and realpath look at the disk). */
  disk?: boolean;
  /** Command-line variable assignments. */
  args?: string[];
  allowShell?: boolean;
  /** Use this directory (created if missing) instead of a fresh temporary one. */
  dir?: string;
  /** Prepare the directory before anything runs (symbolic links, directories). */
  setup?: (dir: string) => void;
}

export const MAKEFILE = 't.mk';
export const PRINTER = 'printer.mk';

export function printerText(print: string[] = []): string {
  return print.map((n) => `$(info $(${n}))\n`).join('') + '.PHONY: __kflags_print\n__kflags_print: ;@:\n';
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kflags-test-'));
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const file = resolve(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, 'latin1');
  }
}

/** GNU make on `makefile` (written to DIR/t.mk); raw stdout/stderr. */
export function runMake(makefile: string, options: RunOptions = {}): Outcome {
  const dir = options.dir ?? tempDir();
  mkdirSync(dir, { recursive: true });
  try {
    writeFiles(dir, { ...options.files, [MAKEFILE]: makefile, [PRINTER]: printerText(options.print) });
    return runMakeIn(dir, [...(options.args ?? [])]);
  } finally {
    if (options.dir === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

export function runMakeIn(dir: string, args: string[] = []): Outcome {
  const res = spawnSync(MAKE, ['-R', '-r', '-f', MAKEFILE, '-f', PRINTER, '__kflags_print', ...args], {
    cwd: dir,
    env: {},
    encoding: 'latin1',
  });
  if (res.error) throw res.error;
  return { stdout: res.stdout, stderr: res.stderr, status: res.status ?? -1 };
}

/** kflags on `makefile`, in-process; fatal errors rendered as make renders them. */
export function runKflags(makefile: string, options: RunOptions = {}): Outcome {
  const dir = options.dir ?? tempDir();
  mkdirSync(dir, { recursive: true });
  options.setup?.(dir);
  const overlay = new Map<string, string>();
  const files: Record<string, string> = { ...options.files, [MAKEFILE]: makefile, [PRINTER]: printerText(options.print) };
  if (options.disk && options.files) writeFiles(dir, options.files);
  for (const [name, text] of Object.entries(files)) overlay.set(resolve(dir, name), text);
  let stdout = '';
  let stderr = '';
  let status = 0;
  try {
    evaluate({
      makefiles: [MAKEFILE, PRINTER],
      cwd: dir,
      overlay,
      commandLine: options.args ?? [],
      allowShell: options.allowShell ?? false,
      onInfo: (t) => {
        stdout += t;
      },
      onWarning: (t) => {
        stderr += t;
      },
    });
  } catch (e) {
    if (!(e instanceof MakeError)) throw e;
    stderr += e.render('make');
    status = e.exitStatus;
  } finally {
    if (options.dir === undefined) rmSync(dir, { recursive: true, force: true });
  }
  return { stdout, stderr, status };
}

/** Both, in the same directory (kflags first, from the overlay; then make, from the disk). */
export function runBoth(makefile: string, options: RunOptions = {}): { kflags: Outcome; make: Outcome | undefined } {
  const dir = options.dir ?? tempDir();
  try {
    mkdirSync(dir, { recursive: true });
  options.setup?.(dir);
  const kflags = runKflags(makefile, { ...options, dir, setup: undefined });
    const make = haveMake ? runMake(makefile, { ...options, dir }) : undefined;
    return { kflags, make };
  } finally {
    if (options.dir === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

export { existsSync };
