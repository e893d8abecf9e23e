/**
 * The indexing worker: a worker thread that reads articles from disk (or from bytes it is sent), keeps
 * their readings, and answers with the linked corpus index. The editor's main thread never parses text.
 */
import { parentPort } from 'node:worker_threads';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../core/article/decode';
import { readAtMost } from './readAtMost';
import { CorpusSession } from '../core/index/indexCorpus';
import { ReadingCache } from '../core/index/readingCache';
import { FileCacheStore } from './fileCacheStore';
import type { FromWorker, ToWorker, WorkerFile } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('indexWorker must run in a worker thread');

let session: CorpusSession | undefined;
let cancelled = false;
const post = (m: FromWorker) => port.postMessage(m);
const log = (message: string) => post({ type: 'log', message });

/** The size limit of the last index request, which updates keep. */
let maxBytes = DEFAULT_MAX_ARTICLE_BYTES;

function reader(f: WorkerFile): () => Promise<Uint8Array> {
  if (f.bytes) return async () => f.bytes!;
  if (f.fsPath) return () => readAtMost(f.fsPath!, maxBytes);
  return async () => {
    throw new Error('no bytes and no path');
  };
}

async function handle(m: ToWorker): Promise<void> {
  if (m.type === 'cancel') {
    cancelled = true;
    return;
  }
  const started = Date.now();
  try {
    if (m.type === 'index') {
      cancelled = false;
      maxBytes = m.maxBytes;
      const readers = new Map(m.files.map((f) => [f.file, reader(f)]));
      const cache = m.cacheFile ? new ReadingCache(new FileCacheStore(m.cacheFile), log) : undefined;
      session = new CorpusSession({
        cache,
        log,
        maxBytes: m.maxBytes,
        isCancelled: () => cancelled,
        onProgress: (done, total) => {
          if (done === total || done % 25 === 0) post({ type: 'progress', id: m.id, done, total });
        },
      });
      await session.readAll({ files: m.files.map((f) => f.file), manifestText: m.manifestText, read: (file) => readers.get(file)!() });
    } else {
      if (!session) throw new Error('update before the first index');
      await session.update(m.changed.map((f) => ({ file: f.file, read: reader(f) })), m.removed);
    }
    post({ type: 'result', id: m.id, data: session.link(), ms: Date.now() - started });
  } catch (e) {
    post({ type: 'error', id: m.id, message: (e as Error)?.stack ?? String(e) });
  }
}

// One message at a time, in order: an update never races the index it updates.
let queue = Promise.resolve();
port.on('message', (m: ToWorker) => {
  if (m.type === 'cancel') {
    cancelled = true;
    return;
  }
  queue = queue.then(() => handle(m));
});
