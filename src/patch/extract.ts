import { parsePatch, type StructuredPatch } from 'diff';
import { PatchError } from './errors.js';

/** One file's part of a patch. */
export interface FileDiff {
  /** Path before the change without git's `a/` prefix; null for a created file (/dev/null). */
  oldPath: string | null;
  /** Path after the change without git's `b/` prefix; null for a deleted file. */
  newPath: string | null;
  /** jsdiff's parse of this file's diff (file names as written, prefixes kept). */
  structured: StructuredPatch;
  /** 1-based line in the source where this file's diff starts. */
  line: number;
  /** Each hunk's `@@ ... @@` line as written, and its 1-based line in the source. */
  hunkHeaders: string[];
  hunkLines: number[];
}

export interface ExtractedPatch {
  /** Name of the input, for messages (a path, `-` or a URL). */
  source: string;
  /** The mail's subject (unfolded), e.g. `[PATCH v2] x86/purgatory: Remove LTO flags`. */
  subject?: string;
  files: FileDiff[];
  /** 1-based inclusive line range of the diff in the source. */
  startLine: number;
  endLine: number;
  /** The diff alone, as handed to jsdiff. */
  text: string;
  notes: string[];
}

const GIT_EXTENDED_HEADER =
  /^(index |old mode |new mode |deleted file mode |new file mode |similarity index |dissimilarity index |rename from |rename to |copy from |copy to |Binary files )/;
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(.*)$/;

/** Replies quote the patch with `>`; only the author's own copy counts. */
function isQuoted(line: string): boolean {
  return line.startsWith('>');
}

/** `-- ` opens a mail signature (git format-patch puts the git version after it). */
function isSignature(line: string): boolean {
  return line === '-- ' || line === '--';
}

function isFileHeaderPair(lines: readonly string[], i: number): boolean {
  return (lines[i]?.startsWith('--- ') ?? false) && (lines[i + 1]?.startsWith('+++ ') ?? false);
}

/** Does a file's diff start at line i? */
function isFileDiffStart(lines: readonly string[], i: number): boolean {
  const line = lines[i];
  if (line === undefined) return false;
  if (line.startsWith('diff --git ')) return true;
  if (isFileHeaderPair(lines, i)) return true;
  // `Index:` (quilt, svn) and plain `diff -u` lines precede a `---`/`+++` pair.
  if (line.startsWith('Index: ') || /^diff (-\S+ )+\S/.test(line)) {
    for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
      if (isFileHeaderPair(lines, j)) return true;
    }
  }
  return false;
}

