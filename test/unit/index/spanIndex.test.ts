import * as assert from 'node:assert/strict';
import { CorpusQuery, type CorpusIndexData } from '../../../src/core/index/corpusQuery';
import { applyIndexDelta, changedFilesOf, diffIndex } from '../../../src/core/index/indexDelta';
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
  // Words from a small vocabulary, so that statements share them, contain one another and repeat (sameWordsElsewhere).
  const vocabulary = ['we', 'will', 'not', 'be', 'swayed', 'talks'];
  const quotes: Statement[] = Array.from({ length: 60 }, () => ({
    ...span(), text: Array.from({ length: 3 + pick(5) }, () => vocabulary[pick(2) ? pick(2) : pick(vocabulary.length)]).join(' '), kind: 'direct', speaker: pick(3) ? `p${pick(30)}` : null, speakerText: null, speakerSpan: null, cue: null, when: null, flags: [],
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

/** Every span lookup of `query` in `file`, at every offset, against a scan of every span of `data`. */
function assertAnswersAsScan(query: CorpusQuery, data: CorpusIndexData, file: string): void {
  for (let offset = -1; offset < 340; offset++) {
    assert.equal(query.personAt(file, offset), scan.personAt(data, file, offset), `personAt ${file}@${offset}`);
    assert.equal(query.statementAt(file, offset), scan.statementAt(data, file, offset), `statementAt ${file}@${offset}`);
    assert.deepEqual(query.eventsAt(file, offset), scan.eventsAt(data, file, offset), `eventsAt ${file}@${offset}`);
  }
  assert.deepEqual(query.peopleIn(file), scan.peopleIn(data, file), `peopleIn ${file}`);
  assert.deepEqual(query.eventsIn(file), scan.eventsIn(data, file), `eventsIn ${file}`);
  assert.deepEqual(query.statementsIn(file), scan.statementsIn(data, file), `statementsIn ${file}`);
}

describe('CorpusQuery span lookups answer as a scan of every span does', () => {
  for (const seed of [1, 2, 3, 42]) {
    it(`at every offset of a generated index (seed ${seed})`, () => {
      const data = generatedIndex(seed);
      const query = new CorpusQuery(data);
      for (const file of ['a.txt', 'b.txt', 'c.txt', 'missing.txt']) assertAnswersAsScan(query, data, file);
    });
  }
});

/** The index after an edit: one item of each list replaced, dropped or added, some in a new file; the rest the same objects. */
function edited(data: CorpusIndexData, seed: number): CorpusIndexData {
  const fresh = generatedIndex(seed + 1000);
  const pick = generator(seed);
  const moved = <T extends { file: string }>(s: T): T => (pick(2) ? { ...s, file: 'd.txt' } : s);
  const people = data.people.filter((_, i) => i !== pick(data.people.length));
  people.splice(pick(people.length), 0, { ...fresh.people[1], id: `p-new-${seed}`, mentions: fresh.people[1].mentions.map(moved) });
  const quotes = [...data.quotes];
  quotes.splice(pick(quotes.length), 1, moved(fresh.quotes[0]));
  const k = pick(quotes.length);
  quotes[k] = { ...quotes[k], speaker: `p${pick(30)}` };
  const events = data.events.filter((_, i) => i !== pick(data.events.length));
  events.splice(pick(events.length), 0, { ...fresh.events[2], mentions: fresh.events[2].mentions.map(moved) });
  return { ...data, people, quotes, events };
}

/** The index with nothing left in `file`: a file that loses every span of its own. */
function emptied(data: CorpusIndexData, file: string): CorpusIndexData {
  const elsewhere = <T extends { file: string }>(list: T[]) => list.filter((m) => m.file !== file);
  return {
    ...data,
    people: data.people.map((p) => (p.mentions.some((m) => m.file === file) ? { ...p, mentions: elsewhere(p.mentions) } : p)),
    quotes: elsewhere(data.quotes),
    events: data.events.map((e) => (e.mentions.some((m) => m.file === file) ? { ...e, mentions: elsewhere(e.mentions) } : e)),
  };
}

describe('a CorpusQuery that follows another after a delta answers as a scan does', () => {
  for (const seed of [1, 2, 3, 42]) {
    for (const built of [true, false]) {
      it(`seed ${seed}, span indexes ${built ? 'built' : 'never built'} before the edits`, () => {
        let data = generatedIndex(seed);
        let query = new CorpusQuery(data);
        if (built) {
          query.personAt('a.txt', 10);
          query.statementAt('a.txt', 10);
          query.eventsAt('a.txt', 10);
        }
        // Enough edits for the indexes to stack more layers than a query keeps (SpanIndex gathers them all again).
        const edits = 20;
        for (let edit = 1; edit <= edits; edit++) {
          // Twice a file loses everything: once while the indexes stack edits, once as they are gathered again.
          const next = [5, 17].includes(edit) ? emptied(edited(data, seed * 10 + edit), 'c.txt') : edited(data, seed * 10 + edit);
          const delta = diffIndex(data, next);
          const applied = applyIndexDelta(data, delta);
          const changedFiles = changedFilesOf(data, delta);
          query = new CorpusQuery(applied, { query, changedFiles });
          data = applied;
          // Only some queries are asked everything; the others (built by one lookup each, or not) hand their indexes down.
          if (built) {
            query.personAt('a.txt', 10);
            query.statementAt('a.txt', 10);
            query.eventsAt('a.txt', 10);
            query.sameWordsElsewhere(data.quotes[0]);
          }
          if (![3, 5, 16, 17, edits].includes(edit) || (!built && edit < edits)) continue;
          for (const file of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) {
            assertAnswersAsScan(query, data, file);
            assert.equal(query.article(file), data.articles.find((a) => a.file === file), `article ${file}`);
          }
          const fresh = new CorpusQuery(data);
          for (const s of data.quotes) assert.deepEqual(query.sameWordsElsewhere(s), fresh.sameWordsElsewhere(s), `sameWordsElsewhere ${s.file}@${s.start}`);
          for (const id of new Set([...data.people.map((p) => p.id), 'p-new-1', 'p0', 'p29'])) {
            // A speaker's statements, less those inside another of theirs (see withoutNested), by a scan.
            const theirs = data.quotes.filter((q) => q.speaker === id);
            const inside = (q: Statement, o: Statement) => o !== q && o.file === q.file && o.start <= q.start && q.end <= o.end && (o.start < q.start || o.end > q.end || theirs.indexOf(o) < theirs.indexOf(q));
            assert.deepEqual(query.statementsOf(id), theirs.filter((q) => !theirs.some((o) => inside(q, o))), `statementsOf ${id}`);
            assert.equal(query.person(id), data.people.find((p) => p.id === id), `person ${id}`);
          }
        }
      });
    }
  }

  it('names no files changed for a delta that changes nothing, and gives up on one that moves items', () => {
    const data = generatedIndex(5);
    assert.deepEqual(changedFilesOf(data, diffIndex(data, data)), new Set());
    const moved = { ...data, events: [...data.events.slice(10), ...data.events.slice(0, 10)] };
    assert.equal(changedFilesOf(data, diffIndex(data, moved)), undefined);
  });
});
