import type { PackedIndex } from '../core/index/packedIndex';
import type { IndexDelta } from '../core/index/indexDelta';
import type { LinkPhases } from '../core/index/corpusIndex';

/** A file for the worker: read from disk at `fsPath`, or given as `bytes` (unsaved edits, virtual workspaces). */
export interface WorkerFile {
  file: string;
  fsPath?: string;
  bytes?: Uint8Array;
}

/**
 * `base` names the index the editor holds: `result:<id>` for the result of an earlier request, or
 * `snapshot:<key>` for the index snapshot it loaded. The worker answers with a delta against that index
 * when it holds the same one, else with the whole index.
 */
export type ToWorker =
  | { type: 'index'; id: number; files: WorkerFile[]; manifestText?: string; cacheFile?: string; snapshotFile?: string; maxBytes: number; base?: string }
  | { type: 'update'; id: number; changed: WorkerFile[]; removed: string[]; base?: string }
  | { type: 'cancel' };

/**
 * A result carries the whole index, packed (columns are cloned between threads several times faster
 * than 130,000 small objects), or what changed since the editor's `base` (`delta`).
 */
export type IndexResult = { packed: PackedIndex; delta?: undefined } | { packed?: undefined; delta: IndexDelta };

/** Where a result's time went in the worker: reading files, linking, working out the delta. */
export interface ResultPhases {
  readMs: number;
  linkMs: number;
  diffMs: number;
  /** The link's own parts. */
  link?: LinkPhases;
}

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'log'; message: string }
  | ({ type: 'result'; id: number; ms: number; phases?: ResultPhases } & IndexResult)
  | { type: 'error'; id: number; message: string };

/** The `base` that names the result of request `id`. */
export function resultBase(id: number): string {
  return `result:${id}`;
}

/** The `base` that names an index snapshot. */
export function snapshotBase(key: string): string {
  return `snapshot:${key}`;
}
