import type { ArticlePerson } from '../model';

export type Gender = 'male' | 'female';

/**
 * What the article itself says of a person's gender: an honorific in one of the names it uses ("Mr
 * Dahl", "Ms. Kowalski") or a gendered word in the role ("spokeswoman", "Queen"). Given names are not
 * read: the same name is a man's in one language and a woman's in another (Andrea, Nicola, Jean).
 * Null when the article says nothing, or says both (two people merged under one key).
 */
export function genderOf(person: Pick<ArticlePerson, 'name' | 'aliases' | 'role'>): Gender | null {
  let male = false;
  let female = false;
  for (const name of [person.name, ...person.aliases]) {
    if (MALE_HONORIFIC.test(name)) male = true;
    else if (FEMALE_HONORIFIC.test(name)) female = true;
  }
  const role = person.role ? genderOfRole(person.role) : null;
  if (role === 'male') male = true;
  if (role === 'female') female = true;
  return male === female ? null : male ? 'male' : 'female';
}

/** The gender a role or a description names ("the spokeswoman", "Queen"), if any. */
export function genderOfRole(words: string): Gender | null {
  const male = MALE_ROLE.test(words);
  const female = FEMALE_ROLE.test(words);
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
