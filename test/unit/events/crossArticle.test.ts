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

describe('groupEvents: a weekday six days before publication', () => {
  // 2025-05-10 is a Saturday; 2025-05-16 a Friday.
  it('links "met on Saturday" in a Friday paper with the meeting another outlet dates to the Saturday before', () => {
    const links = linkedFiles([
      read('a.txt', '2025-05-10', 'President Ola Berg met President Lena Saar in Oslo on Saturday.'),
      read('b.txt', '2025-05-16', 'President Ola Berg and President Lena Saar hailed a new chapter in relations as the two leaders met on Saturday in Oslo.'),
    ]);
    assert.deepEqual(links, ['a.txt+b.txt']);
  });

  it('keeps it apart from a meeting of the same pair on another weekday of that week', () => {
    const links = linkedFiles([
      read('a.txt', '2025-05-12', 'President Ola Berg met President Lena Saar in Oslo on Monday.'),
      read('b.txt', '2025-05-16', 'President Ola Berg and President Lena Saar hailed a new chapter in relations as the two leaders met on Saturday in Oslo.'),
    ]);
    assert.deepEqual(links, []);
  });
});

describe('groupEvents: joint statements of one leader with two others', () => {
  // 2025-04-09 is a Wednesday; 2025-05-22 a Thursday.
  const kovacsBerg = () => read('a.txt', '2025-04-10', 'President Anna Kovacs and Prime Minister Ola Berg met at the palace on Wednesday and issued a joint statement.');

  it('gives a joint statement the two leaders issued to the pair named before', () => {
    const [event] = groups([
      read('b.txt', '2025-05-22', 'President Anna Kovacs welcomed President Lena Saar to the palace on Thursday.', 'The two leaders later said in a joint statement that Kovacs had pledged new support.'),
    ]).filter((e) => e.kind === 'document');
    assert.deepEqual(event?.participants, ['anna-kovacs', 'lena-saar']);
  });

  it('does not link it to the statement the same leader issued with someone else weeks before', () => {
    const links = linkedFiles([
      kovacsBerg(),
      read('b.txt', '2025-05-22', 'President Anna Kovacs welcomed President Lena Saar to the palace on Thursday.', 'The two leaders later said in a joint statement that Kovacs had pledged new support.'),
    ]);
    assert.ok(!links.some((l) => l === 'a.txt+b.txt'), JSON.stringify(groups([kovacsBerg()]).map((e) => e.kind)));
  });
});

describe('groupEvents: joint press conferences of one leader with two others', () => {
  it('does not link them without dates', () => {
    const links = linkedFiles([
      read('a.txt', undefined, 'President Anna Kovacs held a joint press conference with President Lena Saar in Lisbon.'),
      read('b.txt', undefined, 'President Anna Kovacs and Prime Minister Ola Berg held a joint press conference in Lisbon.'),
    ]);
    assert.deepEqual(links, []);
  });
});

describe('groupEvents: a peace plan and a joint statement', () => {
  // 2025-04-09 is a Wednesday.
  it('does not link the plan the two discussed with the statement they signed', () => {
    const links = linkedFiles([
      read('a.txt', '2025-04-10', "President Anna Kovacs and President Lena Saar discussed Kovacs's 12-point peace plan for the region on Wednesday."),
      read('b.txt', '2025-04-10', 'President Anna Kovacs and President Lena Saar signed a joint statement on Wednesday.'),
    ]);
    assert.deepEqual(links, []);
  });

  it('links two reports of the plan', () => {
    const links = linkedFiles([
      read('a.txt', '2025-04-10', "President Anna Kovacs and President Lena Saar discussed Kovacs's 12-point peace plan for the region on Wednesday."),
      read('b.txt', '2025-04-10', "President Lena Saar said on Wednesday that she had studied Kovacs's peace plan with President Anna Kovacs."),
    ]);
    assert.deepEqual(links, ['a.txt+b.txt']);
  });
});

describe('groupEvents: an undated report that fits a dated meeting and an undated one', () => {
  // 2025-05-06 is a Tuesday.
  it('links "said after meeting" with the meeting another outlet dates to the day, not with one in another city', () => {
    const links = linkedFiles([
      read('a.txt', '2025-05-06', 'Prime Minister Ola Berg met President Lena Saar in Oslo on Tuesday.'),
      read('b.txt', '2025-05-06', 'Prime Minister Ola Berg noted that in their meeting in Vilnius, he and President Lena Saar had decided to talk more often.'),
      read('c.txt', '2025-05-06', '"We have much to do," Prime Minister Ola Berg said after meeting President Lena Saar.'),
    ]);
    assert.deepEqual(links, ['a.txt+c.txt']);
  });

  it('leaves it unlinked when the dated meetings it fits disagree', () => {
    const links = linkedFiles([
      read('a.txt', '2025-05-06', 'Prime Minister Ola Berg met President Lena Saar in Oslo on Tuesday.'),
      read('b.txt', '2025-05-06', 'Prime Minister Ola Berg met President Lena Saar in Vilnius on Sunday.'),
      read('c.txt', '2025-05-06', '"We have much to do," Prime Minister Ola Berg said after meeting President Lena Saar.'),
    ]);
    assert.ok(!links.some((l) => l.includes('c.txt')), JSON.stringify(links));
  });
});

describe('groupEvents: a welcome at the airport and the talks', () => {
  it('keeps the airport welcome apart from the talks, and links two reports of the welcome', () => {
    const links = linkedFiles([
      read('a.txt', '2025-07-02', 'President Anna Berg met President Li Wen at the capital airport.'),
      read('b.txt', '2025-07-02', 'President Anna Berg held talks with President Li Wen at the palace.'),
      read('c.txt', '2025-07-02', 'President Li Wen was met by President Anna Berg at the airport.'),
    ]);
    assert.deepEqual(links, ['a.txt+c.txt']);
  });
});
