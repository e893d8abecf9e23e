/**
 * The indexing worker: a process of its own (see indexWorkerProcess.ts; tests may run it as a worker
 * thread) that reads articles from disk (or from bytes it is sent), keeps their readings, and answers
 * with the linked corpus index. The editor's process never parses text.
 *
 * On a machine with a core to spare beyond the editor's, a whole corpus of thousands of articles is read
 * by reading threads (readingThreads.ts).
 *
 * The editor holds the index it was last sent (or the snapshot it loaded at a warm start); the worker
 * keeps the same one, so that after an edit it sends only what changed (an IndexDelta). It also keeps
 * the index snapshot on disk up to date, written after a full index and, after edits, once they pause.
 */
import { parentPort } from 'node:worker_threads';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../core/article/decode';
import { readAtMost } from './readAtMost';
import { collectGarbage, tuneEngine } from './engineFlags';
import { isReadingThread, ReadingThreads, serveReadings, threadsForMachine } from './readingThreads';
import { CorpusSession } from '../core/index/indexCorpus';
import { ReadingCache } from '../core/index/readingCache';
import type { CorpusIndexData } from '../core/index/corpusQuery';
import { diffIndex } from '../core/index/indexDelta';
import { packIndex } from '../core/index/packedIndex';
import { FileCacheStore } from './fileCacheStore';
import { IndexSnapshotFile } from './indexSnapshot';
import { resultBase, snapshotBase, type FromWorker, type ResultPhases, type ToWorker, type WorkerFile } from './workerProtocol';

/**
 * The editor's end of the conversation: the parent process's IPC channel, or a parent thread's port.
 * `send` resolves once the message has left: a pipe takes a large index in pieces, written only while
 * this process's event loop runs, so work that blocks it (writing the snapshot) waits for that.
 */
interface Editor {
  send(m: FromWorker): Promise<void>;
  onMessage(f: (m: ToWorker) => void): void;
}

function editorChannel(): Editor {
  const port = parentPort;
  if (port) return { send: async (m) => port.postMessage(m), onMessage: (f) => port.on('message', f) };
  const send = process.send?.bind(process);
  if (send) return { send: (m) => new Promise((resolve) => send(m, () => resolve())), onMessage: (f) => process.on('message', f) };
  throw new Error('indexWorker must run in a child process with an IPC channel, or in a worker thread');
}

/** The editor this worker answers (set at start: the bundle is also what a reading thread runs). */
let editor: Editor;

/** How long edits must pause before the snapshot is written again. */
const SNAPSHOT_DELAY_MS = 5000;

let session: CorpusSession | undefined;
let cancelled = false;
const post = (m: FromWorker) => void editor.send(m);
const log = (message: string) => post({ type: 'log', message });

/** The size limit of the last index request, which updates keep. */
let maxBytes = DEFAULT_MAX_ARTICLE_BYTES;

/** The index the editor was last sent, and the `base` it names it by. */
let sent: { base: string; data: CorpusIndexData } | undefined;

/** Where the snapshot is kept, and the key of the one written there (undefined: unknown or none). */
let snapshotFile: IndexSnapshotFile | undefined;
let snapshotKey: string | undefined;
let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
let snapshotWriteFailed = false;
/** Whether the session holds the whole corpus (its last full read was not cancelled). */
let complete = false;

function reader(f: WorkerFile): () => Promise<Uint8Array> {
  if (f.bytes) return async () => f.bytes!;
  if (f.fsPath) return () => readFromDisk(f.fsPath!);
  return async () => {
    throw new Error('no bytes and no path');
  };
}

/** How long the worker reads files without looking at its messages: a cancel is heard within this. */
const LISTEN_EVERY_MS = 50;
let listened = Date.now();

