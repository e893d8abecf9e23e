import * as vscode from 'vscode';
import type { ArticleSummary } from '../../core/index/corpusIndex';
import type { IndexService } from '../services/indexService';

export type CorpusNode = { type: 'article'; article: ArticleSummary };

/** The Corpus view: the workspace's articles by headline, with outlet and date. */
export class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusNode> {
  private readonly changed = new vscode.EventEmitter<CorpusNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: IndexService) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  getChildren(node?: CorpusNode): CorpusNode[] {
    if (node) return [];
    return [...this.index.query.data.articles]
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || (a.title ?? a.file).localeCompare(b.title ?? b.file))
      .map((article) => ({ type: 'article', article }));
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    const a = node.article;
    const item = new vscode.TreeItem(a.title ?? fileName(a.file), vscode.TreeItemCollapsibleState.None);
    item.id = `article:${a.file}`;
    item.description = [a.outlet, a.published].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString().appendText([a.title ?? vscode.l10n.t('(no headline)'), a.outlet, a.published, a.file, ...a.warnings].filter(Boolean).join('\n\n'));
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.contextValue = 'article';
    const uri = this.index.uriOf(a.file);
    if (uri) {
      item.resourceUri = uri;
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Article'), arguments: [uri] };
    }
    return item;
  }
}

function fileName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
