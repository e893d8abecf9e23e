import type { Block, Span } from '../model';
import type { PeopleIndex } from './peopleIndex';
import { foldName, titleCase } from '../nlp/nameForms';
import { labelGivesOffice, mayOpenWithLabel } from '../nlp/labels';
import { isGivenName } from '../nlp/words';
import { shortForms } from '../nlp/findPeople';
import { testWhereFound } from '../text/regexMatches';
import type { Discourse } from './speakers';

/**
 * Interviews in question-and-answer form: paragraphs opening with a dash ("— Is China ready…?") or with
 * "Q:" / "A:". Questions end in a question mark (or carry "Q:"); answers run on through the following
 * paragraphs without a dash until the next question.
 *
 * Transcripts, where each turn opens with its speaker's label ("ANTHONY ALBANESE, PRIME MINISTER:",
 * "JOURNALIST:", "Mao Ning:"), are read the same way: each turn, and the paragraphs that carry it on, is
 * the labelled speaker's.
 */

export type InterviewTurn = 'question' | 'answer';

export interface InterviewPart extends Span {
  /** Start of the paragraph (before any dash or "Q:"). */
  paragraphStart: number;
  turn: InterviewTurn;
  /** The paragraph carries on the answer before it (no dash of its own). */
  continued: boolean;
  /** In a transcript, who the turn's label names: a person of the article, or the label's own words. */
  speaker?: { key: string | null; text: string | null };
}

export interface Interview {
  /** Parts by their paragraph's start offset. */
  parts: Map<number, InterviewPart>;
  /** The person interviewed, as an ArticlePerson key, or null when the article does not name them. */
  interviewee: string | null;
  /** Who asks: the outlet or interviewer the article names. */
  interviewer: string;
}

const TURN_MARK = /^(?:[—–-]\s+|(Q|A)\s*[:.]\s+)/u;
const INTERVIEW_WITH = /\b(?:interview(?:ed)?\s+(?:with|by|to)|(?:spoke|talked)\s+(?:with|to))\s+((?:the\s+)?[\p{Lu}][\p{L}’'&-]*(?:\s+[\p{Lu}][\p{L}’'&-]*){0,3})/u;
const MIN_TURNS = 2;

export function findInterview(text: string, blocks: Block[], outlet: string | null, people: PeopleIndex, discourse: Discourse): Interview | null {
  const transcript = transcriptParts(text, blocks, people);
  const isTranscript = transcript.some((p) => p.speaker);
  let parts = isTranscript ? transcript : interviewParts(text, blocks, false);
  // Questions in paragraphs of their own, without a mark, after the lead says it is an interview.
  if (!isTranscript && parts.length === 0 && testWhereFound(INTERVIEW_WORD, INTERVIEW_SIGNAL, text)) {
    const bare = interviewParts(text, blocks, true);
    if (bare.length && INTERVIEW_SIGNAL.test(text.slice(0, bare[0].paragraphStart))) parts = bare;
  }
  // Questions make an interview; in a transcript, the labels alone do (a doorstop of two speeches), and
  // transcriptParts has checked how many.
  if (!isTranscript && (parts.filter((p) => !p.continued).length < MIN_TURNS || !parts.some((p) => p.turn === 'question'))) return null;
  const firstQuestion = parts[0].start;
  const lead = blocks.filter((b) => b.end <= firstQuestion).map((b) => text.slice(b.start, b.end));
  const leadStart = blocks[0]?.start ?? 0;
  const interviewer = lead.map((t) => INTERVIEW_WITH.exec(t)?.[1]).find(Boolean) ?? outlet ?? 'the interviewer';
  const heard = mostHeard(parts, text);
  // In a transcript, a turn that asks something ("Can you give us an update? He has not played.") is a
  // question, unless it is the most heard speaker's.
  for (const p of parts) if (p.speaker && !p.continued && p.speaker.key !== heard && text.slice(p.start, p.end).includes('?')) p.turn = 'question';
  return {
    parts: new Map(parts.map((p) => [p.paragraphStart, p])),
    interviewee: heard ?? interviewee(text, leadStart, firstQuestion, people, discourse),
    interviewer,
  };
}

/** A paragraph the reporter tells after the answers: a name, then its verb ("Stubb later flew to Washington"), a
 * relative clause between them or not ("Mateo, who joined us at the end, was more direct about his plans"). */
