import type * as vscode from 'vscode';

/** The language of the articles the index knows. */
export const NEWS_ARTICLE_LANGUAGE = 'news-article';

/**
 * Where the article features apply: corpus files carry the news-article language, or stay plain text
 * when `groundedReader.languageMode` is off. Providers answer only for files the index knows.
 */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = [{ language: NEWS_ARTICLE_LANGUAGE }, { language: 'plaintext' }];
