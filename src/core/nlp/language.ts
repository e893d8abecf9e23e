/**
 * Whether a text is English. The name rules read English capitalisation: in German every noun is
 * capitalised, and Spanish or French text would yield invented people. Function words are frequent
 * in any prose and differ between languages, so their counts decide.
 */

const ENGLISH = new Set([
  'the', 'and', 'of', 'to', 'is', 'was', 'were', 'are', 'that', 'with', 'for', 'on', 'at', 'by', 'from', 'has', 'have',
  'had', 'this', 'it', 'he', 'she', 'they', 'his', 'her', 'their', 'said', 'which', 'who', 'will', 'would', 'be',
  'been', 'not', 'but', 'as', 'an', 'its',
]);

/** Function words of the other languages news reaches us in, written in Latin script. */
const OTHER = new Set([
  'der', 'die', 'das', 'und', 'den', 'dem', 'mit', 'von', 'ist', 'nicht', 'ein', 'eine', 'auf', 'für', 'im', 'zu', 'sich',
  'el', 'los', 'las', 'del', 'que', 'y', 'con', 'por', 'para', 'una', 'se', 'es', 'al', 'lo', 'les', 'des', 'et', 'est',
  'une', 'du', 'au', 'avec', 'dans', 'pour', 'qui', 'sur', 'il', 'che', 'di', 'per', 'non', 'della', 'não', 'os', 'em',
  'uma', 'ne', 'și', 'na', 'je', 'se', 've', 'bir', 'ile', 'bu', 'dan', 'yang', 'dan', 'untuk', 'ng', 'sa', 'mga',
]);

/** Texts shorter than this are judged only by which language's function words they hold. */
const MIN_WORDS = 30;
const MIN_ENGLISH_SHARE = 0.08;

/** How many words a text has, and how many of them are English or other languages' function words. */
export interface FunctionWordCounts {
  words: number;
  english: number;
  other: number;
}

/** Counts add up: the counts of paragraphs joined by line breaks are the sums of theirs. */
export function functionWordCounts(text: string): FunctionWordCounts {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let english = 0;
  let other = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) english++;
    else if (OTHER.has(w)) other++;
  }
  return { words: words.length, english, other };
}

export function isEnglish({ words, english, other }: FunctionWordCounts): boolean {
  if (other > english) return false;
  return words < MIN_WORDS || english / words >= MIN_ENGLISH_SHARE;
}
