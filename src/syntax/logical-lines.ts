// The first level at which make scans a makefile (read.c readline()):
// physical lines, joined into logical lines where a line ends in an odd
// number of backslashes; a CR before the newline is dropped. A plain scan
// for newlines: in the PEG it cost ten times more.
import type { LogicalLine, MakefileAst } from './ast.js';

export function splitLogicalLines(text: string, file: string): MakefileAst {
  const index = new LogicalLineIndex(text);
  const lines: LogicalLine[] = new Array(index.length);
  for (let i = 0; i < index.length; i++) lines[i] = index.at(i)!;
  return { type: 'Makefile', file, lines, finalNewline: index.finalNewline };
}

/**
 * Where the logical lines of a text start, and each line made when asked:
 * a large makefile read once need not have all its lines at once (each
 * would outlive many young-generation collections).
 */
export class LogicalLineIndex {
  readonly length: number;
  /** The text ends with a newline (make's line count at EOF depends on it). */
  readonly finalNewline: boolean;
  /** Where each logical line starts in the text. */
  private readonly starts: Int32Array;
  /** Its first physical line, 1-based. */
  private readonly lineNumbers: Int32Array;
  /** The last line is a continuation that the end of the text cut. */
  private readonly unterminated: boolean;

  constructor(private readonly text: string) {
    let starts = new Int32Array(1024);
    let lineNumbers = new Int32Array(1024);
    let count = 0;
    let inLine = false;
    let lineNo = 1;
    let pos = 0;
    let endsWithNewline = true;
    while (pos < text.length) {
      let nl = text.indexOf('\n', pos);
      endsWithNewline = nl >= 0;
      if (nl < 0) nl = text.length;
      if (!inLine) {
        if (count === starts.length) {
          starts = grow(starts);
          lineNumbers = grow(lineNumbers);
        }
        starts[count] = pos;
        lineNumbers[count++] = lineNo;
        inLine = true;
      }
      let end = nl;
      if (endsWithNewline && end > pos && text.charCodeAt(end - 1) === 13 /* \r */) end--;
      let backslashes = 0;
      for (let k = end - 1; k >= pos && text.charCodeAt(k) === 92 /* \\ */; --k) backslashes++;
      if (backslashes % 2 === 0) inLine = false;
      pos = nl + 1;
      lineNo += 1;
    }
    this.length = count;
    this.starts = starts;
    this.lineNumbers = lineNumbers;
    this.finalNewline = endsWithNewline;
    this.unterminated = inLine;
  }

  /** Logical line `i` (a new object on each call). */
  at(i: number): LogicalLine | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const text = this.text;
    const stop = i + 1 < this.length ? this.starts[i + 1] : text.length;
    let pos = this.starts[i];
    let joined: string | undefined;
    let lines = 0;
    while (pos < stop) {
      let nl = text.indexOf('\n', pos);
      const newline = nl >= 0;
      if (!newline) nl = text.length;
      const end = newline && nl > pos && text.charCodeAt(nl - 1) === 13 /* \r */ ? nl - 1 : nl;
      const raw = text.slice(pos, end);
      joined = joined === undefined ? raw : joined + '\n' + raw;
      lines++;
      pos = nl + 1;
    }
    joined ??= '';
    // A continuation before the file's last newline continues into an empty
    // line; without that newline the backslash stays.
    if (i === this.length - 1 && this.unterminated && this.finalNewline) joined += '\n';
    // `folded`, `classified` and `location` are set later (the evaluator's cache): declared
    // here, they are kept inside the object instead of in a separate store.
    return {
      type: 'LogicalLine',
      text: joined,
      line: this.lineNumbers[i],
      lines,
      tab: joined.charCodeAt(0) === 9,
      folded: undefined,
      classified: undefined,
      location: undefined,
    };
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
