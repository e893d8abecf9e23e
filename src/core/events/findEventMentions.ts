import type { Article, ArticlePeople, EventMention } from '../model';

/** BASELINE (to be replaced by the events reader): no event mentions yet. */
export function findEventMentions(_article: Article, _people: ArticlePeople): EventMention[] {
  return [];
}
