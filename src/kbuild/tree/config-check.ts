// Whether make would build with the .config as given.
//
// A build first brings the configuration up to date with Kconfig
// (`syncconfig`): when include/config/auto.conf is older than the .config
// (always, for a .config kflags is given), and when what Kconfig read from
// the environment changed since (auto.conf.cmd: the compiler above all).
// syncconfig gives every option the .config does not set its default,
// drops options this version does not know, and sets the options that
// describe the compiler (CC_IS_GCC, CLANG_VERSION, ...). A .config that
// Kconfig wrote for this tree, this ARCH and this compiler is what
// syncconfig keeps as it is, unless it is the build directory's own and
// changed since auto.conf was written; for anything else kflags runs its
// Kconfig first (tree.ts), or says why it could not, so that no answer is
// silently that of another configuration.
import type { ConfigEntry } from '../config.js';

export interface BuildFacts {
  /** The tree's version as Kconfig writes it in the header: 6.12.118. */
  version: string;
  /** $(SRCARCH): x86, arm64. */
  srcarch: string;
  /** The build's $(CC_VERSION_TEXT) (the first line of `$(CC) --version`); undefined when unknown. */
  ccVersionText: string | undefined;
  /** $(LD): the linker Kconfig asks (CONFIG_LD_IS_LLD or CONFIG_LD_IS_BFD). */
  ld: string;
  /**
   * For the build directory's own .config (O=DIR/.config), where
   * include/config/auto.conf is missing or older than it (a config step
   * without a build since, or an edit such as `scripts/config -e FOO`):
   * make's rule for auto.conf runs syncconfig then.
   */
  autoConfStale?: 'missing' | 'older';
  /** Lines that are not Kconfig's: conf drops each with a warning ("unexpected data"). */
  unexpectedLines?: { line: number; text: string }[];
}

const GENERATED = '# Automatically generated file; DO NOT EDIT.';
const HEADER = /^# Linux\/(\S+) (\S+) Kernel Configuration$/;

/** What makes syncconfig change the .config, one sentence each (none: make would take it as given). */
export function configMismatches(text: string, entries: ConfigEntry[], facts: BuildFacts): string[] {
  const lines = text.split('\n', 4).map((l) => l.replace(/\r$/, ''));
  const header = HEADER.exec(lines[2] ?? '');
  const out: string[] = [];
  if (lines[1] !== GENERATED || header === null) {
    out.push('it was not written by Kconfig (no "Automatically generated file" header): make would complete it first (syncconfig gives every option it does not set its default and applies selects)');
  } else {
    const [, arch, version] = header;
    if (arch !== facts.srcarch) out.push(`it was written for Linux/${arch}, and this build's SRCARCH is ${facts.srcarch}`);
    if (version !== facts.version) out.push(`it was written for Linux ${version}, and the tree is ${facts.version}: make would update it first (options new in ${facts.version} get their defaults, renamed ones are dropped)`);
  }
  const unexpected = facts.unexpectedLines ?? [];
  if (unexpected.length > 0) {
    const first = unexpected[0];
    const text = first.text.length > 60 ? `${first.text.slice(0, 60)}...` : first.text;
    out.push(`${unexpected.length === 1 ? 'line' : `${unexpected.length} lines, the first`} ${first.line} (${JSON.stringify(text)}) ${unexpected.length === 1 ? 'is' : 'are'} not Kconfig's: syncconfig drops ${unexpected.length === 1 ? 'it' : 'them'} with a warning`);
  }
  if (facts.autoConfStale !== undefined) {
    out.push(
      facts.autoConfStale === 'missing'
        ? 'the build directory has no include/config/auto.conf yet: make would run syncconfig first'
        : 'it is newer than the build directory\'s include/config/auto.conf (changed since make last ran syncconfig, e.g. by scripts/config): make would run syncconfig first',
    );
  }
  const cc = entries.find((e) => e.name === 'CONFIG_CC_VERSION_TEXT')?.value;
  if (facts.ccVersionText !== undefined && cc !== undefined && cc !== facts.ccVersionText) {
    out.push(`it was made with the compiler "${cc}", and this build's compiler is "${facts.ccVersionText}": make would run syncconfig again (CONFIG_CC_IS_*, the version options and the options Kconfig probes with the compiler would change)`);
  }
  // Kconfig tells the linkers apart by what `$(LD) --version` prints; the name says it for the usual ones (ld, ld.bfd, ld.lld, *-ld).
  const lld = /(^|\/|-)ld\.lld(-\d+)?$/.test(facts.ld);
  const was = entries.find((e) => e.name === 'CONFIG_LD_IS_LLD' || e.name === 'CONFIG_LD_IS_BFD');
  if (was?.value === 'y' && (was.name === 'CONFIG_LD_IS_LLD') !== lld) {
    out.push(`it was made for ${was.name === 'CONFIG_LD_IS_LLD' ? 'LLD' : 'GNU ld'}, and this build links with ${facts.ld}: make would run syncconfig again`);
  }
  return out;
}

/** The warning kflags prints for a .config make would not take as given. */
export function configWarning(configFile: string, mismatches: string[], kconfigFailed?: string): string | undefined {
  if (mismatches.length === 0) return undefined;
  const why = kconfigFailed === undefined ? 'kflags does not run Kconfig here (--kconfig never)' : `kflags could not run Kconfig (${kconfigFailed})`;
  return (
    `kflags: warning: ${configFile}: ${mismatches.join('; ')}. ${why} and reads the .config as given, so the flags are those of that configuration, not necessarily the ones make would use. ` +
    "Make the .config with the build's own settings first, e.g. `make O=DIR [ARCH=... LLVM=1] olddefconfig`.\n"
  );
}
