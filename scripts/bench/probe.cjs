// Preloaded (`node --require`) into a benchmarked child process. At exit it writes, to the file named
// by GR_BENCH_PROBE, the process's peak RSS and sampled peak heap, overall and up to the first write
// to stdout (for the CLI that is the JSON output, so "before output" is the indexing alone).
'use strict';
const fs = require('node:fs');

const out = process.env.GR_BENCH_PROBE;
if (out) {
  const started = performance.now();
  let heapPeak = 0;
  const sample = () => {
    const h = process.memoryUsage().heapUsed;
    if (h > heapPeak) heapPeak = h;
  };
  // A snapshot once a second, so a run stopped by the bench's time budget still tells its memory.
  let lastSnapshot = 0;
  const timer = setInterval(() => {
    sample();
    if (performance.now() - lastSnapshot > 1000) {
      lastSnapshot = performance.now();
      fs.writeFileSync(out, JSON.stringify({ partial: true, ms: lastSnapshot - started, maxRssKB: process.resourceUsage().maxRSS, heapPeak, beforeOutput: null }));
    }
  }, 20);
  timer.unref();

  let beforeOutput = null;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (...args) => {
    if (!beforeOutput) {
      sample();
      beforeOutput = { ms: performance.now() - started, cpuMs: cpuMs(), maxRssKB: process.resourceUsage().maxRSS, heapPeak };
    }
    return write(...args);
  };

  process.on('exit', (code) => {
    sample();
    const record = {
      code,
      ms: performance.now() - started,
      cpuMs: cpuMs(),
      maxRssKB: process.resourceUsage().maxRSS,
      heapPeak,
      beforeOutput,
    };
    fs.writeFileSync(out, JSON.stringify(record));
  });
}

/** CPU time the process has used so far, every thread's (user and system), in ms. */
function cpuMs() {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1000;
}
