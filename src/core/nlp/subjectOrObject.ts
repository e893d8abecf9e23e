import type { Span } from '../model';

/** Words after which a name is an object: a preposition, a transitive verb, an -ing form. Not the last part of a
 * hyphenated word: "Chancellor-in-waiting Friedrich Merz" is the subject. */
const PREPOSITION =
  /\b(?<![-'’])(?:to|with|by|for|from|of|at|on|in|about|against|between|among|toward|towards|than|like|opposite|and|or|met|meet|meets|meeting|visited|invited|urged|thanked|told|asked|called|praised|hosted|welcomed|received|\p{Ll}+ing)\s+(?:(?:the|his|her|their|visiting|[\p{Lu}][\p{L}’'.-]*)\s+)*$/u;
/** A pronoun subject and a verb (or two words) right before a name: the name is an object. */
const AFTER_PRONOUN_SUBJECT = /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(?:\p{Ll}+\s+){1,2}$/u;

/**
 * A name right after a preposition or a transitive verb, or after a pronoun subject and its verb ("he
 * embraced Zelensky"), or followed by 's, is not its sentence's subject. `from` is where the sentence
 * starts: the words before the name are read from there, at most 60 characters back.
 */
export function isObjectOrPossessive(text: string, name: Span, from: number): boolean {
  const before = text.slice(Math.max(from, name.start - 60), name.start);
  const after = text.slice(name.end, name.end + 2);
  return PREPOSITION.test(before) || AFTER_PRONOUN_SUBJECT.test(before) || /^['’]s?\b/u.test(after) || /^['’]/u.test(after);
}
