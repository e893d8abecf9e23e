import * as assert from 'node:assert/strict';
import { CorpusSession, type CorpusSource } from '../../../src/core/index/indexCorpus';
import { ReadingCache, type CacheStore } from '../../../src/core/index/readingCache';

const encode = (s: string) => new TextEncoder().encode(s);
const ARTICLES: Record<string, string> = {
  'a.txt': 'Envoys meet in Oslo\n\n"We will talk again," Henrik Dahl said on Tuesday.',
  'b.txt': 'Talks resume in Geneva\n\nMarta Kowalski said the talks would resume.',
};

/** A source that counts how often each file is read. */
function source(): CorpusSource & { reads: number } {
  const s = { files: Object.keys(ARTICLES), reads: 0, read: async (f: string) => (s.reads++, encode(ARTICLES[f])) };
  return s;
}

/** A store in memory, which can be made to fail. */
class MemoryStore implements CacheStore {
  saved: string | undefined;
  saves = 0;
  constructor(public text: string | undefined = undefined, private readonly readOnly = false) {}
  async load() {
    return this.text;
  }
  async save(text: string) {
    if (this.readOnly) throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    this.saves++;
    this.text = this.saved = text;
  }
}

async function index(store: CacheStore, log: string[] = []) {
  const session = new CorpusSession({ cache: new ReadingCache(store, (m) => log.push(m)) });
  await session.readAll(source());
  return session.link();
}

describe('the reading cache', () => {
  it('a second run gives the same index from the cache', async () => {
    const store = new MemoryStore();
    const first = await index(store);
    assert.equal(store.saves, 1);
    const second = await index(store);
    assert.deepEqual(second, first);
    assert.equal(store.saves, 1, 'nothing changed, nothing written');
  });

  const broken: Array<[string, string, RegExp]> = [
    ['corrupt JSON', '{"pipelineVersion": "x", "entr', /corrupt, rebuilding/],
    ['another version of the reader', JSON.stringify({ pipelineVersion: 'old', entries: {} }), /another version of the reader, rebuilding/],
    ['not an object', '42', /another version of the reader, rebuilding|corrupt/],
  ];
  for (const [name, text, message] of broken) {
    it(`a cache that is ${name} is rebuilt, with one log line`, async () => {
      const log: string[] = [];
      const store = new MemoryStore(text);
      const fresh = await index(new MemoryStore());
      assert.deepEqual(await index(store, log), fresh);
      assert.equal(log.filter((l) => l.includes('cache')).length, 1, log.join('\n'));
      assert.match(log.join('\n'), message);
      const lines = (store.saved ?? '').trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(typeof lines[0].pipelineVersion, 'string', 'rewritten with a header');
      assert.deepEqual(lines.slice(1).map(([key]: [string]) => typeof key), ['string', 'string'], 'and both entries');
    });
  }

  it('read-only storage is logged once and indexing carries on', async () => {
    const log: string[] = [];
    const data = await index(new MemoryStore(undefined, true), log);
    assert.equal(data.articles.length, 2);
    assert.equal(log.filter((l) => l.includes('could not be written')).length, 1, log.join('\n'));
  });
});
