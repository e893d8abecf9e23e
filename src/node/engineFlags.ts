import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8 settings for the processes that read articles (the CLI, and the indexing worker the editor starts),
 * set before the reader first runs. They change how fast the
 * reader's code gets compiled, never what it does (`index --json` output is byte-identical with and
 * without them). Measured on the 1,000-article bench corpus, 2 cores: a cold index 2.66 → 1.93 s
 * (fastest of five); 10,000 articles 12.3 → 11.7 s.
 *
 * - `--no-turbo-inlining`: the reader is a few hundred mid-sized functions. Inlined into one another,
 *   each optimized compile grew large (`readArticle` alone took 126 ms of compiler time, three times
 *   over after deoptimizations): about 3 s of compiling in a 1,000-article run, queued on the one
 *   background core, while the code waiting for it ran unoptimized.
 * - `--no-regexp-tier-up`: each of the reader's few hundred regular expressions (some of them every
 *   country name and demonym) is compiled once, to machine code, instead of to bytecode first and
 *   then again: the first article took 164 ms, now 62 ms.
 *
 * They are never set in the extension host, whose engine is VS Code's and every other extension's: that is
 * one reason the editor's indexing worker is a process of its own (indexWorkerProcess.ts).
 */
export const ENGINE_FLAGS = ['--no-turbo-inlining', '--no-regexp-tier-up'];

export function tuneEngine(): void {
  for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
}

/** Below this much live heap a full collection is not worth its pause (a 1,000-article corpus stays under it). */
const COLLECT_ABOVE_BYTES = 96 * 2 ** 20;

let fullCollection: (() => void) | null | undefined;

/**
 * A full garbage collection between the phases of a large index (after reading every file, after
 * linking), in a process of ours (the CLI, the indexing worker). Reading leaves its garbage in the
 * heap, and the engine grows the heap for the next phase instead of collecting it first, so the
 * process's peak was the sum of the two. At 10,000 articles the editor's indexing worker peaked at
 * 388-402 MB, and at 305 MB with a collection after reading and one after linking (69 and 133 ms
 * of a 15 s index). A small heap is left alone. Where the engine does not allow it, nothing happens.
 */
export function collectGarbage(): void {
  if (getHeapStatistics().used_heap_size < COLLECT_ABOVE_BYTES) return;
  if (fullCollection === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      fullCollection = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      fullCollection = null;
    }
  }
  fullCollection?.();
}
