// `kflags eval`: evaluate a makefile as `env -i make -R -r -f FILE` would at
// parse time, then print variables.
import type { Command } from 'commander';
import { evaluate, Evaluation } from '../../eval/evaluate.js';
import { commandLineFile } from '../../eval/interpreter.js';
import { MakeError } from '../../eval/errors.js';
import type { Io } from '../io.js';
import { collect, commandLineBytes, parseEnvAssignments, parseLimits, splitAssignments } from './common.js';
import { renderDatabase } from '../../report/database.js';

export interface EvalCommandOptions {
  print: string[];
  printDataBase?: boolean;
  history?: boolean;
  target?: string;
  json?: boolean;
  directory?: string;
  includeDir: string[];
  env: string[];
  allowShell?: boolean;
  allowRead: string[];
  maxDepth?: string;
  maxValue?: string;
  maxInclude?: string;
  maxInput?: string;
}

export function registerEval(program: Command, io: Io, setStatus: (n: number) => void): void {
  program
    .command('eval')
    .description('evaluate a makefile as GNU make would at parse time, and print variables')
    .argument('<makefile>', 'the makefile to read (like make -f)')
    .argument('[assignments...]', 'command-line variables (NAME=VALUE, NAME:=VALUE); other words are goals: they set MAKECMDGOALS (nothing is built)')
    .option('--print <name>', 'print the expansion of $(NAME) after reading (repeatable)', collect, [])
    .option('-p, --print-data-base', 'print the variables as make -p does: origin, where set, unexpanded value')
    .option('--history', 'with -p: also every earlier assignment of each variable (make keeps only the last)')
    .option('-t, --target <target>', 'expand --print variables in the context of this target')
    .option('--json', 'print every variable as JSON: name, value, raw value, flavor, origin, location')
    .option('-C, --directory <dir>', 'change to DIR before reading (like make -C)')
    .option('-I, --include-dir <dir>', 'search DIR for included makefiles (repeatable)', collect, [])
    .option('--env <NAME=VALUE>', 'define an environment variable (repeatable)', collect, [])
    .option('--allow-shell', 'run $(shell ...) and != (never run otherwise)')
    .option('--allow-read <dir>', 'also let the makefile read below DIR (repeatable; default: the working directory, the makefile\'s directory and -I directories)', collect, [])
    .option('--max-depth <n>', 'expansion depth limit')
    .option('--max-value <n>', 'value size limit, in characters')
    .option('--max-include <n>', 'include and $(eval) nesting limit')
    .option('--max-input <n>', 'largest makefile, in bytes')
    .addHelpText(
      'after',
      `
Examples:
  kflags eval Makefile --print CFLAGS
  kflags eval Makefile CC=clang --print KBUILD_CFLAGS
  kflags eval Makefile --target foo.o --print CFLAGS
  kflags eval -C linux scripts/Kbuild.include --json
  kflags eval Makefile -p --history`,
    )
    .action((makefile: string, assignments: string[], options: EvalCommandOptions) => {
      setStatus(runEval(makefile, assignments, options, io));
    });
}

export function runEval(makefile: string, assignments: string[], options: EvalCommandOptions, io: Io): number {
  // make -w (MAKEFLAGS, MAKELEVEL): "Entering directory" comes before the
  // first thing make prints once -w is in force (nothing printed: no
  // message), "Leaving directory" last, whatever happens.
  let entering: string | undefined;
  let leaving: string | undefined;
  // Under -p (MAKEFLAGS=p), make prints the two lines as comments.
  let comment = '';
  let entered = false;
  const enter = (text: string) => {
    if (entering === undefined || entered || text === '') return;
    entered = true;
    io.stdout(`${comment}kflags${entering}`);
  };
  const output: Io = {
    ...io,
    stdout: (text) => {
      enter(text);
      io.stdout(text);
    },
    stderr: (text) => {
      enter(text);
      io.stderr(text);
    },
  };
  try {
    return evalOnce(makefile, assignments, options, output, (first, last, dataBase) => {
      if (options.json) return;
      entering = first;
      leaving = last;
      comment = dataBase ? '# ' : '';
    });
  } finally {
    if (entered) io.stdout(`${comment}kflags${leaving}`);
  }
}

