import type { CorpusEvent, ArticleReading, Person } from '../model';

/** BASELINE (to be replaced by the events reader): no cross-article grouping yet. */
export function groupEvents(_readings: ArticleReading[], _personIdOf: (file: string, key: string) => string | undefined, _people: Person[]): CorpusEvent[] {
  return [];
}
