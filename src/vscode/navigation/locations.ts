import * as vscode from 'vscode';
import type { Span } from '../../core/model';
import type { IndexService } from '../services/indexService';
import { rangeOf } from '../services/ranges';

/**
 * Editor locations for spans of indexed files, in the order given; each file is opened once. Spans of
 * files the index no longer knows are left out; undefined when cancelled.
 */
export async function locationsOf(
  index: IndexService,
  spans: Array<Span & { file: string }>,
  token: vscode.CancellationToken,
): Promise<vscode.Location[] | undefined> {
  const documents = new Map<string, vscode.TextDocument>();
  const locations: vscode.Location[] = [];
  for (const span of spans) {
    const uri = index.uriOf(span.file);
    if (!uri) continue;
    let document = documents.get(span.file);
    if (!document) {
      document = await vscode.workspace.openTextDocument(uri);
      if (token.isCancellationRequested) return undefined;
      documents.set(span.file, document);
    }
    locations.push(new vscode.Location(uri, rangeOf(document, span)));
  }
  return locations;
}
