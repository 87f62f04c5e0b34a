import { KflagsError } from '../errors.js';

/**
 * A patch that cannot be read, matched or applied. Exit status 2 follows
 * GNU patch and diff ("trouble"), distinct from a failed `check` (1).
 */
export class PatchError extends KflagsError {
  readonly exitStatus = 2;
  /** Where the problem is: the patch source or the file being patched. */
  readonly source: string | undefined;
  /** 1-based line in `source`, when one line is to blame. */
  readonly line: number | undefined;
  /** The message without the `source:line: ` prefix. */
  readonly detail: string;

  constructor(detail: string, opts: { source?: string; line?: number; notes?: string[] } = {}) {
    const where =
      opts.source === undefined ? '' : opts.line === undefined ? `${opts.source}: ` : `${opts.source}:${opts.line}: `;
    // notes: extra lines for the user (hints, what was found instead).
    super(where + detail, {
      code: 'bad-input',
      location: opts.source !== undefined && opts.line !== undefined ? { file: opts.source, line: opts.line } : undefined,
      notes: opts.notes,
    });
    this.name = 'PatchError';
    this.source = opts.source;
    this.line = opts.line;
    this.detail = detail;
  }
}
