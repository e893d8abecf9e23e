// Where a quote's attribution sits relative to the quote, on plain text: free of `vscode` so that Node
// tests can check it.
import type { Span, Statement } from '../../core/model';

/** The marks and punctuation that close a quote: `,”`, `."`, `?»`. */
const CLOSING = /^[.,!?;:…]*["”»“’']?/u;

/**
 * A sentence ends: terminal punctuation, any closing marks, white space, then a capital, an opening mark
 * or the end of the gap (where the speaker's name or the quote begins).
 */
const SENTENCE_END = /[.!?…]["”»’']*\s+(?=["“«„\p{Lu}]|$)/u;

/** Abbreviations whose period ends no sentence: "Mr. Wang", "U.S. officials". */
const ABBREVIATION_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Gov|Pres|St|No)|\b\p{Lu}(?:\.\p{Lu})*)$/u;

/** Whether the words naming the speaker of `statement` sit in the same sentence as its words. */
export function isAttributionBeside(text: string, statement: Statement): boolean {
  const speaker = statement.speakerSpan;
  if (!speaker) return false;
  const gap = speaker.start >= statement.end ? afterQuote(text, statement, speaker) : text.slice(speaker.end, statement.start);
  return !/[\r\n]/.test(gap) && !endsSentence(gap);
}

/** Whether `statement` needs a hint naming its speaker: it has one, and the attribution is out of sight. */
export function needsSpeakerHint(text: string, statement: Statement): boolean {
  const named = statement.speaker !== null || statement.speakerText !== null;
  return named && !isAttributionBeside(text, statement);
}

/**
 * The statements, in text order, that get a speaker hint: those that need one, less any quoted inside
 * another statement of the same speaker (the enclosing statement carries the hint).
 */
export function statementsToHint(text: string, statements: Statement[]): Statement[] {
  const sorted = [...statements].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((s) => needsSpeakerHint(text, s) && !sorted.some((outer) => outer !== s && encloses(outer, s) && outer.speaker === s.speaker && outer.speakerText === s.speakerText));
}

/** The offset right after the quote's closing mark, where a hint reads naturally. */
export function hintOffset(text: string, statement: Span): number {
  return statement.end + (CLOSING.exec(text.slice(statement.end, statement.end + 4))?.[0].length ?? 0);
}

function afterQuote(text: string, statement: Span, speaker: Span): string {
  const gap = text.slice(statement.end, speaker.start);
  return gap.slice(CLOSING.exec(gap)?.[0].length ?? 0);
}

function endsSentence(gap: string): boolean {
  const pattern = new RegExp(SENTENCE_END.source, 'gu');
  for (let m = pattern.exec(gap); m; m = pattern.exec(gap)) {
    if (!ABBREVIATION_BEFORE.test(gap.slice(0, m.index))) return true;
  }
  return false;
}

function encloses(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}
