import type { Article, ArticleReading } from '../model';
import { contentBlocks } from '../article/readArticle';
import { namesOccasionAsKnown, readFrame, refersBack, type EventFrame, type LocalEvent } from './eventFrame';
import { documentClassesIn, encountersBySpeechOnly, isAnnounced, kindOf, refersToParticipantsBefore } from './cues';
import { datelineMonth, readEventTime, referenceDay, timesOverlap, timeWords, weekdaysNamed, type EventTime } from './eventTime';
import { countryOfPlace } from './geography';
import { addDays, dayOfMonthIn, smallCount, weekdayOf } from '../dates';

/** A corpus person id for a person key of one article, when the key has one. */
export type PersonIdOf = (file: string, key: string) => string | undefined;

/** How many days apart two reports of one occasion may date it (time zones, reporting lag). */
export const DAY_SLACK = 1;

/** The occasions one article reports, each with its mentions. */
export function localEvents(reading: ArticleReading, personIdOf: PersonIdOf): LocalEvent[] {
  const file = reading.article.file;
  const reference = referenceDay(reading.article);
  const events: LocalEvent[] = [];
  for (const mention of reading.eventMentions) {
    const frame = readFrame(mention, reference, (key) => personIdOf(file, key));
    const home = findLast(events, (e) => joinsLocally(e, frame));
    if (home) {
      // "Erdogan urged Putin …" and then "during the phone call": the encounter was the call.
      if (home.cls === 'encounter' && frame.cls === 'call') home.cls = 'call';
      addFrame(home, frame);
    } else events.push(newLocalEvent(file, frame));
  }
  dropToldOnly(events);
  dateByOccasionNamed(events, reading.article.text);
  const leadEnd = endOfLead(reading.article);
  for (const e of events) e.lead = e.frames.some((f) => f.mention.start < leadEnd);
  if (reference) dateAfterTheNews(events, reading.article, reference);
  if (!reference) {
    assumeDatelineMonth(events, datelineMonth(reading.article));
    assumeLeadWeekday(events, reading, personIdOf);
  }
  return events;
}

/**
 * "Judge Whitcombe told Achterberg he had betrayed the trust": what one person told another is an occasion only as
 * part of one the article reports (a call, a meeting: see toldInTheCall). Told alone, it is speech, no meeting.
 */
function dropToldOnly(events: LocalEvent[]): void {
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i].frames.every((f) => encountersBySpeechOnly(f.mention.text) && kindOf(f.mention.text) === null)) events.splice(i, 1);
  }
}

/**
 * "Almeida flew to Madrid a day after the talks", "The visit comes a day after Han and Kim spoke by phone on Monday",
 * "The ministers met the day before the summit": where a clause of one sentence says how many days after or before
 * the occasion of the next clause it came, the day of either dates the other. A clause that only names an occasion
 * ("a day after the talks.") is that occasion, reported before in the article: it joins it.
 */
