import type { ArticlePerson, ArticleReading, Person } from '../model';
import { consonantsOf, foldName, slug, vowelVariants, withoutArabicArticlePrefix, withoutGeneration } from './nameForms';
import { isFullerForm, sameName, shortForms, withoutInitials } from './findPeople';
import { tokenize } from './tokens';
import { hasNameShape, isParticle, isRelationalRole, isRoleWord, PATRONYMIC } from './words';

export { slug };

export interface Identities {
  people: Person[];
  /** The corpus person id of an article-local person key (from an IdentityIndex: until its next `resolve`). */
  idOf(file: string, key: string): string | undefined;
}

interface Local {
  file: string;
  person: ArticlePerson;
  /** The full names (two words or more) the person goes by, shared with every local that uses the same ones; null for a bare surname. */
  names: FullNames | null;
  /** For a bare surname ("Putin"), the word folded. */
  word: string;
  /** Unique to this local: a re-read article gets new ones. */
  serial: number;
  /** The corpus id the last `resolve` gave it. */
  id: string;
  /** Its titled forms, once asked for (see titlesOfLocal). */
  titles?: string[];
}

/**
 * One set of full names ("sergei lavrov" + "sergey lavrov"), however many article people use it:
 * whether two people share a full name depends on their full names alone, so it is decided once per
 * pair of sets, and only for sets whose surnames agree (a block).
 */
interface FullNames {
  key: string;
  forms: string[][];
  surnameKeys: string[];
  shortForms: Set<string>;
  /** The article people using these names. */
  uses: number;
  /** The other sets that share a full name with this one. */
  links: Set<FullNames>;
}

/**
 * The corpus-wide identity state, kept up to date one article at a time: `set` and `remove` compare an
 * article's new full names only with those of the same surname block, and `resolve` joins the blocks and
 * the bare surnames in one linear pass. `resolve` gives the same identities as `resolveIdentities` over the
 * same readings.
 */
export class IdentityIndex {
  private readonly localsByFile = new Map<string, Local[]>();
  /** Files in the order identities are built in (localeCompare), kept sorted as files come and go. */
  private readonly order: string[] = [];
  private readonly names = new Map<string, FullNames>();
  private readonly blocks = new Map<string, Set<FullNames>>();
  /** Identities built by the last `resolve`, by their members: reused while the members do not change. */
  private built = new Map<string, Built>();

  /** The files set so far, in localeCompare order. */
  get files(): readonly string[] {
    return this.order;
  }

  /** Sets (or replaces) the people of one article. */
  set(file: string, people: readonly ArticlePerson[]): void {
    this.remove(file);
    const shared = sharedAliases(people);
    const locals = people.map((person) => this.localOf(file, person, shared));
    this.localsByFile.set(file, locals);
    this.order.splice(insertionPoint(this.order, file), 0, file);
  }

  remove(file: string): void {
    const locals = this.localsByFile.get(file);
    if (!locals) return;
    this.localsByFile.delete(file);
    const at = insertionPoint(this.order, file);
    if (this.order[at] === file) this.order.splice(at, 1);
    for (const l of locals) if (l.names && --l.names.uses === 0) this.forget(l.names);
  }

  /** The identities of every article set so far, built in file order (or in `files` order: the one-shot form keeps its readings' order). */
  resolve(files: readonly string[] = this.order): Identities {
    const locals: Local[] = [];
    for (const file of files) for (const l of this.localsByFile.get(file) ?? []) locals.push(l);
    // Full names joined through shared full names: one component per person.
    const component = new Map<FullNames, number>();
    for (const start of this.names.values()) {
      if (component.has(start)) continue;
      const id = component.size;
      const stack = [start];
      component.set(start, id);
      while (stack.length) {
        for (const next of stack.pop()!.links) {
          if (component.has(next)) continue;
          component.set(next, id);
          stack.push(next);
        }
      }
    }
    const owners = new Map<string, Set<number>>();
    for (const [names, c] of component) {
      for (const word of names.shortForms) {
        let set = owners.get(word);
        if (!set) owners.set(word, (set = new Set()));
        set.add(c);
      }
    }
    const members = new Map<string, Local[]>();
    let titles: Map<number, Set<string>> | undefined;
    let ownersBySpelling: ReturnType<typeof bySpelling> | undefined;
    locals.forEach((l, i) => {
      let group: string;
      if (l.names) group = `c${component.get(l.names)}`;
      else {
        // "Putin" joins the one identity whose short form that is; articles that only ever say "Costolo"
        // are taken to mean one Costolo, unless a full name claims it. A short form two identities share
        // ("Trump": Donald, Melania) goes to the one that bears its title ("President Trump"), else is left alone.
        const claimed = owners.get(l.word) ?? (ownersBySpelling ??= bySpelling(owners)).claim(l.word);
        if (!claimed || claimed.size === 0) group = `w${l.word}`;
        else if (claimed.size === 1) group = `c${[...claimed][0]}`;
        else {
          titles ??= titlesOf(locals, component, owners);
          const own = titlesOfLocal(l);
          const titled = own.length ? [...claimed].filter((c) => own.some((t) => titles!.get(c)?.has(t))) : [];
          group = titled.length === 1 ? `c${titled[0]}` : `l${i}`;
        }
      }
      const list = members.get(group);
      // Two people of one article whose names make one key are two: the people reader told them apart ("Park Min-jun …
      // Park Min Jun — no relation" gives park-min-jun and park-min-jun-2).
      if (list && toldApartInFile(list, l)) members.set(`l${i}`, [l]);
      else if (list) list.push(l);
      else members.set(group, [l]);
    });
    return this.buildIdentities(members);
  }

