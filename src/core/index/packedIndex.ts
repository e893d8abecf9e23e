import type { CorpusIndexData } from './corpusQuery';

/**
 * A CorpusIndexData as columns: each list of like objects becomes one array per key, and every `file`
 * value an index into one table of file names. At ten thousand articles the plain JSON holds some
 * 130,000 small objects, each repeating its key names and its file name; the columns parse several
 * times faster, and the objects are rebuilt with their keys in the order they were written, so a
 * decoded index serialises exactly as the original.
 */
export interface PackedIndex {
  files: string[];
  version: string;
  articles: PackedList;
  people: PackedList;
  quotes: PackedList;
  events: PackedList;
  skipped: PackedList;
}

/** Rows of objects with the same keys in the same order; a list that has none is kept as it is. */
type PackedList = { keys: string[]; columns: unknown[][] } | { rows: unknown[] };

/** Keys whose values are themselves lists of like objects (a person's mentions, an event's). */
const NESTED = new Set(['mentions']);

export function packIndex(data: CorpusIndexData): PackedIndex {
  const files: string[] = [];
  const fileIds = new Map<string, number>();
  const fileId = (file: string) => {
    let id = fileIds.get(file);
    if (id === undefined) {
      fileIds.set(file, (id = files.length));
      files.push(file);
    }
    return id;
  };
  const pack = (rows: readonly unknown[]): PackedList => {
    const first = rows[0];
    if (!isRecord(first)) return { rows: [...rows] };
    const keys = Object.keys(first);
    if (!rows.every((r) => isRecord(r) && sameKeys(r, keys))) return { rows: [...rows] };
    const columns = keys.map((key) => {
      const values = rows.map((r) => (r as Record<string, unknown>)[key]);
      if (key === 'file' && values.every((v) => typeof v === 'string')) return values.map((v) => fileId(v as string));
      if (NESTED.has(key) && values.every(Array.isArray)) return values.map((v) => pack(v as unknown[]));
      return values;
    });
    return { keys, columns };
  };
  return {
    version: data.version,
    articles: pack(data.articles),
    people: pack(data.people),
    quotes: pack(data.quotes),
    events: pack(data.events),
    skipped: pack(data.skipped),
    files,
  };
}

/** The index a PackedIndex was made from. Throws on a value that is not one (a corrupt snapshot). */
export function unpackIndex(packed: PackedIndex): CorpusIndexData {
  const { files } = packed;
  if (!Array.isArray(files) || typeof packed.version !== 'string') throw new Error('not a packed index');
  const unpack = (list: PackedList): unknown[] => {
    if ('rows' in list) {
      if (!Array.isArray(list.rows)) throw new Error('not a packed list');
      return list.rows;
    }
    const { keys, columns } = list;
    if (!Array.isArray(keys) || !Array.isArray(columns) || columns.length !== keys.length) throw new Error('not a packed list');
    const count = keys.length ? columns[0].length : 0;
    const decoded = keys.map((key, k) => {
      const column = columns[k];
      if (!Array.isArray(column) || column.length !== count) throw new Error('not a packed list');
      if (key === 'file' && typeof column[0] === 'number') return column.map((i) => fileAt(files, i as number));
      if (NESTED.has(key) && count && isRecord(column[0])) return column.map((v) => unpack(v as PackedList));
      return column;
    });
    const rows = new Array<unknown>(count);
    for (let i = 0; i < count; i++) {
      const row: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) row[keys[k]] = decoded[k][i];
      rows[i] = row;
    }
    return rows;
  };
  return {
    version: packed.version,
    articles: unpack(packed.articles) as CorpusIndexData['articles'],
    people: unpack(packed.people) as CorpusIndexData['people'],
    quotes: unpack(packed.quotes) as CorpusIndexData['quotes'],
    events: unpack(packed.events) as CorpusIndexData['events'],
    skipped: unpack(packed.skipped) as CorpusIndexData['skipped'],
  };
}

function fileAt(files: string[], i: number): string {
  const file = files[i];
  if (typeof file !== 'string') throw new Error('file index out of range');
  return file;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sameKeys(r: Record<string, unknown>, keys: string[]): boolean {
  let n = 0;
  for (const k in r) {
    if (k !== keys[n++]) return false;
  }
  return n === keys.length;
}
