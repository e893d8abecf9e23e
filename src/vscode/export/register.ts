import * as vscode from 'vscode';
import type { IndexService } from '../services/indexService';
import { EXPORT_EXTENSIONS, formatRows, statementRows, type ExportFormat } from './whoSaidWhat';

export const EXPORT_COMMAND = 'groundedReader.exportStatements';

export interface ExportDeps {
  index: IndexService;
}

/**
 * `Grounded Reader: Export Who Said What`: every statement to CSV, JSON or Markdown. Asks for the format
 * and the file; tests pass both as arguments (target URI, format). Resolves to the written URI.
 */
export function registerExport(context: vscode.ExtensionContext, { index }: ExportDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_COMMAND, async (target?: vscode.Uri, format?: ExportFormat) => {
      const chosen = format ?? (await pickFormat());
      if (!chosen) return undefined;
      const uri = target ?? (await pickTarget(chosen));
      if (!uri) return undefined;
      const rows = statementRows(index.query, await lineFinder(index));
      const text = formatRows(rows, chosen, vscode.l10n.t('Who said what'));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} statements to {1}.', rows.length, vscode.workspace.asRelativePath(uri)));
      return uri;
    }),
  );
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: Array<vscode.QuickPickItem & { format: ExportFormat }> = [
    { label: 'CSV', description: vscode.l10n.t('for spreadsheets'), format: 'csv' },
    { label: 'JSON', description: vscode.l10n.t('for scripts'), format: 'json' },
    { label: 'Markdown', description: vscode.l10n.t('to read, by speaker'), format: 'markdown' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export who said what as') });
  return picked?.format;
}

function pickTarget(format: ExportFormat): Thenable<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `who-said-what.${EXPORT_EXTENSIONS[format]}`;
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export Who Said What'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: { [format.toUpperCase()]: [EXPORT_EXTENSIONS[format]] },
  });
}

/** Line numbers as the editor counts them, opening each file with statements once. */
async function lineFinder(index: IndexService): Promise<(file: string, offset: number) => number> {
  const documents = new Map<string, vscode.TextDocument>();
  for (const file of new Set(index.query.data.quotes.map((s) => s.file))) {
    const uri = index.uriOf(file);
    if (uri) documents.set(file, await vscode.workspace.openTextDocument(uri));
  }
  return (file, offset) => (documents.get(file)?.positionAt(offset).line ?? 0) + 1;
}
