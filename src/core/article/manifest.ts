import type { ArticleMeta } from '../model';

/** The optional manifest beside a folder of articles, `corpus.json`: what a reader knows about each file. */
export const MANIFEST_FILE = 'corpus.json';

export interface Manifest {
  articles: Record<string, ArticleMeta>;
}

export type ManifestResult = { manifest: Manifest; warnings: string[] };

/** Parses a manifest's text. A broken manifest is reported and ignored, never fatal. */
export function parseManifest(text: string): ManifestResult {
  const warnings: string[] = [];
  const manifest: Manifest = { articles: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { manifest, warnings: [`${MANIFEST_FILE} is not valid JSON and was ignored (${(e as Error).message})`] };
  }
  const articles = (raw as { articles?: unknown })?.articles;
  if (!articles || typeof articles !== 'object' || Array.isArray(articles)) {
    return { manifest, warnings: [`${MANIFEST_FILE} has no "articles" object and was ignored`] };
  }
  for (const [file, value] of Object.entries(articles as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') {
      warnings.push(`${MANIFEST_FILE}: entry for ${file} is not an object`);
      continue;
    }
    const v = value as Record<string, unknown>;
    const meta: ArticleMeta = {};
    if (typeof v.title === 'string' && v.title.trim()) meta.title = v.title.trim();
    if (typeof v.outlet === 'string' && v.outlet.trim()) meta.outlet = v.outlet.trim();
    if (typeof v.published === 'string') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(v.published)) meta.published = v.published;
      else warnings.push(`${MANIFEST_FILE}: ${file} has a published date that is not YYYY-MM-DD: ${v.published}`);
    }
    manifest.articles[file] = meta;
  }
  return { manifest, warnings };
}
