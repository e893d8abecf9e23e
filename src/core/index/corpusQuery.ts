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

/**
 * What a new query may take from the one it replaces: that query's span indexes hold good for every
 * file not in `changedFiles`, as long as the items the two indexes share are the same objects (as
 * applyIndexDelta keeps them). Undefined `changedFiles`: nothing can be taken.
 */
export interface PreviousQuery {
  query: CorpusQuery;
  changedFiles: ReadonlySet<string> | undefined;
}

/** A span index a query may build from: an earlier query's, and the files changed since it was built. */
interface Inheritance<T> {
  base: SpanIndex<T>;
  changedFiles: Set<string>;
}

interface Inherited {
  people?: Inheritance<Person>;
  statements?: Inheritance<Statement>;
  events?: Inheritance<CorpusEvent>;
  /** The words of an earlier query's statements, and the files changed since. */
  words?: { table: WordsTable; changedFiles: Set<string> };
}

/**
 * A speaker's statements without those inside another of theirs: 'called the plan "a raid on savers"' lists the
 * quoted words once, in the sentence that reports them. (The index keeps both: a hover on the quotation finds it.)
 */
function withoutNested(list: Statement[]): Statement[] {
  // Each file's statements apart (a statement is inside another only in the same file), by place; ties keep the
  // list's order, so that of two statements with the same span the first stays. No sort of the whole list by
  // file name: a person quoted in thousands of articles took 10-20 ms.
  const byFile = new Map<string, Statement[]>();
  for (const s of list) {
    const group = byFile.get(s.file);
    if (group) group.push(s);
    else byFile.set(s.file, [s]);
  }
  const inside = new Set<Statement>();
  for (const group of byFile.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.start - b.start || b.end - a.end);
    let outer = group[0];
    for (let k = 1; k < group.length; k++) {
      const s = group[k];
      if (s.start >= outer.start && s.end <= outer.end) inside.add(s);
      else if (s.end > outer.end) outer = s;
    }
  }
  // In the order the index gave them.
  return inside.size ? list.filter((s) => !inside.has(s)) : list;
}

/** Answers questions about an index from memory. */
export class CorpusQuery {
  private readonly peopleById = new Map<string, Person>();
  /** Each speaker's statements in index order; the nested ones are dropped from a list when it is first asked for (`statementsOf`). */
  private readonly statementsBySpeaker: Map<string, Statement[]>;
  /** The speakers whose list has had its nested statements dropped. */
  private readonly speakersListed = new Set<string>();
  private readonly articlesByFile: Map<string, ArticleSummary>;
  private readonly eventsById = new Map<string, CorpusEvent>();
  private wordsOfStatements: WordsTable | undefined;
  private readingRanks: Map<string, number> | undefined;
  // Built on first use: a warm start pays only for the lookups it makes.
  private personSpansBuilt: SpanIndex<Person> | undefined;
  private statementSpansBuilt: SpanIndex<Statement> | undefined;
  private eventSpansBuilt: SpanIndex<CorpusEvent> | undefined;
  /** Span indexes of an earlier query, re-used for the files that did not change (after an edit, all but one). */
  private inherited: Inherited = {};

  constructor(readonly data: CorpusIndexData, previous?: PreviousQuery) {
    if (previous?.changedFiles) this.inherited = previous.query.handDown(previous.changedFiles);
    // Built whole: at ten thousand articles a few ms, no more than patching copies of the last query's.
    for (const p of data.people) this.peopleById.set(p.id, p);
    for (const e of data.events) this.eventsById.set(e.id, e);
    this.articlesByFile = new Map(data.articles.map((a) => [a.file, a]));
    this.statementsBySpeaker = new Map();
    for (const s of data.quotes) {
      if (!s.speaker) continue;
      const list = this.statementsBySpeaker.get(s.speaker);
      if (list) list.push(s);
      else this.statementsBySpeaker.set(s.speaker, [s]);
    }
  }