function dateByOccasionNamed(events: LocalEvent[], text: string): void {
  if (!events.some((e) => e.frames.some((f) => RELATIVE_HINT.test(f.mention.text)))) return;
  const eventOf = new Map<EventFrame, LocalEvent>();
  for (const e of events) for (const f of e.frames) eventOf.set(f, e);
  const frames = [...eventOf.keys()].sort((x, y) => x.mention.start - y.mention.start);
  for (let i = 1; i < frames.length; i++) {
    const [a, b] = [frames[i - 1], frames[i]];
    if (!RELATIVE_HINT.test(b.mention.text)) continue;
    const m = RELATIVE_LEAD.exec(b.mention.text);
    if (!m || a.mention.end > b.mention.start || SENTENCE_END.test(text.slice(a.mention.end, b.mention.start))) continue;
    const [ea, eb] = [eventOf.get(a)!, eventOf.get(b)!];
    if (ea === eb) continue;
    const offset = (m[1] ? daysIn(m[1]) : 0) * (m[2].toLowerCase() === 'after' || m[2].toLowerCase() === 'following' ? 1 : -1);
    let named = eb;
    // "a day after the talks.": the talks reported before, when the article dates one such occasion alone.
    const bare = BARE_REFERENCE.exec(b.mention.text.slice(m[0].length));
    if (bare && eb.frames.length === 1) {
      const kind = kindOf(bare[0]);
      const earlier = kind ? events.filter((x) => x !== ea && x !== eb && !x.recall && pinned(x) && x.frames.some((y) => y.mention.kind === kind)) : [];
      if (new Set(earlier.map(pinned)).size !== 1) continue;
      named = earlier[earlier.length - 1];
      events.splice(events.indexOf(eb), 1);
      addFrame(named, b);
    }
    const [dayA, dayB] = [pinned(ea), pinned(named)];
    if (!ea.time && dayB && oneDayOf(a)) setDay(ea, a, addDays(dayB, offset));
    else if (!named.time && dayA && oneDayOf(b)) setDay(named, b, addDays(dayA, -offset));
  }
  // "Berg met Saar, the day before the summit": the same, within one clause.
  for (const e of events) {
    if (e.time) continue;
    const f = e.frames.find((x) => RELATIVE_HINT.test(x.mention.text) && DAYS_FROM_OCCASION.test(x.mention.text));
    const m = f && DAYS_FROM_OCCASION.exec(f.mention.text)!;
    const kind = m ? kindOf(m[3]) : null;
    if (!f || !m || !kind || kind === f.mention.kind) continue;
    const days = new Set(events.filter((x) => x !== e && !x.recall && x.frames.some((y) => y.mention.kind === kind)).map(pinned));
    const day = days.size === 1 ? [...days][0] : null;
    if (day && oneDayOf(f)) setDay(e, f, addDays(day, daysIn(m[1]) * (m[2].toLowerCase() === 'before' ? -1 : 1)));
  }
}
/** ", the day before the summit", "two days after the talks" closing a clause: group 1 the days, 2 the word, 3 the occasion. */
const DAYS_FROM_OCCASION =
  /\b((?:a|one|two|three|\d+)\s+days?|the\s+day)\s+(after|before)\s+((?:the|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|summit|call|visit|conference|negotiations))\W*$/i;
/** A quick test for RELATIVE_LEAD's words, tried first on every mention. */
const RELATIVE_HINT = /\b(?:after|before|following|ahead\s+of)\s/i;
/** A clause that opens with how long after or before: group 1 how many days ("a day", "two days", "the day"), group 2 the word. */
const RELATIVE_LEAD = /^\W*(?:((?:a|one|two|three|\d+)\s+days?|the\s+day)\s+|(?:shortly|soon|just|immediately|hours)\s+)?(after|before|following|ahead\s+of)\s+/i;
/** What is left of "a day after the talks." when the clause names an occasion and nothing else. */
const BARE_REFERENCE = /^(?:the|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|summit|call|visit|conference|negotiations)(?=\W*$)/i;
const SENTENCE_END = /[.!?]\s/;

/**
 * Whether a clause's occasion is dated by one day: a meeting or a call is; a visit or a summit goes on over days, and
 * only its start is a day ("began a visit to Madrid a day after the talks"; not "The visit comes a day after …").
 */
function oneDayOf(f: EventFrame): boolean {
  return ONE_DAY_CLASSES.has(f.cls) || STARTS.test(f.mention.text);
}
const STARTS = /\b(?:beg[ai]n|begins|arriv(?:ed|es)|open(?:ed|s)|start(?:ed|s)|set\s+off|landed)\b/i;

const pinned = (e: LocalEvent) => (e.time?.day && !e.time.span ? e.time.day : null);

function setDay(e: LocalEvent, f: EventFrame, day: string): void {
  f.time = { day, from: day, to: day };
  e.time = f.time;
  e.weekday = weekdayOf(day);
  e.month = Number(day.slice(5, 7));
}

/** "a day", "two days", "the day": how many days (the patterns that find them allow no other words). */
function daysIn(words: string): number {
  return smallCount(words.split(/\s+/)[0]) ?? NaN;
}

/** How many paragraphs of running text open an article, with its headline, deck and captions before them. */
const LEAD_PARAGRAPHS = 2;

/** Where an article's opening ends: after its first two paragraphs of running text. */
function endOfLead(article: Article): number {
  let paragraphs = 0;
  for (const b of contentBlocks(article)) if (b.kind === 'body' && ++paragraphs === LEAD_PARAGRAPHS) return b.end;
  return article.text.length;
}

/** Occasions of one day, which the day of the lead sentence can date. */
const ONE_DAY_CLASSES = new Set(['encounter', 'call', 'press']);

