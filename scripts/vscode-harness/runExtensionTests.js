#!/usr/bin/env node
// Runs VS Code extension tests inside a real VS Code: code-server's Node extension host, with the
// workbench loaded in headless Debian chromium through playwright-core. Both come from the harness
// folder that setup.sh fills (outside node_modules), so the project depends on neither.
//
// usage: node scripts/vscode-harness/runExtensionTests.js \
//          --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--workspace=DIR]
//          [--settings=JSON|FILE] [--screenshot=PNG] [--viewport=WxH] [--timeout=MS] [--harness=DIR]
//        (or, as the recipe it comes from: runExtensionTests.js <extDevPath> <testsPath> <workspace>)
//
// The extension host loads extensionTestsPath and calls its run() (the @vscode/test-electron
// contract); when run() settles the workbench calls window.codeAutomationExit(code), and we exit
// with that code: 0 = all tests passed, 1 = failures or a runner error. 3 = harness error or
// timeout, 2 = bad usage. The extension host's console (mocha's reporter) arrives through
// window.codeAutomationLog and is printed; the workbench's own chatter is filtered out.
//
// env:  GROUNDED_READER_HARNESS=DIR  harness folder (default ~/.cache/grounded-reader/vscode-harness)
//       CHROMIUM=/usr/bin/chromium   browser binary
//       VSCRT_TIMEOUT_MS=300000      whole-run deadline (a run takes 15-20 s on an idle 2-core machine)
//       VSCRT_SETTINGS=JSON|FILE     extra user settings, merged over the defaults below
//       VSCRT_SCREENSHOT=out.png     PNG of the workbench when the run ends (also on a timeout)
//       VSCRT_VIEWPORT=1280x800      browser viewport
//       VSCRT_VERBOSE=1              also show code-server's and the browser's consoles
//       VSCRT_ALL_LOGS=1             do not filter the workbench's log lines
//       VSCRT_LOG_FILE=path          append the unfiltered log to a file
// A test takes a screenshot mid-run by logging "[vscrt:screenshot] /abs/path.png" and polling
// until the file exists (it appears atomically).
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const { createRequire } = require('module');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');

const EXIT_HARNESS_ERROR = 3;
const EXIT_USAGE = 2;
// "[vscrt:screenshot] /abs/file.png" or "[vscrt:screenshot] /abs/file.png waitFor=<css selector>": the
// harness waits (10 s) until an element matching the selector is visible, e.g. a hover, before shooting;
// when none shows, it writes no file.
const SHOT_RE = /^\[vscrt:screenshot\] (\S+\.png)(?: waitFor=(.+))?$/;
// Workbench log lines that are not the extension host's output ("[Tag] ..." and known INFO lines).
const WORKBENCH_CHATTER = /^(\[[\w:. -]+\]|Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|ChatSessionStore|Started local extension host|Loading development extension|Ignoring fetching additional builtin|No search provider registered|Timed out waiting for authentication provider|Creation of workbench contribution)/;

// User settings for a quiet, deterministic workbench: no welcome page, no network lookups.
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
};

function defaultHarnessDir() {
  return process.env.GROUNDED_READER_HARNESS ||
    path.join(os.homedir(), '.cache', 'grounded-reader', 'vscode-harness');
}

/** Resolves code-server and playwright-core from the harness folder, or explains how to get them. */
function loadHarness(harnessDir = defaultHarnessDir()) {
  const req = createRequire(path.join(path.resolve(harnessDir), 'package.json'));
  try {
    return {
      harnessDir,
      codeServerEntry: req.resolve('code-server/out/node/entry.js'),
      codeServerCli: req.resolve('code-server/out/node/cli.js'),
      chromium: req('playwright-core').chromium,
    };
  } catch (e) {
    throw new Error(`the VS Code harness is not installed in ${harnessDir} (${e.code || e.message}).\n` +
      `Run: bash ${path.relative(process.cwd(), path.join(__dirname, 'setup.sh')) || 'setup.sh'}`);
  }
}

