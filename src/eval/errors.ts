// Errors are data: make's own words, a location, an exit status. They are
// rendered once, the way GNU make renders them.
import type { Location } from '../syntax/ast.js';
import { ConfinementError } from '../host/host.js';
import { KflagsError } from '../errors.js';

/**
 * `FILE:LINE: ` before a message, or nothing for a line kflags has no place
 * for (an $(eval) while --print expands after reading: make's is its printer's).
 */
export function at(location: Location | undefined): string {
  return location !== undefined && location.file !== '' ? `${location.file}:${location.line}: ` : '';
}

export class MakeError extends KflagsError {
  /** make's exit status for its errors (the CLI's `eval` exits with it). */
  readonly exitStatus: number;
  /** Set when the error came after reading finished: the evaluation it ended. */
  evaluation?: unknown;

  /** Lines shown after the message (make -k: more missing makefiles, "Failed to remake makefile"); `prefixed`: after the program's name. */
  readonly after: { line: string; prefixed: boolean }[];
  /** make's ".  Stop." (not with -k, where make goes on to report more). */
  readonly stop: boolean;

  constructor(message: string, location?: Location, options: { exitStatus?: number; notes?: string[]; after?: { line: string; prefixed: boolean }[]; stop?: boolean } = {}) {
    super(message, { code: 'bad-input', location, notes: options.notes });
    this.name = 'MakeError';
    this.exitStatus = options.exitStatus ?? 2;
    this.after = options.after ?? [];
    this.stop = options.stop ?? true;
  }

  /** `FILE:LINE: *** message.  Stop.` or `kflags: *** message.  Stop.` */
  render(program = 'kflags'): string {
    const located = at(this.location);
    const prefix = located !== '' ? located : `${program}: `;
    // kflags' own messages say "kflags:"; without a location that is already the prefix.
    const message = located === '' && this.message.startsWith(`${program}: `) ? this.message.slice(program.length + 2) : this.message;
    return this.notes.join('') + `${prefix}*** ${message}${this.stop ? '.  Stop.' : '.'}\n` + this.after.map((a) => (a.prefixed ? `${program}: ${a.line}` : a.line)).join('');
  }
}

/** A limit that protects kflags itself (not a make error, same exit status). */
export class LimitError extends MakeError {
  constructor(message: string, location?: Location) {
    super(message, location);
    this.name = 'LimitError';
  }
}

/** A parser's exception (or a stack overflow in it) as make's error at `file:line`. */
export function syntaxError(e: unknown, file: string, line: number): MakeError {
  if (e instanceof MakeError) return e;
  if (e instanceof RangeError) {
    return new LimitError('kflags: references nested too deeply to parse (JavaScript stack exhausted)', { file, line });
  }
  const loc = (e as { location?: { start: { line: number; column: number } } }).location;
  const message = e instanceof Error ? e.message : String(e);
  return new MakeError(`kflags: syntax error: ${message}`, {
    file,
    line: line + (loc ? loc.start.line - 1 : 0),
    column: loc?.start.column,
  });
}

/** A read outside the allowed directories is an error at the line that asked for it. */
export function confined<T>(location: Location | undefined, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ConfinementError) throw new MakeError(e.message, location);
    throw e;
  }
}