  /** The span indexes a query that follows this one can build from, with `changedFiles` changed in between. */
  private handDown(changedFiles: ReadonlySet<string>): Inherited {
    const from = this.inherited;
    const pass = <T>(built: SpanIndex<T> | undefined, inherited: Inheritance<T> | undefined): Inheritance<T> | undefined => {
      if (built) return { base: built, changedFiles: new Set(changedFiles) };
      if (!inherited) return undefined;
      // Not built here: the index this query would have built from, with this query's changes as well.
      return { base: inherited.base, changedFiles: new Set([...inherited.changedFiles, ...changedFiles]) };
    };
    const words = this.wordsOfStatements
      ? { table: this.wordsOfStatements, changedFiles: new Set(changedFiles) }
      : from.words && { table: from.words.table, changedFiles: new Set([...from.words.changedFiles, ...changedFiles]) };
    return {
      people: pass(this.personSpansBuilt, from.people),
      statements: pass(this.statementSpansBuilt, from.statements),
      events: pass(this.eventSpansBuilt, from.events),
      words,
    };
  }

  private get personSpans(): SpanIndex<Person> {
    if (!this.personSpansBuilt) {
      this.personSpansBuilt = SpanIndex.of(this.data.people, (p) => p.mentions, this.inherited.people);
      this.inherited.people = undefined;
    }
    return this.personSpansBuilt;
  }

  private get statementSpans(): SpanIndex<Statement> {
    if (!this.statementSpansBuilt) {
      this.statementSpansBuilt = SpanIndex.of(this.data.quotes, (s) => s, this.inherited.statements);
      this.inherited.statements = undefined;
    }
    return this.statementSpansBuilt;
  }

  private get eventSpans(): SpanIndex<CorpusEvent> {
    if (!this.eventSpansBuilt) {
      this.eventSpansBuilt = SpanIndex.of(this.data.events, (e) => e.mentions, this.inherited.events);
      this.inherited.events = undefined;
    }
    return this.eventSpansBuilt;
  }

  person(id: string): Person | undefined {
    return this.peopleById.get(id);
  }

  statementsOf(personId: string): Statement[] {
    const list = this.statementsBySpeaker.get(personId);
    if (!list) return [];
    if (this.speakersListed.has(personId)) return list;
    const kept = withoutNested(list);
    this.statementsBySpeaker.set(personId, kept);
    this.speakersListed.add(personId);
    return kept;
  }

  /** The person named at `offset` in `file`, if any (the first in index order when two spans overlap). */
  personAt(file: string, offset: number): Person | undefined {
    return this.personSpans.ownersAt(file, offset)[0];
  }

  statementAt(file: string, offset: number): Statement | undefined {
    return this.statementSpans.ownersAt(file, offset)[0];
  }

  eventsAt(file: string, offset: number): CorpusEvent[] {
    return this.eventSpans.ownersAt(file, offset);
  }

  article(file: string): ArticleSummary | undefined {
    return this.articlesByFile.get(file);
  }

  event(id: string): CorpusEvent | undefined {
    return this.eventsById.get(id);
  }

  /** The people named in `file`, in the order of their first mention there. */
  peopleIn(file: string): Person[] {
    return this.personSpans.ownersIn(file);
  }

  /** The events `file` reports, in the order of their first mention there. */
  eventsIn(file: string): CorpusEvent[] {
    return this.eventSpans.ownersIn(file);
  }

  /**
   * Statements in other articles that carry the same words as `statement`: equal once case, quote marks
   * and punctuation are set aside, or one containing the other when the shorter has at least
   * MIN_SHARED_WORDS words.
   */
  sameWordsElsewhere(statement: Statement): Statement[] {
    const quotes = this.data.quotes;
    if (!this.wordsOfStatements) {
      this.wordsOfStatements = wordsTable(quotes, this.inherited.words);
      this.inherited.words = undefined;
    }
    const table = this.wordsOfStatements;
    const mine = wordsOf(statement);
    if (!mine.words) return [];
    // A statement inside this one starts with MIN_SHARED_WORDS of its words in a row: in a long statement,
    // which most others' signatures fit into, that rules out almost all before a search.
    const list = mine.words.split(' ');
    const runs = new Set<string>();
    for (let k = 0; k + MIN_SHARED_WORDS <= list.length; k++) runs.add(list.slice(k, k + MIN_SHARED_WORDS).join(' '));
    const out: Statement[] = [];
    for (let i = 0; i < quotes.length; i++) {
      // One's words can be in the other's only if its signature bits are.
      const lo = table.lo[i];
      const hi = table.hi[i];
      if (((mine.lo & ~lo) | (mine.hi & ~hi)) !== 0 && ((lo & ~mine.lo) | (hi & ~mine.hi)) !== 0) continue;
      const other = table.of[i];
      if (quotes[i].file === statement.file || !other.words) continue;
      // Equal, or the shorter (this one when the lengths are equal), of MIN_SHARED_WORDS words or more, inside the longer.
      const same =
        other.words === mine.words ||
        (mine.words.length <= other.words.length
          ? mine.count >= MIN_SHARED_WORDS && other.spaced.includes(mine.spaced)
          : runs.has(other.head) && mine.spaced.includes(other.spaced));
      if (same) out.push(quotes[i]);
    }
    return out;
  }

