import type { ArticleMeta, ArticleReading } from '../model';
import { decodeArticleBytes, DEFAULT_MAX_ARTICLE_BYTES } from '../article/decode';
import { NOT_ENGLISH, readArticle } from '../article/readArticle';
import { ArticleDescriptions } from '../nlp/descriptors';
import { findPeople } from '../nlp/findPeople';
import { findStatements } from '../quotes/findStatements';
import { findEventMentions } from '../events/findEventMentions';

export type FileOutcome = { ok: true; reading: ArticleReading } | { ok: false; file: string; reason: string };

/** Reads one file's bytes into everything the reader finds in it, or a reason it was skipped. Never throws. */
export function readArticleFile(file: string, bytes: Uint8Array, meta?: ArticleMeta, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): FileOutcome {
  const decoded = decodeArticleBytes(bytes, maxBytes);
  if (!decoded.ok) return { ok: false, file, reason: decoded.reason };
  try {
    return { ok: true, reading: readArticleText(file, decoded.text, meta, decoded.warnings) };
  } catch (e) {
    return { ok: false, file, reason: readerFailure(e) };
  }
}

/** Why a file was skipped when the reader itself failed on it: a reader bug costs one file, not the corpus. */
export function readerFailure(e: unknown): string {
  return `the reader failed on this file (${(e as Error)?.message ?? e})`;
}

/** Reads one article's text (as the editor has it). */
export function readArticleText(file: string, text: string, meta?: ArticleMeta, warnings: string[] = []): ArticleReading {
  const article = readArticle(file, text, meta);
  article.warnings.unshift(...warnings);
  const people = findPeople(article);
  if (people.notEnglish && !article.warnings.includes(NOT_ENGLISH)) article.warnings.push(NOT_ENGLISH);
  // Both readers resolve role descriptions ("the Chinese leader") to people: worked out once, for both.
  const descriptions = new ArticleDescriptions(article, people);
  const eventMentions = findEventMentions(article, people, descriptions);
  const statements = findStatements(article, people, eventMentions, descriptions);
  return { article, people, statements, eventMentions };
}
