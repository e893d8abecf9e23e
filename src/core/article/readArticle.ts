import type { Article, ArticleMeta, Block, BlockKind, Span } from '../model';
import { testWhereFound } from '../text/regexMatches';
import { addDays, findFullDate, findSlashedDateEitherWay, MONTH_NAME_SOURCE, monthNumber, weekdayOf, WEEKDAYS } from '../dates';

/** Lines of site litter that are never part of an article. Matched against the whole trimmed line. */
const BOILERPLATE_LINE = new RegExp(
  '^(?:' +
    [
      'skip to (?:main )?content', 'advertisement', 'advertising', 'sponsored', 'live broadcast', 'main slide',
      'beginning of the article', 'select important', 'on', 'off', 'x', 'menu', 'search', 'home', 'world', 'news',
      'share(?: (?:this|button|on \\w+|article))?', 'print', 'email', 'e-mail', 'comments?', '\\d+ comments?',
      '\\d+ min(?:ute)?s? read', 'leave a comment', 'spread the love', 'source link', 'source',
      'related(?: (?:articles?|stories|news|posts|content|coverage))?', 'read (?:also|more)(?::.*)?',
      'also read(?::.*)?', 'see also(?::.*)?', 'you may (?:also )?like', 'recommended(?: for you)?', 'more from .{1,40}',
      'subscribe(?: now)?', 'sign up(?: .{0,60})?', 'log ?in', 'follow us(?: on .{1,40})?', 'newsletter',
      'facebook', 'twitter', 'x\\.com', 'telegram', 'linkedin', 'pinterest', 'whatsapp', 'reddit', 'vk', 'copy link',
      'tags?:.*', 'topics?:.*', 'filed under:?.*', 'published: \\| updated:', 'editado por .{1,60}',
      '(?:translated|переведено) .{0,60}', 'accept(?: all)? cookies', 'cookie settings', 'back to top',
    ].join('|') +
    ')[.!:]?$',
  'iu',
);

/** A line under a list's heading that reads as another story's headline: a heading, a short line, litter, a credit. */
function isListedLink(b: Block, t: string): boolean {
  return b.kind === 'heading' || b.kind === 'boilerplate' || b.kind === 'credit' || (b.kind === 'body' && t.length <= MAX_LISTED_HEADLINE_CHARS && !/[.;]$/u.test(t));
}
const MAX_LISTED_HEADLINE_CHARS = 150;

/** A line of litter that heads a list of links to other stories: the headlines under it are litter too. */
const LIST_OF_LINKS = /^(?:related(?: (?:articles?|stories|news|posts|content|coverage))?|read (?:also|more)|also read|see also|you may (?:also )?like|recommended(?: for you)?|more from .{1,40})[.!:]?$/iu;

/** "Photo: AFP", "Photo: TASS/Valery Sharifulin", "Image credit: Reuters". */
const CREDIT_LINE = /^(?:photo|image|picture|foto|фото|video|source)(?:\s+credit)?\s*[:：]\s*\S.{0,80}$/iu;

