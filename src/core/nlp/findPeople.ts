import type { AmbiguousMention, Article, ArticlePeople, ArticlePerson, Block, Span } from '../model';
import { contentBlocks, isDateOnlyLine, OUTLET_AND_PHOTOGRAPHER_SOURCE } from '../article/readArticle';
import { actsAsPerson, appositionAfter, hasSpeechCue, meetingSubjectBefore, roleInClauseAfter, titleApposedBefore, titleBefore, type Role } from './context';
import { functionWordCounts, isEnglish, type FunctionWordCounts } from './language';
import { compatibleGivenNames, foldName, typoVariants, vowelVariants, generationOfWord, nicknamesInNames, slug, titleCase, variantGivenNames, withoutArabicArticlePrefix, withoutNicknames } from './nameForms';
import { labelGivesOffice, mayOpenWithLabel } from './labels';
import { countryOfDemonym, countryOfPlace } from '../events/geography';
import { genderOf, gendersByPronoun, type Gender } from './gender';
import { joined, tokenize, type Token } from './tokens';
import { findQuotedSpans } from '../quotes/quoteMarks';
import { TITLE_ABBREVIATIONS } from '../text/abbreviations';
import { hasNameShape, holdsPlaceName, isCommonWord, placeNameLength, isGivenName, isGivenNameWord, isMonthWord, isNotPersonWord, namesCountryOrBody, isParticle, isParticleWord, isPersonWord, isPlaceEnding, isRelationalRole, isRoleWord, isSurname, isPastTenseVerb, isTitle, isUnknownWord, isWeekdayWord, PATRONYMIC } from './words';

/**
 * The people an article names, each with every span that names them.
 *
 * Names are found cheaply: runs of capitalised words cut by regular expressions, judged by what
 * compromise's lexicon (with our plugin) knows of each word and by the words around them (a title
 * before, an apposition after, a speech cue). No tagger runs over the text. A run becomes a person
 * only with evidence; then every later short form ("Li", "Gavrilov") is matched to the people found,
 * by context when two people share it, and reported as ambiguous when context cannot decide.
 */
export function findPeople(article: Article): ArticlePeople {
  const blocks = contentBlocks(article).map((block) => {
    const text = article.text.slice(block.start, block.end);
    return { block, text, counts: functionWordCounts(text) };
  });
  const total = { words: 0, english: 0, other: 0 };
  for (const { counts } of blocks) {
    total.words += counts.words;
    total.english += counts.english;
    total.other += counts.other;
  }
  if (!isEnglish(total)) return { people: [], ambiguous: [], notEnglish: true };
  const paragraphs = readParagraphs(blocks);
  const chunks = paragraphs.flatMap(nameChunks);
  const people = discoverPeople(chunks, article.text);
  addTranscriptSpeakers(paragraphs, people, article.text);
  const ambiguous = collectMentions(chunks, people, article.text);
  collectNicknames(paragraphs, chunks, people, article.text);
  const found = withUniqueKeys(people.filter((p) => p.mentions.length > 0).map(toArticlePerson));
  const unsure = ambiguous.map(toAmbiguous);
  for (const [key, gender] of gendersByPronoun(article.text, found, unsure)) found.find((p) => p.key === key)!.genderByPronoun = gender;
  return { people: found, ambiguous: unsure };
}

interface Paragraph extends Span {
  index: number;
  /** A photo caption: beside the story, so a name there does not steer who a short form in the story is. */
  caption: boolean;
  tokens: Token[];
  /** Headline-style capitals ("Xi Sends a Message"): capitals say nothing about names here. */
  titleCase: boolean;
  /** A headline whose every long word is capitalised, though too few of them are known to call it title case: only a
   * name that ends it is read there ("Press Conference by Foreign Minister Fumio Kishida"; not "Lula Snubs Germany's"). */
  capitalsOnly: boolean;
}

/**
 * A run of capitalised words in one paragraph: tokens[first..last] may be a name; tokens[from..first)
 * are ordinary words capitalised by the sentence start ("During", "Rice"): names only when known.
 */
interface Chunk {
  paragraph: Paragraph;
  from: number;
  first: number;
  last: number;
  /** Its first word follows a title and is read as a given name, whatever else the lexicon says of it. */
  givenAfterTitle?: boolean;
}

interface Mention extends Span {
  paragraph: number;
  caption: boolean;
  /** The name as written, and with its title or honorific ("Defense Minister Li", "Mr Xi"). */
  surface: string;
  titled: string | null;
}

interface PersonDraft {
  /** "Jr.", "Sr.", "III": the generation a name's suffix tells apart from someone of the same name. */
  generation?: string;
  /** Name forms as lower-case word lists (["li", "shangfu"]); compared folded. Only ever added to. */
  forms: string[][];
  /** The forms as sameName compares them, one for each form, in the same order. */
  keys: NameKey[];
  /** shortForms(forms), worked out again only when a form was added. */
  shortForms?: { forForms: number; words: Set<string> };
  /** The forms as written, in order of first use. */
  fullNames: string[];
  roles: Role[];
  mentions: Mention[];
  /** Named with "— no relation" after the name: another person than the one of the same name found before. */
  unrelated?: boolean;
}

interface Ambiguity extends Span {
  candidates: PersonDraft[];
}