/** Reads a file (synchronously, see readAtMost), first letting the event loop run if it has not for a while. */
async function readFromDisk(fsPath: string): Promise<Uint8Array> {
  if (Date.now() - listened >= LISTEN_EVERY_MS) {
    await new Promise((resolve) => setImmediate(resolve));
    listened = Date.now();
  }
  return readAtMost(fsPath, maxBytes);
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
      if (m.snapshotFile !== snapshotFile?.file) {
        snapshotFile = m.snapshotFile ? new IndexSnapshotFile(m.snapshotFile) : undefined;
        snapshotKey = undefined;
      }
      const readers = new Map(m.files.map((f) => [f.file, reader(f)]));
      const cache = m.cacheFile ? new ReadingCache(new FileCacheStore(m.cacheFile), log) : undefined;
      // A core is left to the editor: on two cores the articles are read one at a time.
      const parallel = new ReadingThreads(__filename, threadsForMachine(1), { log });
      session = new CorpusSession({
        cache,
        log,
        parallel,
        maxBytes: m.maxBytes,
        isCancelled: () => cancelled,
        onProgress: (done, total) => {
          if (done === total || done % 25 === 0) post({ type: 'progress', id: m.id, done, total });
        },
      });
      try {
        await session.readAll({ files: m.files.map((f) => f.file), manifestText: m.manifestText, read: (file) => readers.get(file)!() });
      } finally {
        await parallel.close();
      }
      complete = !cancelled;
      // Each phase of a whole index leaves garbage the next would grow the heap over (see collectGarbage).
      collectGarbage();
      const read = Date.now();
      const data = session.link();
      collectGarbage();
      const linked = Date.now();
      if (m.base?.startsWith(snapshotBase('')) && m.base !== sent?.base) await adoptSnapshot(m.base, session.inputKey(), data);
      await send(m.id, m.base, data, started, { readMs: read - started, linkMs: linked - read, link: session.lastLinkPhases });
      // A cancelled run is not the corpus: its index is sent, never kept.
      if (complete) await saveSnapshot(session.inputKey(), data);
    } else {
      if (!session) throw new Error('update before the first index');
      await session.update(m.changed.map((f) => ({ file: f.file, read: reader(f) })), m.removed);
      const read = Date.now();
      const data = session.link();
      await send(m.id, m.base, data, started, { readMs: read - started, linkMs: Date.now() - read, link: session.lastLinkPhases });
      scheduleSnapshot();
    }
  } catch (e) {
    post({ type: 'error', id: m.id, message: (e as Error)?.stack ?? String(e) });
  }
}

/** Sends `data`, as a delta when the editor holds the index last sent (or the snapshot it names). */
async function send(id: number, base: string | undefined, data: CorpusIndexData, started: number, phases: Omit<ResultPhases, 'diffMs'>): Promise<void> {
  let result: FromWorker;
  if (base && sent && sent.base === base) {
    const diffing = Date.now();
    const delta = diffIndex(sent.data, data);
    result = { type: 'result', id, delta, ms: Date.now() - started, phases: { ...phases, diffMs: Date.now() - diffing } };
  } else result = { type: 'result', id, packed: packIndex(data), ms: Date.now() - started, phases: { ...phases, diffMs: 0 } };
  sent = { base: resultBase(id), data };
  await editor.send(result);
}

/**
 * Takes the snapshot the editor loaded as the index it holds, when the one on disk is that snapshot. A
 * snapshot made from the very inputs just read (its key is theirs) is `data` itself: the same inputs
 * link the same index. It is not read again then: at ten thousand articles that read took 0.4 s and a
 * third copy of the index (the worker of a warm start peaked at 453 MB).
 */
async function adoptSnapshot(base: string, inputKey: string, data: CorpusIndexData): Promise<void> {
  if (base === snapshotBase(inputKey)) {
    snapshotKey = inputKey;
    sent = { base, data };
    return;
  }
  if (!snapshotFile) return;
  const loaded = await snapshotFile.load();
  if (!loaded.ok || snapshotBase(loaded.snapshot.key) !== base) return;
  snapshotKey = loaded.snapshot.key;
  sent = { base, data: loaded.snapshot.data };
}

async function saveSnapshot(key: string, data: CorpusIndexData): Promise<void> {
  if (!snapshotFile || key === snapshotKey) return;
  try {
    await snapshotFile.save({ key, data });
    snapshotKey = key;
  } catch (e) {
    // Read-only storage: the editor works without a snapshot (warm starts re-read from the cache). Said once.
    if (!snapshotWriteFailed) log(`the index snapshot could not be written, continuing without it (${(e as Error).message})`);
    snapshotWriteFailed = true;
  }
}

function scheduleSnapshot(): void {
  if (!snapshotFile || !complete) return;
  if (snapshotTimer) clearTimeout(snapshotTimer);
  snapshotTimer = setTimeout(() => {
    snapshotTimer = undefined;
    enqueue(async () => {
      if (session && sent) await saveSnapshot(session.inputKey(), sent.data);
    });
  }, SNAPSHOT_DELAY_MS);
  snapshotTimer.unref?.();
}

// One message at a time, in order: an update never races the index it updates.
let queue = Promise.resolve();
function enqueue(task: () => Promise<void>): void {
  queue = queue.then(task);
}

if (isReadingThread()) serveReadings();
else {
  editor = editorChannel();
  if (!parentPort) {
    // A process of its own: its engine is ours to tune, and it ends when the editor that started it is gone.
    tuneEngine();
    process.on('disconnect', () => process.exit(0));
  }
  editor.onMessage((m: ToWorker) => {
    if (m.type === 'cancel') {
      cancelled = true;
      return;
    }
    if (snapshotTimer && m.type === 'index') {
      clearTimeout(snapshotTimer);
      snapshotTimer = undefined;
    }
    enqueue(() => handle(m));
  });
}