  /**
   * Works out the words of the statements from `from` on, `count` of them, as the first statement card would work
   * out all of them (half a second at ten thousand articles): the editor does it in slices while nothing else runs.
   * Where to go on, or undefined when every statement's words are known.
   */
  prepareWords(from: number, count: number): number | undefined {
    const quotes = this.data.quotes;
    const end = Math.min(quotes.length, from + count);
    for (let i = from; i < end; i++) wordsOf(quotes[i]);
    return end < quotes.length ? end : undefined;
  }

  /** The statements reported in `file`, in text order. */
  statementsIn(file: string): Statement[] {
    return this.statementSpans.spansIn(file);
  }

  /**
   * The statements of `file` a reader is shown, in text order: each speaker's (an unnamed one's by how the article
   * names them) less those inside another of theirs, as `statementsOf` lists them. The headline's count.
   */
  statementsListedIn(file: string): Statement[] {
    const all = this.statementsIn(file);
    const bySpeaker = new Map<string, Statement[]>();
    for (const s of all) {
      const key = s.speaker ?? `unnamed:${s.speakerText ?? ''}`;
      const list = bySpeaker.get(key);
      if (list) list.push(s);
      else bySpeaker.set(key, [s]);
    }
    const kept = new Set([...bySpeaker.values()].flatMap(withoutNested));
    return all.filter((s) => kept.has(s));
  }

  /** `spans` in reading order: articles by publication date (undated last, then by file), spans in text order. */
  inReadingOrder<T extends Span & { file: string }>(spans: readonly T[]): T[] {
    return [...spans].sort((a, b) => this.compareFiles(a.file, b.file) || a.start - b.start);
  }

