import { fork, type ChildProcess } from 'node:child_process';

/**
 * Starts the indexing worker (dist/indexWorker.js) as the editor runs it: a Node process of its own,
 * spoken to over IPC with structured clone (`serialization: 'advanced'`, so typed arrays and bytes
 * arrive as they were sent).
 *
 * A process rather than a worker thread of the extension host, measured on the bench corpora (2 cores):
 * - the host keeps its memory: at 10,000 articles it peaked at 436-486 MB with the worker as a thread,
 *   and at 140-160 MB beside a worker process of 394-421 MB;
 * - the worker tunes its own engine (engineFlags.ts): a 1,000-article cold index took 2.45-2.68 s against
 *   2.92-3.40 s as a thread. At 10,000 the gain is spent on sending the index over a pipe (about 1.5 s):
 *   13.8-16.8 s against 13.5-15.6 s.
 * In VS Code's desktop build `process.execPath` is Electron's, run as Node by ELECTRON_RUN_AS_NODE, as
 * language servers are.
 */
export function startIndexWorker(script: string, onStderr: (text: string) => void): ChildProcess {
  const child = fork(script, [], {
    serialization: 'advanced',
    // Not the host's own flags (an --inspect port when the host is being debugged would clash).
    execArgv: [],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  child.stderr?.setEncoding('utf8').on('data', (text: string) => onStderr(text.trimEnd()));
  return child;
}
