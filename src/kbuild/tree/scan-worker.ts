// A scan's worker thread (scan-pool.ts): each directory it is sent,
// answered on its port; the shared counter tells the scan that an answer is
// there. A directory's sub-make needs from the top level only what the scan
// sends (include directories, $(build)'s makefile, the environment): the top
// level is read here only for a directory reached from the top (`chain`).
import { workerData } from 'node:worker_threads';
import { MakeError } from '../../eval/errors.js';
import type { ShellResult } from '../../host/host.js';
import type { ProbeHost } from './probes.js';
import type { ScanJob, ScanResult, ScanWorkerData } from './scan-pool.js';
import { evaluateDirectory, evaluateDirectoryChain, evaluateTopLevel, treeHosts, type SubMakeBase, type TopLevel } from './tree.js';

const { options, goals, base, signal, port } = workerData as ScanWorkerData;
let warnings: string[] = [];
let shells: [string, string][] = [];
const onWarning = (text: string) => warnings.push(text);

/** Every $(shell) this thread asks is recorded, to be replayed on the scan's own probe host. */
function recordShells(host: ProbeHost): void {
  const shell = host.shell.bind(host);
  host.shell = (command: string, cwd: string, env: Record<string, string>): ShellResult => {
    shells.push([command, cwd]);
    return shell(command, cwd, env);
  };
}

let subMakeBase: SubMakeBase | undefined;
function directoryBase(): SubMakeBase {
  if (subMakeBase === undefined) {
    const hosts = treeHosts({ ...options, onWarning });
    recordShells(hosts.probeHost);
    subMakeBase = { ...base, common: hosts.common, commandLine: hosts.commandLine, environment: {} };
  }
  return subMakeBase;
}

let top: TopLevel | undefined;
function topLevel(): TopLevel {
  if (top === undefined) {
    top = evaluateTopLevel({ ...options, onWarning, configChecked: true }, goals);
    recordShells(top.probeHost);
  }
  return top;
}

function fatal(e: unknown): ScanResult['fatal'] {
  const err = e instanceof Error ? e : new Error(String(e));
  return { name: err.name, message: err.message, stack: err.stack };
}

port.on('message', (job: ScanJob) => {
  warnings = [];
  shells = [];
  let result: ScanResult;
  try {
    const built = job.chain ? evaluateDirectoryChain(topLevel(), job.dir, job.goals) : evaluateDirectory(directoryBase(), job.dir, job.subMake, job.goals, job.environment);
    result = { index: job.index, objects: built.objects, subdirs: built.subdirs, environment: built.subdirs.length > 0 ? built.environment : {}, warnings, shells };
  } catch (e) {
    result = e instanceof MakeError ? { index: job.index, error: e.render().trimEnd(), warnings, shells } : { index: job.index, fatal: fatal(e), warnings, shells };
  }
  port.postMessage(result);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
