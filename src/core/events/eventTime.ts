import type { Article, Span } from '../model';
import { contentBlocks } from '../article/readArticle';
import { splitClauses } from './clauses';
import { COMES_AFTER_SOURCE, eventWordSpans } from './cues';
import { addDays, calendarWeek, smallCount, dayOfMonthIn, dayOfMonthNear, findFullDate, NO_DAY_BEFORE_SOURCE, isoDate, MONTH_NAME_SOURCE, monthNumber, nextWeekday, reportedWeekday, weekAfterWeekday, weekdayInWeek, weekdayOf, WEEKDAYS } from '../dates';

/**
 * When a clause says an event happened (or will happen): an exact day, or a window of days the text allows
 * ("last November", "in 2000", "later this year"). Days are YYYY-MM-DD; the window is inclusive.
 */
export interface EventTime {
  day: string | null;
  from: string;
  to: string;
  /** The days are a span the text names ("July 8-9", "from 24 to 27 May 2024"), not a window of doubt. */
  span?: true;
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_NAME = MONTH_NAME_SOURCE;
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/**
 * A span of days in one month, month first or day first, with or without its year: "July 8-9", "May 24 to 27, 2024",
 * "from 24 to 27 May". "May 24 and 27" names two days, not the days between (`span` false).
 */
const MONTH_DAY_RANGE = new RegExp(
  `\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(-|–|to|through|until|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:[:.]\\d|[ap]\\.?m\\b))(?:,?\\s+(\\d{4})\\b)?`,
);
const DAY_RANGE_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(-|–|to|through|until|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`,
);
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,\\s]*\\d{4})(?!:)`);
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?(?![,\\s]*\\d{4})`);
/** "every Friday", "each Monday": a habit, not a day; "the Good Friday Agreement" a name (and "on Fridays" is no weekday to this pattern). */
const NAMES_A_DAY = `(?<!\\b${NO_DAY_BEFORE_SOURCE})`;
const WEEKDAY_RE = new RegExp(`\\b${NAMES_A_DAY}${WEEKDAY}\\b`);
const MONTH_YEAR = new RegExp(`\\b${MONTH_NAME}(?:\\s+of)?,?\\s+(\\d{4})\\b`);
/**
 * "in March", "last May", "at the end of August", "in March last year", "April of next year"; "for" only with the year after it ("planned for
 * April next year"): "calls for May to resign" names no month.
 */
const MONTH_ALONE = new RegExp(
  `\\b(last|this|next|in|since|early|late|mid|mid-|(?:end|start|beginning|middle)\\s+of|for(?=\\s+${MONTH_NAME.replace('(', '(?:')}\\s+(?:of\\s+)?(?:this|last|next)\\s+year\\b))\\s*${MONTH_NAME}\\b(\\s+(?:of\\s+)?(?:this|last|next)\\s+year\\b)?`,
  'i',
);
const YEAR_ALONE = /\b(?:in|since|of|during)\s+((?:19|20)\d{2})\b/;

type Resolver = (text: string, reference: string, announced: boolean) => EventTime | null;

/**
 * The day relative dates in an article are read against: its publication day, or else the first full date its text
 * gives (a dateline or a caption's date), which is the day of the news more often than not; never a date
 * inside a quotation ("a Palestinian state on the borders of 4 June 1967"), nor a file photo's ("FILE – A sign … on
 * February 5, 2014"), which are of other times. A photo taken days after the publication day ("… board a plane near
 * Mount Paektu, September 20, 2018" on a live page dated the 18th) says the page was written since: its "on
 * Thursday" is read against the photo's day.
 */
export function referenceDay(article: Article): string | null {
  const published = article.published;
  let found: string | null = null;
  for (const block of contentBlocks(article)) {
    const caption = block.kind === 'caption';
    if (published && !caption) continue;
    const text = article.text.slice(block.start, block.end);
    if (!FOUR_DIGITS.test(text) || FILE_PHOTO.test(text)) continue;
    const d = findFullDate(text.replace(QUOTATION, ' '));
    if (!d) continue;
    if (!published) return d.date;
    if (d.date > (found ?? published) && d.date <= addDays(published, MAX_DAYS_UPDATED)) found = d.date;
  }
  return found ?? published;
}

/** A quotation in curly or straight double marks, or in guillemets; one left open runs to its paragraph's end. */
const QUOTATION = /[“"«][^“”"«»]*(?:[”"»]|$)/gu;
/** "FILE – …", "FILE PHOTO: …", "(File photo)": a photo of an earlier story. */
const FILE_PHOTO = /^\W*FILE\b|\bfile\s+(?:photo|picture|image)\b/iu;
/** How long after its publication day a page is taken to have been updated, going by a photo's date. */
const MAX_DAYS_UPDATED = 7;

/** The day of the week a clause names or pins (0 = Sunday), even when no reference day resolves it. */
export function weekdayNamed(text: string, time: EventTime | null): number | null {
  if (time?.day) return weekdayOf(time.day);
  const m = WEEKDAY_RE.exec(text);
  return m ? WEEKDAYS.indexOf(m[1].toLowerCase()) : null;
}

/** Every distinct day of the week a text names, in order. */
export function weekdaysNamed(text: string): number[] {
  const days = [...text.matchAll(WEEKDAYS_RE)].map((m) => WEEKDAYS.indexOf(m[1].toLowerCase()));
  return [...new Set(days)];
}
const WEEKDAYS_RE = new RegExp(`\\b${NAMES_A_DAY}${WEEKDAY}\\b`, 'g');

/** The month a clause names or pins (1 = January), even when no reference day gives its year. */
export function monthNamed(text: string, time: EventTime | null): number | null {
  if (time) return time.from.slice(0, 7) === time.to.slice(0, 7) ? +time.from.slice(5, 7) : null;
  const m = MONTH_DAY.exec(text);
  const n = m ? null : DAY_MONTH.exec(text) ?? MONTH_ALONE.exec(text);
  return (m ? monthNumber(m[1]) : n ? monthNumber(n[2]) : undefined) ?? null;
}

/** The month of a dateline at the top of an article ("VOSTOCHNY, September 13."), when no full date is given. */
export function datelineMonth(article: Article): number | null {
  for (const block of contentBlocks(article).slice(0, 5)) {
    const m = MONTH_DAY.exec(article.text.slice(block.start, Math.min(block.end, block.start + 80)));
    if (m) return monthNumber(m[1]) ?? null;
  }
  return null;
}

/**
 * The time a clause gives for the event it reports, resolved against the publication day: past-biased for
 * reported events, future-biased for announced ones. Null when the clause names no time.
 */
export function readEventTime(text: string, reference: string | null, announced: boolean, journey = false): EventTime | null {
  // "Putin would travel to China in late August for the summit, and Xi would attend the parade in Moscow on May 9":
  // where clauses name times of their own, the time is that of the first clause that names an occasion.
  if (MAY_BREAK.test(text)) {
    const parts = splitClauses(text, { start: 0, end: text.length });
    if (parts.length > 1) {
      const timed = parts.flatMap((p) => {
        const part = text.slice(p.start, p.end);
        const time = readTimeIn(part, reference, announced);
        return time ? [{ part, time }] : [];
      });
      const own = timed.length > 1 ? timed.find((t) => eventWordSpans(t.part).length > 0) : undefined;
      if (own) return own.time;
    }
  }
  // "The two leaders held talks at the palace, during a state visit that began on Monday": the time named in a phrase
  // set off after the occasion is the other occasion's, when the occasion names none of its own.
  const during = journey ? null : DURING_ANOTHER.exec(text);
  if (during && eventWordSpans(during[1]).length > 0 && !readTimeIn(during[1], reference, announced)) return null;
  return readTimeIn(text, reference, announced);
}
/** An occasion, then another set off after it: "…, during a state visit that began on Monday" (group 1: the first). */
const DURING_ANOTHER = /^(.+?),\s+(?:during|amid|on|in the course of)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|trip|tour|stay|summit|conference|forum)\b/iu;
/** What every clause break of splitClauses has: a semicolon, a comma, a dash or a space before a word. */
const MAY_BREAK = /[;,—–]|--/;

function readTimeIn(text: string, reference: string | null, announced: boolean): EventTime | null {
  const absolute = FOUR_DIGITS.test(text) ? readDayRange(text, null, announced) ?? readFullDate(text) ?? readMonthYear(text) ?? readYear(text) : null;
  if (absolute) return absolute;
  if (!reference || !TIME_WORD.test(text)) return null;
  for (const resolve of RESOLVERS) {
    const t = resolve(text, reference, announced);
    if (t) return t;
  }
  return null;
}

/** Full dates, month-and-year and years all have four digits: text without them has no absolute time. */
const FOUR_DIGITS = /\d{4}/;
/**
 * A word every one of RESOLVERS needs (a digit, a month, "…day", "tonight", "ago", "wee" of "week"…), case
 * aside: text without one has no relative time. ("wee", as readRelativePeriod lower-cases and so reads a Kelvin
 * sign as "k".) Keep it in step with the resolvers.
 */
const TIME_WORD = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|tonight|morning|afternoon|evening|tomorrow|ago|year|wee|month/i;

/**
 * The words of a clause that can date its event: a "since …" phrase ("the highest-level visit since Biden took
 * office in 2021") dates the start of a period, not the event, unless the clause itself looks back ("since they
 * last met in November"), where that is the occasion it reports. An arrival ("after arriving in China on
 * Wednesday, Blinken met Wang", "Zelensky, who arrived on Saturday, met Modi") dates the journey, not a meeting held after it.
 * `after` is what follows the clause in its sentence (a day said at an occasion named there is the occasion's).
 */
export function timeWords(text: string, recall: boolean, journey = false, announced = false, after = ''): string {
  const blank = (m: string) => ' '.repeat(m.length);
  const withoutArrival = journey ? text : text.replace(ARRIVAL, blank);
  // "agreed on Tuesday to work toward a summit in Lisbon next year": the day of an agreement is not the day of the
  // occasion announced as what was agreed.
  const arrived =
    announced && AGREEMENT.test(withoutArrival) ? withoutArrival.replace(AGREED_ON, (m: string, verb: string) => verb + blank(m.slice(verb.length))) : withoutArrival;
  const words = REPORTING_WORD.test(arrived)
    ? arrived.replace(REPORTED_ON, (m: string, at: number, whole: string) =>
        (AFTER_A_COMMA.test(arrived.slice(Math.max(0, at - 70), at)) && !OCCASION_AFTER.test(whole.slice(at + m.length, at + m.length + 60) || after)) ||
        THAT_FOLLOWS.test(whole.slice(at + m.length, at + m.length + 12))
          ? blank(m)
          : m,
      )
    : arrived;
  return recall ? words : words.replace(PERIOD_START, blank);
}
const AGREEMENT = /\b(?:agreed|decided|pledged|vowed|promised|resolved|undertook)\s/iu;
const AGREED_ON =
  /\b(agreed|decided|pledged|vowed|promised|resolved|undertook)\s+(?:on\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)(?=\s+to\s)/giu;
const ARRIVAL = /\b(?:(?:after|upon|on|since)\s+(?:(?:his|her|their)\s+)?(?:arriving|arrival|landing)|(?:who|which)\s+(?:had\s+)?(?:arrived|landed|flew\s+in))\b[^,;.()]*/gi;
/**
 * ", the ministry said on Thursday": the day a trailing attribution names is when the report came, not the
 * occasion's ("X held talks with Y in Kyiv, the ministry said on Thursday").
 */
const REPORTING_WORD = /\b(?:said|says|announced|reported|reports|added|stated|confirmed|noted)\s/i;
const REPORTED_ON =
  /\b(?:said|says|announced|reported|reports|added|stated|confirmed|noted)\s+(?:on\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b/gi;
/**
 * "announced on Friday that Berg would travel to Paris next week": the day of a report whose content follows
 * dates the report, not the occasion it tells of.
 */
const THAT_FOLLOWS = /^\s*(?:,\s*)?that\b/iu;
/** What stands before a trailing attribution: a comma (and a quotation it closes) and its source ("…, the ministry ", "…,” the agency "). */
const AFTER_A_COMMA = /,["”’']?\s+(?:[^,;.()]{1,60}?\s)?$/;
/** '“…,” Trump said on Wednesday as he held his first Cabinet meeting': the day the words were said at the occasion after them. */
const OCCASION_AFTER = /^\s*,?\s*(?:as|while|when|during|at|after|before|ahead\s+of)\b/iu;

/** Whether a clause names an arrival, the one thing a journey's time reads that a meeting's does not. */
export function namesArrival(text: string): boolean {
  ARRIVAL.lastIndex = 0;
  return ARRIVAL.test(text);
}
/** The start of a period the occasion is counted in: "since …", "after becoming prime minister in May last year", "took office". */
const PERIOD_START = /\b(?:since|after\s+(?:becoming|being\s+elected)|took office|taking office|came to power|in office)\b[^,;.()]*/gi;

/** A clause without its "since …" phrase, blanked so offsets stay put: "their first call since their summit in
 * California" names no place or time of the call. */
export function withoutPeriodStart(text: string): string {
  return text.replace(PERIOD_START, (m) => ' '.repeat(m.length));
}

/**
 * A clause without the "since …" phrases that name no occasion: "his first trip abroad since Russia invaded 300 days
 * ago" starts a period, and its "ago" is no look back at the trip; "since they last met in Bali a year ago" is kept.
 * `eventWords` are the clause's event words (cues.ts' eventWordSpans) at its offsets, found here if not given.
 */
export function withoutPeriodStartOfNoOccasion(text: string, eventWords?: readonly Span[]): string {
  let events = eventWords;
  return text.replace(PERIOD_START, (m: string, at: number) =>
    (events ??= eventWordSpans(text)).some((e) => e.start >= at && e.end <= at + m.length) ? m : ' '.repeat(m.length),
  );
}

/** An explicit calendar date with its year, or a range "from April 24 to 26, 2024". */
function readFullDate(text: string): EventTime | null {
  const d = findFullDate(text);
  return d ? exact(d.date) : null;
}

const RESOLVERS: Resolver[] = [
  readDayRange,
  readMonthDay,
  readDayOfMonth,
  readWeekday,
  readDeictic,
  readMonthAlone,
  readRelativePeriod,
];

/**
 * A span of days: with its year, read as given; without, in the year that puts its first day on the expected
 * side of `reference` (null when there is neither).
 */
function readDayRange(text: string, reference: string | null, announced: boolean): EventTime | null {
  const m = MONTH_DAY_RANGE.exec(text);
  const n = m ? null : DAY_RANGE_MONTH.exec(text);
  const [month, first, joiner, last, year] = m
    ? [monthNumber(m[1]), +m[2], m[3], +m[4], m[5]]
    : n
      ? [monthNumber(n[4]), +n[1], n[2], +n[3], n[5]]
      : [undefined, 0, '', 0, undefined];
  if (!month || last <= first) return null;
  const from = year ? isoDate(+year, month, first) : reference ? nearestYearDate(month, first, reference, announced) : null;
  const to = from ? isoDate(+from.slice(0, 4), month, last) : null;
  if (!from || !to) return null;
  return joiner === 'and' ? { day: null, from, to } : { day: null, from, to, span: true };
}

function readMonthDay(text: string, reference: string, announced: boolean): EventTime | null {
  const m = MONTH_DAY.exec(text);
  const n = m ? null : DAY_MONTH.exec(text);
  const month = m ? monthNumber(m[1]) : n ? monthNumber(n[2]) : undefined;
  const day = m ? +m[2] : n ? +n[1] : 0;
  if (!month) return null;
  const date = nearestYearDate(month, day, reference, announced);
  return date ? exact(date) : null;
}

/** "on the 2nd", "held on the 14th": a day of this month, or of the one before (past) or after (announced). */
function readDayOfMonth(text: string, reference: string, announced: boolean): EventTime | null {
  const date = dayOfMonthIn(text);
  const day = date !== null ? dayOfMonthNear(reference, date, announced) : null;
  return day ? exact(day) : null;
}

function readWeekday(text: string, reference: string, announced: boolean): EventTime | null {
  const m = WEEKDAY_RE.exec(text);
  if (!m) return null;
  const weekday = WEEKDAYS.indexOf(m[1].toLowerCase());
  // "On Thursday (6th)", "until Thursday, 6th": the day of the month says which Thursday, before or after.
  const dated = WEEKDAY_AND_DAY.exec(text.slice(m.index));
  let day: string | null = null;
  for (let d = -WEEKDAY_REACH; dated && !day && d <= WEEKDAY_REACH; d++) {
    const candidate = addDays(reference, d);
    if (weekdayOf(candidate) === weekday && +candidate.slice(8, 10) === +dated[1]) day = candidate;
  }
  // "on an official visit until Thursday": under way from the report to that day, which ends it.
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  const until = UNTIL.test(before);
  // "on Tuesday last week", "Friday of next week": that weekday of the week named, whatever the tense.
  const week = weekAfterWeekday(text.slice(m.index + m[0].length));
  if (week !== null) day ??= weekdayInWeek(reference, weekday, week);
  // "last Thursday" is before the publication day, even on a Thursday; "next Thursday" after it.
  if (LAST_BEFORE.test(before)) day ??= reportedWeekday(reference, weekday, true);
  if (NEXT_BEFORE.test(before)) day ??= nextWeekday(addDays(reference, 1), weekday);
  day ??= announced || until ? nextWeekday(reference, weekday) : reportedWeekday(reference, weekday);
  if (!day) return null;
  return until && day > reference ? { day: null, from: reference, to: day } : exact(day);
}
const WEEKDAY_AND_DAY = /^\p{L}+\s*(?:,\s*|\(\s*)(\d{1,2})(?:st|nd|rd|th)\b/u;
const WEEKDAY_REACH = 7;
const LAST_BEFORE = /\blast\s+$/iu;
const NEXT_BEFORE = /\bnext\s+$/iu;
/** "until Thursday", "through Friday": the end of something under way, ahead of the report. */
const UNTIL = /\b(?:until|till|through)\s+(?:next\s+)?$/iu;

function readDeictic(text: string, reference: string): EventTime | null {
  if (/\b(?:today|tonight|this (?:morning|afternoon|evening)|later in the day|earlier in the day|later today|earlier today)\b/i.test(text)) return exact(reference);
  if (/\byesterday\b/i.test(text)) return exact(addDays(reference, -1));
  if (/\btomorrow\b/i.test(text)) return exact(addDays(reference, 1));
  return null;
}

function readMonthYear(text: string): EventTime | null {
  const m = MONTH_YEAR.exec(text);
  const month = m ? monthNumber(m[1]) : undefined;
  return m && month ? monthWindow(+m[2], month) : null;
}

function readMonthAlone(text: string, reference: string, announced: boolean): EventTime | null {
  const m = MONTH_ALONE.exec(text);
  const month = m ? monthNumber(m[2]) : undefined;
  if (!m || !month) return null;
  const [y, pm] = reference.split('-').map(Number);
  const cue = m[1].toLowerCase();
  const yearCue = (m[3] ?? '').toLowerCase();
  let year: number;
  if (yearCue.includes('this')) year = y;
  else if (yearCue.includes('last')) year = y - 1;
  else if (yearCue.includes('next')) year = y + 1;
  else if (cue === 'next' || NEXT_OCCASION_BEFORE.test(text.slice(0, m.index)) || (tenseAround(text, m.index, m.index + m[0].length) ?? (announced ? 'ahead' : 'past')) === 'ahead') year = month >= pm ? y : y + 1;
  else if (cue === 'last' && month === pm) year = y - 1;
  else year = month <= pm ? y : y - 1;
  return monthWindow(year, month);
}

/** "a rate cut at the next MPC meeting in October was the base case": the next occasion is ahead, whatever the tense. */
const NEXT_OCCASION_BEFORE = /\bnext\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|session|round|visit|talks)\s*$/iu;

/**
 * Whether the words around a time look back or ahead, by the nearest verb of tense before it in its clause
 * ("who visited Bamako in March", "ministers to meet in Cotonou in September", "a decision is expected at the
 * summit in Belem in November"), else the nearest after it ("a meeting planned for Accra in March was postponed").
 * Null when neither says: the clause's own reading (announced or not) decides then.
 */
function tenseAround(text: string, start: number, end: number): 'past' | 'ahead' | null {
  const before = text.slice(0, start);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  let tense: 'past' | 'ahead' | null = null;
  let journey: RegExpMatchArray | null = null;
  for (const v of before.slice(clauseStart).matchAll(TENSE_CUE)) {
    // "who came to attend the summit in September": the infinitive is the purpose of a journey, whose tense it
    // keeps. ("had agreed to hold a summit in July" looks ahead.)
    const purpose = journey && INFINITIVE.test(v[0]) && v.index! - (journey.index! + journey[0].length) <= PURPOSE_GAP;
    if (!purpose) tense = v[1] ? 'ahead' : 'past';
    journey = JOURNEY_VERB.test(v[0]) ? v : null;
  }
  if (tense) return tense;
  const after = /^[^,;.!?]*/u.exec(text.slice(end))![0];
  const next = TENSE_CUE_ONCE.exec(after);
  return next ? (next[1] ? 'ahead' : 'past') : null;
}
/** A verb of tense: group 1 looks ahead ("will", "would", "is expected", "to meet"), else it looks back ("was", "met"). */
const TENSE_CUE_SOURCE =
  "\\b(?:(will|would|shall|(?:is|are|am)\\s+(?:due|expected|set|scheduled|slated|planned|to|going\\s+to)|to\\s+(?:meet|hold|host|visit|travel|attend|open|take\\s+place|be\\s+held|sign|fly|go|hold\\s+talks))|was|were|had|did|met|held|hosted|visited|attended|travell?ed|went|came|flew|arrived|took\\s+place|signed|postponed|cancell?ed|called\\s+off|ended|opened|closed|began)\\b";
const TENSE_CUE = new RegExp(TENSE_CUE_SOURCE, 'giu');
const INFINITIVE = /^to\s/iu;
const JOURNEY_VERB = /^(?:came|went|travell?ed|flew|arrived)$/iu;
/** At most a word between a journey and the infinitive of its purpose ("came to", "travelled there to"). */
const PURPOSE_GAP = 8;
const TENSE_CUE_ONCE = new RegExp(TENSE_CUE_SOURCE, 'iu');

function readRelativePeriod(text: string, reference: string, announced: boolean): EventTime | null {
  const year = +reference.slice(0, 4);
  const t = text.toLowerCase();
  const ago = /\b(\d+|a|one|two|three|four|five|six|several|a few|few)\s+(day|week|month|year)s?\s+ago\b/.exec(t);
  if (ago) return agoWindow(reference, ago[1], ago[2]);
  // "A few minutes ago, Erdogan arrived in Cairo": the page's own day.
  if (/\b(?:\d+|an?|one|two|three|several|a few|few)\s+(?:minute|hour)s?\s+ago\b|\bmoments\s+ago\b/.test(t)) return exact(reference);
  if (/\blast year\b|\ba year ago\b/.test(t)) return { day: null, from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  if (/\bnext year\b/.test(t)) return { day: null, from: `${year + 1}-01-01`, to: `${year + 1}-12-31` };
  // "later this year", "will visit Seoul by the end of the year": after the day it is said, not on it.
  if (/\blater this year\b/.test(t) || (announced && END_OF_YEAR.test(t))) return { day: null, from: addDays(reference, 1), to: `${year}-12-31` };
  if (/\bearlier this year\b/.test(t)) return { day: null, from: `${year}-01-01`, to: reference };
  // "collapsed over the weekend": the Saturday and Sunday before the publication day (or that day's), the coming
  // ones when announced ("will meet this weekend").
  const weekend = WEEKEND.exec(t);
  if (weekend) return weekendOf(reference, weekend[1] === 'next' || (weekend[1] !== 'last' && announced));
  // The week before or after the publication day's, Monday to Sunday.
  if (/\blast week\b/.test(t)) return { day: null, ...calendarWeek(reference, -1) };
  if (/\bnext week\b/.test(t)) return { day: null, ...calendarWeek(reference, 1) };
  if (/\bthis week\b|\bin recent days\b/.test(t)) return { day: null, from: addDays(reference, -6), to: addDays(reference, 6) };
  if (/\blast month\b/.test(t)) return { day: null, from: addDays(reference, -62), to: addDays(reference, -1) };
  if (/\bnext month\b|\bcoming weeks\b/.test(t)) return { day: null, from: reference, to: addDays(reference, 62) };
  if (/\bcoming months\b/.test(t)) return { day: null, from: reference, to: addDays(reference, 200) };
  if (/\bthis year\b/.test(t)) return announced ? { day: null, from: reference, to: `${year}-12-31` } : { day: null, from: `${year}-01-01`, to: reference };
  // "The visit comes just days after Abiy visited Eritrea": the occasion it comes after, within the weeks before.
  const comesAfter = COMES_AFTER.exec(t);
  if (comesAfter?.[1] && !announced) {
    const [nearest, farthest] = comesAfter[1] === 'week' ? [7, 42] : comesAfter[1] === 'month' ? [28, 120] : [1, 14];
    return { day: null, from: addDays(reference, -farthest), to: addDays(reference, -nearest) };
  }
  return null;
}
const COMES_AFTER = new RegExp(COMES_AFTER_SOURCE);

const WEEKEND = /\b(this|last|next|the)\s+weekend\b/;
const END_OF_YEAR = /\b(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b|\bby\s+year[-\s]end\b/;

/** The Saturday and Sunday of the weekend on or before `reference`, or (ahead) on or after it. */
function weekendOf(reference: string, ahead: boolean): EventTime {
  const weekday = weekdayOf(reference);
  const saturday = ahead ? addDays(reference, weekday === 0 ? -1 : 6 - weekday) : addDays(reference, -((weekday + 1) % 7));
  return { day: null, from: saturday, to: addDays(saturday, 1) };
}

function readYear(text: string): EventTime | null {
  const m = YEAR_ALONE.exec(text);
  return m ? { day: null, from: `${m[1]}-01-01`, to: `${m[1]}-12-31` } : null;
}

/** The day `month`/`day` in the year that puts it on the expected side of the publication day. */
function nearestYearDate(month: number, day: number, reference: string, announced: boolean): string | null {
  const year = +reference.slice(0, 4);
  const candidates = [year - 1, year, year + 1].map((y) => isoDate(y, month, day)).filter((d): d is string => d !== null);
  const slack = 3;
  const fitting = announced
    ? candidates.filter((d) => d >= addDays(reference, -slack))
    : candidates.filter((d) => d <= addDays(reference, slack));
  if (fitting.length === 0) return null;
  const chosen = announced ? fitting[0] : fitting[fitting.length - 1];
  // "the summit on 17 February" in a story of 10 February, with no word that announces it: next week, not a year ago.
  const soon = candidates.find((d) => d > reference && d <= addDays(reference, SOON_DAYS));
  return !announced && soon && chosen < addDays(reference, -LONG_AGO_DAYS) ? soon : chosen;
}
const SOON_DAYS = 30;
const LONG_AGO_DAYS = 300;

function agoWindow(reference: string, amount: string, unit: string): EventTime {
  // "several", "a few", "four" …: about four.
  const n = smallCount(amount) ?? 4;
  const vague = !/^\d+$|^(a|one|two|three|four|five|six)$/.test(amount);
  const days = { day: 1, week: 7, month: 30, year: 365 }[unit as 'day' | 'week' | 'month' | 'year'];
  const centre = addDays(reference, -n * days);
  if (unit === 'day' && !vague) return exact(centre);
  const spread = vague ? n * days : Math.ceil(days / 2);
  return { day: null, from: addDays(centre, -spread), to: addDays(centre, Math.min(spread, n * days - 1)) };
}

function monthWindow(year: number, month: number): EventTime {
  const from = isoDate(year, month, 1)!;
  const to = addDays(month === 12 ? `${year + 1}-01-01` : isoDate(year, month + 1, 1)!, -1);
  return { day: null, from, to };
}

function exact(day: string): EventTime {
  return { day, from: day, to: day };
}

/** Whether two times can be the same occasion, allowing `slackDays` for time zones and reporting lag. */
export function timesOverlap(a: EventTime, b: EventTime, slackDays = 0): boolean {
  return addDays(a.from, -slackDays) <= b.to && addDays(b.from, -slackDays) <= a.to;
}
