// compile_commands.json as the kernel's scripts/clang-tools/
// gen_compile_commands.py writes it after a build, from each object's .cmd
// line (`savedcmd_<obj> := <command>`): the command up to and including its
// last .c/.S word before the end or a `;`, `$(pound)` read back as `#`; the
// build directory; the source as an absolute path. Sorted by file, indented
// by two, keys sorted: byte for byte what the script prints.
import * as path from 'node:path';
import type { TreeObject } from './tree.js';

export interface CompileCommand {
  command: string;
  directory: string;
  file: string;
}

// gen_compile_commands.py's _LINE_PATTERN, applied to the text after `:= `.
const LINE = /^(?<prefix>.* )(?<file>[^ ]*\.[cS]) *(;|$)/;

export function compileCommand(object: TreeObject, objtree: string): CompileCommand | undefined {
  const m = LINE.exec(object.savedCommand);
  if (m === null || m.groups === undefined) return undefined;
  const prefix = m.groups.prefix.replace(/\\#/g, '#').replace(/\$\(pound\)/g, '#');
  return { command: prefix + m.groups.file, directory: objtree, file: path.resolve(objtree, m.groups.file) };
}

export function compileCommandsJson(objects: TreeObject[], objtree: string): string {
  const entries = objects
    .map((o) => compileCommand(o, objtree))
    .filter((e): e is CompileCommand => e !== undefined)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return JSON.stringify(entries, null, 2);
}
