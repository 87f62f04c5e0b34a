// main.c decode_env_switches() and decode_switches(): the switches make 4.3
// takes from MAKEFLAGS and GNUMAKEFLAGS in its environment, and
// define_makeflags(): the value MAKEFLAGS and MFLAGS then have while the
// makefiles are read.
import { MakeError } from './errors.js';

/** Switches decoded so far (GNUMAKEFLAGS, then MAKEFLAGS). */
export interface MakeSwitches {
  /** Single-letter flags that are on (-k, -s, -e, ...); `S` and `--no-silent` turn `k` and `s` off. */
  letters: Set<string>;
  /** `--trace`, `--no-print-directory`, `--warn-undefined-variables`. */
  long: Set<string>;
  /** -I DIR, --include-dir=DIR, in order. */
  includeDirs: string[];
  /** --eval=TEXT, -E TEXT, in order. */
  evals: string[];
  /** Words that were not switches (variable definitions among them), in order. */
  arguments: string[];
  /** -O's type, the last given (checked by decode_output_sync_flags()). */
  outputSync?: string;
  /** --debug's specifications, all given (checked by decode_debug_flags()). */
  debug?: string[];
}

export function emptySwitches(): MakeSwitches {
  return { letters: new Set(), long: new Set(), includeDirs: [], evals: [], arguments: [] };
}

/**
 * atoi(): strtol()'s number (leading whitespace and a sign, then digits),
 * held at a long's bounds, as the int it is cut to (low 32 bits).
 */
export function atoi(text: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?)([0-9]*)/.exec(text)!;
  if (m[2] === '') return 0;
  let value = BigInt(m[1] + m[2]);
  const max = (1n << 63n) - 1n;
  if (value > max) value = max;
  else if (value < -max - 1n) value = -max - 1n;
  return Number(BigInt.asIntN(32, value));
}

type ArgKind = 'none' | 'required' | 'optional';

interface Switch {
  /** The short letter, or a long-only name's key. */
  key: string;
  arg: ArgKind;
  /** May come from MAKEFLAGS (main.c's `env` bit). */
  env: boolean;
}

// make 4.3's switches table (main.c), with what kflags needs of each.
const SHORT: Record<string, Switch> = {};
const LONG: Array<[string, Switch]> = [];
function sw(letter: string | undefined, long: string | undefined, arg: ArgKind, env = true): void {
  const s: Switch = { key: letter ?? `--${long}`, arg, env };
  if (letter !== undefined) SHORT[letter] = s;
  if (long !== undefined) LONG.push([long, s]);
}
sw('b', undefined, 'none', false);
sw('B', 'always-make', 'none');
sw('d', undefined, 'none');
sw('e', 'environment-overrides', 'none');
sw('E', 'eval', 'required');
sw('h', 'help', 'none', false);
sw('i', 'ignore-errors', 'none');
sw('k', 'keep-going', 'none');
sw('L', 'check-symlink-times', 'none');
sw('m', undefined, 'none', false);
sw('n', 'just-print', 'none');
sw('p', 'print-data-base', 'none');
sw('q', 'question', 'none');
sw('r', 'no-builtin-rules', 'none');
sw('R', 'no-builtin-variables', 'none');
sw('s', 'silent', 'none');
sw('S', 'no-keep-going', 'none');
sw('t', 'touch', 'none');
sw('v', 'version', 'none');
sw('w', 'print-directory', 'none');
sw('C', 'directory', 'required', false);
sw('f', 'file', 'required', false);
sw('I', 'include-dir', 'required');
sw('j', 'jobs', 'optional');
sw('l', 'load-average', 'optional');
sw('o', 'old-file', 'required', false);
sw('O', 'output-sync', 'optional');
sw('W', 'what-if', 'required', false);
sw(undefined, 'debug', 'optional');
sw(undefined, 'jobserver-auth', 'required');
sw(undefined, 'trace', 'none');
sw(undefined, 'no-print-directory', 'none');
sw(undefined, 'warn-undefined-variables', 'none');
sw(undefined, 'sync-mutex', 'required');
sw(undefined, 'no-silent', 'none');
sw(undefined, 'jobserver-fds', 'required');
for (const [alias, letter] of [
  ['quiet', 's'],
  ['stop', 'S'],
  ['new-file', 'W'],
  ['assume-new', 'W'],
  ['assume-old', 'o'],
  ['max-load', 'l'],
  ['dry-run', 'n'],
  ['recon', 'n'],
  ['makefile', 'f'],
] as const) {
  LONG.push([alias, SHORT[letter]]);
}

