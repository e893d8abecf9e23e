import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EventReport } from '../../src/core/index/corpusQuery';
import type { CorpusEvent } from '../../src/core/model';
import type { GroundedReaderApi } from '../../src/extension';
import { activeApi, waitFor } from './helpers';
import { addFixtureCorpus, placeCursor, showArticle } from './articles';

// Two invented reports of one meeting (test/fixtures/meetings/), copied into the workspace.
const FIXTURE = 'meetings';

/** The fixture's meeting: the event both fixture articles report. */
function sharedMeeting(api: GroundedReaderApi): CorpusEvent {
  const event = api.index.query.data.events.find((e) => new Set(e.mentions.filter((m) => m.file.startsWith(`${FIXTURE}/`)).map((m) => m.file)).size === 2);
  assert.ok(event, 'the index groups the fixture articles’ reports of the meeting into one event');
  return event;
}

/** An offset inside `report` that names no person, so that the meeting, not a name, is under the cursor. */
function offsetOnMeeting(api: GroundedReaderApi, report: EventReport): number {
  for (let offset = report.start; offset < report.end; offset++) {
    if (!api.index.query.personAt(report.file, offset)) return offset;
  }
  throw new Error(`every word of ${report.file}@${report.start} names a person`);
}

async function activeSelectionIs(api: GroundedReaderApi, report: EventReport): Promise<void> {
  const uri = api.index.uriOf(report.file)!.toString();
  const editor = await waitFor(`the active editor to show ${report.file}`, () => {
    const e = vscode.window.activeTextEditor;
    return e?.document.uri.toString() === uri ? e : undefined;
  });
  assert.equal(editor.document.offsetAt(editor.selection.start), report.start);
  assert.equal(editor.document.offsetAt(editor.selection.end), report.end);
}

describe('moving between the reports of one meeting', () => {
  let api: GroundedReaderApi;
  let removeFixture: () => Promise<void>;

  before(async () => {
    api = await activeApi();
    removeFixture = await addFixtureCorpus(api, FIXTURE);
  });
  after(async () => {
    await removeFixture?.();
  });

  it('Next Report opens the other article with its report selected; Previous Report comes back', async () => {
    const event = sharedMeeting(api);
    const [first] = api.index.query.inReadingOrder(event.mentions);
    const editor = await showArticle(api, first.file);
    placeCursor(editor, offsetOnMeeting(api, first));
    const next = await vscode.commands.executeCommand<EventReport>('groundedReader.nextReport');
    assert.deepEqual(next, api.index.query.adjacentReport(event, first.file, 1));
    assert.notEqual(next.file, first.file);
    await activeSelectionIs(api, next);
    const back = await vscode.commands.executeCommand<EventReport>('groundedReader.previousReport');
    assert.deepEqual(back, api.index.query.adjacentReport(event, next.file, -1));
    await activeSelectionIs(api, back);
  });

  it('Next Report on a line that reports no meeting opens nothing', async () => {
    const [first] = api.index.query.inReadingOrder(sharedMeeting(api).mentions);
    const editor = await showArticle(api, first.file);
    const blank = editor.document.offsetAt(new vscode.Position(1, 0)); // the empty line under the headline
    assert.deepEqual(api.index.query.eventsAt(first.file, blank), []);
    placeCursor(editor, blank);
    assert.equal(await vscode.commands.executeCommand('groundedReader.nextReport'), undefined);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
  });

  it('Show All Reports lists every report of the meeting, from an event id or the cursor', async () => {
    const event = sharedMeeting(api);
    const expected = api.index.query.inReadingOrder(event.mentions);
    try {
      const byId = await vscode.commands.executeCommand<EventReport[]>('groundedReader.showAllReports', event.id);
      assert.deepEqual(byId, expected);
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      const editor = await showArticle(api, expected[0].file);
      placeCursor(editor, offsetOnMeeting(api, expected[0]));
      const byCursor = await vscode.commands.executeCommand<EventReport[]>('groundedReader.showAllReports');
      assert.deepEqual(byCursor, expected);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
  });

  it('Find References on a report lists the meeting’s reports in every article', async () => {
    const event = sharedMeeting(api);
    const [first] = api.index.query.inReadingOrder(event.mentions);
    const { document } = await showArticle(api, first.file);
    const position = document.positionAt(offsetOnMeeting(api, first));
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
    const got = locations.map((l) => `${api.index.fileOf(l.uri)}@${l.range.start.line}:${l.range.start.character}`).sort();
    const expected = await Promise.all(
      event.mentions.map(async (m) => {
        const d = await vscode.workspace.openTextDocument(api.index.uriOf(m.file)!);
        const p = d.positionAt(m.start);
        return `${m.file}@${p.line}:${p.character}`;
      }),
    );
    assert.deepEqual(got, expected.sort());
    assert.equal(new Set(locations.map((l) => l.uri.toString())).size, 2, 'both articles');
  });
});
