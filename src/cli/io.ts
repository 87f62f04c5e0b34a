// What the CLI needs from the outside world; tests inject their own.
import { KflagsError, type ErrorCode } from '../errors.js';

export interface Io {
  /** Text goes out as given; for `eval`, each character is one byte (latin1), as read. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** The process environment, for NO_COLOR and friends (not make's environment). */
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
}

/** Bad usage of the CLI itself (options, arguments): bad input, like the library's. */
export class CliError extends KflagsError {
  constructor(message: string) {
    super(message, { code: 'bad-input' });
    this.name = 'CliError';
  }
}

/** The exit status for each kind of error: 2 bad input, 1 a check failed, 70 internal. */
export function exitStatusFor(code: ErrorCode): number {
  return code === 'bad-input' ? 2 : code === 'check-failed' ? 1 : 70;
}

export function useColor(io: Io): boolean {
  if (io.env?.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env?.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY === true;
}
