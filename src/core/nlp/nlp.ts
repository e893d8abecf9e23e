import nlp from 'compromise';
import { peoplePlugin } from './plugin';

type Lexicon = Record<string, string | string[]>;

const lexicon = (): Lexicon => (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

// The one compromise instance of the reader: our plugin is applied once, when this module loads.
nlp.plugin(peoplePlugin(lexicon()));

export { nlp };

const NO_TAGS: readonly string[] = [];

/** The tags compromise's lexicon (with our plugin) gives a word, lower-cased; no tagging run needed. */
export function lexiconTags(word: string): readonly string[] {
  const tags = lexicon()[word.toLowerCase()];
  if (!tags) return NO_TAGS;
  return Array.isArray(tags) ? tags : [tags];
}

export function hasTag(word: string, tag: string): boolean {
  return lexiconTags(word).includes(tag);
}
