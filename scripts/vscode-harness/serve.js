#!/usr/bin/env node
// `npm start`: opens a folder (default: the repo's seeds/) in a real VS Code with this repo loaded as
// the extension under development, and stays in the foreground until Ctrl-C.
//
// usage: node scripts/vscode-harness/serve.js [FOLDER] [--web]
// env:   PORT=8080        port for the browser version (default: a free one)
//        VSCRT_VERBOSE=1  show code-server's own output
//
// Browser version (default): code-server on 127.0.0.1 without auth; open the printed URL. Its
// settings, state and installed extensions persist in <harness>/serve/. It builds nothing: run
// `npm run build` first (and again after a change, then "Developer: Reload Window" in the editor).
// Desktop version: when a `code` command is on PATH and DISPLAY is set, that VS Code is started
// with --extensionDevelopmentPath instead; --web forces the browser version.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');
const {
  loadHarness, defaultHarnessDir, codeServerArgs, workbenchUrl, writeUserSettings, startCodeServer,
  freePort, waitHttp, parseArgs,
} = require('./runExtensionTests');
const { REPO, checkBuilt, runSetup, fail } = require('./test');

/** Resolves null when port can be listened on at 127.0.0.1, else the error code (e.g. EADDRINUSE). */
function portInUse(port) {
  return new Promise(resolve => {
    const probe = net.createServer();
    probe.once('error', e => resolve(e.code || e.message));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(null)));
  });
}

function desktopCode() {
  if (!process.env.DISPLAY) return null;
  const which = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

async function serveInBrowser(folder) {
  runSetup();
  const harness = loadHarness(defaultHarnessDir());
  const state = path.join(harness.harnessDir, 'serve');
  const userDataDir = path.join(state, 'user-data');
  // Seed the settings once; after that they are the user's to change in the editor.
  if (!fs.existsSync(path.join(userDataDir, 'User', 'settings.json'))) writeUserSettings(userDataDir, {});
  const xdg = { XDG_CONFIG_HOME: path.join(state, 'xdg-config'), XDG_DATA_HOME: path.join(state, 'xdg-data') };
  for (const d of Object.values(xdg)) fs.mkdirSync(d, { recursive: true });

  let port;
  if (process.env.PORT) {
    port = Number(process.env.PORT);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}"`, 2);
    // Checked first: otherwise whatever already answers there would pass for our code-server.
    const busy = await portInUse(port);
    if (busy) fail(`port ${port} on 127.0.0.1 is in use (${busy}); choose another PORT, or unset it for a free one`);
  } else {
    port = await freePort();
  }
  const authority = `127.0.0.1:${port}`;
  const verbose = !!process.env.VSCRT_VERBOSE;
  const output = [];
  const server = startCodeServer(
    codeServerArgs(harness, { port, userDataDir, extensionsDir: path.join(state, 'extensions') }),
    { ...process.env, ...xdg, EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY || '{}' },
    data => {
      output.push(String(data));
      if (verbose) process.stderr.write(String(data).replace(/^/gm, '[code-server] '));
    });

  let stopping = false;
  const stop = signal => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[vscode-harness] ${signal}: stopping code-server`);
    server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  server.exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`[vscode-harness] error: code-server exited (code ${code}, signal ${signal})`);
    if (!verbose) console.error(output.join('').slice(-4000));
    server.stop().then(() => process.exit(1));
  });

  try {
    await waitHttp(`http://${authority}/healthz`, Date.now() + 60000, () => {
      const info = server.hasExited();
      return info && `code-server exited early (code ${info.code}, signal ${info.signal})` +
        (/EADDRINUSE/.test(output.join('')) ? `: port ${port} is in use` : '');
    });
  } catch (e) {
    if (stopping) return;
    stopping = true;
    console.error(`[vscode-harness] error: ${e.message}`);
    if (!verbose) console.error(output.join('').slice(-4000));
    await server.stop();
    process.exit(1);
  }
  const url = workbenchUrl(authority, { workspace: folder, extensionDevelopmentPath: REPO });
  console.log(`\nGrounded Reader is running in VS Code at ${url}\n`);
  console.log('[vscode-harness] after `npm run build`, run "Developer: Reload Window" in the editor; Ctrl-C stops the server.');
}

function serveInDesktop(code, folder) {
  console.log(`[vscode-harness] opening ${folder} in desktop VS Code (${code}) with the extension under development` +
    ' (use --web for the browser version)');
  const child = spawn(code, ['--new-window', `--extensionDevelopmentPath=${REPO}`, folder], { stdio: 'inherit' });
  child.on('error', e => fail(`cannot run ${code}: ${e.message}`));
  child.on('exit', status => process.exit(status ?? 1));
}

function main() {
  let folderArg;
  const argv = process.argv.slice(2);
  try {
    const parsed = parseArgs(argv.filter(a => a !== '--web'), []);
    if (parsed.positional.length > 1) throw new Error('only one folder can be opened');
    folderArg = parsed.positional[0];
  } catch (e) {
    fail(`${e.message}\nusage: node scripts/vscode-harness/serve.js [FOLDER] [--web]`, 2);
  }
  const folder = path.resolve(folderArg || path.join(REPO, 'seeds'));
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) fail(`folder not found: ${folder}`, 2);
  checkBuilt(null);
  const code = argv.includes('--web') ? null : desktopCode();
  if (code) serveInDesktop(code, folder);
  else serveInBrowser(folder).catch(e => fail(e && e.stack || String(e)));
}

main();
