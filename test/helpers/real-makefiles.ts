// Reading a real makefile (one we did not write for the occasion) with GNU
// make 4.3 and with kflags (in-process), on disk, in the same directory,
// and comparing what they say: shared by test/debian-makefiles.test.ts
// (makefiles Debian packages ship) and test/generated-makefiles.test.ts
// (makefiles Automake and CMake generate).
//
//  * printerText(): a second makefile that expands every variable of origin
//    file, override or command line (sorted; a variable whose value uses
//    $1...$9 is a function and is not expanded alone, nor one that calls
//    $(error)); both read the makefile and the printer, stdout, stderr
//    (program prefix normalized) and exit status must agree;
//  * makeEntries(): make -p's "# Variables" entries of those origins, to be
//    compared with kflags' databaseEntry() of the same variables.
import { spawnSync } from 'node:child_process';
import { evaluate, MakeError, type Evaluation } from '../../src/index.js';
import { NodeHost } from '../../src/host/host.js';
import { databaseEntry } from '../../src/report/database.js';
import { MAKE } from './make.js';

// Variables make computes from its own switches or keeps in its hash order, as in test/database.test.ts.
export const NOT_COMPARED = new Set(['MAKEFLAGS', 'MFLAGS', 'CURDIR', 'MAKEFILE_LIST', '.DEFAULT_GOAL', 'MAKEOVERRIDES', '-*-command-variables-*-', 'GNUMAKEFLAGS', '.VARIABLES', 'SHELL', '.RECIPEPREFIX', 'MAKECMDGOALS', '.INCLUDE_DIRS']);

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

/** One run: the working directory, the makefiles (-f, in order), -I directories and the command line. */
export interface Setup {
  cwd: string;
  makefile: string;
  includeDirs: string[];
  args: string[];
}

/** The program prefix (`make: `, `make[1]: `, `kflags: `) removed from every line of stderr. */
export const normalize = <T extends Outcome>(o: T): T => ({ ...o, stderr: o.stderr.replace(/^(?:make|kflags)(?:\[\d+\])?: /gm, '') });

/** One printer: every variable of origin file, override or command line, sorted, expanded unless it is a function or calls $(error). */
export function printerText(): string {
  // A variable that is an $(error) (gnustep-make's obsolete names) would end the printing: not expanded alone either.
  const stops = '$(findstring $(__kflags_error),$(value $(__kflags_v)))';
  const usesParameter = Array.from({ length: 9 }, (_, i) => `$(findstring $$${i + 1},$(value $(__kflags_v)))$(findstring $$(${i + 1}),$(value $(__kflags_v)))`).join('');
  return (
    `__kflags_names := $(sort $(foreach __kflags_v,$(.VARIABLES),$(if $(filter file override command,$(firstword $(origin $(__kflags_v)))),$(__kflags_v))))\n` +
    '__kflags_error := $$(error\n' +
    `$(foreach __kflags_v,$(filter-out ${[...NOT_COMPARED].join(' ')} __kflags_names,$(__kflags_names)),$(if ${usesParameter},$(info $(__kflags_v) is a function),$(if ${stops},$(info $(__kflags_v) stops make),$(info $(__kflags_v) = $($(__kflags_v))))))\n` +
    '.PHONY: __kflags_print\n__kflags_print: ;@:\n'
  );
}

