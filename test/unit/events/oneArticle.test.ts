import * as assert from 'node:assert/strict';
import type { CorpusEvent } from '../../../src/core/model';
import { groups, read } from './inventedArticles';

// How one article's reports of occasions group: one occasion told in several sentences is one event; two
// occasions in one story stay two. 2025-05-06 is a Tuesday.

/** The event one of whose mentions has `words` in it; fails, listing the events, when there is none. */
function eventWith(events: CorpusEvent[], words: string): CorpusEvent {
  const event = events.find((e) => e.mentions.some((m) => m.text.includes(words)));
  assert.ok(event, JSON.stringify(events.map((e) => e.label)));
  return event;
}

/** Each event of one invented article: its kind and the first words of each of its mentions. */
function eventsOf(...paragraphs: string[]): string[][] {
  return groups([read('a.txt', '2025-05-06', ...paragraphs)]).map((e) => [e.kind, ...e.mentions.map((m) => m.text.split(' ').slice(0, 3).join(' '))]);
}

describe('one article: a held occasion and one planned for later', () => {
  it('keeps talks held today apart from a summit announced for next year', () => {
    const events = eventsOf(
      'Foreign Minister Anna Kovacs and her counterpart Pedro Almeida agreed on Tuesday to work toward a summit of their leaders in Lisbon next year.',
      'Kovacs and Almeida held talks at the foreign ministry in Lisbon for two hours.',
    );
    assert.ok(!events.some((e) => e.includes('Foreign Minister Anna') && e.includes('Kovacs and Almeida')), JSON.stringify(events));
  });

  it('keeps a summit and the day it continues on as one', () => {
    const events = eventsOf('The Baltic summit opened in Tallinn on Tuesday with a call for unity.', 'The summit continues tomorrow with a vote on the declaration.');
    assert.deepEqual(events, [['summit', 'The Baltic summit', 'The summit continues']]);
  });
});

describe('one article: a span of days and a day in it', () => {
  it('joins talks that "collapsed over the weekend" in the opening and talks that "broke down on Sunday" in the body', () => {
    // Published Monday 2025-05-05.
    const events = groups([
      read(
        'a.txt',
        '2025-05-05',
        'Bus drivers across the city walked out on Monday, after wage talks between their union and the transit authority collapsed over the weekend.',
        'Talks broke down on Sunday night after a ten-hour session at a hotel in Sandton, both sides said.',
      ),
    ]).filter((e) => e.kind === 'talks');
    assert.deepEqual(
      events.map((e) => [e.date, e.mentions.length]),
      [['2025-05-04', 2]],
    );
  });
});

describe('one article: an occasion dated by the one it names', () => {
  // Published Wednesday 2025-05-07.
  const dates = (...paragraphs: string[]) =>
    groups([read('a.txt', '2025-05-07', ...paragraphs)]).map((e) => `${e.kind} ${e.date}`);

  it('dates a press conference "after the talks" and a visit "a day after the talks" from the talks', () => {
    assert.deepEqual(
      dates(
        'Foreign Minister Anna Kovacs held talks with Foreign Minister Pedro Almeida in Lisbon on Monday.',
        '"Trade between us will double," Kovacs told a joint press conference after the talks.',
        'Almeida began a visit to Madrid a day after the talks.',
      ),
      ['talks 2025-05-05', 'press-conference 2025-05-05', 'visit 2025-05-06'],
    );
  });

  it('dates a call "a day" before the talks of the clause before, and a meeting "the day before the summit"', () => {
    assert.deepEqual(
      dates(
        'Kovacs and Almeida held talks in Lisbon on Tuesday.',
        'The talks came a day after Kovacs spoke by telephone with President Rui Carvalho.',
        'The Baltic summit opened in Tallinn on Tuesday.',
        'Prime Minister Ola Berg met President Lena Saar, the day before the summit.',
      ),
      ['talks 2025-05-06', 'call 2025-05-05', 'summit 2025-05-06', 'meeting 2025-05-05'],
    );
  });
});

describe('one article: a second occasion in one sentence', () => {
  // Published Wednesday 2025-05-07.
  const COUNCIL =
    'The spokesman announced on Friday that Berg would travel to Paris next week for talks with President Rui Carvalho ahead of the Nordic-Baltic ministerial council, to be held in Gdansk at the end of September.';

  it('reads the council the talks come ahead of as an occasion of its own, with its place and month', () => {
    const events = groups([read('a.txt', '2025-05-07', 'Prime Minister Ola Berg met Lena Saar in Oslo on Monday.', COUNCIL, 'Reporters were kept away from the meeting with Saar.')]);
    const council = events.find((e) => e.mentions.some((m) => m.text.startsWith('ahead of')));
    assert.ok(council, JSON.stringify(events.map((e) => e.label)));
    assert.deepEqual([council.place, council.label.includes('Sep 2025'), council.label.includes('announced')], ['Gdansk', true, true]);
    // "the meeting with Saar" is Monday's, not the council's.
    const monday = events.find((e) => e.date === '2025-05-05');
    assert.ok(monday?.mentions.some((m) => m.text.includes('meeting with Saar')), JSON.stringify(events.map((e) => [e.label, e.mentions.map((m) => m.text)])));
  });
});

