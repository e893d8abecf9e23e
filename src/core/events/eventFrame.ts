import type { EventKind, EventMention } from '../model';
import { addDays } from '../dates';
import { eventWordSpans, isRecall, isSpeculative, isUnrealised, kindOf, organisationsIn, withoutAnnouncement, withoutPageTimestamp, withoutReportedContent } from './cues';
import { monthNamed, readEventTime, timeWords, weekdayNamed, withoutPeriodStart, withoutPeriodStartOfNoOccasion, type EventTime } from './eventTime';
import { countryOfPlace } from './geography';
import { countriesOfPlaces, findEventPlaces, specificPlaces } from './places';

/**
 * What grouping compares. Encounters (meetings, talks, bilateral summits) are compared by who met; visits
 * and tours by who travelled; gatherings (multilateral summits, forums) by the body that held them.
 */
export type EventClass = 'encounter' | 'call' | 'press' | 'visit' | 'tour' | 'gathering' | 'document';

/** One event mention, read for grouping: corpus person ids, countries, places and the time it allows. */
export interface EventFrame {
  mention: EventMention;
  cls: EventClass;
  persons: string[];
  countries: string[];
  orgs: string[];
  places: string[];
  placeCountries: string[];
  /** Cities and venues, in comparable form. */
  specificPlaces: string[];
  /** The time the mention's own words give, or null. */
  time: EventTime | null;
  /** The day of the week and the month the mention names, even when no reference day resolves them. */
  weekday: number | null;
  month: number | null;
  recall: boolean;
  speculative: boolean;
  /** The text says the occasion did not happen as planned ("was meant to travel … called off"). */
  unrealised: boolean;
  reference: string | null;
}

/** How long before its report an occasion dated by its own words is looked back on: a season (reposts come days late). */
const LONG_BEFORE_DAYS = 90;

export function readFrame(mention: EventMention, reference: string | null, idOf: (key: string) => string | undefined): EventFrame {
  const persons: string[] = [];
  const countries: string[] = [];
  for (const p of mention.participants) {
    const id = idOf(p);
    if (id) persons.push(id);
    else if (countryOfPlace(p)) countries.push(countryOfPlace(p)!);
  }
  const orgs = organisationsIn(mention.text);
  const eventWords = eventWordSpans(mention.text);
  // "At a press conference after the talks, Putin noted that … his visit to Ukraine on July 2 …": what was said
  // there is not where or when the occasion was.
  const own = withoutReportedContent(mention.text, eventWords);
  const clause = withoutPageTimestamp(mention.announced ? withoutAnnouncement(own, eventWords) : own);
  const recall = isRecall(withoutPeriodStartOfNoOccasion(clause, eventWords));
  // A call has no one place: each side speaks from their own ("a state visit to Moscow" quoted in it is another occasion).
  const places = mention.kind === 'call' ? [] : recall ? findEventPlaces(own, undefined, eventWords) : findEventPlaces(withoutPeriodStart(own));
  const words = timeWords(clause, recall, mention.kind === 'visit' || mention.kind === 'tour', mention.announced);
  const ownTime = readEventTime(words, reference, mention.announced, mention.kind === 'visit' || mention.kind === 'tour');
  const time = mention.date ? { day: mention.date, from: mention.date, to: mention.date } : ownTime;
  const unrealised = isUnrealised(mention.text);
  // "On November 16, 2016, PM Modi and Chancellor Scholz met in Bali" in a 2023 report: an occasion its own words date
  // months before the report is one it looks back on, whatever its verbs.
  const longBefore = !recall && !mention.announced && time !== null && reference !== null && time.to < addDays(reference, -LONG_BEFORE_DAYS);
  return {
    mention,
    cls: classOf(mention.kind, orgs, new Set(persons).size, mention.text),
    persons: [...new Set(persons)],
    countries: [...new Set(countries)],
    orgs,
    places: mention.place ? [mention.place, ...places.filter((p) => p !== mention.place)] : places,
    placeCountries: countriesOfPlaces(places),
    specificPlaces: specificPlaces(places),
    time,
    weekday: weekdayNamed(words, time),
    month: monthNamed(words, time),
    recall: recall || longBefore,
    // A question asks about an occasion; it reports none ("Will you meet President Putin?"), unless it asks what
    // happened at it.
    speculative: unrealised || (QUESTION.test(mention.text) && !ASKS_ABOUT_WHAT_HAPPENED.test(mention.text)) || isSpeculative(mention.text, eventWords),
    unrealised,
    reference,
  };
}

