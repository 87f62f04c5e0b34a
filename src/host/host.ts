// The only door to the outside world: reading files, listing directories
// and (only with --allow-shell) running the shell. Nothing here writes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

export interface ShellResult {
  output: string;
  status: number;
}

export interface Host {
  readFile(file: string): string | undefined;
  isFile(file: string): boolean;
  exists(file: string): boolean;
  isDirectory(file: string): boolean;
  listDirectory(dir: string): string[] | undefined;
  realpath(file: string): string | undefined;
  /** Runs `/bin/sh -c command`; only called when the user allowed it. */
  shell(command: string, cwd: string, env: Record<string, string>): ShellResult;
}

/** The real file system, seen through an overlay of in-memory files (patched makefiles). */
export class NodeHost implements Host {
  constructor(readonly overlay: Map<string, string> = new Map()) {}

  readFile(file: string): string | undefined {
    const abs = path.resolve(file);
    const text = this.overlay.get(abs);
    if (text !== undefined) return text;
    try {
      return fs.readFileSync(abs, 'latin1');
    } catch {
      return undefined;
    }
  }

  isFile(file: string): boolean {
    if (this.overlay.has(path.resolve(file))) return true;
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  }

  exists(file: string): boolean {
    if (this.overlay.has(path.resolve(file))) return true;
    try {
      fs.statSync(file);
      return true;
    } catch {
      return false;
    }
  }

  isDirectory(file: string): boolean {
    try {
      return fs.statSync(file).isDirectory();
    } catch {
      return false;
    }
  }

  listDirectory(dir: string): string[] | undefined {
    try {
      return fs.readdirSync(dir);
    } catch {
      return undefined;
    }
  }

  realpath(file: string): string | undefined {
    try {
      return fs.realpathSync(file);
    } catch {
      return undefined;
    }
  }

  shell(command: string, cwd: string, env: Record<string, string>): ShellResult {
    const result = spawnSync('/bin/sh', ['-c', command], { cwd, env, encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
    const status = result.status ?? (result.signal ? 128 : 127);
    return { output: result.stdout ?? '', status };
  }
}
