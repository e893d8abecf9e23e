import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { articleCountOf } from '../../src/core/index/corpusQuery';
import type { GroundedReaderApi } from '../../src/extension';
import type { CorpusNode } from '../../src/vscode/corpusTree/corpusTreeProvider';
import { activeApi, waitFor } from './helpers';
import { screenshot } from './screenshot';

function rootsByKind(api: GroundedReaderApi): Map<string, CorpusNode> {
  return new Map(api.corpusTree.getChildren().map((n) => [n.kind === 'root' ? n.root : n.kind, n]));
}

function children(api: GroundedReaderApi, node: CorpusNode): CorpusNode[] {
  return api.corpusTree.getChildren(node);
}

function description(api: GroundedReaderApi, node: CorpusNode): string {
  return String(api.corpusTree.getTreeItem(node).description ?? '');
}

describe('the Corpus view', () => {
  let api: GroundedReaderApi;
  before(async () => {
    api = await activeApi();
    await vscode.commands.executeCommand('groundedReader.corpus.clearFilter');
    await vscode.commands.executeCommand('groundedReader.corpus.groupByOutlet');
  });

  it('has three roots, Articles, People and Meetings, counting what the index holds', () => {
    const { data } = api.index.query;
    const roots = rootsByKind(api);
    assert.deepEqual([...roots.keys()], ['articles', 'people', 'meetings']);
    assert.deepEqual(api.corpusTree.getChildren().map((n) => api.corpusTree.getTreeItem(n).label), ['Articles', 'People', 'Meetings']);
    assert.equal(description(api, roots.get('articles')!), '5');
    assert.equal(description(api, roots.get('people')!), String(data.people.length));
    assert.equal(description(api, roots.get('meetings')!), String(data.events.length));
  });

  it('groups the articles by outlet, and under each article lists the people and meetings it mentions', () => {
    const groups = children(api, rootsByKind(api).get('articles')!);
    const articles = groups.flatMap((g) => children(api, g));
    assert.equal(articles.length, 5);
    for (const group of groups) {
      assert.ok(children(api, group).every((a) => a.kind === 'article' && a.article.outlet === api.corpusTree.getTreeItem(group).label));
    }
    for (const article of articles) {
      if (article.kind !== 'article') continue;
      const inside = children(api, article);
      const people = api.index.query.peopleIn(article.article.file).map((p) => p.name);
      const events = api.index.query.eventsIn(article.article.file).map((e) => e.label);
      assert.deepEqual(inside.map((n) => api.corpusTree.getTreeItem(n).label), [...people, ...events]);
      const expected = inside.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
      assert.equal(api.corpusTree.getTreeItem(article).collapsibleState, expected);
    }
  });

  it('toggles to grouping by date, newest first, and keeps the choice', async () => {
    await vscode.commands.executeCommand('groundedReader.corpus.groupByDate');
    const labels = children(api, rootsByKind(api).get('articles')!).map((g) => String(api.corpusTree.getTreeItem(g).label));
    const dates = labels.filter((l) => /^\d{4}-\d\d-\d\d$/.test(l));
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(api.corpusTree.state.grouping, 'date');
    await vscode.commands.executeCommand('groundedReader.corpus.groupByOutlet');
    assert.equal(api.corpusTree.state.grouping, 'outlet');
  });

  it('lists people by how much they said, each statement opening its exact span', async () => {
    const people = children(api, rootsByKind(api).get('people')!);
    const said = people.map((p) => (p.kind === 'person' ? api.index.query.statementsOf(p.person.id).length : -1));
    assert.deepEqual(said, [...said].sort((a, b) => b - a));
    const speaker = people.find((p) => p.kind === 'person' && children(api, p).length > 0);
    assert.ok(speaker, 'somebody said something');
    const [first] = children(api, speaker);
    assert.equal(first.kind, 'statement');
    if (first.kind !== 'statement') return;
    const command = api.corpusTree.getTreeItem(first).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the statement’s article', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === api.index.uriOf(first.statement.file)?.toString() ? e : undefined;
    });
    assert.deepEqual([editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)], [first.statement.start, first.statement.end]);
  });

  it('lists meetings with the number of articles reporting them, and every report under each', () => {
    for (const node of children(api, rootsByKind(api).get('meetings')!)) {
      assert.equal(node.kind, 'event');
      if (node.kind !== 'event') continue;
      const n = articleCountOf(node.event);
      assert.equal(description(api, node), n === 1 ? '1 article' : `${n} articles`);
      assert.equal(children(api, node).length, node.event.mentions.length);
    }
  });

  it('filters by text, and clears the filter', async () => {
    const person = api.index.query.data.people[0];
    await vscode.commands.executeCommand('groundedReader.corpus.filter', person.name);
    const people = children(api, rootsByKind(api).get('people')!);
    assert.ok(people.some((p) => p.kind === 'person' && p.person.id === person.id));
    assert.ok(people.length <= api.index.query.data.people.length);
    await vscode.commands.executeCommand('groundedReader.corpus.clearFilter');
    assert.equal(children(api, rootsByKind(api).get('people')!).length, api.index.query.data.people.length);
  });

  it('copies a citation of a statement: quote, speaker, outlet, date, file:line', async () => {
    const statement = api.index.query.data.quotes.find((s) => s.speaker);
    assert.ok(statement, 'a statement with a named speaker');
    const node = children(api, rootsByKind(api).get('people')!)
      .flatMap((p) => children(api, p))
      .find((n) => n.kind === 'statement' && n.statement === statement)!;
    const citation = await vscode.commands.executeCommand<string>('groundedReader.corpus.copyCitation', node);
    const document = await vscode.workspace.openTextDocument(api.index.uriOf(statement.file)!);
    const line = document.positionAt(statement.start).line + 1;
    assert.ok(citation.startsWith('“'), citation);
    assert.ok(citation.includes(api.index.query.person(statement.speaker!)!.name), citation);
    assert.ok(citation.endsWith(`(${statement.file}:${line})`), citation);
    assert.equal(await vscode.env.clipboard.readText(), citation);
  });

  it('reveals the current article', async () => {
    const file = api.index.query.data.articles[4].file;
    await vscode.window.showTextDocument(api.index.uriOf(file)!, { preview: false });
    const revealed = await vscode.commands.executeCommand('groundedReader.corpus.revealArticle');
    assert.equal(revealed, `article:${file}`);
    await screenshot('corpus-tree');
  });
});
