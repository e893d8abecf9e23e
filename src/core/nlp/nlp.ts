import { parseLexicon } from './lexicon';

// compromise's lexicon with our plugin, compiled into the bundle by scripts/build.mjs (lexiconSource.ts).
declare const __LEXICON__: string | undefined;
if (typeof __LEXICON__ !== 'string') throw new Error('the reader was bundled without its lexicon: build it with scripts/build.mjs');

const NO_TAGS: readonly string[] = [];
// Named once: the build inlines __LEXICON__ at every place it is written.
const LEXICON_TEXT: string = __LEXICON__;
const lexicon = parseLexicon(LEXICON_TEXT);

/** The tags compromise's lexicon (with our plugin) gives a word or phrase, lower-cased; no tagging run needed. */
export function lexiconTags(word: string): readonly string[] {
  return lexicon.get(word.toLowerCase()) ?? NO_TAGS;
}

export function hasTag(word: string, tag: string): boolean {
  return lexiconTags(word).includes(tag);
}

/** The lexicon's phrases of two words or more whose tags `accept` takes ("new york": Region), read from its lines
 * (one per set of tags) without a pass over every word. */
export function lexiconPhrasesTagged(accept: (tags: readonly string[]) => boolean): string[] {
  const out: string[] = [];
  for (const line of LEXICON_TEXT.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0 || !accept(line.slice(0, tab).split(','))) continue;
    for (const word of line.slice(tab + 1).split('\t')) if (word.includes(' ')) out.push(word);
  }
  return out;
}
