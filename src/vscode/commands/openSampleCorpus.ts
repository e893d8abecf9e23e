import * as vscode from 'vscode';

/** `Grounded Reader: Open Sample Corpus` opens the articles the extension ships with. */
export function registerOpenSampleCorpus(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('groundedReader.openSampleCorpus', async () => {
      const seeds = vscode.Uri.joinPath(context.extensionUri, 'seeds');
      await vscode.commands.executeCommand('vscode.openFolder', seeds, { forceNewWindow: false });
    }),
  );
}
