import * as assert from 'node:assert/strict';
import { getHeapStatistics } from 'node:v8';
import { collectGarbage } from '../../../src/node/engineFlags';

const MB = 2 ** 20;

describe('collectGarbage', () => {
  // Filling 160 MB takes a while on a loaded machine: mocha's two seconds are no limit for it (nothing here is timed).
  it('frees the garbage of a large heap at once', function () {
    this.timeout(30_000);
    // 160 MB of arrays, each large enough to live outside the young generation, then dropped: only a
    // full collection frees them.
    let garbage: number[][] | undefined = Array.from({ length: 80 }, (_, i) => new Array<number>(250_000).fill(i + 0.5));
    assert.equal(garbage.length, 80);
    garbage = undefined;
    const before = getHeapStatistics().used_heap_size;
    assert.ok(before > 150 * MB, `the test's garbage should still be on the heap (${(before / MB).toFixed(0)} MB)`);
    collectGarbage();
    const after = getHeapStatistics().used_heap_size;
    assert.ok(after < before - 120 * MB, `${(before / MB).toFixed(0)} MB before, ${(after / MB).toFixed(0)} MB after`);
  });
});
