import * as vscode from 'vscode';
import type { IndexService } from '../services/indexService';
import { formatCitation, sourceOf } from '../commands/labels';
import { CorpusTreeProvider } from './corpusTreeProvider';
import type { ArticleGrouping, CorpusNode, ViewState } from './corpusNodes';

export const CORPUS_VIEW_ID = 'groundedReader.corpus';
/** Owned by the meetings navigation: a quick pick of every report of the event whose id it is given. */
const SHOW_ALL_REPORTS_COMMAND = 'groundedReader.showAllReports';
const GROUPING_KEY = 'groundedReader.corpus.grouping';
/** Context keys for the view title's toggles. */
const GROUPING_CONTEXT = 'groundedReader.corpusGrouping';
const FILTERED_CONTEXT = 'groundedReader.corpusFiltered';

export interface CorpusTreeDeps {
  index: IndexService;
}

export function registerCorpusTree(context: vscode.ExtensionContext, { index }: CorpusTreeDeps): CorpusTreeProvider {
  const grouping = context.workspaceState.get<ArticleGrouping>(GROUPING_KEY, 'outlet');
  const provider = new CorpusTreeProvider(index, context.extensionUri, { grouping, filter: '' });
  const view = vscode.window.createTreeView(CORPUS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });

  const applyViewState = async (state: ViewState): Promise<void> => {
    provider.refresh(state);
    view.message = state.filter ? vscode.l10n.t('Showing only what contains “{0}”.', state.filter) : undefined;
    view.description = state.filter ? vscode.l10n.t('filter: {0}', state.filter) : undefined;
    await context.workspaceState.update(GROUPING_KEY, state.grouping);
    await vscode.commands.executeCommand('setContext', GROUPING_CONTEXT, state.grouping);
    await vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, state.filter !== '');
  };
  const setGrouping = (g: ArticleGrouping) => applyViewState({ ...provider.state, grouping: g });
  const setFilter = (filter: string) => applyViewState({ ...provider.state, filter: filter.trim() });
  void applyViewState(provider.state);

  context.subscriptions.push(
    provider,
    view,
    index.onDidChange(() => provider.refresh()),
    vscode.commands.registerCommand('groundedReader.refresh', () => index.refresh()),
    vscode.commands.registerCommand('groundedReader.corpus.groupByOutlet', () => setGrouping('outlet')),
    vscode.commands.registerCommand('groundedReader.corpus.groupByDate', () => setGrouping('date')),
    vscode.commands.registerCommand('groundedReader.corpus.filter', async (text?: string) => {
      const filter = text ?? (await askFilter(provider.state.filter));
      if (filter !== undefined) await setFilter(filter);
    }),
    vscode.commands.registerCommand('groundedReader.corpus.clearFilter', () => setFilter('')),
    vscode.commands.registerCommand('groundedReader.corpus.revealArticle', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      const file = target && index.fileOf(target);
      if (file === undefined) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The current editor is not an article of the corpus.'));
        return;
      }
      if (!provider.articleNode(file)) await setFilter('');
      const node = provider.articleNode(file);
      if (node) await view.reveal(node, { select: true, focus: true, expand: true });
      return node?.id;
    }),
    vscode.commands.registerCommand('groundedReader.corpus.copyCitation', async (node?: CorpusNode) => {
      const citation = node && (await citationOf(index, node));
      if (citation) await vscode.env.clipboard.writeText(citation);
      return citation;
    }),
    vscode.commands.registerCommand('groundedReader.corpus.showAllReports', (node?: CorpusNode) => {
      const event = node?.kind === 'event' || node?.kind === 'report' ? node.event : undefined;
      return vscode.commands.executeCommand(SHOW_ALL_REPORTS_COMMAND, event?.id);
    }),
  );
  return provider;
}

function askFilter(current: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Filter the Corpus view'),
    prompt: vscode.l10n.t('Show only articles, people, statements and meetings that contain this text.'),
    value: current,
  });
}

/** “quote” — speaker, outlet, date (file:line) for a statement or a report of a meeting. */
async function citationOf(index: IndexService, node: CorpusNode): Promise<string | undefined> {
  const cited =
    node.kind === 'statement'
      ? { span: node.statement, speaker: speakerName(index, node.statement.speaker, node.statement.speakerText), cue: node.statement.cue }
      : node.kind === 'report'
        ? { span: node.mention, speaker: null, cue: null }
        : undefined;
  if (!cited) return undefined;
  const { span, speaker, cue } = cited;
  const uri = index.uriOf(span.file);
  const line = uri ? (await vscode.workspace.openTextDocument(uri)).positionAt(span.start).line + 1 : 1;
  return formatCitation({ text: span.text, cue, speaker, source: sourceOf(index.query.article(span.file), span.file), file: span.file, line });
}

function speakerName(index: IndexService, id: string | null, text: string | null): string | null {
  return (id && index.query.person(id)?.name) || text;
}
