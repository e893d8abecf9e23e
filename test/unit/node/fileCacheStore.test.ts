import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileCacheStore } from '../../../src/node/fileCacheStore';

describe('FileCacheStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-store-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: Array<[string, string[]]> = [
    ['one piece', ['{"a":1}']],
    ['many pieces, non-ASCII included', ['{"pipelineVersion":"x","entries":{', '"k1":{"t":"“rock solid”"}', ',"k2":{"t":"Zelenskyy’s"}', '}}']],
    ['pieces larger than a write batch', ['[', `"${'x'.repeat(1 << 21)}"`, ',', `"${'é'.repeat(1 << 20)}"`, ']']],
    ['no pieces', []],
  ];
  for (const [name, pieces] of cases) {
    it(`writes ${name} as the joined text`, async () => {
      const store = new FileCacheStore(join(dir, 'sub', 'cache.json'));
      await store.saveInPieces(pieces);
      assert.equal(await store.load(), pieces.join(''));
      assert.equal(readFileSync(store.file, 'utf8'), pieces.join(''));
    });
  }

  it('a missing file loads as undefined', async () => {
    assert.equal(await new FileCacheStore(join(dir, 'none.json')).load(), undefined);
    assert.equal(await new FileCacheStore(join(dir, 'none.json')).loadLines(), undefined);
  });

  it('reads the text back line by line, long and non-ASCII lines whole', async () => {
    const lines = ['{"pipelineVersion":"x"}', `["k1",{"t":"“rock solid” ${'é'.repeat(1 << 17)}"}]`, '["k2",{"t":"Zelenskyy’s"}]'];
    const store = new FileCacheStore(join(dir, 'lines.json'));
    await store.saveInPieces(lines.map((l) => `${l}\n`));
    const read: string[] = [];
    for await (const line of (await store.loadLines())!) read.push(line);
    assert.deepEqual(read, lines);
  });
});
