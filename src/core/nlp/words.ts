import type { Token } from './tokens';
import { hasTag, lexiconPhrasesTagged, lexiconTags } from './nlp';
import { rememberedByWord } from './remembered';

/**
 * What the lexicon says of one lower-case word, each answer worked out on first need. Every token of the word
 * shares it, and a token keeps it: a token asked several questions looks its word up once.
 */
export interface WordFacts {
  tags: readonly string[];
  title?: boolean;
  honorific?: boolean;
  role?: boolean;
  notPerson?: boolean;
  common?: boolean;
}
const factsOfWord = rememberedByWord(
  (lower): WordFacts => ({ tags: tagsOfWord(lower), title: undefined, honorific: undefined, role: undefined, notPerson: undefined, common: undefined }),
);
/** "chancellor-in-waiting", "president-elect", "minister-designate": a title with a suffix is that title. */
const TITLE_WITH_SUFFIX = /^(\p{L}+)-(?:elect|designate|in-waiting|nominee)$/u;
function tagsOfWord(lower: string): readonly string[] {
  // "Bogotá" is Bogota, but "Germán" is no German: English writes its demonyms without accents.
  const tags = lexiconTags(lower).length || !NON_ASCII.test(lower) ? lexiconTags(lower) : lexiconTags(withoutDiacritics(lower)).filter((t) => t !== 'Demonym');
  // "Anglo-Finnish", "Sino-Russian": a compound ending in a demonym is one.
  const compound = tags.length === 0 ? DEMONYM_COMPOUND.exec(lower) : null;
  if (compound && lexiconTags(compound[1]).includes('Demonym')) return ['Demonym'];
  const title = tags.length === 0 ? TITLE_WITH_SUFFIX.exec(lower) : null;
  const head = title ? lexiconTags(title[1]) : null;
  if (head && head.includes('PersonTitle')) return head;
  // Only a plural the lexicon knows as people ("ministers", "presidents") or not at all ("envoys"): "heads" and
  // "chairs" are verbs as often ("Moon heads home").
  if (SCIENTIST.test(lower) && !tags.includes('PersonTitle')) return [...tags, 'PersonTitle'];
  const plural = tags.length === 0 || (tags.includes('Actor') && !tags.includes('PersonTitle')) ? PLURAL_TITLE.exec(lower) : null;
  return plural && lexiconTags(plural[1]).includes('PersonTitle') ? [...tags, 'PersonTitle'] : tags;
}
const DEMONYM_COMPOUND = /^\p{L}+-(\p{L}+)$/u;
/** "geomicrobiologist Aiko Tanabe", "a marine biogeochemist": a scientist's field, however compound, names an occupation. */
const SCIENTIST = /^\p{L}{2,}(?:ologist|chemist|physicist|onomist)$/u;
/** "María", "José", "Zoë": a word the lexicon knows only without its accents is that word. */
const NON_ASCII = /[^\x00-\x7f]/u;
const withoutDiacritics = (w: string) => w.normalize('NFD').replace(/\p{M}+/gu, '');

/** "Presidents X and Y", "foreign ministers A and B": a title in the plural, before the names it titles. */
const PLURAL_TITLE = /^(\p{L}{3,}?)s$/u;
const factsOf = (t: Token): WordFacts => (t.facts ??= factsOfWord(t.lower));

/** What compromise's lexicon (with our plugin) says about single words; lookups only, no tagging run. */

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];
const NOT_PERSON_TAGS = ['Country', 'City', 'Region', 'Place', 'Organization', 'Month', 'WeekDay', 'Holiday', 'Demonym', 'PlaceEnding'];
const CONNECTORS = new Set(['of', 'for', 'and', 'to', 'on', 'the']);

