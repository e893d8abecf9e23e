// Builds benchmark corpora: copies of the repo's seeds (and the shared bulk corpus, when present)
// under new names in a temporary folder. Never writes into the repo or ../shared.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** The distinct articles the corpora are made of, and where they came from. */
export function findSourceArticles(repo) {
  const seeds = resolve(repo, 'seeds');
  const bulk = resolve(repo, '..', 'shared', 'corpus', 'bulk', 'articles');
  const list = (dir) =>
    readdirSync(dir)
      .filter((n) => /\.txt$/i.test(n) && statSync(join(dir, n)).isFile())
      .sort()
      .map((n) => join(dir, n));
  const files = list(seeds);
  const bulkPresent = existsSync(bulk);
  if (bulkPresent) files.push(...list(bulk));
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  return { files, bytes, seeds, bulk, bulkPresent, seedCount: files.length - (bulkPresent ? list(bulk).length : 0) };
}

/**
 * Writes `size` articles into `dir`, cycling through the sources: `00001_<original name>`.
 * Copies are byte-identical to their source, so a content-keyed cache sees only the distinct texts.
 */
export function buildCorpus(sources, size, dir) {
  mkdirSync(dir, { recursive: true });
  const width = String(size).length;
  const files = [];
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    const src = sources[i % sources.length];
    const name = `${String(i + 1).padStart(width, '0')}_${basename(src)}`;
    copyFileSync(src, join(dir, name));
    bytes += statSync(src).size;
    files.push(name);
  }
  return { dir, files, bytes };
}
