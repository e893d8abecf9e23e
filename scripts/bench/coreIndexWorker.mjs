// Indexes a folder in-process with the bundled core (the fallback when the CLI cannot run).
// `node coreIndexWorker.mjs <core bundle> <dir> <out.json>`; figures come from probe.cjs.
import { createRequire } from 'node:module';
import { promises as fs, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [bundle, dir, out] = process.argv.slice(2);
const core = createRequire(import.meta.url)(bundle);
const files = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
const data = await core.indexCorpus({ files, read: (f) => fs.readFile(join(dir, f)) });
process.stdout.write(`indexed ${data.articles.length}\n`); // marks the end of indexing for the probe
writeFileSync(out, JSON.stringify(data));