  private buildIdentities(members: Map<string, Local[]>): Identities {
    const people: Person[] = [];
    const used = new Set<string>();
    const built = new Map<string, Built>();
    for (const group of members.values()) {
      const signature = signatureOf(group);
      const b = this.built.get(signature) ?? buildPerson(group);
      built.set(signature, b);
      let id = b.slug;
      for (let n = 2; used.has(id); n++) id = `${b.slug}-${n}`;
      used.add(id);
      people.push({ id, name: b.name, aliases: b.aliases, role: b.role, mentions: b.mentions });
      for (const l of group) l.id = id;
    }
    this.built = built;
    people.sort((a, b) => a.id.localeCompare(b.id));
    // An article holds a handful of people: its locals are searched, rather than a map of every local's
    // id built on each resolve (at ten thousand articles, most of the time `resolve` took).
    const idOf = (file: string, key: string) => {
      for (const l of this.localsByFile.get(file) ?? []) if (l.person.key === key) return l.id;
      return undefined;
    };
    return { people, idOf };
  }

  private localOf(file: string, person: ArticlePerson, shared: ReadonlySet<string>): Local {
    const forms = formsOf(person, shared);
    const full = forms.filter((f) => f.length > 1);
    if (full.length === 0) return { file, person, names: null, word: foldName(forms[0][0]), serial: nextSerial++, id: '' };
    const key = [...new Set(full.map((f) => f.join(' ')))].sort().join('|');
    let names = this.names.get(key);
    if (!names) names = this.learn(key, full);
    names.uses++;
    return { file, person, names, word: '', serial: nextSerial++, id: '' };
  }

  /** A new set of full names: compared with the sets of its surname blocks only. */
  private learn(key: string, forms: string[][]): FullNames {
    const names: FullNames = { key, forms, surnameKeys: [...new Set(forms.flatMap(blockKeys))], shortForms: shortForms(forms), uses: 0, links: new Set() };
    for (const k of names.surnameKeys) {
      let block = this.blocks.get(k);
      if (!block) this.blocks.set(k, (block = new Set()));
      for (const other of block) {
        if (!names.links.has(other) && shareFullName(names.forms, other.forms)) {
          names.links.add(other);
          other.links.add(names);
        }
      }
      block.add(names);
    }
    this.names.set(key, names);
    return names;
  }

  private forget(names: FullNames): void {
    this.names.delete(names.key);
    for (const other of names.links) other.links.delete(names);
    for (const k of names.surnameKeys) {
      const block = this.blocks.get(k);
      block?.delete(names);
      if (block?.size === 0) this.blocks.delete(k);
    }
  }
}

/** "park-min-jun" and "park-min-jun-2": the key the people reader gives a second person of the same name. */
/**
 * Whether a person of the article of `l` already in the group is told apart from `l`. Locals come file by file, so
 * the group's locals of that file are at its end: the check costs the article's people, not the group's (a person
 * named in thousands of articles).
 */
function toldApartInFile(group: readonly Local[], l: Local): boolean {
  for (let k = group.length - 1; k >= 0 && group[k].file === l.file; k--) if (isToldApart(group[k].person.key, l.person.key)) return true;
  return false;
}

function isToldApart(first: string, second: string): boolean {
  return second.startsWith(`${first}-`) && /^\d+$/u.test(second.slice(first.length + 1));
}

/**
 * One identity per real person across the corpus. Article people are joined when they share a full
 * name (spelling folded: "Sergei Lavrov" / "Sergey Lavrov"), when their surnames agree and their given
 * names are compatible ("Volodymyr Zelensky" / "Volodymyr Zelenskyy"), and an article that only says
 * "Putin" joins the one identity whose short form that is; a short form two identities share is left alone.
 */
