import * as vscode from 'vscode';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { ARTICLE_SELECTOR } from '../language/articles';
import { ArticleSymbolsProvider } from './articleSymbols';
import { CorpusSymbolsProvider } from './corpusSymbols';

export interface SymbolsDeps {
  index: IndexService;
  logger: Logger;
}

/** The Outline of an article, and Go to Symbol in Workspace over the corpus: people and meetings. */
export function registerSymbols(context: vscode.ExtensionContext, deps: SymbolsDeps): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, new ArticleSymbolsProvider(deps.index, deps.logger), { label: vscode.l10n.t('People and Meetings') }),
    vscode.languages.registerWorkspaceSymbolProvider(new CorpusSymbolsProvider(deps.index, deps.logger)),
  );
}
