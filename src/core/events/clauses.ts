import type { Span } from '../model';
import { matchesOf } from '../text/regexMatches';
import { ALL_ABBREVIATIONS } from '../text/abbreviations';

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATION = new RegExp(`(?:\\b(?:${ALL_ABBREVIATIONS.join('|')})|\\b[A-Z]|\\b(?:[A-Z]\\.){1,3}[A-Z])\\.$`);

/** The sentences of text[start, end), trimmed, as spans of the whole text. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  // A stop with spaces after it; or, where a page lost its spaces, one between a lower-case word and a capitalised one.
  const re = /[.!?]+["”’»)]*\s+(?=["“‘«(]?[\p{Lu}\d])|[.!?](?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu;
  re.lastIndex = start;
  let from = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const stop = m.index + m[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(Math.max(from, m.index - 12), m.index + 1))) continue;
    pushTrimmed(text, from, stop, out);
    from = m.index + m[0].length;
  }
  pushTrimmed(text, from, end, out);
  return out;
}

/**
 * Where a sentence may be cut into clauses that report different occasions: semicolons, dashes, and
 * conjunctions that start a new clause ("…, while…", "… since he met…", "… after talks…").
 */
const CLAUSE_BREAK =
  /;\s+|\s+[—–]\s+|\s+--\s+|,\s+(?=(?:while|whereas|but|and|which|where|when|after|before|following|followed by|as|since|just|who|prior to)\b)|,\s+(?=with\s+[^,;.]{1,60}?\s\p{Ll}+ing\b)|\s+(?=(?:since|after|before|following|while|as|where|when|ahead\s+of)\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}?(?:met|meeting|talks|visit|visited|called|spoke|summit|trip|call|last|sitting down|sat down|council)\b)|\s+(?=(?:just\s+)?(?:(?:over|about|nearly|almost|less than|more than)\s+)?(?:a|an|one|two|three|four|five|six|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)\b)/gu;

/** The clauses of a sentence, as spans; a sentence without breaks is one clause. */
export function splitClauses(text: string, sentence: Span): Span[] {
  const part = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  let from = 0;
  for (const m of matchesOf(CLAUSE_BREAK, part)) {
    const at = m.index;
    if (at - from < 12) continue;
    pushTrimmed(text, sentence.start + from, sentence.start + at, out);
    from = at + m[0].length;
  }
  pushTrimmed(text, sentence.start + from, sentence.end, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
