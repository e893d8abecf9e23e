import type { Span } from '../model';
import { ALL_ABBREVIATIONS } from '../text/abbreviations';

/**
 * Sentences of one paragraph, split on the masked text (quoted words hidden), so a period inside a
 * quotation never ends the reporter's sentence. A regex pass: cheap and linear.
 */

/** A period after these words does not end a sentence ("Mr. Xi", "U.S. officials", "Gen. Smith"). */
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ALL_ABBREVIATIONS.join('|')}|(?:\\p{Lu}\\.)*\\p{Lu})$`, 'u');

/** "1:30 p.m. Monday", "9 a.m. GMT": after a time of day, a day, a month or a time zone carries the sentence on. */
const CLOCK = /\b[ap]\.m$/iu;
const DAY_OR_ZONE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?\s+\d|[A-Z]{1,3}T\b|GMT|UTC|local\b)/u;

/**
 * A stop and the spaces after it, before a capital, a digit or a quotation. Or, on a page whose spaces were lost
 * ("the tour.The talks", `pointed out."This`), a stop right after a lower-case word (or quoted words) and right
 * before a capitalised word or a quotation: never an abbreviation ("U.S.", "p.m."), a domain or a decimal.
 */
const BOUNDARY =
  /[.!?…]+["”’'»)\]]*\s+(?=["“‘'«(\[]?[\p{Lu}\d\uE000])|[.!?]+(?<=[\p{Ll}\uE000]{2}[.!?]+)(?:["”’»)]+(?=\p{Lu}\p{Ll})|(?=["“]?\p{Lu}\p{Ll}|["“]\uE000))/gu;

export function splitSentences(masked: string, paragraph: Span): Span[] {
  const text = masked.slice(paragraph.start, paragraph.end);
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text))) {
    const word = text.slice(Math.max(start, m.index - 12), m.index);
    if (m[0][0] === '.' && (ABBREVIATION.test(word) || (CLOCK.test(word) && DAY_OR_ZONE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))))) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push({ start: paragraph.start + start, end: paragraph.start + end });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start: paragraph.start + start, end: paragraph.end });
  return out;
}
