/**
 * A patch that cannot be read, matched or applied. Exit status 2 follows
 * GNU patch and diff ("trouble"), distinct from a failed `check` (1).
 */
export class PatchError extends Error {
  readonly exitStatus = 2;
  /** Where the problem is: the patch source or the file being patched. */
  readonly source: string | undefined;
  /** 1-based line in `source`, when one line is to blame. */
  readonly line: number | undefined;
  /** The message without the `source:line: ` prefix. */
  readonly detail: string;
  /** Extra lines for the user (hints, what was found instead). */
  readonly notes: string[];

  constructor(detail: string, opts: { source?: string; line?: number; notes?: string[] } = {}) {
    const where =
      opts.source === undefined ? '' : opts.line === undefined ? `${opts.source}: ` : `${opts.source}:${opts.line}: `;
    super(where + detail);
    this.name = 'PatchError';
    this.source = opts.source;
    this.line = opts.line;
    this.detail = detail;
    this.notes = opts.notes ?? [];
  }
}
