/** Calendar dates as YYYY-MM-DD strings, parsed from the forms news text uses. Pure and UTC-only. */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** The months' names in full, as a pattern: "(January|…|December)". */
export const MONTH_NAME_SOURCE = '(January|February|March|April|May|June|July|August|September|October|November|December)';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday's abbreviation as some outlets write it after a cue ("said Sun."), without its full stop. */
export const WEEKDAY_ABBREVIATION = '(?:Sun|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)';

/** The end of a year: a word boundary, or a time run into it as a copied page can give it ("March 12, 20253:47 PM"). */
const YEAR_END = '(?:\\b|(?=\\d{1,2}:\\d{2}))';

/** Matches one full calendar date: "March 3, 2023", "3 March 2023", "2023-03-03". Groups are read by parseDate. */
/** A full date: "2024-05-13" (or "2024.05.13"), "May 13, 2024", "13 May 2024", and day first with dots or slashes, "13.05.2024", "13/05/2024"
 * (a slashed date whose day and month could be swapped is no date: "05/06/2024"). */
export const FULL_DATE_SOURCE =
  `(?:\\b(\\d{4})[-.](\\d{2})[-.](\\d{2})(?:\\b|(?=T\\d))|\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${YEAR_END}|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+(\\d{4})${YEAR_END}|\\b(\\d{1,2})([./])(\\d{1,2})\\11(\\d{4})\\b)`;

export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** The first full calendar date in `text`, with where it is. */
export function findFullDate(text: string): { date: string; index: number; length: number } | null {
  const re = new RegExp(FULL_DATE_SOURCE, 'i');
  const m = re.exec(text);
  if (!m) return null;
  let date: string | null = null;
  if (m[1]) date = isoDate(+m[1], +m[2], +m[3]);
  else if (m[4]) date = isoDate(+m[6], monthNumber(m[4]) ?? 0, +m[5]);
  else if (m[7]) date = isoDate(+m[9], monthNumber(m[8]) ?? 0, +m[7]);
  else if (m[10]) date = dayFirst(+m[10], m[11], +m[12], +m[13]);
  return date ? { date, index: m.index, length: m[0].length } : null;
}

/**
 * A slashed date that could be read day first or month first ("04/11/2025": 4 November or 11 April), as its two
 * readings, day first first; null when there is none or only one reading is a date.
 */
export function findSlashedDateEitherWay(text: string): { readings: [string, string]; index: number; length: number } | null {
  const m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (!m) return null;
  const dayFirst = isoDate(+m[3], +m[2], +m[1]);
  const monthFirst = isoDate(+m[3], +m[1], +m[2]);
  return dayFirst && monthFirst && dayFirst !== monthFirst ? { readings: [dayFirst, monthFirst], index: m.index, length: m[0].length } : null;
}

/** "13.05.2024" is day first; "05/13/2024" can only be month first, "13/05/2024" only day first, "05/06/2024" either. */
function dayFirst(a: number, separator: string, b: number, year: number): string | null {
  if (separator === '.') return isoDate(year, b, a);
  if (a > 12 && b <= 12) return isoDate(year, b, a);
  if (b > 12 && a <= 12) return isoDate(year, a, b);
  return null;
}

