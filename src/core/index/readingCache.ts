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
}

/** A reading without the article's text (the text is the file itself, re-read on every run). */
type StoredReading = Omit<ArticleReading, 'article'> & { article: Omit<ArticleReading['article'], 'text'> };

interface CacheFile {
  pipelineVersion: string;
  entries: Record<string, StoredReading>;
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
    let text: string | undefined;
    try {
      text = await this.store.load();
    } catch (e) {
      this.log(`reading cache could not be read, rebuilding it (${(e as Error).message})`);
      return;
    }
    if (text === undefined) return;
    try {
      const parsed = JSON.parse(text) as CacheFile;
      if (parsed.pipelineVersion !== PIPELINE_VERSION || typeof parsed.entries !== 'object' || !parsed.entries) {
        this.log(`reading cache is from another version of the reader, rebuilding it`);
        this.dirty = true;
        return;
      }
      this.entries = new Map(Object.entries(parsed.entries));
    } catch {
      this.log('reading cache is corrupt, rebuilding it');
      this.dirty = true;
    }
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

  /** The cache file's JSON (a CacheFile), one entry at a time: the entries this run used. */
  private *pieces(): Generator<string> {
    yield `{"pipelineVersion":${JSON.stringify(PIPELINE_VERSION)},"entries":{`;
    let first = true;
    for (const key of this.used) {
      const e = this.entries.get(key);
      if (!e) continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(e)}`;
      first = false;
    }
    yield '}}';
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
