import type { ArticleReading, CorpusEvent, Person } from '../model';
import type { EventGroup, LinkBasis, LocalEvent } from './eventFrame';
import { describeEvent } from './eventLabel';
import { localEvents, type PersonIdOf } from './localEvents';
import { BASIS_RANK, blockKeys, comparable, contradict, fitInContext, linkBasis, weakest, type Comparable } from './linkRules';

/** One local event in the grouper: where it sits in the corpus order and the blocks it is compared within. */
interface Node {
  file: string;
  /** Its place among its article's local events. */
  index: number;
  local: LocalEvent;
  cmp: Comparable;
  /** Its article's local events reported in the article's opening: the story the article tells. */
  leads: Comparable[];
  /** What `leads` compare as, seen from this node (which may be one of them): equal for copies of one story. */
  storyKey: string;
  blocks: string[];
  /** The connected set of candidate links it was last grouped in. */
  component: Component | null;
}

interface Component {
  nodes: Node[];
  groups: Grouped[];
  dropped: boolean;
}

/** One grouped event, described, before ids are numbered. */
interface Grouped {
  event: CorpusEvent;
  group: EventGroup;
  /** Every person id its mentions name: the label is redone when one of their names changes. */
  personIds: Set<string>;
  sortKey: string;
  alive: boolean;
  /** The event as last handed out, with its numbered id: handed out again while nothing about it changes. */
  out: CorpusEvent | null;
}

interface ArticleEntry {
  reading: ArticleReading;
  /** The corpus ids its event participants had when it was last read (a change means a re-read). */
  ids: Array<string | undefined>;
  nodes: Node[];
  dirty: boolean;
}

interface Candidate {
  a: number;
  b: number;
  basis: LinkBasis;
}

const collator = new Intl.Collator();

/**
 * Event grouping kept up to date one article at a time. Local events are compared only within blocks (same
 * class and the same person pair, person or body); a change re-groups only the connected sets of candidate
 * links the changed article was or is now part of, and leaves every other event as it was.
 * `events()` equals `groupEvents` over the current articles, taken in `compareFiles` order.
 */
export class EventGrouper {
  private readonly articles = new Map<string, ArticleEntry>();
  private readonly blocks = new Map<string, Set<Node>>();
  /** Nodes to re-group: new ones, and the rest of every component a change touched. */
  private readonly pending = new Set<Node>();
  /** Events described again after an in-place update, to be put in order with the fresh ones. */
  private readonly redescribed: Grouped[] = [];
  private ordered: Grouped[] = [];
  private names = new Map<string, string>();
  /** The files in `compareFiles` order, and each one's place in it, redone when files come or go. */
  private sortedFiles: string[] = [];
  private rank = new Map<string, number>();

  constructor(private readonly compareFiles: (a: string, b: string) => number = collator.compare) {}

  get size(): number {
    return this.articles.size;
  }

  /**
   * Sets (or replaces) one article's reading; it is read for grouping at the next `events`. A replaced
   * article keeps its local events until then: if the new reading compares the same, they are updated in place.
   */
  setArticle(reading: ArticleReading): void {
    const file = reading.article.file;
    const entry = this.articles.get(file);
    if (reading.eventMentions.length === 0) this.removeArticle(file);
    else if (entry) {
      entry.reading = reading;
      entry.dirty = true;
    } else this.articles.set(file, { reading, ids: [], nodes: [], dirty: true });
  }

  removeArticle(file: string): void {
    this.removeNodes(file);
    this.articles.delete(file);
  }

  /**
   * The corpus events, with person ids from `personIdOf` and labels from `people`. `mayHaveNewIds`, when
   * given, names the files whose people may have changed id since the last call (the others are not checked).
   */
  events(personIdOf: PersonIdOf, people: Person[], mayHaveNewIds?: (file: string) => boolean): CorpusEvent[] {
    this.rename(people);
    for (const [file, entry] of this.articles) {
      if (!entry.dirty) {
        if ((mayHaveNewIds && !mayHaveNewIds(file)) || sameIds(entry, personIdOf)) continue;
        this.removeNodes(file);
      }
      this.readArticle(entry, personIdOf);
    }
    const fresh = this.pending.size ? this.regroup() : [];
    this.order([...fresh, ...this.redescribed.splice(0).filter((g) => g.alive)]);
    return numbered(this.ordered);
  }

