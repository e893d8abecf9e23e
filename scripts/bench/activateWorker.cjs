// Times `require('dist/extension.js')` and `activate()` in a fresh process, with a minimal stand-in
// for the `vscode` module (injected for this measurement only). `node activateWorker.cjs <repo>`.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const os = require('node:os');

const repo = process.argv[2];

/** Any property is a callable, constructible stand-in; a few are real enough for wiring code. */
function fake(name) {
  const target = function () {};
  const assigned = new Map(); // what the extension stores on a stand-in (item.label = …) reads back
  return new Proxy(target, {
    set(_t, key, value) {
      assigned.set(key, value);
      return true;
    },
    get(_t, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === 'then') return undefined; // not a promise
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => name;
      if (key === 'toString') return () => name;
      if (key === 'dispose') return () => {};
      return fake(`${name}.${String(key)}`);
    },
    apply() {
      return fake(`${name}()`);
    },
    construct() {
      return fake(`new ${name}`);
    },
  });
}

class EventEmitter {
  constructor() {
    this.listeners = new Set();
    this.event = (l) => {
      this.listeners.add(l);
      return { dispose: () => this.listeners.delete(l) };
    };
  }
  fire(e) {
    for (const l of this.listeners) l(e);
  }
  dispose() {
    this.listeners.clear();
  }
}
const uri = (p) => ({ scheme: 'file', path: p, fsPath: p, toString: () => `file://${p}` });
const stub = fake('vscode');
// esbuild's `import * as vscode` copies the module's own keys, so every namespace is listed.
const NAMESPACES = [
  'window', 'commands', 'languages', 'env', 'extensions', 'tasks', 'debug', 'scm', 'authentication', 'tests', 'notebooks', 'comments', 'chat', 'lm',
  'TreeItem', 'TreeItemCollapsibleState', 'ThemeIcon', 'ThemeColor', 'ProgressLocation', 'RelativePattern', 'Range', 'Position', 'Location',
  'Selection', 'MarkdownString', 'Hover', 'StatusBarAlignment', 'ConfigurationTarget', 'FileType', 'CancellationTokenSource', 'CancellationError',
  'DecorationRangeBehavior', 'OverviewRulerLane', 'TextEditorRevealType', 'ViewColumn', 'FileSystemError', 'LogLevel', 'ExtensionMode',
  'SymbolKind', 'CompletionItemKind', 'DiagnosticSeverity', 'Diagnostic', 'SemanticTokensLegend', 'SemanticTokensBuilder', 'DocumentLink',
  'CodeLens', 'SymbolInformation', 'DocumentSymbol', 'WorkspaceEdit', 'TextEdit', 'EndOfLine', 'UIKind', 'ColorThemeKind', 'TreeItemCheckboxState',
];
const vscode = new Proxy(
  {
    ...Object.fromEntries(NAMESPACES.map((k) => [k, stub[k]])),
    EventEmitter,
    Disposable: class {
      constructor(fn) { this.dispose = fn ?? (() => {}); }
      static from(...ds) { return { dispose: () => ds.forEach((d) => d?.dispose?.()) }; }
    },
    Uri: { file: uri, parse: (s) => uri(s.replace(/^file:\/\//, '')), joinPath: (b, ...ps) => uri(path.posix.join(b.path, ...ps)) },
    l10n: { t: (s, ...args) => String(s).replace(/\{(\d+)\}/g, (_, i) => String(args[i])) },
    workspace: new Proxy(
      {
        workspaceFolders: undefined,
        getConfiguration: () => ({ get: (_k, d) => d, has: () => false, inspect: () => undefined, update: async () => {} }),
        findFiles: async () => [],
        isTrusted: true,
      },
      { get: (t, k) => (k in t ? t[k] : stub.workspace[k]) },
    ),
  },
  { get: (t, k) => (k in t ? t[k] : stub[k]) },
);

const realLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  return realLoad.call(this, request, parent, isMain);
};

(async () => {
  const storage = path.join(os.tmpdir(), `gr-bench-activate-${process.pid}`);
  const context = {
    subscriptions: [],
    extensionPath: repo,
    extensionUri: uri(repo),
    globalStorageUri: uri(path.join(storage, 'global')),
    storageUri: uri(path.join(storage, 'workspace')),
    logUri: uri(path.join(storage, 'log')),
    globalStoragePath: path.join(storage, 'global'),
    storagePath: path.join(storage, 'workspace'),
    logPath: path.join(storage, 'log'),
    extensionMode: 1,
    asAbsolutePath: (p) => path.join(repo, p),
    globalState: { get: (_k, d) => d, update: async () => {}, keys: () => [], setKeysForSync: () => {} },
    workspaceState: { get: (_k, d) => d, update: async () => {}, keys: () => [] },
    secrets: fake('secrets'),
    environmentVariableCollection: fake('env'),
    extension: { id: 'grounded-reader.grounded-reader', extensionPath: repo, extensionUri: uri(repo), packageJSON: require(path.join(repo, 'package.json')) },
  };
  const t0 = performance.now();
  const ext = require(path.join(repo, 'dist', 'extension.js'));
  const t1 = performance.now();
  let activateMs;
  let error = null;
  try {
    const r = ext.activate(context);
    activateMs = performance.now() - t1;
    if (r && typeof r.then === 'function') {
      await r;
      activateMs = performance.now() - t1; // an async activate counts until it resolves
    }
  } catch (e) {
    error = String(e?.stack ?? e);
    activateMs = performance.now() - t1;
  }
  process.stdout.write(JSON.stringify({ requireMs: t1 - t0, activateMs, totalMs: t1 - t0 + activateMs, subscriptions: context.subscriptions.length, error }) + '\n');
  for (const d of context.subscriptions) try { d?.dispose?.(); } catch {}
  try { require('node:fs').rmSync(storage, { recursive: true, force: true }); } catch {}
  process.exit(0);
})();
