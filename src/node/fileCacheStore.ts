import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { CacheStore } from '../core/index/readingCache';
import { textHash } from '../core/index/contentHash';

/** Characters written at a time. */
const WRITE_BATCH = 1 << 20;

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

  /** The file line by line, read as a stream: a cache of tens of MB is never one string. */
  async loadLines(): Promise<AsyncIterable<string> | undefined> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.file, 'r');
    } catch (e) {
      if ((e as { code?: string }).code === 'ENOENT') return undefined;
      throw e;
    }
    // The stream closes the file when it ends or fails; readline ends at the stream's end.
    return createInterface({ input: handle.createReadStream({ encoding: 'utf8' }), crlfDelay: Infinity });
  }

  async save(text: string): Promise<void> {
    await this.saveInPieces([text]);
  }

  async saveInPieces(pieces: Iterable<string>): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      const handle = await fs.open(tmp, 'w');
      try {
        let batch = '';
        for (const piece of pieces) {
          batch += piece;
          if (batch.length >= WRITE_BATCH) {
            await handle.writeFile(batch);
            batch = '';
          }
        }
        if (batch) await handle.writeFile(batch);
      } finally {
        await handle.close();
      }
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
