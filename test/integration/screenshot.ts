import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { waitFor } from './helpers';

/** Where tests write pictures of the workbench; unset, they take none. */
const SCREENSHOT_DIR_ENV = 'GROUNDED_READER_TEST_SCREENSHOTS';

/** Asks the harness for a PNG of the workbench, notifications cleared (when SCREENSHOT_DIR_ENV is set), and waits until it is written. */
export async function screenshot(name: string): Promise<void> {
  const dir = process.env[SCREENSHOT_DIR_ENV];
  if (!dir) return;
  const file = path.join(dir, `${name}.png`);
  fs.mkdirSync(dir, { recursive: true });
  fs.rmSync(file, { force: true });
  await vscode.commands.executeCommand('notifications.clearAll');
  console.log(`[vscrt:screenshot] ${file}`);
  await waitFor(`the screenshot ${file}`, () => (fs.existsSync(file) ? true : undefined));
}
