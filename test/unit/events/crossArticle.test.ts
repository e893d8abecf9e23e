import * as assert from 'node:assert/strict';
import { groups, read } from './inventedArticles';

// One occasion reported by several outlets, each in its own words. 2025-05-06 is a Tuesday.

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
