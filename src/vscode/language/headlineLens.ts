import * as vscode from 'vscode';
import { articleCountOf } from '../../core/index/corpusQuery';
import { NOT_ENGLISH } from '../../core/article/readArticle';
import { MIS_DECODED } from '../../core/article/decode';
import { Disposable } from '../services/disposable';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { guarded } from '../services/guard';
import { SHOW_ALL_REPORTS_COMMAND } from '../navigation/commandIds';

const SHOW_CORPUS_VIEW_COMMAND = 'workbench.view.extension.groundedReader';

/**
 * Above the headline: "N people · M statements" (reveals the Corpus view; "· mostly not English" for an article
 * in another language) and "K meetings also reported elsewhere" (lists their reports).
 */
export class HeadlineLensProvider extends Disposable implements vscode.CodeLensProvider {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly index: IndexService,
    private readonly logger: Logger,
  ) {
    super();
    this._register(index.onDidChange(() => this.changed.fire()));
  }

  provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    return guarded(this.logger, vscode.l10n.t('Headline summary'), [], () => this.lensesFor(document));
  }

  private lensesFor(document: vscode.TextDocument): vscode.CodeLens[] {
    const file = this.index.fileOf(document.uri);
    if (!file || document.lineCount === 0) return [];
    const query = this.index.query;
    const article = query.article(file);
    const range = headlineLine(document, article?.title ?? null).range;
    const shared = query.eventsIn(file).filter((e) => articleCountOf(e) > 1);
    const people = count(query.peopleIn(file).length, vscode.l10n.t('1 person'), (n) => vscode.l10n.t('{0} people', n));
    const statements = count(query.statementsListedIn(file).length, vscode.l10n.t('1 statement'), (n) => vscode.l10n.t('{0} statements', n));
    const meetings = count(shared.length, vscode.l10n.t('1 meeting also reported elsewhere'), (n) => vscode.l10n.t('{0} meetings also reported elsewhere', n));
    // An article in another language, or one whose text was mis-decoded, says why it shows few or no one.
    const foreign = article?.warnings.includes(NOT_ENGLISH) ?? false;
    const misDecoded = article?.warnings.includes(MIS_DECODED) ?? false;
    const notes = [foreign ? vscode.l10n.t('mostly not English') : null, misDecoded ? vscode.l10n.t('text looks mis-decoded') : null].filter((n) => n !== null);
    const summary = [people, statements, ...notes].join(' · ');
    const why = foreign
      ? vscode.l10n.t('People, statements and meetings are read in English text')
      : misDecoded
        ? vscode.l10n.t('The file was saved in one encoding and read as another: quotation marks and accents may be missed')
        : vscode.l10n.t('Show the Corpus view');
    return [
      new vscode.CodeLens(range, { title: summary, command: SHOW_CORPUS_VIEW_COMMAND, tooltip: why }),
      new vscode.CodeLens(range, shared.length
        ? { title: meetings, command: SHOW_ALL_REPORTS_COMMAND, arguments: [shared.map((e) => e.id)], tooltip: vscode.l10n.t('Show every report of these meetings') }
        : { title: meetings, command: '' }),
    ];
  }
}

/** The line that prints the headline, or else the first line with text. */
function headlineLine(document: vscode.TextDocument, title: string | null): vscode.TextLine {
  let firstWithText: vscode.TextLine | undefined;
  for (let i = 0; i < document.lineCount; i++) {
    const line = document.lineAt(i);
    if (title && line.text.trim().startsWith(title)) return line;
    firstWithText ??= line.isEmptyOrWhitespace ? undefined : line;
  }
  return firstWithText ?? document.lineAt(0);
}

function count(n: number, one: string, many: (n: number) => string): string {
  return n === 1 ? one : many(n);
}
