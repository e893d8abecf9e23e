import type { ArticleMeta, ArticleReading } from '../model';
import { contentHash, textHash } from './contentHash';
import { PIPELINE_VERSION } from './version';

/**
 * Where cached readings live between runs: one blob of text, read once and written once per run
 * (the CLI keeps it in a cache folder, the editor in the extension's storage). A store that cannot
 * write (read-only storage) throws from `save`; the cache then logs once and carries on without it.
 */
export interface CacheStore {
  load(): Promise<string | undefined>;
  save(text: string): Promise<void>;
  /** Writes the text given in pieces, never held whole in memory (tens of MB at ten thousand articles). */
  saveInPieces?(pieces: Iterable<string>): Promise<void>;
  /** The text line by line, never held whole in memory; undefined when there is none. */
  loadLines?(): Promise<AsyncIterable<string> | undefined>;
}

/** A reading without the article's text (the text is the file itself, re-read on every run). */
type StoredReading = Omit<ArticleReading, 'article'> & { article: Omit<ArticleReading['article'], 'text'> };

/**
 * The cache's text is JSON Lines: a header (`{"pipelineVersion": …}`), then one `[key, reading]` per line, so that
 * it is read and parsed one entry at a time. JSON.stringify never writes a raw line break.
 */
interface CacheHeader {
  pipelineVersion: string;
}

/**
 * Readings keyed by the file's content, its manifest entry, its path and the pipeline version: an
 * article whose bytes did not change is not read again. A corrupt or stale cache is dropped, with one log line.
 */
export class ReadingCache {
  private entries = new Map<string, StoredReading>();
  private used = new Set<string>();
  private dirty = false;

  constructor(private readonly store: CacheStore | undefined, private readonly log: (message: string) => void = () => {}) {}

  static keyOf(file: string, bytes: Uint8Array, meta: ArticleMeta | undefined): string {
    return `${contentHash(bytes)}:${textHash(file + '\u0000' + JSON.stringify(meta ?? {}))}`;
  }

  async open(): Promise<void> {
    if (!this.store) return;
    let lines: AsyncIterable<string> | Iterable<string> | undefined;
    try {
      if (this.store.loadLines) lines = await this.store.loadLines();
      else lines = (await this.store.load())?.split('\n');
    } catch (e) {
      this.log(`reading cache could not be read, rebuilding it (${(e as Error).message})`);
      return;
    }
    if (lines === undefined) return;
    const entries = new Map<string, StoredReading>();
    let header: CacheHeader | undefined;
    try {
      for await (const line of lines) {
        if (!header) {
          header = JSON.parse(line) as CacheHeader;
          if (header?.pipelineVersion !== PIPELINE_VERSION) {
            this.log(`reading cache is from another version of the reader, rebuilding it`);
            this.dirty = true;
            return;
          }
        } else if (line) {
          const [key, reading] = JSON.parse(line) as [string, StoredReading];
          if (typeof key !== 'string' || typeof reading !== 'object' || !reading) throw new SyntaxError('not an entry');
          entries.set(key, reading);
        }
      }
    } catch (e) {
      this.log(e instanceof SyntaxError ? 'reading cache is corrupt, rebuilding it' : `reading cache could not be read, rebuilding it (${(e as Error).message})`);
      this.dirty = true;
      return;
    }
    this.entries = entries;
  }

  get(key: string, text: string): ArticleReading | undefined {
    const stored = this.entries.get(key);
    if (!stored) return undefined;
    this.used.add(key);
    return { ...stored, article: { ...stored.article, text } };
  }

  set(key: string, reading: ArticleReading): void {
    const { text: _text, ...article } = reading.article;
    this.entries.set(key, { ...reading, article });
    this.used.add(key);
    this.dirty = true;
  }

  /** Writes the cache back, keeping only the entries this run used. */
  async flush(): Promise<void> {
    if (!this.store) return;
    if (!this.dirty && this.used.size === this.entries.size) return;
    const pieces = this.pieces();
    try {
      if (this.store.saveInPieces) await this.store.saveInPieces(pieces);
      else await this.store.save([...pieces].join(''));
      this.dirty = false;
    } catch (e) {
      this.log(`reading cache could not be written, continuing without it (${(e as Error).message})`);
    }
  }

  /** The cache's JSON Lines, one entry at a time: the header, then the entries this run used. */
  private *pieces(): Generator<string> {
    yield `${JSON.stringify({ pipelineVersion: PIPELINE_VERSION } satisfies CacheHeader)}\n`;
    for (const key of this.used) {
      const e = this.entries.get(key);
      if (e) yield `${JSON.stringify([key, e])}\n`;
    }
  }

  /**
   * Forgets the entries held in memory once they are written: a session keeps what linking needs of
   * each reading, and an article that changes later has new bytes, so a new key, anyway.
   */
  async flushAndRelease(): Promise<void> {
    await this.flush();
    if (this.dirty) return; // not written: keep them for the next try
    this.entries = new Map();
    this.used = new Set();
  }
}
