import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi } from './helpers';
import { showArticle } from './articles';

const CNN = '004_ea4aacc8cf532bea.txt';

describe('people and meetings as symbols', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the Outline lists the article’s people and meetings', async () => {
    const api = await activeApi();
    const { document } = await showArticle(api, CNN);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const outline = Object.fromEntries(symbols.map((s) => [s.name, s.children.map((c) => c.name)]));
    const expected: Record<string, string[]> = {};
    const people = api.index.query.peopleIn(CNN).map((p) => p.name);
    const meetings = api.index.query.eventsIn(CNN).map((e) => e.label);
    if (people.length) expected.People = people;
    if (meetings.length) expected.Meetings = meetings;
    assert.ok(people.length > 0, 'the index names people in the CNN article');
    assert.deepEqual(outline, expected);
  });

  it('Go to Symbol in Workspace finds a person across the corpus', async () => {
    const api = await activeApi();
    const person = api.index.query.peopleIn(CNN)[0];
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', person.name);
    assert.ok(symbols.some((s) => s.name === person.name && s.kind === vscode.SymbolKind.Object), `${person.name} is a workspace symbol`);
  });

  it('Go to Definition on a name goes to its first full mention; References list all its mentions', async () => {
    const api = await activeApi();
    const person = api.index.query.peopleIn(CNN).find((p) => p.mentions.length > 1) ?? api.index.query.peopleIn(CNN)[0];
    const mention = api.index.query.inReadingOrder(person.mentions.filter((m) => m.file === CNN)).at(-1)!;
    const { document } = await showArticle(api, CNN);
    const position = document.positionAt(mention.start);
    const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, position);
    assert.equal(definitions.length, 1);
    const definition = definitions[0] as vscode.Location;
    const defined = await vscode.workspace.openTextDocument(definition.uri);
    assert.ok(defined.getText(definition.range).includes(person.name), `the definition “${defined.getText(definition.range)}” names ${person.name} in full`);
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
    assert.equal(references.length, person.mentions.length);
  });
});
