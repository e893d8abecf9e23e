import { canonicalPlace, countryOfDemonym, countryOfPlace, isCountryName, KNOWN_PLACE_SOURCE } from './geography';

/** Lower-case nouns that end a venue name: "the Filoli estate", "the Vostochny cosmodrome". */
const VENUE_NOUN = '(?:estate|palace|hall|residence|guesthouse|guest house|cosmodrome|spaceport|airport|station|square|house|hotel|center|centre|museum|base|villa|resort|castle|compound)';
const CAP_WORD = "[A-Z][\\p{L}'’.-]*";
const PLACE_AFTER_PREPOSITION = new RegExp(
  `\\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|to|[Ii]nside)\\s+(?:the\\s+)?(?:(?:capital|city|town|port|village)\\s+(?:of\\s+)?)?(${CAP_WORD}(?:\\s+(?:of\\s+the\\s+|of\\s+|de\\s+|la\\s+)?${CAP_WORD})*(?:\\s+${VENUE_NOUN})?)`,
  'gu',
);
const KNOWN_PLACE = new RegExp(`(?<![\\p{L}-])(${KNOWN_PLACE_SOURCE})(?![\\p{L}-])`, 'giu');

/** Capitalised words that are not places even after "in" or "at". */
const NOT_A_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|President|Prime|Minister|Secretary|Mr|Mrs|Ms|Dr|Chancellor|King|Leader|Chairman|General|The|This|That|His|Her|Their|Its|A|An|I|We|It|Reuters|AFP|Xinhua|TASS|CNN|BBC|AP)\b/;
const ORGANISATION_WORD = /\b(?:Summit|Forum|Conference|Cooperation|Co-operation|Council|Committee|Ministry|Party|Union|Organi[sz]ation|News|Agency|Times|Post|Journal|Office|Commission|Assembly|Day|Dialogue|Meeting|Media|Press|Television|Broadcast)\b/;

/** Places named in a clause after a preposition ("in Lima", "at the Filoli estate"), in order. Datelines are not places. */
export function findPlaces(text: string, isPersonAt: (index: number) => boolean = () => false): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PLACE_AFTER_PREPOSITION)) {
    const name = m[1].replace(/['’]s$/, '').replace(/[.,]$/, '');
    const index = m.index! + m[0].length - m[1].length;
    if (NOT_A_PLACE.test(name) || ORGANISATION_WORD.test(name) || isPersonAt(index) || !looksLikePlaceName(name)) continue;
    found.push(name);
  }
  return found;
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
    for (const m of p.matchAll(KNOWN_PLACE)) if (!isCountryName(m[1])) out.add(canonicalPlace(m[1]));
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
    for (const m of p.matchAll(KNOWN_PLACE)) {
      const c = countryOfPlace(m[1]);
      if (c) out.add(c);
    }
  }
  return [...out];
}

function looksLikePlaceName(name: string): boolean {
  return name.length >= 3 && !/^[A-Z]{2,}$/.test(name.replace(/\s.*/, '')) || countryOfPlace(name) !== null;
}
