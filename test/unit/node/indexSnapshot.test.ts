import * as assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { PIPELINE_VERSION } from '../../../src/core/index/version';
import { CorpusSession } from '../../../src/core/index/indexCorpus';
import { FileTooLargeError } from '../../../src/core/article/decode';
import { packIndex, unpackIndex } from '../../../src/core/index/packedIndex';
import type { CorpusIndexData } from '../../../src/core/index/corpusQuery';
import { decodeSnapshot, encodeSnapshot, IndexSnapshotFile } from '../../../src/node/indexSnapshot';

const encode = (s: string) => new TextEncoder().encode(s);
const TEXTS: Record<string, string> = {
  'a.txt': 'Ministers meet in Geneva\n\nForeign Minister Ana Costa met Russian envoy Sergei Volkov in Geneva on Monday.\n\n"The talks were useful," Costa said.',
  'b.txt': 'Envoy speaks\n\nEnvoy Sergey Volkov said on Tuesday that he had met Ana Costa in Geneva.\n\n«Мы почти ни о чём не договорились», Volkov told reporters.',
  'c.bin': '\u0000\u0001binary',
};

async function session(texts = TEXTS): Promise<CorpusSession> {
  const s = new CorpusSession();
  await s.readAll({ files: Object.keys(texts), read: async (f) => encode(texts[f]) });
  return s;
}

