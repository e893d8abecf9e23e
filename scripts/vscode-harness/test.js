#!/usr/bin/env node
// `npm run test:integration`: runs the integration suite inside a real VS Code with this repo loaded
// as the extension under development, on a throw-away copy of the seeds.
//
// usage: node scripts/vscode-harness/test.js [--workspace seeds] [--tests out/test/integration/index.js]
//                                            [--electron]
//
// Default host: code-server + headless chromium (setup.sh installs them on first use; no display,
// no VS Code download). With --electron or GROUNDED_READER_TEST_HOST=electron: desktop VS Code
// through @vscode/test-electron (downloads VS Code GROUNDED_READER_VSCODE_VERSION, default 1.100.3,
// into ~/.cache/grounded-reader/vscode-test; needs a display, or xvfb-run on PATH).
//
// Exit code: the tests' (0 passed, 1 failed); 2 bad usage; 3 the harness itself failed.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const { createRequire } = require('module');
const os = require('os');
const path = require('path');
const { parseArgs } = require('./runExtensionTests');

const REPO = path.resolve(__dirname, '..', '..');
const EXIT_USAGE = 2;
const EXIT_HARNESS_ERROR = 3;
const RESULT_FILE_ENV = 'GROUNDED_READER_TEST_RESULT'; // read by test/integration/index.ts
const VSCODE_VERSION = process.env.GROUNDED_READER_VSCODE_VERSION || '1.100.3'; // = code-server 4.100.3

function fail(message, code = EXIT_HARNESS_ERROR) {
  console.error(`[vscode-harness] error: ${message}`);
  process.exit(code);
}

/** Checks that the build produced the extension's entry point and (unless null) the tests' entry point. */
function checkBuilt(testsPath) {
  const pkgFile = path.join(REPO, 'package.json');
  if (!fs.existsSync(pkgFile)) fail(`no package.json in ${REPO}`);
  const main = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).main;
  if (main && !fs.existsSync(path.resolve(REPO, main)) && !fs.existsSync(path.resolve(REPO, `${main}.js`))) {
    fail(`the extension's entry point ${main} is missing; run \`npm run build\` first`);
  }
  if (testsPath && !fs.existsSync(testsPath)) {
    fail(`${path.relative(REPO, testsPath)} is missing; run \`npm run build\` first`);
  }
}

/** Copies the workspace folder into a fresh temp dir (keeping its name), so tests never touch it. */
function copyWorkspace(source, tmp) {
  if (!fs.existsSync(source) || !fs.statSync(source).isDirectory()) fail(`workspace folder not found: ${source}`);
  const copy = path.join(tmp, path.basename(source));
  fs.cpSync(source, copy, { recursive: true });
  return copy;
}

function runSetup() {
  const setup = spawnSync('bash', [path.join(__dirname, 'setup.sh')], { stdio: 'inherit' });
  if (setup.error) fail(`cannot run setup.sh: ${setup.error.message}`);
  if (setup.status !== 0) fail(`setup.sh failed (${setup.signal || `exit code ${setup.status}`}); see its messages above`);
}

async function runInCodeServer({ testsPath, workspace, env }) {
  const { runExtensionTests } = require('./runExtensionTests');
  return runExtensionTests({ extensionDevelopmentPath: REPO, extensionTestsPath: testsPath, workspace, env });
}

