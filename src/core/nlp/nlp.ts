import nlp from 'compromise';
import { peoplePlugin } from './plugin';
import { MAX_REMEMBERED } from './remembered';

export { rememberedByWord } from './remembered';

type Lexicon = Record<string, string | string[]>;

const lexicon = (): Lexicon => (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

// The one compromise instance of the reader: our plugin is applied once, when this module loads.
nlp.plugin(peoplePlugin(lexicon()));

export { nlp };

const NO_TAGS: readonly string[] = [];

// The lexicon does not change after the plugin is applied (the reader never tags text), so lookups are
// remembered, within MAX_REMEMBERED words.
const words = lexicon();
const remembered = new Map<string, readonly string[]>();

/** The tags compromise's lexicon (with our plugin) gives a word, lower-cased; no tagging run needed. */
export function lexiconTags(word: string): readonly string[] {
  let tags = remembered.get(word);
  if (tags === undefined) {
    const found = words[word.toLowerCase()];
    tags = !found ? NO_TAGS : Array.isArray(found) ? found : [found];
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(word, tags);
  }
  return tags;
}

export function hasTag(word: string, tag: string): boolean {
  return lexiconTags(word).includes(tag);
}
