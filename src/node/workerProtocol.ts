import type { CorpusIndexData } from '../core/index/corpusQuery';

/** A file for the worker: read from disk at `fsPath`, or given as `bytes` (unsaved edits, virtual workspaces). */
export interface WorkerFile {
  file: string;
  fsPath?: string;
  bytes?: Uint8Array;
}

export type ToWorker =
  | { type: 'index'; id: number; files: WorkerFile[]; manifestText?: string; cacheFile?: string; maxBytes: number }
  | { type: 'update'; id: number; changed: WorkerFile[]; removed: string[] }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'log'; message: string }
  | { type: 'result'; id: number; data: CorpusIndexData; ms: number }
  | { type: 'error'; id: number; message: string };
