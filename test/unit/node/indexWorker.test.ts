import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { applyIndexDelta, isEmptyDelta } from '../../../src/core/index/indexDelta';
import { unpackIndex } from '../../../src/core/index/packedIndex';
import type { CorpusIndexData } from '../../../src/core/index/corpusQuery';
import { indexCorpus } from '../../../src/core/index/indexCorpus';
import { IndexSnapshotFile } from '../../../src/node/indexSnapshot';
import { resultBase, snapshotBase, type FromWorker, type ToWorker } from '../../../src/node/workerProtocol';
import { startIndexWorker } from '../../../src/node/indexWorkerProcess';

const WORKER = path.resolve(__dirname, '../../../../dist/indexWorker.js');
const TEXTS: Record<string, string> = {
  'a.txt': 'Ministers meet in Geneva\n\nForeign Minister Ana Costa met Russian envoy Sergei Volkov in Geneva on Monday.\n\n"The talks were useful," Costa said.',
  'b.txt': 'Envoy speaks\n\nEnvoy Sergey Volkov said on Tuesday that he had met Ana Costa in Geneva.\n\n"We agreed on very little," Volkov told reporters.',
  'c.txt': 'Budget\n\nDefense Minister Ilse Brandt said the budget would grow.',
};

type Request = { [K in 'index' | 'update']: Omit<Extract<ToWorker, { type: K }>, 'id' | 'base'> }['index' | 'update'];

/** The editor's side of the protocol, as IndexService has it: it names the index it holds, and applies deltas to it. */
class Client {
  readonly worker = new Worker(WORKER);
  data: CorpusIndexData | undefined;
  base: string | undefined;
  readonly received: Array<FromWorker & { type: 'result' }> = [];
  readonly logs: string[] = [];
  private nextId = 1;

  constructor() {
    this.worker.on('message', (m: FromWorker) => m.type === 'log' && this.logs.push(m.message));
  }

  async request(message: Request): Promise<CorpusIndexData> {
    const id = this.nextId++;
    const held = this.data;
    const answer = new Promise<FromWorker & { type: 'result' }>((resolve, reject) => {
      const on = (m: FromWorker) => {
        if ((m.type === 'result' || m.type === 'error') && m.id === id) {
          this.worker.off('message', on);
          if (m.type === 'error') reject(new Error(m.message));
          else resolve(m);
        }
      };
      this.worker.on('message', on);
    });
    this.worker.postMessage({ ...message, id, base: this.base } as ToWorker);
    const m = await answer;
    this.received.push(m);
    this.data = m.packed ? unpackIndex(m.packed) : applyIndexDelta(held!, m.delta!);
    this.base = resultBase(id);
    return this.data;
  }
}

