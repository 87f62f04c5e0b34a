// A scan's worker thread (scan-pool.ts): the top level read once, then each
// directory it is sent, answered on its port; the shared counter tells the
// scan that an answer is there.
import { workerData } from 'node:worker_threads';
import { MakeError } from '../../eval/errors.js';
import type { ShellResult } from '../../host/host.js';
import type { ScanJob, ScanResult, ScanWorkerData } from './scan-pool.js';
import { evaluateDirectory, evaluateDirectoryChain, evaluateTopLevel } from './tree.js';

const { options, goals, signal, port } = workerData as ScanWorkerData;
let warnings: string[] = [];
let shells: [string, string][] = [];
let top: ReturnType<typeof evaluateTopLevel> | undefined;
let failed: ScanResult['fatal'];
try {
  top = evaluateTopLevel({ ...options, onWarning: (text) => warnings.push(text) }, goals);
  const host = top.probeHost;
  const shell = host.shell.bind(host);
  host.shell = (command: string, cwd: string, env: Record<string, string>): ShellResult => {
    shells.push([command, cwd]);
    return shell(command, cwd, env);
  };
} catch (e) {
  failed = fatal(e);
}

function fatal(e: unknown): ScanResult['fatal'] {
  const err = e instanceof Error ? e : new Error(String(e));
  return { name: err.name, message: err.message, stack: err.stack };
}

port.on('message', (job: ScanJob) => {
  warnings = [];
  shells = [];
  let result: ScanResult;
  if (top === undefined) {
    result = { index: job.index, fatal: failed, warnings, shells };
  } else {
    try {
      const built = job.chain ? evaluateDirectoryChain(top, job.dir, job.goals) : evaluateDirectory(top, job.dir, job.subMake, job.goals, job.environment);
      result = { index: job.index, objects: built.objects, subdirs: built.subdirs, environment: built.subdirs.length > 0 ? built.environment : {}, warnings, shells };
    } catch (e) {
      result = e instanceof MakeError ? { index: job.index, error: e.render().trimEnd(), warnings, shells } : { index: job.index, fatal: fatal(e), warnings, shells };
    }
  }
  port.postMessage(result);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
