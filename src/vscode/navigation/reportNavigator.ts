import * as vscode from 'vscode';
import { articleCountOf, type EventReport } from '../../core/index/corpusQuery';
import type { CorpusEvent } from '../../core/model';
import type { IndexService } from '../services/indexService';
import { openSpan, rangeOf } from '../services/ranges';
import { excerpt, sourceOf } from '../commands/labels';

const SENTENCE_CHARS = 200;

interface ReportItem extends vscode.QuickPickItem {
  report: EventReport;
}

interface MeetingItem extends vscode.QuickPickItem {
  event: CorpusEvent;
}

/** The cursor in an indexed article. */
interface Cursor {
  editor: vscode.TextEditor;
  file: string;
  offset: number;
}

/**
 * Moves between the reports of one meeting across articles: the next or previous article's mention of
 * the meeting under the cursor, or a pick of every report.
 */
export class ReportNavigator {
  constructor(private readonly index: IndexService) {}

  /**
   * Opens the next (`step` 1) or previous (-1) article's report of the meeting under the cursor, cycling,
   * and returns it; undefined when there is none to open.
   */
  async step(step: 1 | -1): Promise<EventReport | undefined> {
    const cursor = this.cursor();
    if (!cursor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an article of the corpus and put the cursor on a sentence that reports a meeting.'));
      return undefined;
    }
    const event = this.eventAt(cursor);
    if (!event) {
      this.offerNearestMention(cursor);
      return undefined;
    }
    const target = this.index.query.adjacentReport(event, cursor.file, step);
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No other article reports this meeting ({0}).', event.label));
      return undefined;
    }
    return (await this.open(target)) ? target : undefined;
  }

  /**
   * Shows every report of a meeting in a quick pick that opens the chosen one, and returns the reports
   * listed. The meeting is `target` (an event id, or a list of event ids to choose from), else the one
   * under the cursor, else one the reader picks among those reported by two or more articles.
   */
  async showAll(target?: unknown): Promise<EventReport[] | undefined> {
    const event = await this.meetingFor(target);
    if (!event) return undefined;
    const reports = this.index.query.inReadingOrder(event.mentions);
    this.pickReport(event, reports);
    return reports;
  }

  private async meetingFor(target: unknown): Promise<CorpusEvent | undefined> {
    const query = this.index.query;
    const ids = eventIdsOf(target);
    if (ids.length === 1) {
      const event = query.event(ids[0]);
      if (!event) void vscode.window.showInformationMessage(vscode.l10n.t('This meeting is no longer in the index.'));
      return event;
    }
    if (ids.length > 1) return pickMeeting(ids.map((id) => query.event(id)).filter((e): e is CorpusEvent => e !== undefined));
    const cursor = this.cursor();
    const here = cursor && this.eventAt(cursor);
    if (here) return here;
    const shared = query.data.events.filter((e) => articleCountOf(e) > 1);
    if (shared.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No meeting in the corpus is reported by more than one article.'));
      return undefined;
    }
    return pickMeeting(shared);
  }

  private pickReport(event: CorpusEvent, reports: EventReport[]): void {
    const current = this.cursor()?.file;
    const pick = vscode.window.createQuickPick<ReportItem>();
    pick.title = event.label;
    pick.placeholder = vscode.l10n.t('Open a report of this meeting');
    pick.matchOnDetail = true;
    pick.items = reports.map((report) => ({
      label: sourceOf(this.index.query.article(report.file), report.file),
      description: report.file === current ? vscode.l10n.t('this article') : undefined,
      detail: excerpt(report.text, SENTENCE_CHARS),
      report,
    }));
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0];
      pick.hide();
      if (chosen) void this.open(chosen.report);
    });
    pick.onDidHide(() => pick.dispose());
    pick.show();
  }

  /** Opens `report` with its words selected; false when its file has left the corpus. */
  private async open(report: EventReport): Promise<boolean> {
    const uri = this.index.uriOf(report.file);
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} is no longer in the corpus.', report.file));
      return false;
    }
    await openSpan(uri, report);
    return true;
  }

  /** Where the reader is: the cursor, or the start of the selection (a report just opened is selected whole). */
  private cursor(): Cursor | undefined {
    const editor = vscode.window.activeTextEditor;
    const file = editor && this.index.fileOf(editor.document.uri);
    return editor && file ? { editor, file, offset: editor.document.offsetAt(editor.selection.start) } : undefined;
  }

  /** The meeting reported where the cursor is; where several are, the one most articles report. */
  private eventAt(cursor: Cursor): CorpusEvent | undefined {
    const events = this.index.query.eventsAt(cursor.file, cursor.offset);
    return events.sort((a, b) => articleCountOf(b) - articleCountOf(a))[0];
  }

  /** Says the cursor is on no meeting, and offers to go to the nearest mention in its paragraph. */
  private offerNearestMention(cursor: Cursor): void {
    const { editor, file, offset } = cursor;
    const paragraph = editor.document.lineAt(editor.document.positionAt(offset).line).range;
    const start = editor.document.offsetAt(paragraph.start);
    const end = editor.document.offsetAt(paragraph.end);
    const nearest = this.index.query
      .eventsIn(file)
      .flatMap((e) => e.mentions)
      .filter((m) => m.file === file && m.start < end && m.end > start)
      .sort((a, b) => distance(a, offset) - distance(b, offset))[0];
    if (!nearest) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The cursor is not on a sentence that reports a meeting, and this paragraph reports none.'));
      return;
    }
    const goThere = vscode.l10n.t('Go to It');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('The cursor is not on a sentence that reports a meeting. The nearest in this paragraph: “{0}”', excerpt(nearest.text, 80)), goThere)
      .then((choice) => {
        if (choice !== goThere) return;
        const range = rangeOf(editor.document, nearest);
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      });
  }
}

async function pickMeeting(events: CorpusEvent[]): Promise<CorpusEvent | undefined> {
  const items: MeetingItem[] = events.map((event) => ({
    label: event.label,
    description: vscode.l10n.t('{0} articles', articleCountOf(event)),
    event,
  }));
  const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Show All Reports of a Meeting'), placeHolder: vscode.l10n.t('Pick a meeting'), matchOnDescription: true });
  return chosen?.event;
}

/** The event ids a command argument names: an id or a list of ids; nothing for anything else (an editor's URI). */
function eventIdsOf(target: unknown): string[] {
  if (typeof target === 'string') return [target];
  if (Array.isArray(target)) return target.filter((id): id is string => typeof id === 'string');
  return [];
}

function distance(span: { start: number; end: number }, offset: number): number {
  return offset < span.start ? span.start - offset : offset >= span.end ? offset - span.end : 0;
}
