// A kernel .config as make sees it through include/config/auto.conf:
// `CONFIG_X=value` defines X (string values lose their quotes), and
// `# CONFIG_X is not set` leaves X undefined.
import { MakeError } from '../eval/errors.js';

export interface ConfigEntry {
  name: string;
  /** undefined: "is not set". */
  value: string | undefined;
  line: number;
}

/**
 * The entries of a .config. A line that is neither (binary junk, a typo) is
 * an error, unless `onUnexpected` takes it: Kconfig's conf warns about such
 * a line ("unexpected data", "invalid string found") and drops it, which is
 * what a build does with it (tree mode).
 */
export function parseConfig(text: string, file: string, onUnexpected?: (line: number, text: string) => void): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const notSet = /^# (CONFIG_[A-Za-z0-9_]+) is not set\s*$/.exec(line);
    if (notSet) {
      entries.push({ name: notSet[1], value: undefined, line: i + 1 });
      return;
    }
    if (/^\s*(#.*)?$/.test(line)) return;
    const set = /^(CONFIG_[A-Za-z0-9_]+)=(.*)$/.exec(line);
    if (!set) {
      if (onUnexpected !== undefined) return onUnexpected(i + 1, line);
      throw new MakeError(`invalid .config line (expected CONFIG_NAME=value or '# CONFIG_NAME is not set'): '${line}'`, {
        file,
        line: i + 1,
      });
    }
    let value = set[2];
    if (value.startsWith('"')) {
      if (!/^"(?:[^"\\]|\\.)*"$/.test(value)) {
        if (onUnexpected !== undefined) return onUnexpected(i + 1, line);
        throw new MakeError(`unterminated string in .config: '${line}'`, { file, line: i + 1 });
      }
      value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    entries.push({ name: set[1], value, line: i + 1 });
  });
  return entries;
}

/**
 * The .config as makefile text with the same line numbers, so that every
 * CONFIG_ value kflags reports points at its line in the .config.
 */
export function configAsMakefile(text: string, file: string): string {
  const entries = parseConfig(text, file);
  const lines = text.split('\n').map(() => '');
  for (const e of entries) {
    // `$` must survive make's expansion; `#` must not start a comment.
    lines[e.line - 1] =
      e.value === undefined ? `undefine ${e.name}` : `${e.name} := ${e.value.replace(/\$/g, '$$$$').replace(/#/g, '\\#')}`;
  }
  return lines.join('\n');
}
