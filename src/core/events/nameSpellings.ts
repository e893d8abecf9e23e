import { foldName } from '../nlp/nameForms';
import { rememberedByWord } from '../nlp/remembered';

/**
 * One person's name romanised by different outlets: "Nurlan Zhumabekov", "Nurlan Jumabekov", "Nurlan Dzhumabekov";
 * "Park Ji-hoon" and "Park Jihoon". Identities across articles keep them apart ("Jang" and "Zhang" are two family
 * names); an occasion reported by all three outlets is still one, so events compare people by this key of their id:
 * the identities' own spelling-blind form (foldName), with the Cyrillic Ж and Korean ㅈ written Zh, Dzh or J as one
 * sound, and without hyphens. A number an id carries to tell two people of one name apart ("john-smith-2") is kept.
 */
export const spellingKey = rememberedByWord((id: string): string => {
  const numbered = /-(\d+)$/u.exec(id);
  const name = numbered ? id.slice(0, numbered.index) : id;
  return foldName(name.replace(/dzh|zh|dj/g, 'j')) + (numbered ? `-${numbered[1]}` : '');
});

/** The keys of a set of person ids. */
export function spellingKeys(ids: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const id of ids) keys.add(spellingKey(id));
  return keys;
}
