import type { EventKind, EventMention, Span } from '../model';
import { addDays, smallCount } from '../dates';
import { namesOtherTime } from './when';
import { testWhereFound } from '../text/regexMatches';

/**
 * The day each source was last placed at by the text: a sentence that names a day and names them (as a
 * speaker, a subject, an addressee), or a dated meeting, call or visit they took part in. A statement with no
 * day of its own is dated from its speaker's place, so the remarks of one occasion reported over several
 * paragraphs share its day; a later explicit day for the same source replaces the earlier one.
 */
export class Occasions {
  private readonly dayBySource = new Map<string, { day: string; at: number }>();
  /** Dated event mentions that report (not announce) an occasion, in text order. */
  private readonly dated: EventMention[];
  /** Every mention that reports an occasion, dated or not, with its day (see `dayOfMention`), in text order. */
  private readonly mentions: Array<{ mention: EventMention; day: string | null }>;
  private next = 0;
  /** The day of the last dated occasion read, which "the meeting", "the talks" refer back to. */
  private lastOccasionDay: string | null = null;
  /** The day of the last dated occasion read of each family, which "the talks", "the call" refer back to. */
  private readonly lastDayOfFamily = new Map<Family, string>();
  /** The starts of the occasion mentions only told of by people who took part (see toldOnlyIn). */
  private readonly toldOf = new Set<number>();
  /**
   * The starts of those others tell of: they place their people, but never back to an earlier day than the one the
   * text has them at ("the two ministers held a phone call on October 9, according to the ministry", told after their
   * talks of the 13th, leaves them at the talks).
   */
  private readonly toldByOthers = new Set<number>();
  /** The first mention that may still overlap a sentence (sentences are read in text order). */
  private firstOpen = 0;

  constructor(eventMentions: EventMention[], isPerson: (key: string) => boolean, published: string | null = null) {
    // At one place in the text, a journey before what happened during it: "arrived on Wednesday for a state visit,
    // and met Xi on Thursday" leaves its sources at Thursday's meeting.
    const journeyFirst = (m: EventMention) => (m.kind === 'visit' || m.kind === 'tour' ? 0 : 1);
    const reported = eventMentions.filter((m) => !m.announced).sort((a, b) => a.start - b.start || journeyFirst(a) - journeyFirst(b));
    const daysByPerson = new Map<string, Set<string>>();
    for (const m of reported) if (m.date) for (const p of m.participants) if (isPerson(p)) (daysByPerson.get(p) ?? daysByPerson.set(p, new Set()).get(p)!).add(m.date);
    this.mentions = reported.map((mention) => ({ mention, day: mention.date ?? undatedDay(mention, daysByPerson, isPerson, published) }));
    // An undated occasion the article places on one day places its other participants there too: "Baerbock told a
    // joint news conference with Qin" after the lead dated her visit.
    this.dated = this.mentions.filter((m) => m.day).map(({ mention, day }) => (mention.date ? mention : { ...mention, date: day }));
  }

  /** Places the participants of the dated occasions reported before `offset` (not those only told of, see toldOnlyIn). */
  readUpTo(offset: number): void {
    while (this.next < this.dated.length && this.dated[this.next].start < offset) {
      const m = this.dated[this.next++];
      if (this.toldByOthers.has(m.start)) this.place(m.participants.filter((p) => !((this.placedDay(p) ?? '') > m.date!)), m.date!, m.start);
      else if (!this.toldOf.has(m.start)) this.place(m.participants, m.date!, m.start);
      this.lastOccasionDay = m.date;
      this.lastDayOfFamily.set(familyOf(m.kind), m.date!);
    }
  }

  /**
   * The occasions of `sentence` that its `sources` took part in and only tell of, in what they said ("McPhail said
   * the squad had spoken with Moffat by video call on Friday"), unless the reporter's words name another of their
   * people (`named`): they place nobody, so that what the speaker says next is not dated by them either. An
   * occasion others tell of ("the visit is aimed at arms deliveries, observers said") still places its people.
   */
  toldOnlyIn(sentence: Span, sources: string[], named: string[]): void {
    for (const { mention } of this.mentionsIn(sentence)) {
      if (named.some((k) => !sources.includes(k) && mention.participants.includes(k))) continue;
      if (sources.some((s) => mention.participants.includes(s))) this.toldOf.add(mention.start);
      else this.toldByOthers.add(mention.start);
    }
  }

  /** Places `sources` at `day`, by words at offset `at`. */
  place(sources: Iterable<string>, day: string, at: number): void {
    for (const s of sources) this.dayBySource.set(s, { day, at });
  }

