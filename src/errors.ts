// What the library reports when it cannot go on: data (a kind, a message,
// where, extra lines), never an exit status or a CLI's wording. The CLI
// decides how each kind ends the process.
import type { Location } from './syntax/ast.js';

/** `bad-input`: the input cannot be used; `check-failed`: an expectation did not hold; `internal`: a bug in kflags. */
export type ErrorCode = 'bad-input' | 'check-failed' | 'internal';

export interface ErrorData {
  code: ErrorCode;
  message: string;
  location?: Location;
  /** Lines shown before the message (e.g. a missing include, a hint). */
  notes: string[];
}

export class KflagsError extends Error implements ErrorData {
  readonly code: ErrorCode;
  readonly location: Location | undefined;
  readonly notes: string[];

  constructor(message: string, options: { code?: ErrorCode; location?: Location; notes?: string[] } = {}) {
    super(message);
    this.name = 'KflagsError';
    this.code = options.code ?? 'bad-input';
    this.location = options.location;
    this.notes = options.notes ?? [];
  }
}
