import * as vscode from 'vscode';
import type { ChildProcess } from 'node:child_process';
import { CorpusQuery, emptyCorpusIndex, type CorpusIndexData } from '../../core/index/corpusQuery';
import { MANIFEST_FILE } from '../../core/article/manifest';
import { applyIndexDelta, changedFilesOf } from '../../core/index/indexDelta';
import { unpackIndex } from '../../core/index/packedIndex';
import { resultBase, snapshotBase, type FromWorker, type ToWorker, type WorkerFile } from '../../node/workerProtocol';
import { startIndexWorker } from '../../node/indexWorkerProcess';
import { IndexSnapshotFile, type IndexSnapshot } from '../../node/indexSnapshot';
import { Disposable } from './disposable';
import type { Logger } from './logger';
import { affectsCorpusConfig, readConfig, type ReaderConfig } from './config';

export interface IndexStatus {
  indexing: boolean;
  done: number;
  total: number;
}

const EDIT_DEBOUNCE_MS = 400;
const WATCH_DEBOUNCE_MS = 250;
/** Above this many files, indexing shows a cancellable notification; below, a quiet window progress. */
const NOTIFY_ABOVE_FILES = 200;
const MAX_WORKER_RESTARTS = 2;
/** Statements whose words a hover card may need, worked out per turn of the event loop: about 10 ms at a time. */
const PREPARE_SLICE = 1000;

/**
 * Indexes the workspace's articles in a worker process and answers from memory. Activation starts
 * nothing heavy: the first index begins after activation returns. Saved, created, deleted and edited
 * articles re-index alone (debounced) and the corpus is re-linked.
 */
