#!/usr/bin/env node
// `npm run bench`: prints how fast and how big the reader is, on corpora of copied articles.
// A benchmark prints figures; it asserts nothing. Everything it writes goes to a temp folder.
//
//   node scripts/bench.mjs [--sizes 1000,10000] [--quick] [--naive-sample 1000] [--lookups 10000]
//                          [--engine cli|core] [--budget 15] [--repeat 2] [--no-vsix] [--keep]
//
// --budget: minutes any one child process may take before it is stopped and reported as such.
// --repeat: how many times each cold index (ours and the naive pipeline's) runs; the fastest counts.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildCorpus, findSourceArticles } from './bench/corpus.mjs';
import { packageSize } from './bench/vsix.mjs';
import { readerDefines } from './readerDefines.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(repo, 'scripts', 'bench');
const options = parseArgs(process.argv.slice(2));
const tmp = mkdtempSync(join(tmpdir(), 'gr-bench-'));
const rows = [];
const notes = [];
const methods = [];

const GOALS = {
  ratio: { text: '≥ 10×', met: (v) => v >= 10 },
  warm: { text: '< 1 s', met: (ms) => ms < 1000 },
  hoverP99: { text: 'p99 < 5 ms', met: (ms) => ms < 5 },
  reindex: { text: '< 100 ms', met: (ms) => ms < 100 },
  memory: { text: '< 400 MB', met: (mb) => mb < 400 },
  activation: { text: '< 50 ms', met: (ms) => ms < 50 },
  vsix: { text: '< 1.5 MB', met: (mb) => mb < 1.5 },
};

