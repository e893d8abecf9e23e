import { promises as fs } from 'node:fs';
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
