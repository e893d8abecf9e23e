// The naive pipeline the reader is measured against: compromise's people() and quotations() over
// every file. `node naiveWorker.mjs <repo> <dir> <count>` prints one JSON line of figures.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [repo, dir, count] = process.argv.slice(2);
const started = performance.now();
const require = createRequire(join(repo, 'package.json'));
const loaded = require('compromise');
const nlp = loaded.default ?? loaded;
const files = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().slice(0, Number(count));
let bytes = 0;
let people = 0;
let quotes = 0;
for (const name of files) {
  const buf = readFileSync(join(dir, name));
  bytes += buf.length;
  const doc = nlp(buf.toString('utf8'));
  people += doc.people().length;
  quotes += doc.quotations().length;
}
const ms = performance.now() - started;
const usage = process.resourceUsage();
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
process.stdout.write(JSON.stringify({ files: files.length, bytes, ms, cpuMs, people, quotes, maxRssKB: usage.maxRSS }) + '\n');
