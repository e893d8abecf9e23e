import * as assert from 'node:assert/strict';
import { spellingKey } from '../../../src/core/events/nameSpellings';
import { groups, linkedFiles, read } from './inventedArticles';

// One occasion reported by several outlets, each in its own words. 2025-05-06 is a Tuesday.

describe('groupEvents: one person spelled as each outlet romanises the name', () => {
  it('links the talks of one minister spelled three ways', () => {
    const links = linkedFiles([
      read('a.txt', '2025-05-06', 'Foreign Minister Timur Zhaksybekov held talks with Foreign Minister Anna Kovacs in Budapest on Tuesday.'),
      read('b.txt', '2025-05-06', 'Foreign Minister Timur Dzhaksybekov met Foreign Minister Anna Kovacs in Budapest on Tuesday.'),
      read('c.txt', '2025-05-06', 'Foreign Minister Timur Jaksybekov met his Hungarian counterpart Anna Kovacs in Budapest on Tuesday.'),
    ]);
    assert.deepEqual(links, ['a.txt+b.txt+c.txt']);
  });

  it('names the person once, as most reports spell them', () => {
    const events = groups([
      read('a.txt', '2025-05-06', 'Foreign Minister Timur Zhaksybekov held talks with Foreign Minister Anna Kovacs in Budapest on Tuesday.'),
      read('b.txt', '2025-05-06', 'Foreign Minister Timur Dzhaksybekov met Foreign Minister Anna Kovacs in Budapest on Tuesday.'),
      read('c.txt', '2025-05-06', 'Foreign Minister Timur Dzhaksybekov met his Hungarian counterpart Anna Kovacs in Budapest on Tuesday.'),
    ]);
    const linked = events.find((e) => new Set(e.mentions.map((m) => m.file)).size === 3);
    assert.ok(linked, 'the talks were not linked');
    assert.deepEqual(linked.participants, ['timur-dzhaksybekov', 'anna-kovacs']);
  });

  it('keeps two people whose names differ by more than a romanisation apart', () => {
    const links = linkedFiles([
      read('a.txt', '2025-05-06', 'Foreign Minister Timur Zhaksybekov held talks with Foreign Minister Anna Kovacs in Budapest on Tuesday.'),
      read('b.txt', '2025-05-06', 'Foreign Minister Timur Baksybekov met Foreign Minister Anna Kovacs in Budapest on Tuesday.'),
    ]);
    assert.deepEqual(links, []);
  });

  const spellings: Array<[string, string, boolean]> = [
    ['nurlan-zhumabekov', 'nurlan-dzhumabekov', true],
    ['nurlan-zhumabekov', 'nurlan-jumabekov', true],
    ['park-ji-hoon', 'park-jihoon', true],
    ['mikhail-ivanov', 'mihail-ivanov', true],
    ['john-smith', 'john-smith-2', false],
    ['anna-kovacs', 'anna-kovac', false],
  ];
  for (const [a, b, same] of spellings) it(`spellingKey: ${a} ${same ? '=' : '≠'} ${b}`, () => assert.equal(spellingKey(a) === spellingKey(b), same));
});

describe('groupEvents: two occasions one article reports apart stay apart', () => {
  it('does not join a visit and the trip on to another country through a report that fits either', () => {
    const events = groups([
      read('a.txt', '2025-05-06', 'Foreign Minister Timur Zhaksybekov arrived in Budapest on Sunday on a four-day visit.', 'On Thursday he will travel to Vienna for consultations.'),
      read('b.txt', '2025-05-06', 'Foreign Minister Timur Zhaksybekov met Anna Kovacs on Tuesday.', 'The visit is the first by a Kazakh foreign minister in ten years.'),
    ]);
    const visits = events.filter((e) => e.kind === 'visit').map((e) => e.mentions.map((m) => `${m.file}: ${m.text}`));
    assert.ok(!visits.some((v) => v.some((m) => m.includes('Budapest')) && v.some((m) => m.includes('Vienna'))), JSON.stringify(visits));
  });
});

describe('groupEvents: a journey announced without a date and one dated months ahead', () => {
  it('links an invitation to visit with the visit another outlet dates to next spring', () => {
    const links = linkedFiles([
      read('a.txt', '2025-09-16', 'President Ola Berg thanked President Lena Saar for her support and invited her to visit Oslo.'),
      read('b.txt', '2025-09-16', "The two presidents discussed preparations for President Lena Saar's visit to Oslo, which is planned for April next year."),
    ]);
    assert.deepEqual(links, ['a.txt+b.txt']);
  });

  it('keeps apart two visits of the traveller to different countries', () => {
    const links = linkedFiles([
      read('a.txt', '2025-09-16', 'President Ola Berg thanked President Lena Saar for her support and invited her to visit Oslo.'),
      read('b.txt', '2025-09-16', "The two presidents discussed preparations for President Lena Saar's visit to Madrid, which is planned for April next year."),
    ]);
    assert.deepEqual(links, []);
  });
});

describe('groupEvents: the legs of a journey and a report that fits either', () => {
  // Published Tuesday 2025-05-06.
  const articles = () => [
    read('a.txt', '2025-05-06', 'Foreign Minister Anna Kovacs arrived in Tokyo on Sunday on a four-day visit to Japan.'),
    read('b.txt', '2025-05-06', 'Foreign Minister Anna Kovacs is scheduled to travel to Osaka on Wednesday to visit the port and meet business leaders.'),
    read('c.txt', '2025-05-06', 'Foreign Minister Anna Kovacs praised Japanese technology.', 'The visit is her first to Japan as minister.'),
  ];

  it('keeps the visit to Tokyo and the trip to Osaka apart, and links the undated visit to neither', () => {
    assert.deepEqual(linkedFiles(articles()), []);
  });

  it('still links the undated visit when only one report fits it', () => {
    assert.deepEqual(linkedFiles(articles().filter((r) => r.article.file !== 'b.txt')), ['a.txt+c.txt']);
  });
});

describe('groupEvents: one city by the names the press uses for it', () => {
  it('links a visit to "Delhi" and one to "New Delhi" reported days apart', () => {
    const links = linkedFiles([
      read('a.txt', '2025-05-06', 'Prime Minister Anna Kovacs arrived in New Delhi on Monday for a two-day state visit.'),
      read('b.txt', '2025-05-07', 'On Tuesday, Prime Minister Anna Kovacs was greeted by President Rui Carvalho at his residence in Delhi during her state visit.'),
    ]);
    assert.deepEqual(links, ['a.txt+b.txt']);
  });
});
