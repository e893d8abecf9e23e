// What every bundle of the reader is built with: its lexicon and its pipeline version. Used by
// scripts/build.mjs and by the bench's in-process bundle of the core, so that both read alike.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/**
 * esbuild `define`s for the reader in `repo`:
 * - `__LEXICON__`: compromise's lexicon with our plugin. The reader looks words up in it but never runs
 *   compromise's tagger, so it is compiled here, once, and the reader does not load compromise on start.
 * - `__READER_BUILD__`: a hash of the reader's code and of the lexicon. Any change to either changes the
 *   pipeline version, so cached readings are never stale.
 */
export async function readerDefines(repo) {
  const lexicon = await compileLexicon(repo);
  const hash = createHash('sha256');
  const walk = (dir) =>
    readdirSync(dir).sort().forEach((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(relative(repo, p)).update(readFileSync(p));
    });
  walk(join(repo, 'src', 'core'));
  hash.update(lexicon);
  return { __READER_BUILD__: JSON.stringify(hash.digest('hex').slice(0, 12)), __LEXICON__: JSON.stringify(lexicon) };
}

/** Runs src/core/nlp/lexiconSource.ts (bundled with compromise into a temporary file) and returns the lexicon text. */
async function compileLexicon(repo) {
  const dir = mkdtempSync(join(tmpdir(), 'grounded-reader-lexicon-'));
  try {
    const outfile = join(dir, 'lexiconSource.cjs');
    await esbuild.build({ entryPoints: [join(repo, 'src', 'core', 'nlp', 'lexiconSource.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
    return createRequire(import.meta.url)(outfile).compileLexicon();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
