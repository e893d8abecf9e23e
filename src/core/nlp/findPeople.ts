import nlp from 'compromise';
import type { Article, ArticlePeople, ArticlePerson } from '../model';
import { contentBlocks } from '../article/readArticle';

/**
 * BASELINE (to be replaced by the people reader): compromise's people() per block, grouped by the
 * last word. Kept deliberately simple so the other layers have something to call.
 */
export function findPeople(article: Article): ArticlePeople {
  const byKey = new Map<string, ArticlePerson>();
  for (const block of contentBlocks(article)) {
    const text = article.text.slice(block.start, block.end);
    const found = nlp(text).people().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
    for (const p of found) {
      const name = p.text.replace(/[.,;:!?'’s]+$/u, '').trim();
      if (!name) continue;
      const words = name.split(/\s+/);
      const key = words[words.length - 1].toLowerCase();
      const start = block.start + p.offset.start;
      const person = byKey.get(key) ?? { key, name, aliases: [], role: null, mentions: [] };
      if (words.length > person.name.split(/\s+/).length) {
        person.aliases.push(person.name);
        person.name = name;
      } else if (name !== person.name && !person.aliases.includes(name)) {
        person.aliases.push(name);
      }
      person.mentions.push({ start, end: start + name.length });
      byKey.set(key, person);
    }
  }
  return { people: [...byKey.values()], ambiguous: [] };
}
