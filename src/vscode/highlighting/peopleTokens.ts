import * as vscode from 'vscode';
import { Disposable } from '../services/disposable';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { guarded } from '../services/guard';
import { personSpansIn } from './personSpans';

/** Token types and modifiers, as contributed in package.json (`semanticTokenTypes`, `semanticTokenModifiers`). */
export const PEOPLE_TOKENS_LEGEND = new vscode.SemanticTokensLegend(['person'], ['speaker']);
const PERSON = 0;
const SPEAKER = 1 << 0;

/** Colours the names of people from the index; those who speak in the article get the `speaker` modifier. */
export class PeopleTokensProvider extends Disposable implements vscode.DocumentSemanticTokensProvider {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeSemanticTokens = this.changed.event;

  constructor(
    private readonly index: IndexService,
    private readonly logger: Logger,
  ) {
    super();
    this._register(index.onDidChange(() => this.changed.fire()));
  }

  provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    const empty = new vscode.SemanticTokensBuilder(PEOPLE_TOKENS_LEGEND).build();
    return guarded(this.logger, vscode.l10n.t('Highlighting people'), empty, () => this.tokensFor(document, token) ?? empty);
  }

  private tokensFor(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.SemanticTokens | undefined {
    const file = this.index.fileOf(document.uri);
    if (!file) return undefined;
    const builder = new vscode.SemanticTokensBuilder(PEOPLE_TOKENS_LEGEND);
    for (const span of personSpansIn(this.index.query, file)) {
      if (token.isCancellationRequested) return undefined;
      const start = document.positionAt(span.start);
      const end = document.positionAt(span.end);
      if (start.line !== end.line) continue; // a token never crosses a line
      builder.push(start.line, start.character, end.character - start.character, PERSON, span.speaker ? SPEAKER : 0);
    }
    return builder.build();
  }
}