/** Polls `condition` until it holds or the deadline passes (the worker writes its snapshot after answering). */
async function until<T>(condition: () => Promise<T | undefined | false>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const snapshotIn = (dir: string, unlike?: string) =>
  until(async () => {
    const loaded = await IndexSnapshotFile.in(path.join(dir, 'storage')).load();
    return loaded.ok && loaded.snapshot.key !== unlike ? loaded.snapshot : undefined;
  });

describe('the indexing worker sends deltas and keeps the snapshot (dist/indexWorker.js)', function () {
  this.timeout(60_000);
  let dir: string;
  const clients: Client[] = [];
  before(function () {
    if (!existsSync(WORKER)) this.skip();
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gr-worker-'));
    mkdirSync(path.join(dir, 'corpus'));
    mkdirSync(path.join(dir, 'storage'));
    for (const [f, t] of Object.entries(TEXTS)) writeFileSync(path.join(dir, 'corpus', f), t);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.worker.terminate()));
    rmSync(dir, { recursive: true, force: true });
  });

  const indexMessage = () => ({
    type: 'index' as const,
    files: Object.keys(TEXTS).sort().map((file) => ({ file, fsPath: path.join(dir, 'corpus', file) })),
    cacheFile: path.join(dir, 'storage', 'readings.json'),
    snapshotFile: IndexSnapshotFile.in(path.join(dir, 'storage')).file,
    maxBytes: 1 << 20,
  });
  const fromScratch = async () => {
    const files = Object.keys(TEXTS).sort();
    return indexCorpus({ files, read: async (f) => new TextEncoder().encode(require('node:fs').readFileSync(path.join(dir, 'corpus', f), 'utf8')) });
  };
  const client = () => {
    const c = new Client();
    clients.push(c);
    return c;
  };

  it('answers an edit with a delta that gives the index a full build gives', async () => {
    const c = client();
    await c.request(indexMessage());
    assert.ok(c.received[0].packed, 'the first answer is the whole index');
    const edited = TEXTS['b.txt'] + '\n\n"We will meet again on Thursday," Volkov said.';
    writeFileSync(path.join(dir, 'corpus', 'b.txt'), edited);
    const data = await c.request({ type: 'update', changed: [{ file: 'b.txt', bytes: new TextEncoder().encode(edited) }], removed: [] });
    assert.ok(c.received[1].delta, 'an edit is answered with a delta');
    assert.deepEqual(data, await fromScratch());
    rmSync(path.join(dir, 'corpus', 'c.txt'));
    const after = await c.request({ type: 'update', changed: [], removed: ['c.txt'] });
    assert.ok(c.received[2].delta);
    assert.deepEqual(after.articles.map((a) => a.file), ['a.txt', 'b.txt']);
  });

  it('writes a snapshot after a full index; a new worker verifies it and sends an empty delta when nothing changed', async () => {
    const first = client();
    const data = await first.request(indexMessage());
    const snapshot = await snapshotIn(dir);
    assert.deepEqual(snapshot.data, data);

    const second = client();
    second.data = snapshot.data;
    second.base = snapshotBase(snapshot.key);
    await second.request(indexMessage());
    const answer = second.received[0];
    assert.ok(answer.delta && isEmptyDelta(answer.delta, snapshot.data), 'unchanged files: an empty delta');
  });

  it('corrects a stale snapshot: files changed since it was written', async () => {
    await client().request(indexMessage());
    const snapshot = await snapshotIn(dir);
    const loaded = { snapshot };
    writeFileSync(path.join(dir, 'corpus', 'a.txt'), 'Ministers meet\n\nForeign Minister Ana Costa said nothing at all.');
    const second = client();
    second.data = loaded.snapshot.data;
    second.base = snapshotBase(loaded.snapshot.key);
    const data = await second.request(indexMessage());
    assert.ok(second.received[0].delta && !isEmptyDelta(second.received[0].delta, loaded.snapshot.data));
    assert.deepEqual(data, await fromScratch());
    const rewritten = await snapshotIn(dir, snapshot.key);
    assert.deepEqual(rewritten.data, data);
  });

  it('sends the whole index when it does not hold what the editor names', async () => {
    const c = client();
    c.data = { version: 'x', articles: [], people: [], quotes: [], events: [], skipped: [] };
    c.base = snapshotBase('some other key');
    const data = await c.request(indexMessage());
    assert.ok(c.received[0].packed);
    assert.deepEqual(data, await fromScratch());
  });

  it('carries on without a snapshot on storage it cannot write, saying so once', async () => {
    const c = client();
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the storage folder should be');
    const data = await c.request({ ...indexMessage(), cacheFile: undefined, snapshotFile: path.join(blocked, 'index-snapshot.bin') });
    assert.deepEqual(data, await fromScratch());
    await until(async () => c.logs.some((l) => l.includes('snapshot could not be written')));
    await c.request({ type: 'update', changed: [], removed: ['a.txt'] });
    assert.equal(c.logs.filter((l) => l.includes('snapshot could not be written')).length, 1);
  });

  it('hears a cancel while it reads from disk (it reads synchronously, and stops to listen)', async () => {
    const c = client();
    const many = Array.from({ length: 600 }, (_, i) => `many/${String(i).padStart(3, '0')}.txt`);
    mkdirSync(path.join(dir, 'corpus', 'many'));
    for (const [i, f] of many.entries()) writeFileSync(path.join(dir, 'corpus', f), TEXTS['a.txt'].replace('Monday', `Monday, day ${i}`));
    const result = new Promise<FromWorker & { type: 'result' }>((resolve) => {
      c.worker.on('message', (m: FromWorker) => {
        // Cancelled at the first progress report: after 25 files, long before 600.
        if (m.type === 'progress') c.worker.postMessage({ type: 'cancel' } satisfies ToWorker);
        if (m.type === 'result') resolve(m);
      });
    });
    c.worker.postMessage({ ...indexMessage(), id: 1, files: many.map((file) => ({ file, fsPath: path.join(dir, 'corpus', file) })) } satisfies ToWorker);
    const read = unpackIndex((await result).packed!).articles.length;
    assert.ok(read >= 25 && read < many.length, `${read} of ${many.length} articles read after the cancel`);
  });

  it('runs as the process the editor starts: answers over IPC, tunes its engine, and ends when the editor is gone', async () => {
    const errors: string[] = [];
    const child = startIndexWorker(WORKER, (text) => errors.push(text));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const answer = new Promise<FromWorker>((resolve) => child.on('message', (m: FromWorker) => (m.type === 'result' || m.type === 'error') && resolve(m)));
    child.send({ ...indexMessage(), id: 1 } satisfies ToWorker);
    const m = await answer;
    assert.equal(m.type, 'result');
    assert.deepEqual(unpackIndex((m as FromWorker & { type: 'result' }).packed!), await fromScratch());
    child.disconnect();
    assert.equal(await exited, 0);
    assert.deepEqual(errors, [], 'nothing on stderr (an unknown engine flag would print there)');
  });
});
