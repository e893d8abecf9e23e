import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { MANIFEST_FILE } from '../core/article/manifest';
import type { CorpusSource } from '../core/index/indexCorpus';
import type { SkippedFile } from '../core/model';
import { readAtMost } from '../node/readAtMost';

export interface ScannedCorpus {
  root: string;
  source: CorpusSource;
  /** Things that are not articles but look like them (a folder named x.txt, a symlink loop). */
  skipped: SkippedFile[];
}

const ARTICLE_FILE = /\.txt$/i;
const IGNORED_DIRS = new Set(['node_modules', '.git', '.vscode', '.grounded-reader-cache']);

/**
 * Finds the articles under a folder (or the given files): every .txt file, recursively, following
 * symlinks once (a loop is reported, not followed). Paths are relative to the root, '/'-separated.
 */
export async function scanCorpus(inputs: string[]): Promise<ScannedCorpus> {
  const single = inputs.length === 1 ? await statOrNull(inputs[0]) : null;
  const root = single?.isDirectory() ? path.resolve(inputs[0]) : commonDir(inputs.map((i) => path.resolve(i)));
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const seenDirs = new Set<string>();

  async function walk(dir: string): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (e) {
      skipped.push({ file: rel(dir), reason: `folder could not be read (${(e as Error).message})` });
      return;
    }
    if (seenDirs.has(real)) {
      skipped.push({ file: rel(dir), reason: 'symlink loop (folder already visited)' });
      return;
    }
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      skipped.push({ file: rel(dir), reason: `folder could not be read (${(e as Error).message})` });
      return;
    }
    for (const entry of entries) {
      const { name } = entry;
      if (IGNORED_DIRS.has(name)) continue;
      const full = path.join(dir, name);
      // The entry's own type settles files and folders; only a link (or a type the file system does not
      // report) is looked up, to see what it leads to. At 10,000 files a stat each took most of a second.
      const known = entry.isFile() || entry.isDirectory();
      const st = known ? entry : await statOrNull(full);
      if (!st) {
        if (ARTICLE_FILE.test(name)) skipped.push({ file: rel(full), reason: 'broken link or unreadable entry' });
        continue;
      }
      if (st.isDirectory()) {
        if (ARTICLE_FILE.test(name)) skipped.push({ file: rel(full), reason: 'a folder named like an article' });
        await walk(full);
      } else if (st.isFile() && ARTICLE_FILE.test(name)) {
        files.push(rel(full));
      }
    }
  }

  function rel(p: string): string {
    return path.relative(root, p).split(path.sep).join('/');
  }

  if (single?.isDirectory()) {
    await walk(root);
  } else {
    for (const input of inputs) {
      const st = await statOrNull(input);
      if (!st) throw new CliError(`no such file or folder: ${input}`);
      if (st.isDirectory()) await walk(path.resolve(input));
      else files.push(rel(path.resolve(input)));
    }
  }

  let manifestText: string | undefined;
  try {
    manifestText = await fs.readFile(path.join(root, MANIFEST_FILE), 'utf8');
  } catch {
    manifestText = undefined;
  }
  return {
    root,
    skipped,
    source: { files, manifestText, read: async (file, maxBytes) => readAtMost(path.join(root, file), maxBytes) },
  };
}

export class CliError extends Error {}

async function statOrNull(p: string) {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

/** The deepest folder that holds every path: the file system's root at worst ("/tmp/a.txt" and "/work/b.txt"). */
export function commonDir(paths: string[]): string {
  if (paths.length === 0) return process.cwd();
  let dir = path.dirname(paths[0]);
  // At the root, dirname gives the root again and the root already ends in a separator: stop there.
  const holdsAll = (d: string) => paths.every((p) => p === d || p.startsWith(d.endsWith(path.sep) ? d : d + path.sep));
  while (!holdsAll(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