  private readArticle(entry: ArticleEntry, personIdOf: PersonIdOf): void {
    const file = entry.reading.article.file;
    entry.ids = participantIds(entry.reading, personIdOf);
    const locals = localEvents(entry.reading, personIdOf);
    const cmps = locals.map(comparable);
    const leads = cmps.filter((c) => c.event.lead);
    const leadKeys = leads.map((c) => c.key).join('\u0004');
    const nodes: Node[] = locals.map((local, index) => ({
      file,
      index,
      local,
      cmp: cmps[index],
      leads,
      storyKey: `${leadKeys}\u0005${leads.indexOf(cmps[index])}`,
      blocks: blockKeys(local),
      component: null,
    }));
    entry.dirty = false;
    if (entry.nodes.length && entry.nodes.every((n) => n.component) && shapeOf(entry.nodes) === shapeOf(nodes)) {
      this.updateInPlace(entry, nodes);
      return;
    }
    this.removeNodes(file);
    entry.dirty = false;
    entry.nodes = nodes;
    for (const node of nodes) {
      for (const key of node.blocks) {
        const block = this.blocks.get(key);
        if (block) block.add(node);
        else this.blocks.set(key, new Set([node]));
      }
      this.pending.add(node);
    }
  }

  /**
   * An edit that leaves every linkable local event of an article comparing the same (same keys and blocks, in
   * the same order, and the same opening) cannot change how anything is grouped: its nodes take the new local
   * events (new spans and words), and only the events they belong to are described again.
   */
  private updateInPlace(entry: ArticleEntry, nodes: Node[]): void {
    const linkable = nodes.filter((n) => n.blocks.length);
    const kept = entry.nodes.filter((n) => n.blocks.length);
    const replaced = new Map<LocalEvent, LocalEvent>();
    kept.forEach((node, k) => {
      const next = linkable[k];
      replaced.set(node.local, next.local);
      Object.assign(node, { index: next.index, local: next.local, cmp: next.cmp, leads: next.leads, storyKey: next.storyKey });
    });
    // Local events in no block are events of their own: the old ones go, the new ones are grouped alone.
    for (const node of entry.nodes) {
      if (node.blocks.length) continue;
      this.drop(node.component);
      this.pending.delete(node);
    }
    entry.nodes = nodes.map((n) => (n.blocks.length ? kept[linkable.indexOf(n)] : n));
    for (const node of entry.nodes) if (!node.blocks.length) this.pending.add(node);
    for (const component of new Set(kept.map((n) => n.component!))) {
      component.groups = component.groups.map((g) => {
        g.alive = false;
        const group = { locals: g.group.locals.map((l) => replaced.get(l) ?? l), basis: g.group.basis };
        const next = grouped(group, this.names);
        this.redescribed.push(next);
        return next;
      });
    }
  }

  /** Takes an article's local events out, and marks the rest of their components for re-grouping. */
  private removeNodes(file: string): void {
    const entry = this.articles.get(file);
    if (!entry) return;
    for (const node of entry.nodes) this.drop(node.component);
    for (const node of entry.nodes) {
      this.pending.delete(node);
      for (const key of node.blocks) {
        const block = this.blocks.get(key)!;
        block.delete(node);
        if (block.size === 0) this.blocks.delete(key);
      }
    }
    entry.nodes = [];
    entry.dirty = true;
  }

  private drop(component: Component | null): void {
    if (!component || component.dropped) return;
    component.dropped = true;
    for (const g of component.groups) g.alive = false;
    for (const n of component.nodes) {
      n.component = null;
      this.pending.add(n);
    }
  }

