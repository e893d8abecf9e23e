import * as assert from 'node:assert/strict';
import { buildCorpusIndex } from '../../../src/core/index/corpusIndex';
import { readArticleText } from '../../../src/core/index/readFile';
import type { Statement } from '../../../src/core/model';

// Invented articles. 2024-03-04 is a Monday. An article that does not date a meeting learns its day from
// another report of the same meeting, and its statements made there take that day.

const DATED = 'Foreign Minister Ana Costa met Russian envoy Sergei Volkov in Geneva on Monday, March 4, 2024.';
const UNDATED = 'Ana Costa held talks with Sergei Volkov in Geneva on Monday.\n\n"The talks were useful," Costa said after the meeting.';

function statementsOf(texts: Record<string, string>, file: string): Statement[] {
  const readings = Object.entries(texts).map(([f, text]) => readArticleText(f, `A headline about talks\n\n${text}\n`));
  return buildCorpusIndex(readings).quotes.filter((q) => q.file === file);
}

describe('statements dated by another report of their occasion', () => {
  it('leaves the statement undated when no report dates the meeting', () => {
    const [said] = statementsOf({ 'b.txt': UNDATED }, 'b.txt');
    assert.equal(said.text, 'The talks were useful');
    assert.equal(said.when, null);
  });

  it('gives it the day another article pins for the same meeting', () => {
    const [said] = statementsOf({ 'a.txt': DATED, 'b.txt': UNDATED }, 'b.txt');
    assert.equal(said.when, '2024-03-04');
  });

  it('does not take the day of another meeting', () => {
    const other = 'Foreign Minister Ana Costa met Russian envoy Sergei Volkov in Geneva on Thursday, March 7, 2024.';
    const [said] = statementsOf({ 'a.txt': other, 'b.txt': UNDATED }, 'b.txt');
    assert.equal(said.when, null);
  });

  it('keeps the day the article’s own words give', () => {
    const own = 'Ana Costa held talks with Sergei Volkov in Geneva on Monday.\n\nCosta said on March 6, 2024 that the talks were useful.';
    const [said] = statementsOf({ 'a.txt': DATED, 'b.txt': own }, 'b.txt');
    assert.equal(said.when, '2024-03-06');
  });
});