/**
 * Without a date anywhere, the first paragraph's one day of the week ("Xi said on Friday that…") is the day of
 * the news the article opens with, when that paragraph reports no occasion of its own: the first meeting, call
 * or press conference of the opening that is reported as held, names no day, and has a participant the
 * paragraph names.
 */
function assumeLeadWeekday(events: LocalEvent[], reading: ArticleReading, personIdOf: PersonIdOf): void {
  const first = contentBlocks(reading.article).find((b) => b.kind === 'body');
  if (!first) return;
  const days = weekdaysNamed(reading.article.text.slice(first.start, first.end));
  if (days.length !== 1) return;
  const news = events.filter((e) => e.lead && ONE_DAY_CLASSES.has(e.cls) && !e.recall && !e.announced && !e.speculative);
  if (news.some((e) => e.frames.some((f) => f.mention.start >= first.start && f.mention.end <= first.end))) return;
  const opening = news[0];
  if (!opening || opening.weekday !== null || opening.time) return;
  const named = new Set<string>();
  for (const p of reading.people.people) {
    const id = personIdOf(reading.article.file, p.key);
    if (id && p.mentions.some((m) => m.start >= first.start && m.end <= first.end)) named.add(id);
  }
  if ([...opening.persons].some((p) => named.has(p))) opening.weekday = days[0];
}

/**
 * "said at a press conference after the verdict", "Speaking to journalists at a press conference after the ceremony":
 * a press conference with no day of its own, held after something that is no occasion the reader follows, is on the
 * day of the news the article opens with ("was convicted … on Thursday", "won … on Saturday"), when the first
 * paragraph names one day, and it is no later than the article's.
 */
function dateAfterTheNews(events: LocalEvent[], article: Article, reference: string): void {
  const after = events.filter((e) => !e.time && e.cls === 'press' && !e.recall && !e.announced && !e.speculative && e.frames.some((f) => afterTheNews(f.mention.text)));
  if (after.length === 0) return;
  // The opening: the first two paragraphs of running text (not a date line), which name one day of the week between them.
  const opening = contentBlocks(article)
    .filter((b) => b.kind === 'body' && article.text.slice(b.start, b.end).split(/\s+/u).length >= RUNNING_TEXT_WORDS)
    .slice(0, LEAD_PARAGRAPHS)
    .map((b) => article.text.slice(b.start, b.end));
  const naming = opening.filter((words) => weekdaysNamed(words).length > 0);
  if (naming.length !== 1 || weekdaysNamed(naming[0]).length !== 1 || isAnnounced(naming[0], false)) return;
  const day = readEventTime(timeWords(naming[0], false), reference, false)?.day;
  if (!day || day > reference) return;
  for (const e of after) setDay(e, e.frames.find((f) => afterTheNews(f.mention.text))!, day);
}
const RUNNING_TEXT_WORDS = 8;
function afterTheNews(text: string): boolean {
  const m = AFTER_THE.exec(text);
  return m !== null && kindOf(m[1]) === null;
}
/** "after the verdict", "after the ceremony", "following the vote": group 1 what it followed. */
const AFTER_THE = /\b(?:after|following)\s+the\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\b/iu;

/** Without a full date anywhere, the dateline's month ("September 13.") is the month of the news it reports. */
function assumeDatelineMonth(events: LocalEvent[], month: number | null): void {
  for (const e of events) if (e.month === null && !e.recall && !e.announced) e.month = month;
}

/**
 * "Xi told Biden that …" after the article reported their phone call: an encounter read from its verb alone is
 * what was said in the call, not a meeting of its own.
 */
function toldInTheCall(e: LocalEvent, f: EventFrame): boolean {
  return e.cls === 'call' && f.cls === 'encounter' && f.persons.length >= 2 && f.persons.every((p) => e.persons.has(p)) && kindOf(f.mention.text) === null;
}

/** "Erdogan urged Putin to …" and later "During the phone call, Erdogan stressed …": encounters read from their verbs
 * alone, which the call that follows turns out to be. */
function turnsOutACall(e: LocalEvent, f: EventFrame): boolean {
  return e.cls === 'encounter' && f.cls === 'call' && f.persons.length >= 2 && [...e.persons].every((p) => f.persons.includes(p)) && e.frames.every((x) => kindOf(x.mention.text) === null);
}

