/**
 * Reads the lexicon text compileLexicon (lexiconSource.ts) writes: one line per set of tags,
 * `Tag,Tag<TAB>word<TAB>word…`. Every word of a line shares one frozen array of its tags.
 */
export function parseLexicon(text: string): Map<string, readonly string[]> {
  const lexicon = new Map<string, readonly string[]>();
  for (const line of text.split('\n')) {
    const [tags, ...words] = line.split('\t');
    if (!tags) continue;
    const shared = Object.freeze(tags.split(','));
    for (const word of words) if (word) lexicon.set(word, shared);
  }
  return lexicon;
}
