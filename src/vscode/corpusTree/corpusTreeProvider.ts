import * as vscode from 'vscode';
import type { Span } from '../../core/model';
import type { IndexService } from '../services/indexService';
import { OPEN_SPAN_COMMAND } from '../hover/hoverCards';
import { excerpt, quoted, saidWords, sourceOf } from '../commands/labels';
import { CorpusNodes, type CorpusNode, type NodeOf, type ViewState } from './corpusNodes';

export type { CorpusNode } from './corpusNodes';

const LABEL_CHARS = 80;

/** The Corpus view: articles (by outlet or date), people by how much they said, and meetings. */
export class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusNode> {
  private readonly changed = new vscode.EventEmitter<CorpusNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private nodes: CorpusNodes;

  constructor(
    private readonly index: IndexService,
    private readonly extensionUri: vscode.Uri,
    private viewState: ViewState,
  ) {
    this.nodes = new CorpusNodes(index.query, viewState);
  }

  get state(): ViewState {
    return this.viewState;
  }

  /** Rebuilds the nodes from the current index and `state`, and redraws the view. */
  refresh(state: ViewState = this.viewState): void {
    this.viewState = state;
    this.nodes = new CorpusNodes(this.index.query, state);
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  getChildren(node?: CorpusNode): CorpusNode[] {
    return node ? this.nodes.childrenOf(node) : this.nodes.roots();
  }

  getParent(node: CorpusNode): CorpusNode | undefined {
    return node.parent;
  }

  /** The article's node in the view as it is now grouped and filtered, if it is there. */
  articleNode(file: string): CorpusNode | undefined {
    return this.nodes.articleNodeOf(file);
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    const item = this.itemFor(node);
    item.id = node.id;
    item.contextValue = node.kind;
    return item;
  }

  private itemFor(node: CorpusNode): vscode.TreeItem {
    switch (node.kind) {
      case 'root':
        return this.rootItem(node);
      case 'group':
        return this.groupItem(node);
      case 'article':
        return this.articleItem(node);
      case 'person':
        return this.personItem(node);
      case 'statement':
        return this.statementItem(node);
      case 'event':
        return this.eventItem(node);
      case 'report':
        return this.reportItem(node);
    }
  }

  private rootItem(node: NodeOf<'root'>): vscode.TreeItem {
    const roots = {
      articles: { label: vscode.l10n.t('Articles'), icon: 'library' },
      people: { label: vscode.l10n.t('People'), icon: 'organization' },
      meetings: { label: vscode.l10n.t('Meetings'), icon: 'calendar' },
    };
    const { label, icon } = roots[node.root];
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
    item.description = String(node.count);
    item.iconPath = new vscode.ThemeIcon(icon);
    return item;
  }

  private groupItem(node: NodeOf<'group'>): vscode.TreeItem {
    const unnamed = node.grouping === 'outlet' ? vscode.l10n.t('(unknown outlet)') : vscode.l10n.t('(undated)');
    const item = new vscode.TreeItem(node.name ?? unnamed, vscode.TreeItemCollapsibleState.Expanded);
    item.description = countOf(node.articles.length, vscode.l10n.t('1 article'), vscode.l10n.t('{0} articles', node.articles.length));
    item.iconPath = new vscode.ThemeIcon(node.grouping === 'outlet' ? 'globe' : 'calendar');
    return item;
  }

  private articleItem(node: NodeOf<'article'>): vscode.TreeItem {
    const a = node.article;
    const item = new vscode.TreeItem(a.title ?? fileName(a.file), this.expandable(node));
    item.description = [a.outlet, a.published].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString().appendText([a.title ?? vscode.l10n.t('(no headline)'), a.outlet, a.published, a.file, ...a.warnings].filter(Boolean).join('\n\n'));
    item.iconPath = new vscode.ThemeIcon('file-text');
    const uri = this.index.uriOf(a.file);
    if (uri) {
      item.resourceUri = uri;
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Article'), arguments: [uri] };
    }
    return item;
  }

  private personItem(node: NodeOf<'person'>): vscode.TreeItem {
    const { person, statements } = node;
    const item = new vscode.TreeItem(person.name, this.expandable(node));
    const said = statements.length ? countOf(statements.length, vscode.l10n.t('1 statement'), vscode.l10n.t('{0} statements', statements.length)) : undefined;
    const aliases = person.aliases.length ? vscode.l10n.t('also {0}', person.aliases.join(', ')) : undefined;
    item.description = [said, person.role, aliases].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString().appendText([person.name, person.role, aliases, said].filter(Boolean).join('\n\n'));
    item.iconPath = new vscode.ThemeIcon('person');
    if (node.inFile) item.command = this.openSpanCommand(node.inFile.file, node.inFile.first);
    return item;
  }

  private statementItem({ statement, article }: NodeOf<'statement'>): vscode.TreeItem {
    const item = new vscode.TreeItem(saidWords(statement, LABEL_CHARS));
    item.description = [statement.when, sourceOf(article, statement.file)].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString().appendText([quoted(statement.text), [statement.cue, statement.when].filter(Boolean).join(' · '), sourceOf(article, statement.file)].filter(Boolean).join('\n\n'));
    item.iconPath = this.ownIcon('statement');
    item.command = this.openSpanCommand(statement.file, statement);
    return item;
  }

  private eventItem(node: NodeOf<'event'>): vscode.TreeItem {
    const { event, articleCount } = node;
    const item = new vscode.TreeItem(event.label, this.expandable(node));
    item.description = countOf(articleCount, vscode.l10n.t('1 article'), vscode.l10n.t('{0} articles', articleCount));
    item.tooltip = new vscode.MarkdownString().appendText([event.label, event.date && (event.endDate ? `${event.date} – ${event.endDate}` : event.date), event.place].filter(Boolean).join('\n\n'));
    item.iconPath = this.ownIcon('meeting');
    if (node.inFile) item.command = this.openSpanCommand(node.inFile.file, node.inFile.first);
    return item;
  }

  private reportItem({ mention, article }: NodeOf<'report'>): vscode.TreeItem {
    const item = new vscode.TreeItem(quoted(excerpt(mention.text, LABEL_CHARS)));
    item.description = sourceOf(article, mention.file);
    item.tooltip = new vscode.MarkdownString().appendText([quoted(mention.text), sourceOf(article, mention.file)].join('\n\n'));
    item.iconPath = new vscode.ThemeIcon('note');
    item.command = this.openSpanCommand(mention.file, mention);
    return item;
  }

  /** Collapsed when the node has children, a leaf otherwise. */
  private expandable(node: CorpusNode): vscode.TreeItemCollapsibleState {
    return this.nodes.childrenOf(node).length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
  }

  private openSpanCommand(file: string, span: Span): vscode.Command {
    return { command: OPEN_SPAN_COMMAND, title: vscode.l10n.t('Open'), arguments: [file, span.start, span.end] };
  }

  private ownIcon(name: 'meeting' | 'statement'): { light: vscode.Uri; dark: vscode.Uri } {
    return {
      light: vscode.Uri.joinPath(this.extensionUri, 'media', 'tree', `${name}-light.svg`),
      dark: vscode.Uri.joinPath(this.extensionUri, 'media', 'tree', `${name}-dark.svg`),
    };
  }
}

function countOf(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

function fileName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
