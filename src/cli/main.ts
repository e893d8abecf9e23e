import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CorpusSession, type CorpusSource, type IndexOptions } from '../core/index/indexCorpus';
import { ReadingCache } from '../core/index/readingCache';
import type { CorpusIndexData } from '../core/index/corpusQuery';
import { defaultCacheDir, FileCacheStore } from '../node/fileCacheStore';
import { jsonDocument, writePieces } from './jsonOut';
import { ProgressBar } from './progress';
import { decodeArticleBytes } from '../core/article/decode';
import { LineIndex } from '../core/text/lineIndex';
import { CliError, scanCorpus } from './scanFolder';
import { collectGarbage, tuneEngine } from '../node/engineFlags';
import { IndexSnapshotFile, type IndexSnapshot } from '../node/indexSnapshot';
import { isReadingThread, ReadingThreads, serveReadings, threadsForMachine } from '../node/readingThreads';

const USAGE = `usage: grounded-reader <command> [options]

commands:
  index <folder|files…> [--json]   read the articles; --json prints the whole index
  report <folder|files…>           who said what, when, and where (file:line:col)

options:
  --json             machine-readable output (index)
  --no-cache         read every article again, ignoring and not writing the cache
  --cache-dir DIR    where to keep the cache (default: $XDG_CACHE_HOME/grounded-reader)
  --manifest FILE    a corpus.json to use instead of the one in the folder
  --threads N        read up to N articles at once in a corpus of 2,000 or more
                     (default: one per core, at most 4; 1 reads one at a time)
  -h, --help         this text
`;

