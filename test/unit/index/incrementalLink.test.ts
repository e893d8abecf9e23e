import * as assert from 'node:assert/strict';
import { buildCorpusIndex, CorpusLinker } from '../../../src/core/index/corpusIndex';
import { CorpusSession, forLinking, indexCorpus } from '../../../src/core/index/indexCorpus';
import { readArticleText } from '../../../src/core/index/readFile';
import { IdentityIndex, resolveIdentities } from '../../../src/core/nlp/identity';
import type { ArticleReading } from '../../../src/core/model';

/** Invented articles: enough names, shared surnames, statements and meetings to exercise every block. */
const TEXTS: Record<string, string> = {
  costa: 'Foreign Minister Ana Costa met Russian envoy Sergei Volkov in Geneva on Monday.\n\n"The talks were useful," Costa said.',
  volkov: 'Envoy Sergey Volkov said on Tuesday that he had met Ana Costa.\n\n"We agreed on very little," Volkov told reporters.',
  brandt: 'Defense Minister Ilse Brandt visited troops in Kyiv.\n\nBrandt said more money was needed.',
  bareBrandt: 'Brandt said the budget would grow.\n\n"We are ready," Brandt said.',
  parks: 'Minister Park Ji-ho spoke, and Mayor Park Min-seo replied.\n\nPark Ji-ho said the vote was close.',
  barePark: 'Park said the vote was close.',
  okafor: 'Senator Maria Okafor met Senator Tunde Okafor in Lagos.\n\n"It went well," Maria Okafor said.',
  costolo: 'Costolo said the company would grow.',
  costolo2: 'Costolo told staff on Friday that he would stay.',
  empty: 'A headline only',
  // A meeting the first article leaves undated and the second dates: the first one's statement takes the day.
  talksUndated: 'Ana Costa held talks with Sergei Volkov in Geneva on Monday.\n\n"The talks were useful," Costa said after the meeting.',
  talksDated: 'Foreign Minister Ana Costa met Russian envoy Sergei Volkov in Geneva on Monday, March 4, 2024.',
};

function reading(file: string, text: keyof typeof TEXTS): ArticleReading {
  return readArticleText(file, `A headline about talks\n\n${TEXTS[text]}\n`);
}

type Op = ['set', string, keyof typeof TEXTS] | ['remove', string];

/** Each case: the articles first linked, then the edits; the result must equal a full rebuild of what is left. */
const cases: Array<[string, Array<[string, keyof typeof TEXTS]>, Op[]]> = [
  ['an article added that joins an identity by spelling', [['a.txt', 'costa']], [['set', 'b.txt', 'volkov']]],
  ['the article holding a full name removed: its bare surname elsewhere stands alone', [['a.txt', 'brandt'], ['b.txt', 'bareBrandt']], [['remove', 'a.txt']]],
  ['a full name added that claims bare surnames already linked', [['b.txt', 'bareBrandt']], [['set', 'a.txt', 'brandt']]],
  ['a shared surname becomes ambiguous, then not', [['c.txt', 'barePark']], [['set', 'a.txt', 'parks'], ['remove', 'a.txt'], ['set', 'a.txt', 'brandt']]],
  ['an article changed to another text', [['a.txt', 'costa'], ['b.txt', 'volkov'], ['c.txt', 'okafor']], [['set', 'b.txt', 'okafor'], ['set', 'c.txt', 'volkov']]],
  ['bare surnames with no full name join each other', [['a.txt', 'costolo']], [['set', 'b.txt', 'costolo2'], ['set', 'c.txt', 'empty']]],
  ['every article removed, then one added back', [['a.txt', 'costa'], ['b.txt', 'volkov']], [['remove', 'a.txt'], ['remove', 'b.txt'], ['set', 'b.txt', 'volkov']]],
  ['a report that dates the meeting comes and goes', [['a.txt', 'talksUndated']], [['set', 'b.txt', 'talksDated'], ['set', 'c.txt', 'costa'], ['remove', 'b.txt'], ['set', 'b.txt', 'talksDated']]],
  ['files added out of order', [['z.txt', 'costa'], ['a.txt', 'volkov'], ['m.txt', 'parks']], [['set', 'b.txt', 'barePark'], ['remove', 'm.txt']]],
];

describe('incremental linking gives what a full rebuild gives', () => {
  for (const [name, initial, ops] of cases) {
    it(name, async () => {
      const current = new Map(initial.map(([file, text]) => [file, reading(file, text)]));
      const linker = new CorpusLinker();
      const identities = new IdentityIndex();
      const session = new CorpusSession();
      const bytes = (file: string, text: keyof typeof TEXTS) => new TextEncoder().encode(`A headline about talks\n\n${TEXTS[text]}\n`);
      for (const [file] of initial) {
        linker.set(forLinking(current.get(file)!));
        identities.set(file, current.get(file)!.people.people);
      }
      await session.readAll({ files: initial.map(([f]) => f), read: async (f) => bytes(f, initial.find(([x]) => x === f)![1]) });
      linker.link();
      identities.resolve();
      session.link();
      for (const op of ops) {
        if (op[0] === 'set') {
          const r = reading(op[1], op[2]);
          current.set(op[1], r);
          linker.set(forLinking(r));
          identities.set(op[1], r.people.people);
          await session.update([{ file: op[1], read: async () => bytes(op[1], op[2]) }]);
        } else {
          current.delete(op[1]);
          linker.remove(op[1]);
          identities.remove(op[1]);
          await session.update([], [op[1]]);
        }
        const sorted = [...current.values()].sort((a, b) => a.article.file.localeCompare(b.article.file));
        const full = buildCorpusIndex(sorted);
        assert.deepEqual(linker.link(), full);
        assert.deepEqual(session.link(), full);
        assert.deepEqual(identities.resolve().people, resolveIdentities(sorted).people);
      }
    });
  }

  it('a session reads the same index as the one-shot indexCorpus', async () => {
    const files = Object.keys(TEXTS).map((t) => `${t}.txt`);
    const source = { files, read: async (f: string) => new TextEncoder().encode(`A headline about talks\n\n${TEXTS[f.slice(0, -4)]}\n`) };
    const session = new CorpusSession();
    await session.readAll(source);
    assert.deepEqual(session.link(), await indexCorpus(source));
    assert.equal(session.size, files.length);
  });
});