  /** Re-groups the pending nodes with everything now linked to them; returns the new groups. */
  private regroup(): Grouped[] {
    const memo = new LinkMemo();
    const all = this.pending.size === [...this.articles.values()].reduce((n, a) => n + a.nodes.length, 0);
    const nodes = all ? [...this.pending] : this.closure(memo);
    this.pending.clear();
    for (const n of nodes) this.drop(n.component);
    this.pending.clear();
    const rank = this.fileRanks();
    const byOrder = (a: Node, b: Node) => rank.get(a.file)! - rank.get(b.file)! || a.index - b.index;
    nodes.sort(byOrder);
    const at = new Map(nodes.map((n, i) => [n, i]));
    const candidates = this.candidates(nodes, at, memo, byOrder);
    const fresh: Grouped[] = [];
    for (const { component, links } of components(nodes, candidates)) {
      const members = component.map((i) => nodes[i]);
      const local = new Map(component.map((i, k) => [i, k]));
      const own = links.map((c) => ({ a: local.get(c.a)!, b: local.get(c.b)!, basis: c.basis }));
      const c: Component = { nodes: members, groups: [], dropped: false };
      for (const group of linkGroups(members, own, memo)) {
        const g = grouped(group, this.names);
        c.groups.push(g);
        fresh.push(g);
      }
      members.forEach((n) => (n.component = c));
    }
    return fresh;
  }

  /** Each file's place in `compareFiles` order. */
  private fileRanks(): Map<string, number> {
    if (this.rank.size === this.articles.size && this.sortedFiles.every((f) => this.articles.has(f))) return this.rank;
    const kept = this.sortedFiles.filter((f) => this.articles.has(f));
    const known = new Set(kept);
    const added = [...this.articles.keys()].filter((f) => !known.has(f));
    if (added.length > kept.length / 8) this.sortedFiles = [...kept, ...added].sort(this.compareFiles);
    else {
      for (const f of added) kept.splice(insertionPoint(kept, f, this.compareFiles), 0, f);
      this.sortedFiles = kept;
    }
    this.rank = new Map(this.sortedFiles.map((f, i) => [f, i]));
    return this.rank;
  }

  /** The pending nodes and every node linked to them, directly or through others. */
  private closure(memo: LinkMemo): Node[] {
    const seen = new Set<Node>(this.pending);
    const queue = [...this.pending];
    for (let q = 0; q < queue.length; q++) {
      const n = queue[q];
      for (const key of n.blocks) {
        for (const m of this.blocks.get(key)!) {
          if (seen.has(m) || m.file === n.file || !memo.link(n, m)) continue;
          seen.add(m);
          queue.push(m);
        }
      }
    }
    return queue;
  }

  /**
   * Every pair of local events in different articles that could be one occasion, in the order the blocks first
   * appear in the corpus and, within a block, in corpus order (the order links are tried in matters).
   */
  private candidates(nodes: Node[], at: Map<Node, number>, memo: LinkMemo, byOrder: (a: Node, b: Node) => number): Candidate[] {
    const keys = new Set(nodes.flatMap((n) => n.blocks));
    const blocks: Array<{ key: string; first: Node; pos: number; members: number[] }> = [];
    for (const key of keys) {
      const block = this.blocks.get(key)!;
      const members: number[] = [];
      let first: Node | null = null;
      for (const n of block) {
        const i = at.get(n);
        if (i !== undefined) members.push(i);
        if (!first || byOrder(n, first) < 0) first = n;
      }
      if (members.length < 2) continue;
      members.sort((x, y) => x - y);
      blocks.push({ key, first: first!, pos: first!.blocks.indexOf(key), members });
    }
    blocks.sort((x, y) => byOrder(x.first, y.first) || x.pos - y.pos);
    // A pair in several blocks (a meeting of three shares two pairs with a meeting of the same three) is
    // tried in the first of them only. Found from the pair's blocks, not by remembering every pair tried:
    // at ten thousand articles that would be millions of entries.
    const order = new Map(blocks.map((b, k) => [b.key, k]));
    const firstShared = (x: Node, y: Node) => {
      let first = Infinity;
      for (const key of x.blocks) {
        const k = order.get(key);
        if (k !== undefined && k < first && y.blocks.includes(key)) first = k;
      }
      return first;
    };
    const byRank: Candidate[][] = Object.values(BASIS_RANK).map(() => []);
    for (let k = 0; k < blocks.length; k++) {
      const { members } = blocks[k];
      for (let i = 0; i < members.length; i++) {
        const a = members[i];
        for (let j = i + 1; j < members.length; j++) {
          const b = members[j];
          if (nodes[a].file === nodes[b].file) continue;
          if (nodes[a].blocks.length > 1 && nodes[b].blocks.length > 1 && firstShared(nodes[a], nodes[b]) !== k) continue;
          const basis = memo.link(nodes[a], nodes[b]);
          if (basis) byRank[BASIS_RANK[basis]].push({ a, b, basis });
        }
      }
    }
    return byRank.flat();
  }

