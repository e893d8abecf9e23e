// Scores the reader against hand-checked gold: the seeds (gold shipped in test/fixtures/gold) and, when
// ../shared/corpus/dev is there, the second development set. Prints figures; judges nothing.
// usage: node scripts/eval.mjs [--cli dist/cli.js] [--json out.json] [--verbose]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const cli = resolve(arg('--cli', join(repo, 'dist/cli.js')));
const verbose = process.argv.includes('--verbose');
const scorer = join(repo, 'test/fixtures/gold/score.py');
const devDir = process.env.GROUNDED_READER_DEV_CORPUS ?? resolve(repo, '../shared/corpus/dev');

const sets = [{ name: 'seeds', articles: join(repo, 'seeds'), gold: join(repo, 'test/fixtures/gold/seeds.gold.json') }];
if (existsSync(join(devDir, 'gold.json'))) {
  const dev = { articles: join(devDir, 'articles'), gold: join(devDir, 'gold.json') };
  // Text alone, then with what a reader of saved pages knows (outlet and publication date, from the gold's
  // article list, as a corpus.json would give them): relative days ("on Wednesday") need the latter.
  sets.push({ name: 'dev (text only)', ...dev }, { name: 'dev (with a manifest of outlet and date)', ...dev, manifestFromGold: true });
}
else console.log(`dev corpus not found at ${devDir} (set GROUNDED_READER_DEV_CORPUS): scoring the seeds only\n`);

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`);
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'gr-eval-'));
const results = {};
try {
  for (const set of sets) {
    const started = process.hrtime.bigint();
    const extra = [];
    if (set.manifestFromGold) {
      const articles = Object.fromEntries(JSON.parse(readFileSync(set.gold, 'utf8')).articles.map((a) => [a.file, { outlet: a.outlet, published: a.published }]));
      writeFileSync(join(tmp, 'manifest.json'), JSON.stringify({ articles }));
      extra.push('--manifest', join(tmp, 'manifest.json'));
    }
    const index = execFileSync(process.execPath, [cli, 'index', set.articles, '--json', '--no-cache', ...extra], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const out = join(tmp, 'index.json');
    writeFileSync(out, index);
    const score = JSON.parse(execFileSync('python3', [scorer, set.gold, out, '--articles', set.articles], { encoding: 'utf8' }));
    results[set.name] = { ...score, ms: Math.round(ms) };
    print(set.name, score, ms);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const jsonOut = arg('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1));

function print(name, s, ms) {
  const p = s.people;
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const f1 = (r, q) => (r + q ? (2 * r * q) / (r + q) : 0);
  console.log(`== ${name} (indexed in ${Math.round(ms)} ms, CLI start-up included)`);
  console.log(`people     recall ${pct(p.recall)}  precision ${pct(p.precision)}  F1 ${pct(f1(p.recall, p.precision))}  split ${p.split}  merged ${p.merged}  (gold ${p.gold}, predicted ${p.predicted})`);
  for (const kind of ['direct', 'indirect']) {
    const q = s.quotes[kind];
    console.log(
      `${kind.padEnd(10)} found ${pct(q.detection_recall)} (${q.found}/${q.gold})  speaker right ${pct(q.attribution_accuracy)}  end-to-end ${pct(q.end_to_end_recall)}  ` +
        `detection precision ${pct(q.detection_precision)}  when right ${pct(q.when_right)}  when wrong ${q.when_wrong}`,
    );
  }
  const e = s.events;
  console.log(`events     link precision ${pct(e.precision)}  recall ${pct(e.recall)}  F1 ${pct(e.f1)}  (gold links ${e.gold_links}, predicted ${e.predicted_links})`);
  if (verbose) {
    console.log('  missed people:', p.missed.join(', ') || '-');
    for (const kind of ['direct', 'indirect']) for (const m of s.quotes[kind].misses) console.log(`  ${kind} miss:`, JSON.stringify(m));
    for (const m of e.missed) console.log('  missed link:', JSON.stringify(m));
  }
  console.log('');
}
