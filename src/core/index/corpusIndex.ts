import type { ArticleReading, CorpusEvent, Person, SkippedFile, Span, Statement } from '../model';
import { resolveIdentities } from '../nlp/identity';
import { groupEvents } from '../events/groupEvents';

/** Bump when anything the reader produces changes, so caches of older output are rebuilt. */
export const PIPELINE_VERSION = 1;

export interface ArticleSummary {
  file: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  warnings: string[];
}

/** The JSON the CLI prints and the editor loads: plain data only. `quotes` holds Statements. */
export interface CorpusIndexData {
  version: number;
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

  constructor(readonly data: CorpusIndexData) {
    for (const p of data.people) this.peopleById.set(p.id, p);
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
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}