try {
  await main();
} finally {
  if (options.keep) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

async function main() {
  const sources = findSourceArticles(repo);
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at start`;
  const corpusNote = sources.bulkPresent
    ? `${sources.files.length} distinct articles (${sources.seedCount} from seeds/, ${sources.files.length - sources.seedCount} from ../shared/corpus/bulk/articles/), ${kb(sources.bytes)} KB, copied under new names`
    : `../shared/corpus/bulk/articles/ is ABSENT: the corpora are copies of the ${sources.files.length} seeds only (${kb(sources.bytes)} KB)`;
  log(`machine: ${machine}`);
  log(`corpus: ${corpusNote}`);

  const core = await bundleCore();
  const cli = await cliFeatures();
  const engine = options.engine === 'core' || !cli.present ? 'core' : 'cli';
  if (engine === 'core' && options.engine !== 'core') notes.push('dist/cli.js is missing or broken: cold figures come from the bundled core in-process.');

  const naiveBySample = new Map();
  for (const size of options.sizes) {
    log(`— ${size} articles`);
    const corpus = buildCorpus(sources.files, size, join(tmp, `corpus-${size}`));
    const label = `${size.toLocaleString('en')} (${(corpus.bytes / 2 ** 20).toFixed(1)} MB)`;

    log('  cold index…');
    // Cold runs, ours and the naive pipeline's alike, are repeated and the fastest kept: a run's speed
    // moves with what else the machine does, and the fastest is the least disturbed.
    const cold = await fastestOf(() => coldIndex(engine, cli, core, corpus, size), (c) => c.timedOut);
    method('cold, ours', `${cold.how}${options.repeat > 1 ? `; fastest of ${options.repeat} runs` : ''}`);
    if (cold.timedOut) {
      rows.push(['cold index, ours', label, `did not finish in ${options.budgetMin} min (stopped)`, '', '']);
      rows.push(['throughput ratio ours ÷ naive', label, '—', GOALS.ratio.text, false]);
      rows.push(['peak memory while indexing', label, `RSS ≥ ${cold.probe ? (cold.probe.maxRssKB / 1024).toFixed(0) : '?'} MB when stopped`, GOALS.memory.text, '']);
      notes.push(`${size}: the cold index did not finish within its ${options.budgetMin}-minute budget (--budget): later figures for this size are skipped.`);
      rmSync(corpus.dir, { recursive: true, force: true });
      continue;
    }
    const coldKB = corpus.bytes / 1024;
    const ourMsPerKB = cold.ms / coldKB;
    rows.push(['cold index, ours', label, `${rate(size, cold.ms)} art/s, ${(coldKB / (cold.ms / 1000)).toFixed(0)} KB/s, ${ourMsPerKB.toFixed(2)} ms/KB (${sec(cold.ms)}${cold.cpuMs ? `; CPU ${sec(cold.cpuMs)}` : ''})`, '', '']);

    const sample = Math.min(size, options.naiveSample);
    if (!naiveBySample.has(sample)) {
      log(`  naive pipeline on ${sample} files…`);
      naiveBySample.set(sample, await fastestOf(() => runJson([join(benchDir, 'naiveWorker.mjs'), repo, corpus.dir, String(sample)])));
    }
    const naive = naiveBySample.get(sample);
    const naiveMsPerKB = naive.ms / (naive.bytes / 1024);
    method('cold, naive', `compromise nlp(text).people() and .quotations() over every file, in a child process, require('compromise') included${options.repeat > 1 ? `; fastest of ${options.repeat} runs` : ''}${sample < size ? `; for ${size} articles timed on the first ${sample} files (same texts, per-KB figures compare)` : ''}`);
    rows.push([`cold index, naive${sample < size ? ` (${sample} sampled)` : ''}`, label, `${rate(naive.files, naive.ms)} art/s, ${(naive.bytes / 1024 / (naive.ms / 1000)).toFixed(0)} KB/s, ${naiveMsPerKB.toFixed(2)} ms/KB (${sec(naive.ms)}${naive.cpuMs ? `; CPU ${sec(naive.cpuMs)}` : ''})`, '', '']);
    const ratio = naiveMsPerKB / ourMsPerKB;
    rows.push(['throughput ratio ours ÷ naive', label, `${ratio.toFixed(2)}×`, GOALS.ratio.text, GOALS.ratio.met(ratio)]);
    // Ours may read on several cores (from 2,000 articles, see readingThreads.ts), the naive pipeline on one:
    // the same ratio by CPU time says how much of it is the work saved rather than the cores used.
    if (cold.cpuMs && naive.cpuMs) {
      const cpuRatio = naive.cpuMs / (naive.bytes / 1024) / (cold.cpuMs / coldKB);
      rows.push(['  … by CPU time (all threads)', label, `${cpuRatio.toFixed(2)}×`, '', '']);
    }

    if (cold.probe) {
      const during = cold.probe.beforeOutput ?? cold.probe;
      const duringMB = during.maxRssKB / 1024;
      method('peak memory', 'process.resourceUsage().maxRSS of the cold-index child, read at its first write to stdout (indexing done, JSON not yet written) and at exit; heap sampled every 20 ms');
      rows.push(['peak memory while indexing', label, `RSS ${duringMB.toFixed(0)} MB, heap ${(during.heapPeak / 2 ** 20).toFixed(0)} MB`, GOALS.memory.text, GOALS.memory.met(duringMB)]);
      rows.push(['  … incl. writing the JSON', label, `RSS ${(cold.probe.maxRssKB / 1024).toFixed(0)} MB, heap ${(cold.probe.heapPeak / 2 ** 20).toFixed(0)} MB`, '', '']);
    }
    if (cold.warm) rows.push(['warm CLI run from its cache', label, `${sec(cold.warm.ms)} (process start → JSON written)`, '', '']);

    log('  hover latency, warm start, re-index…');
    const qdir = join(tmp, `query-${size}`);
    const q = await runSections([join(benchDir, 'queryWorker.mjs'), core, cold.indexFile, corpus.dir, qdir, String(options.lookups), join(repo, 'dist', 'indexWorker.js')], { mkdir: qdir });
    if (q.counts?.skipped) notes.push(`${size}: ${q.counts.skipped} of ${size} files were skipped by the index, e.g. ${q.counts.firstSkip.file}: ${q.counts.firstSkip.reason}`);
    if (q.counts) rows.push(['index found', label, `${q.counts.articles} articles (${q.counts.skipped} skipped), ${q.counts.people} people (${q.counts.personMentions} mentions), ${q.counts.statements} statements, ${q.counts.events} events`, '', '']);
    if (q.hover) {
      method('hover', `CorpusQuery.personAt / statementAt / eventsAt in turn, at a random offset inside a random mention (seeded), each call timed; the index loaded from the cold run's JSON`);
      for (const [kind, st] of Object.entries(q.hover)) {
        if (!st.n) continue;
        const all = kind === 'all';
        rows.push([all ? `hover latency (${st.n} lookups)` : `  ${kind} (${st.n})`, label, `p50 ${ms(st.p50, 3)}, p99 ${ms(st.p99, 3)}, max ${ms(st.max, 1)}`, all ? GOALS.hoverP99.text : '', all ? GOALS.hoverP99.met(st.p99) : '']);
      }
      if (q.hoverCards) {
        const c = q.hoverCards;
        method('hover card', c.how);
        rows.push([`hover card (${c.n} cards)`, label, `p50 ${ms(c.p50, 3)}, p99 ${ms(c.p99, 3)}, max ${ms(c.max, 1)}; the first ${ms(c.firstMs, 1)}${c.prepareMs !== undefined ? ` (words prepared before, ${ms(c.prepareMs, 0)} in all)` : ''}`, GOALS.hoverP99.text, GOALS.hoverP99.met(c.p99)]);
      }
    }
    if (q.editorCold) {
      const e = q.editorCold;
      method('cold, editor', e.how);
      rows.push(['cold index, editor (worker process)', label, `${(coldKB / (e.ms / 1000)).toFixed(0)} KB/s, ${(e.ms / coldKB).toFixed(2)} ms/KB (${sec(e.ms)}: read ${sec(e.readMs)}, link ${sec(e.linkMs)}, the worker's start and sending the index ${sec(e.ms - e.workerMs)})`, '', '']);
      if (e.workerPeakKB) rows.push(['peak memory, indexing worker process', label, `RSS ${(e.workerPeakKB / 1024).toFixed(0)} MB (editor side ${(e.editorRssKB / 1024).toFixed(0)} MB then)`, GOALS.memory.text, GOALS.memory.met(e.workerPeakKB / 1024)]);
    }
    if (q.warm) {
      const w = q.warm;
      method('warm start', w.how);
      rows.push(['warm start → first answer', label, `${ms(w.ms)} (snapshot ${(w.snapshotBytes / 2 ** 20).toFixed(1)} MB loaded ${ms(w.loadMs)}, query + hover ${ms(w.queryMs)})${w.answered ? '' : ' NOT ANSWERED'}`, GOALS.warm.text, GOALS.warm.met(w.ms)]);
      rows.push(['  … snapshot verified by the worker', label, `${ms(w.verifiedMs)} after start (delta: ${w.verifyDelta})`, '', '']);
    } else rows.push(['warm start → first answer', label, q.timedOut ? `did not finish in ${options.budgetMin} min` : 'failed (see notes)', GOALS.warm.text, false]);
    if (q.warmNoSnapshot) {
      const w = q.warmNoSnapshot;
      method('warm start, no snapshot', w.how);
      rows.push(['  … without a snapshot', label, `${ms(w.ms)} (worker ${ms(w.workerMs)}, receive ${ms(w.receiveMs)}, query + hover ${ms(w.queryMs)})${w.answered ? '' : ' NOT ANSWERED'}`, '', '']);
    }
    if (q.warmSavedIndex) rows.push(['  … from the saved index JSON', label, `${ms(q.warmSavedIndex.ms)} (parse, CorpusQuery, one personAt; no re-link)`, '', '']);
    if (q.reindex) {
      const re = q.reindex.median;
      method('re-index', q.reindex.how);
      rows.push(['re-index one edited article', label, `${ms(re.ms)}, median of ${q.reindex.runs} (worker ${ms(re.workerMs)}${re.phases ? ` [read ${ms(re.phases.readMs, 0)}, link ${ms(re.phases.linkMs, 0)}${re.phases.link ? ` = identities ${ms(re.phases.link.identitiesMs, 0)} + statements ${ms(re.phases.link.statementsMs, 0)} + events ${ms(re.phases.link.eventsMs, 0)}` : ''}, diff ${ms(re.phases.diffMs, 0)}]` : ''}, transfer ${ms(re.transferMs)}, apply ${ms(re.applyMs)}, query ${ms(re.queryMs)}, first hover ${ms(re.firstHoverMs)})${re.delta ? '' : ' WHOLE INDEX SENT'}${re.answered ? '' : ' NOT ANSWERED'}`, GOALS.reindex.text, GOALS.reindex.met(re.ms)]);
    } else rows.push(['re-index one edited article', label, q.timedOut ? `did not finish in ${options.budgetMin} min` : 'failed (see notes)', GOALS.reindex.text, false]);
    if (q.maxRssKB) {
      method('peak memory, editor side', 'process.resourceUsage().maxRSS of the query child at its end: everything above on the editor side (the saved index JSON parsed, the snapshot, the queries); the workers are processes of their own');
      rows.push(['peak memory, bench editor side', label, `RSS ${(q.maxRssKB / 1024).toFixed(0)} MB${q.warmWorkerPeakKB ? `; the worker of the warm start and edits ${(q.warmWorkerPeakKB / 1024).toFixed(0)} MB` : ''}`, '', '']);
    }
    if (q.readings && !q.readings.synthesisMatchesRealReading) notes.push(`${size}: the readings synthesised for copies did not match a real reading; warm and re-index figures are suspect.`);
    if (q.timedOut) notes.push(`${size}: the query worker was stopped after its ${options.budgetMin}-minute budget.`);
    rmSync(corpus.dir, { recursive: true, force: true });
    rmSync(qdir, { recursive: true, force: true });
  }

  if (engine === 'cli') {
    log('— one long article');
    const long = await longArticle(sources.files);
    method('one long article', long.how);
    rows.push(['one long article (CLI, no cache)', `1 (${(long.bytes / 2 ** 20).toFixed(1)} MB)`, long.ms === null ? `failed: ${long.error}` : `${sec(long.ms)}, ${(long.ms / (long.bytes / 1024)).toFixed(2)} ms/KB`, '', '']);
  }

  log('— activation');
  const activation = await measureActivation();
  if (activation) {
    method('activation', 'a fresh node process: require(dist/extension.js) then activate() with a stand-in vscode module (bench only) and no workspace folder; median of 5');
    rows.push(['activation', '—', `${ms(activation.totalMs)} (require ${ms(activation.requireMs)}, activate ${ms(activation.activateMs)})${activation.error ? ' ERROR: ' + activation.error.split('\n')[0] : ''}`, GOALS.activation.text, !activation.error && GOALS.activation.met(activation.totalMs)]);
  }

  if (options.vsix) {
    log('— VSIX');
    const v = await packageSize(repo, tmp, log);
    method('VSIX', v.how);
    rows.push(['VSIX size', '—', `${(v.bytes / 1024).toFixed(0)} KB (${v.files} files)`, GOALS.vsix.text, GOALS.vsix.met(v.bytes / 2 ** 20)]);
  }

  print(machine, corpusNote);
}

