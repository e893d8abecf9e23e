import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ArticleMeta, ArticleReading } from '../core/model';
import type { ParallelReader } from '../core/index/indexCorpus';
import { readArticleText } from '../core/index/readFile';

/**
 * Worker threads that read articles, for a process of ours that reads a whole corpus (the CLI, the
 * editor's indexing worker): each article is read start to end by one thread, so N threads read N at
 * once. The threads run the very bundle that starts them (`script`: its `__filename`), which hands
 * itself over to `serveReadings` when `isReadingThread()`.
 *
 * A thread pays for itself only over many articles: each one warms up the reader's code on its own (about
 * a second of CPU), and on two cores it competes with the engine's own compiling. Measured with two
 * threads on 2 cores: 1,000 articles 2.2-2.8 s → 2.7-3.3 s, 4,000 articles 7.4-7.7 s → 6.5-7.7 s,
 * 10,000 articles 15.6-22.8 s → 12.1-15.5 s. Hence PARALLEL_FROM_FILES.
 *
 * The threads start at the first article to read (a run whose readings are all cached starts none). A
 * thread that dies leaves its articles, and every later one, to be read in the calling thread.
 */
export class ReadingThreads implements ParallelReader {
  private threads: Reader[] | undefined;
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;
  private broken = false;

  private readonly log: (message: string) => void;
  private readonly fromFiles: number;

  constructor(private readonly script: string, readonly width: number, options: { log?(message: string): void; fromFiles?: number } = {}) {
    this.log = options.log ?? (() => {});
    this.fromFiles = options.fromFiles ?? PARALLEL_FROM_FILES;
  }

  worthFor(files: number): boolean {
    return this.width > 1 && files >= this.fromFiles;
  }

  read(file: string, text: string, meta: ArticleMeta | undefined, warnings: string[]): Promise<ArticleReading> {
    const thread = this.broken || text.length > READ_HERE_ABOVE_CHARS ? undefined : this.leastBusy();
    if (!thread) return readHere(file, text, meta, warnings);
    const id = this.nextId++;
    return new Promise<ArticleReading>((resolve, reject) => {
      this.jobs.set(id, { file, text, meta, warnings, thread, resolve, reject });
      // A thread with work keeps the process alive until it answers; an idle one does not.
      if (thread.jobs++ === 0) thread.worker.ref();
      thread.queued += text.length;
      thread.worker.postMessage({ id, file, text, meta, warnings } satisfies ToReader);
    });
  }

  /** Ends the threads (the memory they hold is freed); a later read starts them again. */
  async close(): Promise<void> {
    const threads = this.threads ?? [];
    this.threads = undefined;
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  /** The thread with the fewest characters still to read, starting the threads the first time. */
  private leastBusy(): Reader | undefined {
    if (!this.threads) {
      try {
        this.threads = Array.from({ length: this.width }, () => this.start());
      } catch (e) {
        this.giveUp(`reading threads could not start (${(e as Error).message})`);
        return undefined;
      }
    }
    return this.threads.reduce((a, b) => (b.queued < a.queued ? b : a));
  }

  private start(): Reader {
    const worker = new Worker(this.script, { workerData: { [ROLE]: READING }, stdout: false, stderr: false, resourceLimits: THREAD_HEAP });
    const thread: Reader = { worker, queued: 0, jobs: 0 };
    worker.on('message', (m: FromReader) => {
      const job = this.jobs.get(m.id);
      if (!job) return;
      this.jobs.delete(m.id);
      thread.queued -= job.text.length;
      if (--thread.jobs === 0) worker.unref();
      if ('error' in m) job.reject(new Error(m.error));
      else if (m.reading?.article) job.resolve({ ...m.reading, article: { ...m.reading.article, text: job.text } });
      else job.reject(new Error('a reading thread answered with no reading'));
    });
    worker.on('error', (e) => this.lost(thread, e.message));
    worker.on('exit', (code) => {
      if (this.threads?.includes(thread)) this.lost(thread, `it exited with code ${code}`);
    });
    worker.unref();
    return thread;
  }

  /** A thread died: what it had not read is read here, and so is everything after. */
  private lost(thread: Reader, why: string): void {
    this.giveUp(`a reading thread stopped (${why})`);
    for (const [id, job] of this.jobs) {
      if (job.thread !== thread) continue;
      this.jobs.delete(id);
      readHere(job.file, job.text, job.meta, job.warnings).then(job.resolve, job.reject);
    }
  }

  private giveUp(why: string): void {
    if (!this.broken) this.log(`${why}: reading the rest of the articles one at a time`);
    this.broken = true;
  }
}

/** Below this many files a read stays in one thread: the threads' start-up would cost more than they save. */
export const PARALLEL_FROM_FILES = 2000;

/**
 * A thread's heap is kept small (at ten thousand articles two threads without limits took the CLI's peak
 * from 290 to 376 MB; with these, 298 MB). An article long enough to need more is read in the calling
 * thread, and a thread that runs out anyway is replaced by the calling thread (see `lost`).
 */
const THREAD_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };
const READ_HERE_ABOVE_CHARS = 512 * 1024;

/** At most this many threads: each holds the reader's code and a heap of its own. */
const MAX_THREADS = 4;

/** How many articles to read at once: one per core (less `spare` kept for others), at most MAX_THREADS. */
export function threadsForMachine(spare = 0, cores = availableParallelism()): number {
  return Math.max(1, Math.min(MAX_THREADS, cores - spare));
}

/** Whether this thread was started by ReadingThreads to read articles. */
export function isReadingThread(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | undefined)?.[ROLE] === READING;
}

/** A reading thread's whole life: reads each article it is sent and sends back its reading, without the text it was sent. */
export function serveReadings(): void {
  const port = parentPort!;
  port.on('message', ({ id, file, text, meta, warnings }: ToReader) => {
    let reply: FromReader;
    try {
      const reading = readArticleText(file, text, meta, warnings);
      reply = { id, reading: { ...reading, article: { ...reading.article, text: '' } } };
    } catch (e) {
      reply = { id, error: (e as Error)?.message ?? String(e) };
    }
    port.postMessage(reply);
  });
}

const ROLE = 'groundedReaderRole';
const READING = 'reading';

interface Reader {
  worker: Worker;
  /** Characters sent to it and not yet read. */
  queued: number;
  /** Articles sent to it and not yet read. */
  jobs: number;
}

interface Job {
  file: string;
  text: string;
  meta: ArticleMeta | undefined;
  warnings: string[];
  thread: Reader;
  resolve(reading: ArticleReading): void;
  reject(e: unknown): void;
}

interface ToReader {
  id: number;
  file: string;
  text: string;
  meta: ArticleMeta | undefined;
  warnings: string[];
}

type FromReader = { id: number; reading: ArticleReading } | { id: number; error: string };

async function readHere(file: string, text: string, meta: ArticleMeta | undefined, warnings: string[]): Promise<ArticleReading> {
  return readArticleText(file, text, meta, warnings);
}
