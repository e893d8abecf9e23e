import * as vscode from 'vscode';
import type { IndexService } from '../services/indexService';
import { CorpusTreeProvider } from './corpusTreeProvider';

export const CORPUS_VIEW_ID = 'groundedReader.corpus';

export interface CorpusTreeDeps {
  index: IndexService;
}

export function registerCorpusTree(context: vscode.ExtensionContext, deps: CorpusTreeDeps): CorpusTreeProvider {
  const provider = new CorpusTreeProvider(deps.index);
  const view = vscode.window.createTreeView(CORPUS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    provider,
    view,
    deps.index.onDidChange(() => provider.refresh()),
    vscode.commands.registerCommand('groundedReader.refresh', () => deps.index.refresh()),
  );
  return provider;
}