  /** Forgets where `sources` were placed: the text has set them at another, unpinned time. */
  unplace(sources: Iterable<string>): void {
    for (const s of sources) this.dayBySource.delete(s);
  }

  /** The day of `sources` (one source under its several keys): the first key placed. */
  dayOf(sources: string[]): string | null {
    return this.placeOf(sources)?.day ?? null;
  }

  /** The day of `sources` (the first key placed), with the offset of the words that placed them there. */
  placeOf(sources: string[]): { day: string; at: number } | null {
    for (const s of sources) {
      const place = this.dayBySource.get(s);
      if (place) return place;
    }
    return null;
  }

  /**
   * The day of the occasion the reporter's words refer back to ("during the meeting", "said after the talks"): the
   * last dated one of that kind (a call on the 9th is not "the talks" of the 13th), else the last dated one.
   */
  dayReferredTo(words: string): string | null {
    const match = THE_OCCASION.exec(words);
    if (!match) return null;
    const day = this.lastDayOfFamily.get(familyNamed(match[1])) ?? this.lastOccasionDay;
    // "A day after the talks, the ministry said …": so many days after that day.
    const later = /\b(a|an|one|two|three|\d{1,2})\s+days?\s+$/iu.exec(words.slice(Math.max(0, match.index - 24), match.index));
    const days = later && /^after\b/iu.test(match[0]) ? smallCount(later[1]) : null;
    return day && days && FULL_DAY.test(day) ? addDays(day, days) : day;
  }

  /** The day of an occasion reported in `sentence` that `sources` took part in ("during their talks on Friday",
   * "In their final meeting, Xi told Biden" when the article dates that meeting elsewhere). `framed`: whether the
   * reporter's words, outside what was said, set the statement at an occasion ("told Biden", "after the talks"); an
   * occasion only in what was said ("he had spoken with her by video call on Friday") is what the statement is about,
   * not where it was made, unless the reporter's words name another of its people (`named`). */
  dayIn(sentence: Span, sources: string[], framed: boolean, named: () => string[]): string | null {
    for (const { mention, day } of this.mentionsIn(sentence)) {
      if (!day || !sources.some((s) => mention.participants.includes(s))) continue;
      if (framed || named().some((k) => !sources.includes(k) && mention.participants.includes(k))) return day;
    }
    return null;
  }

  /** The latest full day of the occasions `sentence` reports, or null. */
  latestDayIn(sentence: Span): string | null {
    let latest: string | null = null;
    for (const { day } of this.mentionsIn(sentence)) if (day && FULL_DAY.test(day) && (!latest || day > latest)) latest = day;
    return latest;
  }

  /** Forgets where `sources` were placed when that is before `day`: the text has them at a later occasion. */
  unplaceBefore(sources: Iterable<string>, day: string): void {
    for (const s of sources) {
      const placed = this.placedDay(s);
      if (placed !== undefined && placed < day) this.dayBySource.delete(s);
    }
  }

  private placedDay(source: string): string | undefined {
    return this.dayBySource.get(source)?.day;
  }

  /** Whether `sentence` reports an occasion the article gives no day: "At a rally, Dahl said …". */
  reportsUndatedIn(sentence: Span): boolean {
    for (const { day } of this.mentionsIn(sentence)) if (!day) return true;
    return false;
  }

  /** The mentions that overlap `sentence` (sentences are asked about in text order). */
  private *mentionsIn(sentence: Span): Iterable<{ mention: EventMention; day: string | null }> {
    while (this.firstOpen < this.mentions.length && this.mentions[this.firstOpen].mention.end <= sentence.start) this.firstOpen++;
    for (let i = this.firstOpen; i < this.mentions.length; i++) {
      const m = this.mentions[i];
      if (m.mention.start >= sentence.end) break;
      if (m.mention.end > sentence.start) yield m;
    }
  }
}

/**
 * The day of an undated occasion of two or more people, unless its words set it at another time ("since they last
 * met in 2022"): the one day on which the article places all of them at a dated occasion; or, where it places only
 * some of them, the day of publication when that is their one day ("Baerbock told a joint news conference with Qin"
 * in a report of her visit that day). A journey's first day is not the day of every meeting during it.
 */
function undatedDay(m: EventMention, daysByPerson: Map<string, Set<string>>, isPerson: (key: string) => boolean, published: string | null): string | null {
  const persons = m.participants.filter(isPerson);
  if (persons.length < 2 || namesOtherTime(m.text)) return null;
  let common: string[] | null = null;
  let unplaced = false;
  for (const p of persons) {
    const days = daysByPerson.get(p);
    if (!days) {
      unplaced = true;
      continue;
    }
    common = common ? common.filter((d) => days.has(d)) : [...days];
  }
  if (common?.length !== 1) return null;
  return !unplaced || common[0] === published ? common[0] : null;
}

