import { rememberedByWord } from './remembered';

/**
 * Comparing name words across spellings. Names from Cyrillic reach English in several romanisations
 * (Havrylov / Gavrilov, Zelensky / Zelenskyy, Sergei / Sergey), names from Persian too (Araqchi /
 * Araghchi): `foldName` maps them to one form.
 */

/** The Arabic article written onto a name word ("al-Sisi", "El-Baradei"), which outlets also leave out. */
const ARABIC_ARTICLE_PREFIX = /^(?:al|el)[-‐‑](?=\p{L}{3})/iu;

/** A name word without the Arabic article written onto it: "al-Sisi" → "Sisi". */
export function withoutArabicArticlePrefix(word: string): string {
  return word.replace(ARABIC_ARTICLE_PREFIX, '');
}

/** A spelling-blind form of one name word: accents, case and the usual romanisation choices removed. */
export const foldName = rememberedByWord(fold);

/** Letters with no decomposition into a base letter and a mark: Turkish ı, Polish ł, Nordic ø, æ, German ß… */
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ð: 'd', þ: 'th' };
const UNDECOMPOSED_RE = /[ıłŁøØđĐßæÆœŒðþ]/g;
const plainLetters = (word: string) => word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c]);

function fold(word: string): string {
  return plainLetters(word)
    .toLowerCase()
    .replace(/['’.-]/g, '')
    .replace(/ks/g, 'x')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/kh/g, 'h')
    // Persian ق and غ are romanised Q or Gh: Araqchi / Araghchi.
    .replace(/gh/g, 'q')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    // Ukrainian Г is romanised H where Russian gives G: Havrylov / Gavrilov.
    .replace(/h/g, 'g')
    // Arabic ق is Q or K, and French spellings write U as OU: Faruq / Farouk, Yusuf / Youssouf.
    .replace(/q/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/(.)\1+/g, '$1')
    // A final V is written F in German and Nordic spellings and in older romanisations: Gustav / Gustaf, Ivanov / Ivanoff.
    .replace(/f$/, 'v');
}

/**
 * Given names that open differently in their Ukrainian and their Russian or English form (Oleksandr / Alexander,
 * Mykola / Nikolai), or in two romanisations of Russian or Kazakh: the folded opening of one, and the other's. General knowledge of romanisation, not of anyone.
 */
const EQUIVALENT_OPENINGS: Array<[string, string]> = [
  ['olex', 'alex'],
  ['mikol', 'nikol'],
  // A Cyrillic Е that opens a name is romanised Ye or E: Yerlan / Erlan, Yevgeny / Evgeny, Yelena / Elena.
  ['ie', 'e'],
];
const sameOpening = (x: string) => EQUIVALENT_OPENINGS.reduce((w, [from, to]) => (w.startsWith(from) ? to + w.slice(from.length) : w), x);

/** Two given names that can be one person's: equal once folded, one a short form, or one letter apart. */
export function compatibleGivenNames(a: string, b: string): boolean {
  const x = sameOpening(foldName(a));
  const y = sameOpening(foldName(b));
  if (x === y) return true;
  if (x[0] !== y[0]) return false;
  if (x.startsWith(y) || y.startsWith(x)) return Math.min(x.length, y.length) >= 3;
  return Math.min(x.length, y.length) >= 4 && editDistance(x, y) <= 2;
}

/**
 * Given names written after a family name that are one letter apart, romanised two ways or misspelt: "Jong-un" /
 * "Jung-un", "Jinping" / "Jingping", and Korean "eo" written "u" ("Suk-yeol" / "Seok-yeol", "Jung" / "Jeong"). Short
 * ones ("Hui" / "Hua") are different names.
 */
export function variantGivenNames(a: string, b: string): boolean {
  const x = a.split(/\s+/).map(foldName).join('');
  const y = b.split(/\s+/).map(foldName).join('');
  if (x === y || x.replace(/eo/g, 'u') === y.replace(/eo/g, 'u')) return true;
  return Math.min(x.length, y.length) >= 5 && editDistance(x, y) <= 1;
}

/**
 * Family names romanised with other vowels, folded: "Afwerki" / "Afewerki" / "Afeworki". The same consonants in the
 * same order, two letters apart at most, six letters or more (short names differ by a vowel: "Ali" / "Ala").
 */
export function vowelVariants(x: string, y: string): boolean {
  return Math.min(x.length, y.length) >= MIN_VOWEL_VARIANT && consonantsOf(x) === consonantsOf(y) && editDistance(x, y) <= 2;
}
const MIN_VOWEL_VARIANT = 6;

/** A long family name of one word one letter apart, folded: "Sheinbaum" / "Scheinbaum" (eight letters or more; not
 * "Brekke Jr" / "Brekke Sr"). */
export function typoVariants(x: string, y: string): boolean {
  return Math.min(x.length, y.length) >= MIN_TYPO_VARIANT && !x.includes(' ') && !y.includes(' ') && editDistance(x, y) <= 1;
}
const MIN_TYPO_VARIANT = 8;

/** A folded name's consonants, in order: what vowelVariants compares ("afeverki" → "fvrk"). */
export function consonantsOf(folded: string): string {
  return folded.replace(/[aeiou\s]/g, '');
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** A stable id for a name: "Li Shangfu" → "li-shangfu". */
export function slug(name: string): string {
  return plainLetters(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** Words a title-cased phrase keeps in lower case after its first word. */
const MINOR_WORDS = new Set(['of', 'for', 'the', 'and', 'to', 'in', 'on', 'at', 'de', 'van', 'von', 'bin', 'al']);

/** Capitals as a name or a role is written: "ANTHONY ALBANESE" → "Anthony Albanese", "MEMBER FOR BENNELONG" → "Member for Bennelong". */
export function titleCase(words: string): string {
  return words
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L}+)/gu, (whole: string, before: string, word: string) =>
      before !== '' && /\s/u.test(before) && MINOR_WORDS.has(word) ? whole : before + word[0].toUpperCase() + word.slice(1),
    );
}

/** 'Marcus "Tank" Delaney', "Liam 'Tank' Gallagher": a nickname in quotation marks between two words of a name. */
const NICKNAME_IN_NAME = /(\p{Lu}[\p{L}'’-]+)(\s+["“'‘]\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?["”'’]\s+)(?=\p{Lu}[\p{L}'’-]+)/gu;
/** A quotation mark after a word and a space, before a capital (the look-behind lets V8 skip ahead to a mark). */
const MAY_HOLD_NICKNAME = /(?<=\p{L}\s+)["“'‘]\p{Lu}/u;
/** A nickname's closing mark, then a capitalised word: what NICKNAME_IN_NAME needs after the opening one. */
const NICKNAME_CLOSING = /\p{L}["”'’]\s+\p{Lu}/u;

/** The text with each nickname inside a name blanked, so that the name reads whole; offsets stay put. */
export function withoutNicknames(text: string): string {
  if (!MAY_HOLD_NICKNAME.test(text)) return text;
  return text.replace(NICKNAME_IN_NAME, (_, given: string, nickname: string) => given + ' '.repeat(nickname.length));
}

/** Each nickname inside a name in the text ('Luis Inácio "Lula" Da Silva'), with where the name goes on after it. */
export function nicknamesInNames(text: string): Array<{ nickname: string; nameAfter: number }> {
  if (!MAY_HOLD_NICKNAME.test(text) || !NICKNAME_CLOSING.test(text)) return [];
  return [...text.matchAll(NICKNAME_IN_NAME)].map((m) => ({
    nickname: m[2].replace(/^\s*["“'‘]|["”'’]\s*$/gu, ''),
    nameAfter: m.index! + m[0].length,
  }));
}

/** Whether the quotation whose marks open at `open` is a nickname inside a name: no one's words. */
export function isNicknameAt(text: string, open: number): boolean {
  const from = Math.max(0, open - 40);
  for (const m of text.slice(from, open + 60).matchAll(NICKNAME_IN_NAME)) {
    const mark = from + m.index! + m[1].length + m[2].search(/\S/u);
    if (mark === open) return true;
  }
  return false;
}

/** A suffix that tells people of one name apart ("Jr", "SR.", "III"), as a name is written with it ("Jr.", "III"). */
export function generationOfWord(word: string): string | undefined {
  return GENERATIONS.get(word.replace(/\.$/u, ''));
}
const GENERATIONS = new Map([['Jr', 'Jr.'], ['Sr', 'Sr.'], ['JR', 'Jr.'], ['SR', 'Sr.'], ['II', 'II'], ['III', 'III'], ['IV', 'IV']]);

/** A name without the suffix it ends with: "William H. Pauley" of "William H. Pauley III". */
export function withoutGeneration(name: string): string {
  const last = name.lastIndexOf(' ');
  return last > 0 && generationOfWord(name.slice(last + 1)) ? name.slice(0, last) : name;
}
