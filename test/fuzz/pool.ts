// A pool of fuzz-target workers (worker.mjs) with a time budget per input:
// an input that runs past it is a hang (the worker is terminated and replaced),
// a worker that dies (out of memory) is a crash of that input.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface Limits {
  maxExpansionDepth: number;
  maxIncludeDepth: number;
  maxValueLength: number;
  maxInputSize: number;
}

/** Small enough that every input stays fast. */
export const FUZZ_LIMITS: Limits = {
  maxExpansionDepth: 200,
  maxIncludeDepth: 20,
  maxValueLength: 1_000_000,
  maxInputSize: 4_000_000,
};

export interface LibOutcome {
  status: 'ok' | 'make-error' | 'crash' | 'hang';
  name?: string;
  message?: string;
  stack?: string;
}

export interface CliOutcome {
  exit: number;
  stdout: string;
  stderr: string;
  crash?: string;
  stack?: string;
}

export interface Outcome {
  lib: LibOutcome;
  cli?: CliOutcome;
  ms: number;
}

export interface PoolOptions {
  lib: 'src' | 'dist';
  size: number;
  /** Milliseconds per input before it counts as a hang. */
  timeoutMs: number;
  limits?: Limits;
  /** Heap cap per worker (MB). */
  heapMb?: number;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

interface Job {
  text: string;
  cli: boolean;
  timeoutMs: number;
  resolve: (o: Outcome) => void;
}

export class FuzzPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;
  /** The workers' working directories live here; removed by close(). */
  private readonly tmp = mkdtempSync(join(tmpdir(), 'kflags-fuzz-'));

  constructor(readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: { lib: this.options.lib, limits: this.options.limits ?? FUZZ_LIMITS, tmp: this.tmp },
      // The main thread's stack (about 1 MB), so that what overflows the CLI's stack overflows here too.
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb ?? 768, stackSizeMb: 1 },
      stdout: true, // the target prints nothing; swallow whatever does
      stderr: true,
    });
    worker.on('error', () => {}); // reported through the job's own listener; a replaced worker may still emit
    worker.stdout.resume();
    worker.stderr.resume();
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: { ready?: boolean }) => {
        if (m.ready) {
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return { worker, ready, busy: false };
  }

  /** Run one input; never rejects. */
  run(text: string, options: { cli?: boolean; timeoutMs?: number } = {}): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ text, cli: options.cli ?? false, timeoutMs: options.timeoutMs ?? this.options.timeoutMs, resolve });
      this.pump();
    });
  }

  private pump(): void {
    for (let i = 0; i < this.slots.length && this.queue.length > 0; i++) {
      if (!this.slots[i].busy) this.dispatch(i, this.queue.shift()!);
    }
  }

  private dispatch(index: number, job: Job): void {
    const slot = this.slots[index];
    slot.busy = true;
    const id = this.nextId++;
    let started = 0;
    let timer: NodeJS.Timeout | undefined;
    let done = false;
    const finish = (outcome: Omit<Outcome, 'ms'>, replace: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
      const ms = started ? Date.now() - started : 0;
      if (replace) {
        void slot.worker.terminate();
        this.slots[index] = this.spawn();
      } else {
        slot.busy = false;
      }
      job.resolve({ ...outcome, ms });
      this.pump();
    };
    const onMessage = (m: { id?: number; lib: LibOutcome; cli?: CliOutcome }) => {
      if (m.id === id) finish({ lib: m.lib, cli: m.cli }, false);
    };
    const onError = (e: Error) =>
      finish({ lib: { status: 'crash', name: (e as { code?: string }).code ?? e.name, message: e.message, stack: e.stack } }, true);
    const onExit = (code: number) =>
      finish({ lib: { status: 'crash', name: 'WorkerExit', message: `worker exited with code ${code}` } }, true);
    slot.ready.then(
      () => {
        if (done) return;
        slot.worker.on('message', onMessage);
        slot.worker.once('error', onError);
        slot.worker.once('exit', onExit);
        started = Date.now();
        timer = setTimeout(
          () => finish({ lib: { status: 'hang', name: 'Hang', message: `no answer within ${job.timeoutMs} ms` } }, true),
          job.timeoutMs,
        );
        slot.worker.postMessage({ id, text: job.text, cli: job.cli });
      },
      (e: Error) => finish({ lib: { status: 'crash', name: 'WorkerStartup', message: e.message, stack: e.stack } }, true),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    rmSync(this.tmp, { recursive: true, force: true });
  }
}

/** A crash's identity, for de-duplication and shrinking: kind, class, and the first frame of ours. */
export function signature(o: Outcome): string | undefined {
  if (o.lib.status === 'crash' || o.lib.status === 'hang') {
    const frame = (o.lib.stack ?? '')
      .split('\n')
      .slice(1)
      .find((l) => /(src|dist)\/.*\.(ts|js):\d+/.test(l));
    const where = frame ? frame.replace(/^.*?((?:src|dist)\/[^:]*):(\d+).*$/, '$1:$2').replace(/^dist\/(.*)\.js/, 'src/$1.ts') : '';
    const msg = (o.lib.message ?? '').replace(/\d+/g, 'N').replace(/"[^"]*"|'[^']*'/g, 'Q').slice(0, 60);
    return `lib ${o.lib.status} ${o.lib.name}: ${msg} @ ${where}`;
  }
  if (o.cli?.crash !== undefined) return `cli ${o.cli.crash.replace(/\d+/g, 'N')}`;
  return undefined;
}
