// `make olddefconfig` as a library: the .config completed by Kconfig (every
// symbol not set gets its default, selects applied, symbols whose dependencies
// fail dropped) and include/config/auto.conf, as conf writes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kernelVersion } from '../tree/build-files.js';
import { KflagsError } from '../../errors.js';
import { Preprocessor, type ShellRunner } from './preprocess.js';
import { type Dialect, parseKconfig } from './parser.js';
import { Evaluator } from './evaluate.js';
import { configChanged, forgetValues61, hashOrder, readConfig, writeAutoConf, writeConfig } from './confdata.js';

export interface KconfigOptions {
  srctree: string;
  /** ARCH (x86_64, arm64, ...); SRCARCH is derived as the top Makefile does. */
  arch: string;
  /** What Kconfig reads from the environment (make exports it): CC, LD, CLANG_FLAGS, RUSTC, ... */
  env: Record<string, string>;
  /** Runs $(shell,...) for Kconfig's preprocessor; undefined = unknown answer. */
  shell: ShellRunner;
  readFile?: (file: string) => string | undefined;
  /** Which conf to model; by default from the tree's scripts/kconfig/symbol.c and Makefile. */
  dialect?: Dialect;
}

export interface OlddefconfigResult {
  config: string;
  autoConf: string;
  unknownShell: string[];
  changes: { symbol: string; from?: string; to?: string }[];
  /** Kconfig's $(info)/$(warning-if) output and conf's warnings. */
  messages: string[];
  /** Environment variables Kconfig read, in order (auto.conf.cmd's list). */
  envUsed: Record<string, string>;
}

export function srcarch(arch: string): string {
  switch (arch) {
    case 'i386':
    case 'x86_64':
      return 'x86';
    case 'sparc32':
    case 'sparc64':
      return 'sparc';
    case 'parisc64':
      return 'parisc';
    case 'sh64':
      return 'sh';
    default:
      return arch;
  }
}

/** Which conf the tree has: 6.12's choices (no choice values) or the older one. */
function dialectOf(read: (f: string) => string | undefined, srctree: string): Dialect {
  const symbolC = read(join(srctree, 'scripts/kconfig/symbol.c')) ?? '';
  return symbolC.includes('sym_calc_choice(struct menu *choice)') ? '6.12' : '6.1';
}

function configValues(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of text.split('\n')) {
    let r = /^CONFIG_([A-Za-z0-9_]+)=(.*)$/.exec(line);
    if (r) m.set(r[1], r[2]);
    else if ((r = /^# CONFIG_([A-Za-z0-9_]+) is not set$/.exec(line))) m.set(r[1], 'n');
  }
  return m;
}

export function olddefconfig(options: KconfigOptions, config: string, configFile: string): OlddefconfigResult {
  const fsRead = (f: string): string | undefined => {
    try {
      return readFileSync(f, 'utf8');
    } catch {
      return undefined;
    }
  };
  const read = options.readFile ?? fsRead;
  const srctree = options.srctree.replace(/\/+$/, '');
  const makefile = read(join(srctree, 'Makefile')) ?? '';
  const dialect = options.dialect ?? dialectOf(read, srctree);
  if (!options.dialect && dialect === '6.1' && !/^6\.1(\.|$|-)/.test(kernelVersion(makefile))) {
    // The conf before v6.11 is modelled on 6.1's and checked against 6.1 only;
    // other releases (6.2 ... 6.10, 5.x) changed it in ways not checked.
    throw new KflagsError(`kflags: this tree's Kconfig (Linux ${kernelVersion(makefile) || 'unknown version'}, before v6.11) is supported by olddefconfig for Linux 6.1 only: ${srctree}`);
  }
  const env: Record<string, string> = {
    ARCH: options.arch,
    SRCARCH: srcarch(options.arch),
    srctree,
    KERNELVERSION: kernelVersion(makefile),
    ...options.env,
  };
  const model = parseKconfig('Kconfig', {
    dialect,
    read: (f) => read(f.startsWith('/') ? f : join(srctree, f)),
    pre: (host) => new Preprocessor(env, options.shell, host),
  });
  const ev = new Evaluator(model, dialect);
  ev.finalize();
  const warnings: string[] = [];
  const order = hashOrder(model.symbols, dialect);
  let changed = readConfig(ev, config, warnings, configFile);
  for (const s of model.symbols) s.valid = false;
  let unsaved = configChanged(ev, order) ? 1 : 0;
  if (dialect === '6.1') unsaved = forgetValues61(ev, order, unsaved);
  if (unsaved) changed = true;
  if (warnings.length) changed = true;
  if (!changed) ev.clearAllValid();
  const out = writeConfig(ev);
  const autoConf = writeAutoConf(ev, order, false);
  const before = configValues(config);
  const after = configValues(out);
  const changes: OlddefconfigResult['changes'] = [];
  for (const [symbol, to] of after) {
    const from = before.get(symbol);
    if (from !== to) changes.push(from === undefined ? { symbol, to } : { symbol, from, to });
  }
  for (const [symbol, from] of before) if (!after.has(symbol)) changes.push({ symbol, from });
  return {
    config: out,
    autoConf,
    unknownShell: [...model.pre.unknownShell],
    changes,
    messages: [...model.pre.messages, ...warnings],
    envUsed: Object.fromEntries(model.pre.envUsed),
  };
}
