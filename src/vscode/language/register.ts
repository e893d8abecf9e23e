import * as vscode from 'vscode';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { ARTICLE_SELECTOR } from './articles';
import { HeadlineLensProvider } from './headlineLens';
import { ArticleLanguageMode } from './languageMode';
import { SpeakerHintsProvider } from './speakerHints';

export interface LanguageDeps {
  index: IndexService;
  logger: Logger;
}

/** The news-article language for corpus files, speaker hints after quotes and the headline's summary. */
export function registerLanguage(context: vscode.ExtensionContext, deps: LanguageDeps): void {
  const hints = new SpeakerHintsProvider(deps.index, deps.logger);
  const lenses = new HeadlineLensProvider(deps.index, deps.logger);
  context.subscriptions.push(
    new ArticleLanguageMode(deps.index, deps.logger),
    hints,
    lenses,
    vscode.languages.registerInlayHintsProvider(ARTICLE_SELECTOR, hints),
    vscode.languages.registerCodeLensProvider(ARTICLE_SELECTOR, lenses),
  );
}
