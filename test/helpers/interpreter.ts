// An Interpreter reading one makefile from memory, for the unit tests of
// its modules (reader, variable store, expansion, rules, target contexts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { Interpreter } from '../../src/eval/interpreter.js';
import { NodeHost } from '../../src/host/host.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

export interface Read {
  interpreter: Interpreter;
  dir: string;
  info: string[];
  warnings: string[];
}

/** A fresh interpreter in an empty directory; `mk` (if given) read as t.mk, like `make -f t.mk VAR=...`. */
export function read(mk?: string, options: { commandLine?: string[]; environment?: Record<string, string>; dir?: string } = {}): Read {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'kflags-unit-'));
  if (options.dir === undefined) dirs.push(dir);
  const overlay = new Map<string, string>();
  if (mk !== undefined) overlay.set(join(dir, 't.mk'), mk);
  const info: string[] = [];
  const warnings: string[] = [];
  const interpreter = new Interpreter({ host: new NodeHost(overlay), cwd: dir, onInfo: (t) => info.push(t), onWarning: (t) => warnings.push(t) });
  interpreter.defineEnvironment(options.environment ?? {});
  interpreter.defineCommandLine(options.commandLine ?? []);
  if (mk !== undefined) {
    interpreter.readMakefile('t.mk');
    interpreter.finishReading();
  }
  return { interpreter, dir, info, warnings };
}