describe('one article: a clause that goes on from a look back', () => {
  it('keeps "when Kovacs attended …" after "last met … in March last year" in the look back, not in the current talks', () => {
    const events = eventsOf(
      'Foreign Minister Anna Kovacs and Foreign Minister Pedro Almeida held talks in Lisbon on Tuesday.',
      'The foreign ministers last met in Vilnius in March last year, when Kovacs attended a Nordic-Baltic ministerial meeting.',
    );
    assert.deepEqual(events, [
      ['talks', 'Foreign Minister Anna'],
      ['meeting', 'The foreign ministers'],
    ]);
  });
});

describe('one article: a press conference after the news it opens with', () => {
  const pressDates = (...paragraphs: string[]) =>
    groups([read('a.txt', '2025-05-09', ...paragraphs)])
      .filter((e) => e.kind === 'press-conference')
      .map((e) => e.date);

  it('dates a press conference "after the verdict" by the day the opening names (published Friday 2025-05-09)', () => {
    const dates = pressDates(
      'A former bank clerk has been found guilty of defrauding elderly customers of more than two million euros in a case that shocked the town.',
      'Marta Silvennoinen, 47, was convicted by a jury at the district court in Oulu on Thursday after two days of deliberation.',
      'Inspector Joel Haapala said at a press conference after the verdict that more victims had come forward.',
    );
    assert.deepEqual(dates, ['2025-05-08']);
  });

  it('leaves it undated when the opening names no day, or two', () => {
    assert.deepEqual(
      pressDates(
        'A former bank clerk has been found guilty of defrauding elderly customers of more than two million euros in a case that shocked the town.',
        'Inspector Joel Haapala said at a press conference after the verdict that more victims had come forward.',
      ),
      [null],
    );
    assert.deepEqual(
      pressDates(
        'Marta Silvennoinen, 47, was convicted by a jury at the district court in Oulu on Thursday and will be sentenced on Monday.',
        'Inspector Joel Haapala said at a press conference after the verdict that more victims had come forward.',
      ),
      [null],
    );
  });
});

describe('one article: the next meeting is ahead', () => {
  // Published Wednesday 2025-08-06.
  const meetings = (...paragraphs: string[]) =>
    groups([read('a.txt', '2025-08-06', ...paragraphs)]).map((e) => [e.kind, e.label.includes('(announced') ? 'announced' : 'held', e.date ?? e.label.replace(/^.*, (\w{3} \d{4}).*$/u, '$1')]);

  it('reads "will next meet on October 6" as announced, in the year ahead', () => {
    assert.deepEqual(meetings('The rate-setting committee will next meet on October 6.'), [['meeting', 'announced', '2025-10-06']]);
  });

  it('reads "the next committee meeting in March" as ahead, whatever the tense of its clause', () => {
    assert.deepEqual(meetings('Analyst Petra Lind said a cut at the next committee meeting in March was now likely.'), [['meeting', 'announced', 'Mar 2026']]);
  });
});

describe('one article: preparations for an occasion', () => {
  it('announce the occasion prepared, not the call in which they were discussed', () => {
    const events = groups([
      read(
        'a.txt',
        '2025-05-06',
        'Foreign Minister Anna Kovacs spoke by telephone with her counterpart Pedro Almeida on 2 May 2025, during which they discussed the preparations for the visit.',
      ),
    ]);
    const call = events.find((e) => e.kind === 'call');
    assert.ok(call && !call.label.includes('announced'), JSON.stringify(events.map((e) => e.label)));
  });
});

describe('one article: a page whose spaces were lost after its stops', () => {
  it('reads each run-in sentence on its own day', () => {
    // Published Wednesday 2025-05-07.
    const dated = groups([
      read('a.txt', '2025-05-07', 'Foreign Minister Anna Kovacs arrived in Lisbon on Monday.She held talks with Foreign Minister Pedro Almeida on Tuesday.'),
    ]).map((e) => `${e.kind} ${e.date}`);
    assert.deepEqual(dated.sort(), ['talks 2025-05-06', 'visit 2025-05-05']);
  });
});

