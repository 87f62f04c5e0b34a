// Errors are data: make's own words, a location, an exit status. They are
// rendered once, the way GNU make renders them.
import type { Location } from '../syntax/ast.js';

export class MakeError extends Error {
  readonly location: Location | undefined;
  readonly exitStatus: number;
  /** Extra lines printed before the fatal line (e.g. a missing include). */
  readonly notes: string[];
  /** Set when the error came after reading finished: the evaluation it ended. */
  evaluation?: unknown;

  constructor(message: string, location?: Location, options: { exitStatus?: number; notes?: string[] } = {}) {
    super(message);
    this.name = 'MakeError';
    this.location = location;
    this.exitStatus = options.exitStatus ?? 2;
    this.notes = options.notes ?? [];
  }

  /** `FILE:LINE: *** message.  Stop.` or `kflags: *** message.  Stop.` */
  render(program = 'kflags'): string {
    const located = this.location !== undefined && this.location.file !== '';
    const prefix = located ? `${this.location!.file}:${this.location!.line}: ` : `${program}: `;
    // kflags' own messages say "kflags:"; without a location that is already the prefix.
    const message = !located && this.message.startsWith(`${program}: `) ? this.message.slice(program.length + 2) : this.message;
    return this.notes.join('') + `${prefix}*** ${message}.  Stop.\n`;
  }
}

/** A limit that protects kflags itself (not a make error, same exit status). */
export class LimitError extends MakeError {
  constructor(message: string, location?: Location) {
    super(message, location);
    this.name = 'LimitError';
  }
}
