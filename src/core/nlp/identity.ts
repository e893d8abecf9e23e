import type { ArticlePerson, ArticleReading, Person } from '../model';
import { foldName, slug } from './nameForms';
import { sameName, shortForms, withoutInitials } from './findPeople';
import { tokenize } from './tokens';
import { hasNameShape, isParticle, isRoleWord } from './words';

export { slug };

export interface Identities {
  people: Person[];
  /** The corpus person id of an article-local person key. */
  idOf(file: string, key: string): string | undefined;
}

interface Local {
  file: string;
  person: ArticlePerson;
  /** The person's name forms as lower-case word lists: ["li", "shangfu"], ["li"]. */
  forms: string[][];
}

/**
 * One identity per real person across the corpus. Article people are joined when they share a full
 * name (spelling folded: "Sergei Lavrov" / "Sergey Lavrov"), when their surnames agree and their given
 * names are compatible ("Volodymyr Zelensky" / "Volodymyr Zelenskyy"), and an article that only says
 * "Putin" joins the one identity whose short form that is; a short form two identities share is left alone.
 */
export function resolveIdentities(readings: ArticleReading[]): Identities {
  const locals: Local[] = readings.flatMap((r) => r.people.people.map((person) => ({ file: r.article.file, person, forms: formsOf(person) })));
  const groups = new UnionFind(locals.length);
  const full = locals.map((l, i) => ({ l, i })).filter(({ l }) => l.forms.some((f) => f.length > 1));
  // Only people whose names end alike can share a name: compare within those buckets.
  const bySurname = new Map<string, number[]>();
  full.forEach(({ l }, k) => {
    for (const key of new Set(l.forms.filter((f) => f.length > 1).map(surnameKey))) bySurname.set(key, [...(bySurname.get(key) ?? []), k]);
  });
  for (const bucket of bySurname.values()) {
    for (let a = 0; a < bucket.length; a++) {
      for (let b = a + 1; b < bucket.length; b++) {
        const [x, y] = [full[bucket[a]], full[bucket[b]]];
        if (groups.find(x.i) !== groups.find(y.i) && shareFullName(x.l, y.l)) groups.union(x.i, y.i);
      }
    }
  }
  const bareByWord = new Map<string, number>();
  locals.forEach((l, i) => {
    if (l.forms.some((f) => f.length > 1)) return;
    const word = foldName(l.forms[0][0]);
    const owners = new Set(full.filter(({ l: other }) => shortForms(other.forms.filter((f) => f.length > 1)).has(word)).map(({ i: j }) => groups.find(j)));
    if (owners.size === 1) groups.union(i, [...owners][0]);
    // Articles that only ever say "Costolo" are taken to mean one Costolo, unless a full name claims it.
    else if (owners.size === 0) {
      groups.union(i, bareByWord.get(word) ?? i);
      bareByWord.set(word, i);
    }
  });
  return buildIdentities(locals, groups);
}

/** The name and the aliases that are plain names ("Li", "Sergey Lavrov"), not titled forms ("Mr Xi"). */
function formsOf(p: ArticlePerson): string[][] {
  return [p.name, ...p.aliases.filter(isPlainName)].map((n) => n.toLowerCase().split(/\s+/));
}

function isPlainName(n: string): boolean {
  return tokenize(n).every((t) => !t.possessive && !isRoleWord(t) && (hasNameShape(t) || isParticle(t)));
}

/** Everything after the first name word, folded and run together: "Kim Jong Un" and "Kim Jong-un" agree. */
function surnameKey(form: string[]): string {
  return withoutInitials(form).slice(1).map(foldName).join('');
}

function shareFullName(a: Local, b: Local): boolean {
  return a.forms.some((x) => x.length > 1 && b.forms.some((y) => y.length > 1 && sameName(x, y)));
}

function buildIdentities(locals: Local[], groups: UnionFind): Identities {
  const members = new Map<number, Local[]>();
  locals.forEach((l, i) => members.set(groups.find(i), [...(members.get(groups.find(i)) ?? []), l]));
  const people: Person[] = [];
  const idByLocal = new Map<string, string>();
  const used = new Set<string>();
  for (const group of members.values()) {
    const name = canonicalName(group);
    let id = slug(name);
    for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
    used.add(id);
    const aliases = new Set(group.flatMap((l) => [l.person.name, ...l.person.aliases]));
    aliases.delete(name);
    people.push({
      id,
      name,
      aliases: [...aliases],
      role: mostInformativeRole(group),
      mentions: group.flatMap((l) => l.person.mentions.map((m) => ({ file: l.file, start: m.start, end: m.end }))),
    });
    for (const l of group) idByLocal.set(`${l.file}\u0000${l.person.key}`, id);
  }
  people.sort((a, b) => a.id.localeCompare(b.id));
  return { people, idOf: (file, key) => idByLocal.get(`${file}\u0000${key}`) };
}

/** The fullest name, the one most articles use when spellings differ ("Sergei Lavrov" over "Sergey Lavrov"). */
function canonicalName(group: Local[]): string {
  const size = (n: string) => n.split(/\s+/).length;
  const longest = Math.max(...group.map((l) => size(l.person.name)));
  const votes = new Map<string, number>();
  for (const l of group) if (size(l.person.name) === longest) votes.set(l.person.name, (votes.get(l.person.name) ?? 0) + l.person.mentions.length);
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

function mostInformativeRole(group: Local[]): string | null {
  const roles = group.map((l) => l.person.role).filter((r): r is string => r !== null);
  const formal = roles.filter((r) => /^\p{Lu}|\s\p{Lu}/u.test(r));
  return (formal.length ? formal : roles).sort((a, b) => b.length - a.length)[0] ?? null;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}
