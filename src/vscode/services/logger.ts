import * as vscode from 'vscode';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** The extension's one Output channel. */
export function createOutputLogger(): Logger & vscode.Disposable {
  const channel = vscode.window.createOutputChannel('Grounded Reader', { log: true });
  return {
    info: (m) => channel.info(m),
    warn: (m) => channel.warn(m),
    error: (m, e) => channel.error(e instanceof Error ? `${m}: ${e.stack ?? e.message}` : e ? `${m}: ${String(e)}` : m),
    dispose: () => channel.dispose(),
  };
}
