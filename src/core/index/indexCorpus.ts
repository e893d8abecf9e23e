import type { ArticleReading, SkippedFile } from '../model';
import { parseManifest, type Manifest } from '../article/manifest';
import { decodeArticleBytes, DEFAULT_MAX_ARTICLE_BYTES } from '../article/decode';
import { readArticleText } from './readFile';
import { buildCorpusIndex, type CorpusIndexData } from './corpusIndex';
import { ReadingCache } from './readingCache';

/** Where a corpus's files come from: the CLI reads a folder, the editor its workspace. */
export interface CorpusSource {
  /** Article files, as paths relative to the corpus root with '/' separators. */
  files: string[];
  read(file: string): Promise<Uint8Array>;
  /** The text of corpus.json, when there is one. */
  manifestText?: string;
}

export interface IndexOptions {
  maxBytes?: number;
  cache?: ReadingCache;
  onProgress?(done: number, total: number, file: string): void;
  isCancelled?(): boolean;
  log?(message: string): void;
}

/**
 * A corpus being read: every file's reading, kept so that one changed file is re-read alone and the
 * corpus re-linked. One bad file is skipped with a reason, never fatal.
 */
export class CorpusSession {
  private readonly readings = new Map<string, ArticleReading>();
  private readonly skipped = new Map<string, string>();
  private manifest: Manifest = { articles: {} };

  constructor(private readonly options: IndexOptions = {}) {}

  get size(): number {
    return this.readings.size;
  }

  /** Reads every file of `source` (from the cache where the bytes did not change). */
  async readAll(source: CorpusSource): Promise<void> {
    this.setManifest(source.manifestText);
    this.readings.clear();
    this.skipped.clear();
    await this.options.cache?.open();
    let done = 0;
    for (const file of source.files) {
      if (this.options.isCancelled?.()) break;
      await this.readOne(file, () => source.read(file));
      this.options.onProgress?.(++done, source.files.length, file);
    }
    await this.options.cache?.flush();
  }

  /** Re-reads the changed files and forgets the removed ones. */
  async update(changed: Array<{ file: string; read(): Promise<Uint8Array> }>, removed: string[] = []): Promise<void> {
    for (const file of removed) {
      this.readings.delete(file);
      this.skipped.delete(file);
    }
    for (const c of changed) await this.readOne(c.file, c.read);
  }

  setManifest(manifestText: string | undefined): void {
    this.manifest = { articles: {} };
    if (manifestText === undefined) return;
    const parsed = parseManifest(manifestText);
    this.manifest = parsed.manifest;
    parsed.warnings.forEach((w) => this.options.log?.(w));
  }

  /** Links the readings into one corpus index. */
  link(extraSkipped: SkippedFile[] = []): CorpusIndexData {
    const skipped = [...this.skipped].map(([file, reason]) => ({ file, reason }));
    return buildCorpusIndex([...this.readings.values()], [...skipped, ...extraSkipped]);
  }

  private async readOne(file: string, read: () => Promise<Uint8Array>): Promise<void> {
    this.readings.delete(file);
    this.skipped.delete(file);
    let bytes: Uint8Array;
    try {
      bytes = await read();
    } catch (e) {
      this.skip(file, describeError(e));
      return;
    }
    const meta = this.manifest.articles[file];
    const decoded = decodeArticleBytes(bytes, this.options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES);
    if (!decoded.ok) {
      this.skip(file, decoded.reason);
      return;
    }
    const cache = this.options.cache;
    const key = cache ? ReadingCache.keyOf(file, bytes, meta) : '';
    let reading = cache?.get(key, decoded.text);
    if (!reading) {
      try {
        reading = readArticleText(file, decoded.text, meta, decoded.warnings);
      } catch (e) {
        // A reader bug must cost one file, not the corpus.
        this.skip(file, `the reader failed on this file (${(e as Error)?.message ?? e})`);
        return;
      }
      cache?.set(key, reading);
    }
    this.readings.set(file, reading);
  }

  private skip(file: string, reason: string): void {
    this.skipped.set(file, reason);
    this.options.log?.(`skipped ${file}: ${reason}`);
  }
}

/** Reads a whole corpus and links it: the one-shot form of CorpusSession. */
export async function indexCorpus(source: CorpusSource, options: IndexOptions = {}): Promise<CorpusIndexData> {
  const session = new CorpusSession(options);
  await session.readAll(source);
  return session.link();
}

export function describeError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  if (err && err.code === 'ENOENT') return 'file disappeared while indexing';
  if (err && (err.code === 'EACCES' || err.code === 'EPERM')) return 'not readable (permission denied)';
  if (err && err.code === 'EISDIR') return 'a folder, not a file';
  return err && err.message ? `could not be read (${err.message})` : 'could not be read';
}
