import type { ArticleReading, CorpusEvent, Person } from '../model';
import { readFrame, undatedWindow, type EventFrame, type EventGroup, type LinkBasis, type LocalEvent } from './eventFrame';
import { datelineMonth, referenceDay, timesOverlap, type EventTime } from './eventTime';
import { describeEvent } from './eventLabel';

const DAY_SLACK = 1;

/**
 * Groups event mentions into events, first within each article (pronouns and "the meeting" join the occasion
 * they refer to), then across articles: same kind of occasion, the same people, compatible day and place.
 * Precision first: a link is made only when every pair of articles in the group agrees.
 */
export function groupEvents(readings: ArticleReading[], personIdOf: (file: string, key: string) => string | undefined, people: Person[]): CorpusEvent[] {
  const locals = readings.flatMap((r) => localEvents(r, personIdOf));
  const groups = linkAcrossArticles(locals);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return assignIds(groups.map((g) => describeEvent(g, names)));
}

/** The occasions one article reports, each with its mentions. */
export function localEvents(reading: ArticleReading, personIdOf: (file: string, key: string) => string | undefined): LocalEvent[] {
  const file = reading.article.file;
  const reference = referenceDay(reading.article);
  const events: LocalEvent[] = [];
  for (const mention of reading.eventMentions) {
    const frame = readFrame(mention, reference, (key) => personIdOf(file, key));
    const home = findLast(events, (e) => joinsLocally(e, frame));
    if (home) addFrame(home, frame);
    else events.push(newLocalEvent(file, frame));
  }
  if (!reference) assumeDatelineMonth(events, datelineMonth(reading.article));
  return events;
}

/** Without a full date anywhere, the dateline's month ("September 13.") is the month of the news it reports. */
function assumeDatelineMonth(events: LocalEvent[], month: number | null): void {
  for (const e of events) if (e.month === null && !e.recall && !e.announced) e.month = month;
}

function joinsLocally(e: LocalEvent, f: EventFrame): boolean {
  if (e.cls !== f.cls || e.recall !== f.recall || e.frames.some((x) => x.unrealised) !== f.unrealised) return false;
  if (e.time && f.time && !timesOverlap(e.time, f.time, DAY_SLACK)) return false;
  if (!setsMeet(e.placeCountries, f.placeCountries) || !setsMeet(e.orgs, f.orgs)) return false;
  const persons = new Set(f.persons);
  if (persons.size === 0 || e.persons.size === 0) return e.cls !== 'encounter' || persons.size === 0;
  return isSubset(persons, e.persons) || (isSubset(e.persons, persons) && e.persons.size >= 1 && persons.size - e.persons.size <= 1);
}

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
    time: null,
    weekday: null,
    month: null,
    recall: frame.recall,
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
  e.announced &&= f.mention.announced;
  e.speculative &&= f.speculative;
  if (f.time && (!e.time || isNarrower(f.time, e.time))) e.time = f.time;
  e.weekday ??= f.weekday;
  e.month ??= f.month;
}

/** The time a local event is compared on across articles: its own words', else close to publication. */
function comparableTime(e: LocalEvent): EventTime | null {
  if (e.time) return e.time;
  if (e.recall) return null;
  return undatedWindow(e.cls, e.reference, e.announced);
}

/**
 * Local events grouped across articles, strongest links first. Two groups merge only when no member of one
 * contradicts a member of the other (another day, place or pair of people): no chains through a vague report.
 */
function linkAcrossArticles(locals: LocalEvent[]): EventGroup[] {
  const times = locals.map(comparableTime);
  const agree = (a: number, b: number) => locals[a].file === locals[b].file || !contradict(locals[a], locals[b], times[a], times[b]);
  const candidates = withoutAmbiguousGuesses(candidateLinks(locals, times), agree);
  candidates.sort((x, y) => BASIS_RANK[x.basis] - BASIS_RANK[y.basis]);
  const groupOf = locals.map((_, i) => i);
  const members = new Map<number, number[]>(locals.map((_, i) => [i, [i]]));
  const basisOf = new Map<number, LinkBasis | null>();
  for (const { a, b, basis } of candidates) {
    const [ga, gb] = [groupOf[a], groupOf[b]];
    if (ga === gb) continue;
    const [ma, mb] = [members.get(ga)!, members.get(gb)!];
    if (!ma.every((x) => mb.every((y) => agree(x, y)))) continue;
    for (const y of mb) groupOf[y] = ga;
    members.set(ga, [...ma, ...mb]);
    members.delete(gb);
    basisOf.set(ga, weakest([basisOf.get(ga) ?? null, basisOf.get(gb) ?? null, basis]));
  }
  return [...members.entries()].map(([g, ids]) => ({ locals: ids.map((i) => locals[i]), basis: basisOf.get(g) ?? null }));
}

interface Candidate {
  a: number;
  b: number;
  basis: LinkBasis;
}

const BASIS_RANK: Record<LinkBasis, number> = { 'same-day': 0, approximate: 1, undated: 2 };

/** Every pair of local events in different articles that could be one occasion, compared within blocks only. */
function candidateLinks(locals: LocalEvent[], times: Array<EventTime | null>): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const bucket of blocks(locals).values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = [bucket[i], bucket[j]];
        if (locals[a].file === locals[b].file || seen.has(pairKey(a, b))) continue;
        seen.add(pairKey(a, b));
        const basis = linkBasis(locals[a], locals[b], times[a], times[b]);
        if (basis) out.push({ a, b, basis });
      }
    }
  }
  return out;
}

