import type { ArticleReading, Person } from '../model';

export interface Identities {
  people: Person[];
  /** The corpus person id of an article-local person key. */
  idOf(file: string, key: string): string | undefined;
}

/** BASELINE (to be replaced by the people reader): one identity per exact full name. */
export function resolveIdentities(readings: ArticleReading[]): Identities {
  const byName = new Map<string, Person>();
  const local = new Map<string, string>();
  for (const r of readings) {
    for (const p of r.people.people) {
      const id = slug(p.name);
      const person = byName.get(id) ?? { id, name: p.name, aliases: [], role: p.role, mentions: [] };
      for (const a of p.aliases) if (!person.aliases.includes(a)) person.aliases.push(a);
      person.mentions.push(...p.mentions.map((m) => ({ file: r.article.file, start: m.start, end: m.end })));
      byName.set(id, person);
      local.set(`${r.article.file}\u0000${p.key}`, id);
    }
  }
  return { people: [...byName.values()], idOf: (file, key) => local.get(`${file}\u0000${key}`) };
}

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
