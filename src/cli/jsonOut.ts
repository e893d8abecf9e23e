/**
 * `JSON.stringify(value, null, 1)` of an object, in pieces: each top-level list one item at a time, so a
 * large index is never one string in memory (at ten thousand articles that string is tens of megabytes).
 * The pieces joined are exactly what `JSON.stringify(value, null, 1)` gives.
 */
export function* jsonPieces(value: object): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let e = 0; e < entries.length; e++) {
    const [key, v] = entries[e];
    yield `\n ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length > 0) {
      yield '[';
      for (let i = 0; i < v.length; i++) yield `${i ? ',' : ''}\n  ${nested(v[i], '\n  ')}`;
      yield '\n ]';
    } else yield nested(v, '\n ');
    if (e < entries.length - 1) yield ',';
  }
  yield '\n}';
}

/** The JSON document `index --json` prints: the pieces, then a newline. */
export function* jsonDocument(value: object): Generator<string> {
  yield* jsonPieces(value);
  yield '\n';
}

/** A value as JSON.stringify(…, null, 1) writes it at a depth whose lines start with `indent`. */
function nested(v: unknown, indent: string): string {
  return (JSON.stringify(v, null, 1) ?? 'null').replace(/\n/g, indent);
}

/** Writes the pieces to a stream, waiting whenever it asks to (a slow pipe). */
export async function writePieces(out: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length < 1 << 16) continue;
    if (!out.write(batch)) await new Promise((resolve) => out.once('drain', resolve));
    batch = '';
  }
  if (batch) out.write(batch);
}
