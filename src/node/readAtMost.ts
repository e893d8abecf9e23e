import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { FileTooLargeError } from '../core/article/decode';

/**
 * Reads a file unless it is over `maxBytes`, which it sees from the file's size without reading it.
 *
 * Synchronous, for the CLI and the indexing worker alike: at ten thousand files the asynchronous open,
 * stat, read and close cost seconds (the worker's cold index took 3 s longer than the CLI's). The worker
 * stops between files to hear a cancel (indexWorker.ts).
 */
export function readAtMost(file: string, maxBytes: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) throw new FileTooLargeError(size, maxBytes);
    // The size is known: one buffer of it, filled (a file that shrank meanwhile gives what is left).
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const n = readSync(fd, bytes, filled, size - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return filled === size ? bytes : bytes.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}
