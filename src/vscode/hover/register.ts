import * as vscode from 'vscode';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { readConfig } from '../services/config';
import { ArticleHoverProvider } from './hoverProvider';

/** Corpus files: news articles, and any .txt on disk (the provider answers only for indexed files). */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = [{ language: 'news-article' }, { scheme: 'file', pattern: '**/*.txt' }];

export interface HoverDeps {
  index: IndexService;
  logger: Logger;
}

export function registerHover(context: vscode.ExtensionContext, deps: HoverDeps): void {
  const provider = new ArticleHoverProvider(deps.index, () => ({ maxStatements: readConfig().hoverMaxStatements }), deps.logger);
  context.subscriptions.push(vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, provider));
}
