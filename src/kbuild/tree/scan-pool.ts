// Directories of a scan evaluated on worker threads. Each worker sets up the
// same hosts as the scan (the same inputs give the same answers), takes what
// a sub-make inherits from the top level from the scan, and evaluates the
// directories it is sent; the scan takes the results in its own order, so
// that what it lists, the order of warnings and the probe record are those
// of a scan on one thread. The scan stays synchronous: it blocks on a
// shared counter that a worker raises with each result (Atomics.wait) and
// takes the messages with receiveMessageOnPort().
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { SubMake, SubMakeBase, TreeObject, TreeOptions } from './tree.js';

/** A directory to evaluate: as its parent's sub-make (`environment`), or reached from the top (`chain`). */
export interface ScanJob {
  index: number;
  dir: string;
  subMake: string[];
  goals: string[];
  environment: Record<string, string>;
  chain: boolean;
}

export interface ScanResult {
  index: number;
  objects?: TreeObject[];
  subdirs?: SubMake[];
  environment?: Record<string, string>;
  /** A MakeError, rendered. */
  error?: string;
  /** Anything else thrown. */
  fatal?: { name: string; message: string; stack?: string };
  /** What the evaluation warned, in order. */
  warnings: string[];
  /** Every $(shell) command it asked (and from where): replayed on this thread's probe host. */
  shells: [string, string][];
}

/** What a worker needs to read the top level as the scan did (all structured-clonable). */
export interface ScanWorkerData {
  options: Omit<TreeOptions, 'dir' | 'onWarning' | 'onSkippedAssignment' | 'probeCache'>;
  goals: string[];
  /** What every directory's sub-make takes from the scan's top level. */
  base: Pick<SubMakeBase, 'includeDirs' | 'buildMakefile' | 'onSkippedAssignment'>;
  signal: Int32Array;
  port: MessagePort;
}

/** The worker's module, next to this one in dist/ (none under src/: the tests' TypeScript runs on one thread). */
function workerFile(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // dist/kbuild/tree/, or dist/cli/ for the bundled CLI.
  for (const candidate of [path.join(here, 'scan-worker.js'), path.join(here, '../kbuild/tree/scan-worker.js')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

const IN_FLIGHT = 2;

export class ScanPool {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly workers: { worker: Worker; port: MessagePort; pending: number }[] = [];
  private readonly results = new Map<number, ScanResult>();
  private readonly owner = new Map<number, number>();

  private constructor(file: string, threads: number, options: ScanWorkerData['options'], goals: string[], base: ScanWorkerData['base']) {
    for (let k = 0; k < threads; k++) {
      const { port1, port2 } = new MessageChannel();
      const workerData: ScanWorkerData = { options, goals, base, signal: this.signal, port: port2 };
      const worker = new Worker(file, { workerData, transferList: [port2] });
      worker.unref();
      this.workers.push({ worker, port: port1, pending: 0 });
    }
  }

  /** A pool of `threads` workers, or undefined where workers cannot run (no built worker module). */
  static start(threads: number, options: ScanWorkerData['options'], goals: string[], base: ScanWorkerData['base']): ScanPool | undefined {
    const file = workerFile();
    return file === undefined ? undefined : new ScanPool(file, threads, options, goals, base);
  }

  /** Whether a worker can take another job now. */
  hasRoom(): boolean {
    return this.workers.some((w) => w.pending < IN_FLIGHT);
  }

  send(job: ScanJob): void {
    let best = 0;
    for (let k = 1; k < this.workers.length; k++) if (this.workers[k].pending < this.workers[best].pending) best = k;
    this.workers[best].pending++;
    this.owner.set(job.index, best);
    this.workers[best].port.postMessage(job);
  }

  /** The result of job `index` (sent before), waiting for it. */
  take(index: number): ScanResult {
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      this.drain();
      const result = this.results.get(index);
      if (result !== undefined) {
        this.results.delete(index);
        return result;
      }
      Atomics.wait(this.signal, 0, seen, 1000);
    }
  }

  private drain(): void {
    for (const w of this.workers) {
      for (let m = receiveMessageOnPort(w.port); m !== undefined; m = receiveMessageOnPort(w.port)) {
        const result = m.message as ScanResult;
        w.pending--;
        this.results.set(result.index, result);
      }
    }
  }

  close(): void {
    for (const w of this.workers) {
      w.port.close();
      void w.worker.terminate();
    }
  }
}
