// The shape of the Corpus view as plain data: which nodes exist, in what order, under which parent,
// after grouping and filtering. Free of `vscode` so that Node tests can check it; the provider turns
// nodes into tree items.
import { articleCountOf, type ArticleSummary, type CorpusQuery } from '../../core/index/corpusQuery';
import type { CorpusEvent, Person, Span, Statement } from '../../core/model';

export type ArticleGrouping = 'outlet' | 'date';
export type RootKind = 'articles' | 'people' | 'meetings';

export interface ViewState {
  grouping: ArticleGrouping;
  /** Text the nodes must contain (case-insensitive); empty shows everything. */
  filter: string;
}

interface NodeBase {
  /** Stable across refreshes while the data says the same thing: the tree item's id. */
  id: string;
  parent: CorpusNode | undefined;
}

export type CorpusNode = NodeBase &
  (
    | { kind: 'root'; root: RootKind; count: number }
    /** An outlet or a publication day; `name` is null for articles with none. */
    | { kind: 'group'; grouping: ArticleGrouping; name: string | null; articles: ArticleSummary[] }
    | { kind: 'article'; article: ArticleSummary }
    /** A person; `inFile` when listed under an article, where it opens the first mention. */
    | { kind: 'person'; person: Person; statements: Statement[]; inFile?: { file: string; first: Span } }
    | { kind: 'statement'; statement: Statement; article: ArticleSummary | undefined }
    /** A meeting; `inFile` when listed under an article, where it opens that article's report. */
    | { kind: 'event'; event: CorpusEvent; articleCount: number; mentions: CorpusEvent['mentions']; inFile?: { file: string; first: Span } }
    | { kind: 'report'; event: CorpusEvent; mention: CorpusEvent['mentions'][number]; article: ArticleSummary | undefined }
  );

export type NodeOf<K extends CorpusNode['kind']> = Extract<CorpusNode, { kind: K }>;

/** The Corpus view's nodes for one index and one view state. Children are built once and kept. */
export class CorpusNodes {
  private readonly children = new Map<string, CorpusNode[]>();
  private readonly needle: string;

  constructor(
    private readonly query: CorpusQuery,
    private readonly state: ViewState,
  ) {
    this.needle = state.filter.trim().toLowerCase();
  }

  /** The roots; none when the corpus has no articles, so that the welcome view shows. */
  roots(): CorpusNode[] {
    return this.cached('', () => {
      if (this.query.data.articles.length === 0) return [];
      const roots: RootKind[] = ['articles', 'people', 'meetings'];
      return roots.map((root) => {
        const node: CorpusNode = { kind: 'root', id: `root:${root}`, parent: undefined, root, count: 0 };
        node.count = this.childrenOf(node).length;
        return node;
      });
    });
  }

  childrenOf(node: CorpusNode): CorpusNode[] {
    return this.cached(node.id, () => {
      switch (node.kind) {
        case 'root':
          return node.root === 'articles' ? this.articleGroups(node) : node.root === 'people' ? this.people(node) : this.events(node);
        case 'group':
          return node.articles.map((article) => this.articleNode(article, node));
        case 'article':
          return this.insideArticle(node);
        case 'person':
          return node.inFile ? [] : node.statements.map((statement) => this.statementNode(statement, node));
        case 'event':
          return node.inFile ? [] : node.mentions.map((mention) => this.reportNode(node.event, mention, node));
        default:
          return [];
      }
    });
  }

  /** The node of an article, wherever grouping puts it. */
  articleNodeOf(file: string): CorpusNode | undefined {
    for (const root of this.roots().filter((r) => r.kind === 'root' && r.root === 'articles')) {
      for (const group of this.childrenOf(root)) {
        const found = this.childrenOf(group).find((n) => n.kind === 'article' && n.article.file === file);
        if (found) return found;
      }
    }
    return undefined;
  }