/** Runs `once` --repeat times and keeps the fastest result (by `ms`); a result that `stops` ends the runs and is the one kept. */
async function fastestOf(once, stops = () => false) {
  let fastest = null;
  for (let attempt = 0; attempt < options.repeat; attempt++) {
    const r = await once();
    if (stops(r)) return r;
    if (!fastest || r.ms < fastest.ms) fastest = r;
  }
  return fastest;
}

/** Records how a figure was measured (printed once under the table). */
function method(name, how) {
  if (!methods.some(([n, h]) => n === name && h === how)) methods.push([name, how]);
}

/** Bundles the core (and, when present, the reading cache and its file store) into one CommonJS file. */
async function bundleCore() {
  const modules = ['src/core/index/indexCorpus.ts', 'src/core/index/corpusIndex.ts', 'src/core/index/corpusQuery.ts', 'src/core/index/readFile.ts', 'src/core/index/readingCache.ts', 'src/core/index/indexDelta.ts', 'src/core/index/packedIndex.ts', 'src/node/fileCacheStore.ts', 'src/node/indexSnapshot.ts', 'src/node/indexWorkerProcess.ts', 'src/vscode/hover/hoverCards.ts'].filter((m) => existsSync(join(repo, m)));
  const outfile = join(tmp, 'core.cjs');
  await esbuild.build({
    stdin: { contents: modules.map((m) => `export * from ${JSON.stringify('./' + m)};`).join('\n'), resolveDir: repo, loader: 'ts' },
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'error',
    // Built as dist/ is (lexicon and pipeline version), so that the bench's caches and snapshots are dist/indexWorker.js's.
    define: await readerDefines(repo),
  });
  return outfile;
}

