import * as assert from 'node:assert/strict';
import { EventGrouper } from '../../../src/core/events/eventGrouper';
import { groupEvents } from '../../../src/core/events/groupEvents';
import type { ArticleReading } from '../../../src/core/model';
import { resolveIdentities } from '../../../src/core/nlp/identity';
import { groups, read } from './inventedArticles';

// Invented articles: a headline line, a blank line, then one paragraph per line. 2024-03-13 is a Wednesday.

const ARTICLES: Record<string, ArticleReading> = {
  a: read('a.txt', '2024-03-13', 'Foreign Minister Anna Kovacs met her counterpart Pedro Almeida in Lisbon on Monday.'),
  b: read('b.txt', '2024-03-12', 'Anna Kovacs and Pedro Almeida held talks in Lisbon on Monday, officials said.'),
  b2: read('b.txt', '2024-03-12', 'Anna Kovacs spoke by phone with Pedro Almeida on Tuesday.'),
  c: read('c.txt', '2024-03-14', 'Kovacs met Almeida in Lisbon on Monday and the two ministers then held a joint press conference.'),
  d: read('d.txt', undefined, 'Anna Kovacs met Pedro Almeida in Lisbon on Monday.'),
  e: read('e.txt', '2024-03-20', 'Anna Kovacs met Pedro Almeida again in Madrid on Tuesday.'),
  f: read('f.txt', '2024-03-13', 'Anna Kovacs and Pedro Almeida spoke by phone on Tuesday.', 'President Ola Berg will visit Oslo on Friday.'),
  g: read('g.txt', '2024-03-15', 'Ola Berg arrived in Oslo on Friday for a two-day visit.'),
  // The same meeting as a, its text shifted by a paragraph before it and one after: re-described in place.
  a3: read('a.txt', '2024-03-13', 'Markets were calm.', 'Foreign Minister Anna Kovacs met her counterpart Pedro Almeida in Lisbon on Monday.', 'Trade was discussed.'),
  a4: read('a.txt', '2024-03-13', 'Markets were calm in Lisbon.', 'Foreign Minister Anna Kovacs met her counterpart Pedro Almeida in Lisbon on Monday.', 'Trade was discussed.'),
  // Undated visits linked only by the story around them (their articles open with one meeting).
  h: read('h.txt', undefined, 'Foreign Minister Anna Kovacs met Foreign Minister Pedro Almeida in Lisbon on Monday.', 'The two discussed trade.', 'Kovacs is in Portugal on a three-day visit.'),
  i: read('i.txt', undefined, 'Anna Kovacs held talks with Pedro Almeida in Lisbon on Monday.', 'The two discussed trade.', 'Her visit to Portugal ends on Wednesday.'),
  i2: read('i.txt', undefined, 'Anna Kovacs met President Rui Carvalho in Lisbon on Thursday.', 'The two discussed trade.', 'Her visit to Portugal ends on Friday.'),
};

/** Set one article, remove a file, or set several articles before the next grouping. */
type Step = ['set', string] | ['remove', string] | ['sets', string[]];

// Each sequence ends with the grouper's events equal to a fresh groupEvents over the articles left.
const SEQUENCES: Array<[string, Step[]]> = [
  ['adds one by one', [['set', 'a'], ['set', 'b'], ['set', 'c'], ['set', 'd'], ['set', 'e']]],
  ['adds in another order', [['set', 'e'], ['set', 'd'], ['set', 'c'], ['set', 'b'], ['set', 'a'], ['set', 'f'], ['set', 'g']]],
  ['changes an article into another occasion', [['set', 'a'], ['set', 'b'], ['set', 'c'], ['set', 'b2'], ['set', 'f']]],
  ['changes it back', [['set', 'a'], ['set', 'b2'], ['set', 'f'], ['set', 'b'], ['set', 'c']]],
  ['removes the link between two others', [['set', 'a'], ['set', 'c'], ['set', 'b'], ['remove', 'a.txt'], ['set', 'e']]],
  ['removes everything, then adds again', [['set', 'a'], ['set', 'b'], ['remove', 'a.txt'], ['remove', 'b.txt'], ['set', 'g'], ['set', 'f'], ['set', 'a']]],
  ['removes a file never set', [['set', 'a'], ['remove', 'zzz.txt'], ['set', 'd']]],
  ['edits that leave the meetings as they were', [['set', 'a'], ['set', 'b'], ['set', 'c'], ['set', 'a3'], ['set', 'a4'], ['set', 'b2'], ['set', 'a3'], ['set', 'a']]],
  ['an edit and a change elsewhere before the next grouping', [['set', 'a'], ['set', 'c'], ['set', 'b'], ['sets', ['a3', 'b2']], ['sets', ['a', 'b']], ['sets', ['c', 'a4']]]],
  ['links by the story, then loses the story', [['set', 'h'], ['set', 'i'], ['set', 'd'], ['set', 'i2'], ['set', 'i'], ['remove', 'h.txt'], ['set', 'h']]],
];

