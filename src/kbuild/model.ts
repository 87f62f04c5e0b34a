// The Kbuild model: evaluate what a sub-make of `scripts/Makefile.build`
// would read for one directory (the base flags from a profile or the
// user's fragment, an optional .config, the directory's makefile and the
// per-object rules), then expand each object's c_flags or a_flags with $@
// set to the object, exactly as Kbuild's compile command does.
import type { SkippedAssignment } from '../eval/reader.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { evaluate, type Evaluation } from '../eval/evaluate.js';
import { MakeError } from '../eval/errors.js';
import { ShellCommandHost } from '../host/host.js';
import type { Location } from '../syntax/ast.js';
import { splitWords } from '../eval/words.js';
import { KflagsError } from '../errors.js';
import { configAsMakefile } from './config.js';
import { baseFragments, DEFAULT_PROFILE, fragmentsDir, objectRulesFragment, profilePath } from './profiles.js';

export interface KbuildOptions {
  /** The directory's makefile (Kbuild or Makefile). */
  makefile: string;
  /** The directory's path below the tree root, as Kbuild's $(obj): arch/x86/purgatory. */
  obj: string;
  /** Where the directory's sources are (for .c vs .S); default: the makefile's directory. */
  srcDir?: string;
  profile?: string;
  /** A user fragment used instead of a profile and the bundled top level. */
  base?: string;
  config?: string;
  commandLine?: string[];
  /** Text to use instead of the makefile on disk (a patched state). */
  makefileText?: string;
  allowShell?: boolean;
  allowRead?: string[];
  onWarning?: (text: string) => void;
  /** Told of each assignment a false conditional skipped (kflags trace). */
  onSkippedAssignment?: (skipped: SkippedAssignment) => void;
  /** Keep every assignment (default true: diffs, explain and trace replay them). */
  history?: boolean;
  /** Called now and then while objects are expanded (done, total). */
  onProgress?: (done: number, total: number) => void;
}

import type { ObjectKind } from './object-kinds.js';
export type { ObjectKind };

export interface ObjectFlags {
  /** $(obj)/name.o */
  object: string;
  kind: ObjectKind;
  /** How the kind was decided. */
  source: string;
  flags: string[];
  /** The Kbuild command that compiles it (tree mode: cc_o_c, vdsocc_gettimeofday, ...). */
  rule?: string;
}

export interface KbuildResult {
  obj: string;
  makefile: string;
  objects: ObjectFlags[];
  evaluation: Evaluation;
}

export { DEFAULT_PROFILE } from './profiles.js';

/** Find a directory's Kbuild makefile: its Kbuild file if present, else its Makefile. */
export function resolveMakefile(target: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new KflagsError(`${target}: No such file or directory`);
  }
  if (!stat.isDirectory()) return target;
  for (const name of ['Kbuild', 'Makefile']) {
    const candidate = path.join(target, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new KflagsError(`${target}: no Kbuild or Makefile in this directory`);
}

/** The kernel tree root above a directory (it has Kbuild, Makefile and scripts/Makefile.lib), if any. */
export function findTreeRoot(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(path.join(d, 'scripts/Makefile.lib')) && fs.existsSync(path.join(d, 'Makefile'))) return d;
    const parent = path.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

/** Kbuild's $(obj) for a makefile: its directory relative to the tree root, or a given name. */
export function guessObj(makefile: string, given?: string): string {
  if (given !== undefined) return given.replace(/\/+$/, '');
  const dir = path.dirname(path.resolve(makefile));
  const root = findTreeRoot(dir);
  if (root !== undefined && root !== dir) return path.relative(root, dir);
  return path.relative(process.cwd(), dir) || '.';
}

export function evaluateDirectory(options: KbuildOptions): KbuildResult {
  const overlay = new Map<string, string>();
  const makefile = path.resolve(options.makefile);
  if (options.makefileText !== undefined) overlay.set(makefile, options.makefileText);
  // A .config is read as a makefile, before the top level (as auto.conf is).
  const config: string[] = [];
  if (options.config !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(options.config, 'latin1');
    } catch {
      throw new KflagsError(`--config ${options.config}: No such file or directory`);
    }
    const abs = path.resolve(options.config);
    overlay.set(abs, configAsMakefile(text, options.config));
    config.push(abs);
  }
  // What a sub-make reads: the base flags (a profile and the bundled top
  // level, or the user's own fragment), the directory's prologue, its
  // makefile, then the per-object rules.
  const [toplevel, prologue] = baseFragments();
  let base: string[];
  if (options.base !== undefined) {
    if (!fs.existsSync(options.base)) throw new KflagsError(`--base ${options.base}: No such file or directory`);
    base = [path.resolve(options.base), ...config];
  } else {
    base = [profilePath(options.profile ?? DEFAULT_PROFILE), ...config, toplevel];
  }
  const makefiles = [...base, prologue, makefile, objectRulesFragment()];

  const obj = options.obj;
  // Kbuild runs at the top of the tree: paths like $(srctree)/lib/... are
  // relative to it. Outside a tree, the working directory plays that part.
  const root = findTreeRoot(path.dirname(makefile));
  const cwd = root ?? process.cwd();
  const evaluation = evaluate({
    makefiles: makefiles.map((m) => displayPath(m, cwd)),
    cwd,
    commandLine: [`obj=${obj}`, ...(options.commandLine ?? [])],
    overlay,
    host: new ShellCommandHost(overlay),
    allowShell: options.allowShell,
    // The bundled fragments, the kernel tree (if any) and the user's files may be read.
    allowRead: [fragmentsDir(), path.dirname(makefile), ...(root !== undefined ? [root] : []), ...(options.allowRead ?? [])],
    onInfo: () => {},
    onWarning: options.onWarning,
    onSkippedAssignment: options.onSkippedAssignment,
    // The bundled model is small, and its diffs explain what they show.
    history: options.history ?? true,
  });
  const srcDir = options.srcDir ?? path.dirname(makefile);
  const names = listObjects(evaluation, obj);
  const objects = names.map((name, i) => {
    if (options.onProgress && i % 250 === 0) options.onProgress(i, names.length);
    const object = `${obj}/${name}`;
    const { kind, source } = objectKind(evaluation, obj, name, srcDir);
    const text = evaluation.expand(kind === 'asm' ? '$(a_flags)' : '$(c_flags)', { target: object });
    return { object, kind, source, flags: splitWords(latin1ToText(text)) };
  });
  return { obj, makefile: options.makefile, objects, evaluation };
}

