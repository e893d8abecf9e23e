import type { ArticlePerson, Span } from '../model';
import { ALL_ABBREVIATIONS } from '../text/abbreviations';

export type Gender = 'male' | 'female';

/**
 * What the article itself says of a person's gender: an honorific in one of the names it uses ("Mr
 * Dahl", "Ms. Kowalski") or a gendered word in the role ("spokeswoman", "Queen"), else its pronouns
 * (`genderByPronoun`). Given names are not read: the same name is a man's in one language and a woman's
 * in another (Andrea, Nicola, Jean). Null when the article says nothing, or says both (two people merged
 * under one key).
 */
export function genderOf(person: Pick<ArticlePerson, 'name' | 'aliases' | 'role' | 'genderByPronoun'>): Gender | null {
  let male = false;
  let female = false;
  for (const name of [person.name, ...person.aliases]) {
    if (MALE_HONORIFIC.test(name)) male = true;
    else if (FEMALE_HONORIFIC.test(name)) female = true;
  }
  const role = person.role ? genderOfRole(person.role) : null;
  if (role === 'male') male = true;
  if (role === 'female') female = true;
  if (!male && !female) return person.genderByPronoun ?? null;
  return male === female ? null : male ? 'male' : 'female';
}

/** The gender a role or a description names ("the spokeswoman", "Queen"), if any. */
export function genderOfRole(words: string): Gender | null {
  const male = MALE_ROLE.test(words);
  const female = FEMALE_ROLE.test(words);
  return male === female ? null : male ? 'male' : 'female';
}

/** The gender of a text's singular pronouns when they are all of one ("her visit … she"); null for none or both. */
export function genderOfPronouns(text: string): Gender | null {
  const male = /\b(?:he|his|him)\b/i.test(text);
  const female = /\b(?:she|her)\b/i.test(text);
  return male === female ? null : male ? 'male' : 'female';
}

/** The gender a pronoun refers to ("he", "him", "she", "her"); null for "they", "it" and other words. */
export function genderOfPronoun(word: string): Gender | null {
  const w = word.toLowerCase();
  return w === 'he' || w === 'him' || w === 'his' ? 'male' : w === 'she' || w === 'her' ? 'female' : null;
}

const MALE_HONORIFIC = /^(?:Mr|Mister|Messrs|Sir|Lord)\b\.?\s/u;
const FEMALE_HONORIFIC = /^(?:Mrs|Ms|Miss|Madam|Madame|Mme|Mlle|Dame|Lady)\b\.?\s/u;
/** "Chairman" is left out: it is still the title of many women who chair. */
const MALE_ROLE = /\b(?:(?:spokes|congress|business|country|states|council|assembly)man|king|prince|duke|emperor|husband|father|son|brother)\b/iu;
const FEMALE_ROLE = /\b(?:\p{L}*woman|queen|princess|duchess|empress|countess|baroness|first lady|wife|mother|daughter|sister)\b/iu;

/**
 * The gender an article's own pronouns give its people: "Meloni said she …", or a sentence that names only Meloni
 * followed by one that opens with "She …". Kept only where such pronouns agree, two to one or better (a pronoun may
 * be someone's the article does not name). For who "she said" and "her visit" are, where no honorific or role tells.
 * `others` are names that may be more than one person's: a sentence with one of them names more than one person.
 */
export function gendersByPronoun(text: string, people: readonly Pick<ArticlePerson, 'key' | 'mentions'>[], others: readonly Span[] = []): Map<string, Gender> {
  const mentions = [
    ...people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, key: p.key as string | null }))),
    ...others.map((m) => ({ start: m.start, end: m.end, key: null })),
  ].sort((a, b) => a.start - b.start);
  const votes = new Map<string, { male: number; female: number }>();
  const vote = (key: string, pronoun: string, weight: number) => {
    const v = votes.get(key) ?? votes.set(key, { male: 0, female: 0 }).get(key)!;
    v[genderOfPronoun(pronoun)!] += weight;
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.key === null) continue;
    const next = mentions[i + 1];
    // "Meloni, speaking in Rome, said she …", with no one else named before the pronoun: the surer sign, counted twice.
    const said = SAID_PRONOUN.exec(text.slice(m.end, m.end + 160));
    if (said && !(next && next.start < m.end + said[0].length)) vote(m.key, said[1], 2);
    // A sentence that names only them, as its subject, with no pronoun of anyone else, and the next opens with "He"
    // or "She" ("President Kenyatta will receive her at the State House. She is expected …" is the guest's).
    const end = sentenceEnd(text, m.end);
    const opening = end < 0 ? null : NEXT_OPENS_WITH_PRONOUN.exec(text.slice(end, end + 12));
    if (!opening || (next && next.start < end)) continue;
    const start = sentenceStart(text, m.start);
    const previous = mentions[i - 1];
    if (previous && previous.end > start && previous.key !== m.key) continue;
    // Their own relative clause may have their pronoun ("Meloni, who was making her first visit, said …. She …").
    const after = text.slice(m.end, end).replace(OWN_RELATIVE_CLAUSE, '');
    if (TITLES_ONLY.test(text.slice(start, m.start)) && !PERSONAL_PRONOUN.test(text.slice(start, m.start) + after)) vote(m.key, opening[1], 1);
  }
  const out = new Map<string, Gender>();
  for (const [key, { male, female }] of votes) {
    if (male >= 2 * female && male > 0) out.set(key, 'male');
    else if (female >= 2 * male && female > 0) out.set(key, 'female');
  }
  return out;
}
/** A speech verb after a name, and the subject pronoun of what was said: "said she", ", who …, says that he". */
const SAID_PRONOUN =
  /^(?:['’]s?)?\s*(?:,[^,.;:!?"“”\n]{1,100},\s*)?(?:has\s+|had\s+)?(?:said|says|added|adds|noted|notes|stressed|insisted|argued|explained|warned|wrote|writes|recalled|admitted|acknowledged)\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:that\s+)?(he|she)\b/u;
const NEXT_OPENS_WITH_PRONOUN = /^\s+(He|She)\s+\p{Ll}/u;
/** What may stand before a sentence's subject: capitalised words of a title ("Tanzania President", "U.S. Secretary of State"). */
const TITLES_ONLY = /^[\s"“‘'(]*(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|for|and)\s+)*$/u;
const OWN_RELATIVE_CLAUSE = /^['’]?s?,\s+who\s+[^,;:"“”]{1,120},/u;
const PERSONAL_PRONOUN = /\b(?:he|she|him|her|his|hers|himself|herself)\b/iu;

/** Where the sentence with `at` in it ends (after its full stop), or -1 at a line's end first. */
function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length && i < at + 600; i++) {
    const c = text[i];
    if (c === '\n') return -1;
    if (endsSentence(text, i)) return i + 1;
  }
  return -1;
}

/** Where the sentence with `at` in it starts: after the last full stop and space before it, or its line's start. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i > at - 600; i--) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if (endsSentence(text, i)) return i + 1;
  }
  return Math.max(0, at - 600);
}

/** A full stop, "!" or "?" before white space, not after an initial or an abbreviation ("Ms. Meloni", "U.S. envoy"). */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if ((c !== '.' && c !== '!' && c !== '?') || !/\s/.test(text[i + 1] ?? '')) return false;
  if (c !== '.') return true;
  const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1];
  return !word || (word.length > 1 && !ABBREVIATED.has(word.toLowerCase()));
}
const ABBREVIATED = new Set(ALL_ABBREVIATIONS.map((w) => w.toLowerCase()));
