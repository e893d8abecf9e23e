import { readArticle } from '../../../src/core/article/readArticle';
import { findEventMentions } from '../../../src/core/events/findEventMentions';
import { groupEvents } from '../../../src/core/events/groupEvents';
import type { ArticleReading, CorpusEvent } from '../../../src/core/model';
import { findPeople } from '../../../src/core/nlp/findPeople';
import { resolveIdentities } from '../../../src/core/nlp/identity';

// Helpers shared by the event tables: invented articles are a headline line, a blank line, then one paragraph per line.

/** Reads invented paragraphs as an article (people and event mentions; no statements). */
export function read(file: string, published: string | undefined, ...paragraphs: string[]): ArticleReading {
  const text = ['Diplomacy news of the week', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  const article = readArticle(file, text, published ? { published } : {});
  const people = findPeople(article);
  return { article, people, statements: [], eventMentions: findEventMentions(article, people) };
}

/** The corpus events of the readings, with identities resolved across them. */
export function groups(readings: ArticleReading[]): CorpusEvent[] {
  const identities = resolveIdentities(readings);
  return groupEvents(readings, identities.idOf, identities.people);
}

/** The sets of files each cross-article event links, as sorted "a+b" strings. */
export function linkedFiles(readings: ArticleReading[]): string[] {
  return groups(readings)
    .map((e) => [...new Set(e.mentions.map((m) => m.file))].sort().join('+'))
    .filter((files) => files.includes('+'))
    .sort();
}
