import type { CorpusIndexData } from './corpusQuery';

/**
 * How one CorpusIndexData becomes the next: each list as runs of items kept from the previous list
 * (by position) and items sent anew. After one edit nearly every item is kept, so the indexing worker
 * sends the editor a few runs instead of the whole index (at ten thousand articles, tens of MB that
 * took the editor's main thread a second to receive).
 */
export interface IndexDelta {
  version: string;
  articles: ListDelta<CorpusIndexData['articles'][number]>;
  people: ListDelta<CorpusIndexData['people'][number]>;
  quotes: ListDelta<CorpusIndexData['quotes'][number]>;
  events: ListDelta<CorpusIndexData['events'][number]>;
  skipped: ListDelta<CorpusIndexData['skipped'][number]>;
}

/** `count` items from position `from` of the previous list, or new items. */
export type Run<T> = { from: number; count: number } | { items: T[] };
export type ListDelta<T> = Run<T>[];

/** What finds an item of the previous list again after items before it came or went. */
const KEYS: { [K in keyof Omit<IndexDelta, 'version'>]: (item: CorpusIndexData[K][number]) => string } = {
  articles: (a) => a.file,
  people: (p) => p.id,
  quotes: (s) => `${s.file}\u0000${s.start}\u0000${s.end}\u0000${s.kind}`,
  events: (e) => e.id,
  skipped: (s) => s.file,
};

/** The delta that turns `prev` into `next`: `applyIndexDelta(prev, diffIndex(prev, next))` equals `next`. */
export function diffIndex(prev: CorpusIndexData, next: CorpusIndexData): IndexDelta {
  return {
    version: next.version,
    articles: diffList(prev.articles, next.articles, KEYS.articles),
    people: diffList(prev.people, next.people, KEYS.people),
    quotes: diffList(prev.quotes, next.quotes, KEYS.quotes),
    events: diffList(prev.events, next.events, KEYS.events),
    skipped: diffList(prev.skipped, next.skipped, KEYS.skipped),
  };
}

/** `prev` with `delta` applied. Items kept are the previous objects themselves. */
export function applyIndexDelta(prev: CorpusIndexData, delta: IndexDelta): CorpusIndexData {
  return {
    version: delta.version,
    articles: applyList(prev.articles, delta.articles),
    people: applyList(prev.people, delta.people),
    quotes: applyList(prev.quotes, delta.quotes),
    events: applyList(prev.events, delta.events),
    skipped: applyList(prev.skipped, delta.skipped),
  };
}

/** Whether a delta changes nothing: every list kept whole, in order. */
export function isEmptyDelta(delta: IndexDelta, prev: CorpusIndexData): boolean {
  const whole = (runs: ListDelta<unknown>, list: readonly unknown[]) =>
    list.length === 0 ? runs.length === 0 : runs.length === 1 && 'from' in runs[0] && runs[0].from === 0 && runs[0].count === list.length;
  return (
    delta.version === prev.version &&
    whole(delta.articles, prev.articles) &&
    whole(delta.people, prev.people) &&
    whole(delta.quotes, prev.quotes) &&
    whole(delta.events, prev.events) &&
    whole(delta.skipped, prev.skipped)
  );
}

export function diffList<T>(prev: readonly T[], next: readonly T[], keyOf: (item: T) => string): ListDelta<T> {
  // The common start and end are kept whole; only what lies between (after one edit, a few items) is matched by key.
  let head = 0;
  while (head < prev.length && head < next.length && samePlainData(prev[head], next[head])) head++;
  let tail = 0;
  while (tail < prev.length - head && tail < next.length - head && samePlainData(prev[prev.length - 1 - tail], next[next.length - 1 - tail])) tail++;
  const runs: ListDelta<T> = [];
  if (head) runs.push({ from: 0, count: head });
  const prevEnd = prev.length - tail;
  let byKey: Map<string, number> | undefined;
  let items: T[] | undefined;
  let i = head; // where the previous list is expected to go on
  for (let j = head; j < next.length - tail; ) {
    let from = i < prevEnd && samePlainData(prev[i], next[j]) ? i : -1;
    if (from < 0) {
      if (!byKey) {
        byKey = new Map();
        for (let k = prevEnd - 1; k >= head; k--) byKey.set(keyOf(prev[k]), k);
      }
      const k = byKey.get(keyOf(next[j]));
      if (k !== undefined && samePlainData(prev[k], next[j])) from = k;
    }
    if (from < 0) {
      if (!items) runs.push({ items: (items = []) });
      items.push(next[j++]);
      continue;
    }
    items = undefined;
    let count = 0;
    while (from + count < prevEnd && j < next.length - tail && samePlainData(prev[from + count], next[j])) {
      count++;
      j++;
    }
    runs.push({ from, count });
    i = from + count;
  }
  if (tail) runs.push({ from: prevEnd, count: tail });
  return mergeRuns(runs);
}

/** Adjacent kept runs that continue each other become one (a list kept whole is one run). */
function mergeRuns<T>(runs: ListDelta<T>): ListDelta<T> {
  const out: ListDelta<T> = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && 'from' in last && 'from' in run && last.from + last.count === run.from) out[out.length - 1] = { from: last.from, count: last.count + run.count };
    else out.push(run);
  }
  return out;
}

export function applyList<T>(prev: readonly T[], runs: ListDelta<T>): T[] {
  const out: T[] = [];
  for (const run of runs) {
    if ('items' in run) {
      for (const item of run.items) out.push(item);
      continue;
    }
    if (run.from < 0 || run.from + run.count > prev.length) throw new Error('index delta does not fit the index it is applied to');
    for (let k = run.from; k < run.from + run.count; k++) out.push(prev[k]);
  }
  return out;
}

/** Equality of JSON-like data, keys in order; the same object is equal at once (most kept items are). */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlainData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !samePlainData((a as Record<string, unknown>)[ka[i]], (b as Record<string, unknown>)[ka[i]])) return false;
  }
  return true;
}

/** The files whose spans a list's items have. */
const FILES_OF: { [K in keyof Omit<IndexDelta, 'version'>]: (item: CorpusIndexData[K][number]) => Iterable<string> } = {
  articles: (a) => [a.file],
  people: (p) => p.mentions.map((m) => m.file),
  quotes: (s) => [s.file],
  events: (e) => e.mentions.map((m) => m.file),
  skipped: (s) => [s.file],
};

/**
 * The files whose items changed under `delta`: those of items sent anew and of items dropped. Items kept
 * in every other file are the same objects in the same order, so what was worked out from them holds
 * (CorpusQuery keeps its span indexes of those files). Undefined when the delta moves kept items about.
 */
export function changedFilesOf(prev: CorpusIndexData, delta: IndexDelta): Set<string> | undefined {
  const files = new Set<string>();
  const lists = ['articles', 'people', 'quotes', 'events', 'skipped'] as const;
  for (const list of lists) {
    const filesOf = FILES_OF[list] as (item: unknown) => Iterable<string>;
    const before = prev[list] as readonly unknown[];
    let end = 0; // the end of the last kept run: kept runs must go forward
    for (const run of delta[list] as ListDelta<unknown>) {
      if ('items' in run) {
        for (const item of run.items) for (const f of filesOf(item)) files.add(f);
        continue;
      }
      if (run.from < end) return undefined;
      for (let k = end; k < run.from; k++) for (const f of filesOf(before[k])) files.add(f);
      end = run.from + run.count;
    }
    for (let k = end; k < before.length; k++) for (const f of filesOf(before[k])) files.add(f);
  }
  return files;
}
