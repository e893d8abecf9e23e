import { addDays } from '../dates';
import { undatedWindow, type EventClass, type LinkBasis, type LocalEvent } from './eventFrame';
import type { EventTime } from './eventTime';
import { DAY_SLACK, intersection, setsMeet } from './localEvents';
import { countryOfPlace } from './geography';
import { spellingKeys } from './nameSpellings';

/**
 * A local event as cross-article linking sees it: everything the rules below read, worked out once.
 * Two local events with the same `key` compare alike with everything, so a comparison is made once per pair of keys.
 */
export interface Comparable {
  event: LocalEvent;
  /** The time compared on: the event's own words', else close to publication; null when neither. */
  time: EventTime | null;
  /** `time.from` less the days of slack its class allows, as overlap is tested. */
  fromWithSlack: string | null;
  /** The month the event is known to fall in. */
  month: number | null;
  /** An encounter every mention of which is at an airport: a welcome or a send-off, not the talks. */
  airport: boolean;
  key: string;
}

/** A local event's people by the spelling of their names (see spellingKey), worked out once per local event. */
function personKeys(e: LocalEvent): Set<string> {
  let keys = personKeysOf.get(e);
  if (!keys) personKeysOf.set(e, (keys = spellingKeys(e.persons)));
  return keys;
}
const personKeysOf = new WeakMap<LocalEvent, Set<string>>();

export function comparable(e: LocalEvent): Comparable {
  const time = e.time ?? (e.recall ? null : undatedWindow(e.cls, e.reference, e.announced, e.weekday));
  const airport = e.cls === 'encounter' && e.frames.every((f) => AIRPORT.test(f.mention.text));
  const sorted = (s: Set<string>) => [...s].sort().join('\u0001');
  const key = [
    e.cls,
    sorted(personKeys(e)),
    sorted(e.orgs),
    sorted(e.countries),
    sorted(e.placeCountries),
    sorted(e.specificPlaces),
    time ? `${time.day ?? ''}/${time.from}/${time.to}` : '-',
    e.weekday ?? '-',
    e.month ?? '-',
    e.recall ? 'r' : '',
    e.speculative ? 's' : '',
    airport ? 'a' : '',
  ].join('\u0002');
  return { event: e, time, fromWithSlack: time ? addDays(time.from, -(MULTI_DAY.has(e.cls) ? VISIT_SLACK : DAY_SLACK)) : null, month: e.month ?? monthOf(time), airport, key };
}
const AIRPORT = /\b(?:airport|airbase|air\s+base|tarmac)\b/i;

export const BASIS_RANK: Record<LinkBasis, number> = { 'same-day': 0, approximate: 1, undated: 2, context: 3 };

/** The keys of the blocks a local event is compared within: its class and the person pair, person or body that must match. */
export function blockKeys(e: LocalEvent): string[] {
  const persons = [...personKeys(e)].sort();
  let keys: string[];
  switch (e.cls) {
    case 'encounter':
    case 'call':
      keys = persons.flatMap((p, i) => persons.slice(i + 1).map((q) => `${p}+${q}`));
      break;
    case 'gathering':
      keys = [...e.orgs];
      break;
    case 'document':
      keys = [...persons, ...e.countries];
      break;
    default:
      keys = persons;
  }
  return [...new Set(keys.map((k) => `${e.cls}|${k}`))];
}

/** Whether two local events in different articles are the same occasion, and on what basis. */
export function linkBasis(a: Comparable, b: Comparable): LinkBasis | null {
  if (a.event.speculative || b.event.speculative || contradict(a, b)) return null;
  if (a.time && b.time) return a.time.day && b.time.day ? 'same-day' : 'approximate';
  return undatedButAlike(a.event, b.event) ? 'undated' : null;
}

/**
 * Whether two reports that no rule above links could still be one occasion when the stories around them are
 * one: neither speculates, both report it as current or both look back, and nothing contradicts.
 */
export function fitInContext(a: Comparable, b: Comparable, contradicts: (a: Comparable, b: Comparable) => boolean): boolean {
  return !a.event.speculative && !b.event.speculative && a.event.recall === b.event.recall && !contradicts(a, b);
}

/** Two reports that cannot be of one occasion: other people, another day, weekday or month, another country. */
export function contradict(a: Comparable, b: Comparable): boolean {
  const [ea, eb] = [a.event, b.event];
  if (ea.cls !== eb.cls || !participantsAgree(ea, eb)) return true;
  // "Tokayev met Xi at the capital airport" is the welcome; "held talks in a narrow format" the next day's talks.
  if (a.airport !== b.airport) return true;
  if (a.time && b.time && !(a.fromWithSlack! <= b.time.to && b.fromWithSlack! <= a.time.to)) return true;
  const daysApart = !MULTI_DAY.has(ea.cls) && !weekdaysAgree(ea.weekday, eb.weekday);
  return !setsMeet(ea.placeCountries, eb.placeCountries) || daysApart || !sameOrUnknown(a.month, b.month) || (ea.cls === 'visit' && otherCities(ea, eb));
}