describe('EventGrouper', () => {
  for (const [name, steps] of SEQUENCES) {
    it(`${name}: equals a fresh grouping of what is left`, () => {
      const grouper = new EventGrouper();
      const current = new Map<string, ArticleReading>();
      for (const step of steps) {
        if (step[0] === 'set' || step[0] === 'sets') {
          for (const key of step[0] === 'set' ? [step[1]] : step[1]) {
            const r = ARTICLES[key];
            current.set(r.article.file, r);
            grouper.setArticle(r);
          }
        } else {
          current.delete(step[1]);
          grouper.removeArticle(step[1]);
        }
        // Identities are corpus-wide: they are resolved again after every change, as the index does.
        const readings = [...current.values()].sort((x, y) => x.article.file.localeCompare(y.article.file));
        const ids = resolveIdentities(readings);
        assert.deepEqual(grouper.events(ids.idOf, ids.people), groupEvents(readings, ids.idOf, ids.people));
      }
    });
  }

  it('keeps the events a change did not touch, ids and all', () => {
    const grouper = new EventGrouper();
    for (const k of ['a', 'b', 'f', 'g']) grouper.setArticle(ARTICLES[k]);
    const readings = ['a', 'b', 'f', 'g'].map((k) => ARTICLES[k]);
    const ids = resolveIdentities(readings);
    const before = grouper.events(ids.idOf, ids.people);
    grouper.setArticle(ARTICLES.b2);
    const after = grouper.events(ids.idOf, ids.people);
    const visit = (events: typeof before) => events.find((e) => e.kind === 'visit');
    assert.ok(visit(before));
    assert.deepEqual(visit(after), visit(before));
    assert.notDeepEqual(after, before);
  });
});

describe('localEvents: one article\'s reports of different occasions stay apart', () => {
  const labels = (...paragraphs: string[]) => groups([read('a.txt', '2024-03-13', ...paragraphs)]).map((e) => e.label);
  const cases: Array<[string, string[], string[]]> = [
    [
      'two days of the week',
      ['Foreign Minister Anna Kovacs met Pedro Almeida in Lisbon on Monday.', 'Kovacs met Almeida in Lisbon on Tuesday.'],
      ['Anna Kovacs meets Pedro Almeida, Lisbon, 11 Mar 2024', 'Anna Kovacs meets Pedro Almeida, Lisbon, 12 Mar 2024'],
    ],
    [
      'a day of the week and a day of the month',
      ['Foreign Minister Anna Kovacs met Pedro Almeida in Lisbon on Monday.', 'Kovacs met Almeida in Lisbon on the 2nd.'],
      ['Anna Kovacs meets Pedro Almeida, Lisbon, 11 Mar 2024', 'Anna Kovacs meets Pedro Almeida, Lisbon, 2 Mar 2024'],
    ],
    [
      'two cities',
      ['Foreign Minister Anna Kovacs met Pedro Almeida in Geneva.', 'Kovacs met Almeida in Zurich.'],
      ['Anna Kovacs meets Pedro Almeida, Geneva (date not pinned)', 'Anna Kovacs meets Pedro Almeida, Zurich (date not pinned)'],
    ],
    [
      'a meeting held and one that will not take place',
      ['Foreign Minister Anna Kovacs met Pedro Almeida on Monday.', 'A planned meeting with Almeida in Porto will not take place.'],
      ['Anna Kovacs meets Pedro Almeida, 11 Mar 2024', 'Meeting: Pedro Almeida, Porto (did not take place; date not pinned)'],
    ],
    [
      'a meeting held last week and one announced',
      ['Foreign Minister Anna Kovacs met Pedro Almeida in Lisbon last Monday.', 'Kovacs and Almeida will meet again in Lisbon.'],
      ['Anna Kovacs meets Pedro Almeida, Lisbon, 11 Mar 2024', 'Anna Kovacs meets Pedro Almeida, Lisbon (announced; date not pinned)'],
    ],
    [
      'the named pair\'s meeting and a meeting of others ahead of a summit',
      ['Prime Minister Ivan Cruz had been expected to meet President Rosa Fuentes on the margins.', 'Meanwhile, foreign ministers of the bloc met in Quito on Sunday ahead of the planned summit.'],
      ['Ivan Cruz meets Rosa Fuentes (date not pinned)', 'Meeting, Quito, 10 Mar 2024'],
    ],
    [
      'the named pair\'s meeting and a meeting of people it does not name, on a day of its own',
      ['Foreign Minister Anna Kovacs met Pedro Almeida in Lisbon this week.', 'Separately, trade officials met on Monday.'],
      ['Anna Kovacs meets Pedro Almeida, Lisbon, Mar 2024 (day not pinned)', 'Meeting, 11 Mar 2024'],
    ],
  ];
  for (const [name, paragraphs, expected] of cases) it(name, () => assert.deepEqual(labels(...paragraphs), expected));

  it('keeps the days of a summit one summit: it goes on over days', () => {
    const found = labels('Pedro Almeida opened a summit of ten nations in Porto on Monday.', 'Almeida closed the summit in Porto on Tuesday.');
    assert.equal(found.filter((l) => /^Summit/u.test(l)).length, 1, JSON.stringify(found));
  });

  it('still joins a report back to the meeting: "the meeting", "the talks will focus on"', () => {
    assert.deepEqual(labels('Foreign Minister Anna Kovacs met Pedro Almeida in Lisbon on Monday.', 'The meeting lasted two hours.'), ['Anna Kovacs meets Pedro Almeida, Lisbon, 11 Mar 2024']);
  });
});
