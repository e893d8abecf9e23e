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
      for (let i = 0; i < v.length; i++) yield `${i ? ',' : ''}\n  ${atDepth(v[i], 2)}`;
      yield '\n ]';
    } else yield atDepth(v, 1);
    if (e < entries.length - 1) yield ',';
  }
  yield '\n}';
}

/** The JSON document `index --json` prints: the pieces, then a newline. */
export function* jsonDocument(value: object): Generator<string> {
  yield* jsonPieces(value);
  yield '\n';
}

/**
 * A value as JSON.stringify(…, null, 1) writes it `depth` levels down: it is stringified inside that many
 * one-item arrays, so the engine indents it, and the arrays' brackets are cut off.
 */
function atDepth(v: unknown, depth: 1 | 2): string {
  let wrapped: unknown = v;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const s = JSON.stringify(wrapped, null, 1);
  // "[\n " before the value at depth 1 and "\n]" after; "[\n [\n  " and "\n ]\n]" at depth 2.
  return depth === 1 ? s.slice(3, -2) : s.slice(7, -5);
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