  /** The first of `spans` in reading order (inReadingOrder(spans)[0], without sorting them all). */
  firstInReadingOrder<T extends Span & { file: string }>(spans: readonly T[]): T | undefined {
    let first: T | undefined;
    for (const s of spans) if (!first || (this.compareFiles(s.file, first.file) || s.start - first.start) < 0) first = s;
    return first;
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

  /**
   * compareArticles by each article's place in reading order, worked out once: a person named in thousands of
   * articles has their mentions sorted (references, Go to Symbol) in a few ms rather than tens.
   */
  private compareFiles(a: string, b: string): number {
    if (a === b) return 0;
    this.readingRanks ??= new Map([...this.data.articles].sort((x, y) => this.compareArticles(x.file, y.file)).map((x, i) => [x.file, i]));
    const rankA = this.readingRanks.get(a);
    const rankB = this.readingRanks.get(b);
    return rankA === undefined || rankB === undefined ? this.compareArticles(a, b) : rankA - rankB;
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

/**
 * A statement's comparable words, how many, the words between spaces (for a search of whole words), and a
 * 64-bit signature of them (a bit for each word's hash): the words of one statement can be in another's
 * only if its bits are in the other's, which rules out almost every pair before a string is searched.
 */
interface Words {
  words: string;
  spaced: string;
  count: number;
  /** The first MIN_SHARED_WORDS words; '' when there are fewer. */
  head: string;
  lo: number;
  hi: number;
}

interface WordsTable {
  /** The statements, in the order of `of`, `lo` and `hi`. */
  quotes: readonly Statement[];
  of: Words[];
  lo: Int32Array;
  hi: Int32Array;
}

/**
 * Each statement's words, kept as long as the statement object is: a query after an edit keeps the objects of
 * the articles that did not change (applyIndexDelta), so it works out the words of the edited article's alone.
 */
const wordsByStatement = new WeakMap<Statement, Words>();

function wordsOf(statement: Statement): Words {
  let found = wordsByStatement.get(statement);
  if (!found) {
    const words = comparableWords(statement.text);
    const list = words ? words.split(' ') : [];
    let lo = 0;
    let hi = 0;
    for (const word of list) {
      let h = 0x811c9dc5;
      for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
      const bit = (h >>> 0) % 64;
      if (bit < 32) lo |= 1 << bit;
      else hi |= 1 << (bit - 32);
    }
    const head = list.length >= MIN_SHARED_WORDS ? list.slice(0, MIN_SHARED_WORDS).join(' ') : '';
    found = { words, spaced: ` ${words} `, count: list.length, head, lo, hi };
    wordsByStatement.set(statement, found);
  }
  return found;
}

/**
 * The words of `quotes`; with an earlier table and the files changed since, the earlier words of the statements
 * that are still there, in order, are taken as they are (after an edit, all but one article's): walked alongside,
 * the earlier list less the changed files' statements is the new one wherever nothing changed.
 */
function wordsTable(quotes: readonly Statement[], earlier?: Inherited['words']): WordsTable {
  const of = new Array<Words>(quotes.length);
  const lo = new Int32Array(quotes.length);
  const hi = new Int32Array(quotes.length);
  const before = earlier?.table.quotes ?? [];
  const changed = earlier?.changedFiles;
  const only = changed?.size === 1 ? [...changed][0] : undefined;
  let j = 0;
  const earlierWords = earlier?.table.of ?? [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    let w: Words;
    // The same statement object: the same words (checked first, as almost every statement is).
    if (before[j] === q) w = earlierWords[j++];
    else {
      while (j < before.length && (only !== undefined ? before[j].file === only : changed!.has(before[j].file))) j++;
      const was = before[j];
      if (was && (was === q || (was.text === q.text && was.file === q.file && was.start === q.start))) {
        w = earlierWords[j++];
      } else {
        w = wordsOf(q);
        // The same place with other words: replaced, go on past it; else an insertion.
        if (was && was.file === q.file && was.start === q.start) j++;
      }
    }
    of[i] = w;
    lo[i] = w.lo;
    hi[i] = w.hi;
  }
  return { quotes, of, lo, hi };
}



/**
 * The spans of a list of owners (people, statements, events), by file: sorted by start, with the
 * running maximum of their ends, so that the spans holding an offset are found by binary search.
 * Within a file, owners keep their order in the list (their rank), which breaks ties.
 */
class SpanIndex<T> {
  /**
   * `own`: the spans this index gathered, by file. `under`: for the other files, an earlier index with the files
   * changed since (which have no spans unless `own` has them). After an edit a new index gathers one file's spans
   * and leaves the rest where they are; every MAX_LAYERS edits one index takes them all in.
   */
  private constructor(
    private readonly own: Map<string, FileSpans<T>>,
    private readonly under?: { index: SpanIndex<T>; changedFiles: ReadonlySet<string> },
  ) {
    this.layers = under ? under.index.layers + 1 : 0;
  }

  private readonly layers: number;

  /**
   * The index of `owners`; with an earlier index and the files changed since, that index's spans of the
   * other files are taken as they are, and only the changed files' spans are gathered again.
   */
  static of<T>(owners: readonly T[], spansOf: (owner: T) => FileSpan | readonly FileSpan[], from?: Inheritance<T>): SpanIndex<T> {
    const own = new Map<string, FileSpans<T>>();
    const changed = from?.changedFiles;
    // One changed file (an edit) is compared by name; a Set lookup for each of a large corpus's spans cost more.
    const only = changed?.size === 1 ? [...changed][0] : undefined;
    const add = (span: FileSpan, owner: T) => {
      if (changed && (only !== undefined ? span.file !== only : !changed.has(span.file))) return;
      let fileSpans = own.get(span.file);
      if (!fileSpans) own.set(span.file, (fileSpans = new FileSpans()));
      fileSpans.add(span.start, span.end, owner);
    };
    for (const owner of owners) {
      const spans = spansOf(owner);
      if (isSpanList(spans)) for (const span of spans) add(span, owner);
      else add(spans, owner);
    }
    if (!from) return new SpanIndex(own);
    if (from.base.layers < MAX_LAYERS) return new SpanIndex(own, { index: from.base, changedFiles: changed! });
    const all = from.base.allFiles();
    for (const file of changed!) all.delete(file);
    for (const [file, spans] of own) all.set(file, spans);
    return new SpanIndex(all);
  }

  private spansOfFile(file: string): FileSpans<T> | undefined {
    const mine = this.own.get(file);
    if (mine || !this.under || this.under.changedFiles.has(file)) return mine;
    return this.under.index.spansOfFile(file);
  }

  private allFiles(): Map<string, FileSpans<T>> {
    if (!this.under) return new Map(this.own);
    const all = this.under.index.allFiles();
    for (const file of this.under.changedFiles) all.delete(file);
    for (const [file, spans] of this.own) all.set(file, spans);
    return all;
  }

  /** The owners of every span in `file` that holds `offset`, each once, in list order. */
  ownersAt(file: string, offset: number): T[] {
    return this.spansOfFile(file)?.ownersAt(offset) ?? [];
  }

  /** The owners with a span in `file`, by their first start there (ties in list order). */
  ownersIn(file: string): T[] {
    const spans = this.spansOfFile(file);
    if (!spans) return [];
    spans.sort();
    const first = new Map<number, number>();
    for (let k = 0; k < spans.rank.length; k++) if (!first.has(spans.rank[k])) first.set(spans.rank[k], spans.start[k]);
    return [...first.keys()].sort((a, b) => first.get(a)! - first.get(b)! || a - b).map((r) => spans.owners[r]);
  }

  /** The owners of the spans in `file`, by start (ties in list order), one entry per span. */
  spansIn(file: string): T[] {
    const spans = this.spansOfFile(file);
    if (!spans) return [];
    spans.sort();
    return spans.rank.map((r) => spans.owners[r]);
  }
}

type FileSpan = Span & { file: string };

/** How many edits a span index stacks before it gathers every file into one map again (see SpanIndex). */
const MAX_LAYERS = 16;

function isSpanList(spans: FileSpan | readonly FileSpan[]): spans is readonly FileSpan[] {
  return Array.isArray(spans);
}

/**
 * One file's spans, sorted lazily (by start, then rank) on the first question about the file. An
 * owner's rank is its place among this file's owners, which is their order in the list.
 */
class FileSpans<T> {
  start: number[] = [];
  end: number[] = [];
  rank: number[] = [];
  readonly owners: T[] = [];
  private maxEnd: number[] | undefined;

  add(start: number, end: number, owner: T): void {
    if (this.owners[this.owners.length - 1] !== owner) this.owners.push(owner);
    this.start.push(start);
    this.end.push(end);
    this.rank.push(this.owners.length - 1);
    this.maxEnd = undefined;
  }

  sort(): void {
    if (this.maxEnd) return;
    const order = this.start.map((_, k) => k).sort((a, b) => this.start[a] - this.start[b] || this.rank[a] - this.rank[b]);
    this.start = order.map((k) => this.start[k]);
    this.end = order.map((k) => this.end[k]);
    this.rank = order.map((k) => this.rank[k]);
    let max = -Infinity;
    this.maxEnd = this.end.map((e) => (max = Math.max(max, e)));
  }

  ownersAt(offset: number): T[] {
    this.sort();
    // The last span starting at or before `offset`; then back while an earlier span can still reach it.
    let lo = 0;
    let hi = this.start.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.start[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    const ranks: number[] = [];
    for (let k = lo - 1; k >= 0 && this.maxEnd![k] > offset; k--) if (offset < this.end[k] && !ranks.includes(this.rank[k])) ranks.push(this.rank[k]);
    return ranks.sort((a, b) => a - b).map((r) => this.owners[r]);
  }
}
