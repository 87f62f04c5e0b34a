// What the CLI needs from the outside world; tests inject their own.
export interface Io {
  /** Text goes out as given; for `eval`, each character is one byte (latin1), as read. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** The process environment, for NO_COLOR and friends (not make's environment). */
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
}

/** An error that carries the exit status the CLI should return. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitStatus = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function useColor(io: Io): boolean {
  if (io.env?.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env?.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY === true;
}
