// npm run build's last step: the CLI as one CommonJS file, dist/cli/kflags.cjs
// (rolldown, from dist/cli/process.js; commander, diff and picocolors
// included), and a V8 code cache for it, dist/cli/kflags.cjs.cache, made after
// running a few typical commands in this process (eval of a generated
// Kbuild-like makefile, the purgatory flags and diff, --help) so that the
// functions they compiled are in it. bin/load.mjs loads both. Start-up is
// what this buys (issue 8): `bench/run.mjs` measures it.
import { rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { BUNDLE, CODE_CACHE, loadBundle } = await import('../bin/load.mjs');
rmSync(BUNDLE, { force: true });
rmSync(CODE_CACHE, { force: true });

let rolldown;
try {
  ({ rolldown } = await import('rolldown'));
} catch {
  console.error('scripts/bundle.mjs: rolldown is not installed: no bundle, kflags starts from dist/cli/main.js');
  process.exit(0);
}
const build = await rolldown({ input: join(root, 'dist/cli/process.js'), platform: 'node', logLevel: 'warn' });
await build.write({ file: BUNDLE, format: 'cjs', codeSplitting: false });
await build.close();

// Train: the commands run here compile what they use; the cache keeps it.
const bundle = loadBundle();
const { generate, PRINT } = await import('../bench/generate.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'kflags-bundle-'));
writeFileSync(join(scratch, 'train.mk'), generate(3000));
const io = { stdout: () => {}, stderr: () => {}, cwd: root, env: {}, isTTY: false };
const purgatory = join(root, 'examples/purgatory');
const runs = [
  ['--help'],
  ['eval', join(scratch, 'train.mk'), ...PRINT.flatMap((n) => ['--print', n])],
  ['flags', purgatory, '--obj', 'arch/x86/purgatory', '--profile', 'clang-thinlto'],
  ['diff', '--patch', join(purgatory, 'remove-lto-flags.patch'), purgatory, '--profile', 'clang-thinlto-profile'],
];
for (const argv of runs) await bundle.exports.run(argv, io);
rmSync(scratch, { recursive: true, force: true });
writeFileSync(CODE_CACHE, Buffer.concat([bundle.digest, bundle.script.createCachedData()]));
