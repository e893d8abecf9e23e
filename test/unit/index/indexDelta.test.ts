import * as assert from 'node:assert/strict';
import { CorpusSession } from '../../../src/core/index/indexCorpus';
import { buildCorpusIndex } from '../../../src/core/index/corpusIndex';
import { readArticleText } from '../../../src/core/index/readFile';
import { applyIndexDelta, applyList, diffIndex, diffList, isEmptyDelta, samePlainData } from '../../../src/core/index/indexDelta';
import { packIndex, unpackIndex } from '../../../src/core/index/packedIndex';

const encode = (s: string) => new TextEncoder().encode(s);
const TEXTS: Record<string, string> = {
  'a.txt': 'Ministers meet in Geneva\n\nForeign Minister Ana Costa met Russian envoy Sergei Volkov in Geneva on Monday.\n\n"The talks were useful," Costa said.',
  'b.txt': 'Envoy speaks\n\nEnvoy Sergey Volkov said on Tuesday that he had met Ana Costa in Geneva.\n\n"We agreed on very little," Volkov told reporters.',
  'c.txt': 'Troops visited\n\nDefense Minister Ilse Brandt visited troops in Kyiv.\n\nBrandt said more money was needed.',
  'd.txt': 'Budget\n\nBrandt said the budget would grow.\n\n"We are ready," Brandt said.',
};

/** Edits of the corpus above: each is applied in turn, and each time the delta must rebuild the new index. */
const EDITS: Array<[string, Record<string, string | null>]> = [
  ['a quote added at the end of one article', { 'b.txt': TEXTS['b.txt'] + '\n\n"We will meet again on Thursday," Volkov said.' }],
  ['an article removed', { 'c.txt': null }],
  ['an article added that takes a bare surname', { 'e.txt': 'Brandt again\n\nDefense Minister Ilse Brandt said on Friday that the army needs more.' }],
  ['the full name that claimed the bare surname removed', { 'e.txt': null }],
  ['two articles changed at once, one to an empty text', { 'a.txt': '', 'd.txt': TEXTS['a.txt'] }],
  ['nothing changed', {}],
];

describe('index deltas: what the worker sends after an edit rebuilds the index a full build gives', () => {
  it('applies to the previous index to give the next, at every edit', async () => {
    const files = new Map(Object.entries(TEXTS));
    const session = new CorpusSession();
    await session.readAll({ files: [...files.keys()], read: async (f) => encode(files.get(f)!) });
    let held = session.link();
    for (const [what, edit] of EDITS) {
      const changed = Object.entries(edit).filter(([, t]) => t !== null) as Array<[string, string]>;
      const removed = Object.entries(edit).filter(([, t]) => t === null).map(([f]) => f);
      for (const [f, t] of changed) files.set(f, t);
      for (const f of removed) files.delete(f);
      await session.update(changed.map(([file, text]) => ({ file, read: async () => encode(text) })), removed);
      const next = session.link();
      const delta = diffIndex(held, next);
      const applied = applyIndexDelta(held, delta);
      const readings = [...files].sort(([a], [b]) => a.localeCompare(b)).map(([f, t]) => readArticleText(f, t));
      assert.deepEqual(applied, buildCorpusIndex(readings), what);
      assert.equal(JSON.stringify(applied), JSON.stringify(next), what);
      assert.equal(isEmptyDelta(delta, held), Object.keys(edit).length === 0, what);
      // Items the edit did not touch are sent as runs of the previous index, not as items.
      const sentQuotes = delta.quotes.reduce((n, r) => n + ('items' in r ? r.items.length : 0), 0);
      const changedQuotes = next.quotes.filter((q) => !held.quotes.some((p) => samePlainData(p, q))).length;
      assert.ok(sentQuotes <= changedQuotes, `${what}: ${sentQuotes} quotes sent for ${changedQuotes} changed`);
      held = applied;
    }
  });

  it('is against a decoded copy as well as against the objects themselves', async () => {
    const session = new CorpusSession();
    await session.readAll({ files: Object.keys(TEXTS), read: async (f) => encode(TEXTS[f]) });
    const data = session.link();
    const copy = unpackIndex(JSON.parse(JSON.stringify(packIndex(data))));
    const delta = diffIndex(copy, data);
    assert.ok(isEmptyDelta(delta, copy));
    assert.equal(applyIndexDelta(copy, delta).quotes[0], copy.quotes[0], 'kept items are the held objects');
  });

  const lists: Array<[string, string[], string[]]> = [
    ['same', ['a', 'b', 'c'], ['a', 'b', 'c']],
    ['one inserted', ['a', 'b', 'c'], ['a', 'x', 'b', 'c']],
    ['one removed', ['a', 'b', 'c'], ['a', 'c']],
    ['moved', ['a', 'b', 'c', 'd'], ['c', 'd', 'a', 'b']],
    ['all new', ['a', 'b'], ['x', 'y', 'z']],
    ['emptied', ['a', 'b'], []],
    ['from empty', [], ['a']],
    ['duplicates', ['a', 'a', 'b'], ['a', 'b', 'a', 'a']],
  ];
  for (const [name, prev, next] of lists) {
    it(`a list: ${name}`, () => {
      const runs = diffList(prev, next, (s) => s);
      assert.deepEqual(applyList(prev, runs), next);
    });
  }

  it('compares plain data with keys in order', () => {
    assert.ok(samePlainData({ a: [1, { b: null }] }, { a: [1, { b: null }] }));
    assert.ok(!samePlainData({ a: 1, b: 2 }, { b: 2, a: 1 }));
    assert.ok(!samePlainData([1], { 0: 1 }));
    assert.ok(!samePlainData(null, {}));
  });

  it('refuses a delta that does not fit the index', () => {
    assert.throws(() => applyList(['a'], [{ from: 0, count: 2 }]), /does not fit/);
  });
});
