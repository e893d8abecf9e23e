import nlp from 'compromise';
import { peoplePlugin } from './plugin';

type Lexicon = Record<string, string | string[]>;

const lexicon = (): Lexicon => (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

// The one compromise instance of the reader: our plugin is applied once, when this module loads.
nlp.plugin(peoplePlugin(lexicon()));

export { nlp };

const NO_TAGS: readonly string[] = [];

// The lexicon does not change after the plugin is applied (the reader never tags text), so lookups are
// remembered; the memory is dropped past MAX_REMEMBERED words (a 20 MB file of invented words).
const MAX_REMEMBERED = 50_000;
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

/** `f` of a word, remembered (for pure functions of the word and the fixed lexicon). */
export function rememberedByWord<T>(f: (word: string) => T): (word: string) => T {
  const memory = new Map<string, T>();
  return (word) => {
    let v = memory.get(word);
    if (v === undefined && !memory.has(word)) {
      v = f(word);
      if (memory.size >= MAX_REMEMBERED) memory.clear();
      memory.set(word, v);
    }
    return v as T;
  };
}

export function hasTag(word: string, tag: string): boolean {
  return lexiconTags(word).includes(tag);
}
