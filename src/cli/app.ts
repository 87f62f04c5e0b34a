// The CLI as a function: argv in, exit status out; all output through Io.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { KflagsError } from '../errors.js';
import { exitStatusFor, type Io } from './io.js';
import { registerEval } from './commands/eval.js';
import { registerFlags } from './commands/flags.js';
import { registerDiff } from './commands/diff.js';
import { registerCheck } from './commands/check.js';
import { registerScan } from './commands/scan.js';
import { registerExplain } from './commands/explain.js';
import { registerTrace } from './commands/trace.js';
import { registerMatrix } from './commands/matrix.js';
import { registerLint } from './commands/lint.js';

export type { Io } from './io.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

export async function run(argv: string[], io: Io): Promise<number> {
  let status = 0;
  const setStatus = (n: number) => {
    status = n;
  };
  const program = new Command();
  program
    .name('kflags')
    .description('Static simulator of GNU make and Linux Kbuild: the compiler flags Kbuild really uses, and why.')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run kflags --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  kflags eval Makefile --print CFLAGS             evaluate a makefile, print a variable
  kflags flags examples/purgatory --obj arch/x86/purgatory --profile clang-thinlto
  kflags diff --patch examples/purgatory/remove-lto-flags.patch examples/purgatory --profile clang-thinlto
  kflags check --patch fix.patch arch/x86/purgatory --profile clang-thinlto --expect-removed '-flto%' --expect-kept -fno-lto
  kflags flags --tree linux-6.12 --dir arch/x86/purgatory --config thin.config LLVM=1     a real tree
  kflags diff --tree linux-6.1 --tree linux-6.12 --dir arch/x86/purgatory --config 6.1.config --config 6.12.config
  kflags scan --tree linux-6.12 --config .config --format compile-commands > compile_commands.json`,
    );
  registerEval(program, io, setStatus);
  registerFlags(program, io, setStatus);
  registerDiff(program, io, setStatus);
  registerCheck(program, io, setStatus);
  registerScan(program, io, setStatus);
  registerExplain(program, io, setStatus);
  registerTrace(program, io, setStatus);
  registerMatrix(program, io, setStatus);
  registerLint(program, io, setStatus);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof KflagsError) {
      io.stderr(`kflags: ${e.message}\n`);
      return exitStatusFor(e.code);
    }
    const err = e as Error;
    if (err instanceof RangeError && /string length/i.test(err.message)) {
      io.stderr('kflags: *** a value grew beyond what kflags can hold; see --max-value.  Stop.\n');
      return 2;
    }
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      io.stderr(
        'kflags: *** nesting too deep for kflags (JavaScript stack exhausted); keep --max-depth and --max-include at their defaults or lower.  Stop.\n',
      );
      return 2;
    }
    io.stderr(`kflags: internal error: ${err?.message ?? String(e)}\n`);
    return 70;
  }
  return status;
}