export async function main(argv: string[]): Promise<number> {
  const taken = takeOptionValues(argv, ['--cache-dir', '--manifest', '--threads']);
  argv = taken.rest;
  const cacheDir = taken.values.get('--cache-dir') ?? defaultCacheDir();
  const manifestFile = taken.values.get('--manifest');
  const threads = threadCount(taken.values.get('--threads'));
  const args = argv.filter((a) => !a.startsWith('-'));
  const flags = new Set(argv.filter((a) => a.startsWith('-')));
  if (flags.has('-h') || flags.has('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, ...inputs] = args;
  const known = new Set(['--json', '--no-cache', '-h', '--help']);
  const unknown = [...flags].filter((f) => !known.has(f));
  if (unknown.length) throw new CliError(`unknown option ${unknown.join(', ')}\n\n${USAGE}`);
  if (command !== 'index' && command !== 'report') throw new CliError(command ? `unknown command: ${command}\n\n${USAGE}` : USAGE);
  if (inputs.length === 0) throw new CliError(`${command} needs a folder or files\n\n${USAGE}`);

  const scanned = await scanCorpus(inputs);
  if (manifestFile) {
    try {
      scanned.source.manifestText = await fs.readFile(manifestFile, 'utf8');
    } catch (e) {
      throw new CliError(`the manifest ${manifestFile} could not be read (${(e as Error).message})`);
    }
  }
  const log = (m: string) => process.stderr.write(`grounded-reader: ${m}\n`);
  const cache = flags.has('--no-cache') ? undefined : new ReadingCache(FileCacheStore.forCorpus(cacheDir, scanned.root), log);
  const snapshots = cache && IndexSnapshotFile.forCorpus(cacheDir, scanned.root);
  let index = snapshots && (await fromSnapshot(snapshots, scanned.source, log));
  if (!index) {
    const linked = await readAndLink(scanned.source, { cache, log }, threads);
    index = linked.index;
    if (snapshots) {
      // The readings the session held are garbage by now: collected before the snapshot is encoded beside the index.
      collectGarbage();
      await saveSnapshot(snapshots, { key: linked.key, data: index }, log);
    }
  }
  const data: CorpusIndexData = scanned.skipped.length
    ? { ...index, skipped: [...index.skipped, ...scanned.skipped].sort((a, b) => a.file.localeCompare(b.file)) }
    : index;
  for (const s of scanned.skipped) process.stderr.write(`grounded-reader: skipped ${s.file}: ${s.reason}\n`);

  if (command === 'index') {
    if (flags.has('--json')) await writePieces(process.stdout, jsonDocument(data));
    else process.stdout.write(summary(data));
  } else {
    process.stdout.write(await report(data, scanned.root));
  }
  return 0;
}

/** Reads the corpus (in threads when it is large) and links it: the index, and the key of the inputs it was made from. */
async function readAndLink(source: CorpusSource, options: IndexOptions, threads: number): Promise<{ index: CorpusIndexData; key: string }> {
  const progress = new ProgressBar();
  const parallel = new ReadingThreads(__filename, threads, { log: options.log });
  const session = new CorpusSession({ ...options, parallel, onProgress: (done, total, file) => progress.update(done, total, file) });
  try {
    await session.readAll(source);
  } finally {
    await parallel.close();
  }
  progress.done();
  // Each phase leaves garbage the next would grow the heap over (see collectGarbage).
  collectGarbage();
  const index = session.link();
  collectGarbage();
  return { index, key: session.inputKey() };
}

/**
 * The index kept from the last run on this corpus, when every file's bytes (and the manifest, the size limit
 * and the reader's version) are those it was made from: no article is read and nothing linked. A snapshot that
 * cannot be read is rebuilt, with one log line; one of other files or another version, silently.
 */
async function fromSnapshot(snapshots: IndexSnapshotFile, source: CorpusSource, log: (m: string) => void): Promise<CorpusIndexData | undefined> {
  // The files' key is worked out only when there is a snapshot to compare it with (never on a first run).
  const loaded = await snapshots.load(() => new CorpusSession().inputKeyOf(source));
  if (loaded.ok) return loaded.snapshot.data;
  if (loaded.reason === 'corrupt') log(`${loaded.message}, rebuilding it`);
  return undefined;
}

async function saveSnapshot(snapshots: IndexSnapshotFile, snapshot: IndexSnapshot, log: (m: string) => void): Promise<void> {
  try {
    await snapshots.save(snapshot);
  } catch (e) {
    log(`index snapshot could not be written, continuing without it (${(e as Error).message})`);
  }
}

function threadCount(value: string | undefined): number {
  if (value === undefined) return threadsForMachine();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--threads needs a whole number of at least 1, not ${value}`);
  return n;
}

/** Pulls `--name value` pairs out of argv. */
function takeOptionValues(argv: string[], names: string[]): { values: Map<string, string>; rest: string[] } {
  const values = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (!names.includes(argv[i])) {
      rest.push(argv[i]);
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('-')) throw new CliError(`${argv[i]} needs a value`);
    values.set(argv[i], value);
    i++;
  }
  return { values, rest };
}

function summary(data: CorpusIndexData): string {
  const lines = data.articles.map((a) => `${a.published ?? '          '}  ${(a.outlet ?? '?').padEnd(24)}  ${a.title ?? '(no headline)'}  [${a.file}]`);
  lines.push('', `${data.articles.length} articles, ${data.people.length} people, ${data.quotes.length} statements, ${data.events.length} events, ${data.skipped.length} skipped`);
  return lines.join('\n') + '\n';
}

async function report(data: CorpusIndexData, root: string): Promise<string> {
  const lineIndexes = new Map<string, LineIndex>();
  const where = async (file: string, offset: number) => {
    let li = lineIndexes.get(file);
    if (!li) {
      const decoded = decodeArticleBytes(await fs.readFile(path.join(root, file)));
      li = new LineIndex(decoded.ok ? decoded.text : '');
      lineIndexes.set(file, li);
    }
    const p = li.position(offset);
    return `${file}:${p.line}:${p.column}`;
  };
  const out: string[] = [];
  const bySpeaker = new Map<string, typeof data.quotes>();
  for (const q of data.quotes) {
    const key = q.speaker ?? `~${q.speakerText ?? 'unattributed'}`;
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  const people = new Map(data.people.map((p) => [p.id, p]));
  const keys = [...bySpeaker.keys()].sort((a, b) => bySpeaker.get(b)!.length - bySpeaker.get(a)!.length || a.localeCompare(b));
  for (const key of keys) {
    const person = people.get(key);
    const heading = person ? `${person.name}${person.role ? ` (${person.role})` : ''}` : `${key.slice(1)} (not a named person)`;
    out.push(heading);
    for (const q of bySpeaker.get(key)!) {
      const text = q.text.length > 160 ? q.text.slice(0, 157) + '…' : q.text;
      out.push(`  ${q.when ?? 'undated   '}  ${q.kind.padEnd(18)} "${text}"  ${await where(q.file, q.start)}`);
    }
    out.push('');
  }
  const multi = data.events.filter((e) => new Set(e.mentions.map((m) => m.file)).size > 1);
  if (multi.length) {
    out.push('Meetings reported by more than one article');
    for (const e of multi) {
      out.push(`  ${e.label}`);
      for (const m of e.mentions) out.push(`    ${await where(m.file, m.start)}  ${m.text.slice(0, 120)}`);
    }
    out.push('');
  }
  if (out.length === 0) out.push('No statements found.');
  return out.join('\n') + '\n';
}

// The bundle is also what a reading thread runs (src/node/readingThreads.ts).
if (isReadingThread()) serveReadings();
else if (require.main === module) {
  tuneEngine();
  main(process.argv.slice(2)).then(
    (code) => exitAfterOutput(code),
    (e) => {
      if (e instanceof CliError) process.stderr.write(`grounded-reader: ${e.message}\n`);
      else process.stderr.write(`grounded-reader: internal error: ${(e as Error)?.stack ?? e}\n`);
      exitAfterOutput(e instanceof CliError ? 2 : 1);
    },
  );
}

/**
 * Exits once stdout and stderr have taken everything written to them. `process.exit` right after a
 * large write drops what a pipe has not taken yet (`index --json | jq` got the first 128 KB).
 */
function exitAfterOutput(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
