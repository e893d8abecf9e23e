// Opening corpus articles in the real editor, and a fixture corpus copied into the workspace.
import * as path from 'path';
import * as vscode from 'vscode';
import type { GroundedReaderApi } from '../../src/extension';
import { waitFor, workspaceFile } from './helpers';

const NEWS_ARTICLE = 'news-article';

/** The open document for `uri` once it has `language` (setting a language replaces the document). */
export function documentWithLanguage(uri: vscode.Uri, language: string): Promise<vscode.TextDocument> {
  return waitFor(`${uri.path} to have the language ${language}`, () =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === language),
  );
}

/** Shows the corpus file `file` and waits until it is a news article. */
export async function showArticle(api: GroundedReaderApi, file: string): Promise<vscode.TextEditor> {
  const uri = api.index.uriOf(file);
  if (!uri) throw new Error(`the index does not know ${file}`);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const document = await documentWithLanguage(uri, NEWS_ARTICLE);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Puts the cursor of `editor` at `offset`. */
export function placeCursor(editor: vscode.TextEditor, offset: number): void {
  const position = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(position, position);
}

/**
 * Copies test/fixtures/`name`/ into the workspace as `name`/ and waits until the index holds its
 * articles; the returned function removes it again and waits until the index has let them go.
 */
export async function addFixtureCorpus(api: GroundedReaderApi, name: string): Promise<() => Promise<void>> {
  const source = vscode.Uri.file(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', name));
  const target = workspaceFile(name);
  const files = (await vscode.workspace.fs.readDirectory(source)).map(([f]) => `${name}/${f}`);
  await vscode.workspace.fs.copy(source, target, { overwrite: true });
  await api.index.refresh();
  await waitFor(`the index to hold ${files.join(', ')}`, () => (files.every((f) => api.index.query.article(f)) ? true : undefined));
  return async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(target, { recursive: true });
    await api.index.refresh();
    await waitFor(`the index to let ${name}/ go`, () => (files.some((f) => api.index.query.article(f)) ? undefined : true));
  };
}
