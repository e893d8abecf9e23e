import * as assert from 'node:assert/strict';
import { CorpusQuery, type CorpusIndexData } from '../../../src/core/index/corpusQuery';
import type { Person, Statement } from '../../../src/core/model';
import { personSpansIn } from '../../../src/vscode/highlighting/personSpans';

const wang: Person = { id: 'wang-yi', name: 'Wang Yi', aliases: ['Wang'], role: null, mentions: [{ file: 'a.txt', start: 0, end: 7 }, { file: 'a.txt', start: 60, end: 64 }, { file: 'b.txt', start: 3, end: 10 }] };
const lavrov: Person = { id: 'sergei-lavrov', name: 'Sergei Lavrov', aliases: [], role: null, mentions: [{ file: 'a.txt', start: 30, end: 43 }] };
const xi: Person = { id: 'xi-jinping', name: 'Xi Jinping', aliases: [], role: null, mentions: [{ file: 'a.txt', start: 35, end: 45 }] };

function said(speaker: string | null, speakerSpan: { start: number; end: number }): Statement {
  return { file: 'a.txt', start: 100, end: 120, text: 'words', kind: 'direct', speaker, speakerText: null, speakerSpan, cue: 'said', when: null, flags: [] };
}

const data: CorpusIndexData = {
  version: '1',
  articles: [{ file: 'a.txt', title: 'A', outlet: null, published: null, warnings: [] }],
  people: [wang, lavrov, xi],
  // Wang speaks twice: once named, once as "he" (90–92); an unnamed source's words are no person.
  quotes: [said('wang-yi', { start: 60, end: 64 }), said('wang-yi', { start: 90, end: 92 }), said(null, { start: 130, end: 140 })],
  events: [],
  skipped: [],
};

describe('people to highlight in an article', () => {
  it('marks every mention, speakers and their attributing words with the speaker modifier, without overlaps', () => {
    assert.deepEqual(personSpansIn(new CorpusQuery(data), 'a.txt'), [
      { start: 0, end: 7, speaker: true },
      { start: 30, end: 43, speaker: false },
      { start: 60, end: 64, speaker: true },
      { start: 90, end: 92, speaker: true },
    ]);
  });

  it('has nothing for a file the index does not know', () => {
    assert.deepEqual(personSpansIn(new CorpusQuery(data), 'z.txt'), []);
  });
});
