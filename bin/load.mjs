// How kflags starts. `npm run build` bundles the CLI into one CommonJS file,
// dist/cli/kflags.cjs, with a V8 code cache made by running it (dist/cli/kflags.cjs.cache,
// scripts/bundle.mjs): one file instead of ~50 ES modules to resolve and
// link, and functions deserialized instead of compiled. The cache is taken
// only for the text it was made from (its SHA-256 leads the file), and V8
// itself rejects one made by another V8 or with other flags (the bundle is
// then compiled as usual). Without the bundle, or with one older than the
// modules tsc wrote since, those modules.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

// Beside app.js, whose paths (package.json, the fragments) it keeps.
const dir = fileURLToPath(new URL('../dist/cli/', import.meta.url));
export const BUNDLE = join(dir, 'kflags.cjs');
export const CODE_CACHE = join(dir, 'kflags.cjs.cache');

/** The bundle compiled and run as a CommonJS module: its exports, the script (for its code cache) and its text's digest; undefined if there is none. */
export function loadBundle() {
  // A bundle older than the modules it is made from (tsc run since, not npm run build) is not used.
  const bundled = statSync(BUNDLE, { throwIfNoEntry: false });
  const made = statSync(join(dir, 'process.js'), { throwIfNoEntry: false });
  if (bundled === undefined || (made !== undefined && made.mtimeMs > bundled.mtimeMs)) return undefined;
  let source;
  try {
    source = readFileSync(BUNDLE, 'utf8');
  } catch {
    return undefined;
  }
  const digest = createHash('sha256').update(source).digest();
  let cachedData;
  try {
    const cache = readFileSync(CODE_CACHE);
    if (cache.length > digest.length && digest.equals(cache.subarray(0, digest.length))) cachedData = cache.subarray(digest.length);
  } catch {
    // No cache: compiled as usual.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dir);
  return { exports: module.exports, script, digest, cacheRejected: cachedData === undefined ? undefined : script.cachedDataRejected };
}

export async function start() {
  const bundle = loadBundle();
  if (bundle === undefined) await import('../dist/cli/main.js');
  else await bundle.exports.main();
}
