import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { CorpusIndexData } from '../core/index/corpusQuery';
import { packIndex, unpackIndex, type PackedIndex } from '../core/index/packedIndex';
import { PIPELINE_VERSION } from '../core/index/version';
import { textHash } from '../core/index/contentHash';

/** Bump when the file's layout changes. */
const FORMAT_NAME = 'grounded-reader-index-snapshot/';
const FORMAT = `${FORMAT_NAME}2`;

/** The linked index as it was last written, with the key of what it was made from (CorpusSession.inputKey). */
export interface IndexSnapshot {
  key: string;
  data: CorpusIndexData;
}

export type SnapshotLoad =
  | { ok: true; snapshot: IndexSnapshot }
  | { ok: false; reason: 'missing' | 'other-version' | 'other-inputs' | 'corrupt'; message: string };

/** The first of the file's two values, read before the index (which is not read at all for a snapshot of other inputs). */
interface SnapshotHead {
  format: string;
  pipelineVersion: string;
  key: string;
}

/**
 * The linked corpus index kept beside the reading cache, so that a warm start answers from it at once
 * while the indexing worker checks it against the files. It is never current by itself: whoever serves
 * it must have it verified (the worker re-reads the corpus and sends what changed).
 *
 * The index is written packed (columns, file names in one table: see packedIndex.ts) with
 * `v8.serialize`, whose strings are copied rather than decoded: at ten thousand articles it loads in a
 * quarter of the time the same index takes as JSON.
 */
export class IndexSnapshotFile {
  constructor(readonly file: string) {}

  /** The snapshot file in a storage folder (the editor's) or a cache folder. */
  static in(dir: string): IndexSnapshotFile {
    return new IndexSnapshotFile(path.join(dir, 'index-snapshot.bin'));
  }

  /** The snapshot of the corpus at `corpusRoot` in a cache folder that holds several corpora's (the CLI's). */
  static forCorpus(cacheDir: string, corpusRoot: string): IndexSnapshotFile {
    return new IndexSnapshotFile(path.join(cacheDir, `index-${textHash(path.resolve(corpusRoot))}.bin`));
  }

  /**
   * The snapshot; with `onlyFor`, only the one made from the inputs whose key it gives (another is 'other-inputs', its
   * index not decoded). `onlyFor` is asked only of a snapshot this version of the reader could use.
   */
  async load(onlyFor?: () => Promise<string>): Promise<SnapshotLoad> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.file);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ENOENT') return { ok: false, reason: 'missing', message: 'no index snapshot yet' };
      return { ok: false, reason: 'corrupt', message: `the index snapshot could not be read (${(e as Error).message})` };
    }
    return decodeSnapshot(bytes, PIPELINE_VERSION, onlyFor);
  }

  /** Writes atomically (temp file, then rename). Throws when the storage cannot be written. */
  async save(snapshot: IndexSnapshot): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await fs.writeFile(tmp, encodeSnapshot(snapshot));
      await fs.rename(tmp, this.file);
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }
}

/** The snapshot as two values of one v8 serialization: its head (format, version, key), then the packed index. */
export function encodeSnapshot(snapshot: IndexSnapshot): Buffer {
  const head: SnapshotHead = { format: FORMAT, pipelineVersion: snapshot.data.version, key: snapshot.key };
  const serializer = new v8.DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(head);
  serializer.writeValue(packIndex(snapshot.data));
  return serializer.releaseBuffer();
}

export async function decodeSnapshot(bytes: Uint8Array, pipelineVersion = PIPELINE_VERSION, onlyFor?: () => Promise<string>): Promise<SnapshotLoad> {
  const corrupt = (why: string): SnapshotLoad => ({ ok: false, reason: 'corrupt', message: `the index snapshot is corrupt (${why})` });
  let deserializer: v8.Deserializer;
  let head: SnapshotHead;
  try {
    deserializer = new v8.DefaultDeserializer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    deserializer.readHeader();
    head = deserializer.readValue() as SnapshotHead;
  } catch (e) {
    return corrupt((e as Error).message);
  }
  if (!head || typeof head !== 'object' || typeof head.format !== 'string' || !head.format.startsWith(FORMAT_NAME)) return corrupt('not a snapshot');
  if (typeof head.key !== 'string') return corrupt('no key');
  if (head.format !== FORMAT || head.pipelineVersion !== pipelineVersion) return { ok: false, reason: 'other-version', message: 'the index snapshot is from another version of the reader' };
  if (onlyFor && head.key !== (await onlyFor())) return { ok: false, reason: 'other-inputs', message: 'the index snapshot was made from other files' };
  try {
    const data = unpackIndex(deserializer.readValue() as PackedIndex);
    if (data.version !== pipelineVersion) throw new Error('version missing');
    return { ok: true, snapshot: { key: head.key, data } };
  } catch (e) {
    return corrupt((e as Error).message);
  }
}
