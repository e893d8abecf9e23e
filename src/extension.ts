import * as vscode from 'vscode';
import { createOutputLogger } from './vscode/services/logger';
import { IndexService } from './vscode/services/indexService';
import { registerCorpusTree } from './vscode/corpusTree/register';
import type { CorpusTreeProvider } from './vscode/corpusTree/corpusTreeProvider';
import { registerOpenSampleCorpus } from './vscode/commands/openSampleCorpus';
import { registerStatementCommands } from './vscode/commands/statementCommands';
import { registerHover } from './vscode/hover/register';
import { registerExport } from './vscode/export/register';
import { registerStatusBar } from './vscode/statusBar/register';
import { registerLanguage } from './vscode/language/register';
import { registerHighlighting } from './vscode/highlighting/register';
import { registerNavigation } from './vscode/navigation/register';
import { registerSymbols } from './vscode/symbols/register';

/** What the extension hands to tests and to other extensions. */
export interface GroundedReaderApi {
  index: IndexService;
  corpusTree: CorpusTreeProvider;
}

export function activate(context: vscode.ExtensionContext): GroundedReaderApi {
  const logger = createOutputLogger();
  const index = new IndexService(logger, vscode.Uri.joinPath(context.extensionUri, 'dist', 'indexWorker.js'), context.storageUri ?? context.globalStorageUri);
  context.subscriptions.push(logger, index);
  const corpusTree = registerCorpusTree(context, { index });
  registerOpenSampleCorpus(context);
  registerStatementCommands(context, { index });
  registerHover(context, { index, logger });
  registerExport(context, { index });
  registerStatusBar(context, { index });
  registerLanguage(context, { index, logger });
  registerHighlighting(context, { index, logger });
  registerNavigation(context, { index, logger });
  registerSymbols(context, { index, logger });
  index.start();
  return { index, corpusTree };
}

export function deactivate(): void {}
