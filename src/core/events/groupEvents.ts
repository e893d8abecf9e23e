import type { ArticleReading, CorpusEvent, Person } from '../model';
import { EventGrouper } from './eventGrouper';
import type { PersonIdOf } from './localEvents';

export { localEvents, type PersonIdOf } from './localEvents';

/**
 * Groups event mentions into events, first within each article (pronouns and "the meeting" join the occasion
 * they refer to), then across articles: same kind of occasion, the same people, compatible day and place.
 * Precision first: a link is made only when every pair of articles in the group agrees.
 * The one-shot form of EventGrouper, with the readings taken in the order given.
 */
export function groupEvents(readings: ArticleReading[], personIdOf: PersonIdOf, people: Person[]): CorpusEvent[] {
  const rank = new Map<string, number>();
  readings.forEach((r, i) => rank.set(r.article.file, i));
  const grouper = new EventGrouper((a, b) => rank.get(a)! - rank.get(b)!);
  for (const r of readings) grouper.setArticle(r);
  return grouper.events(personIdOf, people);
}
