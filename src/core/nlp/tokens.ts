import type { WordFacts } from './words';
import { TITLE_ABBREVIATIONS } from '../text/abbreviations';

/** Words of a paragraph with their offsets, cut cheaply with regular expressions (no tagger run). */
export interface Token {
  /** The word without a possessive ending ("Putin" for "Putin's"). */
  text: string;
  lower: string;
  /** Offsets of `text` in the article. */
  start: number;
  end: number;
  /** Starts with a capital Latin letter and is not an acronym: the shape of a name word in English text. */
  capitalised: boolean;
  /** "US", "U.S.", "NATO": never a name word, often part of a title. */
  acronym: boolean;
  /** "Putin's": the word ends a name. */
  possessive: boolean;
  /** The characters between the end of this word (possessive included) and the next word. */
  gapAfter: string;
  /** A surname written in capitals beside a name ("Emmanuel MACRON"), read as a name word: `text` is "Macron". */
  surnameInCapitals?: boolean;
  /** A word read as a given name or name word though the lexicon knows it as something else: a month ("June
   * Almeida", "Park Min Jun"), an ordinary word or a place ("Will Tanner", "Paris Delacroix"). */
  readAsName?: boolean;
  /** What the lexicon says of the word, once it was asked (see words.ts). */
  facts?: WordFacts;
}

// A word: Latin letters with inner hyphens or apostrophes ("Jae-in", "O'Brien"), dotted initials
// ("U.S."), or capitals joined by an ampersand ("AT&T"). Names in English text are in Latin script;
// other scripts are never read as names. A hyphenated ending that makes a name an adjective
// ("Mueller-led") is not part of the word.
const WORD = /(?:\p{Lu}\.){2,}|\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}&])|[\p{Script=Latin}\p{M}]+(?:[-'’](?!(?:led|backed|based|born|era|style|owned|run|linked|allied|aligned|friendly)\b)[\p{Script=Latin}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
/** Abbreviations whose full stop belongs to the word, not to the sentence. */
const ABBREVIATION = new RegExp(`^(?:${TITLE_ABBREVIATIONS.join('|')}|\\p{Lu})$`, 'iu');

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  // exec on the one expression rather than matchAll, which copies the expression on every call.
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const start = m.index;
    const possessive = m[0].length > 2 && m[0].charCodeAt(m[0].length - 1) === 115 /* s */ && POSSESSIVE.test(m[0]);
    const word = possessive ? m[0].slice(0, -2) : m[0];
    // Where the word's own characters stop: after "'s", or after an abbreviation's full stop.
    let rawEnd = start + m[0].length;
    if (!possessive && text[rawEnd] === '.' && ABBREVIATION.test(word)) rawEnd += 1;
    if (tokens.length > 0) tokens[tokens.length - 1].gapAfter = text.slice(previousEnd, start);
    const acronym = word.includes('.') || (word.length > 1 && !hasAsciiLowerCase(word) && word === word.toUpperCase());
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: offset + start,
      end: offset + start + word.length,
      capitalised: !acronym && startsWithLatinCapital(word),
      acronym,
      possessive,
      gapAfter: text.slice(rawEnd),
      facts: undefined,
    });
    previousEnd = rawEnd;
  }
  return tokens;
}

/** A lower-case ASCII letter: the word is not all capitals (toUpperCase would change it). */
function hasAsciiLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function startsWithLatinCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^(?=\p{Script=Latin})\p{Lu}/u.test(word);
}

/** Two words are one phrase when only spaces stand between them and the first is not a possessive. */
export function joined(a: Token): boolean {
  return !a.possessive && /^[ \t\u00a0]+$/u.test(a.gapAfter);
}