describe('index snapshot', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'gr-snapshot-'))));
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips the index exactly, keys in order', async () => {
    const s = await session();
    const data = s.link();
    const file = IndexSnapshotFile.in(dir);
    await file.save({ key: s.inputKey(), data });
    const loaded = await file.load();
    assert.ok(loaded.ok);
    assert.equal(loaded.snapshot.key, s.inputKey());
    assert.deepEqual(loaded.snapshot.data, data);
    assert.equal(JSON.stringify(loaded.snapshot.data), JSON.stringify(data));
  });

  it('packs lists of unlike objects as they are', () => {
    const data: CorpusIndexData = {
      version: 'v',
      articles: [],
      people: [],
      quotes: [],
      events: [],
      skipped: [{ file: 'a.txt', reason: 'x' }, { reason: 'y', file: 'b.txt' } as never],
    };
    assert.equal(JSON.stringify(unpackIndex(packIndex(data))), JSON.stringify(data));
  });

  it('is missing, and says so, when none was written, without asking for the key of the files', async () => {
    const loaded = await IndexSnapshotFile.in(dir).load(() => assert.fail('the key was asked for'));
    assert.deepEqual(loaded.ok ? 'ok' : loaded.reason, 'missing');
  });

  const corrupt: Array<[string, (good: Buffer) => Buffer]> = [
    ['garbage', () => Buffer.from('not a snapshot at all')],
    ['cut short', (good) => good.subarray(0, good.length >> 1)],
    ['empty', () => Buffer.alloc(0)],
    ['JSON instead', () => Buffer.from('{"format":"grounded-reader-index-snapshot/1"}')],
  ];
  for (const [name, spoil] of corrupt) {
    it(`is corrupt when ${name}`, async () => {
      const s = await session();
      const good = encodeSnapshot({ key: s.inputKey(), data: s.link() });
      const file = IndexSnapshotFile.in(dir);
      writeFileSync(file.file, spoil(good));
      const loaded = await file.load();
      assert.equal(loaded.ok ? 'ok' : loaded.reason, 'corrupt');
    });
  }

  it('is from another version when the pipeline changed', async () => {
    const s = await session();
    const bytes = encodeSnapshot({ key: s.inputKey(), data: s.link() });
    const loaded = await decodeSnapshot(bytes, 'another-version', () => assert.fail('the key was asked for'));
    assert.equal(loaded.ok ? 'ok' : loaded.reason, 'other-version');
  });

  it('has a stale key once a file changed, was added or removed, and the same key for the same files', async () => {
    const key = (await session()).inputKey();
    assert.equal((await session({ ...TEXTS })).inputKey(), key);
    assert.notEqual((await session({ ...TEXTS, 'a.txt': TEXTS['a.txt'] + ' ' })).inputKey(), key);
    assert.notEqual((await session({ ...TEXTS, 'd.txt': 'New\n\nText.' })).inputKey(), key);
    const { 'b.txt': _b, ...fewer } = TEXTS;
    assert.notEqual((await session(fewer)).inputKey(), key);
    const s = await session();
    await s.update([{ file: 'a.txt', read: async () => encode(TEXTS['a.txt'] + ' ') }]);
    assert.notEqual(s.inputKey(), key);
    await s.update([{ file: 'a.txt', read: async () => encode(TEXTS['a.txt']) }]);
    assert.equal(s.inputKey(), key);
  });

  it('is from another version when written in an earlier layout (one value, the index inside it)', async () => {
    const s = await session();
    const earlier = v8.serialize({ format: 'grounded-reader-index-snapshot/1', pipelineVersion: PIPELINE_VERSION, key: s.inputKey(), packed: packIndex(s.link()) });
    const loaded = await decodeSnapshot(earlier);
    assert.equal(loaded.ok ? 'ok' : loaded.reason, 'other-version');
  });

  it('is of other inputs when loaded for another key, without decoding its index', async () => {
    const s = await session();
    const good = encodeSnapshot({ key: s.inputKey(), data: s.link() });
    const file = IndexSnapshotFile.in(dir);
    // The head is whole and the index cut short: only a load that reads the index finds it corrupt.
    writeFileSync(file.file, good.subarray(0, good.length - 40));
    const other = await file.load(async () => 'another key');
    assert.equal(other.ok ? 'ok' : other.reason, 'other-inputs');
    const same = await file.load(async () => s.inputKey());
    assert.equal(same.ok ? 'ok' : same.reason, 'corrupt');
  });

  it('knows the key of a corpus from its bytes alone: the key reading it gives', async () => {
    const texts: Record<string, string> = { ...TEXTS, 'empty.txt': '   \n', 'huge.txt': 'x'.repeat(300) };
    const source = (manifestText?: string) => ({
      files: [...Object.keys(texts), 'gone.txt'],
      manifestText,
      read: async (f: string, max: number) => {
        if (f === 'gone.txt') throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
        const bytes = encode(texts[f]);
        return bytes.length > max ? Promise.reject(new FileTooLargeError(bytes.length, max)) : bytes;
      },
    });
    for (const manifestText of [undefined, JSON.stringify({ articles: { 'a.txt': { published: '2024-05-06', outlet: 'Wire' } } })]) {
      const s = new CorpusSession({ maxBytes: 200 });
      const before = await s.inputKeyOf(source(manifestText));
      await s.readAll(source(manifestText));
      assert.equal(before, s.inputKey(), `manifest ${manifestText}`);
      assert.equal(await new CorpusSession({ maxBytes: 200 }).inputKeyOf(source(manifestText)), before, 'asked again');
    }
    const withManifest = await new CorpusSession().inputKeyOf(source(JSON.stringify({ articles: { 'a.txt': { outlet: 'Wire' } } })));
    assert.notEqual(withManifest, await new CorpusSession().inputKeyOf(source()));
  });

  it('throws from save on storage it cannot write, and leaves no file', async function () {
    if (process.getuid?.() === 0) this.skip(); // root writes anywhere
    chmodSync(dir, 0o500);
    const s = await session();
    await assert.rejects(IndexSnapshotFile.in(dir).save({ key: s.inputKey(), data: s.link() }));
  });

  it('throws from save when its folder is a file', async () => {
    writeFileSync(path.join(dir, 'storage'), 'a file');
    const s = await session();
    await assert.rejects(IndexSnapshotFile.in(path.join(dir, 'storage')).save({ key: s.inputKey(), data: s.link() }));
  });
});