const MAX_NAME_WORDS = 4;
const MAX_LEXICON_NAME_WORDS = 3;
/** One name of two to four capitalised words, and a list of them: "Anna Berg", "Anna Berg and Li Wei". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}`;
const NAMES = String.raw`${NAME}(?:(?:,\s+|,?\s+and\s+)${NAME})*`;
/** How a masthead's line opens: a staff title, first thing on the line. */
const MASTHEAD_OPENING = /^(?:Deputy |Managing |Executive |Senior |Chief |Staff )?(?:Editor|Supervisor|Publisher|Writer|Photographer|Reporter|Correspondent)\b/u;
/** Credits and bylines, each with a cheap test that must pass for it to match. */
const CREDITS: Array<[(text: string) => boolean, RegExp]> = [
  [(t) => t.includes('/'), /\([^()]{1,80}\/[^()]{1,80}\)/gu], // "(Xinhua/Li Xueren)", "(Leah Millis/Pool Photo via AP)"
  [(t) => t.includes(':'), /\((?:web\s+)?editors?\s*:[^()]*\)/giu], // "(Web editor: Zhang Kaiwei)"
  [(t) => t.includes(':'), /\b(?:photo(?:graph)?|image|picture)(?:\s+credit)?\s*:[^.;()\n]*/giu], // "Photo: Reuters/Name", "Photograph: Name/AP"
  [(t) => t.includes(':'), new RegExp(OUTLET_AND_PHOTOGRAPHER_SOURCE, 'gu')], // "(ABC News: Darryl Torpy)"
  [(t) => /by/i.test(t), /\b(?:photo(?:graph)?s?|pictures|reporting|reported|writing|written|editing|edited|compiled|translated|interviews?|words|story|text|illustrations?|graphics|video)\s+by\s+[^.;()\n]*/giu],
  // "Words: Ellie Brandon | Pictures: Sam Okafor", "Credit: Ben Whitcombe", "Author Jeannette Cwienk".
  [(t) => /:|Author/u.test(t), new RegExp(String.raw`\b(?:(?:[Ww]ords|[Pp]ictures|[Pp]hotos|[Cc]redit|[Aa]uthor|[Tt]ext|[Ii]nterview|[Ii]llustrations?|[Vv]ideo|[Rr]eporting)\s*:|Author)\s*${NAMES}`, 'gu')],
  // "by Lena Kovacs and Jae Hwang": a byline in lower case opens its line.
  [(t) => t.startsWith('by '), new RegExp(String.raw`^by\s+${NAMES}`, 'gu')],
  [(t) => /assistance/i.test(t), /\bwith\s+(?:additional\s+)?assistance\s+(?:from|by)\s+[^.;()\n]*/giu], // "With assistance from Kenji Tanaka"
  // "REUTERS/Anna Lind", "AFP/Getty Images", "REUTERS/Anna Lind/Pool/File Photo Purchase Licensing Rights, opens new tab"
  [(t) => t.includes('/'), /\b\p{Lu}{2,}(?:\s+\p{Lu}{2,})?(?:\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?!Purchase\s)\p{Lu}[\p{L}.'’-]*){0,3})+(?:\s+Purchase\s+Licensing\s+Rights(?:,\s*opens\s+new\s+tab)?)?/gu],
  [(t) => t.includes('©'), /©[^.;()\n]*/gu], // "© Brendan Smialowski / AFP"
  // "… in Seoul on May 7, 2023. Jung Yeon-je/Pool via REUTERS": a photographer's name and the agency closing a caption.
  [(t) => t.includes('/'), new RegExp(String.raw`\b${NAME}\s*\/\s*(?:(?:Pool|File|Handout)(?:\s+Photo)?\s*(?:\/\s*|\s+via\s+))?(?:\p{Lu}{2,}|Reuters|Getty\s+Images|Pool)\s*$`, 'gu')],
  // "Editor in Chief Mohamed Wadie", "Supervisor Elham AbolFateh": a masthead's line, a staff title and a name alone.
  [(t) => MASTHEAD_OPENING.test(t), new RegExp(String.raw`^(?:(?:Deputy|Managing|Executive|Senior|Chief|Staff)\s+)?(?:Editor(?:[- ]in[- ]Chief)?|Supervisor|Publisher|Writer|Photographer|Reporter|Correspondent)\s+${NAME}\s*$`, 'gu')],
  // A byline of one or more names: "By John Johnson", "By Margit Holm and Pieter Claes".
  // "By state political reporter Richard Willingham", "By Pacific affairs reporter Lice Movono": a role may come first.
  [(t) => t.includes('By'), /\bBy\s+(?:(?:[\p{L}-]+\s+){0,4}?(?:reporter|correspondent|editor|writer|journalist|columnist|producer)\s+|(?:\p{Ll}+\s+){0,4})\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:(?:,\s+|\s+and\s+)\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*/gu],
  // "Mohammad Ali (@ChaudhryMAli88) Published October 23, 2024", "Anna Berg | Updated 2 March": a writer's line, the
  // names before the page's date or with a social media handle.
  [(t) => /@|Published|Posted|Updated/u.test(t), new RegExp(String.raw`^${NAMES}(?=\s*(?:\(@[\w.]+\)\s*)?[|,–—-]?\s*(?:Published|Posted|Updated|Last\s+updated)\b|\s*\(@[\w.]+\)\s*(?:$|[|–—]))`, 'gu')],
  // "Kim Tong-hyung contributed to this report", "Reporting by …" above.
  [(t) => t.includes('contributed'), new RegExp(String.raw`\b${NAMES}\s+contributed\b[^.;\n]*`, 'gu')],
];

/**
 * A line above the story that is only names: a byline without "By" ("Ruth Abernathy-Cole", "Sam Fleming and
 * Paola Tamma in Brussels", "Anna Berg, Political correspondent"). The names are the writers', not the story's.
 */
const NAMES_LINE = new RegExp(String.raw`^${NAMES}(?:\s+in\s+\p{Lu}[\p{L}-]+)?(?:\s*[,|–—-]\s*[\p{L} ]{1,40})?$`, 'u');
/** Whether the text after a line of names names anyone of them again (by surname): then they are its people, not
 * its writers. */
function namedInStory(line: string, story: Array<{ text: string }>): boolean {
  const names = line.replace(/\s+in\s+\p{Lu}[\p{L}-]+.*$|\s*[|–—-]\s*[\p{L} ]*$/u, '');
  const surnames = [...names.matchAll(/\p{Lu}[\p{L}.'’-]+(?=\s*(?:,|\band\b|$))/gu)].map(
    (m) => new RegExp(`(?<![\\p{L}])${m[0].toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'),
  );
  return story.some(({ text }) => {
    const lower = text.toLowerCase();
    return surnames.some((s) => s.test(lower));
  });
}

/**
 * A writer's line about themselves, under the story: "Aisha Malik is a freelance arts writer based in Leeds.", "Olivia
 * Brandt covers artificial intelligence for TechWire.", "Greg Tillman can be reached at …". Its name is a credit when
 * the story does not name that person elsewhere.
 */
const BIO_LINE = new RegExp(
  String.raw`^(${NAME})\s+(?:(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,8}?(?:writer|reporter|correspondent|editor|columnist|journalist|author|contributor|photographer|critic|freelancer?|contributing|producer|presenter|intern)\b|covers\s|writes\s+(?:about|for|on)\b|can\s+be\s+reached\b|contributed\b|reported\s+from\b)`,
  'u',
);

const MAX_BYLINE_LINES = 2;
/** Words enough to make a paragraph of the story, before which a line of names is a byline. */
const STORY_PARAGRAPH_WORDS = 25;

function readParagraphs(blocks: Array<{ block: Block; text: string; counts: FunctionWordCounts }>): Paragraph[] {
  const story = blocks.findIndex(({ block, counts }) => block.kind === 'body' && counts.words >= STORY_PARAGRAPH_WORDS);
  // One or two such lines are a byline; a list of names above the story ("John Isner / Jack Sock / …", the players
  // at a press conference) is its people.
  const namesLines = blocks.slice(0, Math.max(0, story)).flatMap(({ block, text }, i) => (block.kind !== 'headline' && NAMES_LINE.test(text.trim()) ? [i] : []));
  // Among more such lines (a site's menu: "Events Email Briefings"), the one beside the story's date line is its byline,
  // and so is the same line repeated.
  const besideDate = (i: number) => [i - 1, i + 1].some((j) => j >= 0 && j < blocks.length && isDateOnlyLine(blocks[j].text.trim()));
  const bylineTexts = new Set(namesLines.filter((i) => namesLines.length <= MAX_BYLINE_LINES || besideDate(i)).map((i) => blocks[i].text.trim()));
  const bylines = new Set(namesLines.filter((i) => bylineTexts.has(blocks[i].text.trim())).map((i) => blocks[i].block.start));
  const creditsOf = blocks.map(({ block, text }) =>
    CREDITS.filter(([maybe]) => maybe(text)).flatMap(([, re]) =>
      [...text.matchAll(re)].map((m) => ({ start: block.start + m.index!, end: block.start + m.index! + m[0].length })),
    ),
  );
  const bios = blocks.map(({ block, text }) => (block.kind === 'headline' ? null : BIO_LINE.exec(text)));
  // What the story itself says: its paragraphs less their credits, bylines and writers' lines.
  const storyText = blocks.map(({ block, text }, index) =>
    bylines.has(block.start) || bios[index] ? '' : creditsOf[index].reduce((t, c) => t.slice(0, c.start - block.start) + ' '.repeat(c.end - c.start) + t.slice(c.end - block.start), text),
  );
  const storyOtherThan = (index: number) => storyText.filter((_, i) => i !== index).map((text) => ({ text }));
  return blocks.map(({ block, text, counts }, index) => {
    const credits = creditsOf[index];
    if (bylines.has(block.start) && !namedInStory(text, storyText.slice(index + 1).map((t) => ({ text: t })))) credits.push({ start: block.start, end: block.end });
    const bio = bios[index];
    if (bio && !namedInStory(bio[1], storyOtherThan(index))) credits.push({ start: block.start, end: block.start + bio[1].length });
    // A nickname inside a name ('Liam "Tank" Gallagher') is read past; the name's mention still spans it.
    let tokens = tokenize(withoutNicknames(text), block.start);
    if (credits.length) tokens = tokens.filter((t) => !credits.some((c) => c.start <= t.start && t.end <= c.end));
    readCapitalSurnames(tokens);
    readLeadingInitials(tokens);
    readNameWords(tokens);
    readShortTitlesInNames(tokens);
    const own = outsideQuotedTitles(tokens, text, block.start);
    const titleCase = isTitleCase(own, block.kind === 'headline') || !isEnglish(counts);
    const capitalsOnly = !titleCase && block.kind === 'headline' && everyLongWordCapitalised(own);
    return { index, start: block.start, end: block.end, caption: block.kind === 'caption', tokens, titleCase, capitalsOnly };
  });
}

/**
 * A surname in capitals beside a name in ordinary case, as French, European and Japanese official texts write
 * names: "President Emmanuel MACRON", "Foreign Minister MOTEGI Toshimitsu". Such a word is read as a name word
 * ("Macron"), not as an acronym: it follows a given name, or a title when a name word follows it. A word the
 * lexicon knows as something else ("NATO", "MINISTER", "THE") stays what it is.
 */
function readCapitalSurnames(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.acronym || t.text.length < 3 || !CAPITALS_WORD.test(t.text)) continue;
    const before = i > 0 && joined(tokens[i - 1]) ? tokens[i - 1] : undefined;
    const after = joined(t) ? tokens[i + 1] : undefined;
    const titled = (k: number) => k >= 0 && joined(tokens[k]) && isRoleWord(tokens[k]);
    const beside =
      (inOrdinaryCase(before) && (isGivenName(before) || (isNameWord(before) && titled(i - 2)))) || (inOrdinaryCase(after) && isNameWord(after) && titled(i - 1));
    if (!beside) continue;
    if (isCommonWord(t) || isNotPersonWord(t) || isRoleWord(t)) continue;
    t.text = titleCase(t.lower);
    t.acronym = false;
    t.capitalised = true;
    t.surnameInCapitals = true;
  }
}
/**
 * Initials that open a name after a title, with or without full stops: "Vice President JD Vance", "Senator J.D.
 * Vance". Such a word is read as a name word, not as an acronym, between a title and a surname in ordinary case
 * that is no ordinary word, title or place. Without the title, "US Federal Reserve", "J.P. Morgan" and "SB Nation"
 * look the same: they stay what they are.
 */
function readLeadingInitials(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t.acronym || !INITIALS.test(t.text) || !joined(t) || !joined(tokens[i - 1]) || !isRoleWord(tokens[i - 1]) || isRoleWord(t) || isNotPersonWord(t)) continue;
    const after = tokens[i + 1];
    if (!inOrdinaryCase(after) || !isNameWord(after) || isCommonWord(after) || isRoleWord(after) || isNotPersonWord(after)) continue;
    t.acronym = false;
    t.capitalised = true;
    t.readAsName = true;
  }
}
const INITIALS = /^(?:\p{Lu}\.){2,3}$|^\p{Lu}{2}$/u;

/**
 * A title written short that ends a name rather than opening one: "Hun Sen said", "Cambodia's Hun Sen". Without its
 * full stop, right after a name word and with no name word after it, "Sen" is a name word, not "Senator".
 */
function readShortTitlesInNames(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.capitalised || !SHORT_TITLES.has(t.lower) || t.gapAfter.startsWith('.') || !isTitle(t)) continue;
    const previous = tokens[i - 1];
    if (!joined(previous) || !hasNameShape(previous) || isRoleWord(previous) || isNotPersonWord(previous)) continue;
    const next = joined(t) ? tokens[i + 1] : undefined;
    if (next && hasNameShape(next)) continue;
    t.readAsName = true;
  }
}
const SHORT_TITLES = new Set(TITLE_ABBREVIATIONS.map((w) => w.toLowerCase()));

/**
 * Words the lexicon knows as something else, read as name words where a name has them:
 * - a month's name inside a run of name words ("June Almeida", "Jan Kowalski", "Park Min Jun"); it is the month after
 *   a word of time ("In April Biden visited", "since June", "on 5 June"), or with no name word after it;
 * - a given name that is also an ordinary word or a place, right before a surname ("Will Tanner", "Hope Wynn",
 *   "Paris Delacroix"), not after a determiner or, for a place, a preposition of place ("the Rose Garden", "in Paris").
 */
function readNameWords(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.capitalised) continue;
    const month = isMonthWord(t);
    if (!month && !isGivenNameWord(t)) continue;
    const next = joined(t) ? tokens[i + 1] : undefined;
    const previous = i > 0 ? tokens[i - 1] : undefined;
    const opensName = next !== undefined && hasNameShape(next) && !isMonthWord(next) && !isNotPersonWord(next) && !isCommonWord(next) && !isRoleWord(next);
    if (!month) {
      const after = previous && !/[.!?:;]/u.test(previous.gapAfter) ? previous.lower : '';
      // A title that is a given name too ("Dean") is the title before a name of two words: "Dean Ivo Marsh".
      const titleBeforeName = isRoleWord(t) && next !== undefined && joined(next) && tokens[i + 2] !== undefined && hasNameShape(tokens[i + 2]);
      if (opensName && !titleBeforeName && !DETERMINER.has(after) && !(isNotPersonWord(t) && PLACE_PREPOSITION.has(after))) t.readAsName = true;
      continue;
    }
    const insideName = previous !== undefined && joined(previous) && hasNameShape(previous) && !isRoleWord(previous) && !isMonthWord(previous);
    const afterTime = previous !== undefined && (/\d/u.test(previous.gapAfter) || TIME_BEFORE_MONTH.has(previous.lower));
    if (!afterTime && (opensName || (insideName && !/^\s*\d/u.test(t.gapAfter)))) t.readAsName = true;
  }
}
const DETERMINER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'my', 'your']);
const PLACE_PREPOSITION = new Set(['in', 'at', 'to', 'from', 'near', 'via', 'outside', 'inside', 'around', 'across', 'into', 'through', 'of']);
const TIME_BEFORE_MONTH = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'last', 'next', 'early', 'late', 'mid', 'during', 'this', 'that', 'of', 'through', 'before', 'after', 'between', 'and', 'or', 'to', 'on', 'for', 'each', 'every', 'same', 'throughout', 'into', 'around', 'as']);

const CAPITALS_WORD = /^\p{Lu}+(?:-\p{Lu}+)?$/u;
const inOrdinaryCase = (w: Token | undefined): w is Token => w !== undefined && w.capitalised && ORDINARY_CASE.test(w.text);
const isNameWord = (w: Token) => hasNameShape(w) && !isCommonWord(w) && !isRoleWord(w);
/** "Toshimitsu", "Jean-Yves": a capital, then lower case ("McENROE" is neither). */
const ORDINARY_CASE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;

/**
 * The tokens outside the quoted titles of a paragraph that ends as a sentence does: 'signed a declaration on
 * "Friendly Relations and Good Neighbourliness" in Athens.' is running text, whatever the title it quotes. (A
 * headline ends with no full stop, and its quotation is in its title case: 'Biden Says "China Must Act"'.)
 */
function outsideQuotedTitles(tokens: Token[], text: string, offset: number): Token[] {
  if (!SENTENCE_END.test(text) || !QUOTED_TITLE.test(text)) return tokens;
  const titles = findQuotedSpans(text, [{ start: 0, end: text.length }]).filter((q) => !q.unbalanced && STARTS_CAPITALISED.test(text.slice(q.open + 1)));
  return tokens.filter((t) => !titles.some((q) => offset + q.open <= t.start && t.end <= offset + q.close));
}
/** A quotation mark before a capital: where a quoted title may be, tested before the quotations are read. */
const QUOTED_TITLE = /["“‘]\p{Lu}/u;
const STARTS_CAPITALISED = /^\p{Lu}/u;
const SENTENCE_END = /[.!?]["”’)]?\s*$/u;

/** Most ordinary words capitalised: a headline in title case. */
function isTitleCase(tokens: Token[], headline: boolean): boolean {
  // More than half of the ordinary words capitalised means more capitalised ones than lower-case ones:
  // the capitalised ones are counted first (few in running text), the lower-case ones only until they
  // are as many, so that a body paragraph does not look up every word it has.
  // Words English always capitalises (months, weekdays, peoples, places: "Chinese President Xi Jinping … in Beijing,
  // China November 9") are no sign.
  const ordinary = (t: Token) => t.text.length > 3 && isCommonWord(t) && !isRoleWord(t) && !isMonthWord(t) && !isWeekdayWord(t) && countryOfDemonym(t.text) === null && countryOfPlace(t.text) === null;
  let capitalised = 0;
  for (const t of tokens) if (t.capitalised && ordinary(t)) capitalised++;
  let lowerCase = 0;
  for (const t of tokens) {
    if (lowerCase >= capitalised) return false;
    if (!t.capitalised && ordinary(t)) lowerCase++;
  }
  // Out of a headline, two capitalised against one lower-case word are a caption's place names ("… attend a welcome
  // ceremony at the Great Hall of the People"), not title case.
  return lowerCase < capitalised && capitalised + lowerCase >= 2 && (headline || capitalised >= 3 || lowerCase === 0);
}

/**
 * Whether a headline's words of four letters or more are all capitalised, five of them at least: headline capitals, though
 * the lexicon may know too few of the words to tell ("Brazil's Lula Snubs Germany's Scholz on Ukraine Support" had
 * made a person "Lula Snubs Germany").
 */
function everyLongWordCapitalised(tokens: Token[]): boolean {
  const long = tokens.filter((t) => t.text.length > 3);
  return long.length >= 5 && long.every((t) => t.capitalised || t.acronym);
}

/** Runs of capitalised words that are not title words; leading ordinary words ("During") dropped. */
function nameChunks(paragraph: Paragraph): Chunk[] {
  const { tokens } = paragraph;
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameShaped(tokens[i])) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length && joined(tokens[last])) {
      if (isNameShaped(tokens[last + 1])) {
        last++;
        continue;
      }
      // One or two particles or initials between name words: "Mohammed bin Salman", "Ursula von der Leyen".
      let k = last + 1;
      while (k < tokens.length && k - last <= MAX_INNER_NAME_WORDS && isInnerNameWord(tokens[k]) && joined(tokens[k])) k++;
      if (k > last + 1 && k < tokens.length && isNameShaped(tokens[k])) last = k;
      else break;
    }
    // "President Mahama Welcomed with Enthusiasm": a verb capitalised, as headlines write them, ends a name.
    // "Ethiopian Prime Minister Abiy Ahmed Sunday visited …": the day after a name of two words or more says when.
    while (last > i && (isPastTenseVerb(tokens[last]) || (last - i >= 2 && isWeekdayWord(tokens[last])))) last--;
    // "… von der Leyen told": lower-case particles right before a surname belong to it.
    let opening = i;
    while (opening > 0 && i - opening < MAX_INNER_NAME_WORDS && isParticle(tokens[opening - 1]) && !tokens[opening - 1].capitalised && joined(tokens[opening - 1])) opening--;
    if (opening < i && opening > 0 && joined(tokens[opening - 1]) && isNameShaped(tokens[opening - 1])) opening = i;
    // "External Affairs Minister S Jaishankar", "Chief Minister M. K. Stalin": initials that open a name after a title.
    if (opening === i) {
      while (opening > 1 && i - opening < MAX_INNER_NAME_WORDS && /^\p{Lu}$/u.test(tokens[opening - 1].text) && joined(tokens[opening - 1])) opening--;
      if (opening < i && !(joined(tokens[opening - 1]) && isTitle(tokens[opening - 1]))) opening = i;
    }
    let first = i;
    // Leading words that are not names: "During", "Beijing", and a body named in several ("United Nations").
    // Right after a title, a common word that opens a longer run is a given name: "former president Bill
    // Clinton", "pollster Frank Luntz", "CEO Dick Costolo".
    // Only a country, region or body is not taken: "Bill" and "Park" also end places' names, "London" names one.
    const givenAfterTitle = i < last && i > 0 && joined(tokens[i - 1]) && isTitle(tokens[i - 1]) && !namesCountryOrBody(tokens[i]);
    for (let n: number; first <= last; first += n) {
      const opensName = givenAfterTitle && first === i;
      n = placeNameLength(tokens, first, last + 1) || (!opensName && (isCommonWord(tokens[first]) || isNotPersonWord(tokens[first])) ? 1 : 0);
      // "Crown Prince of Saudi Arabia Muhammad Bin Salman": the end of a place's name the run began before.
      if (n === 0 && first === i && i > 0 && joined(tokens[i - 1])) n = Math.max(0, placeNameLength(tokens, i - 1, last + 1) - 1);
      if (n === 0) break;
    }
    if (first === i) first = opening;
    if (!opensTitle(tokens, last)) out.push({ paragraph, from: Math.min(i, first), first, last, givenAfterTitle: givenAfterTitle && first === i });
    i = last + 1;
  }
  return out;
}

const isNameShaped = (t: Token) => hasNameShape(t) && !isRoleWord(t);
/** The words of a name but its particles: "Mohammed bin Abdulrahman Al Thani" has three. */
const nameWords = (w: Token[]) => w.reduce((n, t) => (isParticle(t) ? n : n + 1), 0);
const MAX_INNER_NAME_WORDS = 2;
/** A particle ("bin", "von") or an initial ("H.") between two name words. */
const isInnerNameWord = (t: Token) => isParticle(t) || /^\p{Lu}$/u.test(t.text);

/**
 * "Eurasian Affairs special envoy", "Kremlin spokesman": the run qualifies the title that follows it. The
 * role words after it must reach a title: in "Henrik Dahl first met", "first" is no title's modifier.
 */
function opensTitle(tokens: Token[], last: number): boolean {
  if (!joined(tokens[last])) return false;
  for (let k = last + 1; k < tokens.length && isRoleWord(tokens[k]); k++) {
    if (isTitle(tokens[k])) return true;
    if (!joined(tokens[k])) break;
  }
  return false;
}
const words = (c: Chunk) => c.paragraph.tokens.slice(c.first, c.last + 1);

/** A place or body that merely contains a name: "Kim Il Sung Square", "Washington Post". */
const isPlaceName = (c: Chunk) =>
  (c.last > c.first && isPlaceEnding(c.paragraph.tokens[c.last])) || endsPlaceName(c) || formFollows(c) || joinedByAmpersand(c) || numberFollows(c) || namedThing(c);
/**
 * "outside the Marquês de Pombal station", "won the Amber Crane for best film": a full name right after "the" names a
 * thing (a place, a prize, a ship), not a person, whom news names without an article; a title between them makes it
 * a person's ("the Foreign Minister Wang Yi" reads the title, not "the"), and so does a compound ("the Robert
 * Mueller-led inquiry").
 */
function namedThing(c: Chunk): boolean {
  if (c.last === c.first) return false;
  const before = c.paragraph.tokens[c.first - 1];
  // "the Robert Mueller-led inquiry": the person leads the thing.
  return before !== undefined && before.text === 'the' && joined(before) && !c.paragraph.tokens[c.last].gapAfter.startsWith('-');
}
/**
 * "president of UFCW Local 1189,", "Studio 54.": a number right after the words, with nothing after it in its clause,
 * numbers a unit or a place. Not a quantity ("Judge gives Stockman 10 years"), a score ("beat Sinner 6-4") or a
 * headline in title case ("Cohen To Serve 3 Years").
 */
function numberFollows(c: Chunk): boolean {
  if (c.paragraph.titleCase) return false;
  const { tokens } = c.paragraph;
  const number = NUMBER_AFTER.exec(tokens[c.last].gapAfter);
  if (!number) return false;
  const next = tokens[c.last + 1];
  return !(/^[ \t]+$/u.test(tokens[c.last].gapAfter.slice(number[0].length)) && next !== undefined && !next.capitalised && !next.acronym);
}
const NUMBER_AFTER = /^[ \t]+\d+(?![-–:.,]\d)/u;
/** "Hartley & Rowe", "Marks & Spencer": names joined by an ampersand are a firm's. */
const joinedByAmpersand = (c: Chunk) => {
  const { tokens } = c.paragraph;
  const before = tokens[c.first - 1];
  return AMPERSAND_GAP.test(tokens[c.last].gapAfter) || (before !== undefined && before.capitalised && AMPERSAND_GAP.test(before.gapAfter));
};
const AMPERSAND_GAP = /^\s*&\s*$/u;
/** "Hale Whitman LLP": a firm's legal form in capitals, which the run of capitalised words leaves out, ends it. */
const formFollows = (c: Chunk) => {
  const next = c.paragraph.tokens[c.last + 1];
  return next !== undefined && next.acronym && joined(c.paragraph.tokens[c.last]) && isPlaceEnding(next);
};
/** "Saudi Arabia", "Sri Lanka" cut short by a word that is no name word ("Saudi"): the chunk ends a place's name. */
function endsPlaceName(c: Chunk): boolean {
  const { tokens } = c.paragraph;
  for (let back = 1; back <= 2 && c.first - back >= 0; back++) {
    const at = c.first - back;
    if (!joined(tokens[at])) return false;
    if (placeNameLength(tokens, at, c.last + 1) === c.last + 1 - at) return true;
  }
  return false;
}

/**
 * The people the chunks name for sure. Context is the strong evidence (a title before, an apposition
 * after, a speech cue); a run of two or three words that compromise knows as a given name or surname is
 * weaker, and is not taken when it only glues a known name to a neighbour ("Fawning Kim Jong Un").
 */
function discoverPeople(chunks: Chunk[], text: string): PersonDraft[] {
  const inContext: Chunk[] = [];
  const byLexicon: Chunk[] = [];
  const undecided: Chunk[] = [];
  const lone: Chunk[] = [];
  const employers = employersNamed(chunks);
  for (const chunk of chunks) {
    const w = words(chunk);
    if (employers.size && employers.has(chunkKey(w))) continue;
    // In a headline in title case, capitals say nothing of names; a surname in capitals still does. In one of
    // capitals only, a name that ends it still does.
    if (w.length === 0 || (chunk.paragraph.titleCase && !w.some((t) => t.surnameInCapitals)) || (chunk.paragraph.capitalsOnly && chunk.last < chunk.paragraph.tokens.length - 1)) continue;
    if (isPlaceName(chunk) || nameWords(w) > MAX_NAME_WORDS || holdsPlaceName(w)) continue;
    if ((chunk.givenAfterTitle ? w.slice(1) : w).some(isNotPersonWord)) {
      if (surnameLikePlace(w) && hasContextEvidence(chunk, text)) inContext.push(chunk);
      continue;
    }
    if (hasContextEvidence(chunk, text)) inContext.push(chunk);
    else if (nameWords(w) > 1 && w.length <= MAX_LEXICON_NAME_WORDS && (isGivenName(w[0]) || w.some(isSurname))) byLexicon.push(chunk);
    else if (nameWords(w) > 1) undecided.push(chunk);
    else if (!isCommonWord(w[w.length - 1]) && countryOfPlace(w[w.length - 1].text) === null) lone.push(chunk);
  }
  const people: PersonDraft[] = [];
  // One name word, with the particles that may open it: "Kuleba", "von der Leyen", "bin Salman".
  const isSingle = (c: Chunk) => nameWords(words(c)) === 1;
  const surname = (c: Chunk) => words(c)[words(c).length - 1];
  const sideBySide = twoNamesSideBySide([...inContext, ...byLexicon]);
  for (const chunk of inContext.filter((c) => !isSingle(c) && !sideBySide(c))) addFullName(people, words(chunk), text, generationAfter(chunk));
  for (const chunk of byLexicon) if (!holdsKnownName(people, chunk) || givenNamesBeforeSurname(chunk) || newGeneration(people, chunk) || unrelatedAfter(chunk, text)) addFullName(people, words(chunk), text, generationAfter(chunk));
  // "Ukraine's Dmytro Kuleba … Kuleba tweeted": a word used on its own as a speaker confirms the full name. So does
  // doing what people do, for a name of two words, whole or a word of it alone: "Xi Jinping … Xi received the
  // Spanish Prime Minister" (not "Sunak Welcomes Meloni to London", a headline's words).
  const speakers = new Set(inContext.filter(isSingle).map((c) => foldName(surname(c).text)));
  const acts = (c: Chunk) => actsAsPerson(c.paragraph.tokens, c.last);
  const actors = new Set(lone.filter(acts).map((c) => foldName(surname(c).text)));
  const twoWordsActing = (c: Chunk) => nameWords(words(c)) === 2 && (acts(c) || words(c).some((t) => actors.has(foldName(t.text))));
  const unproven: Chunk[] = [];
  for (const chunk of undecided) {
    if ((words(chunk).some((t) => speakers.has(foldName(t.text))) || twoWordsActing(chunk)) && !holdsKnownName(people, chunk)) addFullName(people, words(chunk), text);
    else unproven.push(chunk);
  }
  // "When Nurlan Abdrakhmanov and Jasur Karimberdiev shook hands": a full name joined by "and" to a person's is one too.
  for (const chunk of unproven) {
    const known = holdsKnownName(people, chunk);
    if ((coordinatedWithPerson(chunk, people) && !known) || (known && givenNamesBeforeSurname(chunk))) addFullName(people, words(chunk), text);
  }
  // "PM Modi-Xi talks", "the Biden-Xi summit": a word whose parts each name a person is the pair of them (read last,
  // once every other lone name is in).
  const singles = inContext.filter(isSingle);
  const genderOfFullName = new Map<string, Gender | null>();
  for (const chunk of inContext) if (!isSingle(chunk)) genderOfFullName.set(surfaceOf(words(chunk), text), genderOfTitle(chunk, text));
  for (const chunk of [...singles.filter((c) => !surname(c).text.includes('-')), ...singles.filter((c) => surname(c).text.includes('-'))]) {
    const word = surname(chunk);
    const candidates = candidatesFor(people, word);
    if ((candidates.length === 0 || addressesNoneOf(chunk, candidates, text, genderOfFullName)) && !namesPair(people, word)) addFullName(people, [word], text);
  }
  // "Putin and Xi would discuss …": a lone word joined by "and" to a person already found names a person too.
  for (const chunk of lone) {
    const word = surname(chunk);
    if (candidatesFor(people, word).length === 0 && (coordinatedWithPerson(chunk, people) || metByPerson(chunk, people))) addFullName(people, [word], text);
  }
  return people;
}

/**
 * "an analyst at Morgan Stanley", "a partner at Hale Whitman": what someone works at is a firm, wherever the article
 * names it ("Morgan Stanley said costs fell"), however much its words look like a person's name.
 */
function employersNamed(chunks: Chunk[]): Set<string> {
  const out = new Set<string>();
  for (const chunk of chunks) {
    const { tokens } = chunk.paragraph;
    const at = tokens[chunk.first - 1];
    const title = tokens[chunk.first - 2];
    if (at?.lower === 'at' && joined(at) && title && joined(title) && isTitle(title) && !title.capitalised) out.add(chunkKey(words(chunk)));
  }
  return out;
}
const chunkKey = (w: Token[]) => w.map((t) => t.lower).join(' ');

/**
 * "Mohammed bin Salman (MBS)", "Andres Manuel Lopez Obrador, known as AMLO": initials the article gives a person
 * right after their full name, in brackets or after "known as". Every use of them in the article is a mention of
 * the person. The name reader takes no capitals for names otherwise.
 */
function collectNicknames(paragraphs: Paragraph[], chunks: Chunk[], people: PersonDraft[], text: string): void {
  const nicknames = new Map<string, PersonDraft>();
  // 'Luis Inácio "Lula" Da Silva … Lula met Xi': a nickname inside a name is that person's short form, unless it
  // names someone else too.
  for (const { nickname, nameAfter } of nicknamesInNames(text)) {
    if (nickname.includes(' ')) continue;
    const person = people.find((p) => p.mentions.some((m) => m.start < nameAfter && nameAfter < m.end));
    if (person && !nicknames.has(nickname) && candidatesForWord(people, nickname).every((p) => p === person)) nicknames.set(nickname, person);
  }
  if (nicknames.size === 0 && !MAY_GIVE_NICKNAME.test(text)) return;
  for (const chunk of chunks) {
    const { tokens } = chunk.paragraph;
    const full = chunk.last > chunk.first ? longestFullMatch(people, tokens, chunk.first, chunk.last) : null;
    if (!full || chunk.first + full.length - 1 !== chunk.last) continue;
    const m = NICKNAME_AFTER.exec(text.slice(tokens[chunk.last].end, tokens[chunk.last].end + 40));
    const nickname = m ? (m[1] ?? m[2]) : null;
    if (nickname && !nicknames.has(nickname)) nicknames.set(nickname, full.person);
  }
  if (nicknames.size === 0) return;
  for (const paragraph of paragraphs) {
    for (let k = 0; k < paragraph.tokens.length; k++) {
      const person = nicknames.get(paragraph.tokens[k].text);
      if (!person) continue;
      const chunk: Chunk = { paragraph, from: k, first: k, last: k };
      if (!person.mentions.some((m) => m.start === paragraph.tokens[k].start)) record(person, chunk, k, k, text);
    }
  }
  for (const person of new Set(nicknames.values())) person.mentions.sort((a, b) => a.start - b.start);
}
/** "(MBS)" or ", known as AMLO," right after a full name. */
const NICKNAME_AFTER = /^\s*\((\p{Lu}{2,6})\)|^,?\s+(?:also\s+)?(?:known|nicknamed|dubbed)\s+as\s+(\p{Lu}{2,6})\b/u;
/** What NICKNAME_AFTER needs somewhere in the text: initials in brackets, or "known as" and capitals. */
const MAY_GIVE_NICKNAME = /\(\p{Lu}{2,6}\)|\b(?:known|nicknamed|dubbed)\s+as\s+\p{Lu}{2}/u;

/**
 * "Xi met with Scholz earlier on Friday", "Xi received Scholz": a lone word a person found meets, right after the verb,
 * is a person too (the article may never give their full name).
 */
function metByPerson(chunk: Chunk, people: PersonDraft[]): boolean {
  const subject = chunk.paragraph.tokens[meetingSubjectBefore(chunk.paragraph.tokens, chunk.first)];
  return subject !== undefined && subject.capitalised && candidatesFor(people, subject).length > 0;
}

/** "Putin and Xi", "Xi and Putin": the word before or after the chunk's "and" is a person's short form. */
function coordinatedWithPerson(chunk: Chunk, people: PersonDraft[]): boolean {
  const { tokens } = chunk.paragraph;
  const known = (t: Token | undefined) => t !== undefined && t.capitalised && candidatesFor(people, t).length > 0;
  const next = tokens[chunk.last + 1];
  if (next?.lower === 'and' && joined(tokens[chunk.last]) && joined(next) && known(tokens[chunk.last + 2])) return true;
  const previous = tokens[chunk.first - 1];
  return previous?.lower === 'and' && joined(previous) && chunk.first >= 2 && joined(tokens[chunk.first - 2]) && known(tokens[chunk.first - 2]);
}

/**
 * A transcript's speaker label in capitals: "ANTHONY ALBANESE, PRIME MINISTER: …", "CHRISTIANE AMANPOUR: …".
 * Two to four words of capitals, then a role after a comma or not, then a colon.
 */
const CAPITALS_LABEL = /(\p{Lu}[\p{Lu}'’.-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.-]+){1,3})[ \t]*(?:,[ \t]*(\p{Lu}[^:\n]{0,60}?))?[ \t]*:[ \t]+(?=\S)/dyu;
/** Any speaker label ("Reporter:", "Anna Berg:", "Q."): an article needs two labelled paragraphs to be a transcript, or one that introduces its speaker. */
const ANY_LABEL = /(?:\p{Lu}[\p{L}'’.&, \t-]{0,80}:|[QA]\.)\s/yu;
const MIN_LABELLED_PARAGRAPHS = 2;
/** A word no name in a label is made of: a title, a place, an ordinary word ("BREAKING NEWS", "PRIME MINISTER"). */
const isOrdinaryLabelWord = (t: Token) => isRoleWord(t) || isNotPersonWord(t) || (isCommonWord(t) && !isGivenName(t));

/**
 * The people a transcript names only in its labels, in capitals, which the name reader does not take for names.
 * A label is a name when it has a role after it or opens with a given name, and none of its words is a title,
 * a place or an ordinary word ("BREAKING NEWS:", "PRIME MINISTER:"). Its span is a mention of the person.
 */
function addTranscriptSpeakers(paragraphs: Paragraph[], people: PersonDraft[], text: string): void {
  const labels: Array<{ paragraph: Paragraph; m: RegExpExecArray }> = [];
  let labelled = 0;
  for (const paragraph of paragraphs) {
    const c = text.charCodeAt(paragraph.start);
    if (c < 65 || c > 90 || !mayOpenWithLabel(text, paragraph.start, paragraph.end)) continue; // labels open with a capital A to Z
    ANY_LABEL.lastIndex = paragraph.start;
    if (!ANY_LABEL.test(text)) continue;
    labelled++;
    CAPITALS_LABEL.lastIndex = paragraph.start;
    const m = CAPITALS_LABEL.exec(text);
    if (m) labels.push({ paragraph, m });
  }
  // One labelled paragraph is enough when it introduces its speaker by name and office (as transcriptParts reads it).
  const introducing = labelled === 1 && labels.length === 1 && labelGivesOffice(labels[0].m[2]);
  if (labelled < MIN_LABELLED_PARAGRAPHS && !introducing) return;
  for (const { paragraph, m } of labels) {
    const start = m.indices![1][0];
    const name = tokenize(m[1], start);
    if (name.length !== m[1].split(/\s+/).length || name.some(isOrdinaryLabelWord) || !(m[2] || isGivenName(name[0]))) continue;
    if (!(labelled >= MIN_LABELLED_PARAGRAPHS || isGivenName(name[0]))) continue;
    const surface = titleCase(m[1]);
    const form = name.map((t) => t.lower);
    const key = nameKey(form);
    let person = people.find((p) => p.keys.some((k) => sameNameKey(k, key)));
    if (!person) people.push((person = { forms: [form], keys: [key], fullNames: [surface], roles: [], mentions: [] }));
    const end = name[name.length - 1].end;
    person.mentions.push({ start, end, paragraph: paragraph.index, caption: paragraph.caption, surface, titled: null });
    if (m[2]) person.roles.push({ text: titleCase(m[2]), start: m.indices![2][0], end: m.indices![2][1] });
  }
}

/**
 * "Peter Dutton", "Ali France": a given name, then a surname that is also a place. Taken only with evidence
 * from the context (a title, an apposition, a speech cue): "Paris Hilton" is found, "Sydney Harbour" is not.
 */
function surnameLikePlace(w: Token[]): boolean {
  return w.length >= 2 && mayBeGivenName(w[0]) && !isNotPersonWord(w[0]) && w.findIndex(isNotPersonWord) === w.length - 1;
}

/** A given name the lexicon knows, or a capitalised word it knows nothing of ("Imogen"): not "Sydney" of "Sydney Harbour". */
function mayBeGivenName(t: Token): boolean {
  return isGivenName(t) || (t.capitalised && !t.acronym && isUnknownWord(t));
}

function hasContextEvidence(chunk: Chunk, text: string): boolean {
  const { tokens } = chunk.paragraph;
  if (titleBefore(tokens, chunk.first, text) || hasSpeechCue(tokens, chunk.first, chunk.last)) return true;
  return chunk.last > chunk.first && (ownedByCountryOrBody(tokens, chunk.first) || titleApposedBefore(tokens, chunk.first, chunk.last, text) !== null || WHO_AFTER.test(text.slice(tokens[chunk.last].end, tokens[chunk.last].end + 60)) || appositionAfter(text, tokens[chunk.last].end, tokens.slice(chunk.last + 1, chunk.last + 24)) !== null);
}

/** "Kazakhstan's Kassym-Jomart Tokayev", "Acme's Dana Whitcombe": a country or a body whose person the name is. */
function ownedByCountryOrBody(tokens: Token[], first: number): boolean {
  const before = first > 0 ? tokens[first - 1] : undefined;
  return before !== undefined && before.possessive && before.capitalised && /^\s+$/u.test(before.gapAfter) && namesCountryOrBody(before) && !isMonthWord(before);
}

/** ", who", ", the self-taught pianist who": a relative clause only people take ("Jair Bolsonaro, who did not visit"). */
const WHO_AFTER = /^,\s+(?:(?:the|a|an|his|her|their)\s+[\p{Ll}\d-]+(?:\s+[\p{Ll}\d-]+){0,3}\s+)?who\s/u;

/** "María Fernanda Ruiz Castañeda" after "Ruiz Castañeda said": given names before a compound surname, which is the
 * one full name the chunk holds. */
function givenNamesBeforeSurname(chunk: Chunk): boolean {
  const w = words(chunk);
  const surname = compoundSurname(w.map((t) => t.lower));
  return surname !== null && w.slice(0, -2).every((t) => isGivenName(t));
}

/**
 * "Bilateral meeting Sheikh Hasina Narendra Modi": a chunk whose words end with a full name the article names
 * elsewhere, after words it names elsewhere on their own ("Sheikh Hasina and her Indian counterpart Narendra
 * Modi"), is two people side by side, not one (whatever order the chunks come in). Returns the test for a chunk.
 */
function twoNamesSideBySide(chunks: Chunk[]): (chunk: Chunk) => boolean {
  const forms = new Set(chunks.map((c) => chunkKey(words(c))));
  const fullNames = chunks.map((c) => words(c)).filter((w) => w.length >= 2);
  return (chunk) => {
    const w = words(chunk);
    for (let k = 1; k + 2 <= w.length; k++) {
      if (forms.has(chunkKey(w.slice(k))) && forms.has(chunkKey(w.slice(0, k)))) return true;
    }
    // "Santiago Cafiero Lula was welcomed" (a caption run into the text): a full name the article uses, then a word of
    // another full name of it ("Luiz Inácio Lula da Silva"), one that shares no word with the first.
    if (w.length < 3 || !forms.has(chunkKey(w.slice(0, -1)))) return false;
    const head = new Set(w.slice(0, -1).map((t) => t.lower));
    const last = w[w.length - 1].lower;
    return fullNames.some((n) => n.some((t) => t.lower === last) && !n.some((t) => head.has(t.lower)));
  };
}

/** The chunk has a known full name and more words: two names side by side, or a name and a stray word. */
function holdsKnownName(people: PersonDraft[], chunk: Chunk): boolean {
  for (let k = chunk.first; k < chunk.last; k++) {
    if (longestFullMatch(people, chunk.paragraph.tokens, k, chunk.last)) return true;
  }
  return false;
}

/** "Park Min Jun — no relation, despite the near-identical name —": the name is someone else's than the one found before. */
const unrelatedAfter = (chunk: Chunk, text: string) => isUnrelatedAt(text, chunk.paragraph.tokens[chunk.last].end);
const isUnrelatedAt = (text: string, end: number) => NO_RELATION.test(text.slice(end, end + 24));
const NO_RELATION = /^\s*(?:[—–]|--?|,|\()\s*no relation\b/iu;

function addFullName(people: PersonDraft[], name: Token[], text: string, generation?: string): void {
  const unrelated = isUnrelatedAt(text, name[name.length - 1].end);
  const form = name.map((t) => t.lower);
  const surface = surfaceOf(name, text);
  const key = nameKey(form);
  const surname = compoundSurname(form);
  const surnameKey = surname ? nameKey(surname) : null;
  // The surname alone may have been found first ("Ruiz Castañeda said", and the full name in a caption).
  // "John Dramani Mahama" and "John Mahama", "Abiy Ahmed Ali" and "Dr. Abiy Ahmed" in one article: one full name the
  // fuller of the other, as across articles (identity.ts), and both opening with the same name ("Luiz Carlos Brekke"
  // and his cousin "Carlos Brekke" are two).
  const fuller = (n: string) => {
    const f = n.toLowerCase().split(/\s+/);
    return form.length >= 2 && f.length >= 2 && foldName(f[0]) === foldName(form[0]) && (isFullerForm(f, form) || isFullerForm(form, f));
  };
  const named = people.filter((p) => p.keys.some((k) => sameNameKey(k, key) || (surnameKey !== null && p.forms.length === 1 && sameNameKey(k, surnameKey))) || p.fullNames.some(fuller));
  // "Erik Halvorsen Sr." and "Erik Halvorsen Jr." are two people; the name with no suffix is the one found first.
  // "— no relation": a person of their own, once (the name's later mentions are told apart by how it is written).
  const same = unrelated
    ? named.find((p) => p.unrelated)
    : generation
      ? (named.find((p) => p.generation === generation) ?? (named.length === 1 && !named[0].generation ? named[0] : undefined))
      : (named.find((p) => p.unrelated && p.fullNames.includes(surface)) ?? named[0]);
  if (!same && unrelated && named.length > 0) {
    people.push({ generation, forms: [form], keys: [key], fullNames: [surface], roles: [], mentions: [], unrelated: true });
    return;
  }
  if (same && generation) same.generation = generation;
  if (!same) {
    people.push({ generation, forms: surname ? [form, surname] : [form], keys: surnameKey ? [key, surnameKey] : [key], fullNames: [surface], roles: [], mentions: [] });
    return;
  }
  if (!same.forms.some((f) => f.join(' ') === form.join(' '))) {
    same.forms.push(form);
    same.keys.push(key);
  }
  if (!same.fullNames.includes(surface)) same.fullNames.push(surface);
}

/** "Jr.", "Sr.", "II", "III", "IV" right after a name ("Erik Halvorsen Sr.", "Robert Hale, Jr."), written one way. */
function generationAt(tokens: Token[], at: number): string | undefined {
  const t = tokens[at];
  if (!t || at === 0 || !/^,?[ \t]+$/u.test(tokens[at - 1].gapAfter) || tokens[at - 1].possessive) return undefined;
  return generationOfWord(t.text);
}
/** "the elder Halvorsen", "the younger Halvorsen": the father and the son of one name. */
const ELDER_OR_YOUNGER = new Map([['elder', 'Sr.'], ['older', 'Sr.'], ['younger', 'Jr.']]);
const generationAfter = (chunk: Chunk) => generationAt(chunk.paragraph.tokens, chunk.last + 1);

/** A name the people hold already, with a suffix none of them has: "Erik Halvorsen Jr." after "Erik Halvorsen Sr.". */
function newGeneration(people: PersonDraft[], chunk: Chunk): boolean {
  const generation = generationAfter(chunk);
  if (!generation) return false;
  const key = nameKey(words(chunk).map((t) => t.lower));
  const named = people.filter((p) => p.keys.some((k) => sameNameKey(k, key)));
  return named.length > 0 && named.every((p) => p.generation !== undefined && p.generation !== generation);
}

/**
 * "Ruiz Castañeda" of "María Fernanda Ruiz Castañeda", "García Márquez" of "Gabriel García Márquez": the two last
 * words of a name of three or more, when the first of them is no given name, particle or initial, are a surname the
 * person is called by on its own. Null otherwise ("Paul Jones" of "John Paul Jones" is no surname).
 */
function compoundSurname(form: string[]): string[] | null {
  if (form.length < 3) return null;
  const [first, last] = form.slice(-2);
  return isGivenName(first) || isParticleWord(first) || /^\p{L}\.?$/u.test(first) || /^\p{L}\.?$/u.test(last) ? null : [first, last];
}

/**
 * "Sergei Lavrov" and "Sergey Lavrov", "Antony Blinken" and "Anthony Blinken", "Kim Jong Un" and
 * "Kim Jong-un", "William H. Pauley" and "William Pauley" are one name.
 */
export function sameName(a: string[], b: string[]): boolean {
  return sameNameKey(nameKey(a), nameKey(b));
}

/** What sameName compares of a name, worked out once for a name compared many times. */
interface NameKey {
  /** The words without inner initials, folded and joined. */
  folded: string;
  words: number;
  /** The words after the first, folded, joined with spaces. */
  rest: string;
  first: string;
  /** The words folded and joined last to first. */
  reversed: string;
}

function nameKey(name: string[]): NameKey {
  // "Lula da Silva" / "Lula de Silva": a Portuguese or Spanish particle spelt another way is the same name.
  const x = withoutInitials(name).map((w, i) => (i > 0 && D_PARTICLE.test(w) ? 'd' : w));
  const folded = x.map(foldName);
  // Folded whole, so that words written apart or together fold alike ("Peng Li Yuan" / "Peng Liyuan").
  return { folded: foldName(x.join('')), words: x.length, rest: folded.slice(1).join(' '), first: x[0], reversed: foldName([...x].reverse().join('')) };
}
const D_PARTICLE = /^d[aeo]s?$/iu;

function sameNameKey(x: NameKey, y: NameKey): boolean {
  if (x.folded === y.folded) return true;
  if (x.words !== y.words || x.words < 2) return false;
  // A family name written first in one and last in the other: "Morita Haruka" / "Haruka Morita".
  if (x.words === 2 && x.reversed === y.folded) return true;
  if (x.rest === y.rest) return compatibleGivenNames(x.first, y.first);
  // "Isaias Afwerki" / "Isaias Afewerki", "Claudia Sheinbaum" / "Scheinbaum": one given name, and a family name
  // romanised with other vowels or misspelt by a letter.
  if (foldName(x.first) === foldName(y.first) && (vowelVariants(x.rest, y.rest) || typoVariants(x.rest, y.rest))) return true;
  // A family name written first ("Kim Jong-un" / "Kim Jung-un"): the given names after it may be spelt two ways.
  return foldName(x.first) === foldName(y.first) && isSurname(x.first) && variantGivenNames(x.rest, y.rest);
}

const GENERATION_WORD = /^(?:jr|sr|ii|iii|iv)\.?$/u;

/**
 * "Asiwaju Bola Ahmed Tinubu" is a fuller form of "Bola Tinubu", "Mohammad Javad Zarif" of "Javad Zarif":
 * every word of the short name (two words or more) is in the long one, in order, the last words agree, and the
 * short name's first word is the long one's first or second (a title or an extra given name may open it). Or the
 * short name opens the long one, which goes on by one name or a lineage ("Andrés Manuel López", "Abiy Ahmed").
 */
export function isFullerForm(long: string[], short: string[]): boolean {
  const l = withoutInitials(long).map(foldName);
  const s = withoutInitials(short).map(foldName);
  // The short name opens the long one, which goes on by one name ("Andrés Manuel López Obrador" without its second
  // surname, "Abiy Ahmed Ali" without his grandfather's), not a suffix ("Erik Halvorsen Jr."), or by a lineage
  // ("Mohammed bin Salman bin Abdulaziz Al Saud").
  if (s.length >= 2 && l.length > s.length && s.every((w, i) => w === l[i])) {
    if (l.length === s.length + 1 && !GENERATION_WORD.test(withoutInitials(long)[s.length].toLowerCase())) return true;
    if (PATRONYMIC.has(l[s.length])) return true;
  }
  if (s.length < 2 || l.length <= s.length || l[l.length - 1] !== s[s.length - 1]) return false;
  // "Luiz Inácio Lula da Silva" and "Luis Inácio Da Silva": a first given name spelt two ways.
  if (l[0] !== s[0] && compatibleGivenNames(l[0], s[0])) s[0] = l[0];
  // (A father's name the short name lacks: "Hamad Al Thani" is not "Hamad bin Jassim Al Thani"; "Qaboos bin Said" is
  // "Sayyid Qaboos bin Said Al Said".)
  if ((l[0] !== s[0] && l[1] !== s[0]) || (long.some((w) => PATRONYMIC.has(w.toLowerCase())) && !short.some((w) => PATRONYMIC.has(w.toLowerCase())))) return false;
  let i = 0;
  for (const w of l) if (w === s[i]) i++;
  return i === s.length;
}

export function withoutInitials(name: string[]): string[] {
  return name.filter((w, i) => i === 0 || i === name.length - 1 || !/^\p{L}\.?$/u.test(w));
}

/** A name of this many words (particles aside) holds more than given names and a surname: "Luiz Inacio Lula da Silva". */
const LONG_NAME_WORDS = 4;

/**
 * The words a person is called by on their own, folded: the last word ("Putin"), the first word
 * when it is a surname written first ("Xi" of "Xi Jinping", "Kim" of "Kim Jong Un") rather than a
 * given name ("Joe" of "Joe Biden" names too many people to stand for one), and an inner word of a long name.
 */
export function shortForms(forms: string[][]): Set<string> {
  const out = new Set<string>();
  for (const f of forms) {
    out.add(foldName(f[f.length - 1]));
    // "Abdel Fattah al-Sisi" is "Sisi" too: outlets write the Arabic article or leave it out.
    const last = f[f.length - 1];
    const bare = last.length > 5 && (last[2] === '-' || last[2] === '‐' || last[2] === '‑') ? withoutArabicArticlePrefix(last) : last;
    if (bare !== last) out.add(foldName(bare));
    if (f.length > 1 && (!isGivenName(f[0]) || isSurname(f[0]))) out.add(foldName(f[0]));
    // "Qaboos bin Said" is "Sultan Qaboos", "Tamim bin Hamad" is "Sheikh Tamim": before a father's name, the given name.
    else if (f.length > 2 && PATRONYMIC.has(f[1].toLowerCase())) out.add(foldName(f[0]));
    // "Andres Manuel Lopez Obrador" is "Lopez", "Luiz Inacio Lula da Silva" is "Lula": an inner word that is no
    // particle or initial, and no given name unless the name is long enough to hold given names and more.
    const long = f.filter((w) => !isParticleWord(w)).length >= LONG_NAME_WORDS;
    for (let i = 1; i < f.length - 1; i++) {
      if (f[i].length > 2 && !isParticleWord(f[i]) && (long || !isGivenName(f[i])) && !/\./.test(f[i])) out.add(foldName(f[i]));
    }
  }
  return out;
}

/** A word that opens someone's full name and ends no one's: "Victoria" of Victoria Ashworth. */
function isGivenNameOnly(people: PersonDraft[], word: Token): boolean {
  // "Xi's government", "Kim's regime": a family name written first is the person's.
  if (isSurname(word) || !(isGivenName(word) || isPersonWord(word))) return false;
  const folded = foldName(word.text);
  const first = people.some((p) => p.forms.some((f) => f.length > 1 && foldName(f[0]) === folded));
  return first && !people.some((p) => p.forms.some((f) => foldName(f[f.length - 1]) === folded));
}
const OFFICE_OF_PLACE =
  /^['’]s\s+(?:(?:state|federal|regional|provincial|former|new|acting|deputy|opposition)\s+)?(?:premier|prime minister|president|governor|mayor|parliament|government|cabinet|capital|king|queen|emir|police|army|economy|rules|laws|health|opposition)\b/iu;

/** The people a word may name as a surname. */
function candidatesForWord(people: PersonDraft[], word: string): PersonDraft[] {
  const folded = foldName(word);
  return people.filter((p) => shortFormsOf(p).has(folded));
}

/** The people a word on its own may name: by surname first, else by given name ("Nick" for Nick Kyrgios). */
function candidatesFor(people: PersonDraft[], word: Token): PersonDraft[] {
  const bySurname = candidatesForWord(people, word.text);
  if (bySurname.length > 0) return bySurname;
  const folded = foldName(word.text);
  return people.filter((p) => p.forms.some((f) => f.length > 1 && foldName(f[0]) === folded));
}

/** Whether a hyphenated word is two or more people's short forms: "Modi-Xi", "Trump-Kim". */
function namesPair(people: PersonDraft[], word: Token): boolean {
  const parts = word.text.split('-');
  return parts.length > 1 && parts.every((part) => part.length > 0 && candidatesForWord(people, part).length > 0);
}

function shortFormsOf(p: PersonDraft): Set<string> {
  if (p.shortForms?.forForms !== p.forms.length) p.shortForms = { forForms: p.forms.length, words: shortForms(p.forms) };
  return p.shortForms.words;
}

/** Walks every chunk in text order and records each name it holds; returns the short forms left ambiguous. */
function collectMentions(chunks: Chunk[], people: PersonDraft[], text: string): Ambiguity[] {
  const ambiguous: Ambiguity[] = [];
  for (const chunk of chunks) {
    if (isPlaceName(chunk)) continue;
    const { tokens } = chunk.paragraph;
    let k = chunk.from;
    while (k <= chunk.last) {
      const full = longestFullMatch(people, tokens, k, chunk.last, text);
      if (full) {
        record(full.person, chunk, k, k + full.length - 1, text);
        k += full.length;
        continue;
      }
      // Particles that open a surname are part of its mention: "von der Leyen", "bin Salman".
      let word = k;
      while (word < chunk.last && isParticle(tokens[word]) && (word === k || !tokens[word].capitalised)) word++;
      const title = mayHaveTitle(chunk, k) ? titleBefore(tokens, k, text) : null;
      // "In April Biden visited": the month names no one, April Ryan neither.
      if (isMonthWord(tokens[word]) && !tokens[word].readAsName) {
        k = word + 1;
        continue;
      }
      // "Victoria's premier", "Georgia's parliament": a given name alone before an office or a body is a place.
      if (word === chunk.last && isGivenNameOnly(people, tokens[word]) && OFFICE_OF_PLACE.test(text.slice(tokens[word].end, tokens[word].end + 40))) {
        k = word + 1;
        continue;
      }
      // "He said trade teams had made progress": a sentence's "He" is the pronoun, not He Lifeng (who is "He Lifeng",
      // "Vice Premier He" when named).
      if (word === k && !title && PRONOUN_NAME.has(tokens[word].text) && SENTENCE_START.test(text.slice(Math.max(0, tokens[word].start - 3), tokens[word].start))) {
        k = word + 1;
        continue;
      }
      // "Halvorsen Sr. said": of two people of one name, the one of that generation.
      const generation = generationAt(tokens, word + 1) ?? ELDER_OR_YOUNGER.get(k > 0 && joined(tokens[k - 1]) ? tokens[k - 1].lower : '');
      const named = candidatesFor(people, tokens[word]);
      const ofGeneration = generation ? named.filter((p) => p.generation === generation) : [];
      const candidates = ofHonorificGender(ofGeneration.length ? ofGeneration : named, title ? text.slice(title.start, tokens[k].start) : '');
      const chosen = candidates.length === 1 ? candidates[0] : resolveShortForm(candidates, tokens[word], chunk.paragraph, title?.role ?? null);
      if (chosen) record(chosen, chunk, k, word, text);
      else if (candidates.length > 1) ambiguous.push({ start: tokens[k].start, end: tokens[word].end, candidates });
      k = word + 1;
    }
  }
  return ambiguous;
}

/** Pronouns that are surnames too (He Lifeng, He Yafei): capitalised, at a sentence's start, they are the pronoun. */
const PRONOUN_NAME = new Set(['He', 'She']);
/** A sentence or a paragraph starts right before: "…. He", a quotation's "“He", or the start of the text. */
const SENTENCE_START = /(?:^|[.!?]['’"”»)]?\s+|\n\s*|["“‘«(]\s*)$/u;

/**
 * "Ms Tran" of Helen and David Tran: of several people a short form may name, those an honorific before it may
 * address, as far as the article tells their gender (an honorific it used for them, a role: "her husband").
 */
function ofHonorificGender(candidates: PersonDraft[], titleWords: string): PersonDraft[] {
  if (candidates.length < 2 || !titleWords) return candidates;
  const addressed = genderOf({ name: titleWords, aliases: [], role: null });
  if (!addressed) return candidates;
  const fitting = candidates.filter((p) => draftGender(p) !== (addressed === 'male' ? 'female' : 'male'));
  return fitting.length ? fitting : candidates;
}

/**
 * "Mr. Biden and first lady Dr. Jill Biden welcomed …": a surname whose honorific addresses a gender that none of the
 * people it could be short for has, as far as the article tells, is someone else's (the president the article never
 * names in full).
 */
function addressesNoneOf(chunk: Chunk, candidates: PersonDraft[], text: string, genderOfFullName: Map<string, Gender | null>): boolean {
  const addressed = genderOfTitle(chunk, text);
  const other = addressed === 'male' ? 'female' : 'male';
  return addressed !== null && candidates.every((p) => (draftGender(p) ?? p.fullNames.map((n) => genderOfFullName.get(n)).find(Boolean)) === other);
}

/** The gender the title before a chunk's name says ("Mr.", "first lady Dr."), if any. */
function genderOfTitle(chunk: Chunk, text: string): Gender | null {
  const { tokens } = chunk.paragraph;
  const title = mayHaveTitle(chunk, chunk.first) ? titleBefore(tokens, chunk.first, text) : null;
  return title ? genderOf({ name: text.slice(title.start, tokens[chunk.first].start), aliases: [], role: text.slice(title.start, tokens[chunk.first].start) }) : null;
}

function draftGender(p: PersonDraft): Gender | null {
  // A title written with the name counts as a role: "first lady Dr. Jill Biden".
  const titled = p.mentions.flatMap((m) => (m.titled ? [m.titled] : []));
  return genderOf({ name: '', aliases: titled, role: [...p.roles.map((r) => r.text), ...titled].join(' ; ') || null });
}

/** Whether the mention at tokens[k …] is the unrelated person's: "no relation" follows it, or it is written as only they are. */
function unrelatedHere(person: PersonDraft, tokens: Token[], k: number, length: number, text: string): boolean {
  const end = tokens[k + length - 1].end;
  if (isUnrelatedAt(text, end)) return true;
  const written = text.slice(tokens[k].start, end).replace(/\s+/gu, ' ');
  return person.fullNames.includes(written);
}

function longestFullMatch(people: PersonDraft[], tokens: Token[], k: number, last: number, text = ''): { person: PersonDraft; length: number } | null {
  let best: { person: PersonDraft; length: number } | null = null;
  const here: NameKey[] = [];
  for (const person of people) {
    for (let f = 0; f < person.forms.length; f++) {
      const length = person.forms[f].length;
      const longest: number = best?.length ?? 0;
      if (length < 2 || k + length - 1 > last || longest > length) continue;
      const words = (here[length] ??= nameKey(tokens.slice(k, k + length).map((t) => foldName(t.text))));
      if (!sameNameKey(person.keys[f], words)) continue;
      // Of two people of one name, the one whose suffix follows ("Halvorsen Sr."), the one unrelated to the other that
      // "no relation" follows or that the name is written as ("Park Min Jun", not "Park Min-jun"), else the one found first.
      const generationFits = person.generation !== undefined && person.generation === generationAt(tokens, k + length);
      if (longest === length && !generationFits && !(person.unrelated && unrelatedHere(person, tokens, k, length, text))) continue;
      best = { person, length };
    }
  }
  return best;
}

/**
 * Whether a name starting at token `at` can have a title before it: it opens its run of capitalised words, or
 * only words that are no name stand before it in the run, as the place in "Minister of Defense of Ukraine
 * Volodymyr Havrylov" does.
 */
function mayHaveTitle(chunk: Chunk, at: number): boolean {
  return at === chunk.from || at === chunk.first || chunk.paragraph.tokens[chunk.from - 1]?.lower === 'of';
}

function record(person: PersonDraft, chunk: Chunk, first: number, last: number, text: string): void {
  const { tokens } = chunk.paragraph;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const title = mayHaveTitle(chunk, first) ? titleBefore(tokens, first, text) : null;
  const apposedTo = first === chunk.first && last === chunk.last && last > first ? titleApposedBefore(tokens, first, last, text) : null;
  // "the Emir of Kontagora, Ibrahim Namaska, the Emir of Borgu, Haliru Dantoro": after a title in apposition before
  // the name, the one after it is the next name's.
  // "Erik Dahl Jr., currently the chief operating officer,": the apposition comes after the name's suffix.
  const suffix = generationAt(tokens, last + 1) ? last + 1 : last;
  const nameEnd = suffix > last ? tokens[suffix].end + Number(text[tokens[suffix].end] === '.') : end;
  // ("Her co-author, Dr Tomas Berg, a remote-sensing specialist,": a title that only relates them leaves the apposition after.)
  const apposition = (last === chunk.last || suffix === chunk.last) && (!apposedTo || isRelationalRole(apposedTo.text)) ? appositionAfter(text, nameEnd, tokens.slice(suffix + 1, suffix + 24)) : null;
  // "her mother, Hope Wynn, worked as a weaver": a full name the subject of its clause, what the clause says it is (a
  // surname alone may stand for another of that name).
  const opening = title ? tokens.findIndex((t) => t.start === title.start) : first;
  const subject = opening === 0 || /[,;:.!?"“”(—–]/u.test(tokens[opening - 1]?.gapAfter ?? '');
  const inClause = last === chunk.last && last > first && subject ? roleInClauseAfter(text, end, tokens.slice(last + 1, last + 60)) : null;
  // "Its spokesman, retired teacher Frank Jordan,": the title the name is apposed to comes before the one next to it.
  for (const role of [apposedTo, title?.role, apposition, inClause]) if (role) person.roles.push(role);
  const surface = surfaceOf(tokens.slice(first, last + 1), text);
  person.mentions.push({ start, end, paragraph: chunk.paragraph.index, caption: chunk.paragraph.caption, surface, titled: title ? text.slice(title.start, start) + surface : null });
  if (last > first) addFullName([person], tokens.slice(first, last + 1), text);
}

/** Name words as written, but a surname in capitals in ordinary case ("Emmanuel Macron" for "Emmanuel MACRON"). */
function surfaceOf(words: Token[], text: string): string {
  let out = '';
  // A nickname between the words ('Marcus "Tank" Delaney') is no part of the name.
  for (let k = 0; k < words.length; k++) out += (k > 0 ? text.slice(words[k - 1].end, words[k].start).replace(QUOTED_GAP, ' ') : '') + words[k].text;
  return out;
}
const QUOTED_GAP = /^\s+["“'‘].*["”'’]\s+$/su;

/** The paragraphs a short form may reach back to find the person it stands for. */
const MAX_PARAGRAPHS_BACK = 3;

/**
 * Which of several people sharing a short form ("Li": Li Shangfu or Li Hui) one occurrence names:
 * the one whose title matches ("Defense Minister Li"), else the only one named so far, else the one
 * named most recently when the other was last named in an earlier paragraph, else (both last named in one paragraph)
 * the only one the short form already stood for. Otherwise null: ambiguous.
 */
function resolveShortForm(candidates: PersonDraft[], word: Token, paragraph: Paragraph, role: Role | null): PersonDraft | null {
  if (candidates.length === 0) return null;
  if (role) {
    const titled = candidates.filter((p) => p.roles.some((r) => shareTitleWord(r.text, role.text)));
    if (titled.length === 1) return titled[0];
  }
  // "Mr. Biden and first lady Dr. Jill Biden": of the two, the one the article names by the surname alone (a person of
  // their own only because its honorific fits no one named in full, see addressesNoneOf) is who it stands for.
  const bySurnameAlone = candidates.filter((p) => p.fullNames.every((n) => !/\s/u.test(n)));
  if (candidates.length === 2 && bySurnameAlone.length === 1) return bySurnameAlone[0];
  // In the story, someone it named counts before someone named only in a photo caption since.
  const storyFirst = !paragraph.caption;
  const named = candidates
    .map((person) => ({ person, last: lastMentionBefore(person, word.start, storyFirst) }))
    .filter((x): x is { person: PersonDraft; last: Mention } => x.last !== null)
    .sort((a, b) => (storyFirst ? Number(a.last.caption) - Number(b.last.caption) : 0) || b.last.start - a.last.start);
  if (named.length === 1) return named[0].person;
  if (named.length < 2) return null;
  const [best, second] = named;
  const recent = paragraph.index - best.last.paragraph <= MAX_PARAGRAPHS_BACK;
  const before = best.last.paragraph > second.last.paragraph || (storyFirst && second.last.caption && !best.last.caption);
  if (recent && before) return best.person;
  // "Arévalo, who took office this year, noted … his father Juan José Arévalo … 'We want a border that unites,'
  // Arévalo said": named alike in one paragraph, the short form goes on standing for the one it stood for.
  if (!recent || best.last.paragraph !== second.last.paragraph) return null;
  const bySurface = named.filter((x) => x.person.mentions.some((m) => m.start < word.start && m.surface === word.text));
  return bySurface.length === 1 ? bySurface[0].person : null;
}

/** The person's last mention before `offset`; in the story (`storyFirst`), one in the story before one in a caption. */
function lastMentionBefore(p: PersonDraft, offset: number, storyFirst: boolean): Mention | null {
  let last: Mention | null = null;
  const later = (m: Mention, than: Mention) => (storyFirst && m.caption !== than.caption ? than.caption : m.start > than.start);
  for (const m of p.mentions) if (m.start < offset && (!last || later(m, last))) last = m;
  return last;
}

function shareTitleWord(a: string, b: string): boolean {
  const titleWords = (s: string) => tokenize(s).filter((t) => !isCommonWord(t) || isRoleWord(t)).map((t) => t.lower);
  const x = new Set(titleWords(a));
  return titleWords(b).some((w) => x.has(w));
}

const MAX_ROLE_WORDS = 8;

/** The most informative role: a capitalised title ("Defense Minister") before a description, longer before shorter. */
function bestRole(roles: Role[]): string | null {
  const ranked = roles
    .map((r) => ({ text: r.text, size: tokenize(r.text).length, formal: tokenize(r.text).some((t) => t.capitalised && isTitle(t)) }))
    .filter((r) => r.size <= MAX_ROLE_WORDS)
    .sort((a, b) => Number(isRelationalRole(a.text)) - Number(isRelationalRole(b.text)) || Number(b.formal) - Number(a.formal) || b.size - a.size);
  return ranked[0]?.text ?? roles[0]?.text ?? null;
}

/** The fullest name used, the most frequent of those when several are as full. */
function nameOf(p: PersonDraft): string {
  const size = (n: string) => n.split(/\s+/).length;
  const longest = Math.max(...p.fullNames.map(size));
  const count = (n: string) => p.mentions.filter((m) => m.surface === n).length;
  return p.fullNames.filter((n) => size(n) === longest).sort((a, b) => count(b) - count(a))[0];
}

/** The name a person is shown by: the fullest form, and the suffix that tells them from another of that name. */
function displayNameOf(p: PersonDraft): string {
  return p.generation ? `${nameOf(p)} ${p.generation}` : nameOf(p);
}

function toArticlePerson(p: PersonDraft): ArticlePerson {
  const name = displayNameOf(p);
  const aliases = new Set<string>();
  for (const m of p.mentions) {
    aliases.add(m.surface);
    if (m.titled) aliases.add(m.titled);
  }
  aliases.delete(name);
  const mentions = p.mentions.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start);
  return { key: slug(name), name, aliases: [...aliases], role: bestRole(p.roles), mentions };
}

/** "Park Min-jun" and, "no relation", "Park Min Jun": two people whose names make one key; the second is told apart. */
function withUniqueKeys(people: ArticlePerson[]): ArticlePerson[] {
  const used = new Set<string>();
  for (const p of people) {
    let key = p.key;
    for (let n = 2; used.has(key); n++) key = `${p.key}-${n}`;
    used.add((p.key = key));
  }
  return people;
}

function toAmbiguous(a: Ambiguity): AmbiguousMention {
  return { start: a.start, end: a.end, candidates: a.candidates.map((p) => slug(displayNameOf(p))) };
}
