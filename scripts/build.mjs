// Bundles the extension, the CLI and the tests with esbuild. `node scripts/build.mjs [--watch]`.
import * as esbuild from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, renameSync, statSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

const watch = process.argv.includes('--watch');
function sourceFiles(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : [p];
  });
}

// The reader looks words up in compromise's lexicon (with our plugin) but never runs its tagger: the
// lexicon is compiled here, once, into the bundles, and the reader does not load compromise on start.
const lexicon = await compileLexicon();

// Any change to the reader's code or to the lexicon changes the pipeline version, so cached readings are
// never stale.
const readerHash = createHash('sha256');
for (const f of sourceFiles('src/core')) readerHash.update(f).update(readFileSync(f));
readerHash.update(lexicon);
const define = { __READER_BUILD__: JSON.stringify(readerHash.digest('hex').slice(0, 12)), __LEXICON__: JSON.stringify(lexicon) };

/** Runs src/core/nlp/lexiconSource.ts (bundled in memory with compromise) and returns the lexicon text. */
async function compileLexicon() {
  const dir = mkdtempSync(join(tmpdir(), 'grounded-reader-lexicon-'));
  try {
    const outfile = join(dir, 'lexiconSource.cjs');
    await esbuild.build({ entryPoints: ['src/core/nlp/lexiconSource.ts'], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
    return createRequire(import.meta.url)(outfile).compileLexicon();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', define };

function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testEntries(p));
    else if (/(\.test|^index)\.ts$/.test(name) || name === 'index.ts') out.push(p);
  }
  return out;
}

// Tests are built beside out/ and swapped in whole, so a test file deleted from test/ does not linger
// in out/ and a concurrent build never leaves out/ half-empty for a test run.
const testOut = watch ? 'out/test' : `out.tmp-${process.pid}/test`;
const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: !watch },
  { ...common, entryPoints: ['src/node/indexWorker.ts'], outfile: 'dist/indexWorker.js', minify: !watch },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, minify: !watch },
  {
    ...common,
    entryPoints: testEntries('test').filter((p) => !relative('test', p).startsWith('fixtures')),
    outdir: testOut,
    outbase: 'test',
    external: ['vscode', 'mocha'],
  },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching…');
} else {
  try {
    await Promise.all(builds.map((b) => esbuild.build(b)));
    rmSync('out', { recursive: true, force: true });
    renameSync(`out.tmp-${process.pid}`, 'out');
  } finally {
    rmSync(`out.tmp-${process.pid}`, { recursive: true, force: true });
  }
}
