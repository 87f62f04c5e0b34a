// The bundled compiler models (src/kbuild/compilers/<id>.json), recorded
// from Debian 12's toolchains by scripts/compiler-model/record.mjs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MakeError } from '../../eval/errors.js';
import type { CompilerModelData } from './probes.js';
import { buildVariable } from './environment.js';

export { addToModel } from './probes.js';

/** src/kbuild/compilers, found from src/ (tests), dist/ (the built CLI) or dist/cli/kflags.cjs (the CLI bundled). */
function compilersDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, '../compilers'), path.join(here, '../../../src/kbuild/compilers'), path.join(here, '../../src/kbuild/compilers')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error('kflags: cannot find the bundled compiler models (src/kbuild/compilers)');
}

export function compilerModelIds(): string[] {
  return fs
    .readdirSync(compilersDir())
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function loadCompilerModel(id: string): CompilerModelData {
  const ids = compilerModelIds();
  if (!ids.includes(id)) throw new MakeError(`kflags: no compiler model '${id}' (bundled: ${ids.join(', ')})`);
  return JSON.parse(fs.readFileSync(path.join(compilersDir(), `${id}.json`), 'utf8')) as CompilerModelData;
}

/**
 * `gcc (Debian 12.2.0-14) 12.2.0` -> gcc-12; `Debian clang version 14.0.6` -> clang-14. gcc names
 * itself as it was run: `gcc-12 (...)`, `aarch64-linux-gnu-gcc (...)` (a cross compiler, CROSS_COMPILE=).
 */
export function modelIdFromVersion(versionLine: string): string {
  const clang = /clang version (\d+)/.exec(versionLine);
  if (clang) return `clang-${clang[1]}`;
  const gcc = /^(?:\S*-)?gcc(?:-\d+)?\s.*\s(\d+)\.\d+\.\d+\s*$/.exec(versionLine.trim());
  if (gcc) return `gcc-${gcc[1]}`;
  throw new Error(`kflags: cannot tell the compiler from '${versionLine}'`);
}

/** The model for a build's command line: LLVM=1 or CC=clang... means clang, otherwise gcc. */
export function defaultCompilerModelId(commandLine: readonly string[], environment: Readonly<Record<string, string>> = {}): string {
  const llvm = buildVariable('LLVM', commandLine, environment);
  // The top level's `CC = ...` overrides an environment's CC: only the command line's counts.
  const cc = buildVariable('CC', commandLine);
  // The top level's `ifneq ($(LLVM),)`: any value, LLVM=0 too (Documentation/kbuild/llvm.rst), means the LLVM tools.
  const family = (llvm !== undefined && llvm !== '') || (cc !== undefined && /clang/.test(cc)) ? 'clang' : 'gcc';
  const ids = compilerModelIds().filter((id) => id.startsWith(`${family}-`));
  if (ids.length === 0) throw new MakeError(`kflags: no bundled ${family} model; give --compiler or --allow-shell`);
  return ids[ids.length - 1];
}