export const isTitle = (t: Token) => {
  if (t.readAsName) return false;
  const f = factsOf(t);
  return (f.title ??= f.tags.includes('PersonTitle'));
};
export const isHonorific = (t: Token) => {
  const f = factsOf(t);
  return (f.honorific ??= hasTag(t.lower.replace(/\.$/, ''), 'Honorific'));
};
export const isConnector = (t: Token) => CONNECTORS.has(t.lower);
/** A role that says only how the person stands to someone else ("Chinese counterpart", "his predecessor"): the last choice of a person's roles. */
export const isRelationalRole = (role: string) => RELATIONAL_ROLE.test(role);
const RELATIONAL_ROLE = /\b(?:counterparts?|predecessors?|successors?|opposite numbers?|hosts?|guests?|co-?authors?|allies|ally|friends?|rivals?|husband|wife|sons?|daughters?|brothers?|sisters?|father|mother)$/iu;
export const isSpeechCue = (t: Token) => factsOf(t).tags.includes('SpeechCue');
export const isPlaceEnding = (t: Token) => factsOf(t).tags.includes('PlaceEnding');
const tagsOf = (w: Token | string) => (typeof w === 'string' ? lexiconTags(w) : factsOf(w).tags);
export const isGivenName = (w: Token | string) => (typeof w !== 'string' && w.readAsName === true) || tagsOf(w).some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName');
export const isSurname = (w: Token | string) => tagsOf(w).includes('LastName');
/** A word the lexicon knows nothing of ("Imogen", "shopkeeper"). */
export const isUnknownWord = (t: Token) => factsOf(t).tags.length === 0;
/** A word the lexicon knows as a person's name of no particular kind ("Victoria", "Jordan"). */
export const isPersonWord = (t: Token) => factsOf(t).tags.includes('Person');

/** A word that builds a title: "Deputy", "Minister", "Mr", "Chinese", "Affairs". */
export function isRoleWord(t: Token): boolean {
  if (t.readAsName) return false;
  const f = factsOf(t);
  return (f.role ??= f.tags.some((x) => x === 'PersonTitle' || x === 'Honorific' || x === 'RoleModifier' || x === 'Demonym'));
}

/** Words that name an office: "PRIME MINISTER", "Minister for Foreign Affairs" (role words, a title among them, and "of", "for"…). */
export function namesOffice(words: readonly string[]): boolean {
  let title = false;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (CONNECTORS.has(lower)) continue;
    const tags = factsOfWord(lower).tags;
    if (tags.includes('PersonTitle')) title = true;
    else if (!tags.some((x) => x === 'Honorific' || x === 'RoleModifier' || x === 'Demonym')) return false;
  }
  return title;
}

/** A capitalised word that names a place, a body, a day or a nationality: it rules out a person. */
export function isNotPersonWord(t: Token): boolean {
  if (t.readAsName) return false;
  const f = factsOf(t);
  return (f.notPerson ??= f.tags.some((x) => NOT_PERSON_TAGS.includes(x)) && !f.tags.some((x) => NAME_TAGS.includes(x)));
}

/** A word that names a country, region or body, or a time (not a town, nor a word that ends a place's name). */
export function namesCountryOrBody(t: Token): boolean {
  return !t.readAsName && factsOf(t).tags.some((x) => COUNTRY_OR_BODY_TAGS.includes(x));
}
const COUNTRY_OR_BODY_TAGS = ['Country', 'Region', 'Organization', 'Demonym', 'Month', 'WeekDay', 'Holiday'];

/** "Will", "Hope", "Paris": a given name that is also an ordinary word or a place (plugin.ts). */
export const isGivenNameWord = (t: Token) => factsOf(t).tags.includes('GivenNameWord');

/** "June", "Jan", "Jun": a month's name (some are also given names, or parts of Korean and Chinese names). */
export const isMonthWord = (t: Token) => factsOf(t).tags.includes('Month');

/** "Sunday", "Monday": a day of the week. */
export const isWeekdayWord = (t: Token) => !t.readAsName && factsOf(t).tags.includes('WeekDay');

/** Two or three words compromise knows together as a place or body: "Sri Lanka", "Abu Dhabi". */
export function holdsPlaceName(words: Token[]): boolean {
  for (let i = 0; i < words.length - 1; i++) if (placeNameLength(words, i, words.length) > 0) return true;
  return false;
}

