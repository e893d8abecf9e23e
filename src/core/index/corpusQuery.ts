import type { CorpusEvent, Person, SkippedFile, Span, Statement } from '../model';
import { PIPELINE_VERSION } from './version';

/**
 * Questions about a linked corpus index, answered from memory. This module reads plain data only: the
 * editor loads it without the reader (compromise and the pipeline stay in the indexing worker).
 */

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

/** The index of an empty corpus. */
export function emptyCorpusIndex(): CorpusIndexData {
  return { version: PIPELINE_VERSION, articles: [], people: [], quotes: [], events: [], skipped: [] };
}

/** Answers questions about an index from memory. */
export class CorpusQuery {
  private readonly peopleById = new Map<string, Person>();
  private readonly statementsBySpeaker = new Map<string, Statement[]>();
  private readonly articlesByFile = new Map<string, ArticleSummary>();
  private readonly eventsById = new Map<string, CorpusEvent>();
  private wordsOfStatements: string[] | undefined;
  // Built on first use: a warm start pays only for the lookups it makes.
  private personSpans: SpanIndex | undefined;
  private statementSpans: SpanIndex | undefined;
  private eventSpans: SpanIndex | undefined;

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

  /** The person named at `offset` in `file`, if any (the first in index order when two spans overlap). */
  personAt(file: string, offset: number): Person | undefined {
    const owners = (this.personSpans ??= SpanIndex.of(this.data.people, (p) => p.mentions)).ownersAt(file, offset);
    return owners.length ? this.data.people[Math.min(...owners)] : undefined;
  }

  statementAt(file: string, offset: number): Statement | undefined {
    const owners = (this.statementSpans ??= SpanIndex.of(this.data.quotes, (s) => [s])).ownersAt(file, offset);
    return owners.length ? this.data.quotes[Math.min(...owners)] : undefined;
  }

  eventsAt(file: string, offset: number): CorpusEvent[] {
    const owners = (this.eventSpans ??= SpanIndex.of(this.data.events, (e) => e.mentions)).ownersAt(file, offset);
    return [...new Set(owners)].sort((a, b) => a - b).map((i) => this.data.events[i]);
  }

  article(file: string): ArticleSummary | undefined {
    return this.articlesByFile.get(file);
  }

  event(id: string): CorpusEvent | undefined {
    return this.eventsById.get(id);
  }

  /** The people named in `file`, in the order of their first mention there. */
  peopleIn(file: string): Person[] {
    return (this.personSpans ??= SpanIndex.of(this.data.people, (p) => p.mentions)).ownersIn(file).map((i) => this.data.people[i]);
  }

  /** The events `file` reports, in the order of their first mention there. */
  eventsIn(file: string): CorpusEvent[] {
    return (this.eventSpans ??= SpanIndex.of(this.data.events, (e) => e.mentions)).ownersIn(file).map((i) => this.data.events[i]);
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
    return (this.statementSpans ??= SpanIndex.of(this.data.quotes, (s) => [s])).spansIn(file).map((i) => this.data.quotes[i]);
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

/**
 * The spans of a list of owners (people, statements, events), by file: sorted by start, with the
 * running maximum of their ends, so that the spans holding an offset are found by binary search.
 */
class SpanIndex {
  private constructor(private readonly byFile: Map<string, FileSpans>) {}

  static of<T>(owners: readonly T[], spansOf: (owner: T) => ReadonlyArray<Span & { file: string }>): SpanIndex {
    const byFile = new Map<string, FileSpans>();
    owners.forEach((owner, index) => {
      for (const span of spansOf(owner)) {
        let spans = byFile.get(span.file);
        if (!spans) byFile.set(span.file, (spans = new FileSpans()));
        spans.add(span.start, span.end, index);
      }
    });
    return new SpanIndex(byFile);
  }

  /** The owners (indices) of every span in `file` that holds `offset`. */
  ownersAt(file: string, offset: number): number[] {
    return this.byFile.get(file)?.ownersAt(offset) ?? [];
  }

  /** The owners with a span in `file`, by their first start there (ties in owner order). */
  ownersIn(file: string): number[] {
    const spans = this.byFile.get(file);
    if (!spans) return [];
    const first = new Map<number, number>();
    spans.sort();
    for (let k = 0; k < spans.owner.length; k++) if (!first.has(spans.owner[k])) first.set(spans.owner[k], spans.start[k]);
    return [...first.keys()].sort((a, b) => first.get(a)! - first.get(b)! || a - b);
  }

  /** The owners of the spans in `file`, by start (ties in owner order), one entry per span. */
  spansIn(file: string): number[] {
    const spans = this.byFile.get(file);
    if (!spans) return [];
    spans.sort();
    return [...spans.owner];
  }
}

/** One file's spans, sorted lazily (by start, then owner) on the first question about the file. */
class FileSpans {
  start: number[] = [];
  end: number[] = [];
  owner: number[] = [];
  private maxEnd: number[] | undefined;

  add(start: number, end: number, owner: number): void {
    this.start.push(start);
    this.end.push(end);
    this.owner.push(owner);
    this.maxEnd = undefined;
  }

  sort(): void {
    if (this.maxEnd) return;
    const order = this.start.map((_, k) => k).sort((a, b) => this.start[a] - this.start[b] || this.owner[a] - this.owner[b]);
    this.start = order.map((k) => this.start[k]);
    this.end = order.map((k) => this.end[k]);
    this.owner = order.map((k) => this.owner[k]);
    let max = -Infinity;
    this.maxEnd = this.end.map((e) => (max = Math.max(max, e)));
  }

  ownersAt(offset: number): number[] {
    this.sort();
    // The last span starting at or before `offset`; then back while an earlier span can still reach it.
    let lo = 0;
    let hi = this.start.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.start[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo - 1; k >= 0 && this.maxEnd![k] > offset; k--) if (offset < this.end[k]) out.push(this.owner[k]);
    return out;
  }
}
