// Bundles the extension, the CLI and the tests with esbuild. `node scripts/build.mjs [--watch]`.
import * as esbuild from 'esbuild';
import { readdirSync, renameSync, statSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readerDefines } from './readerDefines.mjs';

const watch = process.argv.includes('--watch');
const define = await readerDefines(process.cwd());

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
