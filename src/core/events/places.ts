import type { Article, Span } from '../model';
import { eventWordSpans } from './cues';
import { canonicalPlace, capitalOf, countryOfDemonym, countryOfPlace, isCountryName, KNOWN_PLACE_SOURCE } from './geography';
import { matchesOf } from '../text/regexMatches';
import { hasTag } from '../nlp/nlp';
import { titleCase } from '../nlp/nameForms';

/** Lower-case nouns that end a venue name: "the Filoli estate", "the Vostochny cosmodrome". */
const VENUE_NOUN = '(?:estate|palace|hall|residence|guesthouse|guest house|cosmodrome|spaceport|airport|station|square|house|hotel|center|centre|museum|base|villa|resort|castle|compound)';
const CAP_WORD = "[A-Z][\\p{L}'’.-]*";
const PLACE_AFTER_PREPOSITION = new RegExp(
  `\\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|to|[Ii]nside|around|tour\\s+of|(?:planned|scheduled|slated|set)\\s+for)\\s+(?:the\\s+)?(?:(?:${CAP_WORD}\\s+)?(?:capital|city|town|port|village)(?:,\\s+|\\s+of\\s+|\\s+)(?=\\p{Lu}))?(${CAP_WORD}(?:\\s+(?:of\\s+the\\s+|of\\s+|de\\s+|la\\s+)?${CAP_WORD})*(?:\\s+${VENUE_NOUN})?)`,
  'gu',
);
/** "showed Kim ", "shows the visitors ": what comes before "around" when it names the place of a visit. */
const SHOWN_AROUND = /\bshow(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,3}$/;
const KNOWN_PLACE = new RegExp(`(?<![\\p{L}-])(${KNOWN_PLACE_SOURCE})(?![\\p{L}-])`, 'giu');

/** Capitalised words that are not places even after "in" or "at" ("in Belt and Road construction": the initiative). */
const NOT_A_PLACE =
  /^(?:Belt|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|President|Prime|Minister|Secretary|Mr|Mrs|Ms|Dr|Chancellor|King|Leader|Chairman|General|The|This|That|His|Her|Their|Its|A|An|I|We|It|Reuters|AFP|Xinhua|TASS|CNN|BBC|AP)\b/;
const ORGANISATION_WORD = /\b(?:Summit|Forum|Conference|Cooperation|Co-operation|Council|Committee|Ministry|Party|Union|Organi[sz]ation|News|Agency|Times|Post|Journal|Office|Commission|Assembly|Day|Dialogue|Meeting|Media|Press|Television|Broadcast|War|Wars|Revolution|Games|Olympics|Cup|Championships?|Festival|Anniversary)\b/;

/** A title inside the words: "due to Israeli Prime Minister Benjamin Netanyahu's …" names a person, not a place. */
const TITLE_WORD = /\b(?:President|Prime|Minister|Secretary|Chancellor|Chairman|Ambassador|Spokes(?:man|woman|person))\b/;
/** "in the Israeli captives deal", "in the South Korean capital": a nationality, not a place. */
const endsInDemonym = (name: string) => hasTag(name.slice(name.lastIndexOf(' ') + 1), 'Demonym');

interface PlaceMatch {
  name: string;
  /** Where the preposition ("in", "at") starts, and where the name starts, in the clause. */
  at: number;
  nameStart: number;
}

