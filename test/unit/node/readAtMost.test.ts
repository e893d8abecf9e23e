import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileTooLargeError } from '../../../src/core/article/decode';
import { readAtMost } from '../../../src/node/readAtMost';

const repo = join(__dirname, '..', '..', '..', '..');

describe('readAtMost: a huge file is skipped without being read', function () {
  this.timeout(60000);
  let dir: string;
  let huge: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gr-huge-'));
    // A sparse 3 GB file: reading it whole would fail (over Node's 2 GB buffer limit), so a skip proves it was not read.
    huge = join(dir, 'huge.txt');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    writeFileSync(join(dir, 'small.txt'), 'Envoys meet in Oslo\n\nHenrik Dahl said the talks went well.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('throws FileTooLargeError with the size, and reads a small file whole', () => {
    assert.throws(() => readAtMost(huge, 5 * 1024 ** 2), (e: unknown) => e instanceof FileTooLargeError && /too large \(3072\.0 MB; the limit is 5\.0 MB\)/.test(e.message));
    assert.equal(readAtMost(join(dir, 'small.txt'), 5 * 1024 ** 2).length, statSync(join(dir, 'small.txt')).size);
  });

  it('the CLI indexes the small file and skips the huge one with its size', () => {
    const r = spawnSync(process.execPath, [join(repo, 'dist', 'cli.js'), 'index', dir, '--json', '--no-cache'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.equal(r.status, 0, r.stderr);
    const data = JSON.parse(r.stdout);
    assert.deepEqual(data.articles.map((a: { file: string }) => a.file), ['small.txt']);
    assert.deepEqual(data.skipped, [{ file: 'huge.txt', reason: 'too large (3072.0 MB; the limit is 5.0 MB)' }]);
  });
});
