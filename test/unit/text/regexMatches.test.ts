import * as assert from 'node:assert/strict';
import { matchesOf, testWhereFound } from '../../../src/core/text/regexMatches';

describe('matchesOf', () => {
  it('gives every match of a global pattern, as matchAll does, and steps over empty ones', () => {
    assert.deepEqual(matchesOf(/\d+/g, 'a1 b22 c333').map((m) => [m.index, m[0]]), [[1, '1'], [4, '22'], [8, '333']]);
    assert.deepEqual(matchesOf(/x*/gu, 'ab').map((m) => m.index), [0, 1, 2]);
    // A surrogate pair is one step in a Unicode pattern: no match inside it.
    assert.deepEqual(matchesOf(/x*/gu, '😀').map((m) => m.index), [0, 2]);
  });
});

describe('testWhereFound', () => {
  const pattern = /\boutside\s+(?:the\s+)?court\b/iu;
  it("answers as the pattern does where the word it needs is there, and false where it is not", () => {
    assert.equal(testWhereFound(/court/i, pattern, 'Outside the Court, she said'), true);
    assert.equal(testWhereFound(/court/i, pattern, 'She went to court.'), false);
    assert.equal(testWhereFound(/court/i, pattern, 'Outside the palace, she said'), false);
  });
  it('does not run the pattern where the word is missing', () => {
    let ran = false;
    const spy = { test: () => (ran = true) } as unknown as RegExp;
    testWhereFound(/court/i, spy, 'Outside the palace');
    assert.equal(ran, false);
    testWhereFound(/court/i, spy, 'Outside court');
    assert.equal(ran, true);
  });
});
