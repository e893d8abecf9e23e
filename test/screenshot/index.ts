// Loaded by the extension host when `npm run screenshot` runs (scripts/vscode-harness/screenshot.js):
// drives the real editor on the seeds and asks the harness for PNGs of the workbench: the Corpus view
// with an article, a hover on a person, a hover on a quote, and a jump to another report of a meeting.
// The harness writes the PNGs into GROUNDED_READER_SCREENSHOT_DIR; screenshot.js copies them to
// media/screenshots/ once this run() has resolved.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { GroundedReaderApi } from '../../src/extension';
import { activeApi, waitFor, workspaceFile } from '../integration/helpers';

const SHOW_CORPUS_VIEW_COMMAND = 'workbench.view.extension.groundedReader';
const SCREENSHOT_DIR_ENV = 'GROUNDED_READER_SCREENSHOT_DIR';
const HOVER_SELECTOR = '.monaco-hover:not(.hidden) .rendered-markdown';

export async function run(): Promise<void> {
  const outDir = process.env[SCREENSHOT_DIR_ENV];
  if (!outDir) {
    throw new Error(`${SCREENSHOT_DIR_ENV} is not set; run this through scripts/vscode-harness/screenshot.js`);
  }
  const api = await activeApi(); // the extension is active and its first index is built
  await vscode.commands.executeCommand(SHOW_CORPUS_VIEW_COMMAND);

  // 1. The Corpus view, with the article that is open revealed and expanded in it.
  const cnn = await openArticle(api, 'China’s top diplomat');
  await vscode.commands.executeCommand('groundedReader.corpus.revealArticle', cnn.document.uri);
  await screenshot(outDir, 'corpus-view');

  // 2. A hover on a person named by a variant spelling.
  const bloomberg = await openArticle(api, 'China says it is ready to expand military contacts');
  await screenshotOfHover(outDir, 'person-hover', () => hoverAt(bloomberg, bloomberg.document.getText().indexOf('Gavrilov said') + 2));

  // 3. A hover on a quote: the first direct statement of the CNN article.
  const cnnAgain = await openArticle(api, 'China’s top diplomat');
  const file = api.index.fileOf(cnnAgain.document.uri)!;
  const quote = api.index.query.data.quotes.filter((q) => q.file === file && q.kind === 'direct').sort((a, b) => a.start - b.start)[0];
  if (!quote) throw new Error('no direct statement in the CNN seed');
  await screenshotOfHover(outDir, 'quote-hover', () => hoverAt(cnnAgain, quote.start + 5));

  // 4. A jump: the cursor on a meeting reported by two articles, then Next Report.
  const shared = api.index.query.data.events.find((e) => new Set(e.mentions.map((m) => m.file)).size > 1);
  if (!shared) throw new Error('no meeting is reported by two seed articles');
  const from = shared.mentions[0];
  const source = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(api.index.uriOf(from.file)!), { preview: false });
  source.selection = new vscode.Selection(source.document.positionAt(from.start), source.document.positionAt(from.start));
  await vscode.commands.executeCommand('groundedReader.nextReport');
  await waitFor('Next Report to open another article', () =>
    vscode.window.activeTextEditor && api.index.fileOf(vscode.window.activeTextEditor.document.uri) !== from.file ? true : undefined);
  await screenshot(outDir, 'next-report');
}

async function openArticle(api: GroundedReaderApi, headlineStart: string): Promise<vscode.TextEditor> {
  const article = api.index.query.data.articles.find((a) => a.title?.startsWith(headlineStart));
  if (!article) throw new Error(`no seed article whose headline starts with “${headlineStart}”`);
  const uri = api.index.uriOf(article.file) ?? workspaceFile(article.file);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  await waitFor(`${article.file} to be shown`, () => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? true : undefined));
  return editor;
}

/** Puts the cursor at `offset` and shows the hover there, as a user pointing at the word would see it. */
async function hoverAt(editor: vscode.TextEditor, offset: number): Promise<void> {
  if (offset < 0) throw new Error('the hover target is not in the article');
  const position = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
  if (!hovers?.length) throw new Error(`no hover at ${editor.document.uri.path}:${position.line + 1}:${position.character + 1}`);
  await vscode.commands.executeCommand('editor.action.showHover');
}

/**
 * A picture of the hover `show` opens. The harness writes none when the hover is not on screen when the
 * picture is taken (the editor, still laying out a newly opened article, can close it); the hover is then
 * asked for again, up to three times.
 */
async function screenshotOfHover(outDir: string, name: string, show: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await show();
    try {
      // Longer than the harness waits for the hover (10 s). A picture that still lands late shows the hover
      // all the same: the harness writes none without it.
      await screenshot(outDir, name, HOVER_SELECTOR, 15000);
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      console.log(`[screenshot] no hover in the picture ${name}.png (attempt ${attempt}); showing it again`);
    }
  }
}

/** Asks the harness for a PNG of the workbench (after `waitForSelector` is visible) and waits until it is written. */
async function screenshot(outDir: string, name: string, waitForSelector?: string, timeoutMs = 30000): Promise<void> {
  const file = path.join(outDir, `${name}.png`);
  await vscode.commands.executeCommand('notifications.clearAll');
  console.log(`[vscrt:screenshot] ${file}${waitForSelector ? ` waitFor=${waitForSelector}` : ''}`);
  await waitFor(`the screenshot ${file}`, () => fs.existsSync(file) || undefined, timeoutMs);
}
