import * as assert from 'node:assert/strict';
import { CorpusQuery, type CorpusIndexData } from '../../../src/core/index/corpusQuery';
import type { CorpusEvent, Person, Span, Statement } from '../../../src/core/model';

/** A seeded generator, so the generated index is the same on every run. */
function generator(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
}

/** An index with many spans per file, some overlapping, some nested, some touching, some empty. */
function generatedIndex(seed: number): CorpusIndexData {
  const pick = generator(seed);
  const files = ['a.txt', 'b.txt', 'c.txt'];
  const span = () => {
    const start = pick(300);
    return { file: files[pick(files.length)], start, end: start + pick(25) };
  };
  const people: Person[] = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, name: `P ${i}`, aliases: [], role: null, mentions: Array.from({ length: 1 + pick(6) }, span) }));
  const quotes: Statement[] = Array.from({ length: 60 }, () => ({
    ...span(), text: 'words', kind: 'direct', speaker: null, speakerText: null, speakerSpan: null, cue: null, when: null, flags: [],
  }));
  const events: CorpusEvent[] = Array.from({ length: 25 }, (_, i) => ({
    id: `e${i}`, kind: 'meeting', label: `E ${i}`, date: null, place: null, participants: [], mentions: Array.from({ length: 1 + pick(4) }, () => ({ ...span(), text: 'x' })),
  }));
  return { version: 'test', articles: files.map((file) => ({ file, title: null, outlet: null, published: null, warnings: [] })), people, quotes, events, skipped: [] };
}

// The answers of the first CorpusQuery: a scan of everything, kept here as the reference.
const holds = (s: Span, offset: number) => s.start <= offset && offset < s.end;
const firstIn = (spans: Array<Span & { file: string }>, file: string) => Math.min(...spans.filter((m) => m.file === file).map((m) => m.start));
const scan = {
  personAt: (d: CorpusIndexData, file: string, offset: number) => d.people.find((p) => p.mentions.some((m) => m.file === file && holds(m, offset))),
  statementAt: (d: CorpusIndexData, file: string, offset: number) => d.quotes.find((s) => s.file === file && holds(s, offset)),
  eventsAt: (d: CorpusIndexData, file: string, offset: number) => d.events.filter((e) => e.mentions.some((m) => m.file === file && holds(m, offset))),
  peopleIn: (d: CorpusIndexData, file: string) => d.people.filter((p) => p.mentions.some((m) => m.file === file)).sort((a, b) => firstIn(a.mentions, file) - firstIn(b.mentions, file)),
  eventsIn: (d: CorpusIndexData, file: string) => d.events.filter((e) => e.mentions.some((m) => m.file === file)).sort((a, b) => firstIn(a.mentions, file) - firstIn(b.mentions, file)),
  statementsIn: (d: CorpusIndexData, file: string) => d.quotes.filter((s) => s.file === file).sort((a, b) => a.start - b.start),
};

describe('CorpusQuery span lookups answer as a scan of every span does', () => {
  for (const seed of [1, 2, 3, 42]) {
    it(`at every offset of a generated index (seed ${seed})`, () => {
      const data = generatedIndex(seed);
      const query = new CorpusQuery(data);
      for (const file of ['a.txt', 'b.txt', 'c.txt', 'missing.txt']) {
        for (let offset = -1; offset < 340; offset++) {
          assert.equal(query.personAt(file, offset), scan.personAt(data, file, offset), `personAt ${file}@${offset}`);
          assert.equal(query.statementAt(file, offset), scan.statementAt(data, file, offset), `statementAt ${file}@${offset}`);
          assert.deepEqual(query.eventsAt(file, offset), scan.eventsAt(data, file, offset), `eventsAt ${file}@${offset}`);
        }
        assert.deepEqual(query.peopleIn(file), scan.peopleIn(data, file), `peopleIn ${file}`);
        assert.deepEqual(query.eventsIn(file), scan.eventsIn(data, file), `eventsIn ${file}`);
        assert.deepEqual(query.statementsIn(file), scan.statementsIn(data, file), `statementsIn ${file}`);
      }
    });
  }
});
