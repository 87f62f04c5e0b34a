// Differential tests: every case in test/differential/cases is run through GNU make 4.3
// and through `kflags eval` (in-process); stdout, stderr (program prefix normalized) and the
// exit status must agree byte for byte, with history (provenance) recorded and without.
// See test/differential/README.md.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-ignore -- plain JS helper module shared with run-make.mjs
import * as lib from './differential/lib.mjs';
import { setFileCacheMaxText } from '../src/syntax/parse.js';

interface Header { print: string[]; args: string[]; target?: string; env: Record<string, string> }
interface Outcome { stdout: string; stderr: string; status: number }

const CASES_DIR: string = lib.CASES_DIR;
const filter = process.env.KFLAGS_DIFF_FILTER;
const cases: string[] = (lib.listCases() as string[]).filter((c) => !filter || c.includes(filter));

const makeVersion = spawnSync(lib.MAKE as string, ['--version'], { encoding: 'utf8' });
const haveMake = !makeVersion.error && /GNU Make 4\.3\b/.test(makeVersion.stdout ?? '');

async function runKflags(caseFile: string, header: Header, extra: string[] = []): Promise<Outcome> {
  const { run } = (await import('../src/cli/app.js')) as {
    run: (argv: string[], io: { stdout: (t: string) => void; stderr: (t: string) => void; cwd: string; env?: Record<string, string | undefined> }) => Promise<number>;
  };
  // As src/cli/process.ts writes them (make's text is one character a byte), decoded
  // as make's output is (UTF-8).
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const bytes = (t: string) => (/[^\u0000-\u00ff]/.test(t) ? Buffer.from(t, 'utf8') : Buffer.from(t, 'latin1'));
  let status: number;
  try {
    status = await run([...(lib.kflagsArgv(caseFile, header) as string[]), ...extra], {
      stdout: (t) => { out.push(bytes(t)); },
      stderr: (t) => { err.push(bytes(t)); },
      cwd: CASES_DIR,
      env: { NO_COLOR: '1' },
    });
  } catch (e) {
    err.push(Buffer.from(`<<kflags threw: ${(e as Error)?.stack ?? String(e)}>>\n`));
    status = -1;
  }
  const stdout = Buffer.concat(out).toString('utf8');
  const stderr = Buffer.concat(err).toString('utf8');
  return { stdout: lib.normalizeStdout(stdout) as string, stderr: lib.normalizeStderr(stderr) as string, status };
}

function show(label: string, o: Outcome): string {
  return `--- ${label} (status ${o.status})\n[stdout]\n${o.stdout}[stderr]\n${o.stderr}`;
}

describe.skipIf(!haveMake)('differential: GNU make 4.3 vs kflags eval', () => {
  it('has a corpus', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', async (caseFile) => {
    const header = lib.readCase(caseFile) as Header;
    const raw = lib.runMake(caseFile, header) as Outcome;
    const expected: Outcome = { ...raw, stdout: lib.normalizeStdout(raw.stdout) as string, stderr: lib.normalizeStderr(raw.stderr) as string };
    const actual = await runKflags(caseFile, header);
    const message =
      `case ${caseFile}  (kflags ${(lib.kflagsArgv(caseFile, header) as string[]).join(' ')})\n` +
      `${show('GNU make', expected)}\n${show('kflags', actual)}`;
    expect(actual, message).toEqual(expected);
    // With history (and so provenance) recorded, every expansion is traced: the results must not change.
    const traced = await runKflags(caseFile, header, ['--history']);
    expect(traced, `${message}\n${show('kflags --history', traced)}`).toEqual(expected);
    // Every file read once, as one too large for the parse caches is (classified a window at a time, nothing kept): the same.
    setFileCacheMaxText(0);
    let once: Outcome;
    try {
      once = await runKflags(caseFile, header);
    } finally {
      setFileCacheMaxText();
    }
    expect(once, `${message}\n${show('kflags, files read once', once)}`).toEqual(expected);
  });
});
