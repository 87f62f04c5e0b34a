// Preloaded into a `kflags` process by bench/run.mjs (node --import): at exit,
// writes the time spent in garbage collection (PerformanceObserver 'gc'
// entries) and the process's own age to stderr, for the GC share.
import { PerformanceObserver, performance } from 'node:perf_hooks';

let gc = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gc += e.duration;
}).observe({ entryTypes: ['gc'] });
process.on('exit', () => {
  process.stderr.write(`\n__KFLAGS_GC ${gc.toFixed(1)} ${performance.now().toFixed(1)}\n`);
});
