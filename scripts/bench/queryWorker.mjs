// Answers from a saved index, as the editor does: warm start, hover latency, re-index of one edited
// article. `node queryWorker.mjs <core bundle> <index.json> <corpus dir> <tmp dir> <lookups>` prints
// one JSON line of figures per section as it finishes.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const [bundle, indexJson, dir, tmp, lookupsArg] = process.argv.slice(2);
const core = createRequire(import.meta.url)(bundle);
const lookups = Number(lookupsArg);
const result = {};

// A small seeded generator, so every run asks the same questions.
let seed = 0x9e3779b9;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const offsetIn = (span) => span.start + Math.floor(random() * Math.max(1, span.end - span.start));
const firstMention = (data) => data.people.find((p) => p.mentions.length)?.mentions[0];
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : null);

// 1. Warm start from the saved index: read it, build the query, answer one hover.
{
  const t0 = performance.now();
  const data = JSON.parse(readFileSync(indexJson, 'utf8'));
  const query = new core.CorpusQuery(data);
  const m = firstMention(data);
  const answered = m ? query.personAt(m.file, m.start) : undefined;
  result.warmSavedIndex = { ms: performance.now() - t0, answered: Boolean(answered) };

  // 2. Hover latency at random mention offsets.
  const targets = {
    personAt: data.people.flatMap((p) => p.mentions),
    statementAt: data.quotes,
    eventsAt: data.events.flatMap((e) => e.mentions),
  };
  const kinds = Object.keys(targets).filter((k) => targets[k].length);
  const times = Object.fromEntries(kinds.map((k) => [k, []]));
  const all = [];
  for (let i = 0; i < lookups && kinds.length; i++) {
    const kind = kinds[i % kinds.length];
    const span = pick(targets[kind]);
    const offset = offsetIn(span);
    const t = performance.now();
    const hit = query[kind](span.file, offset);
    const dt = performance.now() - t;
    if (!hit || (Array.isArray(hit) && hit.length === 0)) throw new Error(`${kind} missed ${span.file}@${offset}`);
    times[kind].push(dt);
    all.push(dt);
  }
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), max: s.at(-1) ?? null };
  };
  result.hover = { all: stats(all), ...Object.fromEntries(kinds.map((k) => [k, stats(times[k])])) };
  result.counts = { skipped: data.skipped.length, firstSkip: data.skipped[0] ?? null, articles: data.articles.length, people: data.people.length, statements: data.quotes.length, events: data.events.length, personMentions: targets.personAt.length };
}

emit('hover', { hover: result.hover, counts: result.counts, warmSavedIndex: result.warmSavedIndex });

// 3. Readings for every file. Copies share their text, so each distinct text is read once under a
//    placeholder name and the name is swapped in; a few are checked against a real reading.
const files = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
const placeholder = '__gr_bench_placeholder__.txt';
const byHash = new Map();
const readings = [];
{
  const t0 = performance.now();
  const bytesOf = new Map();
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    bytesOf.set(f, bytes);
    const hash = createHash('sha1').update(bytes).digest('hex');
    if (!byHash.has(hash)) {
      let json = null;
      try {
        const outcome = core.readArticleFile(placeholder, bytes);
        if (outcome.ok) json = JSON.stringify(outcome.reading);
      } catch {
        // a reader bug on this text: the file is left out, as the session skips it
      }
      byHash.set(hash, json);
    }
    const json = byHash.get(hash);
    if (json !== null) readings.push(JSON.parse(json.split(placeholder).join(f)));
  }
  const check = [files[0], files[Math.floor(files.length / 2)], files.at(-1)];
  const same = check.every((f) => {
    const synth = readings.find((r) => r.article.file === f);
    try {
      const real = core.readArticleFile(f, bytesOf.get(f));
      return real.ok ? Boolean(synth) && JSON.stringify(real.reading) === JSON.stringify(synth) : !synth;
    } catch {
      return !synth;
    }
  });
  result.readings = { files: files.length, distinct: byHash.size, ms: performance.now() - t0, synthesisMatchesRealReading: same };
  emit('readings', { readings: result.readings });
}

const source = { files, read: (f) => readFile(join(dir, f)) };

// 4. Warm start from the reading cache: fill a cache with every reading (through the cache's own
//    API), then time a new session that reads the corpus from it, links it, and answers one hover.
const store = new core.FileCacheStore(join(tmp, 'reading-cache.json'));
const fill = new core.ReadingCache(store);
await fill.open();
readings.forEach((r) => fill.set(core.ReadingCache.keyOf(r.article.file, readFileSync(join(dir, r.article.file)), undefined), r));
await fill.flush();
const t0 = performance.now();
const session = new core.CorpusSession({ cache: new core.ReadingCache(store) });
await session.readAll(source);
const t1 = performance.now();
const data = session.link();
const t2 = performance.now();
const query = new core.CorpusQuery(data);
const m = firstMention(data);
const answered = m ? query.personAt(m.file, m.start) : undefined;
const t3 = performance.now();
result.warmCache = {
  how: 'CorpusSession + ReadingCache (FileCacheStore): read every file and its cached reading, link, query, one personAt',
  ms: t3 - t0, readMs: t1 - t0, linkMs: t2 - t1, queryMs: t3 - t2, answered: Boolean(answered), cacheBytes: statSync(store.file).size,
};

emit('warm', { warmCache: result.warmCache });

// 5. Re-index of one edited article: read its new bytes, re-link the corpus, rebuild the query.
{
  const target = Math.floor(readings.length / 2);
  const file = readings[target].article.file;
  const original = readFileSync(join(dir, file), 'utf8');
  const runs = [];
  for (let i = 0; i < 5; i++) {
    // One slow run is figure enough: re-linking a large corpus can take minutes.
    if (runs.length && runs.reduce((sum, r) => sum + r.ms, 0) > 10_000) break;
    const edited = new TextEncoder().encode(`${original}\n\n"We will meet again on Thursday number ${i}," Minister Arlo Venn told reporters.\n`);
    const t0 = performance.now();
    await session.update([{ file, read: async () => edited }]);
    const t1 = performance.now();
    const data = session.link();
    const t2 = performance.now();
    new core.CorpusQuery(data);
    const t3 = performance.now();
    runs.push({ ms: t3 - t0, readMs: t1 - t0, linkMs: t2 - t1, queryMs: t3 - t2 });
  }
  runs.sort((a, b) => a.ms - b.ms);
  result.reindex = {
    how: 'CorpusSession.update(one file) + link() + new CorpusQuery',
    runs: runs.length, median: runs[Math.floor(runs.length / 2)], min: runs[0],
  };
}

emit('reindex', { reindex: result.reindex, maxRssKB: process.resourceUsage().maxRSS });

/** One JSON line per finished section, so a run stopped by its time budget still reports what it did. */
function emit(section, figures) {
  process.stdout.write(JSON.stringify({ section, ...figures }) + '\n');
}
