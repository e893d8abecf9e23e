import * as vscode from 'vscode';
import { indexCorpus, type CorpusSource } from '../../core/index/indexCorpus';
import { buildCorpusIndex, CorpusQuery, type CorpusIndexData } from '../../core/index/corpusIndex';
import { MANIFEST_FILE } from '../../core/article/manifest';
import { Disposable } from './disposable';
import type { Logger } from './logger';
import { affectsReaderConfig, readConfig } from './config';

/** A corpus file's place: the workspace folder it belongs to and its path relative to that folder. */
export interface CorpusFile {
  uri: vscode.Uri;
  /** The file's key in the index: relative to its workspace folder, prefixed by the folder's name when there are several. */
  file: string;
}

/** Indexes the workspace's articles and answers from memory. Fires `onDidChange` when a new index is ready. */
export class IndexService extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private current: CorpusQuery = new CorpusQuery(buildCorpusIndex([]));
  private uris = new Map<string, vscode.Uri>();
  private running: Promise<void> | undefined;
  private pending = false;
  private ready = false;

  constructor(private readonly logger: Logger) {
    super();
    this._register(vscode.workspace.onDidChangeConfiguration((e) => affectsReaderConfig(e) && this.refresh()));
  }

  get query(): CorpusQuery {
    return this.current;
  }

  get isReady(): boolean {
    return this.ready;
  }

  uriOf(file: string): vscode.Uri | undefined {
    return this.uris.get(file);
  }

  fileOf(uri: vscode.Uri): string | undefined {
    for (const [file, u] of this.uris) if (u.toString() === uri.toString()) return file;
    return undefined;
  }

  /** Re-reads the whole workspace. Calls made while indexing coalesce into one more run. */
  refresh(): Promise<void> {
    if (this.running) {
      this.pending = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.pending) {
        this.pending = false;
        void this.refresh();
      }
    });
    return this.running;
  }

  private async run(): Promise<void> {
    const config = readConfig();
    const started = Date.now();
    try {
      const folders = vscode.workspace.workspaceFolders ?? [];
      const uris = new Map<string, vscode.Uri>();
      const manifests: string[] = [];
      for (const folder of folders) {
        const prefix = folders.length > 1 ? `${folder.name}/` : '';
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, config.include), config.exclude);
        for (const uri of found) uris.set(prefix + relativePath(folder.uri, uri), uri);
        const manifest = await readTextOrUndefined(vscode.Uri.joinPath(folder.uri, MANIFEST_FILE));
        if (manifest !== undefined && folders.length === 1) manifests.push(manifest);
      }
      const files = [...uris.keys()].sort();
      const source: CorpusSource = {
        files,
        manifestText: manifests[0],
        read: async (file) => vscode.workspace.fs.readFile(uris.get(file)!),
      };
      const data: CorpusIndexData = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Grounded Reader: indexing articles') },
        () => indexCorpus(source, { maxBytes: config.maxFileBytes, log: (m) => this.logger.info(m) }),
      );
      this.uris = uris;
      this.current = new CorpusQuery(data);
      this.ready = true;
      this.logger.info(`indexed ${data.articles.length} articles (${data.skipped.length} skipped) in ${Date.now() - started} ms`);
      this.changed.fire();
    } catch (e) {
      this.logger.error('indexing failed', e);
      void vscode.window.showErrorMessage(vscode.l10n.t('Grounded Reader could not index the workspace: {0}', String((e as Error)?.message ?? e)));
    }
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
