// Delta debugging (ddmin) for crash inputs: drop lines, then characters,
// while the input still crashes the same way.

export interface ShrinkOptions {
  /** Most predicate calls. */
  maxTests?: number;
  /** Stop after this many milliseconds. */
  maxMs?: number;
}

async function ddmin(units: string[], test: (units: string[]) => Promise<boolean>, budget: () => boolean): Promise<string[]> {
  let n = 2;
  while (units.length >= 2 && budget()) {
    const chunk = Math.ceil(units.length / n);
    let reduced = false;
    for (let start = 0; start < units.length && budget(); start += chunk) {
      const candidate = [...units.slice(0, start), ...units.slice(start + chunk)];
      if (candidate.length > 0 && (await test(candidate))) {
        units = candidate;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= units.length) break;
      n = Math.min(n * 2, units.length);
    }
  }
  // A last pass removing single units (ddmin can stop with removable ones left).
  for (let i = units.length - 1; i >= 0 && units.length > 1 && budget(); i--) {
    const candidate = [...units.slice(0, i), ...units.slice(i + 1)];
    if (await test(candidate)) units = candidate;
  }
  return units;
}

/** The smallest input found that still satisfies `stillCrashes`. */
export async function shrink(text: string, stillCrashes: (t: string) => Promise<boolean>, options: ShrinkOptions = {}): Promise<string> {
  const maxTests = options.maxTests ?? 3000;
  const deadline = Date.now() + (options.maxMs ?? 120_000);
  let tests = 0;
  const budget = () => tests < maxTests && Date.now() < deadline;
  const seen = new Map<string, boolean>();
  const test = async (t: string) => {
    const known = seen.get(t);
    if (known !== undefined) return known;
    tests++;
    const ok = await stillCrashes(t);
    seen.set(t, ok);
    return ok;
  };
  let best = text;
  for (let round = 0; round < 3 && budget(); round++) {
    const before = best;
    const lines = best.split(/(?<=\n)/);
    best = (await ddmin(lines, (u) => test(u.join('')), budget)).join('');
    best = (await ddmin([...best], (u) => test(u.join('')), budget)).join('');
    // Simplify: replace letters/digits runs by a single 'a' where that keeps the crash.
    const words = best.split(/([A-Za-z0-9_.\-]{2,})/);
    for (let i = 1; i < words.length && budget(); i += 2) {
      const candidate = [...words.slice(0, i), 'a', ...words.slice(i + 1)];
      if (await test(candidate.join(''))) words[i] = 'a';
    }
    best = words.join('');
    if (best === before) break;
  }
  return best;
}