  private articleGroups(parent: CorpusNode): CorpusNode[] {
    const articles = this.query.data.articles.filter((a) => this.articleMatches(a)).sort(byDateThenTitle);
    const groups = new Map<string | null, ArticleSummary[]>();
    for (const a of articles) {
      const name = this.state.grouping === 'outlet' ? a.outlet : a.published;
      const list = groups.get(name);
      if (list) list.push(a);
      else groups.set(name, [a]);
    }
    const order = this.state.grouping === 'outlet' ? byText : (a: string, b: string) => byDay(b, a);
    return [...groups.entries()]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : order(a, b)))
      .map(([name, list]) => ({ kind: 'group', id: `group:${this.state.grouping}:${name ?? ''}`, parent, grouping: this.state.grouping, name, articles: list }));
  }

  private articleNode(article: ArticleSummary, parent: CorpusNode): CorpusNode {
    return { kind: 'article', id: `article:${article.file}`, parent, article };
  }

  private insideArticle(node: NodeOf<'article'>): CorpusNode[] {
    const file = node.article.file;
    const people: CorpusNode[] = this.query.peopleIn(file).map((person) => ({
      kind: 'person',
      id: `${node.id}/person:${person.id}`,
      parent: node,
      person,
      statements: this.query.statementsOf(person.id).filter((s) => s.file === file),
      inFile: { file, first: firstIn(person.mentions, file) },
    }));
    const events: CorpusNode[] = this.query.eventsIn(file).map((event) => ({
      kind: 'event',
      id: `${node.id}/event:${event.id}`,
      parent: node,
      event,
      articleCount: articleCountOf(event),
      mentions: event.mentions,
      inFile: { file, first: firstIn(event.mentions, file) },
    }));
    return [...people, ...events];
  }

  /** Everyone, by how much they said; with a filter, those it names and those whose statements contain it. */
  private people(parent: CorpusNode): CorpusNode[] {
    return this.query.data.people
      .map((person) => {
        const all = this.query.statementsOf(person.id);
        const named = this.matches(person.name, person.role, ...person.aliases);
        return { person, all, named, statements: named ? all : all.filter((s) => this.matches(s.text)) };
      })
      .filter(({ named, statements }) => named || statements.length > 0)
      .sort((a, b) => b.all.length - a.all.length || b.person.mentions.length - a.person.mentions.length || byText(a.person.name, b.person.name))
      .map(({ person, statements }) => ({ kind: 'person', id: `person:${person.id}`, parent, person, statements }));
  }

  private statementNode(statement: Statement, parent: CorpusNode): CorpusNode {
    return { kind: 'statement', id: `statement:${statement.file}:${statement.start}:${statement.end}`, parent, statement, article: this.query.article(statement.file) };
  }

  private events(parent: CorpusNode): CorpusNode[] {
    return this.query.data.events
      .map((event) => {
        const mentions = this.matches(event.label, event.place, ...this.participantNames(event)) ? event.mentions : event.mentions.filter((m) => this.matches(m.text));
        return { event, mentions, articleCount: articleCountOf(event) };
      })
      .filter(({ mentions }) => mentions.length > 0)
      .sort((a, b) => b.articleCount - a.articleCount || byDay(b.event.date ?? '', a.event.date ?? '') || byText(a.event.label, b.event.label))
      .map(({ event, mentions, articleCount }) => ({ kind: 'event', id: `event:${event.id}`, parent, event, articleCount, mentions }));
  }

  private reportNode(event: CorpusEvent, mention: CorpusEvent['mentions'][number], parent: CorpusNode): CorpusNode {
    return { kind: 'report', id: `report:${event.id}:${mention.file}:${mention.start}`, parent, event, mention, article: this.query.article(mention.file) };
  }

  private articleMatches(a: ArticleSummary): boolean {
    return (
      this.matches(a.title, a.outlet, a.published, a.file) ||
      this.query.peopleIn(a.file).some((p) => this.matches(p.name, ...p.aliases)) ||
      this.query.eventsIn(a.file).some((e) => this.matches(e.label))
    );
  }

  private participantNames(event: CorpusEvent): string[] {
    return event.participants.map((p) => this.query.person(p)?.name ?? p);
  }

  private matches(...texts: Array<string | null>): boolean {
    return !this.needle || texts.some((t) => t?.toLowerCase().includes(this.needle));
  }

  private cached(id: string, build: () => CorpusNode[]): CorpusNode[] {
    let list = this.children.get(id);
    if (!list) this.children.set(id, (list = build()));
    return list;
  }
}

function byDateThenTitle(a: ArticleSummary, b: ArticleSummary): number {
  return byDay(b.published ?? '', a.published ?? '') || byText(a.title ?? a.file, b.title ?? b.file);
}

/**
 * Names and titles in the user's language order, as String.localeCompare gives it, from one collator: at ten
 * thousand articles, localeCompare (and copying each group's list for every article added) took the tree's
 * roots 0.3-0.5 s.
 */
function byText(a: string, b: string): number {
  // Made on first use: a collator costs about 12 ms to make, which activation need not pay.
  collator ??= new Intl.Collator();
  return collator.compare(a, b);
}

let collator: Intl.Collator | undefined;

/** ISO days ('2023-02-22', '2023-02', '2023'), which sort as plain strings. */
function byDay(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function firstIn(spans: Array<Span & { file: string }>, file: string): Span {
  return spans.filter((s) => s.file === file).reduce((a, b) => (b.start < a.start ? b : a));
}
