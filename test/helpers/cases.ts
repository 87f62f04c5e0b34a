// Table-driven tests that check one expectation against both GNU make 4.3
// (when installed) and kflags. See make.ts for how each side is run.
import { chai, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { haveMake, runBoth, runKflags, tempDir, type Outcome, type RunOptions } from './make.js';

// Show whole strings in failure messages.
chai.config.truncateThreshold = 0;

export interface Case extends RunOptions {
  name?: string;
  /** The makefile (t.mk). */
  mk: string;
  /** Expected stdout (default: empty). */
  out?: string;
  /** Expected stderr (default: empty), make's words with the `make: ` prefix. */
  err?: string;
  /** Expected exit status (default: 2 when `err` contains `***`, else 0). */
  status?: number;
  /** What kflags says on stderr instead of `err` (its own notes: shell not run, file not written). */
  kflagsErr?: string;
  /** Not supported by GNU make 4.3 (let, intcmp): only kflags is checked. */
  kflagsOnly?: boolean;
  /** Extra checks after both ran (in the same directory). */
  after?: (dir: string) => void;
}

/** A case printing `[EXPR]` with $(info) on line 1 + (lines in pre). */
export function x(expr: string, result: string, more: Partial<Case> & { pre?: string } = {}): Case {
  const { pre, ...rest } = more;
  return { name: expr, mk: `${pre === undefined ? '' : pre + '\n'}$(info [${expr}])\n`, out: `[${result}]\n`, ...rest };
}

/** A case whose reading stops with `FILE:LINE: *** MESSAGE.  Stop.` */
export function fatal(mk: string, message: string, line = 1, more: Partial<Case> = {}): Case {
  return { name: mk.trim(), mk, err: `t.mk:${line}: *** ${message}.  Stop.\n`, ...more };
}

export function expected(c: Case): Outcome {
  const stderr = c.err ?? '';
  return { stdout: c.out ?? '', stderr, status: c.status ?? (stderr.includes('***') ? 2 : 0) };
}

/** One readable string, so that a failure shows every byte of both sides. */
export function show(o: Outcome): string {
  return `status ${o.status}\nstdout ${JSON.stringify(o.stdout)}\nstderr ${JSON.stringify(o.stderr)}`;
}

export function check(c: Case): void {
  const want = expected(c);
  if (c.kflagsOnly) {
    expect(show(runKflags(c.mk, c)), 'kflags').toBe(show(want));
    return;
  }
  const dir = c.dir ?? tempDir();
  try {
    const { kflags, make } = runBoth(c.mk, { ...c, dir });
    if (make !== undefined) expect(show(make), 'GNU make 4.3 (the expectation itself is wrong)').toBe(show(want));
    expect(show(kflags), 'kflags').toBe(show(c.kflagsErr === undefined ? want : { ...want, stderr: c.kflagsErr }));
    c.after?.(dir);
  } finally {
    if (c.dir === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

/** One `it` per case. */
export function cases(list: Case[]): void {
  const seen = new Map<string, number>();
  for (const c of list) {
    let name = c.name ?? c.mk.trim();
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    if (n > 0) name += ` #${n + 1}`;
    it(JSON.stringify(name).slice(1, -1), () => check(c));
  }
}

export { haveMake };
