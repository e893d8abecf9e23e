import type { ArticleMeta, ArticleReading, SkippedFile } from '../model';
import { parseManifest, type Manifest } from '../article/manifest';
import { decodeArticleBytes, DEFAULT_MAX_ARTICLE_BYTES, FileTooLargeError, type Decoded } from '../article/decode';
import { readArticleText, readerFailure } from './readFile';
import { CorpusLinker, type LinkPhases } from './corpusIndex';
import type { CorpusIndexData } from './corpusQuery';
import { ReadingCache } from './readingCache';
import { textHash } from './contentHash';
import { PIPELINE_VERSION } from './version';

/** Where a corpus's files come from: the CLI reads a folder, the editor its workspace. */
export interface CorpusSource {
  /** Article files, as paths relative to the corpus root with '/' separators. */
  files: string[];
  /**
   * The file's bytes. A source that can see a file's size before reading it throws FileTooLargeError for
   * one over `maxBytes`, so that a huge file is never loaded.
   */
  read(file: string, maxBytes: number): Promise<Uint8Array>;
  /** The text of corpus.json, when there is one. */
  manifestText?: string;
}

/**
 * Reads articles elsewhere, several at once (threads of a Node process: src/node/readingThreads.ts).
 * Its readings are the ones readArticleText makes; a reading that fails rejects with the reader's error.
 */
export interface ParallelReader {
  /** How many articles it reads at the same time. */
  readonly width: number;
  /** Whether reading `files` articles is worth starting it for (its threads cost a start-up each). */
  worthFor(files: number): boolean;
  read(file: string, text: string, meta: ArticleMeta | undefined, warnings: string[]): Promise<ArticleReading>;
}

/**
 * How many articles a whole read finds outside the cache before it reads in parallel: a run whose readings are
 * cached but for a few edited files reads those few here, without starting threads for them.
 */
export const PARALLEL_AFTER_MISSES = 100;

/** How many articles a parallel read hands out ahead of the one it is waiting for, per article read at once. */
const AHEAD_PER_READER = 4;

export interface IndexOptions {
  maxBytes?: number;
  cache?: ReadingCache;
  /** Reads the articles of a whole read in parallel, where it is worth it; the index is the same. */
  parallel?: ParallelReader;
  onProgress?(done: number, total: number, file: string): void;
  isCancelled?(): boolean;
  log?(message: string): void;
}

/**
 * A corpus being read: what linking needs of every file's reading, kept so that one changed file is
 * re-read alone and the corpus re-linked (only the identity blocks its names touch are compared again).
 * One bad file is skipped with a reason, never fatal.
 */
export class CorpusSession {
  private readonly linker = new CorpusLinker();
  private readonly skipped = new Map<string, string>();
  /** What each file's reading was made from: its ReadingCache key, or why it was skipped. */
  private readonly inputs = new Map<string, string>();
  private manifest: Manifest = { articles: {} };

  constructor(private readonly options: IndexOptions = {}) {}

  get size(): number {
    return this.linker.size;
  }

  /** Reads every file of `source` (from the cache where the bytes did not change). */
  async readAll(source: CorpusSource): Promise<void> {
    this.setManifest(source.manifestText);
    for (const file of [...this.linker.files]) this.linker.remove(file);
    this.skipped.clear();
    this.inputs.clear();
    await this.options.cache?.open();
    const { files } = source;
    const parallel = this.options.parallel?.worthFor(files.length) ? this.options.parallel : undefined;
    let misses = 0;
    const readerOfMiss = () => (++misses > PARALLEL_AFTER_MISSES ? parallel : undefined);
    // Files are begun in order and ended in order, so the index is the same however they were read; a
    // parallel read begins a few files ahead of the one it ends, so that no reader waits.
    const ahead = parallel ? parallel.width * AHEAD_PER_READER : 1;
    const begun: Begun[] = [];
    let done = 0;
    const endOne = async () => {
      const b = begun.shift()!;
      await this.end(b);
      this.options.onProgress?.(++done, files.length, b.file);
    };
    for (let i = 0; i < files.length; i++) {
      if (this.options.isCancelled?.()) break;
      begun.push(await this.begin(files[i], () => source.read(files[i], this.maxBytes), readerOfMiss));
      while (begun.length >= ahead) await endOne();
    }
    while (begun.length) await endOne();
    await this.options.cache?.flushAndRelease();
  }

  /** Re-reads the changed files and forgets the removed ones. */
  async update(changed: Array<{ file: string; read(): Promise<Uint8Array> }>, removed: string[] = []): Promise<void> {
    for (const file of removed) {
      this.linker.remove(file);
      this.skipped.delete(file);
      this.inputs.delete(file);
    }
    for (const c of changed) await this.end(await this.begin(c.file, c.read));
  }

  setManifest(manifestText: string | undefined): void {
    this.manifest = { articles: {} };
    if (manifestText === undefined) return;
    const parsed = parseManifest(manifestText);
    this.manifest = parsed.manifest;
    parsed.warnings.forEach((w) => this.options.log?.(w));
  }

  private get maxBytes(): number {
    return this.options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  }

  /**
   * A hash of everything the linked index is made of: every file's bytes, path and manifest entry (or
   * why it was skipped), the size limit and the pipeline version. Two sessions with the same key link
   * the same index.
   */
  inputKey(): string {
    return keyOfInputs(this.inputs, this.maxBytes);
  }

