// `kflags flags --tree`: each object's real compile command, its compiler
// words, and the probes that shaped them.
import { kindLabel, palette, plural } from './common.js';
import type { TreeObject } from '../kbuild/tree/tree.js';

export const TREE_SCHEMA_VERSION = 1;

export interface TreeProbeReport {
  kind: string;
  tool: string | null;
  /** clang's --target= for a try-run that names one, or null. */
  target: string | null;
  /** With a target: the word size flag asked about when it is not the target's own (`-m32` with powerpc64le), or null. */
  wordSize: string | null;
  subject: string;
  accepted: boolean | null;
  output: string;
  status: number;
  /** model | ran | cached | unknown */
  source: string;
  command: string;
}

/** Each object as tree mode computed it (src/kbuild/tree/tree.ts). */
export type TreeObjectReport = TreeObject;

export interface TreeReport {
  srctree: string;
  objtree: string;
  release: string;
  config: string;
  dir: string;
  /** The compiler model (gcc-12) and whether probes ran for real. */
  compiler: string;
  allowShell: boolean;
  commandLine: string[];
  /** The Kbuild variables of the user's environment that make reads (environment.ts). */
  environment: Record<string, string>;
  /** The directory whose makefile lists the objects when `dir` has no Kbuild file of its own (its objects are those below it), else null. */
  builtBy: string | null;
  /** What Kconfig's olddefconfig changed in the .config before the build read it (null: it did not run). */
  kconfig: { changes: { symbol: string; from?: string; to?: string }[]; unknownShell: string[] } | null;
  objects: TreeObjectReport[];
  probes: TreeProbeReport[];
}

function probeLine(p: TreeProbeReport): string {
  const answer = p.accepted === null ? JSON.stringify(p.output.replace(/\n$/, '')) : p.accepted ? 'yes' : 'no';
  // One line per probe: a command from a recipe keeps its backslash-newlines and tabs.
  const what = (p.kind === 'command' ? p.subject : `${p.kind} ${p.tool ?? ''} ${p.target === null ? '' : `--target=${p.target}`} ${p.wordSize ?? ''} ${p.subject}`).replace(/\\\n/g, ' ').replace(/\s+/g, ' ').trim();
  return `${what}: ${answer} (${p.source})`;
}

export function renderTreeText(report: TreeReport, opts: { color: boolean; oneLine?: boolean; probes?: boolean }): string {
  const c = palette(opts.color);
  const out: string[] = [];
  out.push(`${c.bold('kflags flags')}  ${report.srctree}  ${report.dir}  (${report.release})`);
  out.push(
    `config ${report.config}  build ${report.objtree}  compiler ${report.compiler}${report.allowShell ? ' (probes run for real)' : ' (model)'}` +
      (report.commandLine.length > 0 ? `  ${report.commandLine.join(' ')}` : '') +
      (Object.keys(report.environment).length > 0 ? `  environment: ${Object.entries(report.environment).map(([n, v]) => `${n}=${v}`).join(' ')}` : ''),
  );
  if (report.builtBy !== null) out.push(`${report.dir} has no Kbuild file of its own: its objects are those that ${report.builtBy}'s makefile lists below it`);
  // An empty answer is a real one (obj-$(CONFIG_BTRFS_FS) with the option unset), said rather than left blank.
  if (report.objects.length === 0) out.push('', `no objects: with this configuration the build of ${report.dir} compiles nothing (its obj-y, obj-m and the like are empty)`);
  for (const o of report.objects) {
    out.push('');
    out.push(`${c.bold(o.object)} (${kindLabel(o.kind)}) from ${o.source}, ${plural(o.flags.length, 'flag')}`);
    out.push(`  ${c.dim('$')} ${o.savedCommand}`);
    if (!opts.oneLine) {
      const width = String(o.flags.length).length;
      o.flags.forEach((f, k) => out.push(`  ${c.dim(String(k + 1).padStart(width))}  ${f}`));
    }
  }
  out.push('');
  const bySource = new Map<string, number>();
  for (const p of report.probes) bySource.set(p.source, (bySource.get(p.source) ?? 0) + 1);
  const counts = [...bySource].map(([s, n]) => `${n} ${s}`).join(', ');
  out.push(`${c.bold('probes')}: ${report.probes.length}${counts ? ` (${counts})` : ''}`);
  const unknown = report.probes.filter((p) => p.source === 'unknown');
  for (const p of opts.probes ? report.probes : unknown) {
    const line = `  ${probeLine(p)}`;
    out.push(p.source === 'unknown' ? c.yellow(line) : line);
  }
  if (!opts.probes && unknown.length > 0) {
    out.push(c.yellow(`  ${plural(unknown.length, 'probe')} unknown to the model ${report.compiler}: answered as failed; --allow-shell runs them`));
    // arm64's stack protector offset: what only a build makes, no model can know.
    if (unknown.some((p) => p.command.includes('include/generated/'))) {
      out.push(c.yellow('  (one reads a file the build generates: run `make prepare` in the build directory first)'));
    }
  }
  if (!opts.probes) out.push(c.dim('  (--probes lists every probe with its answer)'));
  return out.join('\n') + '\n';
}

export function renderTreeJson(report: TreeReport): string {
  return (
    JSON.stringify(
      {
        schemaVersion: TREE_SCHEMA_VERSION,
        kind: 'kflags.tree',
        srctree: report.srctree,
        objtree: report.objtree,
        release: report.release,
        config: report.config,
        dir: report.dir,
        compiler: report.compiler,
        allowShell: report.allowShell,
        commandLine: report.commandLine,
        environment: report.environment,
        builtBy: report.builtBy,
        kconfig: report.kconfig,
        objects: report.objects,
        probes: report.probes,
      },
      null,
      2,
    ) + '\n'
  );
}
