import { closeSync, fstatSync, openSync, promises as fs, readSync } from 'node:fs';
import { FileTooLargeError } from '../core/article/decode';

/** Reads a file unless it is over `maxBytes`, which it sees from the file's size without reading it. */
export async function readAtMost(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new FileTooLargeError(size, maxBytes);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * `readAtMost` without the promise machinery, for the CLI: a command-line run has nothing else to do while
 * it reads, and at ten thousand files the asynchronous open, stat, read and close cost seconds. (The
 * indexing worker stays asynchronous: it must hear a cancel between files.)
 */
export function readAtMostSync(file: string, maxBytes: number): Uint8Array {
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