function findDiffStart(lines: readonly string[], from: number, quoted: boolean): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (quoted) {
      if (!isQuoted(line)) continue;
      const unquoted = lines.slice(i, i + 3).map((l) => l.replace(/^> ?/, ''));
      if (isFileDiffStart(unquoted, 0)) return i;
    } else if (!isQuoted(line) && isFileDiffStart(lines, i)) {
      return i;
    }
  }
  return -1;
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?q?...?=`) in a subject. */
function decodeEncodedWords(text: string): string {
  const decoded = text.replace(
    /=\?([^?]+)\?([qQbB])\?([^?]*)\?=(\s+(?==\?))?/g,
    (_all, charset: string, encoding: string, data: string) => {
      let bytes: Uint8Array;
      if (encoding.toLowerCase() === 'b') {
        bytes = Uint8Array.from(Buffer.from(data, 'base64'));
      } else {
        const raw = data.replace(/_/g, ' ');
        const out: number[] = [];
        for (let k = 0; k < raw.length; k++) {
          const hex = raw.slice(k + 1, k + 3);
          if (raw[k] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
            out.push(parseInt(hex, 16));
            k += 2;
          } else {
            out.push(raw.charCodeAt(k) & 0xff);
          }
        }
        bytes = Uint8Array.from(out);
      }
      try {
        return new TextDecoder(charset).decode(bytes);
      } catch {
        return new TextDecoder('utf-8').decode(bytes);
      }
    },
  );
  return decoded;
}

/**
 * The subject of the mail that carries the diff: the nearest `Subject:`
 * header above it, else (saved web threads have no headers) the nearest
 * `[PATCH ...]` title line above it.
 */
function findSubject(lines: readonly string[], start: number): string | undefined {
  for (let i = start - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    const header = /^Subject:\s*(.*)$/i.exec(line);
    if (header) {
      let subject = header[1] ?? '';
      for (let j = i + 1; j < start && /^[ \t]/.test(lines[j] ?? ''); j++) subject += ' ' + (lines[j] ?? '').trim();
      return decodeEncodedWords(subject.trim());
    }
  }
  for (let i = start - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (/^\[[^\]]*PATCH[^\]]*\]\s*\S/.test(line)) return line.trim();
  }
  return undefined;
}

function stripPrefix(name: string | undefined, prefix: 'a/' | 'b/'): string | null {
  if (name === undefined || name === '/dev/null') return null;
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

interface Scan {
  block: string[];
  /** For each block line, its 1-based line in the source. */
  origin: number[];
  files: { line: number; hunkHeaders: string[]; hunkLines: number[] }[];
  end: number;
}

/**
 * Walks the diff from its first line, following hunk line counts so that the
 * end is found exactly (a signature, the next mail or prose ends it) and a
 * truncated or overlong hunk is reported at its own line.
 */
function scanDiff(lines: readonly string[], start: number, source: string): Scan {
  const block: string[] = [];
  const origin: number[] = [];
  const files: Scan['files'] = [];
  const take = (i: number, text?: string) => {
    block.push(text ?? lines[i] ?? '');
    origin.push(i + 1);
  };
  let i = start;
  while (isFileDiffStart(lines, i)) {
    const file = { line: i + 1, hunkHeaders: [] as string[], hunkLines: [] as number[] };
    files.push(file);
    const first = lines[i] ?? '';
    if (first.startsWith('diff ') || first.startsWith('Index: ')) {
      take(i++);
      while (i < lines.length && !isFileHeaderPair(lines, i) && !(lines[i] ?? '').startsWith('@@')) {
        const line = lines[i] ?? '';
        if (!(GIT_EXTENDED_HEADER.test(line) || /^=+$/.test(line) || /^diff /.test(line))) break;
        if (line.startsWith('diff --git ')) break;
        take(i++);
      }
    }
    if (isFileHeaderPair(lines, i)) {
      take(i++);
      take(i++);
    }
    while ((lines[i] ?? '').startsWith('@@')) {
      const header = lines[i] ?? '';
      const m = HUNK_HEADER.exec(header);
      if (!m) {
        throw new PatchError(`corrupt hunk header '${header}' (expected '@@ -OLD[,N] +NEW[,N] @@')`, {
          source,
          line: i + 1,
        });
      }
      const hunkNo = file.hunkHeaders.length + 1;
      file.hunkHeaders.push(header);
      file.hunkLines.push(i + 1);
      const headerLine = i + 1;
      let oldLeft = m[2] === undefined ? 1 : Number(m[2]);
      let newLeft = m[4] === undefined ? 1 : Number(m[4]);
      const counts = `${oldLeft} old and ${newLeft} new lines`;
      take(i++);
      while (oldLeft > 0 || newLeft > 0) {
        if (i >= lines.length) {
          throw new PatchError(
            `hunk #${hunkNo} (${header}) is truncated: its header promises ${counts}, ` +
              `but the input ends with ${oldLeft} old and ${newLeft} new lines missing`,
            { source, line: headerLine },
          );
        }
        const raw = lines[i] ?? '';
        // Web archives and some mailers strip the lone space of an empty context line.
        const line = raw === '' ? ' ' : raw;
        const op = line[0];
        const short = () => {
          const valid = op === ' ' || op === '-' || op === '+';
          const what = valid
            ? `line ${i + 1} '${raw}' is one ${op === '+' ? 'added' : op === '-' ? 'removed' : 'context'} line too many`
            : `the hunk is cut short at line ${i + 1} '${raw}'`;
          return new PatchError(
            `hunk #${hunkNo} (${header}) does not match its line counts: its header promises ${counts}; ` +
              `${what} (still expecting ${oldLeft} old and ${newLeft} new lines)`,
            { source, line: i + 1 },
          );
        };
        if (op === ' ') {
          if (oldLeft === 0 || newLeft === 0) throw short();
          oldLeft--;
          newLeft--;
        } else if (op === '-') {
          if (oldLeft === 0) throw short();
          oldLeft--;
        } else if (op === '+') {
          if (newLeft === 0) throw short();
          newLeft--;
        } else if (op !== '\\') {
          throw short();
        }
        take(i++, line);
      }
      while ((lines[i] ?? '').startsWith('\\')) take(i++);
      const next = lines[i];
      if (
        next !== undefined &&
        /^[-+ ]/.test(next) &&
        !isSignature(next) &&
        !isFileHeaderPair(lines, i) &&
        next.trim() !== ''
      ) {
        throw new PatchError(
          `hunk #${hunkNo} (${header}) has more lines than its header says (${counts}); ` +
            `line ${i + 1} '${next}' still looks like part of it`,
          { source, line: i + 1 },
        );
      }
    }
  }
  return { block, origin, files, end: i };
}

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const joined = body.replace(/=\n/g, '');
  for (let k = 0; k < joined.length; k++) {
    const hex = joined.slice(k + 1, k + 3);
    if (joined[k] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      k += 2;
    } else {
      bytes.push(...Buffer.from(joined[k] ?? '', 'utf8'));
    }
  }
  return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
}

/**
 * Mails sent by some clients carry the patch quoted-printable (`=3D` for
 * `=`, `=` at a line end for a soft break), which would not apply. If the
 * mail holding the diff says so in its headers, returns the text with that
 * mail's body decoded; else undefined.
 */
