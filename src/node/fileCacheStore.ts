import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CacheStore } from '../core/index/readingCache';
import { textHash } from '../core/index/contentHash';

/** A CacheStore in one file, written atomically (temp file, then rename), so a crash never leaves half a cache. */
export class FileCacheStore implements CacheStore {
  constructor(readonly file: string) {}

  /** The cache file for a corpus root inside a cache folder. */
  static forCorpus(cacheDir: string, corpusRoot: string): FileCacheStore {
    return new FileCacheStore(path.join(cacheDir, `readings-${textHash(path.resolve(corpusRoot))}.json`));
  }

  async load(): Promise<string | undefined> {
    try {
      return await fs.readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as { code?: string }).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async save(text: string): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await fs.writeFile(tmp, text);
      await fs.rename(tmp, this.file);
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }
}

/** The CLI's default cache folder: $XDG_CACHE_HOME/grounded-reader, else ~/.cache/grounded-reader. */
export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'grounded-reader');
}
