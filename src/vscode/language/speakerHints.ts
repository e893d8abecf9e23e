import * as vscode from 'vscode';
import { formatDay } from '../../core/dates';
import type { Statement } from '../../core/model';
import { Disposable } from '../services/disposable';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { affectsSetting, ConfigKey, readConfig } from '../services/config';
import { guarded } from '../services/guard';
import { rangeOf } from '../services/ranges';
import { hintOffset, statementsToHint } from './attribution';

/**
 * "— Wang Yi, 22 Feb 2023" after a quote whose attribution is not in the same sentence; clicking the
 * name goes to the words that attribute it. `groundedReader.hints.enabled` turns them off.
 */
export class SpeakerHintsProvider extends Disposable implements vscode.InlayHintsProvider {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(
    private readonly index: IndexService,
    private readonly logger: Logger,
  ) {
    super();
    this._register(index.onDidChange(() => this.changed.fire()));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => affectsSetting(e, ConfigKey.hintsEnabled) && this.changed.fire()));
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    return guarded(this.logger, vscode.l10n.t('Speaker hints'), [], () => this.hintsFor(document, range, token));
  }

  private hintsFor(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): vscode.InlayHint[] {
    const file = this.index.fileOf(document.uri);
    if (!file || !readConfig().hintsEnabled) return [];
    const text = document.getText();
    const hints: vscode.InlayHint[] = [];
    for (const statement of statementsToHint(text, this.index.query.statementsIn(file))) {
      if (token.isCancellationRequested) return [];
      const position = document.positionAt(hintOffset(text, statement));
      if (range.contains(position)) hints.push(this.hintAt(document, position, statement));
    }
    return hints;
  }

  private hintAt(document: vscode.TextDocument, position: vscode.Position, statement: Statement): vscode.InlayHint {
    const speaker = (statement.speaker && this.index.query.person(statement.speaker)?.name) ?? statement.speakerText ?? '';
    const label = statement.when ? vscode.l10n.t('— {0}, {1}', speaker, formatDay(statement.when)) : vscode.l10n.t('— {0}', speaker);
    const part = new vscode.InlayHintLabelPart(label);
    if (statement.speakerSpan) {
      part.location = new vscode.Location(document.uri, rangeOf(document, statement.speakerSpan));
      part.tooltip = vscode.l10n.t('Go to the words that attribute this quote');
    }
    const hint = new vscode.InlayHint(position, [part]);
    hint.paddingLeft = true;
    return hint;
  }
}
