import { parseLexicon } from './lexicon';

export { rememberedByWord } from './remembered';

// compromise's lexicon with our plugin, compiled into the bundle by scripts/build.mjs (lexiconSource.ts).
declare const __LEXICON__: string | undefined;

const NO_TAGS: readonly string[] = [];

const lexicon = parseLexicon(
  typeof __LEXICON__ === 'string' ? __LEXICON__ : failBuild('the reader was bundled without its lexicon: build it with scripts/build.mjs'),
);

function failBuild(message: string): never {
  throw new Error(message);
}

/** The tags compromise's lexicon (with our plugin) gives a word or phrase, lower-cased; no tagging run needed. */
export function lexiconTags(word: string): readonly string[] {
  return lexicon.get(word.toLowerCase()) ?? NO_TAGS;
}

export function hasTag(word: string, tag: string): boolean {
  return lexiconTags(word).includes(tag);
}