/** Makefile text is read byte for byte; flags reported to people are text. */
function latin1ToText(s: string): string {
  return /[\u0080-\u00ff]/.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s;
}

/** A path as make would be given it: relative to the working directory when inside it. */
function displayPath(p: string, cwd: string): string {
  const rel = path.relative(cwd, p);
  return rel.startsWith('..') || rel === '' || path.isAbsolute(rel) ? p : rel;
}

/**
 * The directory's objects, from its own lists: targets (the purgatory's
 * parts arrive there through `targets += $(purgatory-y)`), obj-y, lib-y,
 * obj-m, and the parts of composite objects (<name>-y, <name>-objs).
 * Lists of disabled options (`obj-` += ...) are not built.
 */
export function listObjects(evaluation: Evaluation, obj: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (words: string[]) => {
    for (let w of words) {
      if (w.startsWith(`${obj}/`)) w = w.slice(obj.length + 1);
      if (!w.endsWith('.o') || w.includes('/')) continue;
      if (seen.has(w)) continue;
      seen.add(w);
      out.push(w);
    }
  };
  const list = (name: string) => splitWords(evaluation.expandVariable(name));
  const top = [...list('targets'), ...list('obj-y'), ...list('lib-y'), ...list('obj-m')];
  // Composite objects are linked from their parts; the parts are compiled.
  for (const w of top) {
    const stem = w.replace(/^.*\//, '').replace(/\.o$/, '');
    const parts = [...list(`${stem}-objs`), ...list(`${stem}-y`), ...list(`${stem}-m`)];
    if (parts.length > 0) add(parts);
    else add([w]);
  }
  return out;
}

/** An object is assembler if its explicit rule names a .S, or a .S source lies in the directory. */
export function objectKind(evaluation: Evaluation, obj: string, name: string, srcDir: string): { kind: ObjectKind; source: string } {
  const rule = evaluation.rule(`${obj}/${name}`);
  const stem = name.slice(0, -2);
  if (rule !== undefined) {
    const source = rule.prerequisites.find((p) => p.endsWith('.c') || p.endsWith('.S'));
    if (source !== undefined) return { kind: source.endsWith('.S') ? 'asm' : 'c', source: `rule: ${source}` };
  }
  if (fs.existsSync(path.join(srcDir, `${stem}.S`))) return { kind: 'asm', source: `${stem}.S` };
  if (fs.existsSync(path.join(srcDir, `${stem}.c`))) return { kind: 'c', source: `${stem}.c` };
  return { kind: 'c', source: 'assumed C (no source found)' };
}

/** Whether an object is the one a user named: its path, or its name (with or without .o) in the directory `obj`. */
export function objectMatches(object: string, name: string, obj: string): boolean {
  return object === (name.includes('/') ? name : `${obj}/${name}`) || object === `${obj}/${name}.o`;
}

/**
 * Whether an object is built from the source a user named (`core.c`,
 * `kernel/sched/core.c`): kernel developers think in source files. Tree
 * mode's sources are absolute for O= builds, relative for in-tree ones.
 */
function sourceMatches(source: string | undefined, name: string, obj: string): boolean {
  if (source === undefined || !/\.(c|S|s|rs)$/.test(name)) return false;
  const wanted = name.includes('/') ? name.replace(/^\.\//, '') : `${obj}/${name}`;
  // The bundled model names a source by its name in the directory.
  const full = source.includes('/') ? source : `${obj}/${source}`;
  return full === wanted || full.endsWith(`/${wanted}`);
}

export function selectObjects<T extends { object: string; source?: string }>(objects: T[], names: string[] | undefined, obj: string): T[] {
  if (names === undefined || names.length === 0) return objects;
  return names.map((n) => {
    const found = objects.find((o) => objectMatches(o.object, n, obj)) ?? objects.find((o) => sourceMatches(o.source, n, obj));
    if (found === undefined) {
      throw new KflagsError(`object '${n}' is not built by this makefile; its objects are: ${objects.map((o) => path.basename(o.object)).join(' ')}`);
    }
    return found;
  });
}

export type { Location, MakeError };
