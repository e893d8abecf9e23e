import { namesOffice } from './words';

/** A speaker's label is short: up to its colon, a name, a role and an outlet. */
export const MAX_LABEL_CHARS = 120;

/**
 * Whether a paragraph has a colon near its start, or opens with "Q." or "A.": only then may it open with a
 * transcript's speaker label ("Reporter:", "ANTHONY ALBANESE, PRIME MINISTER:"). A cheap test before the patterns.
 */
export function mayOpenWithLabel(text: string, start: number, end: number): boolean {
  const stop = Math.min(end, start + MAX_LABEL_CHARS + 1);
  for (let i = start; i < stop; i++) if (text.charCodeAt(i) === 58 /* : */) return true;
  return (text[start] === 'Q' || text[start] === 'A') && text[start + 1] === '.';
}

/** Whether what follows a label's name, after its comma, is an office: "ANTHONY ALBANESE, PRIME MINISTER:". Such a
 * label introduces its speaker, as a transcript's first turn does; "NEW DELHI, July 8 (PTI):" does not. */
export function labelGivesOffice(afterComma: string | undefined): boolean {
  return afterComma !== undefined && namesOffice(afterComma.trim().split(/\s+/));
}