export function resolveIdentities(readings: ArticleReading[]): Identities {
  const index = new IdentityIndex();
  for (const r of readings) index.set(r.article.file, r.people.people);
  return index.resolve(readings.map((r) => r.article.file));
}

/**
 * The titled forms the identities a bare surname may be go by, folded ("president trump", "us president donald
 * trump"): a bare surname with one of them is that identity's. Worked out once per resolve, when a bare surname has
 * two identities to choose from, and only for the identities some bare surname is torn between.
 */
function titlesOf(locals: readonly Local[], component: ReadonlyMap<FullNames, number>, owners: ReadonlyMap<string, Set<number>>): Map<number, Set<string>> {
  const torn = new Set<number>();
  for (const l of locals) {
    const claimed = l.names ? undefined : owners.get(l.word);
    if (claimed && claimed.size > 1) for (const c of claimed) torn.add(c);
  }
  const out = new Map<number, Set<string>>();
  for (const l of locals) {
    const c = l.names && component.get(l.names);
    if (c === null || c === undefined || !torn.has(c)) continue;
    let set = out.get(c);
    if (!set) out.set(c, (set = new Set()));
    for (const t of titlesOfLocal(l)) set.add(t);
    // "President Joe Biden" is also "President Biden": the title with the surname alone.
    const name = l.person.name;
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    for (const a of l.person.aliases) if (a.endsWith(' ' + name) && !isPlainName(a)) set.add(foldName(a.slice(0, a.length - name.length) + surname));
  }
  return out;
}

/**
 * "Disanayaka" for "Dissanayake": a bare surname no identity claims as it is written, claimed by the identities whose
 * short form it is with other vowels (see vowelVariants), looked up by consonants.
 */
function bySpelling(owners: ReadonlyMap<string, Set<number>>): { claim(word: string): Set<number> | undefined } {
  const byConsonants = new Map<string, string[]>();
  for (const word of owners.keys()) {
    const key = consonantsOf(word);
    const list = byConsonants.get(key);
    if (list) list.push(word);
    else byConsonants.set(key, [word]);
  }
  return {
    claim(word) {
      const near = (byConsonants.get(consonantsOf(word)) ?? []).filter((w) => vowelVariants(w, word));
      return near.length ? new Set(near.flatMap((w) => [...owners.get(w)!])) : undefined;
    },
  };
}

/** A person's titled forms in one article, folded: aliases that are not plain names ("President Trump"). Kept with the local. */
function titlesOfLocal(l: Local): string[] {
  return (l.titles ??= l.person.aliases.filter((a) => a.includes(' ') && !isPlainName(a)).map((a) => foldName(a)));
}

/** What an identity's members make of it, before its id is numbered against the others. */
interface Built {
  slug: string;
  name: string;
  aliases: string[];
  role: string | null;
  mentions: Person['mentions'];
}

/** The members of a group, as one string: the same members make the same identity. */
function signatureOf(group: Local[]): string {
  return group.map((l) => l.serial).join(',');
}

let nextSerial = 0;

function buildPerson(group: Local[]): Built {
  const name = canonicalName(group);
  const aliases = new Set<string>();
  for (const l of group) {
    aliases.add(l.person.name);
    for (const a of l.person.aliases) aliases.add(a);
  }
  aliases.delete(name);
  const mentions: Person['mentions'] = [];
  for (const l of group) for (const m of l.person.mentions) mentions.push({ file: l.file, start: m.start, end: m.end });
  return { slug: slug(name), name, aliases: [...aliases], role: mostInformativeRole(group), mentions };
}

/** Where `file` is or would go in `sorted` (localeCompare order). */
function insertionPoint(sorted: string[], file: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].localeCompare(file) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The name and the aliases that are plain names ("Li", "Sergey Lavrov"), not titled forms ("Mr Xi"), without the Arabic
 * article: outlets write it "al-", "El-", "Al " or leave it out ("Abdel Fattah al-Sisi", "Abdel-Fattah El-Sisi", "Sisi"),
 * as they spell the rest of a name apart (Tokayev / Toqayev, Sisi / Sissi), which foldName compares as one.
 */
function formsOf(p: ArticlePerson, shared: ReadonlySet<string>): string[][] {
  return [p.name, ...namesBesides(p).filter((a) => !shared.has(a))].map((n) => withoutArabicArticle(n.toLowerCase().split(/\s+/)));
}

/** The plain names a person goes by besides their name, and their name without its suffix ("William H. Pauley" of
 * "William H. Pauley III"). */
function namesBesides(p: ArticlePerson): string[] {
  const base = withoutGeneration(p.name);
  return [...new Set([...(base !== p.name ? [base] : []), ...p.aliases.filter(isPlainName)])];
}

