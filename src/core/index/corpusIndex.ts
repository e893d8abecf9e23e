import type { ArticleReading, SkippedFile, Statement } from '../model';
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
    });
  }

  remove(file: string): void {
    this.identities.remove(file);
    this.events.removeArticle(file);
    this.articles.delete(file);
  }

  link(skipped: SkippedFile[] = []): CorpusIndexData {
    const linked = this.identities.files.map((file) => this.articles.get(file)!);
    const identities = this.identities.resolve();
    // Only the articles set or removed since the last link, and those whose participants changed id, are re-grouped.
    const events = this.events.events(identities.idOf, identities.people);
    const days = occasionDaysByFile(events);
    const quotes: Statement[] = [];
    for (const a of linked) quotes.push(...this.quotesOf(a, identities, days.get(a.reading.article.file)));
    return {
      version: PIPELINE_VERSION,
      articles: linked.map((a) => a.summary),
      people: identities.people,
      quotes,
      events,
      skipped: [...skipped].sort((a, b) => a.file.localeCompare(b.file)),
    };
  }

  /** The article's statements with corpus speaker ids and, where the article leaves them undated, the days other reports give their occasions. */
  private quotesOf(a: LinkedArticle, identities: Identities, days: ReadonlyMap<string, OccasionDay> | undefined): Statement[] {
    const { file } = a.reading.article;
    const daysKey = corpusDaysKey(a.reading, days);
    const ids = a.reading.statements.map((s) => (s.speaker ? identities.idOf(file, s.speaker) : undefined));
    if (a.quotes && daysKey === a.daysKey && ids.every((id, i) => id === a.speakerIds[i])) return a.quotes;
    if (daysKey && a.dated?.key !== daysKey) a.dated = { key: daysKey, statements: withCorpusDays(a.reading, days!) };
    const statements = daysKey ? a.dated!.statements : a.reading.statements;
    a.speakerIds = ids;
    a.daysKey = daysKey;
    a.quotes = statements.map((s, i) => ({ ...s, speaker: s.speaker ? ids[i] ?? null : null }));
    return a.quotes;
  }
}
