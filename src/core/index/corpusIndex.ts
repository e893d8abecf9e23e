import type { ArticleReading, Person, SkippedFile, Statement } from '../model';
import { IdentityIndex, type Identities } from '../nlp/identity';
import { EventGrouper } from '../events/eventGrouper';
import { corpusDaysKey, occasionDaysByFile, withCorpusDays, type OccasionDay } from '../quotes/occasionDays';
import type { ArticleSummary, CorpusIndexData } from './corpusQuery';

import { PIPELINE_VERSION } from './version';

export { PIPELINE_VERSION };

/** Links article-local readings into one corpus: identities across articles, statements by person id, events. */
export function buildCorpusIndex(readings: ArticleReading[], skipped: SkippedFile[] = []): CorpusIndexData {
  const linker = new CorpusLinker();
  for (const r of readings) linker.set(r);
  return linker.link(skipped);
}

export interface LinkPhases {
  identitiesMs: number;
  statementsMs: number;
  eventsMs: number;
}

/** What the linker keeps of one article, with the parts of its index entry that depend on it alone. */
interface LinkedArticle {
  reading: ArticleReading;
  summary: ArticleSummary;
  /** The article's statements with corpus speaker ids, and the ids and occasion days they were made with. */
  quotes: Statement[] | null;
  speakerIds: Array<string | undefined>;
  daysKey: string;
  /** The statements dated by the corpus's days for its occasions (see withCorpusDays), and that key. */
  dated: { key: string; statements: Statement[] } | null;
  /** Whether one of its people has no mention: such a person's file cannot be found from the identities. */
  unmentioned: boolean;
}

/**
 * The corpus index kept up to date one article at a time: `set` and `remove` touch the article and the
 * identity blocks of its names; `link` re-uses every article's summary and statements whose speakers kept
 * their ids, so re-linking after one edit costs the identity pass and the event grouping, not a re-read.
 */
export class CorpusLinker {
  private readonly identities = new IdentityIndex();
  private readonly events = new EventGrouper();
  private readonly articles = new Map<string, LinkedArticle>();
  /** Each identity of the last link, by id: its mentions, which stay the same array while its members do. */
  private lastMentions = new Map<string, Person['mentions']>();

  get size(): number {
    return this.articles.size;
  }

  /** The files linked, in localeCompare order. */
  get files(): readonly string[] {
    return this.identities.files;
  }

  /** Sets (or replaces) one article's reading. */
  set(reading: ArticleReading): void {
    const a = reading.article;
    this.identities.set(a.file, reading.people.people);
    this.events.setArticle(reading);
    this.articles.set(a.file, {
      reading,
      summary: { file: a.file, title: a.title, outlet: a.outlet, published: a.published, warnings: a.warnings },
      quotes: null,
      speakerIds: [],
      daysKey: '',
      dated: null,
      unmentioned: reading.people.people.some((p) => p.mentions.length === 0),
    });
  }

  remove(file: string): void {
    this.identities.remove(file);
    this.events.removeArticle(file);
    this.articles.delete(file);
  }

  /** Where the last `link` spent its time (ms): identities, statements, events. */
  lastLinkPhases: LinkPhases = { identitiesMs: 0, statementsMs: 0, eventsMs: 0 };

  link(skipped: SkippedFile[] = []): CorpusIndexData {
    const t0 = performance.now();
    const linked = this.identities.files.map((file) => this.articles.get(file)!);
    const identities = this.identities.resolve();
    const recheck = this.filesWithNewIds(identities);
    const t1 = performance.now();
    // Only the articles set or removed since the last link, and those whose participants changed id, are re-grouped.
    const mayHaveNewIds = recheck && ((file: string) => recheck.has(file) || this.articles.get(file)!.unmentioned);
    const events = this.events.events(identities.idOf, identities.people, mayHaveNewIds);
    const t2 = performance.now();
    const days = occasionDaysByFile(events);
    const quotes: Statement[] = [];
    for (const a of linked) {
      const fileDays = days.get(a.reading.article.file);
      const daysKey = corpusDaysKey(a.reading, fileDays);
      const kept = recheck && a.quotes && !a.unmentioned && !recheck.has(a.reading.article.file) && daysKey === a.daysKey;
      for (const q of kept ? a.quotes! : this.quotesOf(a, identities, fileDays, daysKey)) quotes.push(q);
    }
    this.lastLinkPhases = { identitiesMs: t1 - t0, statementsMs: performance.now() - t2, eventsMs: t2 - t1 };
    return {
      version: PIPELINE_VERSION,
      articles: linked.map((a) => a.summary),
      people: identities.people,
      quotes,
      events,
      skipped: [...skipped].sort((a, b) => a.file.localeCompare(b.file)),
    };
  }

  /**
   * The files where a person key may have a new corpus id: those of every identity that is new or changed
   * (its id now names other members). An identity whose id and members are those of the last link gives
   * each member the id it had. Undefined: every file (an identity without mentions does not say its files).
   */
  private filesWithNewIds(identities: Identities): Set<string> | undefined {
    const files = new Set<string>();
    let every = false;
    for (const p of identities.people) {
      if (this.lastMentions.get(p.id) === p.mentions) continue;
      if (p.mentions.length === 0) every = true;
      for (const m of p.mentions) files.add(m.file);
    }
    this.lastMentions = new Map(identities.people.map((p) => [p.id, p.mentions]));
    return every ? undefined : files;
  }

  /** The article's statements with corpus speaker ids and, where the article leaves them undated, the days other reports give their occasions. */
  private quotesOf(a: LinkedArticle, identities: Identities, days: ReadonlyMap<string, OccasionDay> | undefined, daysKey: string): Statement[] {
    const { file } = a.reading.article;
    const statements = a.reading.statements;
    // Compared before anything is allocated: after one edit, nearly every article keeps its speakers' ids.
    if (a.quotes && daysKey === a.daysKey) {
      let same = true;
      for (let i = 0; i < statements.length && same; i++) {
        const s = statements[i];
        same = (s.speaker ? identities.idOf(file, s.speaker) : undefined) === a.speakerIds[i];
      }
      if (same) return a.quotes;
    }
    if (daysKey && a.dated?.key !== daysKey) a.dated = { key: daysKey, statements: withCorpusDays(a.reading, days!) };
    const dated = daysKey ? a.dated!.statements : statements;
    const ids = statements.map((s) => (s.speaker ? identities.idOf(file, s.speaker) : undefined));
    a.speakerIds = ids;
    a.daysKey = daysKey;
    a.quotes = dated.map((s, i) => ({ ...s, speaker: s.speaker ? ids[i] ?? null : null }));
    return a.quotes;
  }
}
