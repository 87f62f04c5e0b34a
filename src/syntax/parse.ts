// The parse wrapper: the only code that calls the generated parser. It feeds
// the builtin function table to the grammar and caches parsed expansions
// (a recursive variable is expanded many times; it is parsed once).
import { parse as peggyParse } from './generated/parser.js';
import type { ExpansionAst, LineAst, Lines, Location, LogicalLine, MakefileAst } from './ast.js';
import { LogicalLineIndex, splitLogicalLines } from './logical-lines.js';
import { fastExpansion, fastLine } from './fast.js';

export type { ExpansionAst, LineAst, MakefileAst } from './ast.js';

let functionArity: Map<string, number> = new Map();

/** The fast path ahead of the grammar (src/syntax/fast.ts); off only to compare against the grammar alone. */
let fastPath = true;
export function setFastPath(on: boolean): void {
  fastPath = on;
  clearParseCaches();
}

/** The evaluator registers its function table here: name -> maximum arguments (0: no limit). */
export function registerFunctions(table: Map<string, number>): void {
  functionArity = table;
  clearParseCaches(); // an assignment's value is parsed with the line
}

/** Forget every parsed form (the benchmark measures parsing, not the caches). */
export function clearParseCaches(): void {
  expansionCache.clear();
  lineCache.clear();
  fileCache.clear();
  fileCacheChars = 0;
  batchCache.clear();
  batchCacheChars = 0;
}

// Parsed forms per file content, within a process: a file read many times
// (tree mode reads scripts/Kbuild.include for every directory; a diff reads
// the fragments once per side) is split and classified once. The lines are
// shared between the reads: what the evaluator keeps on them (`folded`,
// `classified`) depends only on their text. Bounded by the text kept; a text
// over 1 M characters (a generated makefile, read once) is not kept.
const FILE_CACHE_CHARS = 64 << 20;
const FILE_CACHE_MAX_TEXT = 1 << 20;
const fileCache = new Map<string, { lines: MakefileAst['lines']; finalNewline?: boolean }>();
let fileCacheMaxText = FILE_CACHE_MAX_TEXT;
/** For tests: the longest text parseMakefile keeps (0: every file is read once, as a large one is). */
export function setFileCacheMaxText(chars: number = FILE_CACHE_MAX_TEXT): void {
  fileCacheMaxText = chars;
  clearParseCaches();
}
let fileCacheChars = 0;
/** Classified batches of lines (classifyLines), keyed by their texts joined. */
const batchCache = new Map<string, (LineAst | undefined)[]>();
let batchCacheChars = 0;

/** Split a makefile into logical lines. */
export function parseMakefile(text: string, file: string): MakefileAst {
  const hit = fileCache.get(text);
  if (hit !== undefined) return { type: 'Makefile', file, lines: hit.lines, finalNewline: hit.finalNewline };
  const ast = splitLogicalLines(text, file);
  if (text.length <= fileCacheMaxText) {
    if (fileCacheChars + text.length > FILE_CACHE_CHARS) {
      fileCache.clear();
      fileCacheChars = 0;
    }
    fileCache.set(text, { lines: ast.lines, finalNewline: ast.finalNewline });
    fileCacheChars += text.length;
  }
  return ast;
}

/**
 * The logical lines of a makefile, as the evaluator reads them: those of
 * parseMakefile() for a text it keeps (`shared` by every read of the text:
 * what the evaluator stores on them is kept for the next read), else (a
 * large file, read once) an index that makes each line when asked.
 */
export function makefileLines(
  text: string,
  file: string,
): { shared: true; lines: LogicalLine[]; finalNewline: boolean } | { shared: false; lines: Lines; finalNewline: boolean } {
  if (text.length <= fileCacheMaxText || fileCache.has(text)) {
    const ast = parseMakefile(text, file);
    return { shared: true, lines: ast.lines, finalNewline: ast.finalNewline ?? true };
  }
  const index = new LogicalLineIndex(text);
  return { shared: false, lines: index, finalNewline: index.finalNewline };
}

const lineCache = new Map<string, LineAst>();

/**
 * Classify one line for the evaluator, which knows the line's location
 * itself: the cached tree is returned as is (its location is the first
 * place the text was seen).
 */
export function classifyLine(text: string, location: Location): LineAst {
  return lineCache.get(text) ?? parseLine(text, location);
}

/** Classify one folded, comment-free logical line. */
export function parseLine(text: string, location: Location): LineAst {
  const cached = lineCache.get(text);
  if (cached !== undefined) return relocate(cached, location);
  const ast =
    (fastPath ? fastLine(text, { file: location.file, line: location.line, column: 1 }, functionArity) : undefined) ??
    (peggyParse(text, { startRule: 'Line', file: location.file, line: location.line, functions: functionArity }) as LineAst);
  if (lineCache.size > 200_000) lineCache.clear();
  lineCache.set(text, ast);
  return relocate(ast, location);
}

