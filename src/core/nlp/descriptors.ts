import type { Article, ArticlePeople, ArticlePerson, Span } from '../model';
import { contentBlocks } from '../article/readArticle';
import { COUNTRY_NAME_SOURCE, DEMONYM_SOURCE, countryOfDemonym, countryOfPlace } from '../events/geography';
import { tokenize } from './tokens';
import { isConnector, isRoleWord, isTitle } from './words';

/**
 * Role descriptions that stand for a person named elsewhere in the article: "the Chinese leader", "the US
 * president", "his American counterpart", "the Kremlin chief". A description is resolved only when exactly one
 * person of the article fits its nationality and its kind of office; otherwise it stays unresolved.
 */

/** A description in the text and the person (ArticlePerson.key) it stands for. */
export interface DescriptorMention extends Span {
  text: string;
  key: string;
}

/** Kinds of office a description can name; a person holds those their titles show. */
type Office = 'leader' | 'president' | 'government-head' | 'diplomat' | 'defence' | 'heir';

/** What a description asks for: a country (or none) and an office, or a counterpart of someone named before. */
interface Description {
  country: string | null;
  offices: Office[] | 'counterpart';
}

const cap = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
const words = (...ws: string[]) => ws.map((w) => w.split(' ').map(cap).join('\\s+')).join('|');

/** Office words in a description, with the offices they accept. General English, not corpus data. */
const DESCRIPTOR_OFFICES: Array<[RegExp, Office[] | 'counterpart']> = [
  [/^counterpart$/i, 'counterpart'],
  [/^(?:leader|head of state|strongman|ruler|dictator|chief|supremo)$/i, ['leader']],
  [/^president$/i, ['president']],
  [/^(?:prime minister|premier|chancellor|head of government)$/i, ['government-head']],
  [/^(?:foreign minister|foreign secretary|secretary of state|top diplomat|chief diplomat|diplomat)$/i, ['diplomat']],
  [/^(?:defen[cs]e minister|defen[cs]e secretary|defen[cs]e chief)$/i, ['defence']],
  [/^crown prince$/i, ['heir']],
];
const OFFICE_WORD = words(
  'head of state', 'head of government', 'prime minister', 'foreign minister', 'foreign secretary', 'secretary of state',
  'top diplomat', 'chief diplomat', 'defence minister', 'defense minister', 'defence secretary', 'defense secretary',
  'defence chief', 'defense chief', 'counterpart', 'leader', 'strongman', 'ruler', 'dictator', 'chief', 'supremo',
  'president', 'premier', 'chancellor', 'diplomat', 'crown prince',
);
/** Offices specific enough to stand without a nationality ("the secretary of state", "the prime minister"). */
const SPECIFIC_OFFICE = words('prime minister', 'foreign minister', 'foreign secretary', 'secretary of state', 'defence minister', 'defense minister', 'chancellor', 'premier', 'president', 'crown prince');

/** Institutions that stand for a country's leadership. */
const INSTITUTIONS: Record<string, string> = { kremlin: 'Russia', 'white house': 'United States' };