/** Names two people of one article share ("Erik Halvorsen" of Erik Halvorsen Sr. and Jr.): the name of neither. */
function sharedAliases(people: readonly ArticlePerson[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const p of people) for (const a of namesBesides(p)) (seen.has(a) ? shared : seen).add(a);
  return shared;
}

/** "al-sisi" → "sisi"; an "al" or "el" of its own after the first word goes ("abdel fattah al sisi"). */
function withoutArabicArticle(words: string[]): string[] {
  const out = words.filter((w, i) => i === 0 || i === words.length - 1 || !ARABIC_ARTICLE_WORD.test(w)).map(withoutArabicArticlePrefix);
  return out.length ? out : words;
}
const ARABIC_ARTICLE_WORD = /^(?:al|el)$/u;

function isPlainName(n: string): boolean {
  return tokenize(n).every((t) => !t.possessive && !isRoleWord(t) && (hasNameShape(t) || isParticle(t)));
}

/** Everything after the first name word, folded and run together: "Kim Jong Un" and "Kim Jong-un" agree. */
function surnameKey(form: string[]): string {
  return foldName(withoutInitials(form).slice(1).join(''));
}

/** The blocks a full name is compared in: its surname key, and its last word (where a fuller form of it may be);
 * for a name of two words its first word too, which ends it when written the other way round ("Morita Haruka"). */
function blockKeys(form: string[]): string[] {
  const keys = [surnameKey(form), `last:${foldName(form[form.length - 1])}`];
  if (form.length === 2) keys.push(`last:${foldName(form[0])}`);
  // "Andrés Manuel López Obrador", "Abiy Ahmed Ali": written without its last name, the name ends with the word before.
  if (form.length >= 3) keys.push(`last:${foldName(form[form.length - 2])}`);
  // "Mohammed bin Salman bin Abdulaziz Al Saud": written as "Mohammed bin Salman", the name ends before a later "bin".
  for (let i = 2; i < form.length - 1; i++) if (PATRONYMIC.has(form[i])) keys.push(`last:${foldName(form[i - 1])}`);
  // "Isaias Afwerki" / "Isaias Afewerki": the given name and the family name's consonants (sameName's vowelVariants).
  if (form.length >= 2) keys.push(`consonants:${foldName(form[0])}:${consonantsOf(form.slice(1).map(foldName).join(' '))}`);
  // "Claudia Sheinbaum" / "Scheinbaum" (sameName's typoVariants): the given name and the family name's first letter.
  if (form.length === 2) keys.push(`initial:${foldName(form[0])}:${foldName(form[1])[0] ?? ''}`);
  return keys;
}

function shareFullName(a: string[][], b: string[][]): boolean {
  return a.some((x) => b.some((y) => sameName(x, y) || isFullerForm(x, y) || isFullerForm(y, x)));
}

/**
 * The fullest name, the one most articles use when spellings differ ("Sergei Lavrov" over "Sergey Lavrov"). A longer
 * name only one article uses gives way to a shorter one several use: "Mohammed bin Salman bin Abdulaziz Al Saud" in
 * one protocol list, a headline's "Xi Jinping Meet".
 */
function canonicalName(group: Local[]): string {
  const size = (n: string) => n.split(/\s+/).length;
  const articles = new Map<string, Set<string>>();
  for (const l of group) {
    if (!articles.has(l.person.name)) articles.set(l.person.name, new Set());
    articles.get(l.person.name)!.add(l.file);
  }
  const usedWidely = (n: string) => size(n) > 1 && articles.get(n)!.size > 1;
  // Initials and a suffix only add to a name: "William H. Pauley III" stays the name of "William Pauley".
  const plain = (n: string) => withoutInitials(withoutGeneration(n).split(/\s+/)).join(' ');
  const givesWay = (n: string, m: string) => m !== n && usedWidely(m) && size(m) < size(n) && plain(n) !== m;
  const candidates = [...articles.keys()];
  let longest = -Infinity;
  for (const n of candidates) if (articles.get(n)!.size > 1 || !candidates.some((m) => givesWay(n, m))) longest = Math.max(longest, size(n));
  const votes = new Map<string, number>();
  for (const l of group) if (size(l.person.name) === longest) votes.set(l.person.name, (votes.get(l.person.name) ?? 0) + l.person.mentions.length);
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

function mostInformativeRole(group: Local[]): string | null {
  const roles = group.map((l) => l.person.role).filter((r): r is string => r !== null);
  const formal = roles.filter((r) => /^\p{Lu}|\s\p{Lu}/u.test(r));
  return (formal.length ? formal : roles).sort((a, b) => Number(isRelationalRole(a)) - Number(isRelationalRole(b)) || b.length - a.length)[0] ?? null;
}