/**
 * An undated report that fits two occasions which cannot be the same (the 2023 and the 2024 meeting of the
 * same pair in the same city) is left unlinked rather than guessed.
 */
function withoutAmbiguousGuesses(candidates: Candidate[], agree: (a: number, b: number) => boolean): Candidate[] {
  const guesses = new Map<number, number[]>();
  for (const c of candidates) {
    if (c.basis !== 'undated') continue;
    guesses.set(c.a, [...(guesses.get(c.a) ?? []), c.b]);
    guesses.set(c.b, [...(guesses.get(c.b) ?? []), c.a]);
  }
  const ambiguous = new Set<number>();
  for (const [i, partners] of guesses) {
    if (partners.some((x, n) => partners.slice(n + 1).some((y) => !agree(x, y)))) ambiguous.add(i);
  }
  return candidates.filter((c) => c.basis !== 'undated' || (!ambiguous.has(c.a) && !ambiguous.has(c.b)));
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** Buckets of local events that could be the same occasion: same class and the same person pair, person or body. */
function blocks(locals: LocalEvent[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const put = (key: string, i: number) => {
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  };
  locals.forEach((e, i) => {
    for (const key of blockKeys(e)) put(`${e.cls}|${key}`, i);
  });
  return out;
}

function blockKeys(e: LocalEvent): string[] {
  const persons = [...e.persons].sort();
  switch (e.cls) {
    case 'encounter':
    case 'call':
      return persons.flatMap((p, i) => persons.slice(i + 1).map((q) => `${p}+${q}`));
    case 'gathering':
      return [...e.orgs];
    case 'document':
      return [...persons, ...e.countries];
    default:
      return persons;
  }
}

/** Whether two local events in different articles are the same occasion, and on what basis. */
function linkBasis(a: LocalEvent, b: LocalEvent, ta: EventTime | null, tb: EventTime | null): LinkBasis | null {
  if (a.speculative || b.speculative || contradict(a, b, ta, tb)) return null;
  if (ta && tb) return ta.day && tb.day ? 'same-day' : 'approximate';
  return undatedButAlike(a, b) ? 'undated' : null;
}

/** Two reports that cannot be of one occasion: other people, another day, weekday or month, another country. */
function contradict(a: LocalEvent, b: LocalEvent, ta: EventTime | null, tb: EventTime | null): boolean {
  if (a.cls !== b.cls || !participantsAgree(a, b)) return true;
  if (ta && tb && !timesOverlap(ta, tb, DAY_SLACK)) return true;
  const [ma, mb] = [a.month ?? monthOf(ta), b.month ?? monthOf(tb)];
  return !setsMeet(a.placeCountries, b.placeCountries) || !weekdaysAgree(a.weekday, b.weekday) || !sameOrUnknown(ma, mb);
}

/** The month a time falls in, when it falls in one. */
function monthOf(t: EventTime | null): number | null {
  return t && t.from.slice(0, 7) === t.to.slice(0, 7) ? +t.from.slice(5, 7) : null;
}

/**
 * Without a day to compare (no publication day and no date in the text), two reports are linked only on
 * positive evidence: the same day of the week or month, or (for meetings and calls) the same city or country;
 * and neither looks back to an earlier occasion.
 */
function undatedButAlike(a: LocalEvent, b: LocalEvent): boolean {
  if (a.recall || b.recall) return false;
  const sameWeekday = a.weekday !== null && a.weekday === b.weekday;
  const sameMonth = a.month !== null && a.month === b.month;
  if (sameWeekday || sameMonth) return true;
  // A traveller goes back to the same capitals: for visits and tours a shared place proves nothing.
  if (a.cls === 'visit' || a.cls === 'tour') return false;
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
  const shared = intersection(a.persons, b.persons);
  switch (a.cls) {
    case 'encounter':
    case 'call':
      return shared >= 2 && !(a.persons.size - shared >= 2 && b.persons.size - shared >= 2);
    case 'gathering':
      return intersection(a.orgs, b.orgs) >= 1;
    case 'document':
      return shared >= 1 || intersection(a.countries, b.countries) >= 1;
    default:
      return shared >= 1;
  }
}

function weakest(bases: Array<LinkBasis | null>): LinkBasis | null {
  const present = bases.filter((b): b is LinkBasis => b !== null);
  return present.length ? present.reduce((x, y) => (BASIS_RANK[x] >= BASIS_RANK[y] ? x : y)) : null;
}

/** Stable ids: a slug of kind, people and day, numbered when two events would share one. */
function assignIds(events: CorpusEvent[]): CorpusEvent[] {
  const seen = new Map<string, number>();
  const sorted = [...events].sort((a, b) => firstMentionKey(a).localeCompare(firstMentionKey(b)));
  for (const e of sorted) {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    if (n > 1) e.id = `${e.id}-${n}`;
  }
  return sorted;
}

function firstMentionKey(e: CorpusEvent): string {
  const m = e.mentions[0];
  return `${m.file}\u0000${String(m.start).padStart(9, '0')}`;
}

function isNarrower(a: EventTime, b: EventTime): boolean {
  const width = (t: EventTime) => Date.parse(t.to) - Date.parse(t.from);
  return width(a) < width(b);
}

function setsMeet(a: Set<string> | string[], b: Set<string> | string[]): boolean {
  const [sa, sb] = [new Set(a), new Set(b)];
  return sa.size === 0 || sb.size === 0 || intersection(sa, sb) > 0;
}

function intersection(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function isSubset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function findLast<T>(xs: T[], test: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (test(xs[i])) return xs[i];
  return undefined;
}
