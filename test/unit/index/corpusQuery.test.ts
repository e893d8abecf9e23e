import * as assert from 'node:assert/strict';
import { articleCountOf, comparableWords, CorpusQuery, type CorpusIndexData } from '../../../src/core/index/corpusQuery';
import type { CorpusEvent, Person, Statement } from '../../../src/core/model';

function statement(file: string, start: number, text: string, speaker: string | null = null): Statement {
  return { file, start, end: start + text.length, text, kind: 'direct', speaker, speakerText: null, speakerSpan: null, cue: 'said', when: null, flags: [] };
}

const wang: Person = { id: 'wang-yi', name: 'Wang Yi', aliases: ['Wang'], role: 'Foreign Minister', mentions: [{ file: 'b.txt', start: 40, end: 47 }, { file: 'a.txt', start: 5, end: 12 }] };
const lavrov: Person = { id: 'sergei-lavrov', name: 'Sergei Lavrov', aliases: [], role: null, mentions: [{ file: 'b.txt', start: 10, end: 23 }] };
const talks: CorpusEvent = {
  id: 'talks', kind: 'talks', label: 'Wang Yi meets Sergei Lavrov', date: null, place: 'Moscow', participants: ['wang-yi', 'sergei-lavrov'],
  mentions: [{ file: 'a.txt', start: 100, end: 150, text: 'x' }, { file: 'b.txt', start: 60, end: 90, text: 'y' }, { file: 'b.txt', start: 200, end: 230, text: 'z' }],
};
const call: CorpusEvent = { ...talks, id: 'call', kind: 'call', mentions: [{ file: 'b.txt', start: 5, end: 9, text: 'w' }] };

const data: CorpusIndexData = {
  version: 'test',
  articles: [
    { file: 'a.txt', title: 'A', outlet: 'AFP', published: '2023-02-22', warnings: [] },
    { file: 'b.txt', title: 'B', outlet: 'CNN', published: '2023-02-23', warnings: [] },
  ],
  people: [wang, lavrov],
  quotes: [
    statement('a.txt', 20, 'Relations are “rock solid” and will not be swayed by third parties', 'wang-yi'),
    statement('b.txt', 20, 'relations are rock-solid and will not be swayed by third parties.'),
    statement('b.txt', 300, 'will not be swayed'),
    statement('a.txt', 400, 'Relations are rock solid and will not be swayed by third parties'),
  ],
  events: [talks, call],
  skipped: [],
};

describe('CorpusQuery helpers', () => {
  const query = new CorpusQuery(data);

  it('finds an article and an event by key', () => {
    assert.equal(query.article('b.txt')?.outlet, 'CNN');
    assert.equal(query.article('c.txt'), undefined);
    assert.equal(query.event('call')?.kind, 'call');
  });

  it('lists the people and events of a file in the order of their first mention there', () => {
    assert.deepEqual(query.peopleIn('b.txt').map((p) => p.id), ['sergei-lavrov', 'wang-yi']);
    assert.deepEqual(query.peopleIn('a.txt').map((p) => p.id), ['wang-yi']);
    assert.deepEqual(query.eventsIn('b.txt').map((e) => e.id), ['call', 'talks']);
    assert.deepEqual(query.eventsIn('c.txt'), []);
  });

  it('lists the statements of a file once each: a fragment inside its own speaker\'s statement is not listed again', () => {
    const file = 'c.txt';
    const outer = { ...statement(file, 10, 'Lavrov called the plan “a raid on savers” and left', 'sergei-lavrov'), kind: 'indirect' as const };
    const fragment = statement(file, 33, 'a raid on savers', 'sergei-lavrov');
    const someoneElse = statement(file, 33, 'a raid on savers', 'wang-yi');
    const unnamed = { ...statement(file, 80, 'We will not move', null), speakerText: 'one official' };
    const unnamedInside = { ...statement(file, 83, 'will not', null), speakerText: 'one official' };
    const q = new CorpusQuery({ ...data, quotes: [outer, fragment, someoneElse, unnamed, unnamedInside] });
    assert.equal(q.statementsIn(file).length, 5);
    assert.deepEqual(q.statementsListedIn(file), [outer, someoneElse, unnamed]);
  });

  it('counts the distinct articles that report an event', () => {
    assert.equal(articleCountOf(talks), 2);
    assert.equal(articleCountOf(call), 1);
  });

  it('finds the same words in other articles only, ignoring case, quote marks and punctuation, never short fragments', () => {
    const same = query.sameWordsElsewhere(data.quotes[0]).map((s) => `${s.file}:${s.start}`);
    assert.deepEqual(same, ['b.txt:20']);
    assert.deepEqual(query.sameWordsElsewhere(data.quotes[2]).map((s) => `${s.file}:${s.start}`), [], 'a four-word fragment is no match');
  });

  it('finds the same statements elsewhere as a comparison of every pair does, in a generated corpus', () => {
    // Statements made of a few words of a small vocabulary, so that many share words, many contain others and
    // some are equal: the signature that rules pairs out before a search must never rule out a match.
    let seed = 7;
    const pick = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const vocabulary = ['the', 'plan', 'is', 'Dead', 'on', 'arrival', 'we', 'will', 'not', '“move”', 'Kyiv', 'talks', 'peace,', 'now'];
    const quotes: Statement[] = [];
    for (let i = 0; i < 400; i++) {
      const base = quotes.length && pick(3) === 0 ? quotes[pick(quotes.length)].text.split(' ') : [];
      const words = base.length ? base.slice(pick(3), base.length - pick(3)) : Array.from({ length: 1 + pick(12) }, () => vocabulary[pick(vocabulary.length)]);
      quotes.push(statement(`f${pick(9)}.txt`, i * 100, words.join(' ')));
    }
    const q = new CorpusQuery({ ...data, quotes });
    const plain = (a: string, b: string) => {
      if (!a || !b) return false;
      if (a === b) return true;
      const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
      return shorter.split(' ').length >= 5 && ` ${longer} `.includes(` ${shorter} `);
    };
    let matches = 0;
    for (const s of quotes) {
      const expected = quotes.filter((o) => o.file !== s.file && plain(comparableWords(s.text), comparableWords(o.text)));
      matches += expected.length;
      assert.deepEqual(q.sameWordsElsewhere(s), expected, s.text);
    }
    assert.ok(matches > 100, `the generated corpus has matches to find (${matches})`);

    // Worked out ahead in slices, as the editor does, the words give the same answers.
    const prepared = new CorpusQuery({ ...data, quotes });
    const steps: Array<number | undefined> = [];
    for (let from: number | undefined = 0; from !== undefined; ) steps.push((from = prepared.prepareWords(from, 150)));
    assert.deepEqual(steps, [150, 300, undefined]);
    for (const s of quotes.slice(0, 50)) assert.deepEqual(prepared.sameWordsElsewhere(s), q.sameWordsElsewhere(s));
  });

  const words: Array<[string, string]> = [
    ['Relations are “rock solid”.', 'relations are rock solid'],
    ['China’s  top\ndiplomat', "china's top diplomat"],
    ["'quoted' words", 'quoted words'],
    ['— – …', ''],
  ];
  for (const [text, expected] of words) {
    it(`comparableWords(${JSON.stringify(text)}) is ${JSON.stringify(expected)}`, () => assert.equal(comparableWords(text), expected));
  }
});
