// What a build directory holds after `make prepare`, as far as make reads
// it while evaluating: made in memory from the .config, never written.
// - include/config/auto.conf: kconfig's copy of the .config that makefiles
//   include (the CONFIG_ lines; options not set are absent);
// - include/config/auto.conf.cmd: kconfig's dependency list (empty here: its
//   only use is to re-run syncconfig, which kflags never does);
// - include/config/kernel.release: what scripts/setlocalversion prints for
//   a tree outside git: the version and CONFIG_LOCALVERSION.
import * as path from 'node:path';
import { parseConfig, type ConfigEntry } from '../config.js';
import { buildVariable } from './environment.js';

export interface BuildFiles {
  /** Absolute path -> text. */
  files: Map<string, string>;
  release: string;
  /** The tree's version (the top Makefile's VERSION.PATCHLEVEL.SUBLEVEL EXTRAVERSION). */
  version: string;
  entries: ConfigEntry[];
  /** Lines of the .config that are not Kconfig's (conf drops them, with a warning). */
  unexpected: { line: number; text: string }[];
}

export function kernelVersion(topMakefile: string): string {
  const field = (name: string) => new RegExp(`^${name}\\s*=[ \\t]*(.*)$`, 'm').exec(topMakefile)?.[1].trim() ?? '';
  const [version, patchlevel, sublevel, extra] = ['VERSION', 'PATCHLEVEL', 'SUBLEVEL', 'EXTRAVERSION'].map(field);
  return `${version}${patchlevel !== '' ? `.${patchlevel}${sublevel !== '' ? `.${sublevel}` : ''}` : ''}${extra}`;
}

export function buildFiles(options: { objtree: string; config: string; configFile: string; topMakefile: string; localVersion?: string; autoConf?: string }): BuildFiles {
  const unexpected: BuildFiles['unexpected'] = [];
  const entries = parseConfig(options.config, options.configFile, (line, text) => void unexpected.push({ line, text }));
  const version = kernelVersion(options.topMakefile);
  // Since v5.18 kconfig writes string values without their quotes
  // (CONFIG_CC_IMPLICIT_FALLTHROUGH=-Wimplicit-fallthrough=5); before, as in .config.
  const [major, minor] = version.split('.').map((n) => parseInt(n, 10));
  const unquoted = major > 5 || (major === 5 && minor >= 18);
  const lines = options.config.split('\n');
  const autoConf =
    options.autoConf ??
    '#\n# Automatically generated file; DO NOT EDIT.\n# (synthesised by kflags from ' +
    options.configFile +
    ')\n#\n' +
    entries
      .filter((e) => e.value !== undefined)
      .map((e) => (unquoted ? `${e.name}=${e.value}\n` : lines[e.line - 1].replace(/\r$/, '') + '\n'))
      .join('');
  const localVersion = entries.find((e) => e.name === 'CONFIG_LOCALVERSION')?.value ?? '';
  const release = version + localVersion + (options.localVersion ?? '');
  const at = (rel: string) => path.join(options.objtree, rel);
  const files = new Map<string, string>([
    [at('include/config/auto.conf'), autoConf],
    [at('include/config/auto.conf.cmd'), '# synthesised by kflags: no dependencies, syncconfig is never run\n'],
    [at('include/config/kernel.release'), release + '\n'],
  ]);
  if (path.resolve(options.configFile) !== at('.config')) files.set(at('.config'), options.config);
  return { files, release, version, entries, unexpected };
}

/**
 * The external module a build names, without trailing slashes: M=DIR on the
 * command line, else KBUILD_EXTMOD (command line, then environment), as the
 * top level's `ifeq ("$(origin M)", "command line")` decides.
 */
export function externalModuleDir(commandLine: readonly string[], environment: Readonly<Record<string, string>> = {}): string | undefined {
  const dir = buildVariable('M', commandLine) ?? buildVariable('KBUILD_EXTMOD', commandLine, environment);
  return dir === undefined || dir === '' ? undefined : dir.replace(/(.)\/+$/, '$1');
}
