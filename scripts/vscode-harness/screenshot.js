#!/usr/bin/env node
// `npm run screenshot`: opens the seeds in the real editor with the extension loaded and writes the
// PNG(s) that test/screenshot/index.ts asks for (default media/screenshots/corpus-view.png).
//
// usage: node scripts/vscode-harness/screenshot.js [--out media/screenshots] [--workspace seeds]
//                                                  [--tests out/test/screenshot/index.js] [--viewport 1400x850]
//
// The screenshot "test" runs in the extension host and logs "[vscrt:screenshot] <path>" for each
// picture; the harness writes them into a temp dir, and only when the whole run succeeded are they
// copied over the ones in --out, so a failed run never leaves a broken or half-finished picture.
// Exit code: 0 written; 1 the screenshot run failed; 2 bad usage; 3 the harness failed.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseArgs, parseViewport, runExtensionTests } = require('./runExtensionTests');
const { REPO, checkBuilt, copyWorkspace, exitOnSignals, runSetup, fail } = require('./test');

const SCREENSHOT_DIR_ENV = 'GROUNDED_READER_SCREENSHOT_DIR'; // read by test/screenshot/index.ts
// A picture for people: articles are prose (wrap them), and no highlight of the word at the cursor.
const SCREENSHOT_SETTINGS = { 'editor.wordWrap': 'on', 'editor.occurrencesHighlight': 'off' };
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function isPng(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(8);
    return fs.readSync(fd, head, 0, 8, 0) === 8 && head.equals(PNG_SIGNATURE);
  } finally {
    fs.closeSync(fd);
  }
}

async function main() {
  let flags, viewport;
  try {
    const parsed = parseArgs(process.argv.slice(2), ['out', 'workspace', 'tests', 'viewport']);
    if (parsed.positional.length) throw new Error(`unexpected argument ${parsed.positional[0]}`);
    flags = parsed.flags;
    viewport = parseViewport(flags.viewport || '1400x850');
  } catch (e) {
    fail(`${e.message}\nusage: node scripts/vscode-harness/screenshot.js [--out media/screenshots] ` +
      '[--workspace seeds] [--tests out/test/screenshot/index.js] [--viewport 1400x850]', 2);
  }
  const outDir = path.resolve(REPO, flags.out || 'media/screenshots');
  const testsPath = path.resolve(REPO, flags.tests || 'out/test/screenshot/index.js');
  checkBuilt(testsPath);
  runSetup(); // before any temp dir exists: Ctrl-C during setup leaves nothing behind

  exitOnSignals();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-reader-screenshot-'));
  process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
  const workspace = copyWorkspace(path.resolve(REPO, flags.workspace || 'seeds'), tmp);
  const shotsDir = path.join(tmp, 'screenshots');
  fs.mkdirSync(shotsDir);
  const code = await runExtensionTests({
    extensionDevelopmentPath: REPO,
    extensionTestsPath: testsPath,
    workspace,
    viewport,
    settings: SCREENSHOT_SETTINGS,
    env: { [SCREENSHOT_DIR_ENV]: shotsDir },
  });
  if (code !== 0) {
    console.error(`[vscode-harness] the screenshot run failed (exit code ${code}); nothing was written to ${outDir}`);
    return code;
  }
  const shots = fs.readdirSync(shotsDir).filter(f => f.endsWith('.png') && !f.includes('.partial-')).sort();
  if (shots.length === 0) fail(`the screenshot run passed but took no screenshot (${path.relative(REPO, testsPath)})`);
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of shots) {
    const from = path.join(shotsDir, name);
    if (!isPng(from)) fail(`${name} is not a PNG file`);
    fs.copyFileSync(from, path.join(outDir, name));
    const written = path.join(outDir, name);
    const relative = path.relative(process.cwd(), written);
    console.log(`[vscode-harness] wrote ${relative.startsWith('..') ? written : relative}`);
  }
  return 0;
}

main().then(code => process.exit(code), e => fail(e && e.stack || String(e)));
