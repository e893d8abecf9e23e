import * as assert from 'node:assert/strict';
import { isRecall, withoutPageTimestamp } from '../../../src/core/events/cues';
import { groups, linkedFiles, read } from './inventedArticles';

// Reports that no rule on the pair alone can link: the articles give no date, and one report names no day, place
// or month of its own. What the article around them says decides.

const OPENING = 'Foreign Minister Anna Kovacs met Foreign Minister Pedro Almeida in Lisbon on Monday.';
const SECOND = 'The two ministers discussed trade and fisheries.';

describe('groupEvents: reports linked by the story around them', () => {
  const cases: Array<[string, string[], string[], string[]]> = [
    [
      'links an undated visit in two articles whose openings report one meeting',
      [OPENING, SECOND, 'Kovacs is in Portugal on a three-day visit.'],
      ['Anna Kovacs held talks with Pedro Almeida in Lisbon on Monday.', SECOND, 'Her visit to Portugal ends on Wednesday.'],
      ['a.txt+b.txt', 'a.txt+b.txt'],
    ],
    [
      'does not link the visits when the openings report different meetings',
      [OPENING, SECOND, 'Kovacs is in Portugal on a three-day visit.'],
      ['Anna Kovacs met President Rui Carvalho in Lisbon on Thursday.', SECOND, 'Her visit to Portugal ends on Friday.'],
      [],
    ],
    [
      'does not link a visit reported as current to one the other article looks back to',
      [OPENING, SECOND, 'Kovacs is in Portugal on a three-day visit.'],
      ['Anna Kovacs held talks with Pedro Almeida in Lisbon on Monday.', SECOND, 'Her last visit to Portugal was cut short.'],
      ['a.txt+b.txt'],
    ],
  ];
  for (const [name, a, b, expected] of cases) {
    it(name, () => assert.deepEqual(linkedFiles([read('a.txt', undefined, ...a), read('b.txt', undefined, ...b)]), expected));
  }

  it('breaks a tie between two occasions in favour of the one the same story reports', () => {
    const links = linkedFiles([
      read('a.txt', undefined, 'Foreign Minister Anna Kovacs met Foreign Minister Pedro Almeida in Lisbon on Monday, May 8, 2023.'),
      read('b.txt', undefined, 'President Rui Carvalho received Anna Kovacs in Lisbon on Friday, April 26, 2024.', SECOND, 'Kovacs also held talks with Pedro Almeida in Lisbon.'),
      read('c.txt', undefined, 'President Rui Carvalho received Anna Kovacs in Lisbon on Friday.', SECOND, 'Kovacs also held talks with Pedro Almeida in Portugal.'),
    ]);
    assert.deepEqual(links, ['b.txt+c.txt', 'b.txt+c.txt']);
  });

  it('says in the label that some reports were linked by their story', () => {
    const events = groups([
      read('a.txt', undefined, OPENING, SECOND, 'Kovacs is in Portugal on a three-day visit.'),
      read('b.txt', undefined, 'Anna Kovacs held talks with Pedro Almeida in Lisbon on Monday.', SECOND, 'Her visit to Portugal ends on Wednesday.'),
    ]);
    const visit = events.find((e) => e.kind === 'visit' && new Set(e.mentions.map((m) => m.file)).size === 2);
    assert.ok(visit, 'the visits were not linked');
    assert.match(visit.label, /linked by the story around them/);
  });
});

describe('groupEvents: the day of the opening sentence dates the opening meeting', () => {
  const met2023 = read('a.txt', undefined, 'Foreign Minister Anna Kovacs met Foreign Minister Pedro Almeida in Lisbon on Monday, May 8, 2023.');
  const met2024 = read('b.txt', undefined, 'Foreign Minister Anna Kovacs met Foreign Minister Pedro Almeida in Lisbon on Friday, April 26, 2024.');

  // The deck under the headline comes before the first paragraph of running text.
  const DECK = 'Portugal and Hungary want closer ties';

  it('picks the meeting held on the weekday the first paragraph names', () => {
    const undated = read(
      'c.txt',
      undefined,
      DECK,
      'Pedro Almeida said on Friday that the two countries should be partners rather than rivals.',
      'Meeting Foreign Minister Anna Kovacs in Lisbon, Almeida said trade must grow.',
    );
    assert.deepEqual(linkedFiles([met2023, met2024, undated]), ['b.txt+c.txt']);
  });

  it('leaves the day alone when the first paragraph reports an occasion of its own', () => {
    const undated = read(
      'c.txt',
      undefined,
      DECK,
      'Pedro Almeida met President Rui Carvalho on Friday.',
      'Meeting Foreign Minister Anna Kovacs in Lisbon, Almeida said trade must grow.',
    );
    assert.deepEqual(linkedFiles([met2023, met2024, undated]), []);
  });
});

describe('groupEvents: looks back and visits of several days', () => {
  it('links a look back that names its month to an undated report of that month in the same country', () => {
    const links = linkedFiles([
      read('a.txt', '2024-06-20', 'Anna Kovacs and Pedro Almeida met in Lisbon on Wednesday.', 'It followed their last meeting in Lisbon in September.'),
      read('b.txt', undefined, 'Anna Kovacs met Pedro Almeida in Lisbon on September 13.'),
    ]);
    assert.deepEqual(links, ['a.txt+b.txt']);
  });

  it('does not link a look back to a report of another month', () => {
    const links = linkedFiles([
      read('a.txt', '2024-06-20', 'Anna Kovacs and Pedro Almeida met in Lisbon on Wednesday.', 'It followed their last meeting in Lisbon in September.'),
      read('b.txt', undefined, 'Anna Kovacs met Pedro Almeida in Lisbon on October 13.'),
    ]);
    assert.deepEqual(links, []);
  });

  it('links two reports of one visit that date different days of it', () => {
    const links = linkedFiles([
      read('a.txt', '2024-04-24', 'Foreign Minister Anna Kovacs arrived in Lisbon on Wednesday for a three-day visit to Portugal.'),
      read('b.txt', '2024-04-26', 'Anna Kovacs, on a visit to Portugal, met President Rui Carvalho on Friday.'),
    ]);
    assert.deepEqual(links, ['a.txt+b.txt']);
  });
});

describe('withoutPageTimestamp: a saved page\'s "1 week ago" is not a look back', () => {
  const cases: Array<[string, boolean]> = [
    ['1 week ago China and the United States should be partners, Xi said during his meeting with Blinken.', false],
    ['3 hours ago Kovacs met Almeida in Lisbon.', false],
    ['Two weeks ago, Kovacs met Almeida in Lisbon.', true],
    ['Kovacs met Almeida in Lisbon a year ago.', true],
  ];
  for (const [clause, recall] of cases) {
    it(`"${clause}" ${recall ? 'looks back' : 'reports the news'}`, () => assert.equal(isRecall(withoutPageTimestamp(clause)), recall));
  }
});