const NARRATION =
  /^(?!(?:I|We|It|This|That|These|Those|There|They|He|She|You|Our|My|Yes|No|The|And|But|So|If|When|What|Of|As)\b)(?:\p{Lu}[\p{L}'’.-]+\s+){0,2}\p{Lu}[\p{L}'’.-]+(?:,\s+(?:who|whose)\s[^,;:.!?"“”]{1,80},)?\s+(?:later|also|then|afterwards|has|had|was|will|\p{Ll}{3,}ed)\b/u;

/** What says an article is an interview, in the reporter's words: "spoke with The Times", "has been edited and condensed". */
const INTERVIEW_SIGNAL = /\b(?:interview(?:ed)?|Q\s*&\s*A|conversation|(?:spoke|talked)\s+(?:with|to))\b|\bedited\s+(?:and|for)\s+(?:condensed|length|clarity)\b/iu;
/** A word or mark each of INTERVIEW_SIGNAL's alternatives has. */
const INTERVIEW_WORD = /interview|&|conversation|spoke|talked|edited/iu;
/** A paragraph that only asks, with no quotation in it: a question of a bare interview. */
const BARE_QUESTION = /^[^"“”«»\n]{8,300}\?\s*$/u;
/** A paragraph that is one quotation: its opening mark, its words, its closing mark. */
const ENCLOSED = /^(\s*["“])(.+)(["”]\s*)$/u;
/** A paragraph in which the reporter tells what someone said: it ends the answers of a bare interview. What someone
 * "told me" is the interviewee's own account ("He told me last year he wanted to cook his own food"). */
const REPORTED = /(?:^|[,.;]\s+|["”]\s*,?\s*)(?:(?:he|she|they)\s+|(?:\p{Lu}[\p{L}'’.-]+,?\s+){1,3})(?:(?:also|later|then)\s+)?(?:said|says|added|told|replied|dismissed)\b(?!\s+(?:me|us)\b)/u;

/**
 * The turns of an interview marked by dashes or "Q:" / "A:"; with `bare`, also questions in paragraphs of their
 * own ("What do you expect from the meeting?"), each answered by the paragraphs after it.
 */
function interviewParts(text: string, blocks: Block[], bare: boolean): InterviewPart[] {
  const parts: InterviewPart[] = [];
  let previous: InterviewPart | null = null;
  for (const b of blocks) {
    if (b.kind !== 'body' && b.kind !== 'heading') continue;
    const line = text.slice(b.start, b.end);
    const mark = b.kind === 'body' ? TURN_MARK.exec(line) : null;
    if (bare && BARE_QUESTION.test(line)) {
      previous = { start: b.start, end: b.end, paragraphStart: b.start, turn: 'question', continued: false };
      parts.push(previous);
    } else if (bare && previous?.turn === 'question' && (b.kind === 'body' || ENCLOSED.test(line)) && !REPORTED.test(line)) {
      previous = { ...answerWords(b, line), paragraphStart: b.start, turn: 'answer', continued: false };
      parts.push(previous);
    } else if (bare && REPORTED.test(line)) {
      previous = null;
    } else if (endsTurn(b, line)) {
      previous = null;
    } else if (mark) {
      const turn: InterviewTurn = mark[1] === 'Q' || (!mark[1] && /\?\s*$/u.test(line)) ? 'question' : 'answer';
      previous = { start: b.start + mark[0].length, end: b.end, paragraphStart: b.start, turn, continued: false };
      parts.push(previous);
    } else if (previous?.turn === 'answer' && b.kind === 'body' && !NARRATION.test(line)) {
      parts.push({ ...(bare ? answerWords(b, line) : { start: b.start, end: b.end }), paragraphStart: b.start, turn: 'answer', continued: true });
    } else if (b.kind === 'body') {
      previous = null;
    }
  }
  return parts;
}

/** '"I don't know. I think he will be back."': an answer printed as a quotation is the words inside its marks. */
function answerWords(b: Block, line: string): Span {
  const quoted = ENCLOSED.exec(line);
  return quoted ? { start: b.start + quoted[1].length, end: b.end - quoted[3].length } : { start: b.start, end: b.end };
}

/** The person the lead says was interviewed: named in a sentence about the interview, else the first named. */
function interviewee(text: string, from: number, to: number, people: PeopleIndex, discourse: Discourse): string | null {
  const names = people.namesIn(from, to);
  const aboutInterview = names.find((n) => /\binterview/iu.test(sentenceAround(text, n, from, to)));
  const chosen = aboutInterview ?? names[0];
  return chosen ? discourse.resolveName(chosen) : null;
}

function sentenceAround(text: string, span: Span, from: number, to: number): string {
  const start = Math.max(from, text.lastIndexOf('.', span.start) + 1);
  const stop = text.indexOf('.', span.end);
  return text.slice(start, stop < 0 || stop > to ? to : stop);
}

/**
 * A speaker's label opening a paragraph, up to its colon: "ANTHONY ALBANESE, PRIME MINISTER:", "Minister
 * MOTEGI:", "Imoto, TBS:", "Reporter:"; or "Q." / "A:". A few capitalised words (and "of", "the"), with
 * what follows a comma (a role, an outlet); no sentence ends inside.
 */
const LABEL = /^((?:[\p{Lu}][\p{L}'’.&-]*|of|the|and|de|van|von|bin|al)(?:\s+(?:[\p{Lu}][\p{L}'’.&-]*|of|the|and|de|van|von|bin|al)){0,5})(?:\s*,\s*([\p{Lu}][^:.!?;"“”\n]{0,60}?))?\s*:\s+(?=\S)/u;
const QA_MARK = /^(Q|A)\s*[:.]\s+(?=\S)/u;
/** Labels of whoever asks. */
const ASKER = /^(?:the\s+)?(?:q|questions?|journalists?|reporters?|interviewer|moderator|audience(?:\s+member)?)$/iu;
const CAPITALS = /^[^\p{Ll}]+$/u;
/** The line that closes a government transcript. */
const TRANSCRIPT_END = /^\s*\[?\s*ends?\s*\]?\s*\.?\s*$/iu;
/** A sign-off: "--MNI Washington Bureau; +1 202 371 2121; email: …". */
const SIGN_OFF = /^\s*--\s*\p{Lu}{2,}|\b[\w.+-]+@[\w-]+\.[\w.]+\b/u;

interface Label {
  /** Characters up to the turn's first word. */
  length: number;
  /** Who speaks: undefined for "Q" and "A" (the interviewer and the interviewee). */
  speaker?: { key: string | null; text: string | null };
  turn: InterviewTurn;
  /** The label alone shows a transcript: it names a person of the article, an asker, a Q or an A, or a given name or a role in capitals. */
  anchors: boolean;
  /** The label gives a full name and an office ("ANTHONY ALBANESE, PRIME MINISTER:"), as a transcript's first turn does. */
  introduces?: boolean;
}

/**
 * The turns of a transcript: each labelled paragraph, and the unlabelled ones that carry it on. Empty unless
 * two paragraphs are labelled and one label shows a transcript (so that "UPDATE:" and "Note:" make none), or
 * the one labelled paragraph introduces its speaker by name and office: a statement, or a transcript cut
 * short after its first turn. A dateline with a colon ("NEW DELHI, July 8 (PTI):") names no office.
 */
function transcriptParts(text: string, blocks: Block[], people: PeopleIndex): InterviewPart[] {
  const parts: InterviewPart[] = [];
  let names: LabelNames | undefined;
  const personOf = (label: string) => (names ??= new LabelNames(people)).personOf(label);
  let previous: InterviewPart | null = null;
  let anchored = false;
  let introduced = false;
  for (const b of blocks) {
    // A short labelled turn can read as a heading, and the first one as the standfirst.
    if (b.kind !== 'body' && b.kind !== 'heading' && b.kind !== 'deck') continue;
    const labelled = mayOpenWithLabel(text, b.start, b.end);
    if (!previous && !labelled) continue;
    const line = text.slice(b.start, b.end);
    // "Biden: 264" on a results board is no turn: a turn says something in words.
    const label = labelled && /\p{L}/u.test(line.slice(line.indexOf(':') + 1)) ? transcriptLabel(line, personOf) : null;
    // "Morrow: fuel duty frozen", "Opposition: 'a raid on savers'": a live blog's entry headline, not a turn.
    if (label && !label.turn.startsWith('q') && isHeadlineAfterLabel(line.slice(label.length))) {
      previous = null;
      continue;
    }
    if (label) {
      anchored ||= label.anchors;
      introduced ||= label.introduces === true;
      previous = { start: b.start + label.length, end: b.end, paragraphStart: b.start, turn: label.turn, continued: false, speaker: label.speaker };
      parts.push(previous);
    } else if (endsTurn(b, line)) {
      previous = null;
    } else if (previous && b.kind === 'body') {
      parts.push({ ...previous, start: b.start, end: b.end, paragraphStart: b.start, continued: true });
    }
  }
  const turns = parts.filter((p) => !p.continued).length;
  return anchored && (turns >= MIN_TURNS || (turns === 1 && introduced)) ? parts : [];
}

/** "ENDS", a sign-off, a page's own label ("Photo: …"), a live blog's time stamp ("15:40") or a section heading
 * ("About This Episode") ends a turn; a pull-quote repeats words of it. */
function endsTurn(b: Block, line: string): boolean {
  return TRANSCRIPT_END.test(line) || testWhereFound(/--|@/, SIGN_OFF, line) || TIME_STAMP.test(line) || PAGE_LABEL.test(LABEL.exec(line)?.[1] ?? '') || (b.kind === 'heading' && !PULL_QUOTE.test(line));
}
/** A line that is only a time of day, as a live blog heads its entries: "15:40", "9.30am", "16:05 GMT". */
export const TIME_STAMP = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}T?|UTC)?\s*$/iu;

/** Words after a label that read as a headline: a few, with no sentence's end ("fuel duty frozen", "'a raid on savers'"). */
function isHeadlineAfterLabel(words: string): boolean {
  const t = words.trim();
  return t.split(/\s+/u).length <= MAX_HEADLINE_WORDS && !/[.!?…:;,]["”’'»)]*$/u.test(t);
}
const MAX_HEADLINE_WORDS = 10;
/** What a page labels, never a speaker: "Photo:", "Watch:", "Read more:", "Editor's note:". */
const PAGE_LABEL = /^(?:photo(?:graph)?s?|image|picture|video|watch|listen|read(?: more)?|related|source|credit|caption|note|update|correction|editor['’]s note|advertisement|topics?|tags?|share|more)$/iu;
const PULL_QUOTE = /^\s*["“‘'«]/u;

function transcriptLabel(line: string, personOf: (label: string) => string | null): Label | null {
  const qa = QA_MARK.exec(line);
  if (qa) return { length: qa[0].length, turn: qa[1] === 'Q' ? 'question' : 'answer', anchors: true };
  const m = LABEL.exec(line);
  if (!m || PAGE_LABEL.test(m[1])) return null;
  const [, name, after] = m;
  if (ASKER.test(name)) return { length: m[0].length, speaker: { key: null, text: name.toLowerCase().replace(/^the\s+/u, '') }, turn: 'question', anchors: true };
  const key = personOf(name);
  const words = name.split(/\s+/);
  const withOffice = labelGivesOffice(after);
  if (key) return { length: m[0].length, speaker: { key, text: null }, turn: 'answer', anchors: true, introduces: withOffice && words.length >= 2 };
  const capitals = CAPITALS.test(name);
  const anchors = capitals && words.length >= 2 && (after !== undefined || isGivenName(words[0].toLowerCase()));
  const introduces = anchors && withOffice && isGivenName(words[0].toLowerCase());
  return { length: m[0].length, speaker: { key: null, text: capitals ? titleCase(name) : name }, turn: 'answer', anchors, introduces };
}

/**
 * The person a label names: by a name form the article uses ("Foreign Minister Kishida"), else by the
 * surname it ends in, when one person of the article has it ("Minister MOTEGI"), else by a role only one
 * person of the article has ("PRIME MINISTER:"). Built once an article has a line that may be a label.
 */
class LabelNames {
  private readonly byForm = new Map<string, string>();
  /** A surname or a role, to the one person who has it (null when several do). */
  private readonly bySurname = new Map<string, string | null>();
  private readonly byRole = new Map<string, string | null>();

  constructor(people: PeopleIndex) {
    const addUnique = (map: Map<string, string | null>, word: string, key: string) => map.set(word, map.has(word) && map.get(word) !== key ? null : key);
    for (const p of people.persons()) {
      for (const form of [p.name, ...p.aliases].map(fold)) if (!this.byForm.has(form)) this.byForm.set(form, p.key);
      // The words a name is used by alone: its surname, and the family name first of "Motegi Toshimitsu", "Xi Jinping".
      for (const word of shortForms([p.name.toLowerCase().split(/\s+/)])) addUnique(this.bySurname, word, p.key);
      if (p.role) addUnique(this.byRole, fold(p.role), p.key);
    }
  }

  personOf(label: string): string | null {
    const folded = fold(label);
    return this.byForm.get(folded) ?? this.bySurname.get(folded.slice(folded.lastIndexOf(' ') + 1)) ?? this.byRole.get(folded) ?? null;
  }
}

const fold = (name: string) => name.split(/\s+/).map((w) => foldName(w.toLowerCase())).join(' ');

/** The person who speaks in most turns of a transcript; of two who speak as often, the one who asks less. */
function mostHeard(parts: InterviewPart[], text: string): string | null {
  const turns = new Map<string, { turns: number; asks: number }>();
  for (const p of parts) {
    if (!p.speaker?.key || p.continued) continue;
    const t = turns.get(p.speaker.key) ?? { turns: 0, asks: 0 };
    t.turns++;
    if (text.slice(p.start, p.end).includes('?')) t.asks++;
    turns.set(p.speaker.key, t);
  }
  let best: string | null = null;
  for (const [key, t] of turns) {
    const b = best ? turns.get(best)! : null;
    if (!b || t.turns > b.turns || (t.turns === b.turns && t.asks < b.asks)) best = key;
  }
  return best;
}
