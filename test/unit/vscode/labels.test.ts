import * as assert from 'node:assert/strict';
import { excerpt, formatCitation, saidWords, sourceOf } from '../../../src/vscode/commands/labels';
import { csvField, toCsv } from '../../../src/vscode/export/csv';

describe('excerpt', () => {
  const table: Array<[string, number, string]> = [
    ['short', 10, 'short'],
    ['  spread\n over   lines ', 40, 'spread over lines'],
    ['We will work together, as always, for peace', 24, 'We will work together…'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
  ];
  for (const [text, max, expected] of table) {
    it(`${JSON.stringify(text)} at ${max}`, () => assert.equal(excerpt(text, max), expected));
  }
});

describe('saidWords', () => {
  it('quotes what was said, and says first that a denial denied it', () => {
    assert.equal(saidWords({ text: 'the plant would close', cue: 'said' }, 40), '“the plant would close”');
    assert.equal(saidWords({ text: 'the plant would close', cue: 'denied' }, 40), 'denied: “the plant would close”');
    assert.equal(formatCitation({ text: 'the plant would close', cue: 'denies', speaker: 'Ana Ruiz', source: 'AFP', file: 'b.txt', line: 3 }), 'denies: “the plant would close” — Ana Ruiz, AFP (b.txt:3)');
  });
});

describe('sourceOf and formatCitation', () => {
  it('names the outlet and date, else the headline, else the file', () => {
    assert.equal(sourceOf({ file: 'x/a.txt', title: 'T', outlet: 'CNN', published: '2023-02-22', warnings: [] }, 'x/a.txt'), 'CNN, 2023-02-22');
    assert.equal(sourceOf({ file: 'x/a.txt', title: 'T', outlet: null, published: null, warnings: [] }, 'x/a.txt'), 'T');
    assert.equal(sourceOf(undefined, 'x/a.txt'), 'a.txt');
  });

  it('cites the words, the speaker, the source and the place in the file', () => {
    assert.equal(
      formatCitation({ text: 'rock\nsolid ', speaker: 'Wang Yi', source: 'CNN, 2023-02-22', file: 'a.txt', line: 12 }),
      '“rock solid” — Wang Yi, CNN, 2023-02-22 (a.txt:12)',
    );
    assert.equal(formatCitation({ text: 'They met.', speaker: null, source: 'AFP', file: 'b.txt', line: 3 }), '“They met.” — AFP (b.txt:3)');
  });
});

describe('CSV (RFC 4180)', () => {
  const fields: Array<[string, string]> = [
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['“curly” quotes', '“curly” quotes'],
  ];
  for (const [value, expected] of fields) {
    it(`field ${JSON.stringify(value)}`, () => assert.equal(csvField(value), expected));
  }

  it('ends every record with CRLF', () => {
    assert.equal(toCsv([['a', 'b'], ['1', 'x,y']]), 'a,b\r\n1,"x,y"\r\n');
  });
});