function joinsLocally(e: LocalEvent, f: EventFrame): boolean {
  if ((toldInTheCall(e, f) || turnsOutACall(e, f)) && e.recall === f.recall && (!e.time || !f.time || timesOverlap(e.time, f.time, DAY_SLACK))) return true;
  if (e.cls !== f.cls || e.recall !== f.recall || e.frames.some((x) => x.unrealised) !== f.unrealised) return false;
  if (e.time && f.time && !timesOverlap(e.time, f.time, DAY_SLACK)) return false;
  if (!setsMeet(e.placeCountries, f.placeCountries) || !setsMeet(e.orgs, f.orgs)) return false;
  // A summit, a visit or a tour goes on over days ("The summit continues tomorrow"): two of its days are one occasion.
  if ((ONE_DAY_CLASSES.has(e.cls) && otherDay(e, f)) || otherCity(e, f) || heldAndPlanned(e, f)) return false;
  // "I intend to visit the United States" and "the Prime Minister's visit to the Middle East": with no traveller to
  // tie them, visits to places that share nothing are two visits.
  if (e.cls === 'visit' && (f.persons.length === 0 || e.persons.size === 0) && !sharePlace(e, f)) return false;
  // Many attend a summit or a forum: "Zelensky, who attended the summit" is the article's summit, whoever it named.
  if (e.cls === 'gathering') return true;
  // "NATO foreign ministers met …. Speaking after the meeting, Stoltenberg said", "Ingrid Bakke, who also attended the
  // talks, said": the occasion reported before is "the meeting" one person spoke after or attended.
  if (f.persons.length <= 1 && refersBack(f) && (e.persons.size === 0 || ATTENDED.test(f.mention.text))) return true;
  const persons = new Set(f.persons);
  // "Meanwhile, foreign ministers met in Abuja on Sunday": a report of people it does not name, with a day or a city of
  // its own, is another occasion than the named people's meeting, unless it refers back to it ("the meeting").
  if (persons.size === 0 && e.persons.size > 0 && e.cls === 'encounter' && (f.time || f.specificPlaces.length) && !refersBack(f) && !refersToParticipantsBefore(f.mention.text)) return false;
  if (persons.size === 0 || e.persons.size === 0) return e.cls !== 'encounter' || persons.size === 0;
  return isSubset(persons, e.persons) || (isSubset(e.persons, persons) && e.persons.size >= 1 && persons.size - e.persons.size <= 1);
}

/**
 * "Berg met Holm in Oslo on Monday. … Berg met Holm in Oslo on Tuesday.": one article dates its occasions from one
 * day, so two days it pins (not a span of days) are two occasions, and so are two days of the month it names ("on
 * the 2nd"), which the slack between articles (time zones, reporting lag) does not join.
 */
function otherDay(e: LocalEvent, f: EventFrame): boolean {
  const day = pinnedDay(f.time);
  const date = dayOfMonthIn(f.mention.text) ?? (day ? Number(day.slice(8)) : null);
  return e.frames.some((x) => {
    const other = pinnedDay(x.time);
    if (day && other) return day !== other;
    const otherDate = dayOfMonthIn(x.mention.text) ?? (other ? Number(other.slice(8)) : null);
    return date !== null && otherDate !== null && date !== otherDate;
  });
}
const pinnedDay = (t: EventTime | null) => (t?.day && !t.span ? t.day : null);

/** "met in Lomé" and "met in Accra": two cities the gazetteer knows (not venues, which may be in either) are two occasions. */
function otherCity(e: LocalEvent, f: EventFrame): boolean {
  const cities = (places: Iterable<string>) => [...places].filter((p) => countryOfPlace(p) !== null);
  const [ours, theirs] = [cities(e.specificPlaces), cities(f.specificPlaces)];
  return ours.length > 0 && theirs.length > 0 && !ours.some((c) => theirs.includes(c));
}

/**
 * "Berg met Holm in Oslo last week. … Berg and Holm will meet again": an occasion the article reports as held before
 * its day and one it announces with no day of its own are two, unless the announcement refers back ("the talks will
 * focus on trade").
 */
