/**
 * Build time only: compromise's lexicon with our plugin applied, written as the compact text the reader
 * ships (read by `parseLexicon` in lexicon.ts). scripts/build.mjs compiles it into the bundles, and the tests
 * compare the shipped table with it; the reader itself never loads compromise, which spends ~0.3 s
 * building its whole world on start while the reader only ever looks words up.
 */
import nlp from 'compromise';
import { peoplePlugin } from './plugin';

type Lexicon = Record<string, string | string[]>;

let applied = false;

/** The lexicon as compromise holds it once our plugin is applied: lower-case word or phrase → tags. */
export function pluginLexicon(): Lexicon {
  const lexicon = () => (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
  if (!applied) {
    nlp.plugin(peoplePlugin(lexicon()));
    applied = true;
  }
  return lexicon();
}

/**
 * One line per set of tags, sorted: `Tag,Tag<TAB>word<TAB>word…`. Grouped by tag set, the ~25,000 entries take
 * ~260 KB, and parsing them costs a few milliseconds.
 */
export function compileLexicon(): string {
  const byTags = new Map<string, string[]>();
  for (const [word, found] of Object.entries(pluginLexicon())) {
    const tags = Array.isArray(found) ? found : [found];
    if (/[\t\n]/.test(word) || tags.some((t) => /[\t\n,]/.test(t))) throw new Error(`lexicon entry cannot be written: ${JSON.stringify(word)}`);
    const key = tags.join(',');
    const words = byTags.get(key);
    if (words) words.push(word);
    else byTags.set(key, [word]);
  }
  return [...byTags]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([tags, words]) => [tags, ...words.sort()].join('\t'))
    .join('\n');
}
