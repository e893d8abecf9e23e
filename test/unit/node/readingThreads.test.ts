import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CorpusSession, PARALLEL_AFTER_MISSES, type CorpusSource, type ParallelReader } from '../../../src/core/index/indexCorpus';
import { ReadingCache, type CacheStore } from '../../../src/core/index/readingCache';
import type { CorpusIndexData } from '../../../src/core/index/corpusQuery';
import { readArticleText } from '../../../src/core/index/readFile';
import type { ArticleMeta, ArticleReading } from '../../../src/core/model';
import { isReadingThread, ReadingThreads, threadsForMachine } from '../../../src/node/readingThreads';

/** The CLI's bundle and the editor's indexing worker: each is also what its reading threads run. */
const CLI = path.resolve(__dirname, '../../../../dist/cli.js');
const INDEX_WORKER = path.resolve(__dirname, '../../../../dist/indexWorker.js');

/** Invented articles, each with people, a quote and a meeting; some repeat names across files. */
const PARAGRAPHS = [
  'Foreign Minister Ana Costa met Russian envoy Sergei Volkov in Geneva on Monday.',
  '"The talks were useful," Costa said.',
  'Envoy Sergey Volkov said on Tuesday that he had met Ana Costa in Geneva.',
  'Defense Minister Ilse Brandt said the budget would grow, and that "nobody will be left behind".',
  'Senator Maria Okafor met Senator Tunde Okafor in Lagos on Friday.',
  '"It went well," Maria Okafor told reporters after the meeting.',
];

function texts(count: number): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const body = [0, 1, 2].map((k) => PARAGRAPHS[(i + k * 2) % PARAGRAPHS.length]).join('\n\n');
    out.set(`article-${String(i).padStart(3, '0')}.txt`, `Talks, part ${i}\n\n${body}\n`);
  }
  return out;
}

function source(files: Map<string, string>): CorpusSource {
  return { files: [...files.keys()], read: async (file) => new TextEncoder().encode(files.get(file)!) };
}

/** A cache kept in memory, as the editor's storage or the CLI's cache folder would keep it. */
class MemoryStore implements CacheStore {
  text: string | undefined;
  async load(): Promise<string | undefined> {
    return this.text;
  }
  async save(text: string): Promise<void> {
    this.text = text;
  }
}

async function index(files: Map<string, string>, parallel?: ParallelReader, log?: (m: string) => void, store?: CacheStore): Promise<CorpusIndexData> {
  const session = new CorpusSession({ parallel, log, cache: store ? new ReadingCache(store) : undefined });
  await session.readAll(source(files));
  return session.link();
}

/** A reader that answers out of order (the last article asked first), and fails on the files named. */
class ShuffledReader implements ParallelReader {
  readonly width = 3;
  asked = 0;
  private held: Array<() => void> = [];

  constructor(private readonly failOn: Set<string> = new Set()) {}

  worthFor(): boolean {
    return true;
  }

  read(file: string, text: string, meta: ArticleMeta | undefined, warnings: string[]): Promise<ArticleReading> {
    this.asked++;
    return new Promise((resolve, reject) => {
      this.held.push(() => (this.failOn.has(file) ? reject(new Error('boom')) : resolve(readArticleText(file, text, meta, warnings))));
      // Answers come once several are waiting, the newest first.
      if (this.held.length >= 3) for (const answer of this.held.splice(0).reverse()) setTimeout(answer, 0);
      else setTimeout(() => this.held.splice(0).reverse().forEach((answer) => answer()), 5);
    });
  }
}

