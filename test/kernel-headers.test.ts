// An external module built against Debian's kernel headers package, the
// way most out-of-tree modules are built: `make -C
// /usr/src/linux-headers-<release>-amd64 M=$PWD` (what
// /lib/modules/<release>/build points to). That directory is a packaged
// tree: its Makefile includes the -common package's top level, and its
// scripts/ and tools/ link to /usr/lib/linux-kbuild-<version>
// (src/kbuild/tree/tree-roots.ts). GNU make's own dry run, at test time, is
// the truth: every object's command must be the one make prints, with the
// compiler model and with the probes run for real.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runKflags } from './helpers/cli.js';

const root = path.resolve(import.meta.dirname, '..');

/** The installed headers packages (linux-headers-<release>-amd64 whose Makefile includes a -common top level). */
function headersTrees(): string[] {
  if (!existsSync('/usr/src')) return [];
  return readdirSync('/usr/src')
    .filter((d) => /^linux-headers-.*-amd64$/.test(d))
    .map((d) => path.join('/usr/src', d))
    .filter((d) => /^include \/usr\/src\/linux-headers-.*-common\/Makefile$/m.test(readFileSync(path.join(d, 'Makefile'), 'utf8')));
}

const trees = headersTrees();
if (trees.length === 0 && process.env.CI) throw new Error('no /usr/src/linux-headers-*-amd64: .ci/run installs linux-headers-amd64');
const haveGcc = spawnSync('gcc-12', ['--version']).status === 0;

describe.skipIf(trees.length === 0)('an external module against Debian\'s linux-headers package, as make -C HEADERS M=DIR -n prints it', () => {
  for (const headers of trees) {
    it(path.basename(headers), async () => {
      // The module is copied: make's dry run still makes its object directories ($(shell mkdir -p ...)).
      const mod = path.join(mkdtempSync(path.join(tmpdir(), 'kflags-headers-')), 'hello');
      cpSync(path.join(root, 'test/fixtures/extmod/hello'), mod, { recursive: true });
      const dry = spawnSync('make', ['-C', headers, `M=${mod}`, '-n'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, maxBuffer: 1 << 28 });
      // (Status 2: a dry run never makes modules.order, which modpost needs.)
      expect(dry.stdout).toContain(`${mod}/main.c`);
      const dryFile = path.join(path.dirname(mod), 'dry-run.txt');
      writeFileSync(dryFile, dry.stdout);
      const common = readFileSync(path.join(headers, 'Makefile'), 'utf8').match(/^include (\S+)\/Makefile$/m)![1];
      const gz = execFileSync('node', [path.join(root, 'scripts/kernel-truth/dry-run.mjs'), dryFile, common, headers, 'headers'], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
      const recorded = new Map(
        (JSON.parse(gunzipSync(gz).toString('utf8')) as { objects: { object: string; command: string }[] }).objects.map((o) => [o.object, o.command.trimEnd()]),
      );
      expect([...recorded.keys()].sort()).toEqual(['debugfs.o', 'entry.o', 'hello_extra.o', 'lib/ring.o', 'main.o'].map((o) => `${mod}/${o}`));
      for (const allowShell of haveGcc ? [false, true] : [false]) {
        const r = await runKflags(['flags', '--tree', headers, `M=${mod}`, '--json', ...(allowShell ? ['--allow-shell'] : [])], root);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stderr).toBe('');
        const doc = JSON.parse(r.stdout);
        // The source tree is the -common package's (make's abs_srctree); the build directory the headers'.
        expect(doc.srctree).toBe(common);
        expect(doc.objtree).toBe(headers);
        expect(doc.probes.filter((p: { source: string }) => p.source === 'unknown')).toEqual([]);
        const mine = new Map(doc.objects.map((o: { object: string; savedCommand: string }) => [o.object, o.savedCommand.split(common).join('@SRCTREE@').trimEnd()]));
        expect([...mine.keys()].sort()).toEqual([...recorded.keys()].sort());
        for (const [o, command] of recorded) expect(mine.get(o), `${o}${allowShell ? ' (--allow-shell)' : ''}`).toBe(command);
      }
    }, 120_000);
  }
});