function evalOnce(
  makefile: string,
  assignments: string[],
  options: EvalCommandOptions,
  io: Io,
  onDirectory: (entering: string, leaving: string, dataBase: boolean) => void,
): number {
  const cwd = options.directory ? resolveFrom(io.cwd, options.directory) : io.cwd;
  // Names and targets are make's text (bytes), as the makefile's are; the
  // target is a goal, whose leading ./ make drops (expand_command_line_file()).
  options = { ...options, print: options.print.map(commandLineBytes), target: options.target === undefined ? undefined : commandLineFile(commandLineBytes(options.target)) };
  // As for make, a word that is not an assignment is a goal.
  const { commandLine, others: goals } = splitAssignments(assignments);
  const printAll = (evaluation: Evaluation) => {
    for (const name of options.print) io.stdout(evaluation.expandVariable(name, { target: options.target }) + '\n');
  };
  try {
    const evaluation = evaluate({
      makefiles: [makefile],
      cwd,
      includeDirs: options.includeDir,
      commandLine,
      goals,
      printTarget: options.target,
      environment: parseEnvAssignments(options.env),
      allowShell: options.allowShell,
      allowRead: options.allowRead,
      onInfo: options.json ? () => {} : io.stdout,
      onWarning: io.stderr,
      onDirectory,
      history: options.history === true,
      limits: parseLimits(options),
    });
    if (options.json) {
      const variables = evaluation.variables().map((v) => ({
        name: v.name,
        value: safeExpand(() => evaluation.expandVariable(v.name)),
        raw: v.value,
        flavor: v.flavor,
        origin: v.origin,
        location: v.location ? `${v.location.file}:${v.location.line}` : null,
      }));
      // As below: in a target's context, printed after the second expansion (make's order).
      const print = () => options.print.map((name) => ({ name, value: evaluation.expandVariable(name, { target: options.target }) }));
      let printed: { name: string; value: string }[] = [];
      if (options.target === undefined) printed = print();
      evaluation.snapDependencies();
      if (options.target !== undefined) printed = print();
      checkGoals(evaluation, goals);
      io.stdout(JSON.stringify({ schemaVersion: 1, makefile, target: options.target ?? null, printed, variables }, null, 2) + '\n');
      return 0;
    }
    // make's printer is read with the makefiles (before the second
    // expansion that follows reading), or with --target, a recipe (after it).
    if (options.target === undefined) {
      printAll(evaluation);
      // make reads its printer with the makefiles: an include an $(eval) in a printed
      // variable reads is one of theirs, reported as they are once reading is done.
      evaluation.interpreter.finishReading();
      evaluation.snapDependencies();
    } else {
      evaluation.snapDependencies();
      printAll(evaluation);
    }
    checkGoals(evaluation, goals);
    if (options.printDataBase) io.stdout(renderDatabase(evaluation.variablesInMakeOrder(), { history: options.history }));
    return 0;
  } catch (e) {
    if (e instanceof MakeError) {
      // A missing include is reported after reading: the printing (make's
      // printer makefile is read last) comes first, and its own error
      // would stop make before; with --target it would be a recipe, never run.
      if (e.evaluation instanceof Evaluation && !options.json) {
        const evaluation = e.evaluation;
        try {
          if (options.target === undefined) {
            printAll(evaluation);
            // Again, with any include printing added (it throws, as it did).
            evaluation.interpreter.finishReading();
          }
          evaluation.snapDependencies();
        } catch (printing) {
          if (!(printing instanceof MakeError)) throw printing;
          io.stderr(printing.render());
          return printing.exitStatus;
        }
      }
      if (options.json) {
        io.stdout(
          JSON.stringify({ error: { message: e.message, location: e.location ?? null, exitStatus: e.exitStatus } }, null, 2) + '\n',
        );
      } else {
        io.stderr(e.render());
      }
      return e.exitStatus;
    }
    throw e;
  }
}

/** Goals are not built, but one make could not start on stops it, in its words. */
function checkGoals(evaluation: Evaluation, goals: string[]): void {
  const goal = evaluation.unmakeableGoal(goals);
  if (goal !== undefined) throw new MakeError(`No rule to make target '${goal}'`);
}

function safeExpand(f: () => string): string | null {
  try {
    return f();
  } catch {
    return null;
  }
}

function resolveFrom(cwd: string, dir: string): string {
  return dir.startsWith('/') ? dir : `${cwd}/${dir}`;
}
