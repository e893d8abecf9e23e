// How statements and their sources are named wherever the reader shows them: tree, hovers, pickers,
// citations and exports. Free of `vscode` so that Node tests can check it.
import type { ArticleSummary } from '../../core/index/corpusQuery';
import type { Statement } from '../../core/model';

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * What a statement says, quoted and cut to `max` characters: “words”. A denial says the cue first ('denied: “the
 * plant would close”'): the words are what the speaker said was not so, never what the speaker said.
 */
export function saidWords(statement: Pick<Statement, 'text' | 'cue'>, max: number): string {
  return withDenial(statement.cue, quoted(excerpt(statement.text, max)));
}

function withDenial(cue: string | null | undefined, words: string): string {
  return cue && DENIAL.test(cue) ? `${cue}: ${words}` : words;
}
const DENIAL = /^den(?:ied|ies|ying)$/iu;

/** “words”, in curly quotes. */
export function quoted(text: string): string {
  return `“${text}”`;
}

/** The outlet and date of an article ("CNN, 2023-02-22"), falling back to its headline or file. */
export function sourceOf(article: ArticleSummary | undefined, file: string): string {
  const name = article?.outlet ?? article?.title ?? file.slice(file.lastIndexOf('/') + 1);
  return [name, article?.published].filter(Boolean).join(', ');
}

export interface CitationParts {
  text: string;
  /** The statement's cue: a denial is cited as one (see saidWords). */
  cue?: string | null;
  speaker: string | null;
  source: string;
  file: string;
  line: number;
}

/** One line to paste into notes: “quote” — speaker, outlet, date (file:line). */
export function formatCitation(c: CitationParts): string {
  return `${withDenial(c.cue, quoted(c.text.replace(/\s+/g, ' ').trim()))} — ${[c.speaker, c.source].filter(Boolean).join(', ')} (${c.file}:${c.line})`;
}
