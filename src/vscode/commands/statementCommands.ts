import * as vscode from 'vscode';
import type { Statement } from '../../core/model';
import type { IndexService } from '../services/indexService';
import { openSpan } from '../services/ranges';
import { OPEN_SPAN_COMMAND, SHOW_STATEMENTS_COMMAND } from '../hover/hoverCards';
import { saidWords, sourceOf } from './labels';

export interface StatementCommandDeps {
  index: IndexService;
}

/**
 * `groundedReader.openSpan` (file, start, end): opens an indexed file with the span selected; hover
 * links and tree items use it. `groundedReader.showStatements` (person id, optional): picks one of a
 * person's statements and opens it.
 */
export function registerStatementCommands(context: vscode.ExtensionContext, { index }: StatementCommandDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_SPAN_COMMAND, (file: string, start: number, end: number) => openIndexedSpan(index, file, start, end)),
    vscode.commands.registerCommand(SHOW_STATEMENTS_COMMAND, (personId?: string) => showStatements(index, personId)),
  );
}

async function openIndexedSpan(index: IndexService, file: string, start: number, end: number): Promise<void> {
  const uri = index.uriOf(file);
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is no longer in the corpus.', file));
    return;
  }
  await openSpan(uri, { start, end });
}

async function showStatements(index: IndexService, personId: string | undefined): Promise<void> {
  const id = personId ?? (await pickSpeaker(index));
  const person = id ? index.query.person(id) : undefined;
  if (!person) return;
  const items = index.query.statementsOf(person.id).map((statement) => ({
    label: saidWords(statement, 100),
    description: sourceOf(index.query.article(statement.file), statement.file),
    detail: statement.when ? vscode.l10n.t('said {0}', statement.when) : undefined,
    statement,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Statements of {0}', person.name),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) await openStatement(index, picked.statement);
}

async function pickSpeaker(index: IndexService): Promise<string | undefined> {
  const items = index.query.data.people
    .map((p) => ({ label: p.name, description: p.role ?? undefined, count: index.query.statementsOf(p.id).length, id: p.id }))
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .map((p) => ({ ...p, detail: p.count === 1 ? vscode.l10n.t('1 statement') : vscode.l10n.t('{0} statements', p.count) }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Whose statements?'), matchOnDescription: true });
  return picked?.id;
}

function openStatement(index: IndexService, statement: Statement): Promise<void> {
  return openIndexedSpan(index, statement.file, statement.start, statement.end);
}
