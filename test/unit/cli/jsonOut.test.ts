import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { jsonDocument, jsonPieces, writePieces } from '../../../src/cli/jsonOut';

// `index --json` writes the index in pieces; joined, they must be exactly JSON.stringify(value, null, 1).

describe('jsonPieces: the index as JSON, one list item at a time', () => {
  const cases: Array<[string, object]> = [
    ['an empty object', {}],
    ['empty lists and nulls', { version: '1', articles: [], people: [], note: null }],
    ['nested items, quotes and unicode', { quotes: [{ text: 'He said "no"\n— twice', when: null, flags: ['partial'] }, { text: 'Зеленський', span: { start: 1, end: 2 } }], events: [[1, [2, 3]], 'x'] }],
    ['undefined and function values, as JSON.stringify leaves them out', { a: 1, b: undefined, c: () => 1, d: [undefined, 2] }],
  ];
  for (const [name, value] of cases) {
    it(name, () => assert.equal([...jsonPieces(value)].join(''), JSON.stringify(value, null, 1)));
  }

  it('writes every piece to the stream, in order, then a newline', async () => {
    const value = { quotes: Array.from({ length: 5000 }, (_, i) => ({ i, text: 'x'.repeat(40) })) };
    const out = new PassThrough({ highWaterMark: 1024 });
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    await writePieces(out, jsonDocument(value));
    out.end();
    await new Promise((resolve) => out.on('end', resolve));
    assert.equal(chunks.join(''), JSON.stringify(value, null, 1) + '\n');
  });
});
