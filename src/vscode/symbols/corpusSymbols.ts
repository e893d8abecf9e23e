import * as vscode from 'vscode';
import { articleCountOf } from '../../core/index/corpusQuery';
import type { Span } from '../../core/model';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { guarded } from '../services/guard';
import { locationsOf } from '../navigation/locations';

/** The most symbols one query lists: the editor shows the best-scored of them anyway. */
const MAX_SYMBOLS = 200;

interface Candidate {
  name: string;
  kind: vscode.SymbolKind;
  container: string;
  at: Span & { file: string };
}

/** Go to Symbol in Workspace: the corpus's people and meetings, each at its first mention in reading order. */
export class CorpusSymbolsProvider implements vscode.WorkspaceSymbolProvider {
  constructor(
    private readonly index: IndexService,
    private readonly logger: Logger,
  ) {}

  provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    return guarded(this.logger, vscode.l10n.t('Go to Symbol in Workspace'), [], () => this.symbolsMatching(query, token));
  }

  private async symbolsMatching(text: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const candidates = this.candidates().filter((c) => matchesInOrder(text, c.name)).slice(0, MAX_SYMBOLS);
    const locations = await locationsOf(this.index, candidates.map((c) => c.at), token);
    if (!locations) return [];
    return candidates.map((c, i) => new vscode.SymbolInformation(c.name, c.kind, c.container, locations[i]));
  }

  /** The candidates of the current query: the same for every keystroke until the index changes. */
  private cache: { query: IndexService['query']; candidates: Candidate[] } | undefined;

  private candidates(): Candidate[] {
    const query = this.index.query;
    if (this.cache?.query === query) return this.cache.candidates;
    const candidates = this.candidatesOf(query);
    this.cache = { query, candidates };
    return candidates;
  }

  private candidatesOf(query: IndexService['query']): Candidate[] {
    const person = vscode.l10n.t('person');
    const people = query.data.people.map((p) => ({
      name: p.name,
      kind: vscode.SymbolKind.Object,
      container: p.role ?? person,
      at: query.firstInReadingOrder(p.mentions),
    }));
    const meetings = query.data.events.map((e) => ({
      name: e.label,
      kind: vscode.SymbolKind.Event,
      container: vscode.l10n.t('meeting, {0} articles', articleCountOf(e)),
      at: query.firstInReadingOrder(e.mentions),
    }));
    return [...people, ...meetings].filter((c): c is Candidate => c.at !== undefined && this.index.uriOf(c.at.file) !== undefined);
  }
}

/** Whether the characters of `query` appear in `name` in order, ignoring case: the editor scores the rest. */
function matchesInOrder(query: string, name: string): boolean {
  const haystack = name.toLowerCase();
  let from = 0;
  for (const ch of query.toLowerCase().replace(/\s+/g, '')) {
    from = haystack.indexOf(ch, from) + 1;
    if (from === 0) return false;
  }
  return true;
}