function placeMatches(text: string, isPersonAt: (index: number) => boolean): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  for (const m of matchesOf(PLACE_AFTER_PREPOSITION, text)) {
    const name = knownHead(m[1].replace(/['’]s$/, '').replace(/[.,]$/, ''));
    const index = m.index + m[0].length - m[1].length;
    // "killed in Russia's invasion": the possessor of what happened there, not the place it happened.
    if (name !== m[1] && TOPICAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (NOT_A_PLACE.test(name) || ORGANISATION_WORD.test(name) || TITLE_WORD.test(name) || endsInDemonym(name) || isPersonAt(index) || !looksLikePlaceName(name)) continue;
    // "around" names a place only where a host shows a guest around it: "tensions around Taiwan" does not.
    if (m[0].startsWith('around') && !SHOWN_AROUND.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    found.push({ name, at: m.index, nameStart: index });
  }
  if (!text.includes('capital')) return found;
  // "in the Kenyan capital", "in the Solomon Islands capital": the country's capital, when no name follows to say it.
  let capitals = 0;
  for (const m of matchesOf(CAPITAL_OF_COUNTRY, text)) {
    const name = capitalOf(m[1]);
    if (!name) continue;
    const end = m.index + m[0].length;
    // "in the Fiji capital": the capital, not the country's name read as the place.
    const country = found.findIndex((p) => p.at === m.index);
    if (country >= 0) found.splice(country, 1);
    found.push({ name, at: m.index, nameStart: end - name.length });
    capitals++;
  }
  return capitals ? found.sort((a, b) => a.at - b.at) : found;
}
const CAPITAL_OF_COUNTRY = /\b(?:[Ii]n|[Aa]t|to|[Nn]ear|[Oo]utside|[Ii]nside)\s+the\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+capital\b(?![,\s]+(?:of\s+)?\p{Lu})/gu;

/**
 * The places of the event a clause reports, in order: those attached to its event words ("met in Lima",
 * "talks at the Great Hall of the People in Beijing", "visited Kyiv", "In Beijing on Monday, … met"), not
 * every place the clause names ("… the war in Ukraine as the leaders met").
 */
export function findEventPlaces(text: string, isPersonAt: (index: number) => boolean = () => false, events = eventWordSpans(text)): string[] {
  if (events.length === 0) return [];
  return eventPlacesAmong(text, events, placeMatches(text, isPersonAt), isPersonAt);
}

/**
 * For a clause, reading its places once: every place named after a preposition ("in Lima", "at the Filoli
 * estate"; datelines are not places), and those of the event it reports (as findEventPlaces).
 */
export function findPlacesAndEventPlaces(text: string, isPersonAt: (index: number) => boolean): { places: string[]; eventPlaces: string[] } {
  const matches = placeMatches(text, isPersonAt);
  const events = eventWordSpans(text);
  return { places: matches.map((p) => p.name), eventPlaces: events.length === 0 ? [] : eventPlacesAmong(text, events, matches, isPersonAt) };
}

function eventPlacesAmong(text: string, events: readonly Span[], matches: PlaceMatch[], isPersonAt: (index: number) => boolean): string[] {
  const out: string[] = [];
  for (const p of matches) if (isAttached(text, p, events)) out.push(p.name);
  const destination = visitedPlace(text, events, isPersonAt);
  if (destination && !out.includes(destination)) out.unshift(destination);
  return out;
}

/** Words between an event word and a place that hand the place to something else: "met to discuss the war in …". */
const DETACHING =
  /[;:!?—–"“”]|\s--\s|\b(?:as|while|but|which|who|that|because|although|though|whereas|amid|despite|where|when|after|before|since|following|if|unless)\b|\bto\s+(?!the\b|a\b)[a-z]+\b|\b(?:on|about|over|regarding|concerning|against)\s+(?!(?:the\s+)?(?:sidelines|margins?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d))/;
/** Nouns whose "in X" is where they are, not where the event is: "the war in Ukraine", "tensions in the region". */
const TOPICAL_WORDS = 'war|wars|conflict|crisis|situation|peace|fighting|invasion|struggle|tensions?|troops|forces|offensive|operation|violence|attacks?|elections?|protests?|investments?|interests?|presence|people|citizens|refugees|victims|children|economy|markets?';
const TOPICAL_NOUN = new RegExp(`\\b(?:${TOPICAL_WORDS})['’"”]?\\s*$`, 'i');
/** After a possessive place ("in Russia's full-scale invasion"): a topical noun makes the place its possessor. */
const TOPICAL_AFTER = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${TOPICAL_WORDS}|army|military|strikes?|bombing|aggression|government|leadership)\\b`, 'u');
const MAX_REACH = 120;
/** What stands before an occasion that is only talked about: "concerns about the", "reports over a". */
const TALKED_ABOUT = /\b(?:about|over|regarding|concerning)\s+(?:the|a|an|their|his|her|its)\s+(?:[\p{L}-]+\s+)?$/u;

function isAttached(text: string, place: PlaceMatch, events: readonly Span[]): boolean {
  if (TOPICAL_NOUN.test(text.slice(Math.max(0, place.at - 20), place.at))) return false;
  // "to raise concerns about the visit of Chinese vessels to Sri Lanka": an occasion talked about is not the clause's.
  const before = events.filter((e) => e.end <= place.at && !TALKED_ABOUT.test(text.slice(Math.max(0, e.start - 40), e.start)));
  const last = before[before.length - 1];
  if (last && place.at - last.end <= MAX_REACH && !DETACHING.test(text.slice(last.end, place.at).replace(HELD_THERE, ' '))) return true;
  // "In Beijing on Monday, Blinken met …": a place that opens the clause sets the scene of its event.
  const after = events.find((e) => e.start >= place.at);
  if (after === undefined) return false;
  // "sat down … in Vienna for talks": the place where they sat down for the event.
  if (FOR_THE_EVENT.test(text.slice(place.nameStart + place.name.length, after.start))) return true;
  return /^\W*$/.test(text.slice(0, place.at)) && !/[;:]/.test(text.slice(place.at, after.start));
}
/** "a summit that was due to open in Lomé", "talks with Holm set to take place in Doha", "the council, to be held in Toulon": right after the event word (and who
 * it is with), its own place, told with its plan. */
const HELD_THERE =
  /^(?:\s+(?:with|between|of|for)\s+[^,;:.]{1,50}?)?[\s,]*(?:(?:that|which)\s+)?(?:(?:was|is|were|are|had\s+been|has\s+been|will\s+be)\s+)?(?:(?:due|set|scheduled|planned|expected|slated|meant|supposed)\s+)?to\s+(?:open|be\s+held|take\s+place|start|begin|convene|resume)\b|^(?:\s+(?:with|between|of|for)\s+[^,;:.]{1,50}?)?[\s,]*(?:that|which)\s+(?:opened|began|started|convened|resumed|was\s+held|were\s+held|took\s+place)\b/u;
const FOR_THE_EVENT = /^\s+for\s+(?:(?:the|a|an|their|his|her|new|fresh|further|more)\s+)?(?:[\p{L}-]+\s+)?$/u;

const WHOLE_KNOWN_PLACE = new RegExp(`^(?:${KNOWN_PLACE_SOURCE})$`, 'iu');
/** Words of a journey that take its destination next: "visited Kyiv", "travel to China", "flew to Moscow". */
const VISIT_VERB = /^(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?\s+to|flew\s+(?:in)?to|head(?:s|ed|ing)?\s+to)$/i;
/** "visited Samarkand", "visit the city of Samarkand", "toured the port city of Durban": the name after the verb. */
const CAPITALISED_NAME = /^\s+(?:the\s+)?(?:(?:\p{L}+\s+)?(?:capital|city|town|port|village|region|province)(?:\s+of|,)?\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*)*)/u;

const GOES_TO = /^(?:travel(?:s|led|ed|ling|ing)?\s+to|flew\s+(?:in)?to|head(?:s|ed|ing)?\s+to)$/i;
const PLACE_NOUN = /\b(?:capital|city|town|port|village)\b/;

/** "visited Kyiv", "visits Ukraine", "will travel to China": the destination a journey's verb takes. */
function visitedPlace(text: string, events: readonly Span[], isPersonAt: (index: number) => boolean): string | null {
  for (const e of events) {
    if (!VISIT_VERB.test(text.slice(e.start, e.end))) continue;
    const m = CAPITALISED_NAME.exec(text.slice(e.end, e.end + 60));
    if (!m) continue;
    const name = knownHead(m[1].replace(/['’]s$/, '').replace(/[.,]$/, ''));
    const at = e.end + m[0].length - m[1].length;
    if (isPersonAt(at) || NOT_A_PLACE.test(name) || ORGANISATION_WORD.test(name) || TITLE_WORD.test(name) || endsInDemonym(name)) continue;
    if (countryOfPlace(name) !== null || WHOLE_KNOWN_PLACE.test(name)) return name;
    // "travelled to Honiara", "the central city of Da Nang": one goes to a place, and a city is named as one.
    if ((GOES_TO.test(text.slice(e.start, e.end)) || m[0] !== m[1] && PLACE_NOUN.test(m[0])) && looksLikePlaceName(name)) return name;
  }
  return null;
}

/**
 * Places below the level of a country, in a comparable form: "Beijing's Great Hall of the People" gives
 * "beijing" and "great hall of the people"; "Kiev" gives "kyiv".
 */
export function specificPlaces(places: string[]): string[] {
  const out = new Set<string>();
  for (const p of places) {
    const whole = canonicalPlace(p);
    if (!isCountryName(p)) out.add(whole);
    for (const m of matchesOf(KNOWN_PLACE, p)) if (!isCountryName(m[1])) out.add(canonicalPlace(m[1]));
    const possessed = /^\p{Lu}[\p{L}-]*['’]s\s+(.+)$/u.exec(p);
    if (possessed) out.add(canonicalPlace(possessed[1]));
  }
  return [...out];
}

/** The countries the places of a clause are in, as far as the gazetteer knows. */
export function countriesOfPlaces(places: string[]): string[] {
  const out = new Set<string>();
  for (const p of places) {
    const whole = countryOfPlace(p) ?? countryOfDemonym(p.split(/\s+/)[0]);
    if (whole) out.add(whole);
    for (const m of matchesOf(KNOWN_PLACE, p)) {
      const c = countryOfPlace(m[1]);
      if (c) out.add(c);
    }
  }
  return [...out];
}

/**
 * A known place run into the capitalised words after it, as a headline in title case writes them ("Visit to China
 * Strengthens Mutual Understanding"): the place alone. A name the gazetteer knows whole, or a venue ("Beijing Capital
 * International Airport", "Hanoi Opera House"), is kept whole.
 */
function knownHead(name: string): string {
  if (!name.includes(' ') || countryOfPlace(name) !== null || VENUE_END.test(name)) return name;
  const words = name.split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) {
    const head = words.slice(0, k).join(' ');
    if (countryOfPlace(head) !== null) return head;
  }
  return name;
}
const VENUE_END = new RegExp(`\\s${VENUE_NOUN}$`, 'i');

function looksLikePlaceName(name: string): boolean {
  return name.length >= 3 && !/^[A-Z]{2,}$/.test(name.replace(/\s.*/, '')) || countryOfPlace(name) !== null;
}

/** "BRUSSELS (Reuters) -", "OSLO, April 24 (AFP) —", "CAIRO. KAZINFORM –": the capitals that open a story. */
const DATELINE_PLACE = /^((?:ST\.\s+)?\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:\s+\p{Lu}[\p{Lu}'’-]*\p{Lu}){0,2})(?:,\s+[^()\n]{1,40}?|\.\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,})?)?\s*(?:\([^()]{1,40}\)\s*)?(?:--|[-–—])\s/u;
/** Capitals that open a story and are no place: "EXCLUSIVE -", "ANALYSIS -", "UPDATE 2-". */
const NOT_A_DATELINE = /^(?:EXCLUSIVE|ANALYSIS|FACTBOX|FACT\s*BOX|UPDATE|BREAKING|WATCH|OPINION|EDITORIAL|INTERVIEW|COMMENT|COMMENTARY|LIVE|VIDEO|PHOTOS?|FEATURE|EXPLAINER|INSIGHT|REVIEW|NEWS|CORRECTED|REFILE|WRAPUP|POLL|UPDATED|URGENT|FLASH|ALERT)\b/u;
/** "By Ana Ruiz in Lima", "By our correspondent in Lima": where the reporter wrote from. */
const BYLINE_PLACE = /^(?:[Bb]y|[Rr]eporting\s+by)\s+\p{Lu}[^.!?"“”\n]{0,100}?\s+in\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?)\s*$/u;
/** How many blocks open an article, where its dateline or byline is. */
const DATELINE_REACH = 10;
const BYLINE_LENGTH = 160;

/**
 * The city an article reports from, as its dateline ("BRUSSELS (Reuters) - …", "CAIRO. KAZINFORM – …") or its byline
 * ("By Ana Ruiz in Lima") gives it, in ordinary capitals ("Brussels"); null when it gives none.
 */
export function datelinePlace(article: Article): string | null {
  for (const block of article.blocks.slice(0, DATELINE_REACH)) {
    if (block.kind === 'boilerplate' || block.kind === 'headline') continue;
    const text = article.text.slice(block.start, Math.min(block.end, block.start + 120));
    const line = DATELINE_PLACE.exec(text);
    if (line && !NOT_A_DATELINE.test(line[1]) && /\p{Lu}{3}/u.test(line[1])) return titleCase(line[1]);
    const byline = block.end - block.start <= BYLINE_LENGTH ? BYLINE_PLACE.exec(text) : null;
    if (byline && !NOT_A_PLACE.test(byline[1]) && !ORGANISATION_WORD.test(byline[1])) return byline[1];
  }
  return null;
}

