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
  // The words are runs of letters of the lower-cased text, scanned in place: only a run short enough
  // to be a function word is cut out and looked up.
  const lower = text.toLowerCase();
  let words = 0;
  let english = 0;
  let other = 0;
  let start = -1;
  // Lower-case function words of other languages inside a name are particles: "Ursula von der Leyen", "Lula da
  // Silva", "von der Leyen told". A run of them right after a capitalised word (one space apart) is not counted; a
  // run that follows anything else waits for the next word, and counts unless that word is capitalised.
  let afterCapital = false;
  let pending = 0;
  let previousEnd = -2;
  // Lower-casing may change a text's length ("İ"): then capitals are not looked up.
  const aligned = lower.length === text.length;
  for (let i = 0; i <= lower.length; ) {
    let letter = false;
    let width = 1;
    if (i < lower.length) {
      const c = lower.charCodeAt(i);
      if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      else {
        const point = lower.codePointAt(i)!;
        if (point > 0xffff) width = 2;
        letter = LETTER.test(String.fromCodePoint(point));
      }
    }
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words++;
      const first = text.charCodeAt(start);
      const capitalised = first < 128 ? first >= 65 && first <= 90 : aligned && first !== lower.charCodeAt(start);
      let kind = 0; // 1 English, 2 another language's
      if (i - start <= LONGEST_FUNCTION_WORD) {
        const w = lower.slice(start, i);
        kind = ENGLISH.has(w) ? 1 : OTHER.has(w) ? 2 : 0;
      }
      if (kind === 2 && !capitalised) {
        const adjacent = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
        if (adjacent && afterCapital && pending === 0) {
          // a particle after a capitalised word: not counted, and the run goes on
        } else if (adjacent && pending > 0) pending++;
        else {
          other += pending;
          pending = 1;
        }
      } else {
        const adjacent = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
        if (pending > 0 && !(capitalised && adjacent)) other += pending;
        pending = 0;
        // A capitalised one right after a capitalised word is a name's: "Mohammed bin Abdulrahman Al Thani", "Abdel Fattah El-Sisi".
        const inName = capitalised && adjacent && afterCapital;
        afterCapital = capitalised;
        if (kind === 1) english++;
        else if (kind === 2 && !inName) other++;
      }
      previousEnd = i;
      start = -1;
    }
    i += width;
  }
  other += pending;
  return { words, english, other };
}
const LETTER = /^\p{L}$/u;
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH, ...OTHER].map((w) => w.length));

export function isEnglish({ words, english, other }: FunctionWordCounts): boolean {
  if (other > english) return false;
  return words < MIN_WORDS || english / words >= MIN_ENGLISH_SHARE;
}
