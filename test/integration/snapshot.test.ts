import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CorpusIndexData } from '../../src/core/index/corpusQuery';
import { IndexSnapshotFile } from '../../src/node/indexSnapshot';
import { IndexService } from '../../src/vscode/services/indexService';
import type { Logger } from '../../src/vscode/services/logger';
import { activeApi, EXTENSION_ID, waitFor } from './helpers';

/** A logger that keeps what it is told. */
function keepingLogger(lines: string[]): Logger {
  return { info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m, e) => lines.push(`${m} ${e ?? ''}`) };
}

/**
 * Two starts of the index, as two sessions of the editor on one workspace: the first reads every article
 * and leaves a snapshot in its storage; the second answers from that snapshot before its worker replies,
 * and the worker confirms it. Each start is an IndexService of its own beside the extension's, with a
 * storage folder of this test.
 */
describe('a warm start from the index snapshot', function () {
  this.timeout(120_000);
  let storage: string;
  const services: IndexService[] = [];
  before(() => (storage = mkdtempSync(path.join(tmpdir(), 'gr-snapshot-'))));
  after(() => {
    services.splice(0).forEach((s) => s.dispose());
    rmSync(storage, { recursive: true, force: true });
  });

  const start = (lines: string[]) => {
    const worker = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'dist', 'indexWorker.js');
    const service = new IndexService(keepingLogger(lines), worker, vscode.Uri.file(storage));
    services.push(service);
    // Every index it publishes, with whether it was still checking the files then.
    const published: Array<{ data: CorpusIndexData; indexing: boolean }> = [];
    service.onDidChange(() => published.push({ data: service.query.data, indexing: service.currentStatus.indexing }));
    service.start();
    return { service, published };
  };

  it('answers from the snapshot first, while the worker checks it, and the check changes nothing', async () => {
    const expected = (await activeApi()).index.query.data;

    const coldLog: string[] = [];
    const cold = start(coldLog);
    await waitFor('the cold index', () => (cold.service.isReady && !cold.service.currentStatus.indexing ? true : undefined), 60_000);
    assert.deepEqual(cold.service.query.data, expected);
    assert.ok(!coldLog.some((l) => l.includes('answering from the index snapshot')), 'a cold start has no snapshot to answer from');
    const snapshotFile = IndexSnapshotFile.in(storage);
    await waitFor('the snapshot to be written', async () => ((await snapshotFile.load()).ok ? true : undefined));
    cold.service.dispose();

    const warmLog: string[] = [];
    const warm = start(warmLog);
    await waitFor('the warm start to finish', () => (warm.published.length >= 2 && !warm.service.currentStatus.indexing ? true : undefined), 60_000);
    const served = warmLog.findIndex((l) => l.includes('answering from the index snapshot'));
    const indexed = warmLog.findIndex((l) => /^indexed \d+ articles/.test(l));
    assert.ok(served >= 0 && indexed > served, `the snapshot answers before the worker's index:\n${warmLog.join('\n')}`);
    const [first, ...later] = warm.published;
    assert.equal(first.indexing, true, 'the status says the files are still being checked');
    assert.deepEqual(first.data, expected);
    for (const p of later) assert.deepEqual(p.data, expected);
    assert.ok(!warmLog.some((l) => /failed|stopped/.test(l)), warmLog.join('\n'));
  });
});
