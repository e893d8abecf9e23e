import * as vscode from 'vscode';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { ARTICLE_SELECTOR } from '../language/articles';
import { PEOPLE_TOKENS_LEGEND, PeopleTokensProvider } from './peopleTokens';

export interface HighlightingDeps {
  index: IndexService;
  logger: Logger;
}

/** Semantic highlighting of people and speakers in corpus articles. */
export function registerHighlighting(context: vscode.ExtensionContext, deps: HighlightingDeps): void {
  const provider = new PeopleTokensProvider(deps.index, deps.logger);
  context.subscriptions.push(provider, vscode.languages.registerDocumentSemanticTokensProvider(ARTICLE_SELECTOR, provider, PEOPLE_TOKENS_LEGEND));
}
