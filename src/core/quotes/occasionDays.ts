import type { ArticleReading, CorpusEvent, Statement } from '../model';
import { findStatements } from './findStatements';

/** The event a report belongs to, and the day the corpus pins for it. */
export interface OccasionDay {
  event: string;
  day: string;
}

/**
 * The day each report of an occasion gets from the corpus: for every event with a pinned day, its mentions,
 * by file and span. An article that does not date a meeting learns its day from another report of it.
 */
export function occasionDaysByFile(events: readonly CorpusEvent[]): Map<string, Map<string, OccasionDay>> {
  const out = new Map<string, Map<string, OccasionDay>>();
  for (const e of events) {
    if (!e.date) continue;
    const day = { event: e.id, day: e.date };
    for (const m of e.mentions) {
      let days = out.get(m.file);
      if (!days) out.set(m.file, (days = new Map()));
      days.set(spanKey(m), day);
    }
  }
  return out;
}

/** The days the corpus gives to an article's undated reports of held occasions, as "index:day" pairs; '' when none. */
export function corpusDaysKey(reading: ArticleReading, days: ReadonlyMap<string, OccasionDay> | undefined): string {
  if (!days) return '';
  return [...corpusDays(reading, days)].map(([i, day]) => `${i}:${day}`).join(',');
}

/**
 * The article's statements with the days their occasions get from other reports: the statements are read
 * again with those reports dated, and a statement the article left undated takes the day the second reading
 * gives it (same words, same speaker). A day the article's own words give is never replaced.
 */
export function withCorpusDays(reading: ArticleReading, days: ReadonlyMap<string, OccasionDay>): Statement[] {
  const given = corpusDays(reading, days);
  const mentions = reading.eventMentions.map((m, i) => (given.has(i) ? { ...m, date: given.get(i)! } : m));
  const again = new Map(findStatements(reading.article, reading.people, mentions).map((s) => [spanKey(s), s]));
  return reading.statements.map((s) => {
    if (s.when) return s;
    const dated = again.get(spanKey(s));
    return dated?.when && dated.speaker === s.speaker ? { ...s, when: dated.when } : s;
  });
}

/**
 * The day, by mention index, for each undated report of a held occasion whose event the corpus dates, unless
 * the article dates that event itself: its own day stands ("a meeting Sunday", by the reporter's clock).
 */
function corpusDays(reading: ArticleReading, days: ReadonlyMap<string, OccasionDay>): Map<number, string> {
  const datedHere = new Set<string>();
  for (const m of reading.eventMentions) if (m.date && !m.announced) datedHere.add(days.get(spanKey(m))?.event ?? '');
  const out = new Map<number, string>();
  reading.eventMentions.forEach((m, i) => {
    const given = m.date || m.announced ? undefined : days.get(spanKey(m));
    if (given && !datedHere.has(given.event)) out.set(i, given.day);
  });
  return out;
}

function spanKey(s: { start: number; end: number }): string {
  return `${s.start}:${s.end}`;
}
