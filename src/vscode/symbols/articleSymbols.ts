import * as vscode from 'vscode';
import { articleCountOf } from '../../core/index/corpusQuery';
import type { CorpusEvent, Person } from '../../core/model';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { guarded } from '../services/guard';
import { rangeOf } from '../services/ranges';

/** The Outline of an article: its people and its meetings, each at its first mention there. */
export class ArticleSymbolsProvider implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly index: IndexService,
    private readonly logger: Logger,
  ) {}

  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    return guarded(this.logger, vscode.l10n.t('Outline'), [], () => this.symbolsOf(document, token));
  }

  private symbolsOf(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.DocumentSymbol[] {
    const file = this.index.fileOf(document.uri);
    if (!file) return [];
    const query = this.index.query;
    const people = query.peopleIn(file).map((p) => personSymbol(document, file, p));
    if (token.isCancellationRequested) return [];
    const meetings = query.eventsIn(file).map((e) => meetingSymbol(document, file, e));
    return [group(vscode.l10n.t('People'), people), group(vscode.l10n.t('Meetings'), meetings)].filter((s): s is vscode.DocumentSymbol => s !== undefined);
  }
}

function personSymbol(document: vscode.TextDocument, file: string, person: Person): vscode.DocumentSymbol {
  const mentions = person.mentions.filter((m) => m.file === file);
  const range = rangeOf(document, mentions.reduce((a, b) => (b.start < a.start ? b : a)));
  const count = mentions.length === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', mentions.length);
  const detail = [person.role, count].filter(Boolean).join(' · ');
  return new vscode.DocumentSymbol(person.name, detail, vscode.SymbolKind.Object, range, range);
}

function meetingSymbol(document: vscode.TextDocument, file: string, event: CorpusEvent): vscode.DocumentSymbol {
  const mentions = event.mentions.filter((m) => m.file === file);
  const range = rangeOf(document, mentions.reduce((a, b) => (b.start < a.start ? b : a)));
  const others = articleCountOf(event) - 1;
  const detail = others === 0 ? '' : others === 1 ? vscode.l10n.t('also reported by 1 other article') : vscode.l10n.t('also reported by {0} other articles', others);
  return new vscode.DocumentSymbol(event.label, detail, vscode.SymbolKind.Event, range, range);
}

/** A heading over `children`, spanning them all; none when there are no children. */
function group(name: string, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol | undefined {
  if (children.length === 0) return undefined;
  const range = children.reduce((all, c) => all.union(c.range), children[0].range);
  const symbol = new vscode.DocumentSymbol(name, '', vscode.SymbolKind.Namespace, range, children[0].selectionRange);
  symbol.children = children;
  return symbol;
}
