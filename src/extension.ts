import * as vscode from 'vscode';
import { createOutputLogger } from './vscode/services/logger';
import { IndexService } from './vscode/services/indexService';
import { registerCorpusTree } from './vscode/corpusTree/register';
import { registerOpenSampleCorpus } from './vscode/commands/openSampleCorpus';

/** What the extension hands to tests and to other extensions. */
export interface GroundedReaderApi {
  index: IndexService;
}

export function activate(context: vscode.ExtensionContext): GroundedReaderApi {
  const logger = createOutputLogger();
  const index = new IndexService(logger);
  context.subscriptions.push(logger, index);
  registerCorpusTree(context, { index });
  registerOpenSampleCorpus(context);
  void index.refresh();
  return { index };
}

export function deactivate(): void {}