const DETERMINER = '(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)';
const QUALIFIER = '(?:(?:visiting|outgoing|incoming|new|current|sitting|top|senior)\\s+)?';
/** "an Indian prime minister", "any US president": anyone holding the office, not one person. */
const NOT_ONE_PERSON = '(?<!\\b(?:[Aa]n?|[Aa]ny|[Aa]nother|[Ee]very|[Ee]ach|[Nn]o|[Ff]irst|[Ss]itting|[Ff]uture|[Ff]ormer|[Pp]revious|[Ll]ate)\\s+)';
const NATIONALITY = `(?:(${DEMONYM_SOURCE})|(${COUNTRY_NAME_SOURCE})['’]s|(Kremlin|White House))`;
const WITH_NATIONALITY = new RegExp(
  `(?<![\\p{L}.])${NOT_ONE_PERSON}(?:${DETERMINER}\\s+)?${QUALIFIER}${NATIONALITY}\\s+${QUALIFIER}(${OFFICE_WORD})(?![\\p{L}-])`,
  'gu',
);
/** "the Prime Minister of Italy", "President of the Republic of Korea" (a headline's, with no article): the office, then its country. */
const OF_COUNTRY = new RegExp(
  `(?<![\\p{L}.])${NOT_ONE_PERSON}(?:${DETERMINER}\\s+)?${QUALIFIER}(${OFFICE_WORD})\\s+of\\s+(?:the\\s+)?(${COUNTRY_NAME_SOURCE})(?![\\p{L}-])`,
  'gu',
);
/** A role that names its country after the office: "Prime Minister of Italy". */
const ROLE_OF_COUNTRY = new RegExp(`^(?:the\\s+)?${QUALIFIER}(?:${OFFICE_WORD})\\s+of\\s+(?:the\\s+)?(${COUNTRY_NAME_SOURCE})$`, 'u');
const WITHOUT_NATIONALITY = new RegExp(`(?<![\\p{L}])[Tt]he\\s+${QUALIFIER}(${SPECIFIC_OFFICE})(?![\\p{L}-])`, 'gu');
/** The office word both patterns end in (SPECIFIC_OFFICE is part of OFFICE_WORD): a cheap test before them. */
const ANY_OFFICE_WORD = new RegExp(`(?:${OFFICE_WORD})(?![\\p{L}-])`, 'u');
const OFFICE_WORD_AT = new RegExp(ANY_OFFICE_WORD.source, 'gu');
/** Every OF_COUNTRY match holds " of ": a cheap test before it. */
const OF = /\sof\s/;
/** Characters no WITH_NATIONALITY match holds (it is made of letters, spaces, apostrophes and periods). */
const NOT_IN_A_DESCRIPTION = new Set(',;:!?()[]{}"“”«»0123456789-–—/&+*=<>|'.split(''));

/** "Chinese President ", "North Korea's leader ", "his American counterpart ": what stands before a name. */
const NATIONALITY_BEFORE_NAME = new RegExp(`(?<![\\p{L}.])${NATIONALITY}\\s+((?:[\\p{L}.-]+\\s+){1,5})$`, 'u');
const WINDOW = 80;
/** A role phrase that opens with a nationality: "Chinese President", "the US Secretary of State". */
const PHRASE_NATIONALITY = new RegExp(`^(?:the\\s+)?${NATIONALITY}\\s`, 'u');

interface Profile {
  person: ArticlePerson;
  countries: Set<string>;
  offices: Set<Office>;
}

/**
 * What the descriptions of one article's people come to, worked out on first need and kept. readFile.ts makes
 * one per article and hands it to the events reader and the statements reader, which both need it.
 */
export class ArticleDescriptions {
  private profileList?: Profile[];
  private found?: readonly DescriptorMention[];

  constructor(
    readonly article: Article,
    readonly people: ArticlePeople,
  ) {}

  /** Every description in the article's content that one person fits, with that person's key, in order. */
  get descriptors(): readonly DescriptorMention[] {
    if (this.people.people.length === 0) return [];
    return (this.found ??= describe(this.article, this.people, this.profiles));
  }

  /** The countries each person of the article serves, as their titles show ("Chinese President", "U.S. Secretary of State"). */
  nationalities(): Map<string, Set<string>> {
    return new Map(this.profiles.map((p) => [p.person.key, p.countries]));
  }

  private get profiles(): Profile[] {
    return (this.profileList ??= profilesOf(this.article, this.people));
  }
}

/** Every description in the article's content that one person fits (the one-shot form of ArticleDescriptions). */
export function findDescriptors(article: Article, people: ArticlePeople): DescriptorMention[] {
  return [...new ArticleDescriptions(article, people).descriptors];
}