/** getopt_long: an exact name, or a prefix of only one option. */
function longSwitch(name: string): Switch | undefined {
  const exact = LONG.find(([n]) => n === name);
  if (exact !== undefined) return exact[1];
  const matches = new Set(LONG.filter(([n]) => n.startsWith(name)).map(([, s]) => s));
  return matches.size === 1 ? [...matches][0] : undefined;
}

/** The switches whose argument is a string (main.c's string, strlist and filename types). */
const STRING_ARGUMENT = new Set(['I', 'E', 'O', 'C', 'f', 'o', 'W', '--debug', '--jobserver-auth', '--sync-mutex', '--jobserver-fds']);

/** One switch given: what it turns on or off; `warn` is told what make says of a bad argument. */
function apply(s: Switch, arg: string | undefined, into: MakeSwitches, warn: (message: string) => void): void {
  if (!s.env) return;
  // decode_switches(): an empty string argument is refused, the switch ignored.
  if (arg === '' && STRING_ARGUMENT.has(s.key)) {
    warn(`the '${s.key.startsWith('--') ? s.key : `-${s.key}`}' option requires a non-empty string argument`);
    return;
  }
  switch (s.key) {
    case 'S':
      into.letters.delete('k');
      return;
    case '--no-silent':
      into.letters.delete('s');
      return;
    case 'I':
      if (arg !== undefined) into.includeDirs.push(arg);
      return;
    case 'E':
      if (arg !== undefined) into.evals.push(arg);
      return;
    case 'j':
      // positive_int: all digits, at least 1 as atoi() reads it.
      if (arg !== undefined && (!/^[0-9]*$/.test(arg) || atoi(arg) < 1)) warn("the '-j' option requires a positive integer argument");
      return;
    case 'O':
      into.outputSync = arg ?? 'target';
      return;
    case '--debug':
      into.debug = [...(into.debug ?? []), arg ?? 'basic'];
      return;
    case 'l':
    case '--jobserver-auth':
    case '--sync-mutex':
    case '--jobserver-fds':
    case 'b':
    case 'm':
      return;
  }
  if (s.key.startsWith('--')) into.long.add(s.key.slice(2));
  else into.letters.add(s.key);
}

/**
 * decode_env_switches(): split the (expanded) value into words at blanks
 * (a backslash quotes the next character), add a dash to a first word
 * that is neither a switch nor a variable definition, and decode them as
 * getopt_long would; bad switches are ignored silently.
 */
export function decodeEnvSwitches(value: string, into: MakeSwitches, warn: (message: string) => void = () => {}): void {
  const words: string[] = [];
  let word = '';
  let i = 0;
  while (i < value.length && (value[i] === ' ' || value[i] === '\t')) i++;
  if (i === value.length) return;
  for (; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && i + 1 < value.length) {
      word += value[++i];
    } else if (c === ' ' || c === '\t') {
      words.push(word);
      word = '';
      while (i + 1 < value.length && (value[i + 1] === ' ' || value[i + 1] === '\t')) i++;
    } else {
      word += c;
    }
  }
  words.push(word);
  if (!words[0].startsWith('-') && !words[0].includes('=')) words[0] = `-${words[0]}`;
  decodeSwitches(words, into, warn);
  checkDebugAndOutputSync(into);
}

