import * as vscode from 'vscode';
import type { Person, Span } from '../../core/model';
import type { IndexService } from '../services/indexService';
import type { Logger } from '../services/logger';
import { guarded } from '../services/guard';
import { rangeOf } from '../services/ranges';
import { locationsOf } from './locations';

type FileSpan = Span & { file: string };

/**
 * Go to Definition on a name: the person's first full mention in the corpus. References on a name: all
 * its mentions; on a sentence that reports a meeting: every article's mentions of that meeting.
 */
export class MentionProviders implements vscode.DefinitionProvider, vscode.ReferenceProvider {
  constructor(
    private readonly index: IndexService,
    private readonly logger: Logger,
  ) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    return guarded(this.logger, vscode.l10n.t('Go to Definition'), [], async () => {
      const person = this.personAt(document, position);
      if (!person) return [];
      const first = await this.firstFullMention(person, token);
      return first ? [first] : [];
    });
  }

  provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    return guarded(this.logger, vscode.l10n.t('Find References'), [], async () => (await locationsOf(this.index, this.referencesAt(document, position), token)) ?? []);
  }

  private personAt(document: vscode.TextDocument, position: vscode.Position): Person | undefined {
    const file = this.index.fileOf(document.uri);
    return file ? this.index.query.personAt(file, document.offsetAt(position)) : undefined;
  }

  /** A person's mentions when the position is on a name, else the mentions of the meetings reported there. */
  private referencesAt(document: vscode.TextDocument, position: vscode.Position): FileSpan[] {
    const file = this.index.fileOf(document.uri);
    if (!file) return [];
    const query = this.index.query;
    const offset = document.offsetAt(position);
    const person = query.personAt(file, offset);
    const spans = person ? person.mentions : query.eventsAt(file, offset).flatMap((e) => e.mentions);
    return query.inReadingOrder(spans);
  }

  /** The first mention, in reading order, whose words hold the person's full name; else the first mention. */
  private async firstFullMention(person: Person, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const mentions = this.index.query.inReadingOrder(person.mentions);
    for (const mention of mentions.filter((m) => m.end - m.start >= person.name.length)) {
      const uri = this.index.uriOf(mention.file);
      if (!uri) continue;
      const document = await vscode.workspace.openTextDocument(uri);
      if (token.isCancellationRequested) return undefined;
      const range = rangeOf(document, mention);
      if (document.getText(range).includes(person.name)) return new vscode.Location(uri, range);
    }
    const [first] = (await locationsOf(this.index, mentions.slice(0, 1), token)) ?? [];
    return first;
  }
}