/** How many a small count says: "3", "a", "one", "the" (day before), "two", "three"; null for a word it does not know. */
export function smallCount(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return w === 'a' || w === 'an' || w === 'one' || w === 'the' ? 1 : w === 'two' ? 2 : w === 'three' ? 3 : null;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * The most recent day named `weekday` on or before `anchor` (past-biased, for reported speech):
 * "on Saturday" in an article published on Saturday is that Saturday.
 */
export function previousWeekday(anchor: string, weekday: number): string {
  const delta = (weekdayOf(anchor) - weekday + 7) % 7;
  return addDays(anchor, -delta);
}

/**
 * The day a reporter means by a bare past weekday ("said on Thursday"), or null when it cannot be pinned: the
 * weekday after the publication day would be six days back, which reporters write as "last Thursday"; a bare
 * "on Thursday" there more likely means the story was updated after its date. `explicitlyLast` is "last Thursday".
 */
export function reportedWeekday(published: string, weekday: number, explicitlyLast = false): string | null {
  if (explicitlyLast) return previousWeekday(addDays(published, -1), weekday);
  const day = previousWeekday(published, weekday);
  return addDays(published, -6) === day ? null : day;
}

/**
 * The day named `weekday` in the week (Monday to Sunday) `weeks` weeks from the one `anchor` is in: "on Tuesday last
 * week" (-1), "on Friday next week" (1).
 */
export function weekdayInWeek(anchor: string, weekday: number, weeks: number): string {
  const monday = addDays(anchor, -((weekdayOf(anchor) + 6) % 7));
  return addDays(monday, 7 * weeks + ((weekday + 6) % 7));
}

/** The Monday and the Sunday of the week `weeks` weeks from the one `anchor` is in ("next week": 1). */
export function calendarWeek(anchor: string, weeks: number): { from: string; to: string } {
  const from = weekdayInWeek(anchor, 1, weeks);
  return { from, to: addDays(from, 6) };
}

/**
 * The day of the month `day` ("on the 14th") nearest `anchor` on the side it is expected: this month's if it is
 * not after `anchor`, else last month's (past); this month's if it is not before, else next month's (`ahead`).
 * Null when the month has no such day.
 */
export function dayOfMonthNear(anchor: string, day: number, ahead: boolean): string | null {
  const [y, m] = anchor.split('-').map(Number);
  const thisMonth = isoDate(y, m, day);
  if (thisMonth && (ahead ? thisMonth >= anchor : thisMonth <= anchor)) return thisMonth;
  const other = ahead ? (m === 12 ? [y + 1, 1] : [y, m + 1]) : m === 1 ? [y - 1, 12] : [y, m - 1];
  return isoDate(other[0], other[1], day);
}

/** The next day named `weekday` on or after `anchor` (for announced events: "will meet on Wednesday"). */
export function nextWeekday(anchor: string, weekday: number): string {
  const delta = (weekday - weekdayOf(anchor) + 7) % 7;
  return addDays(anchor, delta);
}

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "22 Feb 2023" for labels. */
export function formatDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTH_ABBREVIATIONS[m - 1]} ${y}`;
}

/** "Nov 2025" for labels, of "2025-11". */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${MONTH_ABBREVIATIONS[m - 1]} ${y}`;
}

/** "8–9 Jul 2024", "30 Jun – 2 Jul 2024", "30 Dec 2024 – 2 Jan 2025", or one day as formatDay gives it. */
export function formatDays(from: string, to: string | null): string {
  if (!to || to === from) return formatDay(from);
  const [[y1, m1, d1], [y2, m2]] = [from, to].map((x) => x.split('-').map(Number));
  const first = y1 !== y2 ? formatDay(from) : m1 !== m2 ? `${d1} ${MONTH_ABBREVIATIONS[m1 - 1]}` : String(d1);
  return `${first}${m1 === m2 && y1 === y2 ? '–' : ' – '}${formatDay(to)}`;
}

/**
 * "on the 14th", "held since the 2nd": a day of the month as a date (group 1), this month's or one near it. Not "the 2nd
 * floor", "the 14th round": a word after it must be a preposition or a conjunction ("the 14th of March" is read with
 * its month elsewhere).
 */
export const DAY_OF_MONTH_SOURCE = String.raw`\b(?:on|since|until|by)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?![ \t]+(?!(?:in|at|and|with|when|after|before|but|to|for|as|during|where|while|that|this|of\s+(?:this|the)\s+month)\b)\p{L})`;
const DAY_OF_MONTH = new RegExp(DAY_OF_MONTH_SOURCE, 'u');

/** The day of the month the words name as a date ("met on the 2nd": 2), or null. */
export function dayOfMonthIn(words: string): number | null {
  const m = DAY_OF_MONTH.exec(words);
  return m ? Number(m[1]) : null;
}

/** "on Tuesday last week", "Friday of next week": right after a weekday, the week it is in. */
const WEEK_AFTER = /^\s*,?\s*(?:of\s+)?(last|this|next)\s+week\b/iu;
const WEEKS: Record<string, number> = { last: -1, this: 0, next: 1 };

/** The week the words right after a weekday name, in weeks from the one of the day read against ("last week": -1); null for none. */
export function weekAfterWeekday(after: string): number | null {
  const m = WEEK_AFTER.exec(after);
  return m ? WEEKS[m[1].toLowerCase()] : null;
}

/**
 * Words before a weekday that then names no day: a habit ("every Friday", "each other Monday"), or a day with a name
 * of its own ("the Good Friday Agreement", "Black Monday", "Super Tuesday").
 */
export const NO_DAY_BEFORE_SOURCE = String.raw`(?:(?:[Ee]very|[Ee]ach)\s+(?:other\s+|single\s+)?|(?:Good|Holy|Maundy|Ash|Palm|Shrove|Black|Bloody|Cyber|Super)\s+)`;
