// Loaded by the extension host when `npm run screenshot` runs (scripts/vscode-harness/screenshot.js):
// shows the Corpus view and the first seed article in the real editor, then asks the harness for a
// PNG of the workbench. The harness writes the PNG into GROUNDED_READER_SCREENSHOT_DIR; screenshot.js
// copies the PNGs to media/screenshots/ once this run() has resolved.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'grounded-reader.grounded-reader';
const SHOW_CORPUS_VIEW_COMMAND = 'workbench.view.extension.groundedReader';
const SCREENSHOT_DIR_ENV = 'GROUNDED_READER_SCREENSHOT_DIR';

export async function run(): Promise<void> {
  const outDir = process.env[SCREENSHOT_DIR_ENV];
  if (!outDir) {
    throw new Error(`${SCREENSHOT_DIR_ENV} is not set; run this through scripts/vscode-harness/screenshot.js`);
  }
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) {
    throw new Error(`extension ${EXTENSION_ID} is not loaded in the editor`);
  }
  await extension.activate();

  await vscode.commands.executeCommand(SHOW_CORPUS_VIEW_COMMAND);
  const article = await firstSeedArticle();
  const document = await vscode.workspace.openTextDocument(article);
  await vscode.window.showTextDocument(document, { preview: false });
  await waitFor('the first seed article to be shown', 20000, () =>
    vscode.window.visibleTextEditors.some(editor => editor.document.uri.toString() === article.toString()));
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
  await waitFor(`the screenshot ${file}`, 30000, () => fs.existsSync(file));
}

/** Polls condition every 100 ms until it holds; rejects once timeoutMs has passed. */
async function waitFor(what: string, timeoutMs: number, condition: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}
