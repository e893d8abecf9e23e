import type { Block, Span } from '../model';
import type { PeopleIndex } from './peopleIndex';
import type { Discourse } from './speakers';

/**
 * Interviews in question-and-answer form: paragraphs opening with a dash ("— Is China ready…?") or with
 * "Q:" / "A:". Questions end in a question mark (or carry "Q:"); answers run on through the following
 * paragraphs without a dash until the next question.
 */

export type InterviewTurn = 'question' | 'answer';

export interface InterviewPart extends Span {
  /** Start of the paragraph (before any dash or "Q:"). */
  paragraphStart: number;
  turn: InterviewTurn;
  /** The paragraph carries on the answer before it (no dash of its own). */
  continued: boolean;
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
const INTERVIEW_WITH = /\binterview(?:ed)?\s+(?:with|by|to)\s+((?:the\s+)?[\p{Lu}][\p{L}’'&-]*(?:\s+[\p{Lu}][\p{L}’'&-]*){0,3})/u;
const MIN_TURNS = 2;

export function findInterview(text: string, blocks: Block[], outlet: string | null, people: PeopleIndex, discourse: Discourse): Interview | null {
  const parts = interviewParts(text, blocks);
  if (parts.filter((p) => !p.continued).length < MIN_TURNS || !parts.some((p) => p.turn === 'question')) return null;
  const firstQuestion = parts[0].start;
  const lead = blocks.filter((b) => b.end <= firstQuestion).map((b) => text.slice(b.start, b.end));
  const leadStart = blocks[0]?.start ?? 0;
  const interviewer = lead.map((t) => INTERVIEW_WITH.exec(t)?.[1]).find(Boolean) ?? outlet ?? 'the interviewer';
  return {
    parts: new Map(parts.map((p) => [p.paragraphStart, p])),
    interviewee: interviewee(text, leadStart, firstQuestion, people, discourse),
    interviewer,
  };
}

function interviewParts(text: string, blocks: Block[]): InterviewPart[] {
  const parts: InterviewPart[] = [];
  let previous: InterviewPart | null = null;
  for (const b of blocks) {
    if (b.kind !== 'body') continue;
    const line = text.slice(b.start, b.end);
    const mark = TURN_MARK.exec(line);
    if (mark) {
      const turn: InterviewTurn = mark[1] === 'Q' || (!mark[1] && /\?\s*$/u.test(line)) ? 'question' : 'answer';
      previous = { start: b.start + mark[0].length, end: b.end, paragraphStart: b.start, turn, continued: false };
      parts.push(previous);
    } else if (previous?.turn === 'answer') {
      parts.push({ start: b.start, end: b.end, paragraphStart: b.start, turn: 'answer', continued: true });
    }
  }
  return parts;
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