  /** Takes the current names of people, and redoes the labels that name someone renamed. */
  private rename(people: Person[]): void {
    const names = new Map(people.map((p) => [p.id, p.name]));
    const renamed = new Set<string>();
    for (const [id, name] of names) if (this.names.get(id) !== name) renamed.add(id);
    for (const id of this.names.keys()) if (!names.has(id)) renamed.add(id);
    this.names = names;
    if (renamed.size === 0) return;
    for (const g of this.ordered) {
      if (!g.alive || ![...g.personIds].some((id) => renamed.has(id))) continue;
      g.event = describeEvent(g.group, names);
      g.out = null;
    }
  }

  /** Keeps the events in the order of their first mention: the new ones inserted, the dropped ones left out. */
  private order(fresh: Grouped[]): void {
    const kept = this.ordered.filter((g) => g.alive);
    const byKey = (a: Grouped, b: Grouped) => collator.compare(a.sortKey, b.sortKey);
    if (fresh.length > kept.length / 8) {
      this.ordered = [...kept, ...fresh].sort(byKey);
      return;
    }
    for (const g of fresh.sort(byKey)) kept.splice(insertionPoint(kept, g, byKey), 0, g);
    this.ordered = kept;
  }
}

/** Link decisions between two comparable keys, made once per re-grouping. */
class LinkMemo {
  private readonly slots = new Map<string, number>();
  private readonly bases = new Map<number, LinkBasis | null>();
  private readonly contradictions = new Map<number, boolean>();
  private readonly stories = new Map<number, boolean>();

  /**
   * How two local events in different articles link: by the rules on the pair alone, or else by context, when
   * both fit and the openings of their articles report one occasion.
   */
  link(n: Node, m: Node): LinkBasis | null {
    const basis = this.basis(n.cmp, m.cmp);
    if (basis) return basis;
    return fitInContext(n.cmp, m.cmp, (a, b) => this.contradict(a, b)) && this.coReported(n, m) ? 'context' : null;
  }

  /** Whether the openings of two local events' articles report one occasion (one other than theirs). */
  coReported(n: Node, m: Node): boolean {
    const pair = this.pairOfKeys(n.storyKey, m.storyKey);
    let co = this.stories.get(pair);
    if (co === undefined) this.stories.set(pair, (co = n.leads.some((x) => x !== n.cmp && m.leads.some((y) => y !== m.cmp && this.basis(x, y) !== null))));
    return co;
  }

  basis(a: Comparable, b: Comparable): LinkBasis | null {
    const pair = this.pair(a, b);
    let basis = this.bases.get(pair);
    if (basis === undefined) this.bases.set(pair, (basis = linkBasis(a, b)));
    return basis;
  }

  contradict(a: Comparable, b: Comparable): boolean {
    const pair = this.pair(a, b);
    let no = this.contradictions.get(pair);
    if (no === undefined) this.contradictions.set(pair, (no = contradict(a, b)));
    return no;
  }

  private pair(a: Comparable, b: Comparable): number {
    return this.pairOfKeys(a.key, b.key);
  }

  private pairOfKeys(a: string, b: string): number {
    const [x, y] = [this.slot(a), this.slot(b)];
    return x < y ? x * 2 ** 26 + y : y * 2 ** 26 + x;
  }

  private slot(key: string): number {
    let s = this.slots.get(key);
    if (s === undefined) this.slots.set(key, (s = this.slots.size));
    return s;
  }
}