describe('one article: an occasion announced in a statement', () => {
  it('takes no day for the occasion from the day the statement was released', () => {
    // Published Monday 2025-05-05.
    const dated = groups([
      read(
        'a.txt',
        '2025-05-05',
        'Presidential spokesman Tomas Varga, in a statement released on Sunday, said President Anna Kovacs and President Pedro Almeida would hold talks on trade in Lisbon.',
      ),
    ]).map((e) => `${e.kind} ${e.date}`);
    assert.deepEqual(dated, ['talks null']);
  });
});

describe('one article: leaders named by their countries', () => {
  const opening = 'Norwegian and Danish leaders on Tuesday struck an upbeat tone at a rare meeting in Oslo.';
  const body = 'Danish Prime Minister Lars Holm and Norwegian Prime Minister Ola Berg signed a declaration on fisheries.';

  it('takes "Norwegian and Danish leaders" for the people of the article who serve each country', () => {
    const meeting = groups([read('a.txt', '2025-05-06', opening, body)]).find((e) => e.mentions.some((m) => m.text.startsWith('Norwegian and Danish')));
    assert.deepEqual(meeting?.participants.slice().sort(), ['lars-holm', 'ola-berg']);
  });

  it('takes "the leaders of Norway and Denmark" the same way', () => {
    const meeting = groups([read('a.txt', '2025-05-06', 'The leaders of Norway and Denmark met in Oslo on Tuesday.', body)]).find((e) => e.mentions.some((m) => m.text.startsWith('The leaders of')));
    assert.deepEqual(meeting?.participants.slice().sort(), ['lars-holm', 'ola-berg']);
  });

  it('takes no one when the article names no one who serves one of the countries', () => {
    const meeting = groups([read('a.txt', '2025-05-06', opening, 'Norwegian Prime Minister Ola Berg spoke of fisheries.')]).find((e) => e.mentions.some((m) => m.text.startsWith('Norwegian and Danish')));
    assert.ok(meeting, 'the meeting was not found');
    assert.ok(!meeting.participants.includes('ola-berg'), JSON.stringify(meeting.participants));
  });
});

describe('one article: words inside a quotation point back to no one', () => {
  it('keeps the visitor out of a cabinet meeting whose quotation speaks of "both sides"', () => {
    // Published Thursday 2025-05-08.
    const events = groups([
      read(
        'a.txt',
        '2025-05-08',
        'President Ola Berg met Prime Minister Lena Saar at the palace on Thursday.',
        'Berg said on Wednesday during his first cabinet meeting of the year, “We will make the best deal we can for both sides.”',
      ),
    ]);
    const cabinet = eventWith(events, 'cabinet meeting');
    assert.ok(!cabinet.participants.includes('lena-saar'), JSON.stringify(cabinet.participants));
  });
});

describe('one article: a "he" after the one the clause names', () => {
  it('takes "Berg said … as he held his first cabinet meeting" for Berg alone', () => {
    // Published Thursday 2025-05-08.
    const events = groups([
      read(
        'a.txt',
        '2025-05-08',
        'President Ola Berg met Prime Minister Lena Saar at the palace on Thursday.',
        '“We will do the best we can,” Berg said on Wednesday as he held his first cabinet meeting of the year.',
      ),
    ]);
    const cabinet = eventWith(events, 'cabinet meeting');
    assert.deepEqual(cabinet.participants, ['ola-berg']);
  });
});

describe('one article: a journey with a traveller of its own', () => {
  it('gives "he travelled … in his first trip abroad" to the one the "he" stands for, not to the visit reported before', () => {
    const events = groups([
      read(
        'a.txt',
        '2025-05-06',
        'President Li Wen received Chancellor Anna Weber, who is on a visit to Beijing, on Tuesday.',
        'Li said Weber’s visit would deepen trust.',
        'Li is emerging from a long absence. In March, he travelled to Kazakhstan in his first trip abroad since the pandemic.',
      ),
    ]);
    const trip = eventWith(events, 'Kazakhstan');
    assert.deepEqual(trip.participants.filter((p) => !/^[A-Z]/.test(p)), ['li-wen']);
  });
});

describe('one article: an occasion its own words date long before the report', () => {
  it('keeps a meeting dated years back apart from the talks the article reports, with no word of looking back', () => {
    const events = groups([
      read(
        'a.txt',
        '2025-05-06',
        'President Ola Berg and Chancellor Anna Weber hold wide-ranging talks.',
        'On November 16, 2019, Berg and Weber met in Bali, on the sidelines of a summit.',
      ),
    ]).filter((e) => e.kind === 'meeting' || e.kind === 'talks');
    const today = eventWith(events, 'wide-ranging');
    assert.notEqual(today.date, '2019-11-16');
    assert.ok(!today.mentions.some((m) => m.text.includes('Bali')), JSON.stringify(today.mentions.map((m) => m.text)));
  });
});