async function cliFeatures() {
  const file = join(repo, 'dist', 'cli.js');
  if (!existsSync(file)) return { present: false };
  const r = await run([file, '--help']);
  return { present: r.code === 0, file, noCache: r.stdout.includes('--no-cache'), cacheDir: r.stdout.includes('--cache-dir'), threads: r.stdout.includes('--threads') };
}

/** Cold index in a child process (the CLI, or the core in-process), with its peak memory. */
async function coldIndex(engine, cli, core, corpus, size) {
  const indexFile = join(tmp, `index-${size}.json`);
  const probeFile = join(tmp, `probe-${size}.json`);
  const env = { ...process.env, GR_BENCH_PROBE: probeFile };
  let how;
  let args;
  const cacheDir = join(tmp, `cli-cache-${size}`);
  if (engine === 'cli') {
    args = [join(repo, 'dist', 'cli.js'), 'index', corpus.dir, '--json'];
    if (cli.cacheDir) {
      args.push('--cache-dir', cacheDir);
      how = `dist/cli.js index --json, empty --cache-dir${cli.threads ? '; in a corpus of 2,000 articles or more it reads on every core (at most 4 threads)' : ''}`;
    } else if (cli.noCache) {
      args.push('--no-cache');
      how = 'dist/cli.js index --json --no-cache';
    } else {
      how = 'dist/cli.js index --json (it has no cache)';
    }
  } else {
    args = [join(benchDir, 'coreIndexWorker.mjs'), core, corpus.dir, indexFile];
    how = 'bundled core indexCorpus() in a child process';
  }
  const t0 = performance.now();
  const r = await run(['--require', join(benchDir, 'probe.cjs'), ...args], { env, stdoutFile: engine === 'cli' ? indexFile : undefined });
  const wall = performance.now() - t0;
  if (r.timedOut) {
    const probe = existsSync(probeFile) ? JSON.parse(readFileSync(probeFile, 'utf8')) : null;
    return { how, timedOut: true, probe };
  }
  if (r.code !== 0) {
    if (engine === 'cli') {
      notes.push(`${size}: the CLI failed (exit ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' / ')}); cold figures come from the bundled core.`);
      return coldIndex('core', cli, core, corpus, size);
    }
    throw new Error(`indexing failed: ${r.stderr}`);
  }
  const probe = JSON.parse(readFileSync(probeFile, 'utf8'));
  // Time to the first output: module load, scan, read, link (and cache write); not the JSON printing.
  const msToIndexed = probe.beforeOutput?.ms ?? probe.ms;
  const result = { how, ms: msToIndexed, cpuMs: probe.beforeOutput?.cpuMs ?? probe.cpuMs, wallMs: wall, probe, indexFile };
  if (engine === 'cli' && cli.cacheDir) {
    const w0 = performance.now();
    const warm = await run([...args], { stdoutFile: join(tmp, `index-${size}-warm.json`) });
    if (warm.code === 0) result.warm = { ms: performance.now() - w0 };
    rmSync(join(tmp, `index-${size}-warm.json`), { force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return result;
}

/**
 * A single article just under the reader's 5 MB limit: the distinct articles one after another (a long transcript
 * reads like that), read by the CLI without a cache. What an article's own size costs, where the corpus figures
 * spread the cost over many small ones.
 */
async function longArticle(files) {
  const dir = join(tmp, 'long-article');
  mkdirSync(dir, { recursive: true });
  const limit = 5 * 2 ** 20 - 64 * 1024;
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const parts = ['One long article\n'];
  let bytes = parts[0].length;
  for (let i = 0; bytes < limit; i++) {
    const t = texts[i % texts.length];
    const size = Buffer.byteLength(t) + 1;
    if (bytes + size > limit) break;
    parts.push(t);
    bytes += size;
  }
  writeFileSync(join(dir, 'long.txt'), parts.join('\n'));
  const t0 = performance.now();
  const r = await run([join(repo, 'dist', 'cli.js'), 'index', dir, '--no-cache']);
  const ms = performance.now() - t0;
  rmSync(dir, { recursive: true, force: true });
  const how = 'the distinct articles written one after another into one file just under the 5 MB limit; dist/cli.js index --no-cache, process start to exit';
  return r.code === 0 ? { ms, bytes, how } : { ms: null, bytes, how, error: r.stderr.trim().split('\n').at(-1) };
}

async function measureActivation() {
  if (!existsSync(join(repo, 'dist', 'extension.js'))) {
    notes.push('dist/extension.js is missing: no activation figure (run npm run build).');
    return null;
  }
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await runJson([join(benchDir, 'activateWorker.cjs'), repo]));
  runs.sort((a, b) => a.totalMs - b.totalMs);
  const median = runs[Math.floor(runs.length / 2)];
  return { ...median, runs: runs.length };
}

function print(machine, corpusNote) {
  const header = ['figure', 'articles', 'measured', 'goal', 'met'];
  const body = rows.map(([a, b, c, d, e]) => [a, b, c, d, e === '' ? '' : e ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' │ ').trimEnd();
  const out = [
    '',
    'Grounded Reader benchmark',
    `machine: ${machine}`,
    `corpus:  ${corpusNote}`,
    '',
    line(header),
    widths.map((w) => '─'.repeat(w)).join('─┼─'),
    ...body.map(line),
    '',
  ];
  const judged = body.filter((r) => r[4] !== '');
  out.push(`goals met: ${judged.filter((r) => r[4] === 'yes').length} of ${judged.length}`);
  for (const r of judged.filter((r) => r[4] === 'NO')) out.push(`  not met: ${r[0].trim()} [${r[1] || 'once'}] ${r[2]} (goal ${r[3]})`);
  out.push('', 'how each figure was measured:');
  for (const [n, h] of methods) out.push(`  ${n}: ${h}`);
  for (const n of notes) out.push(`note: ${n}`);
  process.stdout.write(out.join('\n') + '\n');
}

/** Runs node with `args`; a child past the time budget is killed and reported as timed out. */
function run(args, { env = process.env, stdoutFile, mkdir, budgetMs = options.budgetMin * 60_000 } = {}) {
  if (mkdir) mkdirSync(mkdir, { recursive: true });
  return new Promise((resolveRun, reject) => {
    const fd = stdoutFile ? openSync(stdoutFile, 'w') : undefined;
    const child = spawn(process.execPath, args, { cwd: repo, env, stdio: ['ignore', fd ?? 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL'); // a synchronous loop never sees a gentler signal
    }, budgetMs);
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-20000)));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (fd !== undefined) closeSync(fd);
      resolveRun({ code, stdout, stderr, timedOut });
    });
  });
}

