import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseLine, parseExpansion, parseMakefile } from '../src/syntax/parse.js';
import { registerFunctions } from '../src/syntax/parse.js';
import { FUNCTION_ARITY } from '../src/eval/functions/index.js';
import { lineSexpr, expansionSexpr, makefileSexpr } from './helpers/sexpr.js';
registerFunctions(FUNCTION_ARITY);
it('probe', () => {
  const inp = JSON.parse(readFileSync('/tmp/probe.json', 'utf8'));
  for (const l of inp.lines ?? []) { let r; try { r = lineSexpr(parseLine(l, { file: 'f', line: 1 })); } catch (e) { r = 'THROW ' + (e as Error).message; } console.log('L', JSON.stringify(l), '=>', r); }
  for (const l of inp.exp ?? []) { let r; try { r = expansionSexpr(parseExpansion(l)); } catch (e) { r = 'THROW ' + (e as Error).message; } console.log('E', JSON.stringify(l), '=>', r); }
  for (const l of inp.mk ?? []) { let r; try { r = makefileSexpr(parseMakefile(l, 'f')); } catch (e) { r = 'THROW ' + (e as Error).message; } console.log('M', JSON.stringify(l), '=>', r); }
});
