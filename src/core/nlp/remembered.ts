/**
 * Pure functions of one word, remembered. The memory is dropped past MAX_REMEMBERED words, so a 20 MB
 * file of invented words cannot make it grow without bound.
 */
export const MAX_REMEMBERED = 50_000;

/** `f` of a word, remembered (for pure functions of the word and fixed data). */
export function rememberedByWord<T>(f: (word: string) => T): (word: string) => T {
  const memory = new Map<string, T>();
  return (word) => {
    let v = memory.get(word);
    if (v === undefined && !memory.has(word)) {
      v = f(word);
      if (memory.size >= MAX_REMEMBERED) memory.clear();
      memory.set(word, v);
    }
    return v as T;
  };
}