export class IndexService extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** A new index is ready. */
  readonly onDidChange = this.changed.event;
  private readonly statusChanged = this._register(new vscode.EventEmitter<IndexStatus>());
  readonly onDidChangeStatus = this.statusChanged.event;

  private current = new CorpusQuery(emptyCorpusIndex());
  private uris = new Map<string, vscode.Uri>();
  private filesByUri = new Map<string, string>();
  private ready = false;
  private status: IndexStatus = { indexing: false, done: 0, total: 0 };
  private worker: ChildProcess | undefined;
  private nextId = 1;
  /** What the editor's index is to the worker (see ToWorker): deltas are sent against it. */
  private base: string | undefined;
  private readonly waiting = new Map<number, Waiter>();
  private fullRun: Promise<void> | undefined;
  private fullPending = false;
  private readonly pendingChanges = new Map<string, vscode.Uri | 'removed' | { text: string }>();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private watchers: vscode.Disposable[] = [];
  private workerCrashes = 0;

  constructor(
    private readonly logger: Logger,
    private readonly workerScript: vscode.Uri,
    private readonly storage: vscode.Uri | undefined,
  ) {
    super();
    this._register(vscode.workspace.onDidChangeConfiguration((e) => affectsCorpusConfig(e) && void this.refresh()));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.onEdited(e.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.fileOf(d.uri) && this.queueChange(d.uri, d.uri)));
    this._register({ dispose: () => this.stopWorker() });
    this._register({ dispose: () => this.watchers.forEach((w) => w.dispose()) });
  }

  get query(): CorpusQuery {
    return this.current;
  }

  get isReady(): boolean {
    return this.ready;
  }

  get currentStatus(): IndexStatus {
    return this.status;
  }

  uriOf(file: string): vscode.Uri | undefined {
    return this.uris.get(file);
  }

  /** The index's name for a workspace file, or undefined when it is not an indexed article. */
  fileOf(uri: vscode.Uri): string | undefined {
    return this.filesByUri.get(uri.toString());
  }

  /** Starts the first index after activation has returned. */
  start(): void {
    setTimeout(() => void this.refresh(), 0);
  }

  /** Re-reads the whole workspace (from the cache where files did not change). Calls made meanwhile coalesce. */
  refresh(): Promise<void> {
    if (this.fullRun) {
      this.fullPending = true;
      return this.fullRun;
    }
    this.fullRun = this.runFull().finally(() => {
      this.fullRun = undefined;
      if (this.fullPending) {
        this.fullPending = false;
        void this.refresh();
      }
    });
    return this.fullRun;
  }

  private async runFull(): Promise<void> {
    const config = readConfig();
    const started = Date.now();
    try {
      const storage = this.storage && this.storage.scheme === 'file' ? this.storage : undefined;
      const snapshotFile = storage ? IndexSnapshotFile.in(storage.fsPath) : undefined;
      // A warm start answers from the snapshot while the worker checks it against the files.
      const snapshot = !this.ready && snapshotFile ? this.loadSnapshot(snapshotFile) : undefined;
      const { uris, manifestText } = await this.findArticles(config);
      this.watch(config);
      if (snapshot) await this.serveSnapshot(await snapshot, uris, started);
      const files = await Promise.all([...uris].sort(([a], [b]) => a.localeCompare(b)).map(([file, uri]) => workerFile(file, uri)));
      const cacheFile = storage ? vscode.Uri.joinPath(storage, 'readings.json').fsPath : undefined;
      const run = (progress?: (done: number, total: number) => void) =>
        this.send({ type: 'index', id: 0, files, manifestText, cacheFile, snapshotFile: snapshotFile?.file, maxBytes: config.maxFileBytes }, progress);
      const received = await this.withProgress(files.length, run);
      this.uris = uris;
      this.filesByUri = new Map([...uris].map(([file, uri]) => [uri.toString(), file]));
      this.publish(received);
      const { data } = received;
      this.logger.info(`indexed ${data.articles.length} articles (${data.skipped.length} skipped) in ${Date.now() - started} ms`);
      for (const s of data.skipped) this.logger.warn(`skipped ${s.file}: ${s.reason}`);
    } catch (e) {
      this.logger.error('indexing failed', e);
      void vscode.window.showErrorMessage(vscode.l10n.t('Grounded Reader could not index the workspace: {0}', String((e as Error)?.message ?? e)));
    } finally {
      this.setStatus({ indexing: false, done: this.status.total, total: this.status.total });
    }
  }

  private async loadSnapshot(file: IndexSnapshotFile): Promise<IndexSnapshot | undefined> {
    const loaded = await file.load();
    if (loaded.ok) return loaded.snapshot;
    if (loaded.reason !== 'missing') this.logger.info(`${loaded.message}: rebuilding it`);
    return undefined;
  }

  /** Publishes a snapshot for the first answers; it stays unverified until the worker's result replaces it. */
  private async serveSnapshot(snapshot: IndexSnapshot | undefined, uris: Map<string, vscode.Uri>, started: number): Promise<void> {
    if (!snapshot || this.ready) return;
    this.uris = uris;
    this.filesByUri = new Map([...uris].map(([file, uri]) => [uri.toString(), file]));
    // Not current until verified: the status says "indexing" until the worker's answer replaces or confirms it.
    this.setStatus({ indexing: true, done: 0, total: uris.size });
    this.publish({ data: snapshot.data, base: snapshotBase(snapshot.key) });
    this.logger.info(`answering from the index snapshot (${snapshot.data.articles.length} articles) after ${Date.now() - started} ms; checking it against the files`);
  }

  private async withProgress(count: number, run: (progress: (done: number, total: number) => void) => Promise<Received>): Promise<Received> {
    const location = count > NOTIFY_ABOVE_FILES ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    return vscode.window.withProgress(
      { location, title: vscode.l10n.t('Grounded Reader: indexing {0} articles', count), cancellable: location === vscode.ProgressLocation.Notification },
      (progress, token) => {
        token.onCancellationRequested(() => this.post({ type: 'cancel' }));
        let reported = 0;
        return run((done, total) => {
          progress.report({ increment: total ? ((done - reported) / total) * 100 : 0, message: `${done}/${total}` });
          reported = done;
        });
      },
    );
  }

  private async findArticles(config: ReaderConfig): Promise<{ uris: Map<string, vscode.Uri>; manifestText?: string }> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const uris = new Map<string, vscode.Uri>();
    let manifestText: string | undefined;
    for (const folder of folders) {
      const prefix = folders.length > 1 ? `${folder.name}/` : '';
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, config.include), config.exclude);
      for (const uri of found) uris.set(prefix + relativePath(folder.uri, uri), uri);
      // A manifest names files relative to its folder: with one folder, that is the index's own naming.
      if (folders.length === 1) manifestText = await readTextOrUndefined(vscode.Uri.joinPath(folder.uri, MANIFEST_FILE));
    }
    return { uris, manifestText };
  }

  private watch(config: ReaderConfig): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, config.include));
      const prefix = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${folder.name}/` : '';
      const fileOf = (uri: vscode.Uri) => prefix + relativePath(folder.uri, uri);
      watcher.onDidCreate((uri) => this.queueChange(uri, uri, fileOf(uri)));
      watcher.onDidChange((uri) => this.queueChange(uri, uri, fileOf(uri)));
      watcher.onDidDelete((uri) => this.queueChange(uri, 'removed', fileOf(uri)));
      return watcher;
    });
  }

  private onEdited(document: vscode.TextDocument): void {
    if (!this.fileOf(document.uri) || !document.isDirty) return;
    this.queueChange(document.uri, { text: document.getText() }, undefined, EDIT_DEBOUNCE_MS);
  }

  private queueChange(uri: vscode.Uri, change: vscode.Uri | 'removed' | { text: string }, file = this.fileOf(uri), delay = WATCH_DEBOUNCE_MS): void {
    if (!file) return;
    if (!this.filesByUri.has(uri.toString()) && change !== 'removed') {
      this.uris.set(file, uri);
      this.filesByUri.set(uri.toString(), file);
    }
    this.pendingChanges.set(file, change);
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => void this.flushChanges(), delay);
  }

  private async flushChanges(): Promise<void> {
    if (!this.ready || this.fullRun) {
      // The full index in progress will see the files as they are now; wait and re-check after it.
      await this.fullRun;
    }
    const batch = [...this.pendingChanges];
    this.pendingChanges.clear();
    if (batch.length === 0) return;
    const started = Date.now();
    try {
      const changed: WorkerFile[] = [];
      const removed: string[] = [];
      for (const [file, change] of batch) {
        if (change === 'removed') {
          removed.push(file);
          const uri = this.uris.get(file);
          this.uris.delete(file);
          if (uri) this.filesByUri.delete(uri.toString());
        } else if ('text' in change) {
          changed.push({ file, bytes: new TextEncoder().encode(change.text) });
        } else {
          changed.push(await workerFile(file, change));
        }
      }
      this.publish(await this.send({ type: 'update', id: 0, changed, removed }));
      this.logger.info(`re-indexed ${changed.length} changed and ${removed.length} removed articles in ${Date.now() - started} ms`);
    } catch (e) {
      this.logger.error('re-indexing changed articles failed', e);
    } finally {
      this.setStatus({ indexing: false, done: this.status.total, total: this.status.total });
    }
  }

  private publish({ data, base, from }: Received): void {
    // After a delta, the new query keeps the span indexes of every file the delta left alone.
    const previous = from && from.data === this.current.data ? { query: this.current, changedFiles: from.changedFiles } : undefined;
    this.current = new CorpusQuery(data, previous);
    this.base = base;
    this.ready = true;
    this.changed.fire();
    this.prepareHoverCards(this.current);
  }

  /** What the first statement card of a large corpus would work out, a slice at a time between other work, while `query` is current. */
  private prepareHoverCards(query: CorpusQuery): void {
    const slice = (from: number) => {
      if (this.current !== query) return;
      const next = query.prepareWords(from, PREPARE_SLICE);
      if (next !== undefined) setTimeout(() => slice(next), 0);
    };
    setTimeout(() => slice(0), 0);
  }

  private setStatus(status: IndexStatus): void {
    this.status = status;
    this.statusChanged.fire(status);
  }

  private send(message: Exclude<ToWorker, { type: 'cancel' }>, progress?: (done: number, total: number) => void): Promise<Received> {
    const id = this.nextId++;
    this.setStatus({ indexing: true, done: 0, total: message.type === 'index' ? message.files.length : this.status.total });
    const baseData = this.current.data;
    const base = this.ready ? this.base : undefined;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, progress, baseData });
      this.post({ ...message, id, base });
    });
  }

  private post(message: ToWorker): void {
    this.ensureWorker().send(message);
  }

  private ensureWorker(): ChildProcess {
    if (this.worker) return this.worker;
    const worker = startIndexWorker(this.workerScript.fsPath, (text) => this.logger.info(`indexing worker: ${text}`));
    worker.on('message', (m: FromWorker) => this.onWorkerMessage(m));
    worker.on('error', (e) => this.onWorkerGone(worker, e));
    worker.on('exit', (code, signal) => this.onWorkerGone(worker, new Error(`the indexing worker exited (${signal ?? `code ${code}`})`)));
    this.worker = worker;
    return worker;
  }

  private onWorkerMessage(m: FromWorker): void {
    if (m.type === 'log') {
      this.logger.info(m.message);
      return;
    }
    const waiter = this.waiting.get(m.id);
    if (!waiter) return;
    if (m.type === 'progress') {
      waiter.progress?.(m.done, m.total);
      this.setStatus({ indexing: true, done: m.done, total: m.total });
      return;
    }
    this.waiting.delete(m.id);
    if (m.type === 'error') {
      waiter.reject(new Error(m.message));
      return;
    }
    try {
      // A delta is against the index this request named as its base, which is what the editor held then.
      if (m.packed) waiter.resolve({ data: unpackIndex(m.packed), base: resultBase(m.id) });
      else waiter.resolve({ data: applyIndexDelta(waiter.baseData, m.delta), base: resultBase(m.id), from: { data: waiter.baseData, changedFiles: changedFilesOf(waiter.baseData, m.delta) } });
    } catch (e) {
      waiter.reject(e as Error);
    }
  }

  /** A crashed worker fails what it was doing; the next request starts a new one (it re-reads from the cache). */
  private onWorkerGone(worker: ChildProcess, error: Error): void {
    if (worker !== this.worker) return; // already counted (a process that fails can report both an error and its exit)
    this.logger.error('the indexing worker stopped', error);
    this.worker = undefined;
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
    if (++this.workerCrashes <= MAX_WORKER_RESTARTS) void this.refresh();
    else void vscode.window.showErrorMessage(vscode.l10n.t('Grounded Reader stopped indexing: the indexing worker failed repeatedly. See the Output channel.'));
  }

  private stopWorker(): void {
    const w = this.worker;
    this.worker = undefined;
    if (this.changeTimer) clearTimeout(this.changeTimer);
    w?.removeAllListeners();
    w?.kill();
  }
}

interface Received {
  data: CorpusIndexData;
  /** How the worker names this index in later requests. */
  base: string;
  /** For a delta: the index it was applied to, and the files it changed. */
  from?: { data: CorpusIndexData; changedFiles: Set<string> | undefined };
}

interface Waiter {
  resolve(received: Received): void;
  reject(e: Error): void;
  progress?(done: number, total: number): void;
  /** The index the request's base names. */
  baseData: CorpusIndexData;
}

async function workerFile(file: string, uri: vscode.Uri): Promise<WorkerFile> {
  if (uri.scheme === 'file') return { file, fsPath: uri.fsPath };
  // Virtual workspaces: the worker cannot reach the file system, so it is sent the bytes.
  try {
    return { file, bytes: await vscode.workspace.fs.readFile(uri) };
  } catch {
    return { file };
  }
}

function relativePath(base: vscode.Uri, uri: vscode.Uri): string {
  const b = base.path.endsWith('/') ? base.path : base.path + '/';
  return uri.path.startsWith(b) ? uri.path.slice(b.length) : uri.path;
}

async function readTextOrUndefined(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
