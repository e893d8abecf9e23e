// The content of the hover cards, as Markdown strings: pure, free of `vscode`, tested in Node. Every
// piece of article text is escaped; the only links are to the commands in HOVER_COMMANDS.
import { type CorpusQuery, articleCountOf } from '../../core/index/corpusQuery';
import type { CorpusEvent, Person, Span, Statement } from '../../core/model';
import { excerpt, quoted, saidWords, sourceOf } from '../commands/labels';
import { SHOW_ALL_REPORTS_COMMAND } from '../navigation/commandIds';
import { commandLink, escapeMarkdown } from './markdown';

export const OPEN_SPAN_COMMAND = 'groundedReader.openSpan';
export const SHOW_STATEMENTS_COMMAND = 'groundedReader.showStatements';
/** The only commands a hover link may run. */
export const HOVER_COMMANDS = [OPEN_SPAN_COMMAND, SHOW_STATEMENTS_COMMAND, SHOW_ALL_REPORTS_COMMAND];

/** Formats a user-visible message: `vscode.l10n.t` in the editor, a plain formatter in tests. */
export type Translate = (message: string, ...args: Array<string | number>) => string;

export interface HoverCardOptions {
  t: Translate;
  /** How many statements a person card lists before "show all". */
  maxStatements: number;
}

/** What to show for one position: the span it covers and one Markdown section per card. */
export interface HoverCards {
  span: Span;
  sections: string[];
}

const LINK_CHARS = 90;
/**
 * How many other reports of a meeting, or other articles with a statement's words, a card lists; the rest are
 * counted. In a corpus of thousands a wire story's meeting can have hundreds of reports, and a card of them all
 * was hundreds of kilobytes of Markdown, built on every hover (10 ms) and unreadable.
 */
const MAX_LISTED = 10;
const QUOTE_CHARS = 400;

/**
 * The cards for `offset` in `file`: the person named there; otherwise the statement and the
 * meetings reported there.
 */
export function hoverCardsAt(query: CorpusQuery, file: string, offset: number, options: HoverCardOptions): HoverCards | undefined {
  const person = query.personAt(file, offset);
  if (person) {
    const mention = person.mentions.find((m) => m.file === file && m.start <= offset && offset < m.end)!;
    return { span: spanOf(mention), sections: [personCard(query, person, options)] };
  }
  const statement = query.statementAt(file, offset);
  const events = query.eventsAt(file, offset);
  const sections = [
    ...(statement ? [statementCard(query, statement, options.t)] : []),
    ...events.map((e) => eventCard(query, e, { file, offset }, options.t)),
  ];
  if (sections.length === 0) return undefined;
  const covered = statement ?? events[0].mentions.find((m) => m.file === file && m.start <= offset && offset < m.end)!;
  return { span: spanOf(covered), sections };
}

export function personCard(query: CorpusQuery, person: Person, { t, maxStatements }: HoverCardOptions): string {
  const statements = query.statementsOf(person.id);
  const lines = [heading(person.name, person.role)];
  if (person.aliases.length) lines.push(`${escapeMarkdown(t('Also named:'))} ${person.aliases.map(escapeMarkdown).join(', ')}`);
  if (statements.length === 0) {
    lines.push(escapeMarkdown(t('No statements found.')));
    return lines.join('\n\n');
  }
  lines.push(`**${escapeMarkdown(statements.length === 1 ? t('1 statement') : t('{0} statements', statements.length))}**`);
  lines.push(statements.slice(0, maxStatements).map((s) => `- ${statementLink(query, s, t)}`).join('\n'));
  if (statements.length > maxStatements) {
    lines.push(commandLink(t('Show all {0} statements', statements.length), SHOW_STATEMENTS_COMMAND, [person.id]));
  }
  return lines.join('\n\n');
}

export function statementCard(query: CorpusQuery, statement: Statement, t: Translate): string {
  const speaker = statement.speaker ? query.person(statement.speaker) : undefined;
  const lines = [`*${escapeMarkdown(saidWords(statement, QUOTE_CHARS))}*`];
  lines.push(`${escapeMarkdown(t('Said by'))} ${speaker ? heading(speaker.name, speaker.role) : escapeMarkdown(statement.speakerText ?? t('an unnamed source'))}`);
  const facts = [
    statement.cue && t('cue: {0}', statement.cue),
    statement.when && t('when: {0}', statement.when),
    t('in: {0}', sourceOf(query.article(statement.file), statement.file)),
  ];
  lines.push(escapeMarkdown(facts.filter(Boolean).join(' · ')));
  const elsewhere = query.sameWordsElsewhere(statement);
  if (elsewhere.length) {
    const links = elsewhere.slice(0, MAX_LISTED).map((s) => `- ${spanLink(sourceOf(query.article(s.file), s.file), s)}`);
    if (elsewhere.length > MAX_LISTED) links.push(`- ${escapeMarkdown(t('and {0} more', elsewhere.length - MAX_LISTED))}`);
    lines.push(`${escapeMarkdown(t('The same words in:'))}\n${links.join('\n')}`);
  }
  return lines.join('\n\n');
}

export function eventCard(query: CorpusQuery, event: CorpusEvent, here: { file: string; offset: number }, t: Translate): string {
  const count = articleCountOf(event);
  const lines = [`**${escapeMarkdown(event.label)}**`];
  const facts = [
    t('date: {0}', event.date ? (event.endDate ? `${event.date} – ${event.endDate}` : event.date) : t('not pinned')),
    event.place && t('place: {0}', event.place),
    count === 1 ? t('reported by 1 article') : t('reported by {0} articles', count),
  ];
  lines.push(escapeMarkdown(facts.filter(Boolean).join(' · ')));
  if (event.participants.length) {
    const names = event.participants.map((p) => query.person(p)?.name ?? p);
    lines.push(`${escapeMarkdown(t('Participants:'))} ${names.map(escapeMarkdown).join(', ')}`);
  }
  const others = event.mentions.filter((m) => !(m.file === here.file && m.start <= here.offset && here.offset < m.end));
  if (others.length) {
    const links = others.slice(0, MAX_LISTED).map((m) => `- ${spanLink(quoted(excerpt(m.text, LINK_CHARS)), m)} — ${escapeMarkdown(sourceOf(query.article(m.file), m.file))}`);
    lines.push(`${escapeMarkdown(t('Other reports:'))}\n${links.join('\n')}`);
    if (others.length > MAX_LISTED) lines.push(commandLink(t('Show all {0} reports', event.mentions.length), SHOW_ALL_REPORTS_COMMAND, [event.id]));
  }
  return lines.join('\n\n');
}

/** A list line for a statement: its words as a link to its span, then where and when. */
function statementLink(query: CorpusQuery, s: Statement, t: Translate): string {
  const where = [sourceOf(query.article(s.file), s.file), s.when && t('said {0}', s.when)].filter(Boolean).join(' · ');
  return `${spanLink(saidWords(s, LINK_CHARS), s)} — ${escapeMarkdown(where)}`;
}

function spanLink(title: string, span: Span & { file: string }): string {
  return commandLink(title, OPEN_SPAN_COMMAND, [span.file, span.start, span.end]);
}

function spanOf({ start, end }: Span): Span {
  return { start, end };
}

function heading(name: string, role: string | null): string {
  return role ? `**${escapeMarkdown(name)}**, ${escapeMarkdown(role)}` : `**${escapeMarkdown(name)}**`;
}