/** Reads settings from a JSON string or a JSON file; returns {} for an empty value. */
function parseSettings(value, what) {
  if (!value) return {};
  if (typeof value === 'object') return value;
  let text = value;
  if (!value.trim().startsWith('{')) {
    try {
      text = fs.readFileSync(path.resolve(value), 'utf8');
    } catch (e) {
      throw new Error(`${what}: cannot read the settings file ${path.resolve(value)} (${e.code || e.message})`);
    }
  }
  try {
    const parsed = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
    return parsed;
  } catch (e) {
    throw new Error(`${what} must be a JSON object or a JSON file: ${e.message}`);
  }
}

function parseViewport(value) {
  const m = /^(\d+)x(\d+)$/.exec(String(value || '').trim());
  if (!m) throw new Error(`viewport must look like 1280x800, got "${value}"`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** Polls url until it answers or deadline (ms since epoch) passes; rejects early if abort() says so. */
function waitHttp(url, deadline, abort = () => null) {
  return new Promise((resolve, reject) => {
    const tick = () => {
      const why = abort();
      if (why) return reject(new Error(why));
      http.get(url, res => { res.resume(); resolve(); }).on('error', () => {
        if (Date.now() > deadline) reject(new Error(`code-server did not answer at ${url} in time`));
        else setTimeout(tick, 200);
      });
    };
    tick();
  });
}

/**
 * The code-server command line. Only the flags that matter are passed: where to listen, no auth,
 * where its state lives, and no outbound traffic (telemetry, update check). Marketplace lookups are
 * turned off with EXTENSIONS_GALLERY={} in the environment.
 */
function codeServerArgs(harness, { port, userDataDir, extensionsDir }) {
  const args = [
    harness.codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
  ];
  // Newer VS Code builds honour the extensionDevelopmentPath/extensionTestsPath URL payload only
  // with enable-smoke-test-driver; code-server versions that need it have --vscode-option to pass
  // it (4.100.x has neither and needs neither).
  if (fs.readFileSync(harness.codeServerCli, 'utf8').includes('"vscode-option"')) {
    args.push('--vscode-option', 'enable-smoke-test-driver');
  }
  return args;
}

/** The workbench URL that opens `workspace` with the extension(s) under development loaded. */
function workbenchUrl(authority, { workspace, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = p => `vscode-remote://${authority}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  let url = `http://${authority}/?`;
  if (workspace) url += `folder=${encodeURIComponent(workspace).replace(/%2F/g, '/')}&`; // readable
  return url + `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

function writeUserSettings(userDataDir, extra) {
  const userDir = path.join(userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...extra }, null, 2));
}

/**
 * Starts code-server in its own process group, so stop() can end it with everything it spawned
 * (extension host, pty host, file watcher) and wait for them before their folders are removed.
 */
function startCodeServer(args, env, onOutput) {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const exited = new Promise(resolve => child.on('exit', (code, signal) => resolve({ code, signal })));
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  let exitInfo = null;
  exited.then(info => { exitInfo = info; });
  const killGroup = signal => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
  return {
    child,
    exited,
    hasExited: () => exitInfo,
    async stop(graceMs = 5000) {
      if (exitInfo) { killGroup('SIGKILL'); return; } // leftovers of the group, if any
      killGroup('SIGTERM');
      let timer;
      const timedOut = new Promise(resolve => { timer = setTimeout(resolve, graceMs, 'timeout'); });
      const first = await Promise.race([exited, timedOut]);
      clearTimeout(timer);
      killGroup('SIGKILL'); // whatever is left of the group, and the server itself after a timeout
      if (first === 'timeout') await exited;
    },
  };
}

/**
 * Waits (bounded) until the workbench looks idle, then for two frames: no busy progress bar (views,
 * editors) and no spinning status bar item (window progress, e.g. an extension's withProgress).
 */
async function settle(page, timeoutMs = 10000) {
  try {
    await page.waitForFunction(() => {
      const visible = el => el.offsetParent !== null;
      const busy = [...document.querySelectorAll('.monaco-progress-container.active')].some(visible) ||
        [...document.querySelectorAll('.part.statusbar .codicon-modifier-spin')].some(visible);
      return !busy && document.querySelector('.monaco-workbench');
    }, null, { timeout: timeoutMs, polling: 100 });
  } catch {
    console.error(`[vscrt] the workbench still looks busy after ${timeoutMs} ms; taking the screenshot anyway`);
  }
  // A hover fades in (a CSS animation): a picture taken during it shows the text beneath through it.
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running' ||
    a.effect?.getComputedTiming().iterations === Infinity), null, { timeout: 2000, polling: 50 }).catch(() => {});
  await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Runs the extension tests and resolves with the exit code (never rejects).
 * options: extensionDevelopmentPath, extensionTestsPath (required); workspace; settings (object);
 * screenshot (png path); viewport ({width,height}); timeoutMs; env (extra env for code-server and
 * so the extension host); harnessDir; chromiumPath; verbose; allLogs; logFile.
 */
async function runExtensionTests(options) {
  const t0 = Date.now();
  let o;
  try {
    o = {
      timeoutMs: Number(process.env.VSCRT_TIMEOUT_MS || 300000),
      verbose: !!process.env.VSCRT_VERBOSE,
      allLogs: !!process.env.VSCRT_ALL_LOGS,
      logFile: process.env.VSCRT_LOG_FILE,
      screenshot: process.env.VSCRT_SCREENSHOT,
      viewport: parseViewport(process.env.VSCRT_VIEWPORT || '1280x800'),
      chromiumPath: process.env.CHROMIUM || '/usr/bin/chromium',
      ...stripUndefined(options),
    };
    if (!(o.timeoutMs > 0)) throw new Error(`the timeout must be a positive number of ms (VSCRT_TIMEOUT_MS=${process.env.VSCRT_TIMEOUT_MS})`);
    if (!o.extensionDevelopmentPath || !o.extensionTestsPath) throw new Error('extensionDevelopmentPath and extensionTestsPath are required');
  } catch (e) {
    console.error(`[vscrt] ${e.message}`);
    return EXIT_USAGE;
  }
  const extDir = path.resolve(o.extensionDevelopmentPath);
  const testsPath = path.resolve(o.extensionTestsPath);
  const workspace = o.workspace && path.resolve(o.workspace);
  const screenshot = o.screenshot && path.resolve(o.screenshot);
  const deadline = t0 + o.timeoutMs;
  const logFile = o.logFile && path.resolve(o.logFile);

  for (const [what, p] of [['extensionDevelopmentPath', path.join(extDir, 'package.json')],
    ['extensionTestsPath', testsPath], ['workspace', workspace], ['chromium', o.chromiumPath]]) {
    if (p && !fs.existsSync(p)) {
      console.error(`[vscrt] ${what} not found: ${p}` +
        (what === 'chromium' ? ' (run scripts/vscode-harness/setup.sh, or set CHROMIUM)' : ''));
      return EXIT_HARNESS_ERROR;
    }
  }
  let harness, extraSettings;
  try {
    harness = loadHarness(o.harnessDir);
    extraSettings = { ...parseSettings(process.env.VSCRT_SETTINGS, 'VSCRT_SETTINGS'), ...parseSettings(o.settings, 'settings') };
  } catch (e) {
    console.error(`[vscrt] ${e.message}`);
    return EXIT_HARNESS_ERROR;
  }

  // Every side effect stays in `tmp`, removed at the end: VS Code's IPC sockets go to TMPDIR,
  // code-server's, chromium's and VS Code's state to HOME, XDG dirs and the user-data dir.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-reader-vscode-'));
  const sandboxEnv = {
    HOME: path.join(tmp, 'home'),
    TMPDIR: path.join(tmp, 'tmp'),
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
  };
  for (const d of Object.values(sandboxEnv)) fs.mkdirSync(d, { recursive: true });
  const userDataDir = path.join(tmp, 'user-data');
  writeUserSettings(userDataDir, extraSettings);

  const serverLog = [];
  const log = line => { if (logFile) fs.appendFileSync(logFile, line.endsWith('\n') ? line : line + '\n'); };
  let server, browserContext, exitCode = EXIT_HARNESS_ERROR, timer;
  // Ctrl-C reaches us more than once (the terminal signals the whole process group and npm
  // forwards it again): the first one starts the cleanup, repeats wait for it to finish.
  let interrupted = false;
  const onSignal = signal => {
    if (interrupted) return;
    interrupted = true;
    console.error(`[vscrt] ${signal}: stopping`);
    cleanup().finally(() => process.exit(130));
  };
  let cleaning = null;
  const cleanup = () => cleaning || (cleaning = (async () => {
    clearTimeout(timer);
    if (browserContext) await bounded(browserContext.close(), 10000);
    if (server) await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  })());
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let page = null, finished = false;
  const shoot = async (file, why, waitFor) => {
    if (!page) return;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // A picture without what it was taken for is not written: the test waiting for the file then
      // fails, and the run with it, so no picture of a hover that never showed replaces a good one.
      if (waitFor && !(await page.waitForSelector(waitFor, { state: 'visible', timeout: 10000 }).then(() => true, () => false))) {
        console.error(`[vscrt] ${waitFor} did not appear within 10 s: no screenshot ${file}`);
        return;
      }
      if (why === 'requested') await settle(page);
      const partial = `${file}.partial-${process.pid}.png`;
      await page.screenshot({ path: partial });
      // Re-laying out the editor (a CodeLens or hint arriving) can close a hover while the page settles.
      if (waitFor && !(await page.isVisible(waitFor))) {
        fs.rmSync(partial, { force: true });
        console.error(`[vscrt] ${waitFor} was gone when the picture was taken: no screenshot ${file}`);
        return;
      }
      fs.renameSync(partial, file); // appears atomically for a test polling for it
      console.log(`[vscrt] screenshot (${why}) -> ${file}`);
    } catch (e) {
      console.error(`[vscrt] screenshot failed (${why}): ${e && e.message || e}`);
    }
  };

  // One deadline for the whole run: starting code-server and chromium, loading, the tests.
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${o.timeoutMs} ms ` +
      `${page ? 'waiting for the extension host to finish' : 'starting code-server and chromium'} (VSCRT_TIMEOUT_MS)`)),
    Math.max(0, deadline - Date.now()));
  });

  const run = async () => {
    const port = await freePort();
    const authority = `127.0.0.1:${port}`;
    const env = {
      ...process.env, ...o.env, ...sandboxEnv,
      EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY || '{}', // no marketplace (unreachable)
    };
    const args = codeServerArgs(harness, { port, userDataDir, extensionsDir: path.join(tmp, 'extensions') });
    server = startCodeServer(args, env, data => {
      const s = String(data);
      serverLog.push(s);
      log(s.replace(/^/gm, '[code-server] '));
      if (o.verbose) process.stderr.write(s.replace(/^/gm, '[code-server] '));
    });
    await waitHttp(`http://${authority}/healthz`, deadline, () => {
      const info = server.hasExited();
      return cleaning ? 'stopped' : info && `code-server exited early (code ${info.code}, signal ${info.signal})`;
    });

    // A persistent context keeps chromium's profile inside `tmp` too. No extra chromium flags:
    // playwright's defaults (--no-sandbox, --disable-dev-shm-usage, no background networking,
    // no first-run UI, ...) are all a headless workbench needs, as root and in a container.
    browserContext = await harness.chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
      executablePath: o.chromiumPath,
      headless: true,
      viewport: o.viewport,
      env: { ...process.env, ...sandboxEnv },
    });
    page = browserContext.pages()[0] || await browserContext.newPage();
    let exited;
    const done = new Promise((resolve, reject) => {
      exited = resolve;
      server.exited.then(info => reject(new Error(
        `code-server exited during the run (code ${info.code}, signal ${info.signal})`)));
    });
    // The workbench calls these when it runs extension tests (the contract @vscode/test-web uses).
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (finished) return;
      const line = util.format(...args);
      const shot = SHOT_RE.exec(line);
      if (shot) { shoot(path.resolve(shot[1].trim()), 'requested', shot[2] && shot[2].trim()); return; }
      log(`[${type}] ${line}`);
      if (!o.verbose && !o.allLogs && WORKBENCH_CHATTER.test(line)) return;
      (type === 'error' ? console.error : console.log)(line);
    });
    await page.exposeFunction('codeAutomationExit', code => { finished = true; exited(code); });
    page.on('console', m => {
      log(`[browser ${m.type()}] ${m.text()}`);
      if (o.verbose) process.stderr.write(`[browser ${m.type()}] ${m.text()}\n`);
    });
    page.on('pageerror', e => { if (!finished) console.error(`[pageerror] ${e.message}`); });
    await page.goto(workbenchUrl(authority, { workspace, extensionDevelopmentPath: extDir, extensionTestsPath: testsPath }));
    return done;
  };

  try {
    exitCode = await Promise.race([run(), timedOut]);
    console.log(`[vscrt] extension host exited with code ${exitCode} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  } catch (e) {
    if (interrupted) return 130; // onSignal cleans up and exits
    console.error(`[vscrt] harness error: ${e && e.message || e}`);
    if (!o.verbose && serverLog.length) {
      console.error('[vscrt] last code-server output:\n' + serverLog.join('').slice(-4000));
    }
    exitCode = EXIT_HARNESS_ERROR;
  } finally {
    if (screenshot && !interrupted) await shoot(screenshot, finished ? 'end of run' : 'harness error or timeout');
    await cleanup();
  }
  return exitCode;
}

/** Settles when promise does or after ms, whichever is first; never rejects. */
function bounded(promise, ms) {
  let timer;
  return Promise.race([
    Promise.resolve(promise).catch(() => {}),
    new Promise(resolve => { timer = setTimeout(resolve, ms); }),
  ]).finally(() => clearTimeout(timer));
}

function stripUndefined(obj) {
  return Object.fromEntries(Object.entries(obj || {}).filter(([, v]) => v !== undefined));
}

/** Parses "--name=value" / "--name value" flags and positionals. */
function parseArgs(argv, known) {
  const flags = {}, positional = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { positional.push(a); continue; }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (!known.includes(name)) throw new Error(`unknown option --${name}`);
    if (eq >= 0) flags[name] = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags[name] = argv[++i];
    else throw new Error(`option --${name} needs a value`);
  }
  return { flags, positional };
}

module.exports = {
  runExtensionTests, loadHarness, defaultHarnessDir, codeServerArgs, workbenchUrl, writeUserSettings,
  startCodeServer, freePort, waitHttp, parseArgs, parseSettings, parseViewport, DEFAULT_SETTINGS,
};

if (require.main === module) {
  const usage = 'usage: runExtensionTests.js --extensionDevelopmentPath=DIR --extensionTestsPath=FILE ' +
    '[--workspace=DIR] [--settings=JSON|FILE] [--screenshot=PNG] [--viewport=WxH] [--timeout=MS] [--harness=DIR]';
  let options;
  try {
    const { flags, positional } = parseArgs(process.argv.slice(2), ['extensionDevelopmentPath',
      'extensionTestsPath', 'workspace', 'settings', 'screenshot', 'viewport', 'timeout', 'harness']);
    options = {
      extensionDevelopmentPath: flags.extensionDevelopmentPath || positional[0],
      extensionTestsPath: flags.extensionTestsPath || positional[1],
      workspace: flags.workspace || positional[2],
      settings: flags.settings,
      screenshot: flags.screenshot,
      viewport: flags.viewport && parseViewport(flags.viewport),
      timeoutMs: flags.timeout && Number(flags.timeout),
      harnessDir: flags.harness,
    };
    if (!options.extensionDevelopmentPath || !options.extensionTestsPath) throw new Error('missing a required option');
    if (options.timeoutMs !== undefined && !(options.timeoutMs > 0)) throw new Error('--timeout must be a number of ms');
  } catch (e) {
    console.error(`${e.message}\n${usage}`);
    process.exit(EXIT_USAGE);
  }
  runExtensionTests(options).then(code => process.exit(code));
}
