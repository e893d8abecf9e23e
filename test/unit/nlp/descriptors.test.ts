import * as assert from 'node:assert/strict';
import { readArticle } from '../../../src/core/article/readArticle';
import { findDescriptors, resolveDescriptor } from '../../../src/core/nlp/descriptors';
import { findPeople } from '../../../src/core/nlp/findPeople';

// Invented articles: a headline line, a blank line, then one paragraph per line.

function read(...paragraphs: string[]) {
  const text = ['Talks in a northern capital', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  const article = readArticle('invented.txt', text);
  const people = findPeople(article);
  return { text, article, people };
}

/** Each description found, as "words → person key". */
function described(...paragraphs: string[]): string[] {
  const { article, people } = read(...paragraphs);
  return findDescriptors(article, people).map((d) => `${d.text} → ${d.key}`);
}

describe('findDescriptors', () => {
  const cases: Array<[string[], string[]]> = [
    [
      ['Brazilian President Tomas Ribeiro met Estonian Prime Minister Kaarel Tamm in Tallinn.', 'The Brazilian leader praised the Estonian prime minister.'],
      ['The Brazilian leader → tomas-ribeiro', 'the Estonian prime minister → kaarel-tamm'],
    ],
    [
      ['Brazilian President Tomas Ribeiro spoke with Estonian President Mari Kask.', 'He told his Estonian counterpart that trade would grow.'],
      ['his Estonian counterpart → mari-kask'],
    ],
    [
      ['Russian President Oleg Sorokin received Chilean Foreign Minister Ana Vidal.', 'The Kremlin chief thanked the Chilean foreign minister.'],
      ['The Kremlin chief → oleg-sorokin', 'the Chilean foreign minister → ana-vidal'],
    ],
    [
      // The office, then its country: as a description, and as a role that gives the person's country.
      ['Estonian Prime Minister Kaarel Tamm met Mari Kask, Prime Minister of Latvia, in Riga.', 'Tamm thanked the Prime Minister of Latvia.', 'The Latvian prime minister said the talks went well.'],
      ['Prime Minister of Latvia → mari-kask', 'the Prime Minister of Latvia → mari-kask', 'The Latvian prime minister → mari-kask'],
    ],
    [
      // Two Brazilians who could be "the Brazilian leader": unresolved.
      ['Brazilian President Tomas Ribeiro and Brazilian Prime Minister Lia Santos met Mari Kask.', 'The Brazilian leader left early.'],
      [],
    ],
    [
      // A vice president does not hold the office of president.
      ['Brazilian President Tomas Ribeiro and Brazilian Vice President Lia Santos met Mari Kask.', 'The Brazilian president left early.'],
      ['The Brazilian president → tomas-ribeiro'],
    ],
    [
      // A president and a president-elect of one country: "the US president" is the sitting one only.
      ['US President Carl Hobbs met President-elect Dana Whitfield.', 'The US president wished her well.'],
      ['The US president → carl-hobbs'],
    ],
    [
      // A title before a name is the name's own title, not a description.
      ['The Estonian prime minister Kaarel Tamm arrived late.'],
      [],
    ],
    [
      // "an Estonian prime minister" is anyone holding the office.
      ['Estonian Prime Minister Kaarel Tamm made the first visit to Chile by an Estonian prime minister.'],
      [],
    ],
    [
      // Headlines and captions abbreviate offices: a "PM" is the prime minister, an "FM" the foreign minister.
      ['Estonian PM Kaarel Tamm welcomes Chilean FM Ana Vidal in Tallinn.', 'The Estonian prime minister thanked the Chilean foreign minister.'],
      ['The Estonian prime minister → kaarel-tamm', 'the Chilean foreign minister → ana-vidal'],
    ],
    [
      // Nobody of that nationality is named: nothing to resolve.
      ['Estonian Prime Minister Kaarel Tamm met reporters.', 'The Finnish leader did not attend.'],
      [],
    ],
  ];
  for (const [paragraphs, expected] of cases) {
    it(`reads "${paragraphs[paragraphs.length - 1]}"`, () => {
      assert.deepEqual(described(...paragraphs), expected);
    });
  }
});

describe('resolveDescriptor', () => {
  it('resolves a description at a given span', () => {
    const { text, article, people } = read('Chilean President Rosa Fuentes met Peruvian President Ivan Cruz.', 'The Chilean leader spoke first.');
    const start = text.indexOf('The Chilean leader');
    assert.equal(resolveDescriptor(article, people, { start, end: start + 'The Chilean leader'.length }), 'rosa-fuentes');
  });

  it('returns null where the span holds no description', () => {
    const { text, article, people } = read('Chilean President Rosa Fuentes met Peruvian President Ivan Cruz.');
    const start = text.indexOf('met');
    assert.equal(resolveDescriptor(article, people, { start, end: start + 3 }), null);
  });
});
