import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activeApi } from './helpers';
import { addFixtureCorpus, documentWithLanguage, showArticle } from './articles';

const CNN = '004_ea4aacc8cf532bea.txt';

interface DecodedToken {
  text: string;
  type: string;
  modifiers: string[];
}

async function semanticTokens(document: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
  const decoded: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < (tokens?.data.length ?? 0); i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine ? deltaStart : character + deltaStart;
    decoded.push({
      text: document.getText(new vscode.Range(line, character, line, character + length)),
      type: legend.tokenTypes[type],
      modifiers: legend.tokenModifiers.filter((_, bit) => modifiers & (1 << bit)),
    });
  }
  return decoded;
}

function labelOf(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join('');
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('groundedReader').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('the news-article language', () => {
  afterEach(async () => {
    await setSetting('hints.enabled', undefined);
    await setSetting('languageMode', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('corpus files open as news articles; an untitled text and a .txt outside the corpus stay plain text', async () => {
    const api = await activeApi();
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'not-corpus-')), 'notes.txt');
    fs.writeFileSync(outside, 'Shopping list\n\n"Milk," she said on Monday.\n');
    const unrelated = await vscode.workspace.openTextDocument(vscode.Uri.file(outside));
    const untitled = await vscode.workspace.openTextDocument({ content: 'Draft\n\n"Quote," he said.', language: 'plaintext' });
    await vscode.window.showTextDocument(unrelated);
    const editor = await showArticle(api, CNN);
    assert.equal(editor.document.languageId, 'news-article');
    await api.index.refresh(); // applies the language mode to every open document once more
    await documentWithLanguage(editor.document.uri, 'news-article');
    assert.equal(unrelated.languageId, 'plaintext');
    assert.equal(untitled.languageId, 'plaintext');
  });

  it('turning groundedReader.languageMode off gives corpus files back their plain text', async () => {
    const api = await activeApi();
    const editor = await showArticle(api, CNN);
    await setSetting('languageMode', false);
    await documentWithLanguage(editor.document.uri, 'plaintext');
    await setSetting('languageMode', undefined);
    await documentWithLanguage(editor.document.uri, 'news-article');
  });

  it('colours the people the index knows, speakers with the speaker modifier', async () => {
    const api = await activeApi();
    const { document } = await showArticle(api, CNN);
    const tokens = await semanticTokens(document);
    const people = api.index.query.peopleIn(CNN);
    assert.ok(people.length > 0, 'the index names people in the CNN article');
    const text = document.getText();
    const mentioned = new Set(people.flatMap((p) => p.mentions.filter((m) => m.file === CNN).map((m) => text.slice(m.start, m.end))));
    const coloured = new Set(tokens.filter((t) => t.type === 'person').map((t) => t.text));
    assert.deepEqual([...mentioned].filter((m) => !coloured.has(m)), [], 'every name form is coloured');
    const speakers = new Set(api.index.query.statementsIn(CNN).map((s) => s.speaker).filter(Boolean));
    const firstSpeaker = people.find((p) => speakers.has(p.id));
    if (firstSpeaker) {
      assert.ok(tokens.some((t) => t.modifiers.includes('speaker') && firstSpeaker.aliases.concat(firstSpeaker.name).includes(t.text)), `${firstSpeaker.name} is marked as a speaker`);
    }
  });

  it('names the speaker after a quote whose attribution is out of sight, unless hints are off', async () => {
    const api = await activeApi();
    const { document } = await showArticle(api, CNN);
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
    const unattributed = api.index.query.statementsIn(CNN).find((s) => s.speaker && !s.speakerSpan && s.when);
    if (unattributed) {
      const name = api.index.query.person(unattributed.speaker!)!.name;
      const hint = hints.find((h) => document.offsetAt(h.position) >= unattributed.end && document.offsetAt(h.position) <= unattributed.end + 2);
      assert.ok(hint, `a hint after “${unattributed.text.slice(0, 30)}…”`);
      assert.match(labelOf(hint), new RegExp(`^— ${name}, \\d{1,2} \\w{3} \\d{4}$`));
    } else {
      assert.ok(hints.length > 0, 'some quote in the CNN article has its speaker out of sight');
    }
    await setSetting('hints.enabled', false);
    const none = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
    assert.deepEqual(none, []);
  });

  it('sums up the article above its headline', async () => {
    const api = await activeApi();
    const { document } = await showArticle(api, CNN);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
    const titles = lenses.map((l) => l.command?.title ?? '');
    const people = api.index.query.peopleIn(CNN).length;
    const statements = api.index.query.statementsListedIn(CNN).length;
    assert.equal(titles[0], `${people} ${people === 1 ? 'person' : 'people'} · ${statements} ${statements === 1 ? 'statement' : 'statements'}`);
    assert.match(titles[1], /^\d+ meetings? also reported elsewhere$/);
    assert.ok(lenses.every((l) => l.range.start.line === 0), 'on the headline, the first line');
  });

  it('says above the headline of an article in another language why it shows no one', async () => {
    assert.equal(await fixtureSummary('other-language', 'rencontre.txt'), '0 people · 0 statements · mostly not English');
  });

  it('says above the headline of a mis-decoded article that its text looks so', async () => {
    assert.match(await fixtureSummary('mis-decoded', 'envoys.txt'), / · text looks mis-decoded$/);
  });
});

/** The summary lens above the headline of a fixture corpus's article, read with the fixture in the workspace. */
async function fixtureSummary(fixture: string, file: string): Promise<string> {
  const api = await activeApi();
  const remove = await addFixtureCorpus(api, fixture);
  try {
    const { document } = await showArticle(api, `${fixture}/${file}`);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
    return lenses[0]?.command?.title ?? '';
  } finally {
    await remove();
  }
}