/** Known wire services, as they appear in credits such as "(AFP)" or "— Reuters". General knowledge, not corpus data. */
const WIRES = ['AFP', 'Reuters', 'AP', 'Associated Press', 'Xinhua', 'TASS', 'RIA Novosti', 'Anadolu', 'dpa', 'EFE', 'ANI', 'PTI', 'IANS', 'Kyodo', 'Yonhap', 'Sputnik', 'Bloomberg', 'UNI', 'ANSA', 'Interfax', 'Ukrinform'];
const WIRE_CREDIT = new RegExp(`\\((${WIRES.join('|')})\\)`);
/** Who else credits a photo: picture agencies and the words of a credit. */
const PICTURE_CREDITS = ['Getty Images', 'EPA', 'EPA-EFE', 'Shutterstock', 'Alamy', 'Sipa', 'ZUMA', 'Pool', 'File', 'File Photo', 'Handout', 'AP Photo'];
/** "Kevin Lamarque/File Photo/Reuters", "Jane Roe/Pool/AFP": a photographer's name and the agency, a line of its own. */
const SLASHED_CREDIT = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}(?:\s*\/\s*(?:${[...WIRES, ...PICTURE_CREDITS].flatMap((w) => [w, w.toUpperCase()]).join('|')}))+\s*$`,
  'u',
);

/** " | 07.07.2025" at the end of a headline, after its outlet; group 1 is the date. */
const DATE_SUFFIX = /\s+[|–—-]\s+(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})\s*$/u;
/** " - Bloomberg", " | CNN" at the end of a headline. */
const OUTLET_SUFFIX = /\s+[|–—-]\s+((?:[\p{Lu}\d][\p{L}\d.&'’]*)(?:\s+[\p{Lu}\d][\p{L}\d.&'’]*){0,3})\s*$/u;

/** "PLACE, <date> (Agency) -" or "PLACE, <date> -" at the start of a paragraph; group 1 is the date part. */
const DATELINE = /^\p{Lu}[\p{L} .'’-]{1,40},\s+([^()\u2013\u2014]{6,40}?)\s*(?:\([^()]{1,40}\)\s*)?(?:--|[-–—])\s/u;
/** "(March 15, 2017) The match…": a date in brackets opening the story. */
const PAREN_DATELINE = /^\(([^()]{6,40})\)\s/;

const PUBLISHED_LINE = /^(?:published|posted|updated|first published|issued|date|發佈時間|发布时间|發布時間|发表时间|發表時間)(?:\s+on)?\s*[:：]?\s*/i;

const MAX_HEADLINE_CHARS = 250;
/** A line this short with a full stop at its end may still be a headline ("The charge is right. The way it's sold is wrong."). */
const SHORT_HEADLINE_CHARS = 120;

/** Why an article in another language shows no one: names and speech are read in English text. */
export const NOT_ENGLISH = 'mostly not English: people, statements and meetings are read in English text, so few or none are found here';

export function readArticle(file: string, text: string, meta: ArticleMeta = {}): Article {
  const warnings: string[] = [];
  const lines = joinWrappedLines(splitLines(text), text);
  const blocks: Block[] = lines.map((l) => ({ start: l.start, end: l.end, kind: 'body' as BlockKind }));
  const lineText = (i: number) => lines[i].text;

  // 1. Litter that is litter wherever it stands.
  const articleIsLatin = mostlyLatin(text);
  if (!articleIsLatin) warnings.push(NOT_ENGLISH);
  for (let i = 0; i < blocks.length; i++) {
    const t = lineText(i);
    if (CREDIT_LINE.test(t) || (t.includes('/') && SLASHED_CREDIT.test(t))) blocks[i].kind = 'credit';
    else if (BOILERPLATE_LINE.test(t) || isForeignScriptLabel(t, articleIsLatin)) blocks[i].kind = 'boilerplate';
  }

  // 2. The headline: the first line that is not litter and is short enough to be one.
  let headlineIndex = -1;
  /** The next line of text reads as a headline: no full stop at its end, or shorter than a lead paragraph. */
  const headlineFollows = (i: number) => {
    const next = nextContentBlock(blocks, i);
    const t = next >= 0 ? lineText(next) : '';
    // After a label of several words ("THE LONG READ"), which may itself be a headline, only a line with no full stop.
    const shortEnough = wordCount(lineText(i)) === 1 && t.length <= SHORT_HEADLINE_CHARS;
    return next >= 0 && t.length <= MAX_HEADLINE_CHARS && wordCount(t) >= 3 && (!/\.$/u.test(t) || shortEnough);
  };
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'body') continue;
    const t = lineText(i);
    // "Obituaries", "OPINION", "THE LONG READ", "Home > Business > Industry": the section above the headline.
    if (isSectionLabel(t) && headlineFollows(i)) {
      blocks[i].kind = 'boilerplate';
      continue;
    }
    if (t.length <= MAX_HEADLINE_CHARS && !/^[—–-]\s/.test(t) && wordCount(t) >= 2) headlineIndex = i;
    break;
  }
  let title: string | null = null;
  let titleSpan: Span | null = null;
  let outlet: string | null = null;
  if (headlineIndex >= 0) {
    const headline = lineText(headlineIndex);
    for (let i = 0; i < blocks.length; i++) {
      if (lineText(i) === headline) blocks[i].kind = 'headline';
    }
    // "… | DW | 07.07.2025": a date closing the headline is no outlet; the outlet stands before it.
    const dated = DATE_SUFFIX.exec(headline);
    const named = dated && findFullDate(dated[1])?.index === 0 ? headline.slice(0, dated.index) : headline;
    const suffix = OUTLET_SUFFIX.exec(named);
    const start = blocks[headlineIndex].start;
    if (suffix && wordCount(named.slice(0, suffix.index)) >= 3) {
      outlet = suffix[1];
      title = named.slice(0, suffix.index).trim();
      // " - Bloomberg" names who published the headline; it is not part of what the headline says.
      for (const b of blocks) if (b.kind === 'headline') b.end = b.start + title.length;
    } else {
      title = named === headline ? headline : named.trim();
      if (title !== headline) for (const b of blocks) if (b.kind === 'headline') b.end = b.start + title.length;
    }
    titleSpan = { start, end: start + title.length };
    const next = nextContentBlock(blocks, headlineIndex);
    if (next >= 0 && next <= headlineIndex + 3 && isDeck(lineText(next))) blocks[next].kind = 'deck';
  } else if (!meta.title) {
    warnings.push('no headline found: the first line of text is not a headline');
  }

  // 3. Captions (the line before a photo credit, or a line ending in "(Name/AGENCY)") and headings.
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'body') continue;
    const t = lineText(i);
    const nextIsCredit = i + 1 < blocks.length && blocks[i + 1].kind === 'credit';
    if ((nextIsCredit && t.length < 300) || (t.length < 400 && (testWhereFound(/[/:]|getty/i, CAPTION_END, t) || CAPTION_OPENING.test(t) || CAPTION_CREDIT_COLON.test(t))) || NAMES_ONLY.test(t)) {
      blocks[i].kind = 'caption';
    } else if (isHeading(t)) {
      blocks[i].kind = 'heading';
    }
  }

  // "Related stories" and the headlines listed under it, down to the next paragraph of text.
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'boilerplate' || !LIST_OF_LINKS.test(lineText(i))) continue;
    for (let j = i + 1; j < blocks.length && isListedLink(blocks[j], lineText(j)); j++) blocks[j].kind = 'boilerplate';
  }

  // 4. Outlet and date: the manifest wins, then the text.
  if (!outlet) {
    for (const b of blocks) {
      if (b.kind !== 'body' && b.kind !== 'deck') continue;
      const m = WIRE_CREDIT.exec(text.slice(b.start, b.end));
      if (m) {
        outlet = m[1];
        break;
      }
    }
  }
  const published = meta.published ?? findPublishedDate(blocks, lines.map((l) => l.text));

  return {
    file,
    text,
    title: meta.title ?? title,
    titleSpan: meta.title ? locate(text, meta.title) ?? titleSpan : titleSpan,
    outlet: meta.outlet ?? outlet,
    published,
    blocks,
    warnings,
  };
}

/**
 * How a caption ends: with its photo's credit, "(Jane Roe/AGENCY)", "/Agency photo", "[Photo/Agency]",
 * "Photograph: Jane Roe/AP", "… via Getty Images".
 */
const CAPTION_END =
  /(?:\([^()]{2,60}\/[^()]{2,40}\)|\s\/\s*[\p{L}&. -]{1,30}\s+photo|\[(?:photo|image|picture)\s*\/[^\]]{1,40}\]|\b(?:photo(?:graph)?|image|picture)(?:\s+credit)?\s*:\s*[^.:]{2,60}|\bvia\s+Getty\s+Images)\s*$/iu;

/** "Photo: Health Minister Helen Tran (left) … (ABC News: Darryl Torpy)": a caption that says it is one. */
/** "Bola Tinubu and Cyril Ramaphosa": a line of names alone, each of two to four capitalised words, under a photo. */
const NAME_WORDS = String.raw`(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+`;
const NAMES_ONLY = new RegExp(String.raw`^${NAME_WORDS}(?:,\s+${NAME_WORDS})*\s+(?:and|&)\s+${NAME_WORDS}$`, 'u');
const CAPTION_OPENING = /^(?:photo(?:graph)?|image|picture|pictured)\s*[:：]\s+\S/iu;
/** "(ABC News: Darryl Torpy)": an outlet and a photographer's name, closing a caption; the people reader's credit too. */
export const OUTLET_AND_PHOTOGRAPHER_SOURCE = String.raw`\(\p{Lu}[^():]{1,30}:\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\)`;
const CAPTION_CREDIT_COLON = new RegExp(`${OUTLET_AND_PHOTOGRAPHER_SOURCE}\\s*$`, 'u');

/** Blocks whose text is part of the article (headline, deck, headings, body, captions). */
export function contentBlocks(article: Article): Block[] {
  return article.blocks.filter((b) => b.kind !== 'boilerplate' && b.kind !== 'credit');
}

interface Line extends Span {
  text: string;
  /** White space before the text on its line. */
  indent: number;
}

/** Non-empty lines, trimmed, with their offsets in the text. Handles \n, \r\n and \r. */
function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    out.push({ start, end: start + trimmed.length, text: trimmed, indent: lead });
  }
  return out;
}

/**
 * Hard-wrapped text (plain-text wire copy, transcripts) breaks each paragraph into lines of a fixed width, so
 * that sentences run on from one line to the next. A run of such lines is joined into one block a paragraph:
 * a paragraph opens at an indented line, at a speaker's label ("Q:", "MR SMITH:"), at a line opening with a
 * mark ("--", "[", a bullet), or after a short line that ends a sentence. Text saved from a browser (a line a paragraph) is left as it is: its lines do not run on.
 */
function joinWrappedLines(lines: Line[], text: string): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && ONE_LINE_BREAK.test(text.slice(lines[j - 1].end, lines[j].start))) j++;
    const run = lines.slice(i, j);
    if (isHardWrapped(run)) out.push(...paragraphsOf(run, text));
    else out.push(...run);
    i = j;
  }
  return out;
}
const ONE_LINE_BREAK = /^[ \t]*(?:\r\n|\r|\n)[ \t]*$/;
/** Lines of hard-wrapped text are at most this long; a browser's paragraphs are often longer. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 40;
const ENDS_SENTENCE = /[.!?:;"”’)\]]$/u;
/** A line that opens with a mark of its own: a sign-off ("--MNI Washington Bureau", not a dash in speech: "-- of really"), a bracket, a bullet. */
const MARKED_LINE = /^(?:--\s*\p{Lu}|[[*•#])/u;
const SPEAKER_LABEL = /^(?:Q|A|(?:\p{Lu}[\p{Lu}.'’-]*\s+){0,3}\p{Lu}[\p{Lu}.'’-]+)\s*:/u;

function isHardWrapped(run: Line[]): boolean {
  if (run.length < 3) return false;
  const width = widthOf(run);
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return false;
  let runsOn = 0;
  for (let k = 0; k + 1 < run.length; k++) if (!ENDS_SENTENCE.test(run[k].text) && /^\p{Ll}/u.test(run[k + 1].text)) runsOn++;
  const full = run.filter((l) => l.text.length >= width * 0.75).length;
  return runsOn >= 2 && runsOn >= (run.length - 1) / 4 && full >= run.length / 2;
}

/** The longest line's length (a loop: a run may be too long to spread into Math.max). */
function widthOf(run: Line[]): number {
  return run.reduce((w, l) => Math.max(w, l.text.length), 0);
}

function paragraphsOf(run: Line[], text: string): Line[] {
  const width = widthOf(run);
  const out: Line[] = [];
  for (const [k, line] of run.entries()) {
    const previous = run[k - 1];
    const opens =
      k === 0 ||
      line.indent > 0 ||
      SPEAKER_LABEL.test(line.text) ||
      MARKED_LINE.test(line.text) ||
      (previous.text.length < width * 0.75 && ENDS_SENTENCE.test(previous.text));
    if (opens) out.push({ ...line });
    else {
      const paragraph = out[out.length - 1];
      paragraph.end = line.end;
      paragraph.text = text.slice(paragraph.start, paragraph.end);
    }
  }
  return out;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function nextContentBlock(blocks: Block[], after: number): number {
  for (let i = after + 1; i < blocks.length; i++) {
    if (blocks[i].kind === 'body') return i;
  }
  return -1;
}

function isDeck(t: string): boolean {
  return t.length <= 300 && wordCount(t) >= 5;
}

/** A short line with no closing sentence punctuation, or a line that is one quotation (a pull-quote). */
/** A site's section name or breadcrumb trail: one word, a few words in capitals, or names joined by ">" or "›". */
function isSectionLabel(t: string): boolean {
  if (/^[^.!?:"“”]{1,60}(?:\s[>›»/|]\s[^.!?:"“”]{1,40}){1,5}$/u.test(t)) return true;
  const words = wordCount(t);
  return words === 1 ? /^\p{L}[\p{L}-]{2,30}$/u.test(t) : words <= 4 && CAPITALS_LINE.test(t);
}
const CAPITALS_LINE = /^[\p{Lu}\d][\p{Lu}\d\s&'’-]+$/u;

function isHeading(t: string): boolean {
  if (t.length > 120) return false;
  // A pull-quote is one quotation standing alone: its only quote marks are the outer two.
  if (/^["“«„].*["”»“]$/.test(t)) return (t.match(/["“”«»„]/g) ?? []).length === 2;
  return !/[.!?:;,"”»)]$/.test(t) && wordCount(t) <= 12 && /^\p{Lu}/u.test(t);
}

/** Short lines in another script than the article's own, such as image alt text left by a browser. */
function isForeignScriptLabel(t: string, articleIsLatin: boolean): boolean {
  if (!articleIsLatin || t.length > 40) return false;
  return /\p{L}/u.test(t) && !/\p{Script=Latin}/u.test(t);
}

/** Whether the article's text is mostly in Latin script (judged on its first 20,000 characters). */
function mostlyLatin(text: string): boolean {
  const sample = text.slice(0, 20000);
  // Counted character by character: ASCII (most of English text) is decided by its code, the rest by
  // the Unicode properties. Two global matches of a property escape built an array of every letter.
  let latin = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        latin++;
        letters++;
      }
      continue;
    }
    const point = sample.codePointAt(i)!;
    const char = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (LATIN_CHAR.test(char)) latin++;
    if (LETTER_CHAR.test(char)) letters++;
  }
  // A text without letters (empty, digits only) is in no other script.
  return letters === 0 || latin > 0.8 * letters;
}
const LATIN_CHAR = /^\p{Script=Latin}$/u;
const LETTER_CHAR = /^\p{L}$/u;

function findPublishedDate(blocks: Block[], texts: string[]): string | null {
  /** A full date, or a slashed date either way round ("05/04/2025") that its clock or the story tells apart,
   * starting within `within` characters. Every way of finding the date reads a slashed one alike. */
  const dateIn = (t: string, within = Infinity) => {
    const d = findFullDate(t);
    if (d) return d;
    const either = findSlashedDateEitherWay(t);
    if (!either || either.index >= within) return null;
    const date = readingTheStoryBears(either.readings, t.slice(either.index + either.length), blocks, texts);
    return date ? { date, index: either.index, length: either.length } : null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const t = texts[i];
    const cue = PUBLISHED_LINE.exec(t);
    if (cue && cue[0].trim()) {
      const d = dateIn(t.slice(cue[0].length), MAX_SLASHED_DATE_AT);
      if (d) return d.date;
    }
  }
  // "FE Team | Published: June 19, 2024 20:43", "… Newser Staff Posted Jun 19, 2023 7:00 AM CDT": the cue inside a
  // line near the top, the date right after it.
  for (let i = 0; i < Math.min(blocks.length, 8); i++) {
    const head = texts[i].slice(0, MAX_PUBLISHED_CUE_AT);
    if (!PUBLISHED_WORD.test(head)) continue;
    for (const cue of head.matchAll(PUBLISHED_INSIDE)) {
      const after = texts[i].slice(cue.index + cue[0].length, cue.index + cue[0].length + 60);
      const d = dateIn(after);
      // Only a weekday, a time and its zone between: "Posted 7:05 p.m. ET, Thursday, March 5, 2026".
      if (d && !/[\p{L}\d]/u.test(withoutClock(after.slice(0, d.index)))) return d.date;
    }
  }
  let bodySeen = 0;
  for (let i = 0; i < blocks.length && bodySeen < 5; i++) {
    if (blocks[i].kind !== 'body' && blocks[i].kind !== 'deck') continue;
    bodySeen++;
    const head = DATELINE.exec(texts[i]) ?? PAREN_DATELINE.exec(texts[i]);
    const d = head && dateIn(head[1]);
    if (d && d.index === 0) return d.date;
  }
  for (let i = 0; i < Math.min(blocks.length, 8); i++) {
    const t = texts[i];
    if (t.length > MAX_DATE_LINE_CHARS * 2) continue;
    const d = dateIn(t);
    if (d && t.length <= MAX_DATE_LINE_CHARS && isDateLine(t, d.index, d.length)) return d.date;
    // "Source: Xinhua | 2023-12-12 21:35:10 | Editor: huaxia": a line of fields, one of them a date.
    if (d && FIELD_SEPARATOR.test(t)) {
      for (const field of t.split(FIELD_SEPARATOR)) {
        const f = dateIn(field);
        if (f && isDateLine(field, f.index, f.length)) return f.date;
      }
    }
  }
  return null;
}
/** After a "Published" cue, a slashed date either way round counts only this near it. */
const MAX_SLASHED_DATE_AT = 20;

/**
 * Of the two readings of a published date like "04/11/2025", the one the story's opening bears out: the only one
 * whose month it names ("on 4 November"); else the one the clock after the date goes with (a 24-hour time or a
 * European time zone, "- 19:32", "GMT+2", day first; a 12-hour time or a North American zone, "05:30 PM", "EDT",
 * month first); else the only one on a weekday its lead names ("on Tuesday"), else the only one the day after
 * such a weekday. Null when none tells them apart. The clock comes before the weekday: it is the date line's own
 * convention, while the lead's weekday may be the day of the news or the day before.
 */
function readingTheStoryBears(readings: [string, string], after: string, blocks: Block[], texts: string[]): string | null {
  const opening = blocks.flatMap((b, i) => (b.kind === 'body' || b.kind === 'deck' ? [texts[i]] : [])).slice(0, 3).join(' ');
  const months = new Set([...opening.matchAll(MONTH_NAME)].map((m) => monthNumber(m[0])));
  const byMonth = readings.filter((r) => months.has(+r.slice(5, 7)));
  if (byMonth.length === 1) return byMonth[0];
  const clock = clockOrder(after);
  if (clock) return clock === 'day' ? readings[0] : readings[1];
  const lead = opening.slice(0, 600).toLowerCase();
  const weekdays = new Set(WEEKDAYS.flatMap((w, i) => (lead.includes(w) ? [i] : [])));
  const onTheDay = readings.filter((r) => weekdays.has(weekdayOf(r)));
  if (onTheDay.length) return onTheDay.length === 1 ? onTheDay[0] : null;
  const dayAfter = readings.filter((r) => weekdays.has(weekdayOf(addDays(r, -1))));
  return dayAfter.length === 1 ? dayAfter[0] : null;
}

/** Which way round the clock after a date line's slashed date reads it: 'day' first, 'month' first, or null. */
function clockOrder(after: string): 'day' | 'month' | null {
  const near = after.slice(0, MAX_CLOCK_AT);
  const time = CLOCK.exec(near);
  if (AMERICAN_ZONE.test(near) || time?.[1]) return 'month';
  return time || EUROPEAN_ZONE.test(near) ? 'day' : null;
}
const MAX_CLOCK_AT = 30;
/** The time right after a date, "- 08:30", ", 19:32", " at 5:30 PM"; group 1 is its "PM". */
const CLOCK = /^[\s,|•·–—-]*(?:at\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*([ap]\.?m\b\.?))?/i;
const EUROPEAN_ZONE = /\b(?:GMT|UTC)\s*[+-]\s*\d|\b(?:CET|CEST|BST|EET|EEST|WET|WEST|MSK)\b/;
const AMERICAN_ZONE = /\b(?:[ECMP][SD]T|AK[SD]T|HST)\b/;
const MONTH_NAME = new RegExp(`\\b${MONTH_NAME_SOURCE}\\b`, 'g');

/** Between the fields of a line: a bar or a dot set off by spaces, or a run of spaces ("2017-03-09 07:20:20  来源:新华社"). */
const FIELD_SEPARATOR = /\s[|•·]\s|\s{2,}|\u3000/u;
const MAX_DATE_LINE_CHARS = 60;
const PUBLISHED_WORD = /published|posted|updated|issued/i;
const PUBLISHED_INSIDE = /(?:^|[\s|•·,])(?:first\s+)?(?:published|posted|updated|issued)(?:\s+on)?\s*[:：]?\s*/giu;
const MAX_PUBLISHED_CUE_AT = 600;
const WEEKDAY_WORD = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day\b|\b\.?)/gi;
/** At most this many words beside the date on a date line: "(Xinhua) 09:43, November 17, 2024", "AFP, Friday 26 Apr 2024". */
const MAX_DATE_LINE_LABEL_WORDS = 3;

/**
 * A line that only gives a date, with its weekday, time and time zone, and at most a short label of capitalised
 * words or words in brackets: an agency, a desk or a byline ("AFP ,", "FE Team |", "By Anna Berg"). A heading
 * such as "Elections on 5 May 2024" has a lower-case word, and is no date line.
 */
/** "… Updated 2 hours ago", "… Last updated: 9:14 AM": when the page changed since, after the date it was published. */
const UPDATED_TAIL = /[\s|•·,]*(?:\b|(?<=\d))(?:(?:last\s+)?updated|modified)\b.*$/iu;

/** `t` without weekdays, times of day and time zones: what is left beside a date on a line that only dates. */
function withoutClock(t: string): string {
  return (
    t
      .replace(WEEKDAY_WORD, '')
      // The time of an ISO stamp ("2026-03-05T19:05:00Z") and numeric zones ("+0000", "-05:00").
      .replace(/(?:^|\s)T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z\b)?/, ' ')
      .replace(/(?:^|\s)[+-]\d{2}:?\d{2}\b/g, ' ')
      .replace(/(?:\bat\s+)?\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi, '')
      // Time zones: "GMT", "BST", "EDT", "AEST", "UTC+8", "ET".
      .replace(/\b(?:[A-Z]{1,4}T|UTC|IST|MSK)\b(?:\s*[+-]\s*\d{1,2})?/g, '')
  );
}

/** A line that is only a date, with its time and labels at most ("Jun 5, 2025, 9:27am EDT", "Published: 4 March 2025"). */
export function isDateOnlyLine(t: string): boolean {
  if (t.length > MAX_DATE_LINE_CHARS) return false;
  const d = findFullDate(t);
  return d !== null && isDateLine(t, d.index, d.length);
}

function isDateLine(t: string, index: number, length: number): boolean {
  const rest = withoutClock(t.slice(0, index) + ' ' + t.slice(index + length).replace(UPDATED_TAIL, ''));
  const label = rest.replace(/\([^()]{1,30}\)/g, ' ').match(/[\p{L}\d][\p{L}\d'’.&-]*/gu) ?? [];
  return label.length <= MAX_DATE_LINE_LABEL_WORDS && label.every((w) => /^\p{Lu}/u.test(w));
}

function locate(text: string, needle: string): Span | null {
  const i = text.indexOf(needle);
  return i >= 0 ? { start: i, end: i + needle.length } : null;
}
