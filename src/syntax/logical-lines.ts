// The first level at which make scans a makefile (read.c readline()):
// physical lines, joined into logical lines where a line ends in an odd
// number of backslashes; a CR before the newline is dropped. A plain scan
// for newlines: in the PEG it cost ten times more.
import type { LogicalLine, MakefileAst } from './ast.js';

export function splitLogicalLines(text: string, file: string): MakefileAst {
  const lines: LogicalLine[] = [];
  let current: LogicalLine | null = null;
  let lineNo = 1;
  let pos = 0;
  let endsWithNewline = true;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    endsWithNewline = nl >= 0;
    if (nl < 0) nl = text.length;
    let raw = text.slice(pos, nl);
    if (endsWithNewline && raw.endsWith('\r')) raw = raw.slice(0, -1);
    pos = nl + 1;
    // `folded` and `classified` are set later (the evaluator's cache): declared
    // here, they are kept inside the object instead of in a separate store.
    if (current === null) current = { type: 'LogicalLine', text: raw, line: lineNo, lines: 1, tab: raw[0] === '\t', folded: undefined, classified: undefined };
    else {
      current.text += '\n' + raw;
      current.lines += 1;
    }
    lineNo += 1;
    let backslashes = 0;
    for (let k = raw.length - 1; k >= 0 && raw[k] === '\\'; --k) backslashes++;
    if (backslashes % 2 === 0) {
      lines.push(current);
      current = null;
    }
  }
  // A continuation before the file's last newline continues into an empty
  // line; without that newline the backslash stays.
  if (current !== null) {
    if (endsWithNewline) current.text += '\n';
    lines.push(current);
  }
  return { type: 'Makefile', file, lines, finalNewline: endsWithNewline };
}