/**
 * Classify many lines in one parse (a parse has a fixed cost; a file has
 * many lines), in the order given. Lines holding a newline (folded lines
 * never do) are left undefined, and so is every line of a batch that does
 * not parse: parseLine() then reports the error with its own location.
 * The trees have no location (their callers know it). `keep`: false for
 * lines read once (nothing would find them again).
 */
export function classifyLines(texts: string[], keep = true): (LineAst | undefined)[] {
  if (!keep) return classifyBatch(texts);
  // A batch seen before (the same file read again): the same trees. Texts
  // holding a newline would make the key ambiguous: such batches are not kept.
  let chars = texts.length;
  for (const t of texts) chars += t.length;
  const key = chars > FILE_CACHE_MAX_TEXT || texts.some((t) => t.includes('\n')) ? undefined : texts.join('\n');
  const hit = key === undefined ? undefined : batchCache.get(key);
  if (hit !== undefined) return hit.slice();
  const out = classifyBatch(texts);
  if (key !== undefined) {
    if (batchCacheChars + key.length > FILE_CACHE_CHARS) {
      batchCache.clear();
      batchCacheChars = 0;
    }
    batchCache.set(key, out.slice());
    batchCacheChars += key.length;
  }
  return out;
}

function classifyBatch(texts: string[]): (LineAst | undefined)[] {
  const out: (LineAst | undefined)[] = new Array(texts.length);
  const batch: string[] = [];
  const where: number[] = [];
  texts.forEach((t, k) => {
    const fast = fastPath ? fastLine(t, null, functionArity) : undefined;
    if (fast !== undefined) out[k] = fast;
    else if (!t.includes('\n')) {
      batch.push(t);
      where.push(k);
    }
  });
  if (batch.length === 0) return out;
  let asts: LineAst[];
  try {
    asts = peggyParse(batch.join('\n'), { startRule: 'LineBatch', file: '', noLocation: true, functions: functionArity }) as unknown as LineAst[];
  } catch {
    return out;
  }
  where.forEach((k, b) => (out[k] = asts[b]));
  return out;
}

/** The texts nested in parsed parts that are parsed when expanded: arguments of calls, computed names. */
export function nestedTexts(parts: ExpansionAst, into: string[]): void {
  for (const part of parts) {
    if (typeof part === 'string') continue;
    if (part.type === 'Call') for (const a of part.args) into.push(a.text);
    else if (part.type === 'Reference' && part.name === null) into.push(part.text);
  }
}

/**
 * Parse many expansions in one parse, and then the texts nested in them
 * (arguments of calls, computed names), round by round.
 */
export function preparseExpansions(texts: string[]): void {
  let todo = texts;
  for (let round = 0; round < 20; round++) {
    const next: string[] = [];
    const slow = new Set<string>();
    for (const t of todo) {
      if (!t.includes('$') || t.includes('\n') || expansionCache.has(t)) continue;
      const fast = fastPath ? fastExpansion(t, 0, functionArity) : undefined;
      if (fast === undefined) slow.add(t);
      else {
        if (expansionCache.size > 400_000) expansionCache.clear();
        expansionCache.set(t, fast);
        nestedTexts(fast, next);
      }
    }
    const unique = [...slow];
    if (unique.length === 0) {
      if (next.length === 0) return;
      todo = next;
      continue;
    }
    let asts: ExpansionAst[];
    try {
      asts = peggyParse(unique.join('\n'), { startRule: 'ExpansionBatch', batch: true, functions: functionArity }) as unknown as ExpansionAst[];
    } catch {
      return;
    }
    if (expansionCache.size + unique.length > 400_000) expansionCache.clear();
    unique.forEach((t, i) => {
      expansionCache.set(t, asts[i]);
      nestedTexts(asts[i], next);
    });
    todo = next;
  }
}

function relocate(ast: LineAst, location: Location): LineAst {
  if (ast.location.file === location.file && ast.location.line === location.line) return ast;
  return { ...ast, location: { ...ast.location, file: location.file, line: location.line } } as LineAst;
}

const expansionCache = new Map<string, ExpansionAst>();

/**
 * Parse text containing references. Locations inside are relative; callers
 * attach their own. `keep`: false when the caller keeps the tree itself (a
 * call's argument, on its call): a tree found in the cache is still used.
 */
export function parseExpansion(text: string, keep = true): ExpansionAst {
  let ast = expansionCache.get(text);
  if (ast === undefined) {
    ast =
      (fastPath ? fastExpansion(text, 0, functionArity) : undefined) ??
      (peggyParse(text, { startRule: 'Expansion', functions: functionArity }) as ExpansionAst);
    if (!keep) return ast;
    if (expansionCache.size > 400_000) expansionCache.clear();
    expansionCache.set(text, ast);
  }
  return ast;
}