/** The connected sets of nodes (indices, ascending) under the candidate links, each with its links in order. */
function components(nodes: Node[], candidates: Candidate[]): Array<{ component: number[]; links: Candidate[] }> {
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const { a, b } of candidates) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const out = new Map<number, { component: number[]; links: Candidate[] }>();
  nodes.forEach((_, i) => {
    const r = find(i);
    const c = out.get(r);
    if (c) c.component.push(i);
    else out.set(r, { component: [i], links: [] });
  });
  for (const c of candidates) out.get(find(c.a))!.links.push(c);
  return [...out.values()];
}

/**
 * Local events grouped across articles, strongest links first. Two groups merge only when no member of one
 * contradicts a member of the other (another day, place or pair of people): no chains through a vague report.
 */
function linkGroups(nodes: Node[], candidates: Candidate[], memo: LinkMemo): EventGroup[] {
  // Two occasions one article reports apart may still be one (its reader split them), unless they contradict: a
  // visit to Seoul and a trip on to Tokyo do not become one through a third report that fits either.
  const agree = (a: number, b: number) => !memo.contradict(nodes[a].cmp, nodes[b].cmp);
  const links = withoutAmbiguousGuesses(nodes, candidates, memo);
  const groupOf = nodes.map((_, i) => i);
  const members: Array<number[] | null> = nodes.map((_, i) => [i]);
  const basisOf: Array<LinkBasis | null> = nodes.map(() => null);
  // Groups that once failed to merge never can: groups only grow.
  const failed = new Map<number, Set<number>>();
  const hasFailed = (x: number, y: number) => failed.get(x)?.has(y) ?? false;
  const fail = (x: number, y: number) => {
    for (const [p, q] of [[x, y], [y, x]]) {
      const set = failed.get(p);
      if (set) set.add(q);
      else failed.set(p, new Set([q]));
    }
  };
  for (const { a, b, basis } of links) {
    const [ga, gb] = [groupOf[a], groupOf[b]];
    if (ga === gb || hasFailed(ga, gb)) continue;
    const [ma, mb] = [members[ga]!, members[gb]!];
    if (!ma.every((x) => mb.every((y) => agree(x, y)))) {
      fail(ga, gb);
      continue;
    }
    for (const y of mb) groupOf[y] = ga;
    members[ga] = [...ma, ...mb];
    members[gb] = null;
    basisOf[ga] = weakest([basisOf[ga], basisOf[gb], basis]);
    for (const c of failed.get(gb) ?? []) {
      failed.get(c)!.delete(gb);
      fail(ga, c);
    }
    failed.delete(gb);
  }
  const groups: EventGroup[] = [];
  members.forEach((ids, g) => {
    if (ids) groups.push({ locals: ids.map((i) => nodes[i].local), basis: basisOf[g] });
  });
  return groups;
}

/**
 * An undated report (linked without a date, or by context) that fits two occasions which cannot be the same
 * (the 2023 and the 2024 meeting of the same pair in the same city) is left unlinked rather than guessed,
 * unless the story breaks the tie: the partners in articles whose openings report what its article's opening
 * reports all agree, and it links to those alone.
 */
function withoutAmbiguousGuesses(nodes: Node[], candidates: Candidate[], memo: LinkMemo): Candidate[] {
  const guesses = new Map<number, number[]>();
  const put = (i: number, j: number) => {
    const list = guesses.get(i);
    if (list) list.push(j);
    else guesses.set(i, [j]);
  };
  const guess = (c: Candidate) => GUESSES.has(c.basis) || undatedOne(nodes[c.a]) || undatedOne(nodes[c.b]);
  for (const c of candidates) {
    if (!guess(c)) continue;
    put(c.a, c.b);
    put(c.b, c.a);
  }
  // Absent: every guess stands; a set: only the guesses to those partners; empty: none.
  const allowed = new Map<number, Set<number>>();
  for (const [i, partners] of guesses) {
    if (!partnersDisagree(nodes, partners, memo)) continue;
    const story = partners.filter((p) => memo.coReported(nodes[i], nodes[p]));
    // Else the partners whose own words date them to the days around its publication, when they agree: "… said after
    // meeting Erdogan" fits the meeting another outlet dates to those days rather than one only as undated as itself.
    const dated = undatedOne(nodes[i]) && !nodes[i].local.announced ? partners.filter((p) => !undatedOne(nodes[p]) && memo.basis(nodes[i].cmp, nodes[p].cmp) === 'approximate') : [];
    allowed.set(i, new Set(story.length && !partnersDisagree(nodes, story, memo) ? story : dated.length && !partnersDisagree(nodes, dated, memo) ? dated : []));
  }
  const ok = (i: number, j: number) => allowed.get(i)?.has(j) ?? true;
  return candidates.filter((c) => !guess(c) || (ok(c.a, c.b) && ok(c.b, c.a)));
}

