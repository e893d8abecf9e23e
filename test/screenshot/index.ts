// Loaded by the extension host when `npm run screenshot` runs (scripts/vscode-harness/screenshot.js):
// shows the Corpus view and the first seed article in the real editor, then asks the harness for a
// PNG of the workbench. The harness writes the PNG into GROUNDED_READER_SCREENSHOT_DIR; screenshot.js
// copies the PNGs to media/screenshots/ once this run() has resolved.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activeApi, waitFor } from '../integration/helpers';

const SHOW_CORPUS_VIEW_COMMAND = 'workbench.view.extension.groundedReader';
const SCREENSHOT_DIR_ENV = 'GROUNDED_READER_SCREENSHOT_DIR';

export async function run(): Promise<void> {
  const outDir = process.env[SCREENSHOT_DIR_ENV];
  if (!outDir) {
    throw new Error(`${SCREENSHOT_DIR_ENV} is not set; run this through scripts/vscode-harness/screenshot.js`);
  }
  await activeApi(); // the extension is active and its first index is built

  await vscode.commands.executeCommand(SHOW_CORPUS_VIEW_COMMAND);
  const article = await firstSeedArticle();
  const document = await vscode.workspace.openTextDocument(article);
  await vscode.window.showTextDocument(document, { preview: false });
  await waitFor('the first seed article to be shown', () =>
    vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === article.toString()) || undefined, 20000);
  await vscode.commands.executeCommand('notifications.clearAll');

  await screenshot(outDir, 'corpus-view');
}

async function firstSeedArticle(): Promise<vscode.Uri> {
  const files = await vscode.workspace.findFiles('**/*.txt');
  if (files.length === 0) {
    throw new Error('no seed articles (*.txt) in the workspace');
  }
  return files.sort((a, b) => a.fsPath.localeCompare(b.fsPath))[0];
}

/** Asks the harness for a PNG of the workbench and waits until it has been written. */
async function screenshot(outDir: string, name: string): Promise<void> {
  const file = path.join(outDir, `${name}.png`);
  console.log(`[vscrt:screenshot] ${file}`);
  await waitFor(`the screenshot ${file}`, () => fs.existsSync(file) || undefined, 30000);
}