/** How many words from `at` (two or three, before `end`) compromise knows together as a place or body; 0 if none. */
export function placeNameLength(words: Token[], at: number, end: number): number {
  if (at + 2 > end || !placeOpeners().get(words[at].lower)?.has(words[at + 1].lower)) return 0;
  const two = `${words[at].lower} ${words[at + 1].lower}`;
  if (at + 3 <= end && isPlacePhrase(`${two} ${words[at + 2].lower}`)) return 3;
  return isPlacePhrase(two) ? 2 : 0;
}
const isPlacePhrase = (phrase: string) => lexiconTags(phrase).some((x) => NOT_PERSON_TAGS.includes(x));
let openers: Map<string, Set<string>> | undefined;
/** The first two words of the lexicon's places and bodies of several words: "new" → "york", "delhi", …. */
function placeOpeners(): Map<string, Set<string>> {
  if (!openers) {
    openers = new Map();
    for (const phrase of lexiconPhrasesTagged((tags) => tags.some((x) => NOT_PERSON_TAGS.includes(x)))) {
      const [first, second] = phrase.split(' ');
      let seconds = openers.get(first);
      if (!seconds) openers.set(first, (seconds = new Set()));
      seconds.add(second);
    }
  }
  return openers;
}

/**
 * An ordinary English word ("During", "Great", "Prosecutors"): capitalised only because it starts a
 * sentence or a headline. Plurals are looked up by their singular, which the lexicon holds.
 */
export function isCommonWord(t: Token): boolean {
  if (t.readAsName) return false;
  const f = factsOf(t);
  return (f.common ??= commonWord(t.lower));
}
function commonWord(lower: string): boolean {
  const ordinary = (w: string) => {
    const tags = lexiconTags(w);
    return tags.length > 0 && !tags.some((x) => NAME_TAGS.includes(x) || x === 'ProperNoun' || NOT_PERSON_TAGS.includes(x));
  };
  const word = lower.replace(/’/g, "'");
  return ordinary(word) || (/[^s]s$/.test(word) && ordinary(word.slice(0, -1)));
}

/** A verb in the past tense of the regular form, and no name or place word: "Welcomed", "Visited" (not "Won", as in Jo Yong Won). */
export function isPastTenseVerb(t: Token): boolean {
  if (t.readAsName) return false;
  const { tags } = factsOf(t);
  return t.lower.endsWith('ed') && tags.includes('PastTense') && !tags.some((x) => NAME_TAGS.includes(x) || NOT_PERSON_TAGS.includes(x));
}

/** Lower-case particles inside names: "Mohammed bin Salman", "Ursula von der Leyen". */
const PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'dos', 'das', 'ter']);
export const isParticle = (t: Token) => PARTICLES.has(t.lower);
/** The particles that open a father's name in a name: "Mohammed bin Salman", "Qaboos bin Said". */
export const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben']);
/** Whether a lower-case word is a particle of names. */
export const isParticleWord = (lower: string) => PARTICLES.has(lower);

/**
 * The shape of a word in a name: capitalised ("Putin", "McDonell", "al-Assad"), not a contraction
 * ("I've"), not half an acronym ("China-U.S."), not camel-case branding ("BlackBerry", "iDrive"), more than an initial.
 */
export function hasNameShape(t: Token): boolean {
  if (t.acronym) return false;
  // Most words of running text start with a lower-case letter: no name, unless it is "al-" or "el-".
  const first = t.text.charCodeAt(0);
  if (first >= 97 && first <= 122 && !/^(?:al|el)-/.test(t.text)) return false;
  return nameShape(t.text);
}
const nameShape = rememberedByWord((text) => {
  const word = text.replace(/^(?:al|el)-(?=\p{Lu})/u, '');
  if (!/^\p{Lu}/u.test(word) || word.length < 2) return false;
  if (/['’](?:ve|ll|re|d|m|t)$/iu.test(word) || /-\p{Lu}?$/u.test(word)) return false;
  return !/\p{Ll}\p{Lu}/u.test(word.replace(/^(?:Mc|Mac|O['’]|De|Di|Da|La|Le|Van|Von|Fitz)(?=\p{Lu})/u, ''));
});
