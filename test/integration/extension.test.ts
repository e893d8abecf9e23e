import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, EXTENSION_ID } from './helpers';

describe('Grounded Reader in a real editor', () => {
  it('activates on a workspace of .txt articles', async () => {
    const api = await activeApi();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.equal(api.index.query.data.articles.length, 5);
  });

  it('the Corpus view lists the five seed articles by headline, with outlet and date, each opening its file', async () => {
    const api = await activeApi();
    const [articlesRoot] = api.corpusTree.getChildren();
    const nodes = api.corpusTree.getChildren(articlesRoot).flatMap((group) => api.corpusTree.getChildren(group));
    const items = nodes.map((n) => api.corpusTree.getTreeItem(n));
    const labels = items.map((i) => String(i.label));
    // The headlines as the articles print them (the one article with no headline gets the manifest's).
    const expected = [
      'China says it is ready to expand military contacts with Ukraine',
      'Chinese, Ukrainian foreign ministers discuss Russia invasion',
      'Concerns in China and Russia grow over NATO involvement in Ukraine',
      'China’s top diplomat pledges to strengthen Russia ties ahead of Ukraine war anniversary',
      'Chinese Ambassador to Russia Zhang Hanhui: interview with Izvestia',
    ];
    assert.deepEqual([...labels].sort(), [...expected].sort());
    assert.ok(labels.every((l) => !l.endsWith('.txt')), 'no file names as labels');
    const cnn = items.find((i) => String(i.label).startsWith('China’s top diplomat'))!;
    assert.equal(cnn.description, 'CNN · 2023-02-22');
    assert.equal(cnn.command?.command, 'vscode.open');
    await vscode.commands.executeCommand(cnn.command!.command, ...(cnn.command!.arguments ?? []));
    assert.match(vscode.window.activeTextEditor?.document.uri.path ?? '', /004_ea4aacc8cf532bea\.txt$/);
  });

  it('registers every command it contributes', async () => {
    await activeApi();
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: Array<{ command: string }> } };
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = pkg.contributes.commands.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
  });
});