describe('reading articles in parallel', function () {
  this.timeout(60_000);
  // The first PARALLEL_AFTER_MISSES articles a read does not find in the cache are read here, the rest in parallel.
  const corpus = texts(PARALLEL_AFTER_MISSES + 40);
  let inOneThread: CorpusIndexData;

  before(async () => {
    inOneThread = await index(corpus);
    assert.ok(inOneThread.quotes.length > 0 && inOneThread.events.length > 0, 'the invented articles give quotes and events');
  });

  it('gives the same index when readings come back out of order', async () => {
    const reader = new ShuffledReader();
    assert.deepEqual(await index(corpus, reader), inOneThread);
    assert.equal(reader.asked, corpus.size - PARALLEL_AFTER_MISSES);
  });

  it('reads here the few articles a cached corpus does not hold', async () => {
    const store = new MemoryStore();
    const first = new ShuffledReader();
    assert.deepEqual(await index(corpus, first, undefined, store), inOneThread);
    assert.equal(first.asked, corpus.size - PARALLEL_AFTER_MISSES);
    const edited = new Map(corpus);
    for (const file of [...corpus.keys()].slice(0, 3)) edited.set(file, `${corpus.get(file)}\nThe ministers met again on Friday.\n`);
    const again = new ShuffledReader();
    await index(edited, again, undefined, store);
    assert.equal(again.asked, 0);
  });

  it('skips a file whose reading failed, with the reader failure as its reason', async () => {
    const failing = `article-${PARALLEL_AFTER_MISSES + 7}.txt`;
    const data = await index(corpus, new ShuffledReader(new Set([failing])));
    assert.deepEqual(data.skipped, [{ file: failing, reason: 'the reader failed on this file (boom)' }]);
    assert.ok(!data.articles.some((a) => a.file === failing));
    assert.equal(data.articles.length, corpus.size - 1);
  });

  it('reads one at a time when the reader says it is not worth it', async () => {
    const reader = new ShuffledReader();
    reader.worthFor = () => false;
    assert.deepEqual(await index(corpus, reader), inOneThread);
    assert.equal(reader.asked, 0);
  });

  for (const [name, script] of [['the CLI', CLI], ["the editor's indexing worker", INDEX_WORKER]]) {
    it(`gives the same index read by worker threads of ${name} as in one thread`, async () => {
      const logs: string[] = [];
      const threads = new ReadingThreads(script, 2, { fromFiles: 1, log: (m) => logs.push(m) });
      try {
        assert.deepEqual(await index(corpus, threads), inOneThread);
        assert.deepEqual(logs, [], 'no thread stopped');
      } finally {
        await threads.close();
      }
    });
  }

  it('reads in the calling thread, and says so once, when the threads cannot run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gr-threads-'));
    try {
      const broken = path.join(dir, 'broken.js');
      writeFileSync(broken, 'throw new Error("this script cannot read articles");\n');
      const logs: string[] = [];
      const log = (m: string) => logs.push(m);
      const threads = new ReadingThreads(broken, 2, { fromFiles: 1, log });
      const session = new CorpusSession({ parallel: threads, log });
      await session.readAll(source(corpus));
      await threads.close();
      assert.deepEqual(session.link(), inOneThread);
      assert.equal(logs.length, 1, logs.join('\n'));
      assert.match(logs[0], /a reading thread stopped .*this script cannot read articles.*one at a time/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not worth it below its threshold or with one thread', () => {
    assert.equal(new ReadingThreads(CLI, 2).worthFor(1999), false);
    assert.equal(new ReadingThreads(CLI, 2).worthFor(2000), true);
    assert.equal(new ReadingThreads(CLI, 1, { fromFiles: 1 }).worthFor(5000), false);
  });

  it('takes one thread a core, leaves the cores asked for, and keeps to four', () => {
    assert.equal(threadsForMachine(0, 2), 2);
    assert.equal(threadsForMachine(1, 2), 1);
    assert.equal(threadsForMachine(1, 1), 1);
    assert.equal(threadsForMachine(0, 16), 4);
    assert.equal(threadsForMachine(1, 4), 3);
  });

  it('knows the main thread is not a reading thread', () => {
    assert.equal(isReadingThread(), false);
  });
});
