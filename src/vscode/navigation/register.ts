import * as vscode from 'vscode';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { guarded } from '../services/guard';
import { ARTICLE_SELECTOR } from '../language/articles';
import { NEXT_REPORT_COMMAND, PREVIOUS_REPORT_COMMAND, SHOW_ALL_REPORTS_COMMAND } from './commandIds';
import { MentionProviders } from './mentionProviders';
import { ReportNavigator } from './reportNavigator';

export interface NavigationDeps {
  index: IndexService;
  logger: Logger;
}

/** Next / Previous / Show All Reports of a meeting, Go to Definition and References on names and meetings. */
export function registerNavigation(context: vscode.ExtensionContext, deps: NavigationDeps): void {
  const navigator = new ReportNavigator(deps.index);
  const mentions = new MentionProviders(deps.index, deps.logger);
  const command = <T>(feature: string, fallback: T, work: (...args: unknown[]) => Promise<T>) => (...args: unknown[]) =>
    guarded(deps.logger, feature, fallback, () => work(...args));
  context.subscriptions.push(
    vscode.commands.registerCommand(NEXT_REPORT_COMMAND, command(vscode.l10n.t('Next Report'), undefined, () => navigator.step(1))),
    vscode.commands.registerCommand(PREVIOUS_REPORT_COMMAND, command(vscode.l10n.t('Previous Report'), undefined, () => navigator.step(-1))),
    vscode.commands.registerCommand(SHOW_ALL_REPORTS_COMMAND, command(vscode.l10n.t('Show All Reports'), undefined, (target) => navigator.showAll(target))),
    vscode.languages.registerDefinitionProvider(ARTICLE_SELECTOR, mentions),
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, mentions),
  );
}
