// The parse wrapper: the only code that calls the generated parser. It feeds
// the builtin function table to the grammar and caches parsed expansions
// (a recursive variable is expanded many times; it is parsed once).
import { parse as peggyParse } from './generated/parser.js';
import type { ExpansionAst, LineAst, Location, MakefileAst } from './ast.js';

export type { ExpansionAst, LineAst, MakefileAst } from './ast.js';

let functionArity: Map<string, number> = new Map();

/** The evaluator registers its function table here: name -> maximum arguments (0: no limit). */
export function registerFunctions(table: Map<string, number>): void {
  functionArity = table;
  expansionCache.clear();
}

/** Split a makefile into logical lines. */
export function parseMakefile(text: string, file: string): MakefileAst {
  return peggyParse(text, { startRule: 'Makefile', file, functions: functionArity }) as MakefileAst;
}

const lineCache = new Map<string, LineAst>();

/** Classify one folded, comment-free logical line. */
export function parseLine(text: string, location: Location): LineAst {
  const cached = lineCache.get(text);
  if (cached !== undefined) return relocate(cached, location);
  const ast = peggyParse(text, { startRule: 'Line', file: location.file, line: location.line, functions: functionArity }) as LineAst;
  if (lineCache.size > 50_000) lineCache.clear();
  lineCache.set(text, ast);
  return relocate(ast, location);
}

function relocate(ast: LineAst, location: Location): LineAst {
  if (ast.location.file === location.file && ast.location.line === location.line) return ast;
  return { ...ast, location: { ...ast.location, file: location.file, line: location.line } } as LineAst;
}

const expansionCache = new Map<string, ExpansionAst>();

/** Parse text containing references. Locations inside are relative; callers attach their own. */
export function parseExpansion(text: string): ExpansionAst {
  let ast = expansionCache.get(text);
  if (ast === undefined) {
    ast = peggyParse(text, { startRule: 'Expansion', functions: functionArity }) as ExpansionAst;
    if (expansionCache.size > 200_000) expansionCache.clear();
    expansionCache.set(text, ast);
  }
  return ast;
}