  /**
   * The inputKey that reading `source` would give, worked out from the files' bytes without reading any
   * article: a linked index kept under this key (an index snapshot) is the index of `source`. A file the
   * reader fails on is keyed here as read and after reading as skipped, so a corpus with one is always read.
   */
  async inputKeyOf(source: CorpusSource): Promise<string> {
    const { manifest } = source.manifestText === undefined ? { manifest: { articles: {} } as Manifest } : parseManifest(source.manifestText);
    const inputs = new Map<string, string>();
    for (const file of source.files) {
      const input = await inputOf(file, () => source.read(file, this.maxBytes), manifest.articles[file], this.maxBytes);
      inputs.set(file, 'skip' in input ? skippedInput(input.skip) : input.key);
    }
    return keyOfInputs(inputs, this.maxBytes);
  }

  /** Where the last `link` spent its time. */
  get lastLinkPhases(): LinkPhases {
    return this.linker.lastLinkPhases;
  }

  /** Links the readings into one corpus index. */
  link(extraSkipped: SkippedFile[] = []): CorpusIndexData {
    const skipped = [...this.skipped].map(([file, reason]) => ({ file, reason }));
    return this.linker.link([...skipped, ...extraSkipped]);
  }

  /**
   * Reads a file's bytes and finds its reading: from the cache, read here, or handed to the parallel reader
   * `readerOfMiss` gives for a file the cache does not hold (a promise then). Nothing of the session changes until `end`.
   */
  private async begin(file: string, read: () => Promise<Uint8Array>, readerOfMiss?: () => ParallelReader | undefined): Promise<Begun> {
    const meta = this.manifest.articles[file];
    const input = await inputOf(file, read, meta, this.maxBytes);
    if ('skip' in input) return { file, skip: input.skip };
    const { key, decoded } = input;
    const cached = this.options.cache?.get(key, decoded.text);
    if (cached) return { file, key, reading: cached, fresh: false };
    const parallel = readerOfMiss?.();
    if (parallel) {
      const failed = (e: unknown) => ({ failure: readerFailure(e) });
      return { file, key, reading: parallel.read(file, decoded.text, meta, decoded.warnings).catch(failed), fresh: true };
    }
    try {
      return { file, key, reading: readArticleText(file, decoded.text, meta, decoded.warnings), fresh: true };
    } catch (e) {
      // A reader bug must cost one file, not the corpus.
      return { file, key, reading: { failure: readerFailure(e) }, fresh: true };
    }
  }

  /** Puts a begun file's reading into the linker, replacing its earlier one (the linker can then update in place), or skips the file. */
  private async end(b: Begun): Promise<void> {
    const { file } = b;
    this.skipped.delete(file);
    this.inputs.delete(file);
    if ('skip' in b) {
      this.skip(file, b.skip);
      return;
    }
    this.inputs.set(file, b.key);
    const reading = await b.reading;
    if ('failure' in reading) {
      this.skip(file, reading.failure);
      return;
    }
    if (b.fresh) this.options.cache?.set(b.key, reading);
    this.linker.set(forLinking(reading));
  }

  private skip(file: string, reason: string): void {
    this.linker.remove(file);
    this.skipped.set(file, reason);
    this.inputs.set(file, skippedInput(reason));
    this.options.log?.(`skipped ${file}: ${reason}`);
  }
}

/** A file's bytes, decoded, and the ReadingCache key of its reading; or why it is skipped. */
async function inputOf(
  file: string,
  read: () => Promise<Uint8Array>,
  meta: ArticleMeta | undefined,
  maxBytes: number,
): Promise<{ skip: string } | { key: string; decoded: Extract<Decoded, { ok: true }> }> {
  let bytes: Uint8Array;
  try {
    bytes = await read();
  } catch (e) {
    return { skip: describeError(e) };
  }
  const decoded = decodeArticleBytes(bytes, maxBytes);
  if (!decoded.ok) return { skip: decoded.reason };
  return { key: ReadingCache.keyOf(file, bytes, meta), decoded };
}

function skippedInput(reason: string): string {
  return `skipped: ${reason}`;
}

/** CorpusSession.inputKey of these inputs (file → its reading's cache key, or why it was skipped). */
function keyOfInputs(inputs: ReadonlyMap<string, string>, maxBytes: number): string {
  const entries = [...inputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${PIPELINE_VERSION}:${textHash(`${maxBytes}\n${entries.map(([file, input]) => `${file}\u0000${input}`).join('\n')}`)}`;
}

type Failure = { failure: string };

/** A file whose bytes were read: skipped, or with its reading (or why the reader failed on it), perhaps still being read. */
type Begun = { file: string; skip: string } | { file: string; key: string; reading: ArticleReading | Failure | Promise<ArticleReading | Failure>; fresh: boolean };

/**
 * What linking needs of a reading: the people without their ambiguous mentions, the statements and the
 * event mentions, and the article without its text and paragraphs unless it reports events (the event
 * grouping reads its dateline). The rest is the file itself, re-read when it changes.
 */
export function forLinking(reading: ArticleReading): ArticleReading {
  const { article } = reading;
  const keepText = reading.eventMentions.length > 0;
  return {
    article: { ...article, text: keepText ? article.text : '', blocks: keepText ? article.blocks : [] },
    people: { people: reading.people.people, ambiguous: [] },
    statements: reading.statements,
    eventMentions: reading.eventMentions,
  };
}

/** Reads a whole corpus and links it: the one-shot form of CorpusSession. */
export async function indexCorpus(source: CorpusSource, options: IndexOptions = {}): Promise<CorpusIndexData> {
  const session = new CorpusSession(options);
  await session.readAll(source);
  return session.link();
}

export function describeError(e: unknown): string {
  if (e instanceof FileTooLargeError) return e.message;
  const err = e as { code?: string; message?: string };
  if (err && err.code === 'ENOENT') return 'file disappeared while indexing';
  if (err && (err.code === 'EACCES' || err.code === 'EPERM')) return 'not readable (permission denied)';
  if (err && err.code === 'EISDIR') return 'a folder, not a file';
  return err && err.message ? `could not be read (${err.message})` : 'could not be read';
}
