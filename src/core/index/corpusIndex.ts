import type { ArticleReading, SkippedFile, Statement } from '../model';
import { IdentityIndex, type Identities } from '../nlp/identity';
import { EventGrouper } from '../events/eventGrouper';
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
  /** The article's statements with corpus speaker ids, and the ids they were made with. */
  quotes: Statement[] | null;
  speakerIds: Array<string | undefined>;
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
    const quotes: Statement[] = [];
    for (const a of linked) for (const q of this.quotesOf(a, identities)) quotes.push(q);
    // Only the articles set or removed since the last link, and those whose participants changed id, are re-grouped.
    const events = this.events.events(identities.idOf, identities.people);
    return {
      version: PIPELINE_VERSION,
      articles: linked.map((a) => a.summary),
      people: identities.people,
      quotes,
      events,
      skipped: [...skipped].sort((a, b) => a.file.localeCompare(b.file)),
    };
  }

  private quotesOf(a: LinkedArticle, identities: Identities): Statement[] {
    const { file } = a.reading.article;
    const statements = a.reading.statements;
    // Compared before anything is allocated: after one edit, nearly every article keeps its speakers' ids.
    if (a.quotes) {
      let same = true;
      for (let i = 0; i < statements.length && same; i++) {
        const s = statements[i];
        same = (s.speaker ? identities.idOf(file, s.speaker) : undefined) === a.speakerIds[i];
      }
      if (same) return a.quotes;
    }
    const ids = statements.map((s) => (s.speaker ? identities.idOf(file, s.speaker) : undefined));
    a.speakerIds = ids;
    a.quotes = statements.map((s, i) => ({ ...s, speaker: s.speaker ? ids[i] ?? null : null }));
    return a.quotes;
  }
}