const QUESTION = /\?\s*['’"”»]*\s*$/u;
/** "What did Paetongtarn say in a leaked phone call with Hun Sen?": a question about what happened there tells that it did. */
const ASKS_ABOUT_WHAT_HAPPENED = /^\W*(?:what|why|how|who)\b[^?]*?\b(?:did|was|were|had)\b/iu;

/**
 * "The summit continues tomorrow", "the visit will deepen trust": the mention names its occasion as one already known,
 * whatever time it gives. Not "held talks …, in the first visit to Seoul": a known occasion of another kind.
 */
export function namesOccasionAsKnown(mention: EventMention): boolean {
  const known = BACK_REFERENCE.exec(mention.text);
  return known !== null && kindOf(known[0]) === mention.kind;
}

/** "the visit will deepen trust", "during the talks": a mention that refers back to an occasion, with no time of its
 * own, says nothing of whether it took place or is still to come. */
export function refersBack(f: EventFrame): boolean {
  return f.time === null && BACK_REFERENCE.test(f.mention.text);
}
/** A determiner, then the occasion: "the meeting", "their talks", "this visit"; not the conjunction in "wrote that at meetings". */
const BACK_REFERENCE =
  /\b(?:the|this|that|their|his|her|its)\s+(?!(?:at|in|on|with|for|of|to|by|from|during|after|before|a|an)\s)(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|visit|trip|summit|tour|conference|negotiations)\b/i;

function classOf(kind: EventKind, orgs: string[], personCount: number, text: string): EventClass {
  switch (kind) {
    case 'call':
      return 'call';
    case 'press-conference':
      return 'press';
    case 'document':
      return 'document';
    case 'tour':
      return 'tour';
    case 'visit':
      return 'visit';
    case 'summit':
    case 'conference':
      return personCount >= 2 && (orgs.length === 0 || ON_THE_SIDELINES.test(text)) && !/\b(?:conference|forum)\b/i.test(text) ? 'encounter' : 'gathering';
    default:
      return 'encounter';
  }
}

/** A bilateral meeting held at a multilateral summit: "on the sidelines of the G20 summit". */
const ON_THE_SIDELINES = /\bon the (?:sidelines|margins?)\b/i;

/** How long before and after publication an undated report of each class is taken to have happened. */
const UNDATED_REACH: Record<EventClass, [number, number]> = {
  encounter: [-4, 1],
  call: [-4, 1],
  press: [-4, 1],
  visit: [-14, 3],
  tour: [-30, 3],
  gathering: [-14, 3],
  document: [-3650, 0],
};
const ANNOUNCED_REACH = 60;
/**
 * A journey announced with no time ("invited him to visit Seoul", "accepted an invitation to travel to Astana") may be
 * months away: a report that dates it ("planned for April next year") is not ruled out by the sixty days above.
 */
const ANNOUNCED_JOURNEY_REACH = 365;

/**
 * The time an undated report is taken to refer to: close to publication, or ahead of it when announced. A report
 * that names a weekday no day could be found for ("the two leaders met on Saturday" in a Friday's paper: the day
 * before or six days before) reaches back a week, and the weekday, compared apart, says which day.
 */
export function undatedWindow(cls: EventClass, reference: string | null, announced: boolean, weekday: number | null = null): EventTime | null {
  if (!reference) return null;
  if (announced) return { day: null, from: reference, to: addDays(reference, cls === 'visit' || cls === 'tour' ? ANNOUNCED_JOURNEY_REACH : ANNOUNCED_REACH) };
  const [before, after] = UNDATED_REACH[cls];
  return { day: null, from: addDays(reference, weekday === null ? before : Math.min(before, -WEEK_BACK)), to: addDays(reference, after) };
}
/** How far back a weekday of the past may be: six days before publication ("Saturday" in a Friday's paper). */
const WEEK_BACK = 6;

/** The mentions of one occasion within one article. */
export interface LocalEvent {
  file: string;
  frames: EventFrame[];
  cls: EventClass;
  persons: Set<string>;
  countries: Set<string>;
  orgs: Set<string>;
  placeCountries: Set<string>;
  specificPlaces: Set<string>;
  /** For documents, what sort of document the mentions name ("peace plan", "joint statement"). */
  documentClasses: Set<string>;
  /** The time the mentions' own words give (the most specific one), or null. */
  time: EventTime | null;
  weekday: number | null;
  month: number | null;
  recall: boolean;
  /** A mention is in the article's opening: its headline, deck, captions or first two paragraphs. */
  lead: boolean;
  /** Every mention only speculates about it ("could pave the way for a summit"). */
  speculative: boolean;
  announced: boolean;
  reference: string | null;
}

/**
 * How a cross-article link was made, strongest first: on the same pinned day, on overlapping approximate
 * times, (where an article gives no date at all) on the same weekday, month, city or country, or by the story
 * around them: two reports that fit each other, in articles whose openings report one occasion.
 */
export type LinkBasis = 'same-day' | 'approximate' | 'undated' | 'context';

/** A corpus event as grouped, before it becomes plain data. */
export interface EventGroup {
  locals: LocalEvent[];
  basis: LinkBasis | null;
}