function heldAndPlanned(e: LocalEvent, f: EventFrame): boolean {
  if (!f.reference) return false;
  const heldBefore = (x: EventFrame) => !x.mention.announced && ((x.time !== null && x.time.to < x.reference!) || dayOfMonthIn(x.mention.text) !== null);
  const plannedUndated = (x: EventFrame) => x.mention.announced && !x.time && !refersBack(x);
  if ((plannedUndated(f) && e.frames.some(heldBefore)) || (heldBefore(f) && e.frames.every(plannedUndated))) return true;
  // "agreed on Tuesday to work toward a summit in Seoul next year. … Park and Kim held talks at the ministry": an occasion
  // announced for a time after the article's day and one reported as held, with no later time, are two, unless the
  // either names the occasion as known ("The summit continues tomorrow").
  const known = (x: EventFrame) => namesOccasionAsKnown(x.mention);
  const plannedLater = (x: EventFrame) => x.mention.announced && x.time !== null && x.time.from > x.reference! && !known(x);
  const heldNotLater = (x: EventFrame) => !x.mention.announced && (x.time === null || x.time.from <= x.reference!);
  // "the meeting with Tusk" names a known occasion, but not the planned one, which is no one's meeting with Tusk.
  const knownHere = known(f) && f.persons.every((p) => e.persons.has(p));
  return (heldNotLater(f) && !knownHere && e.frames.every(plannedLater)) || (plannedLater(f) && e.frames.every((x) => heldNotLater(x) && !known(x)));
}

/** Whether two reports name a place in common (a country, or a city or venue), or either names none. */
function sharePlace(e: LocalEvent, f: EventFrame): boolean {
  if ((e.placeCountries.size === 0 && e.specificPlaces.size === 0) || f.places.length === 0) return true;
  return intersection(e.placeCountries, new Set(f.placeCountries)) > 0 || intersection(e.specificPlaces, new Set(f.specificPlaces)) > 0;
}

/** Taking part in an occasion named before: "who also attended the talks", "joined the meeting". */
const ATTENDED = /\b(?:attended|joined|took\s+part\s+in|(?:was|were)\s+(?:also\s+)?present\s+at|sat\s+in\s+on)\s+(?:the|that|this)\s/u;

function newLocalEvent(file: string, frame: EventFrame): LocalEvent {
  const e: LocalEvent = {
    file,
    frames: [],
    cls: frame.cls,
    persons: new Set(),
    countries: new Set(),
    orgs: new Set(),
    placeCountries: new Set(),
    specificPlaces: new Set(),
    documentClasses: new Set(),
    time: null,
    weekday: null,
    month: null,
    recall: frame.recall,
    lead: false,
    speculative: true,
    announced: true,
    reference: frame.reference,
  };
  addFrame(e, frame);
  return e;
}

function addFrame(e: LocalEvent, f: EventFrame): void {
  e.frames.push(f);
  f.persons.forEach((p) => e.persons.add(p));
  f.countries.forEach((c) => e.countries.add(c));
  f.orgs.forEach((o) => e.orgs.add(o));
  f.placeCountries.forEach((c) => e.placeCountries.add(c));
  f.specificPlaces.forEach((p) => e.specificPlaces.add(p));
  if (f.cls === 'document') documentClassesIn(f.mention.text).forEach((c) => e.documentClasses.add(c));
  // "We believe the visit will deepen trust": a reference back to an announced visit says nothing of whether it took place.
  e.announced &&= f.mention.announced || (e.frames.length > 1 && refersBack(f));
  e.speculative &&= f.speculative;
  if (f.time && (!e.time || isNarrower(f.time, e.time))) e.time = f.time;
  e.weekday ??= f.weekday;
  e.month ??= f.month;
}

function isNarrower(a: EventTime, b: EventTime): boolean {
  const width = (t: EventTime) => Date.parse(t.to) - Date.parse(t.from);
  return width(a) < width(b);
}

/** Whether two sets share a member, or either is empty (nothing to disagree on). */
export function setsMeet(a: ReadonlySet<string> | readonly string[], b: ReadonlySet<string> | readonly string[]): boolean {
  const [sa, sb] = [a instanceof Set ? a : new Set(a), b instanceof Set ? b : new Set(b)];
  return sa.size === 0 || sb.size === 0 || intersection(sa, sb) > 0;
}

export function intersection(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function findLast<T>(xs: T[], test: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (test(xs[i])) return xs[i];
  return undefined;
}
