import * as vscode from 'vscode';
import { createOutputLogger } from './vscode/services/logger';
import { IndexService } from './vscode/services/indexService';
import { registerCorpusTree } from './vscode/corpusTree/register';
import type { CorpusTreeProvider } from './vscode/corpusTree/corpusTreeProvider';
import { registerOpenSampleCorpus } from './vscode/commands/openSampleCorpus';

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
  index.start();
  return { index, corpusTree };
}

export function deactivate(): void {}
