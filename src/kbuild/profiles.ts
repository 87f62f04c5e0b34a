// Bundled profiles: what the top-level Makefile and arch/x86/Makefile hand
// to a subdirectory, as makefile fragments evaluated by kflags' own engine.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KflagsError } from '../errors.js';

/** The profile used when none is given. */
export const DEFAULT_PROFILE = 'clang-thinlto';

/** src/kbuild/fragments, found from src/ (tests) or dist/ (the built CLI). */
export function fragmentsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, 'fragments'), path.join(here, '../../src/kbuild/fragments')]) {
    if (fs.existsSync(path.join(candidate, 'object-flags.mk'))) return candidate;
  }
  throw new Error('kflags: cannot find the bundled Kbuild fragments (src/kbuild/fragments)');
}

export function profileNames(): string[] {
  return fs
    .readdirSync(path.join(fragmentsDir(), 'profiles'))
    .filter((f) => f.endsWith('.mk'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function profilePath(name: string): string {
  const names = profileNames();
  if (!names.includes(name)) {
    throw new KflagsError(`unknown profile '${name}'; the bundled profiles are: ${names.join(', ')}`);
  }
  return path.join(fragmentsDir(), 'profiles', `${name}.mk`);
}

/** The fragments read after the base (profile or --base): the top level, then a directory's prologue. */
export function baseFragments(): string[] {
  const dir = fragmentsDir();
  return [path.join(dir, 'toplevel.mk'), path.join(dir, 'subdir-prologue.mk')];
}

export function objectRulesFragment(): string {
  return path.join(fragmentsDir(), 'object-flags.mk');
}
