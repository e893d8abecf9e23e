import * as vscode from 'vscode';
import type { Logger } from './logger';

const shownFailures = new Set<string>();

/**
 * Runs a provider's or command's work so that nothing throws into VS Code: a failure is logged, shown
 * to the reader once per feature, and answered with `fallback`.
 */
export async function guarded<T>(logger: Logger, feature: string, fallback: T, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    logger.error(`${feature} failed`, e);
    if (!shownFailures.has(feature)) {
      shownFailures.add(feature);
      void vscode.window.showErrorMessage(vscode.l10n.t('Grounded Reader: {0} failed; see the Grounded Reader output for details.', feature));
    }
    return fallback;
  }
}
