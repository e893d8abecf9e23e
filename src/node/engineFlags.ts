import { setFlagsFromString } from 'node:v8';

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