/**
 * A report whose words give no time ("The visit comes …"), compared by the days around its publication: a link to it
 * is a guess too ("The visit" fits both "arrived in Seoul on Sunday" and "will travel to Busan on Wednesday").
 */
function undatedOne(n: Node): boolean {
  return n.local.time === null;
}

/**
 * Whether some of the partners cannot be one occasion. Partners that compare alike are checked once: two
 * partners disagree when their kinds contradict and they are not in one article.
 */
function partnersDisagree(nodes: Node[], partners: number[], memo: LinkMemo): boolean {
  const kinds = new Map<string, { cmp: Comparable; file: string | null; count: number }>();
  for (const p of partners) {
    const n = nodes[p];
    const kind = kinds.get(n.cmp.key);
    if (!kind) kinds.set(n.cmp.key, { cmp: n.cmp, file: n.file, count: 1 });
    else {
      kind.count++;
      if (kind.file !== n.file) kind.file = null;
    }
  }
  const list = [...kinds.values()];
  return list.some((x, k) =>
    list.slice(k).some((y) => (x === y ? x.count > 1 && x.file === null : !(x.file !== null && x.file === y.file)) && memo.contradict(x.cmp, y.cmp)),
  );
}

/** The links made without a date to compare, which a report that fits two occasions does not get. */
const GUESSES = new Set<LinkBasis>(['undated', 'context']);

/** A group described, with what ordering and renaming need. */
function grouped(group: EventGroup, names: Map<string, string>): Grouped {
  const event = describeEvent(group, names);
  const personIds = new Set(group.locals.flatMap((l) => [...l.persons]));
  return { event, group, personIds, sortKey: firstMentionKey(event), alive: true, out: null };
}

/** What decides how an article's local events group: the keys and blocks of those in a block, in order, and its opening. */
function shapeOf(nodes: Node[]): string {
  const linkable = nodes.filter((n) => n.blocks.length).map((n) => `${n.cmp.key}\u0003${n.blocks.join('\u0001')}`);
  return `${linkable.join('\u0004')}\u0005${(nodes[0]?.leads ?? []).map((c) => c.key).join('\u0004')}`;
}

/** Where `x` goes in `sorted`: after everything that does not sort after it. */
function insertionPoint<T>(sorted: T[], x: T, compare: (a: T, b: T) => number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(sorted[mid], x) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an article's event participants still have the ids it was read with. */
function sameIds(entry: ArticleEntry, personIdOf: PersonIdOf): boolean {
  const file = entry.reading.article.file;
  let i = 0;
  for (const m of entry.reading.eventMentions) for (const p of m.participants) if (personIdOf(file, p) !== entry.ids[i++]) return false;
  return true;
}

/** The participant ids an article's event mentions have under `personIdOf`, in mention order. */
function participantIds(reading: ArticleReading, personIdOf: PersonIdOf): Array<string | undefined> {
  const file = reading.article.file;
  return reading.eventMentions.flatMap((m) => m.participants.map((p) => personIdOf(file, p)));
}

/** Stable ids: a slug of kind, people and day, numbered when two events would share one. */
function numbered(ordered: Grouped[]): CorpusEvent[] {
  const seen = new Map<string, number>();
  return ordered.map((g) => {
    const { event } = g;
    const n = (seen.get(event.id) ?? 0) + 1;
    seen.set(event.id, n);
    const id = n > 1 ? `${event.id}-${n}` : event.id;
    if (g.out?.id !== id) g.out = { ...event, id };
    return g.out;
  });
}

function firstMentionKey(e: CorpusEvent): string {
  const m = e.mentions[0];
  return `${m.file}\u0000${String(m.start).padStart(9, '0')}`;
}
