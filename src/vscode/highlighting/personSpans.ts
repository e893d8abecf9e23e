// Which words of an article name a person, and which of those persons speak in it: plain data from
// the index, free of `vscode` so that Node tests can check it.
import type { CorpusQuery } from '../../core/index/corpusQuery';
import type { Span } from '../../core/model';

export interface PersonSpan extends Span {
  /** The person has statements in this article, or these are the words that attribute one. */
  speaker: boolean;
}

/**
 * Every mention of a person in `file`, and the words that attribute a statement to a person where they
 * are no mention ("he", "the minister"); in text order, without overlaps (the earlier, then the longer
 * span wins).
 */
export function personSpansIn(query: CorpusQuery, file: string): PersonSpan[] {
  const statements = query.statementsIn(file);
  const speakers = new Set(statements.map((s) => s.speaker).filter((id): id is string => id !== null));
  const spans: PersonSpan[] = [];
  for (const person of query.peopleIn(file)) {
    const speaker = speakers.has(person.id);
    for (const m of person.mentions) if (m.file === file) spans.push({ start: m.start, end: m.end, speaker });
  }
  for (const s of statements) {
    if (s.speaker && s.speakerSpan) spans.push({ ...s.speakerSpan, speaker: true });
  }
  return withoutOverlaps(spans);
}

function withoutOverlaps(spans: PersonSpan[]): PersonSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonSpan[] = [];
  for (const span of sorted) {
    if (span.end <= span.start) continue;
    if (kept.length && span.start < kept[kept.length - 1].end) continue;
    kept.push(span);
  }
  return kept;
}