/**
 * "arrived in Seoul on Sunday" and "will travel to Busan on Wednesday": a visit goes to one city; two reports that
 * name different cities the gazetteer knows (not venues, which may be in either) tell of two legs. A tour has many.
 */
function otherCities(a: LocalEvent, b: LocalEvent): boolean {
  const cities = (e: LocalEvent) => [...e.specificPlaces].filter((p) => countryOfPlace(p) !== null);
  const [ours, theirs] = [cities(a), cities(b)];
  return ours.length > 0 && theirs.length > 0 && !ours.some((c) => theirs.includes(c));
}

/**
 * Occasions that last days: two reports naming different days ("arrived on Wednesday", "met Xi on Friday")
 * can be of one, up to `VISIT_SLACK` days apart.
 */
const MULTI_DAY = new Set<EventClass>(['visit', 'tour', 'gathering']);
const VISIT_SLACK = 3;

/** The weakest of the bases a group was linked on. */
export function weakest(bases: Array<LinkBasis | null>): LinkBasis | null {
  const present = bases.filter((b): b is LinkBasis => b !== null);
  return present.length ? present.reduce((x, y) => (BASIS_RANK[x] >= BASIS_RANK[y] ? x : y)) : null;
}

/** The month a time falls in, when it falls in one. */
function monthOf(t: EventTime | null): number | null {
  return t && t.from.slice(0, 7) === t.to.slice(0, 7) ? +t.from.slice(5, 7) : null;
}

/**
 * Without a day to compare (no publication day and no date in the text), two reports are linked only on
 * positive evidence: the same day of the week or month, (for meetings and calls) the same city or country, or
 * (for tours) the same traveller, (for documents) both a peace plan of the same issuer. A look back to an earlier
 * occasion links only on its month and country.
 */
/** The one sort of document that is linked without a date. */
const UNDATED_DOCUMENT_CLASS = 'peace plan';

function undatedButAlike(a: LocalEvent, b: LocalEvent): boolean {
  const sameWeekday = a.weekday !== null && a.weekday === b.weekday;
  const sameMonth = a.month !== null && a.month === b.month;
  // A look back that names its month ("their last meeting, in Vladivostok in September") and a report of the
  // same pair's meeting that month, in the same country.
  if (a.recall || b.recall) return sameMonth && (a.cls === 'encounter' || a.cls === 'call') && intersection(a.placeCountries, b.placeCountries) > 0;
  if (sameWeekday || sameMonth) return true;
  // A traveller goes back to the same capitals: for a visit a shared place proves nothing. A tour is rarer: the
  // same traveller's tour, reported with no place that contradicts (see contradict), is one tour.
  if (a.cls === 'tour') return intersection(personKeys(a), personKeys(b)) >= 1;
  // A country's peace plan from the same issuer (see participantsAgree): "China's peace plan" and "the 12-point
  // position paper China released" are one document. Joint statements and white papers recur (every summit of
  // the same pair signs one): without a date they stay apart.
  if (a.cls === 'document') return a.documentClasses.has(UNDATED_DOCUMENT_CLASS) && b.documentClasses.has(UNDATED_DOCUMENT_CLASS);
  if (a.cls === 'visit') return false;
  return intersection(a.specificPlaces, b.specificPlaces) > 0 || intersection(a.placeCountries, b.placeCountries) > 0;
}

function sameOrUnknown(a: number | null, b: number | null): boolean {
  return a === null || b === null || a === b;
}

/** The same day of the week, or the next one (a report dated by another time zone). */
function weekdaysAgree(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return true;
  const d = Math.abs(a - b);
  return d <= 1 || d === 6;
}

function participantsAgree(a: LocalEvent, b: LocalEvent): boolean {
  const [pa, pb] = [personKeys(a), personKeys(b)];
  const shared = intersection(pa, pb);
  switch (a.cls) {
    case 'encounter':
    case 'call':
      return shared >= 2 && !(pa.size - shared >= 2 && pb.size - shared >= 2);
    case 'gathering':
      return intersection(a.orgs, b.orgs) >= 1;
    case 'document':
      // Two joint statements of one leader with two others are two documents (every summit signs one).
      if (pa.size >= 2 && pb.size >= 2 && pa.size > shared && pb.size > shared) return false;
      // A peace plan the two discussed is not the joint statement they signed: each report names what sort it is.
      if (a.documentClasses.size > 0 && b.documentClasses.size > 0 && intersection(a.documentClasses, b.documentClasses) === 0) return false;
      return shared >= 1 || intersection(a.countries, b.countries) >= 1;
    case 'press':
      // A joint press conference of Biden and Yoon is not one of Biden and Macron: each names someone the other does not.
      return shared >= 1 && !(pa.size >= 2 && pb.size >= 2 && pa.size > shared && pb.size > shared);
    default:
      return shared >= 1;
  }
}
