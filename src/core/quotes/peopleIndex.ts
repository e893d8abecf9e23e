import type { ArticlePeople, ArticlePerson, Span } from '../model';
import type { DescriptorMention } from '../nlp/descriptors';

/** A span naming a person: one key, or several candidates when the name is ambiguous ("Li"). */
export interface NameSpan extends Span {
  keys: string[];
}

/** The people reader's mentions, and the role descriptions that stand for one of them ("the Chinese leader"),
 * sorted for lookups by offset. */
export class PeopleIndex {
  private readonly names: NameSpan[];
  private readonly starts: number[];
  private readonly byKey = new Map<string, ArticlePerson>();
  private readonly mentionStartsByKey = new Map<string, number[]>();

  constructor(people: ArticlePeople, descriptors: readonly DescriptorMention[] = []) {
    const names: NameSpan[] = [];
    for (const p of people.people) {
      this.byKey.set(p.key, p);
      for (const m of p.mentions) names.push({ start: m.start, end: m.end, keys: [p.key] });
      this.mentionStartsByKey.set(p.key, p.mentions.map((m) => m.start).sort((a, b) => a - b));
    }
    for (const a of people.ambiguous) names.push({ start: a.start, end: a.end, keys: [...a.candidates] });
    for (const d of descriptors) names.push({ start: d.start, end: d.end, keys: [d.key] });
    this.names = longestFirst(names);
    this.starts = this.names.map((n) => n.start);
  }

  person(key: string): ArticlePerson | undefined {
    return this.byKey.get(key);
  }

  /** Every person of the article. */
  persons(): IterableIterator<ArticlePerson> {
    return this.byKey.values();
  }

  /** Names that start inside [from, to), in text order. */
  namesIn(from: number, to: number): NameSpan[] {
    const out: NameSpan[] = [];
    for (let i = lowerBound(this.starts, from); i < this.names.length && this.names[i].start < to; i++) {
      if (this.names[i].end <= to) out.push(this.names[i]);
    }
    return out;
  }

  /** The name that ends exactly at `end` (after trimming), if any. */
  nameEndingAt(end: number, notBefore: number): NameSpan | undefined {
    const inRange = this.namesIn(Math.max(notBefore, end - 80), end);
    return inRange.filter((n) => n.end === end).sort((a, b) => a.start - b.start)[0];
  }

  /** The name that starts exactly at `start`, if any. */
  nameStartingAt(start: number): NameSpan | undefined {
    const i = lowerBound(this.starts, start);
    return i < this.names.length && this.names[i].start === start ? this.names[i] : undefined;
  }

  /** Offset of the last unambiguous mention of `key` before `offset`, or -1. */
  lastMentionBefore(key: string, offset: number): number {
    const starts = this.mentionStartsByKey.get(key) ?? [];
    const i = lowerBound(starts, offset) - 1;
    return i >= 0 ? starts[i] : -1;
  }
}

/** Sorted by start; where names overlap, the longest wins ("President Xi Jinping" over "Xi"). */
function longestFirst(names: NameSpan[]): NameSpan[] {
  names.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NameSpan[] = [];
  for (const n of names) {
    const last = out[out.length - 1];
    if (last && n.start < last.end) continue;
    out.push(n);
  }
  return out;
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