async function runInElectron({ testsPath, workspace, env, tmp, argv }) {
  if (!process.env.DISPLAY && process.platform === 'linux') {
    // Electron needs an X display: re-run this script under xvfb-run when there is none.
    if (process.env.GROUNDED_READER_UNDER_XVFB) fail('xvfb-run did not provide a DISPLAY');
    const which = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' });
    if (which.status !== 0) {
      fail('the electron host needs a display: set DISPLAY, or install xvfb (apt-get install -y xvfb), ' +
        'or use the default code-server host (unset GROUNDED_READER_TEST_HOST)');
    }
    const child = spawnSync('xvfb-run', ['-a', process.execPath, __filename, ...argv], {
      stdio: 'inherit', env: { ...process.env, GROUNDED_READER_UNDER_XVFB: '1' },
    });
    return child.status ?? EXIT_HARNESS_ERROR;
  }
  let testElectron;
  try {
    testElectron = createRequire(path.join(REPO, 'package.json'))('@vscode/test-electron');
  } catch {
    fail('@vscode/test-electron is not installed; run `npm ci` (it is a devDependency)');
  }
  try {
    await testElectron.runTests({
      version: VSCODE_VERSION,
      cachePath: path.join(os.homedir(), '.cache', 'grounded-reader', 'vscode-test'),
      extensionDevelopmentPath: REPO,
      extensionTestsPath: testsPath,
      extensionTestsEnv: env,
      launchArgs: [
        workspace,
        '--disable-extensions',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ],
    });
    return 0;
  } catch (e) {
    if (!(e instanceof testElectron.TestRunFailedError)) { // e.g. VS Code could not be downloaded
      console.error(`[vscode-harness] could not run VS Code through @vscode/test-electron: ${e && e.message || e}\n` +
        '[vscode-harness] (the electron host downloads VS Code; where that is not possible, use the default code-server host)');
      return EXIT_HARNESS_ERROR;
    }
    return typeof e.code === 'number' ? e.code : 1; // the tests failed, or VS Code was killed
  }
}

/**
 * Makes Ctrl-C before or after the editor run end the process through exit(), so the 'exit'
 * listeners remove the temp dirs; while runExtensionTests runs, its own handler does the cleanup.
 */
function exitOnSignals() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (process.listenerCount(signal) === 1) process.exit(130);
    });
  }
}

/** Prints the plain closing line ("integration: N passed, N failed[, N skipped]") when the suite reported one. */
function printSummary(resultFile) {
  let r;
  try {
    r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  } catch {
    return;
  }
  console.log(`integration: ${r.passed} passed, ${r.failed} failed${r.pending ? `, ${r.pending} skipped` : ''}`);
}

async function main() {
  const argv = process.argv.slice(2);
  let flags;
  try {
    const parsed = parseArgs(argv.filter(a => a !== '--electron'), ['workspace', 'tests']);
    if (parsed.positional.length) throw new Error(`unexpected argument ${parsed.positional[0]}`);
    flags = parsed.flags;
  } catch (e) {
    fail(`${e.message}\nusage: node scripts/vscode-harness/test.js [--workspace seeds] ` +
      '[--tests out/test/integration/index.js] [--electron]', EXIT_USAGE);
  }
  const electron = argv.includes('--electron') || process.env.GROUNDED_READER_TEST_HOST === 'electron';
  const host = process.env.GROUNDED_READER_TEST_HOST;
  if (host && host !== 'electron' && host !== 'code-server') {
    fail(`GROUNDED_READER_TEST_HOST must be "code-server" (default) or "electron", not "${host}"`, EXIT_USAGE);
  }
  const testsPath = path.resolve(REPO, flags.tests || 'out/test/integration/index.js');
  const workspaceSource = path.resolve(REPO, flags.workspace || 'seeds');
  checkBuilt(testsPath);
  if (!electron) runSetup(); // before any temp dir exists: Ctrl-C during setup leaves nothing behind

  exitOnSignals();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-reader-test-'));
  process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
  const workspace = copyWorkspace(workspaceSource, tmp);
  const resultFile = path.join(tmp, 'result.json');
  const env = { [RESULT_FILE_ENV]: resultFile };

  const code = electron
    ? await runInElectron({ testsPath, workspace, env, tmp, argv })
    : await runInCodeServer({ testsPath, workspace, env });
  printSummary(resultFile);
  return code;
}

module.exports = { REPO, checkBuilt, copyWorkspace, exitOnSignals, runSetup, fail };

if (require.main === module) {
  main().then(code => process.exit(code), e => fail(e && e.stack || String(e)));
}
