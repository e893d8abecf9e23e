import { addDays, DAY_OF_MONTH_SOURCE, dayOfMonthNear, FULL_DATE_SOURCE, NO_DAY_BEFORE_SOURCE, findFullDate, isoDate, monthNumber, reportedWeekday, weekAfterWeekday, weekdayInWeek, weekdayOf, WEEKDAY_ABBREVIATION, WEEKDAYS } from '../dates';

/**
 * The day a statement was made, from the reporter's words around it (never from the quoted words):
 * explicit dates, and relative days resolved against the publication date, past-biased because speech
 * is reported after it happens. Null whenever the words do not pin one day.
 */

/** A weekday written out, with a word of time before it ("last Friday"); "on Fridays" is no match. */
const WEEKDAY = /\b(?:(last|this|on|early|late|earlier|later)\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day(?:['’]s)?\b/giu;
/** "every Friday", "Good Friday": a habit or a day of a name, no day (looked for before a weekday found, not at every offset). */
const NO_DAY_BEFORE = new RegExp(`\\b${NO_DAY_BEFORE_SOURCE}$`, 'u');
/** "said Sun.": capitalised, with its full stop, and not a title ("The Sun."). */
const WEEKDAY_SHORT = new RegExp(`(?<!\\b[Tt]he\\s)\\b(?:(last|on)\\s+)?(${WEEKDAY_ABBREVIATION})\\.(?![\\p{L}\\d])`, 'gu');
const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?!\s*,?\s*\d{4})/gu;
const MONTH_DAY = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{4})(?!\d)/gu;
const DAY_OF_MONTH = new RegExp(DAY_OF_MONTH_SOURCE, 'gu');
const YESTERDAY = /\byesterday\b/giu;
const TODAY = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/giu;
const FULL_DATE = new RegExp(FULL_DATE_SOURCE, 'giu');
/** A cheap test that rules out most sentences before the date patterns run. */
const MAY_NAME_A_DAY = /\d|day\b|today|tonight|this (?:morning|afternoon|evening)/i;
/** What WEEKDAY_SHORT needs: kept apart (and case-sensitive) so that the test above stays cheap. */
const MAY_NAME_A_WEEKDAY_SHORT = new RegExp(`${WEEKDAY_ABBREVIATION}\\.`);
/** What DAY_MONTH and MONTH_DAY (case-sensitive) need besides a digit: the start of a month's name. */
const MAY_NAME_A_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

/**
 * The one day the words name, or null when they name none or several different days.
 * `published` anchors relative days; without it only full dates count.
 */
export function dayNamedIn(words: string, published: string | null): string | null {
  if (!MAY_NAME_A_DAY.test(words) && !(published && MAY_NAME_A_WEEKDAY_SHORT.test(words))) return null;
  const days = new Set<string>();
  // Cheap tests first: a full date holds a year, a partial date a day of the month and a month's name.
  if (/\d{4}/.test(words)) for (const d of fullDates(words)) days.add(d);
  if (published) {
    if (/\d/.test(words) && MAY_NAME_A_MONTH.test(words)) for (const d of partialDates(words, published)) days.add(d);
    for (const d of weekdays(words, published)) days.add(d);
    if (/\d(?:st|nd|rd|th)\b/.test(words)) for (const d of daysOfMonth(words, published)) days.add(d);
    if (YESTERDAY.test(words)) days.add(addDays(published, -1));
    if (TODAY.test(words)) days.add(published);
  }
  YESTERDAY.lastIndex = 0;
  TODAY.lastIndex = 0;
  const day = days.size === 1 ? [...days][0] : null;
  // Words are said by the day they are reported: a day after publication is another occasion's ("ahead of the May 29 inauguration").
  return day && published && day > published ? null : day;
}

function fullDates(words: string): string[] {
  const out: string[] = [];
  for (const m of words.matchAll(FULL_DATE)) {
    const d = findFullDate(m[0]);
    if (d) out.push(d.date);
  }
  return out;
}

const AHEAD_DAYS = 60;

/** "on 3 March", "March 3": the most recent such day on or before publication, unless the day comes within
 * AHEAD_DAYS after it: "ahead of the May 29 inauguration" in an article of May 7 is this year's, still to come. */
function partialDates(words: string, published: string): string[] {
  const out: string[] = [];
  const year = Number(published.slice(0, 4));
  const soon = addDays(published, AHEAD_DAYS);
  const add = (month: number | undefined, day: number) => {
    if (!month) return;
    const thisYear = isoDate(year, month, day);
    if (!thisYear) return;
    out.push(thisYear <= soon ? thisYear : isoDate(year - 1, month, day) ?? thisYear);
  };
  for (const m of words.matchAll(DAY_MONTH)) add(monthNumber(m[2]), Number(m[1]));
  for (const m of words.matchAll(MONTH_DAY)) add(monthNumber(m[1]), Number(m[2]));
  return out;
}

/** "on the 14th": this month's 14th if it is not after publication, else last month's. */
function daysOfMonth(words: string, published: string): string[] {
  const out: string[] = [];
  for (const m of words.matchAll(DAY_OF_MONTH)) {
    const day = dayOfMonthNear(published, Number(m[1]), false);
    if (day) out.push(day);
  }
  return out;
}

/** "on Saturday", "Monday's call": the most recent such weekday on or before publication, unless that is six
 * days back (see reportedWeekday); "last Friday" is before the publication day. */
function weekdays(words: string, published: string): string[] {
  const out: string[] = [];
  for (const m of namedWeekdays(words)) {
    const day = m.week !== undefined ? weekdayInWeek(published, m.weekday, m.week) : reportedWeekday(published, m.weekday, m.last);
    if (day) out.push(day);
  }
  return out;
}

/** The weekdays the words name, written out or abbreviated, each with whether "last" comes before it, and the
 * week a phrase after it names ("on Tuesday last week": -1). */
function namedWeekdays(words: string): Array<{ weekday: number; last: boolean; week?: number }> {
  const out: Array<{ weekday: number; last: boolean; week?: number }> = [];
  for (const re of MAY_NAME_A_WEEKDAY_SHORT.test(words) ? [WEEKDAY, WEEKDAY_SHORT] : [WEEKDAY]) {
    for (const m of words.matchAll(re)) {
      if (re === WEEKDAY && NO_DAY_BEFORE.test(words.slice(Math.max(0, m.index - 20), m.index))) continue;
      const week = weekAfterWeekday(words.slice(m.index + m[0].length, m.index + m[0].length + 20));
      out.push({
        weekday: WEEKDAYS.findIndex((w) => w.startsWith(m[2].slice(0, 3).toLowerCase())),
        last: m[1]?.toLowerCase() === 'last',
        ...(week !== null ? { week } : {}),
      });
    }
  }
  return out;
}

/** The reporter reaching the source: "reached by phone", "contacted by email". */
const CONTACTED_SOURCE = '\\b(?:reached|contacted)\\s+(?:by|on|via)\\s+(?:phone|telephone|email|e-mail|text|message)\\b';
const CONTACTED = new RegExp(CONTACTED_SOURCE, 'iu');

/** Whether the words tell of the reporter reaching the source ("Zhang, reached by phone, declined …"): an occasion of
 * its own, of no day. */
export function namesContact(words: string): boolean {
  return (words.includes('reached') || words.includes('contacted') || words.includes('Reached') || words.includes('Contacted')) && CONTACTED.test(words);
}

const MONTH_NAME = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** Reporter's words that set a statement at another time than the occasion being reported, without pinning a
 * day: "earlier", "later", "last year", "in March", "had said", "in an interview", "wrote on X". */
const OTHER_TIME = new RegExp(
  [
    '\\b(?:earlier|later|previously|formerly|recently|before|afterwards|since|ago|repeatedly|often|once\\s+said|many\\s+times)\\b',
    '\\b(?:last|this|next|past|previous|coming)\\s+(?:week|month|year|time|night|spring|summer|autumn|fall|winter|weekend)\\b',
    `\\bin\\s+(?:(?:early|late|mid-?)\\s*)?(?:${MONTH_NAME}|\\d{4}|the\\s+past|the\\s+spring|the\\s+summer|the\\s+autumn|the\\s+winter)\\b`,
    '\\bhad\\s+(?:not\\s+|\\p{L}+ly\\s+)?\\p{Ll}+(?:ed|en|id|ld|ote|ught)\\b',
    '\\b(?:interview|op-ed|memoir|book|podcast|tweet|post|posted|tweeted)\\b',
    CONTACTED_SOURCE,
    '\\b(?:wrote|said|posted|stated)\\s+(?:\\p{L}+\\s+){0,2}on\\s+(?:X|Twitter|Facebook|Telegram|Weibo|social\\s+media|(?:his|her|their|its)\\s+(?:official\\s+)?(?:account|channel|page|website|blog|feed))\\b',
  ].join('|'),
  'iu',
);
/** "told the Financial Times", "told Reuters", "told the newspaper": an interview of its own, not the occasion reported.
 * Case matters: "told a joint news conference" is no outlet. */
const TOLD_OUTLET =
  /\btold\s+(?:the\s+|a\s+)?(?:(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}(?:Times|Post|Journal|News|Reuters|Bloomberg|Agency|TV|Television|Radio|Herald|Guardian|Telegraph|Tribune|Gazette|CNN|BBC|AFP|Xinhua|TASS|Kyodo|Yonhap|Daily|Network|Magazine)|newspaper|broadcaster|news\s+agency|magazine)\b/u;
/** OTHER_TIME anchored where it is tried: at the start of a word that can open one of its patterns. */
const OTHER_TIME_HERE = new RegExp(OTHER_TIME.source, 'iuy');
/** The words OTHER_TIME's patterns open with ("op" for "op-ed"). */
const OPENS_OTHER_TIME = new Set(
  'earlier later previously formerly recently before afterwards since ago repeatedly often once many last this next past previous coming in had interview op memoir book podcast tweet post posted tweeted wrote said stated reached contacted'.split(' '),
);
const LONGEST_OPENING = Math.max(...[...OPENS_OTHER_TIME].map((w) => w.length));
/** Runs of the letters OTHER_TIME's words are made of, with the two non-ASCII letters that match ASCII ones
 * case-insensitively (ſ for s, the Kelvin sign for k). */
const LETTERS = /[A-Za-z\u017F\u212A]+/g;
/** Words that announce rather than report: a day named with them is not a day anyone was placed at. */
const AHEAD = /\b(?:will|shall|would|scheduled|expected|set\s+to|due\s+to|plans?\s+to|planned|is\s+to|are\s+to|next|upcoming|later)\b/iu;

/**
 * Whether a day carried from elsewhere fits the weekdays the words name ("said on Thursday" cannot be carried a
 * Wednesday). Words that name no weekday fit any day.
 */
export function fitsNamedWeekdays(words: string, day: string): boolean {
  return namedWeekdays(words).every((m) => m.weekday === weekdayOf(day));
}

/** Whether the reporter's words set what was said at another, unpinned time (so no day is carried to it). */
export function namesOtherTime(words: string): boolean {
  if (words.includes('told') && TOLD_OUTLET.test(words)) return true;
  // Every pattern opens at a word boundary with one of a few words: the big pattern is tried only there.
  LETTERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LETTERS.exec(words))) {
    if (m[0].length > LONGEST_OPENING) continue;
    // Lower-casing turns the Kelvin sign into "k"; "ſ" stays as it is.
    const word = m[0].toLowerCase();
    if (!OPENS_OTHER_TIME.has(word.includes('\u017F') ? word.replace(/\u017F/g, 's') : word)) continue;
    OTHER_TIME_HERE.lastIndex = m.index;
    if (OTHER_TIME_HERE.test(words)) return true;
  }
  return false;
}

