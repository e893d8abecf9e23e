import * as vscode from 'vscode';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { guarded } from '../services/guard';
import { offsetOf, rangeOf } from '../services/ranges';
import { HOVER_COMMANDS, hoverCardsAt } from './hoverCards';

export interface HoverSettings {
  maxStatements: number;
}

/** Hover cards on the people, statements and meetings of an indexed article. */
export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly index: IndexService,
    private readonly settings: () => HoverSettings,
    private readonly logger: Logger,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    return guarded(this.logger, vscode.l10n.t('the hover'), undefined, () => this.hoverAt(document, position, token));
  }

  private hoverAt(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const file = this.index.fileOf(document.uri);
    if (file === undefined || token.isCancellationRequested) return undefined;
    const cards = hoverCardsAt(this.index.query, file, offsetOf(document, position), {
      t: vscode.l10n.t,
      maxStatements: this.settings().maxStatements,
    });
    if (!cards || token.isCancellationRequested) return undefined;
    return new vscode.Hover(cards.sections.map(trustedMarkdown), rangeOf(document, cards.span));
  }
}

/** Markdown whose only live links are our own commands; HTML is not rendered. */
function trustedMarkdown(value: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value);
  markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
  markdown.supportHtml = false;
  markdown.supportThemeIcons = false;
  return markdown;
}
