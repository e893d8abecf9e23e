import * as vscode from 'vscode';
import type { GroundedReaderApi } from '../../src/extension';

export const EXTENSION_ID = 'grounded-reader.grounded-reader';

/** Polls `probe` until it returns a value other than undefined, or fails after `ms`. No fixed sleeps. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 30000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Activates the extension and waits until its first index is ready. */
export async function activeApi(): Promise<GroundedReaderApi> {
  const ext = vscode.extensions.getExtension<GroundedReaderApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this editor`);
  const api = ext.isActive ? ext.exports : await ext.activate();
  await waitFor('the first index', () => (api.index.isReady ? true : undefined), 60000);
  return api;
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder (the seeds)');
  return vscode.Uri.joinPath(folder.uri, name);
}
