/**
 * One person's name romanised by different outlets: "Nurlan Zhumabekov", "Nurlan Jumabekov", "Nurlan Dzhumabekov";
 * "Park Ji-hoon" and "Park Jihoon". Identities across articles keep them apart (a letter is a letter there); an
 * occasion reported by all three outlets is still one, so events compare people by this key of their id: the
 * sounds the common romanisations write differently written one way, doubled letters once, no hyphens. A
 * number an id carries to tell two people of one name apart ("john-smith-2") is kept.
 */
export function spellingKey(id: string): string {
  let key = cache.get(id);
  if (key === undefined) {
    key = id
      .toLowerCase()
      .replace(/dzh|zh|dj|j/g, 'j')
      .replace(/kh/g, 'h')
      .replace(/ph/g, 'f')
      .replace(/ks/g, 'x')
      .replace(/ou/g, 'u')
      .replace(/w/g, 'v')
      .replace(/y/g, 'i')
      .replace(/-(?!\d+$)/g, '')
      .replace(/([a-z])\1+/g, '$1');
    if (cache.size > CACHE_LIMIT) cache.clear();
    cache.set(id, key);
  }
  return key;
}

/** The keys of a set of person ids. */
export function spellingKeys(ids: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const id of ids) keys.add(spellingKey(id));
  return keys;
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;
