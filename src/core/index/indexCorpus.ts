import type { ArticleReading, SkippedFile } from '../model';
import { parseManifest, type Manifest } from '../article/manifest';
import { readArticleFile } from './readFile';
import { buildCorpusIndex, type CorpusIndexData } from './corpusIndex';

/** Where a corpus's files come from: the CLI reads a folder, the editor its workspace. */
export interface CorpusSource {
  /** Article files, as paths relative to the corpus root with '/' separators. */
  files: string[];
  read(file: string): Promise<Uint8Array>;
  /** The text of corpus.json, when there is one. */
  manifestText?: string;
}

export interface IndexOptions {
  maxBytes?: number;
  onProgress?(done: number, total: number, file: string): void;
  isCancelled?(): boolean;
  log?(message: string): void;
}

/** Reads every file of a corpus and links them into one index. One bad file is skipped with a reason, never fatal. */
export async function indexCorpus(source: CorpusSource, options: IndexOptions = {}): Promise<CorpusIndexData> {
  let manifest: Manifest = { articles: {} };
  if (source.manifestText !== undefined) {
    const parsed = parseManifest(source.manifestText);
    manifest = parsed.manifest;
    parsed.warnings.forEach((w) => options.log?.(w));
  }
  const readings: ArticleReading[] = [];
  const skipped: SkippedFile[] = [];
  let done = 0;
  for (const file of source.files) {
    if (options.isCancelled?.()) break;
    try {
      const bytes = await source.read(file);
      const outcome = readArticleFile(file, bytes, manifest.articles[file], options.maxBytes);
      if (outcome.ok) readings.push(outcome.reading);
      else skipped.push({ file, reason: outcome.reason });
    } catch (e) {
      skipped.push({ file, reason: describeError(e) });
    }
    options.onProgress?.(++done, source.files.length, file);
  }
  for (const s of skipped) options.log?.(`skipped ${s.file}: ${s.reason}`);
  return buildCorpusIndex(readings, skipped);
}

export function describeError(e: unknown): string {
  const err = e as NodeJSLikeError;
  if (err && err.code === 'ENOENT') return 'file disappeared while indexing';
  if (err && (err.code === 'EACCES' || err.code === 'EPERM')) return 'not readable (permission denied)';
  if (err && err.code === 'EISDIR') return 'a folder, not a file';
  return err && err.message ? `could not be read (${err.message})` : 'could not be read';
}

interface NodeJSLikeError {
  code?: string;
  message?: string;
}
