import type { ArticleReading, CorpusEvent, Person, SkippedFile, Span, Statement } from '../model';
import { resolveIdentities } from '../nlp/identity';
import { groupEvents } from '../events/groupEvents';

import { PIPELINE_VERSION } from './version';

export { PIPELINE_VERSION };

export interface ArticleSummary {
  file: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  warnings: string[];
}

/** The JSON the CLI prints and the editor loads: plain data only. `quotes` holds Statements. */
export interface CorpusIndexData {
  version: string;
  articles: ArticleSummary[];
  people: Person[];
  quotes: Statement[];
  events: CorpusEvent[];
  skipped: SkippedFile[];
}

/** Links article-local readings into one corpus: identities across articles, statements by person id, events. */
export function buildCorpusIndex(readings: ArticleReading[], skipped: SkippedFile[] = []): CorpusIndexData {
  const sorted = [...readings].sort((a, b) => a.article.file.localeCompare(b.article.file));
  const identities = resolveIdentities(sorted);
  const quotes: Statement[] = [];
  for (const r of sorted) {
    for (const s of r.statements) {
      quotes.push({ ...s, speaker: s.speaker ? identities.idOf(r.article.file, s.speaker) ?? null : null });
    }
  }
  const events = groupEvents(sorted, identities.idOf, identities.people);
  return {
    version: PIPELINE_VERSION,
    articles: sorted.map(({ article: a }) => ({ file: a.file, title: a.title, outlet: a.outlet, published: a.published, warnings: a.warnings })),
    people: identities.people,
    quotes,
    events,
    skipped: [...skipped].sort((a, b) => a.file.localeCompare(b.file)),
  };
}

/** Answers questions about an index from memory. */
export class CorpusQuery {
  private readonly peopleById = new Map<string, Person>();
  private readonly statementsBySpeaker = new Map<string, Statement[]>();
  private readonly articlesByFile = new Map<string, ArticleSummary>();
  private readonly eventsById = new Map<string, CorpusEvent>();
  private wordsOfStatements: string[] | undefined;

  constructor(readonly data: CorpusIndexData) {
    for (const p of data.people) this.peopleById.set(p.id, p);
    for (const a of data.articles) this.articlesByFile.set(a.file, a);
    for (const e of data.events) this.eventsById.set(e.id, e);
    for (const s of data.quotes) {
      if (!s.speaker) continue;
      const list = this.statementsBySpeaker.get(s.speaker) ?? [];
      list.push(s);
      this.statementsBySpeaker.set(s.speaker, list);
    }
  }

  person(id: string): Person | undefined {
    return this.peopleById.get(id);
  }

  statementsOf(personId: string): Statement[] {
    return this.statementsBySpeaker.get(personId) ?? [];
  }

  /** The person named at `offset` in `file`, if any. */
  personAt(file: string, offset: number): Person | undefined {
    return this.data.people.find((p) => p.mentions.some((m) => m.file === file && contains(m, offset)));
  }

  statementAt(file: string, offset: number): Statement | undefined {
    return this.data.quotes.find((s) => s.file === file && contains(s, offset));
  }

  eventsAt(file: string, offset: number): CorpusEvent[] {
    return this.data.events.filter((e) => e.mentions.some((m) => m.file === file && contains(m, offset)));
  }

  article(file: string): ArticleSummary | undefined {
    return this.articlesByFile.get(file);
  }

  event(id: string): CorpusEvent | undefined {
    return this.eventsById.get(id);
  }

  /** The people named in `file`, in the order of their first mention there. */
  peopleIn(file: string): Person[] {
    return this.data.people
      .filter((p) => p.mentions.some((m) => m.file === file))
      .sort((a, b) => firstStartIn(a.mentions, file) - firstStartIn(b.mentions, file));
  }

  /** The events `file` reports, in the order of their first mention there. */
  eventsIn(file: string): CorpusEvent[] {
    return this.data.events
      .filter((e) => e.mentions.some((m) => m.file === file))
      .sort((a, b) => firstStartIn(a.mentions, file) - firstStartIn(b.mentions, file));
  }

  /**
   * Statements in other articles that carry the same words as `statement`: equal once case, quote marks
   * and punctuation are set aside, or one containing the other when the shorter has at least
   * MIN_SHARED_WORDS words.
   */
  sameWordsElsewhere(statement: Statement): Statement[] {
    const words = (this.wordsOfStatements ??= this.data.quotes.map((s) => comparableWords(s.text)));
    const mine = comparableWords(statement.text);
    if (!mine) return [];
    return this.data.quotes.filter((other, i) => other.file !== statement.file && sameWords(mine, words[i]));
  }

  /** The statements reported in `file`, in text order. */
  statementsIn(file: string): Statement[] {
    return this.data.quotes.filter((s) => s.file === file).sort((a, b) => a.start - b.start);
  }

  /** `spans` in reading order: articles by publication date (undated last, then by file), spans in text order. */
  inReadingOrder<T extends Span & { file: string }>(spans: readonly T[]): T[] {
    return [...spans].sort((a, b) => this.compareArticles(a.file, b.file) || a.start - b.start);
  }

  /**
   * The first mention of `event` in the article after (`step` 1) or before (-1) `file` in report order,
   * cycling; undefined when no other article reports it.
   */
  adjacentReport(event: CorpusEvent, file: string, step: 1 | -1): EventReport | undefined {
    const firsts = this.inReadingOrder(event.mentions).filter((m, i, all) => i === 0 || all[i - 1].file !== m.file);
    const here = firsts.findIndex((m) => m.file === file);
    if (firsts.length < 2 || here < 0) return firsts.find((m) => m.file !== file);
    return firsts[(here + step + firsts.length) % firsts.length];
  }

  private compareArticles(a: string, b: string): number {
    const dayA = this.article(a)?.published ?? '9999';
    const dayB = this.article(b)?.published ?? '9999';
    return dayA.localeCompare(dayB) || a.localeCompare(b);
  }
}

/** One article's mention of an event. */
export type EventReport = CorpusEvent['mentions'][number];

/** How many distinct articles report `event`. */
export function articleCountOf(event: CorpusEvent): number {
  return new Set(event.mentions.map((m) => m.file)).size;
}

const MIN_SHARED_WORDS = 5;

/** Lower-case words of `text` separated by single spaces, with punctuation and quote marks dropped. */
export function comparableWords(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .trim();
}

function sameWords(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.split(' ').length >= MIN_SHARED_WORDS && ` ${longer} `.includes(` ${shorter} `);
}

function firstStartIn(spans: Array<Span & { file: string }>, file: string): number {
  return Math.min(...spans.filter((m) => m.file === file).map((m) => m.start));
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}
