// "Who said what" as a table, and that table as CSV, JSON or Markdown. Free of `vscode`.
import type { CorpusQuery } from '../../core/index/corpusQuery';
import type { Statement } from '../../core/model';
import { escapeMarkdown } from '../hover/markdown';
import { quoted } from '../commands/labels';
import { toCsv } from './csv';

export type ExportFormat = 'csv' | 'json' | 'markdown';

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', json: 'json', markdown: 'md' };

/** One statement, flattened for a spreadsheet. */
export interface StatementRow {
  speaker: string;
  role: string;
  statement: string;
  kind: string;
  cue: string;
  when: string;
  outlet: string;
  published: string;
  headline: string;
  file: string;
  /** 1-based line of the statement's first character. */
  line: number;
  start: number;
  end: number;
}

const COLUMNS: Array<keyof StatementRow> = ['speaker', 'role', 'statement', 'kind', 'cue', 'when', 'outlet', 'published', 'headline', 'file', 'line', 'start', 'end'];

/** Every statement of the corpus, in corpus order; `lineOf` gives the 1-based line of an offset in a file. */
export function statementRows(query: CorpusQuery, lineOf: (file: string, offset: number) => number): StatementRow[] {
  return query.data.quotes.map((s) => rowOf(query, s, lineOf(s.file, s.start)));
}

function rowOf(query: CorpusQuery, s: Statement, line: number): StatementRow {
  const person = s.speaker ? query.person(s.speaker) : undefined;
  const article = query.article(s.file);
  return {
    speaker: person?.name ?? s.speakerText ?? '',
    role: person?.role ?? '',
    statement: s.text,
    kind: s.kind,
    cue: s.cue ?? '',
    when: s.when ?? '',
    outlet: article?.outlet ?? '',
    published: article?.published ?? '',
    headline: article?.title ?? '',
    file: s.file,
    line,
    start: s.start,
    end: s.end,
  };
}

export function formatRows(rows: StatementRow[], format: ExportFormat, title: string): string {
  switch (format) {
    case 'csv':
      return toCsv([COLUMNS, ...rows.map((r) => COLUMNS.map((c) => String(r[c])))]);
    case 'json':
      return JSON.stringify(rows, null, 2) + '\n';
    case 'markdown':
      return toMarkdown(rows, title);
  }
}

/** A heading per speaker (most statements first), each statement a line with its source and place in the file. */
function toMarkdown(rows: StatementRow[], title: string): string {
  const bySpeaker = new Map<string, StatementRow[]>();
  for (const r of rows) bySpeaker.set(r.speaker, [...(bySpeaker.get(r.speaker) ?? []), r]);
  const sections = [...bySpeaker.entries()]
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .map(([speaker, list]) => {
      const heading = `## ${escapeMarkdown([speaker || '—', list[0].role].filter(Boolean).join(', '))}`;
      return [heading, '', ...list.map(markdownLine)].join('\n');
    });
  return [`# ${escapeMarkdown(title)}`, ...sections].join('\n\n') + '\n';
}

function markdownLine(r: StatementRow): string {
  const facts = [r.cue, r.when, r.outlet || r.headline, r.published].filter(Boolean).join(', ');
  return `- ${escapeMarkdown(quoted(r.statement))} — ${escapeMarkdown(facts)} (${escapeMarkdown(`${r.file}:${r.line}`)})`;
}
