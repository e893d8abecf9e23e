import * as vscode from 'vscode';
import type { IndexService } from '../services/indexService';

/** VS Code's command that focuses a view is its id followed by `.focus`. */
const FOCUS_CORPUS_VIEW_COMMAND = 'groundedReader.corpus.focus';

export interface StatusBarDeps {
  index: IndexService;
}

/** "$(book) N articles" in the status bar, "indexing…" while indexing; a click focuses the Corpus view. */
export function registerStatusBar(context: vscode.ExtensionContext, { index }: StatusBarDeps): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('groundedReader.status', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Grounded Reader');
  item.command = FOCUS_CORPUS_VIEW_COMMAND;
  item.tooltip = vscode.l10n.t('Grounded Reader: show the Corpus view');
  const update = () => {
    const status = index.currentStatus;
    const count = index.query.data.articles.length;
    item.text =
      status.indexing || !index.isReady
        ? `$(sync~spin) ${status.total ? vscode.l10n.t('indexing… {0}/{1}', status.done, status.total) : vscode.l10n.t('indexing…')}`
        : `$(book) ${count === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', count)}`;
  };
  update();
  item.show();
  context.subscriptions.push(item, index.onDidChange(update), index.onDidChangeStatus(update));
  return item;
}