async function runJson(args, opts) {
  const r = await run(args, opts);
  if (r.code !== 0) throw new Error(`${args[0]} failed (exit ${r.code}${r.timedOut ? ', out of time' : ''}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

/** A child that prints one JSON object per finished section: whatever finished, merged. */
async function runSections(args, opts) {
  const r = await run(args, opts);
  const merged = {};
  for (const line of r.stdout.split('\n')) {
    if (line.startsWith('{')) Object.assign(merged, JSON.parse(line));
  }
  if (r.code !== 0 && !r.timedOut) notes.push(`${args[0]} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  return { ...merged, timedOut: r.timedOut };
}

function parseArgs(argv) {
  const o = { sizes: [1000, 10000], naiveSample: 1000, lookups: 10000, engine: 'cli', vsix: true, keep: false, budgetMin: 15, repeat: 2 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--sizes') o.sizes = value().split(',').map((s) => Number(s.trim()));
    else if (a === '--quick') o.sizes = [200, 1000];
    else if (a === '--naive-sample') o.naiveSample = Number(value());
    else if (a === '--lookups') o.lookups = Number(value());
    else if (a === '--engine') o.engine = value();
    else if (a === '--budget') o.budgetMin = Number(value());
    else if (a === '--repeat') o.repeat = Math.max(1, Math.floor(Number(value())) || 1);
    else if (a === '--no-vsix') o.vsix = false;
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: node scripts/bench.mjs [--sizes 1000,10000] [--quick] [--naive-sample N] [--lookups N] [--engine cli|core] [--budget MINUTES] [--repeat N] [--no-vsix] [--keep]\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (o.sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error('--sizes takes positive whole numbers, e.g. 1000,10000');
  if (!['cli', 'core'].includes(o.engine)) throw new Error('--engine is cli or core');
  o.sizes.sort((a, b) => a - b);
  return o;
}

function log(m) {
  process.stderr.write(`bench: ${m}\n`);
}
function kb(b) {
  return (b / 1024).toFixed(0);
}
function sec(m) {
  return `${(m / 1000).toFixed(1)} s`;
}
function ms(m, digits = 1) {
  return m === null || m === undefined ? '—' : `${m.toFixed(digits)} ms`;
}
function rate(n, m) {
  return (n / (m / 1000)).toFixed(1);
}