/** "has said", "have long argued": what holds since some time, not what was said on a day. */
const PERFECT = /\b(?:has|have)\s+(?:not\s+|long\s+|\p{L}+ly\s+)?\p{Ll}+(?:ed|en|id|ld|ote|ught)\b/u;

/** Whether the words tell of what someone has said or done up to now ("Dahl has said …"), at no one day. */
export function namesPerfect(words: string): boolean {
  return PERFECT.test(words);
}

/** A verb in the past: "decided", "met", "said". */
const PAST_VERB = /\b(?:\p{Ll}{2,}ed|said|met|held|told|spoke|wrote|gave|made|took|won|lost|began|went|came|sent|left|chose|sold|struck|fell|rose|broke|ran)\b/u;

/**
 * The day the words name for what happened, not for what is planned: "the board decided Tuesday night" in "The
 * district will cut 40 posts next year, the board decided Tuesday night" (the clause naming the day is in the past),
 * but not "The council will vote on Friday".
 */
export function dayOfWhatHappened(words: string, published: string | null): string | null {
  const day = dayNamedIn(words, published);
  if (!day || !looksAhead(words)) return day;
  const clauses = words.split(/[,;]/u).filter((c) => dayNamedIn(c, published) === day);
  return clauses.length === 1 && !looksAhead(clauses[0]) && PAST_VERB.test(clauses[0]) ? day : null;
}

/** Whether the words look ahead to something planned, so a day they name places nobody. */
export function looksAhead(words: string): boolean {
  return AHEAD.test(words);
}
