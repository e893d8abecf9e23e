import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CorpusIndexData } from '../../../src/core/index/corpusQuery';
import { ARTICLE, assertOutcome, CASES, describeOutcome, canReadModeZeroFiles, removeCaseDir, snapshot, spanProblems } from './fixtures';

/** The repository root: the nearest folder up from here with dist/cli.js (tests run from out/test/…). */
function findRepo(): string {
  for (let d = __dirname; d !== dirname(d); d = dirname(d)) if (existsSync(join(d, 'dist', 'cli.js')) && existsSync(join(d, 'package.json'))) return d;
  return process.cwd();
}
const cli = join(findRepo(), 'dist', 'cli.js');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

describe('robustness matrix: the CLI (dist/cli.js index <dir> --json)', function () {
  this.timeout(300_000);
  const rootReads = canReadModeZeroFiles();
  let dir: string;
  let cacheHome: string;
  let untouched: Map<string, string>;
  let first: Run;
  let data: CorpusIndexData;

  /** Runs the CLI with its default cache folder inside a temp XDG_CACHE_HOME; a hang fails, it does not stall. */
  function run(args: string[]): Run {
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [cli, ...args], {
      encoding: 'utf8',
      timeout: 240_000,
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, XDG_CACHE_HOME: cacheHome },
    });
    if (r.error) throw r.error;
    return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
  }

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gr-robust-cli-'));
    cacheHome = mkdtempSync(join(tmpdir(), 'gr-robust-cache-'));
    for (const c of CASES) c.write(dir);
    writeFileSync(join(dir, 'mode-000.txt'), ARTICLE);
    chmodSync(join(dir, 'mode-000.txt'), 0o000);
    untouched = snapshot(dir);
    first = run(['index', dir, '--json']);
    data = JSON.parse(first.stdout);
  });
  after(() => {
    if (dir) removeCaseDir(dir);
    if (cacheHome) rmSync(cacheHome, { recursive: true, force: true });
  });

  it('exits 0 on its own, with JSON on stdout', () => {
    assert.equal(first.signal, null, 'the CLI was killed (hang?)');
    assert.equal(first.code, 0, first.stderr);
    assert.equal(data.articles.length > 0, true);
  });

  /** Whether stderr has the CLI's line saying why `file` was skipped. */
  function saysWhy(file: string, reason: RegExp): boolean {
    const prefix = `grounded-reader: skipped ${file}: `;
    return first.stderr.split('\n').some((l) => l.startsWith(prefix) && reason.test(l.slice(prefix.length)));
  }

  for (const c of CASES) {
    it(`${c.name}: ${describeOutcome(c.cli)}`, () => {
      assertOutcome(data, c.file, c.cli, saysWhy);
      if (c.text !== undefined) assert.deepEqual(spanProblems(c.file, c.text, data), [], 'offsets in the JSON');
      if (c.noPeople) assert.deepEqual(data.people.filter((p) => p.mentions.some((m) => m.file === c.file)).map((p) => p.name), [], 'people invented');
    });
  }

  it(`a file with mode 000: ${rootReads ? 'indexed (this process runs as root, which reads it anyway)' : 'skipped (permission denied)'}`, () => {
    assertOutcome(data, 'mode-000.txt', rootReads ? { indexed: true } : { skipped: /not readable \(permission denied\)/ }, saysWhy);
  });

  it('a second run (from the cache) and a --no-cache run print the same index', () => {
    const again = run(['index', dir, '--json']);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(JSON.parse(again.stdout), data);
    const fresh = run(['index', dir, '--json', '--no-cache']);
    assert.equal(fresh.code, 0, fresh.stderr);
    assert.deepEqual(JSON.parse(fresh.stdout), data);
  });

  it('report runs on the same folder', () => {
    const r = run(['report', dir]);
    assert.equal(r.signal, null);
    assert.equal(r.code, 0, r.stderr);
  });

  it('every file and folder is unchanged after indexing, and nothing was added to the folder', () => {
    assert.deepEqual(snapshot(dir), untouched);
  });
});