/** decode_debug_flags() and decode_output_sync_flags(), at the end of decode_switches(): fatal. */
function checkDebugAndOutputSync(switches: MakeSwitches): void {
  for (const spec of switches.debug ?? []) {
    // Each comma- or blank-separated word is known by its first letter.
    let p = 0;
    for (;;) {
      if (!'abijmnv'.includes(spec[p]?.toLowerCase() ?? '') || p >= spec.length) throw new MakeError(`unknown debug level specification '${spec.slice(p)}'`);
      while (++p < spec.length && spec[p] !== ',' && spec[p] !== ' ');
      if (p >= spec.length) break;
      if (++p >= spec.length) break;
    }
  }
  const sync = switches.outputSync;
  if (sync !== undefined && !['none', 'line', 'target', 'recurse'].includes(sync)) throw new MakeError(`unknown output-sync type '${sync}'`);
}

/** positive_int (-j) and floating (-l) without an argument in their word take the next word if it is one. */
function takesNextWord(s: Switch, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (s.key === 'j') return /^[0-9]*$/.test(next);
  if (s.key === 'l') return /^[0-9.]/.test(next);
  return false;
}

function decodeSwitches(words: string[], into: MakeSwitches, warn: (message: string) => void): void {
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i];
    if (w === '--') {
      i++;
      break;
    }
    if (!w.startsWith('-') || w === '-') {
      into.arguments.push(w);
      continue;
    }
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      const s = longSwitch(name);
      if (s === undefined) continue;
      let arg: string | undefined;
      if (eq >= 0) {
        if (s.arg === 'none') continue;
        arg = w.slice(eq + 1);
      } else if (s.arg === 'required' || takesNextWord(s, words[i + 1])) {
        if (i + 1 >= words.length) continue;
        arg = words[++i];
      }
      apply(s, arg, into, warn);
      continue;
    }
    // A cluster of letters: one taking an argument takes the rest of the word, or the next word.
    for (let k = 1; k < w.length; k++) {
      const s = SHORT[w[k]];
      if (s === undefined) continue;
      if (s.arg === 'none') {
        apply(s, undefined, into, warn);
        continue;
      }
      let arg: string | undefined = w.slice(k + 1);
      if (arg === '') {
        if (s.arg === 'required') {
          if (i + 1 >= words.length) break;
          arg = words[++i];
        } else if (takesNextWord(s, words[i + 1])) {
          arg = words[++i];
        } else {
          arg = undefined;
        }
      }
      apply(s, arg, into, warn);
      break;
    }
  }
  for (; i < words.length; i++) into.arguments.push(words[i]);
}

// define_makeflags(): the letters in the order of make's table, then the
// switches with arguments (-I), then the long options.
const LETTER_ORDER = 'BdeikLnpqrRstw';
const LONG_ORDER = ['trace', 'no-print-directory', 'warn-undefined-variables'];

/** As command-line variables are quoted for a sub-make: blanks and backslashes escaped, `$` doubled. */
const quote = (value: string) => value.replace(/[ \t\\$]/g, (c) => (c === '$' ? '$$' : `\\${c}`));

/** The value of `-*-eval-flags-*-`: the --eval strings, quoted. */
export function evalFlags(evals: string[]): string {
  return evals.map((text) => `--eval=${quote(text)}`).join(' ');
}

function flagWords(switches: MakeSwitches): string[] {
  const letters = new Set(switches.letters);
  letters.add('r');
  letters.add('R');
  const flags = [...LETTER_ORDER].filter((c) => letters.has(c)).join('');
  const dirs = switches.includeDirs.map((dir) => ` -I${quote(dir)}`);
  const long = LONG_ORDER.filter((name) => switches.long.has(name)).map((name) => ` --${name}`);
  return [flags, ...dirs, ...long];
}

/**
 * MAKEFLAGS (make -R -r): the flags; with --eval strings, a reference to
 * `-*-eval-flags-*-`. While reading the -I directories are left out; the
 * command-line variables are added by the caller after reading.
 */
export function makeflagsValue(switches: MakeSwitches, all = false): string {
  const words = flagWords(all ? switches : { ...switches, includeDirs: [] });
  return words.join('') + (switches.evals.length > 0 ? ' $(-*-eval-flags-*-)' : '');
}

/** MFLAGS: the flags with a dash, without --eval strings and variables. */
export function mflagsValue(switches: MakeSwitches): string {
  return `-${flagWords(switches).join('')}`;
}