function describe(article: Article, people: ArticlePeople, profiles: Profile[]): DescriptorMention[] {
  let starts: Set<number> | undefined;
  const out: DescriptorMention[] = [];
  for (const block of contentBlocks(article)) {
    const text = article.text.slice(block.start, block.end);
    // Both patterns end in an office word: a paragraph without one holds no description.
    if (!ANY_OFFICE_WORD.test(text)) continue;
    for (const found of descriptionsIn(text)) {
      const start = block.start + found.start;
      const end = block.start + found.end;
      starts ??= new Set(people.people.flatMap((p) => p.mentions.map((m) => m.start)));
      if (namesFollow(article.text, end, starts)) continue;
      const key = resolve(found.description, profiles, start);
      if (key) out.push({ start, end, text: article.text.slice(start, end), key });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The person a description at `span` stands for, or null when it is no description or fits none or several. */
export function resolveDescriptor(article: Article, people: ArticlePeople, span: Span): string | null {
  const text = article.text.slice(span.start, span.end);
  const found = descriptionsIn(text).find((d) => d.start === 0 && d.end === text.length) ?? descriptionsIn(text)[0];
  if (!found) return null;
  return resolve(found.description, profilesOf(article, people), span.start + found.start);
}

interface Found extends Span {
  description: Description;
}

function descriptionsIn(text: string): Found[] {
  const out: Found[] = [];
  for (const m of withNationality(text)) {
    const country = nationalityOf(m);
    const offices = officesOfWord(m[4]);
    if (country && offices) out.push({ start: m.index!, end: m.index! + m[0].length, description: { country, offices } });
  }
  if (OF.test(text)) {
    for (const m of text.matchAll(OF_COUNTRY)) {
      const offices = officesOfWord(m[1]);
      const country = countryOfPlace(m[2]);
      if (Array.isArray(offices) && country && !out.some((d) => d.start < m.index! + m[0].length && m.index! < d.end)) out.push({ start: m.index!, end: m.index! + m[0].length, description: { country, offices } });
    }
  }
  for (const m of text.matchAll(WITHOUT_NATIONALITY)) {
    if (out.some((d) => d.start <= m.index! && m.index! < d.end)) continue;
    const offices = officesOfWord(m[1]);
    if (offices) out.push({ start: m.index!, end: m.index! + m[0].length, description: { country: null, offices } });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The matches of WITH_NATIONALITY in `text`, as `text.matchAll` finds them, but with the costly pattern tried
 * only near an office word: each match holds one, and only letters, spaces, apostrophes and periods before it, so
 * no match starts before the last other character ahead of the next office word.
 */
function withNationality(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let from = 0; from < text.length; ) {
    OFFICE_WORD_AT.lastIndex = from;
    const office = OFFICE_WORD_AT.exec(text);
    if (!office) break;
    let start = office.index;
    while (start > from && !NOT_IN_A_DESCRIPTION.has(text[start - 1])) start--;
    WITH_NATIONALITY.lastIndex = start;
    const m = WITH_NATIONALITY.exec(text);
    if (!m) break;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

function officesOfWord(word: string): Office[] | 'counterpart' | null {
  const w = word.replace(/\s+/g, ' ');
  return DESCRIPTOR_OFFICES.find(([re]) => re.test(w))?.[1] ?? null;
}

/** "the Chinese leader Xi Jinping", "the US president, Joe Biden": a title before a name, not a description. */
function namesFollow(text: string, end: number, starts: Set<number>): boolean {
  const m = /^(?:\s*,)?\s+/.exec(text.slice(end, end + 4));
  if (!m) return false;
  const next = end + m[0].length;
  return starts.has(next) || (!m[0].includes(',') && /^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2)));
}

function resolve(d: Description, profiles: Profile[], at: number): string | null {
  let fitting = profiles.filter((p) => d.country === null || p.countries.has(d.country));
  if (d.offices === 'counterpart') {
    if (d.country === null) return null;
    if (fitting.length > 1) {
      // "Xi … his American counterpart": of that country, the one holding the office of the person named before.
      const before = nearestBefore(profiles, at, d.country);
      fitting = before ? fitting.filter((p) => [...p.offices].some((o) => before.offices.has(o))) : [];
    }
  } else {
    const offices = d.offices;
    fitting = fitting.filter((p) => offices.some((o) => p.offices.has(o)));
  }
  return fitting.length === 1 ? fitting[0].person.key : null;
}

/** The person named last before `at` whose country is not `country` (whose counterpart is meant). */
function nearestBefore(profiles: Profile[], at: number, country: string): Profile | null {
  let best: { p: Profile; start: number } | null = null;
  for (const p of profiles) {
    if (p.countries.has(country)) continue;
    for (const m of p.person.mentions) if (m.end <= at && at - m.end <= 400 && (!best || m.start > best.start)) best = { p, start: m.start };
  }
  return best?.p ?? null;
}

/** Each person's countries and offices, from their role, their titled name forms and the words before each mention. */
function profilesOf(article: Article, people: ArticlePeople): Profile[] {
  return people.people.map((person) => {
    const countries = new Set<string>();
    const offices = new Set<Office>();
    const phrases = [person.role ?? '', ...person.aliases];
    for (const m of person.mentions) {
      const window = article.text.slice(Math.max(0, m.start - WINDOW), m.start);
      const t = titleBeforeName(window.slice(window.lastIndexOf('\n') + 1));
      if (t) {
        countries.add(t.country);
        phrases.push(t.title);
      }
    }
    for (const phrase of phrases) {
      const n = PHRASE_NATIONALITY.exec(phrase);
      const country = n && isTitlePhrase(phrase.slice(n[0].length)) ? nationalityOf(n) : null;
      if (country) countries.add(country);
      const of = ROLE_OF_COUNTRY.exec(phrase);
      const countryAfter = of && countryOfPlace(of[1]);
      if (countryAfter) countries.add(countryAfter);
      for (const o of officesOfRole(phrase)) offices.add(o);
    }
    return { person, countries, offices };
  });
}

/** The nationality and title that stand right before a name: "U.S. Secretary of State ", "his Chinese counterpart ". */
function titleBeforeName(before: string): { country: string; title: string } | null {
  for (let from = 0; from < before.length; ) {
    const t = NATIONALITY_BEFORE_NAME.exec(before.slice(from));
    if (!t) return null;
    const country = nationalityOf(t);
    const tokens = tokenize(t[4]);
    if (country && tokens.length > 0 && tokens.every((w) => isRoleWord(w) || isConnector(w)) && tokens.some(isTitle)) return { country, title: t[4].trim() };
    from += t.index + 1;
  }
  return null;
}

function nationalityOf(m: RegExpExecArray): string | null {
  return m[1] ? countryOfDemonym(m[1]) : m[2] ? countryOfPlace(m[2]) : m[3] ? INSTITUTIONS[m[3].toLowerCase()] ?? null : null;
}

/** A role phrase that opens with title words holding a title ("Secretary of State Antony Blinken" → true). */
function isTitlePhrase(phrase: string): boolean {
  const tokens = tokenize(phrase);
  const end = tokens.findIndex((t) => !(isRoleWord(t) || isConnector(t)));
  const head = end < 0 ? tokens : tokens.slice(0, end);
  return head.some(isTitle);
}

const NOT_THE_OFFICE = /\b(?:vice|deputy|former|ex|assistant|under|then|acting)[\s-]+$/i;

/** Office words in a role or title, with the offices each holds: "Chinese President" → president and leader. */
const ROLE_OFFICES: Array<[RegExp, Office[]]> = [
  [/\bpresident\b/gi, ['president', 'leader']],
  [/\b(?:prime minister|premier|chancellor)\b/gi, ['government-head', 'leader']],
  // As headlines and captions abbreviate them: "Greek PM Mitsotakis", "Indian FM Jaishankar".
  [/\bPM\b/g, ['government-head', 'leader']],
  [/\bFM\b/g, ['diplomat']],
  [/\b(?:leader|king|queen|emir|sultan|monarch|chairman|general secretary|dictator|ruler)\b/gi, ['leader']],
  [/\b(?:foreign minister|foreign secretary|secretary of state|(?:top|chief) diplomat|minister of foreign affairs|foreign affairs minister|diplomat)\b/gi, ['diplomat']],
  [/\b(?:defen[cs]e minister|defen[cs]e secretary|minister of defen[cs]e|secretary of defen[cs]e)\b/gi, ['defence']],
  [/\bcrown prince\b/gi, ['heir']],
];

/** The offices a role or title holds: "Chinese President" → president and leader. */
function officesOfRole(role: string): Office[] {
  const out: Office[] = [];
  const has = (re: RegExp) => {
    for (const m of role.matchAll(re)) {
      if (!NOT_THE_OFFICE.test(role.slice(0, m.index)) && !/^-elect/i.test(role.slice(m.index! + m[0].length))) return true;
    }
    return false;
  };
  for (const [re, offices] of ROLE_OFFICES) if (has(re)) out.push(...offices);
  return [...new Set(out)];
}
