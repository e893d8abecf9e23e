import type { Span } from '../model';

/**
 * Quotation marks in paragraphs: which mark opens, which closes, and the words between. One left-to-right
 * pass per paragraph with a small stack, so the cost is linear in the text whatever the input.
 */

/** A top-level quotation in one paragraph. Nested quotations stay inside it. */
export interface QuotedSpan extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when there is none. */
  close: number;
  /** Index of the paragraph in the list passed to findQuotedSpans. */
  paragraph: number;
  /** No closing mark before the paragraph end, and the next paragraph does not continue it. */
  unbalanced: boolean;
  /** The quotation carries on into the next paragraph (British style: no close, a new open mark). */
  continues: boolean;
  /** The quotation carries on from the previous paragraph. */
  continued: boolean;
}

type Family = 'double' | 'single';

interface OpenMark {
  at: number;
  family: Family;
  char: string;
}

const MAX_DEPTH = 4;
const QUOTE_MARK = /["“”«»„'‘’‚]/g;
const OPENING_CONTEXT = /[\s([{\-–—/:;"“‘'«„‚]/u;
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\-–—/"”’'»…]/u;
/** What ends the words before a quotation whose space was lost: a stop or a comma. */
const RUN_IN_BEFORE = /[.,!?;:]/u;

/** Finds the top-level quotations in each paragraph; a quotation left open at a paragraph end is joined to
 * the next paragraph when that one opens with a mark of the same family, and is otherwise unbalanced. */
export function findQuotedSpans(text: string, paragraphs: Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let carried: QuotedSpan | null = null;
  let carriedFamily: Family | null = null;
  paragraphs.forEach((p, index) => {
    const { closed, leftOpen } = scanParagraph(text, p);
    const found = closed.map((pair) => quoted(text, pair.open, pair.close, true, index));
    if (leftOpen && isPlausibleUnclosed(text, leftOpen, p)) found.push(quoted(text, leftOpen.at, p.end, false, index));
    let unmarked: QuotedSpan | null = null;
    let runsOn = false;
    if (carried) {
      const next = found[0];
      const closing = next && next.open === p.start ? -1 : closingAhead(text, paragraphs, index, carriedFamily!);
      if (next && next.open === p.start && familyOf(text[next.open]) === carriedFamily) {
        carried.continues = true;
        next.continued = true;
      } else if (closing >= 0) {
        // A press release's way: the paragraphs after the first go on without an opening mark, and the last closes.
        const close = closing === index ? firstMarkAt(text, p) : -1;
        runsOn = close < 0;
        unmarked = quoted(text, p.start - 1, close >= 0 ? close + 1 : p.end, close >= 0, index);
        carried.continues = true;
        unmarked.continued = true;
        found.unshift(unmarked);
      } else {
        endAtParagraph(text, carried);
      }
    }
    const last = found[found.length - 1];
    if (leftOpen && last && last.open === leftOpen.at) {
      carried = last;
      carriedFamily = leftOpen.family;
    } else carried = runsOn && found.length === 1 ? unmarked : null;
    out.push(...found);
  });
  if (carried) endAtParagraph(text, carried);
  return out;
}

/** Characters in the text that lie inside a quotation, replaced by a filler, so that sentence splitting
 * and cue search see only the reporter's words. A final ., ! or ? inside the marks is kept as a sentence end,
 * with the closing marks of a quotation inside it ("… was 'wrong.'"). */
export function maskQuotations(text: string, quotes: QuotedSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    const stop = FINAL_STOP.exec(text.slice(Math.max(q.start, q.end - 4), q.end));
    const keepEnd = stop ? q.end - stop[0].length : q.end;
    parts.push(text.slice(at, q.start), FILLER.repeat(Math.max(0, keepEnd - q.start)));
    at = keepEnd;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** How many paragraphs without a mark a quotation may run on before the one that closes it. */
const MAX_UNMARKED_PARAGRAPHS = 6;

/**
 * The paragraph, from `index` on, whose first quotation mark closes a quotation of `family` left open before them, when
 * the ones before it have no mark at all; else -1.
 */
function closingAhead(text: string, paragraphs: Span[], index: number, family: Family): number {
  for (let k = index; k < paragraphs.length && k < index + MAX_UNMARKED_PARAGRAPHS; k++) {
    const at = firstMarkAt(text, paragraphs[k]);
    if (at < 0) continue;
    const open: OpenMark = { at: paragraphs[k].start - 1, family, char: family === 'double' ? '“' : '‘' };
    return familyOf(text[at]) === family && roleOf(text, at, paragraphs[k], [open]) === 'close' && !/^["“'‘«„]/u.test(text[at]) ? k : -1;
  }
  return -1;
}

function firstMarkAt(text: string, p: Span): number {
  QUOTE_MARK.lastIndex = 0;
  const m = QUOTE_MARK.exec(text.slice(p.start, p.end));
  return m ? p.start + m.index : -1;
}

/** The full stop that ends a quotation, with the closing marks of one inside it. */
const FINAL_STOP = /[.!?]['’"”»]*$/u;

/** The character that stands for quoted words in masked text. */
export const FILLER = '\uE000';

interface ClosedPair {
  open: number;
  close: number;
}

function scanParagraph(text: string, p: Span): { closed: ClosedPair[]; leftOpen: OpenMark | null } {
  const closed: ClosedPair[] = [];
  const stack: OpenMark[] = [];
  // Searched in the paragraph alone: searched in the whole text, each paragraph without a quotation mark
  // looked on to the next one, to the end of an article without any (minutes for a few megabytes).
  const paragraph = text.slice(p.start, p.end);
  QUOTE_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE_MARK.exec(paragraph))) {
    const i = p.start + m.index;
    const c = text[i];
    const family = familyOf(c)!;
    const role = roleOf(text, i, p, stack);
    if (role === 'close') {
      const depth = findOpener(stack, family, c);
      if (depth < 0) continue;
      const opener = stack[depth];
      stack.length = depth;
      if (depth === 0) closed.push({ open: opener.at, close: i + 1 });
    } else if (role === 'open' && stack.length < MAX_DEPTH) {
      stack.push({ at: i, family, char: c });
    }
  }
  const bottom = stack[0] ?? null;
  return { closed, leftOpen: bottom };
}

function familyOf(c: string | undefined): Family | null {
  if (c === '"' || c === '“' || c === '”' || c === '«' || c === '»' || c === '„') return 'double';
  if (c === "'" || c === '‘' || c === '’' || c === '‚') return 'single';
  return null;
}

/** Decides from the mark and its neighbours whether it opens, closes, or is an apostrophe. */
function roleOf(text: string, i: number, p: Span, stack: OpenMark[]): 'open' | 'close' | null {
  const c = text[i];
  const before = i > p.start ? text[i - 1] : ' ';
  const after = i + 1 < p.end ? text[i + 1] : ' ';
  const canOpen = !/\s/u.test(after) && OPENING_CONTEXT.test(before);
  const canClose = !/\s/u.test(before) && CLOSING_CONTEXT.test(after);
  const top = stack[stack.length - 1];
  const doubleOpen = stack.some((m) => m.family === 'double');
  const singleOpen = top?.family === 'single';
  switch (c) {
    case '«':
    case '„':
      return 'open';
    case '»':
      return 'close';
    case '“':
      if (top?.char === '„') return 'close';
      if (canClose && !canOpen && doubleOpen) return 'close';
      return 'open';
    case '”':
      if (doubleOpen && (canClose || !canOpen)) return 'close';
      return canOpen ? 'open' : null;
    case '"':
      if (doubleOpen && canClose) return 'close';
      if (canOpen) return 'open';
      if (doubleOpen) return 'close';
      // `tourism."This year …`, `he said,"We …`: a page whose spaces were lost after a stop or a comma; with no
      // quotation open, the mark opens one.
      return RUN_IN_BEFORE.test(before) && /[\p{L}\d]/u.test(after) ? 'open' : null;
    case '‚':
      return canOpen ? 'open' : null;
    case '‘':
      return /\p{L}/u.test(before) ? null : 'open';
    case '’':
    case "'":
      if (singleOpen && canClose && !isPluralPossessive(text, i, p)) return 'close';
      if (c === "'" && canOpen && !/\p{L}|\d/u.test(before) && /\p{L}/u.test(after)) return 'open';
      return null;
    default:
      return null;
  }
}

/**
 * "'Our members' patience is running out'": after an s, before a lower-case word, with a closing mark still to come
 * in the paragraph, a mark is the apostrophe of a plural possessive, not the end of the quotation.
 */
function isPluralPossessive(text: string, i: number, p: Span): boolean {
  if (!/[sS]/u.test(text[i - 1])) return false;
  const next = /^ (\p{Ll}+)/u.exec(text.slice(i + 1, i + 20));
  return next !== null && !NOT_POSSESSED.has(next[1]) && LATER_CLOSE.test(text.slice(i + 2, p.end));
}
const LATER_CLOSE = /\S['’](?=[\s.,;:!?)\]}—–-]|$)/u;
/** Words that follow the end of a quotation, never a possessive: "'market rumours' but said", "'the talks' he said". */
const NOT_POSSESSED = new Set(
  'and but or nor so yet as than that which who to in on at for with from by of about into over after before since while when where because he she it they we i you his her its their said says told added is are was were has have had will would can could should may might'.split(' '),
);

/** The stack depth of the opener a closing mark of `family` matches, or -1. */
function findOpener(stack: OpenMark[], family: Family, c: string): number {
  for (let d = stack.length - 1; d >= 0; d--) {
    if (stack[d].family !== family) continue;
    if (c === '»' && stack[d].char !== '«' && stack[d].char !== '"') continue;
    return d;
  }
  return -1;
}

/** An open mark that never closes is a quotation only when it is a double mark, or a single mark that
 * starts the paragraph or a sentence (a lone apostrophe elsewhere is far more likely). */
function isPlausibleUnclosed(text: string, mark: OpenMark, p: Span): boolean {
  if (p.end - mark.at < 3) return false;
  if (mark.family === 'double') return true;
  return mark.at === p.start || /[.!?:]\s+$/u.test(text.slice(Math.max(p.start, mark.at - 3), mark.at));
}

/** The words between the marks, without surrounding spaces and without a trailing comma or period. */
function quoted(text: string, open: number, close: number, closedByMark: boolean, paragraph: number): QuotedSpan {
  let start = open + 1;
  let end = closedByMark ? close - 1 : close;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end > start && /[,.]/.test(text[end - 1]) && text.slice(end - 3, end) !== '...') end--;
  return { start, end, open, close, paragraph, unbalanced: false, continues: false, continued: false };
}

/** An unbalanced quotation often ends where the reporter's words begin: `"… grief, Modi wrote on X.` */
const TRAILING_ATTRIBUTION =
  /,\s+(?:(?:[\p{Lu}][\p{L}’'.-]*\s+){1,4}|(?:he|she|they)\s+)(?:said|says|added|wrote|told|stressed|noted|tweeted|posted)\b[^"“”]{0,60}$/u;

function endAtParagraph(text: string, q: QuotedSpan): void {
  q.unbalanced = true;
  trimTrailingAttribution(text, q);
}

function trimTrailingAttribution(text: string, q: QuotedSpan): void {
  const tail = text.slice(Math.max(q.start, q.end - 120), q.close);
  const m = TRAILING_ATTRIBUTION.exec(tail);
  if (!m) return;
  q.end = q.close - tail.length + m.index;
  q.close = q.end;
}
