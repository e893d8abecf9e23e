import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Statement } from '../../src/core/model';
import type { GroundedReaderApi } from '../../src/extension';
import { HOVER_COMMANDS } from '../../src/vscode/hover/hoverCards';
import { activeApi } from './helpers';
import { addFixtureCorpus, placeCursor, showArticle } from './articles';
import { screenshot } from './screenshot';

const SEED_000 = '000_643751daad6a8562.txt';
/** The hand-checked seed annotation (people, and which person each ambiguous bare name is). */
const GOLD = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'gold', 'seeds.gold.json');

interface GoldForHover {
  people: Array<{ id: string; name: string }>;
  ambiguous_mentions: Array<{ file: string; surface: string; person: string; context: string }>;
}
/** An invented article whose quote holds a command link, HTML and Markdown (test/fixtures/hostile/). */
const HOSTILE = 'hostile';

/** The Markdown of every hover card at `offset` in the indexed `file`. */
async function hoverMarkdown(api: GroundedReaderApi, file: string, offset: number): Promise<vscode.MarkdownString[]> {
  const document = await vscode.workspace.openTextDocument(api.index.uriOf(file)!);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
}

/** Every command that a link in `markdown` would run. */
function linkedCommands(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(\s*<?command:([\w.-]+)/g)].map((m) => m[1]);
}

async function showHoverAt(api: GroundedReaderApi, file: string, offset: number): Promise<void> {
  const editor = await showArticle(api, file);
  placeCursor(editor, offset);
  editor.revealRange(new vscode.Range(editor.selection.start, editor.selection.start), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('editor.action.showHover');
}

describe('hover cards', () => {
  let api: GroundedReaderApi;
  before(async () => {
    api = await activeApi();
  });

  it('on "Gavrilov" in seed 000 name Volodymyr Havrylov and show what he said', async () => {
    const document = await vscode.workspace.openTextDocument(api.index.uriOf(SEED_000)!);
    const offset = document.getText().indexOf('Gavrilov') + 2;
    const person = api.index.query.personAt(SEED_000, offset);
    assert.equal(person?.name, 'Volodymyr Havrylov');
    const text = (await hoverMarkdown(api, SEED_000, offset)).map((m) => m.value).join('\n');
    assert.match(text, /\*\*Volodymyr Havrylov\*\*/);
    const [first] = api.index.query.statementsOf(person.id);
    assert.ok(first, 'the index holds a statement of his');
    assert.ok(text.includes(`%22${SEED_000}%22%2C${first.start}%2C${first.end}%5D`), 'a link to his first statement’s span');
    await showHoverAt(api, SEED_000, offset);
    await screenshot('hover-person');
  });

  it('on each bare "Li" in seed 000 name the person the gold says it is (Li Shangfu once, Li Hui after)', async () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as GoldForHover;
    const names = new Map(gold.people.map((p) => [p.id, p.name]));
    const cases = gold.ambiguous_mentions.filter((m) => m.file === SEED_000 && m.surface === 'Li');
    assert.equal(cases.length, 4);
    const text = (await vscode.workspace.openTextDocument(api.index.uriOf(SEED_000)!)).getText();
    for (const c of cases) {
      const offset = text.indexOf(c.context) + c.context.indexOf('Li');
      const hover = (await hoverMarkdown(api, SEED_000, offset)).map((m) => m.value).join('\n');
      assert.ok(hover.startsWith(`**${names.get(c.person)}**`), `“${c.context.slice(0, 40)}…”: ${hover.slice(0, 60)}`);
    }
  });

  it('on every person mention of a seed name that person', async () => {
    for (const person of api.index.query.data.people.slice(0, 5)) {
      const mention = person.mentions[0];
      const text = (await hoverMarkdown(api, mention.file, mention.start)).map((m) => m.value).join('\n');
      assert.ok(text.startsWith(`**`) && text.includes(person.name.split(' ')[0]), `${person.name}: ${text.slice(0, 80)}`);
    }
  });

  it('are trusted for our own commands only, and render no HTML', async () => {
    const mention = api.index.query.data.people[0].mentions[0];
    for (const markdown of await hoverMarkdown(api, mention.file, mention.start)) {
      assert.deepEqual(markdown.isTrusted, { enabledCommands: HOVER_COMMANDS });
      assert.notEqual(markdown.supportHtml, true);
      assert.ok(linkedCommands(markdown.value).every((c) => HOVER_COMMANDS.includes(c)), markdown.value);
    }
  });

  describe('on an article whose quote holds a command link, HTML and Markdown', () => {
    let removeFixture: () => Promise<void>;
    let quote: Statement;
    before(async () => {
      removeFixture = await addFixtureCorpus(api, HOSTILE);
      const found = api.index.query.data.quotes.find((s) => s.file.startsWith(`${HOSTILE}/`) && s.text.includes('command:workbench.action.quit'));
      assert.ok(found, 'the reader finds the quote of the fixture');
      quote = found;
    });
    after(() => removeFixture());

    it('render the article’s words as text: no live link, no HTML, no emphasis', async () => {
      const values = (await hoverMarkdown(api, quote.file, quote.start + 2)).map((m) => m.value);
      assert.ok(values.length > 0, 'a hover on the quote');
      const text = values.join('\n');
      assert.ok(text.includes('\\[x\\]\\(command\\:workbench\\.action\\.quit\\)'), text);
      assert.ok(text.includes('\\<img src\\=x onerror\\=alert\\(1\\)\\>'), text);
      assert.ok(text.includes('\\*\\*the plan\\*\\*'), text);
      assert.doesNotMatch(text, /(?<!\\)<img|(?<!\\)\*\*the plan/);
      assert.ok(linkedCommands(text).every((c) => HOVER_COMMANDS.includes(c)), text);
      await showHoverAt(api, quote.file, quote.start + 2);
      await screenshot('hover-hostile-quote');
    });
  });
});
