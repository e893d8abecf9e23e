import * as assert from 'node:assert/strict';
import { CorpusQuery, type CorpusIndexData } from '../../../src/core/index/corpusQuery';
import type { CorpusEvent, Statement } from '../../../src/core/model';

function statement(file: string, start: number, text: string): Statement {
  return { file, start, end: start + text.length, text, kind: 'direct', speaker: null, speakerText: null, speakerSpan: null, cue: 'said', when: null, flags: [] };
}

function mention(file: string, start: number): CorpusEvent['mentions'][number] {
  return { file, start, end: start + 10, text: `${file}@${start}` };
}

// Published: c (Feb 20) before a (Feb 22); b has no date and comes last.
const talks: CorpusEvent = {
  id: 'talks', kind: 'talks', label: 'Talks', date: null, place: null, participants: [],
  mentions: [mention('b.txt', 50), mention('a.txt', 300), mention('a.txt', 100), mention('c.txt', 7)],
};
const local: CorpusEvent = { ...talks, id: 'local', mentions: [mention('a.txt', 20), mention('a.txt', 90)] };

const data: CorpusIndexData = {
  version: '1',
  articles: [
    { file: 'a.txt', title: 'A', outlet: 'AFP', published: '2023-02-22', warnings: [] },
    { file: 'b.txt', title: 'B', outlet: null, published: null, warnings: [] },
    { file: 'c.txt', title: 'C', outlet: 'CNN', published: '2023-02-20', warnings: [] },
  ],
  people: [],
  quotes: [statement('a.txt', 40, 'later'), statement('b.txt', 1, 'elsewhere'), statement('a.txt', 5, 'first')],
  events: [talks, local],
  skipped: [],
};

describe('CorpusQuery: statements of an article and reports of an event', () => {
  const query = new CorpusQuery(data);
  const at = (m: { file: string; start: number } | undefined) => (m ? `${m.file}@${m.start}` : undefined);

  it('lists the statements of a file in text order', () => {
    assert.deepEqual(query.statementsIn('a.txt').map((s) => s.text), ['first', 'later']);
    assert.deepEqual(query.statementsIn('z.txt'), []);
  });

  it('puts spans in reading order: by publication date (undated last), then by position', () => {
    assert.deepEqual(query.inReadingOrder(talks.mentions).map(at), ['c.txt@7', 'a.txt@100', 'a.txt@300', 'b.txt@50']);
    assert.equal(at(query.firstInReadingOrder(talks.mentions)), 'c.txt@7');
    assert.equal(query.firstInReadingOrder([]), undefined);
  });

  it('puts the spans of many articles in reading order: by date, undated and unknown files last, then by file name', () => {
    // Days given and not, several articles a day, file names that sort differently by case and accent.
    const names = ['b.txt', 'A.txt', 'é.txt', 'e.txt', 'Z.txt', 'a.txt', 'ä.txt', 'c1.txt', 'C2.txt'];
    const days = ['2023-02-22', null, '2023-02-20', '2023-02-22', null, '2023-02-21', '2023-02-20', null, '2023-02-22'];
    const many = new CorpusQuery({ ...data, articles: names.map((file, i) => ({ file, title: file, outlet: null, published: days[i], warnings: [] })) });
    let seed = 3;
    const pick = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const spans = Array.from({ length: 200 }, () => mention(pick(12) === 0 ? 'unknown.txt' : names[pick(names.length)], pick(500)));
    const day = (file: string) => days[names.indexOf(file)] ?? '9999';
    const expected = [...spans].sort((a, b) => day(a.file).localeCompare(day(b.file)) || a.file.localeCompare(b.file) || a.start - b.start);
    assert.deepEqual(many.inReadingOrder(spans).map(at), expected.map(at));
    assert.equal(at(many.firstInReadingOrder(spans)), at(expected[0]));
  });

  const steps: Array<[string, 1 | -1, string | undefined]> = [
    ['c.txt', 1, 'a.txt@100'],
    ['a.txt', 1, 'b.txt@50'],
    ['b.txt', 1, 'c.txt@7'],
    ['c.txt', -1, 'b.txt@50'],
    ['a.txt', -1, 'c.txt@7'],
    ['z.txt', 1, 'c.txt@7'],
  ];
  for (const [file, step, expected] of steps) {
    it(`the report ${step > 0 ? 'after' : 'before'} ${file} is ${expected}, cycling`, () => {
      assert.equal(at(query.adjacentReport(talks, file, step)), expected);
    });
  }

  it('has no adjacent report when only one article reports the event', () => {
    assert.equal(query.adjacentReport(local, 'a.txt', 1), undefined);
  });
});
