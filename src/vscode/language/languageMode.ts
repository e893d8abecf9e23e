import * as vscode from 'vscode';
import { Disposable } from '../services/disposable';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { affectsSetting, ConfigKey, readConfig } from '../services/config';
import { NEWS_ARTICLE_LANGUAGE } from './articles';

const PLAIN_TEXT = 'plaintext';

/**
 * Gives the documents the index knows the news-article language, and only those: an unrelated `.txt`
 * keeps its language. Plain-text corpus files switch when opened and whenever the index changes; with
 * `groundedReader.languageMode` off, or once a file leaves the corpus, they switch back.
 */
export class ArticleLanguageMode extends Disposable {
  constructor(
    private readonly index: IndexService,
    private readonly logger: Logger,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((d) => void this.apply(d)));
    this._register(index.onDidChange(() => this.applyToOpenDocuments()));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => affectsSetting(e, ConfigKey.languageMode) && this.applyToOpenDocuments()));
    this.applyToOpenDocuments();
  }

  private applyToOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) void this.apply(document);
  }

  private async apply(document: vscode.TextDocument): Promise<void> {
    const language = this.languageFor(document);
    if (!language) return;
    try {
      await vscode.languages.setTextDocumentLanguage(document, language);
    } catch (e) {
      this.logger.warn(`could not set the language of ${document.uri.toString()} to ${language}: ${String(e)}`);
    }
  }

  /** The language `document` should change to, or undefined when it should keep its own. */
  private languageFor(document: vscode.TextDocument): string | undefined {
    if (!this.index.isReady) return undefined; // until the first index, no file is known to be outside the corpus
    const wanted = readConfig().languageMode && this.index.fileOf(document.uri) !== undefined;
    if (wanted && document.languageId === PLAIN_TEXT) return NEWS_ARTICLE_LANGUAGE;
    if (!wanted && document.languageId === NEWS_ARTICLE_LANGUAGE) return PLAIN_TEXT;
    return undefined;
  }
}
