import * as vscode from 'vscode';
import type { Span } from '../../core/model';

/** The one place where core offsets (UTF-16, into the file's text) become editor ranges. */
export function rangeOf(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function offsetOf(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/** Opens `uri` with `span` selected and revealed in the centre. */
export async function openSpan(uri: vscode.Uri, span: Span, options: { preview?: boolean } = {}): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const range = rangeOf(document, span);
  const editor = await vscode.window.showTextDocument(document, { selection: range, preview: options.preview ?? false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
