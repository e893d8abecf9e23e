import type { Article, ArticlePeople, Statement } from '../model';

/** BASELINE (to be replaced by the statements reader): no statements yet. */
export function findStatements(_article: Article, _people: ArticlePeople): Statement[] {
  return [];
}