function decodeQuotedPrintableMail(lines: readonly string[], start: number): string[] | undefined {
  let mailStart = 0;
  for (let i = start; i >= 0; i--) {
    if (/^From \S+ /.test(lines[i] ?? '')) {
      mailStart = i;
      break;
    }
  }
  let bodyStart = -1;
  let qp = false;
  for (let i = mailStart; i < start; i++) {
    const line = lines[i] ?? '';
    if (/^Content-Transfer-Encoding:\s*quoted-printable\s*$/i.test(line)) qp = true;
    if (line === '') {
      bodyStart = i + 1;
      break;
    }
  }
  if (!qp || bodyStart < 0) return undefined;
  let mailEnd = lines.length;
  for (let i = start; i < lines.length; i++) {
    if (/^From \S+ /.test(lines[i] ?? '')) {
      mailEnd = i;
      break;
    }
  }
  const body = decodeQuotedPrintable(lines.slice(bodyStart, mailEnd).join('\n')).split('\n');
  return [...lines.slice(0, bodyStart), ...body, ...lines.slice(mailEnd)];
}

/**
 * Finds the first diff in `text` (a plain unified diff, a `git format-patch`
 * mail, an mbox of several mails or a saved web mail thread) and parses it.
 * Quoted lines (`>`) are never part of it; a signature, the next mail or any
 * prose after the last hunk ends it. Throws PatchError (exit status 2).
 */
export function extractPatch(text: string, source: string): ExtractedPatch {
  let lines = text.replace(/\r\n/g, '\n').split('\n');
  let start = findDiffStart(lines, 0, false);
  const notes: string[] = [];
  const decoded = start < 0 ? undefined : decodeQuotedPrintableMail(lines, start);
  if (decoded) {
    lines = decoded;
    start = findDiffStart(lines, 0, false);
    notes.push(`${source}: the mail is quoted-printable; decoded it, so line numbers refer to the decoded text`);
  }
  if (start < 0) {
    const quoted = findDiffStart(lines, 0, true);
    const notes =
      quoted >= 0
        ? [
            `line ${quoted + 1} has a diff quoted with '>' (a reply quoting the patch); ` +
              'quoted diffs are ignored: use the original mail',
          ]
        : ['expected a unified diff: a "diff --git" line or a "--- a/..." / "+++ b/..." pair followed by "@@" hunks'];
    throw new PatchError(text.trim() === '' ? 'empty patch: no diff found' : 'no diff found', { source, notes });
  }

  const scan = scanDiff(lines, start, source);
  const hunkCount = scan.files.reduce((n, f) => n + f.hunkHeaders.length, 0);
  if (hunkCount === 0) {
    throw new PatchError('empty patch: the diff has no hunks (nothing to apply)', { source, line: start + 1 });
  }

  const diffText = scan.block.join('\n') + '\n';
  let structured: StructuredPatch[];
  try {
    structured = parsePatch(diffText);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // jsdiff counts lines within the block; translate to the source's lines.
    const m = /line (\d+)/.exec(message);
    const blockLine = m ? Number(m[1]) : undefined;
    const line = blockLine === undefined ? start + 1 : scan.origin[blockLine - 1];
    throw new PatchError(`cannot parse diff: ${message}`, { source, line });
  }
  const parsed = structured.filter((p) => p.hunks.length > 0 || p.oldFileName !== undefined);
  if (parsed.length !== scan.files.length) {
    throw new PatchError(
      `cannot parse diff: found ${scan.files.length} file diffs but jsdiff read ${parsed.length}`,
      { source, line: start + 1 },
    );
  }

  const files: FileDiff[] = parsed.map((p, k) => {
    const info = scan.files[k]!;
    return {
      oldPath: stripPrefix(p.oldFileName, 'a/'),
      newPath: stripPrefix(p.newFileName, 'b/'),
      structured: p,
      line: info.line,
      hunkHeaders: info.hunkHeaders,
      hunkLines: info.hunkLines,
    };
  });

  const further: number[] = [];
  for (let at = findDiffStart(lines, scan.end, false); at >= 0; ) {
    further.push(at + 1);
    // A later diff may be broken (it is not ours to judge); skip past its start.
    let next = at + 1;
    try {
      next = Math.max(next, scanDiff(lines, at, source).end);
    } catch {
      // keep next
    }
    at = findDiffStart(lines, next, false);
  }
  if (further.length > 0) {
    notes.push(
      `${source} holds ${further.length} more diff${further.length === 1 ? '' : 's'} ` +
        `(from line ${further[0]}); only the first, at lines ${start + 1}-${scan.end}, is used`,
    );
  }

  const subject = findSubject(lines, start);
  return {
    source,
    ...(subject === undefined ? {} : { subject }),
    files,
    startLine: start + 1,
    endLine: scan.end,
    text: diffText,
    notes,
  };
}