/** A day with its year, month and day of the month (occasions may have only a month: "2024-06"). */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A definite reference to an occasion already reported: "during the meeting", "after their talks", "told the
 * ceremony". */
const THE_OCCASION =
  /\b(?:during|at|after|in|on\s+the\s+sidelines\s+of|told|addressed|addressing)\s+(?:the|their|this|that)\s+(?:[\p{L}-]+\s+){0,2}(meeting|talks|call|visit|summit|negotiations|conversation|ceremony|opening|gathering|forum|session|banquet|dinner|reception)\b/iu;

/** Kinds of occasion that one word may refer back to: "the talks" is the meeting, not the call before it. */
type Family = 'meeting' | 'call' | 'visit' | 'other';

function familyOf(kind: EventKind): Family {
  if (kind === 'call') return 'call';
  if (kind === 'visit' || kind === 'tour') return 'visit';
  return kind === 'meeting' || kind === 'talks' || kind === 'summit' || kind === 'conference' ? 'meeting' : 'other';
}

/** The family of the occasion a word of THE_OCCASION names. */
function familyNamed(word: string): Family {
  const w = word.toLowerCase();
  return w === 'call' || w === 'conversation' ? 'call' : w === 'visit' ? 'visit' : 'meeting';
}

/** An occasion not reported before, named with "a": "at a rally", "during an interview", "at a hearing in Bergen". */
const AN_OCCASION =
  /\b(?:at|during|in|after|before|on\s+the\s+sidelines\s+of)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:rally|ceremony|hearing|meeting|conference|briefing|event|speech|interview|session|forum|summit|debate|dinner|reception|vigil|protest|march|service|launch|visit|tour|trip|match|game|sermon|lecture|address|appearance)\b/iu;

/** The steps of a court, where lawyers and families speak after the hearing: "Outside court, Dahl said …". */
const COURT_STEPS = /\boutside\s+(?:the\s+)?court(?:house|room)?\b|\bon\s+the\s+(?:court(?:house)?\s+)?steps\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}court(?:house)?\b/iu;

/**
 * Whether the reporter's words set a statement outside the court: after a hearing that is not the one the speaker
 * was last placed at ("Dahl had told the court on Wednesday …. Outside court, Dahl said …").
 */
export function namesCourtSteps(words: string): boolean {
  return testWhereFound(/court/i, COURT_STEPS, words);
}

/** Words of an occasion in the reporter's words around a statement: "said after the talks", "told the hearing", "by phone". */
const OCCASION_IN_FRAME =
  /\b(?:met|meet|meeting|meetings|talks|voted|vote|session|hearing|debate|conference|summit|briefing|rally|ceremony|assembly|forum|inquiry|trial|call|phone|visit|visited|visiting|trip|spoke|spoken|speaking|lunch|dinner|interview|sidelines)\b/iu;

/** Whether the reporter's words around a statement tell of an occasion at all (see Occasions.dayIn). */
export function namesOccasionInFrame(words: string): boolean {
  return OCCASION_IN_FRAME.test(words);
}

/** Whether the reporter's words name an occasion of their own: "At a rally, Dahl said …" (not "In a statement"). */
export function namesAnOccasion(words: string): boolean {
  return AN_OCCASION.test(words);
}

/** An occasion at which people speak, which those reported after it speak at: a meeting, a vote, a hearing. */
const SPEAKING_OCCASION =
  /\b(?:met|meeting|meetings|talks|voted|vote|session|hearing|debate|conference|summit|briefing|rally|ceremony|assembly|forum|inquiry|trial)\b/iu;

/** Whether the words tell of an occasion at which people speak: "the council voted", "after a four-hour meeting". */
export function namesSpeakingOccasion(words: string): boolean {
  return SPEAKING_OCCASION.test(words);
}

/** The keys a source is remembered under: a person key, or the words naming an organisation or unnamed source
 * ("the Wall Street Journal") with their initials ("wsj"), so "the WSJ" later is the same source. */
export function sourceKeys(speaker: string | null, speakerText: string | null): string[] {
  if (speaker) return [speaker];
  if (!speakerText) return [];
  const words = speakerText.replace(/^(?:the|a|an)\s+/iu, '').trim();
  if (!words || /^(?:he|she|they|it|you|we|i)$/iu.test(words)) return [];
  const key = `source:${words.toLowerCase()}`;
  const capitalised = words.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length >= 2 && capitalised.length === words.split(/\s+/).length) {
    return [key, `source:${capitalised.map((w) => w[0]).join('').toLowerCase()}`];
  }
  return [key];
}
