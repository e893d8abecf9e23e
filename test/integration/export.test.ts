import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, workspaceFile } from './helpers';

/** RFC 4180: records end with CRLF; a quoted field may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  assert.equal(field + row.join(''), '', 'the last record ends with CRLF');
  return rows;
}

describe('Export Who Said What', () => {
  it('writes CSV that a CSV parser reads back as every statement', async () => {
    const api = await activeApi();
    const target = workspaceFile('who-said-what.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri>('groundedReader.exportStatements', target, 'csv');
    assert.equal(written.toString(), target.toString());
    const rows = parseCsv(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    const [header, ...records] = rows;
    assert.deepEqual(header.slice(0, 3), ['speaker', 'role', 'statement']);
    const { quotes } = api.index.query.data;
    assert.equal(records.length, quotes.length);
    const column = (name: string) => header.indexOf(name);
    records.forEach((r, i) => {
      assert.equal(r.length, header.length);
      assert.equal(r[column('statement')], quotes[i].text);
      assert.equal(r[column('file')], quotes[i].file);
      assert.equal(Number(r[column('start')]), quotes[i].start);
    });
    await vscode.workspace.fs.delete(target);
  });

  it('writes JSON and Markdown too', async () => {
    const api = await activeApi();
    const json = workspaceFile('who-said-what.json');
    await vscode.commands.executeCommand('groundedReader.exportStatements', json, 'json');
    assert.equal(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json))).length, api.index.query.data.quotes.length);
    const md = workspaceFile('who-said-what.md');
    await vscode.commands.executeCommand('groundedReader.exportStatements', md, 'markdown');
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(md)), /^# Who said what\n/);
    await vscode.workspace.fs.delete(json);
    await vscode.workspace.fs.delete(md);
  });
});