/** GNU make: `make -R -r -I... -f MAKEFILE -f EXTRA TARGET ARGS...` (no extra makefile if `extraMakefile` is undefined). */
export function runMake(s: Setup, extraMakefile: string | undefined, target: string, env: Record<string, string>): Outcome {
  const argv = ['-R', '-r', ...s.includeDirs.flatMap((d) => ['-I', d]), '-f', s.makefile, ...(extraMakefile === undefined ? [] : ['-f', extraMakefile]), target, ...s.args];
  // argv0 'make': $(MAKE) is what make was called as. Standard input /dev/null, as kflags gives its
  // $(shell): a socket (node's pipe) makes bash, as a recipe's SHELL=/bin/bash, read ~/.bashrc.
  const r = spawnSync(MAKE, argv, { argv0: 'make', cwd: s.cwd, env, encoding: 'latin1', maxBuffer: 1 << 28, timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

export interface KflagsOutcome extends Outcome {
  /** databaseEntry() of every global variable, by name (when reading did not stop). */
  entries?: Map<string, string>;
  evaluation?: Evaluation;
  /** make -w's "Leaving directory" line, the end of stdout (make prints it after its database under -p), or ''. */
  leaving: string;
  /** make -w's two lines, printed or not (when the build phase prints something, make prints them around it). */
  directory?: [string, string];
}

/** kflags, in-process, on the same input as runMake (allowShell, every file readable). */
export function runKflags(s: Setup, extraMakefile: string | undefined, target: string, env: Record<string, string>, history = false): KflagsOutcome {
  let stdout = '';
  let stderr = '';
  let status = 0;
  const host = new NodeHost();
  host.onStderr = (t) => (stderr += t);
  let evaluation: Evaluation | undefined;
  // make -w (a sub-make: MAKELEVEL above 0): "Entering directory" before the first thing make
  // prints (nothing printed, no line), "Leaving directory" when make ends (as the CLI does).
  let entering = '';
  let leaving = '';
  let directory: [string, string] | undefined;
  const enter = (text: string) => {
    if (text === '' || entering === '') return;
    stdout += entering;
    entering = '';
  };
  try {
    evaluation = evaluate({
      makefiles: [s.makefile, ...(extraMakefile === undefined ? [] : [extraMakefile])],
      cwd: s.cwd,
      host,
      includeDirs: s.includeDirs,
      allowRead: ['/'],
      commandLine: s.args,
      goals: [target],
      environment: env,
      allowShell: true,
      history,
      onInfo: (t) => {
        enter(t);
        stdout += t;
      },
      onWarning: (t) => {
        enter(t);
        stderr += t;
      },
      onDirectory: (first, last, dataBase) => {
        entering = `${dataBase ? '# ' : ''}make${first}`;
        leaving = `${dataBase ? '# ' : ''}make${last}`;
        directory = [entering, leaving];
      },
    });
  } catch (e) {
    if (!(e instanceof MakeError)) throw e;
    const text = e.render('make');
    enter(text);
    stderr += text;
    status = e.exitStatus;
  }
  // Left unprinted: nothing was printed.
  if (entering !== '') leaving = '';
  const entries = evaluation === undefined ? undefined : new Map([...evaluation.interpreter.global.vars.values()].map((v) => [v.name, databaseEntry(v)]));
  return { stdout: stdout + leaving, stderr, status, entries, evaluation, leaving, directory };
}

/** make -p's "# Variables" entries of makefile, override and command-line origin, by name. */
export function makeEntries(text: string): Map<string, string> {
  const start = text.indexOf('\n# Variables\n\n');
  const end = text.indexOf('# variable set hash-table stats:', start);
  const entries = new Map<string, string>();
  if (start < 0 || end < 0) return entries;
  const isOrigin = (l: string) => /^# (automatic|default|environment|makefile|command line|'override' directive|environment under -e)( private)?( \(from '.*', line \d+\))?$/.test(l);
  let current: string[] | undefined;
  const flush = () => {
    if (current === undefined || !/^# (makefile|'override' directive|command line)/.test(current[0])) return;
    const lines = current[current.length - 1] === '' ? current.slice(0, -1) : current;
    const name = lines[1].startsWith('define ') && lines.length >= 4 && lines[lines.length - 1] === 'endef' ? lines[1].slice(7) : lines[1].replace(/ [:+]?= .*$/s, '');
    entries.set(name, lines.join('\n') + '\n');
  };
  for (const line of text.slice(start + '\n# Variables\n\n'.length, end).split('\n')) {
    if (isOrigin(line)) {
      flush();
      current = [line];
    } else current?.push(line);
  }
  flush();
  return entries;
}

/** The entries of make -p (makeEntries) that kflags prints otherwise, one text per difference; `ignore`: names not compared. */
export function entryDifferences(theirs: Map<string, string>, ours: Map<string, string> | undefined, ignore: readonly string[] = []): string[] {
  const failures: string[] = [];
  for (const [variable, text] of theirs) {
    if (NOT_COMPARED.has(variable) || ignore.includes(variable)) continue;
    const mine = ours?.get(variable);
    if (mine !== text) failures.push(`make:\n${text}kflags:\n${mine ?? '(none)\n'}`);
  }
  return failures;
}

/**
 * make -p's standard output without the database: what it printed while
 * reading (before "# GNU Make 4.3"), and after "# Finished Make data base"
 * (make -w's "Leaving directory"); kflags' in the same two parts.
 */
export function outsideDatabase(make: string, kflags: KflagsOutcome): { make: [string, string]; kflags: [string, string] } {
  const header = make.indexOf('# GNU Make 4.3\n# Built for');
  const finished = make.search(/^# Finished Make data base on .*\n\n/m);
  const after = finished < 0 ? '' : make.slice(make.indexOf('\n\n', finished) + 2);
  return { make: [header < 0 ? make : make.slice(0, header), after], kflags: [kflags.stdout.slice(0, kflags.stdout.length - kflags.leaving.length), kflags.leaving] };
}
