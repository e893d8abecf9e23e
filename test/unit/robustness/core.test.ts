import * as assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexCorpus, type CorpusSource } from '../../../src/core/index/indexCorpus';
import { readArticleFile } from '../../../src/core/index/readFile';
import type { CorpusIndexData } from '../../../src/core/index/corpusQuery';
import type { ArticleReading } from '../../../src/core/model';
import { ARTICLE, assertOutcome, CASES, describeOutcome, canReadModeZeroFiles, removeCaseDir, snapshot, spanProblems } from './fixtures';


/** A thrown error as Node's fs throws it. */
function fsError(code: string, file: string): Error {
  return Object.assign(new Error(`${code}: simulated, open '${file}'`), { code });
}

const found = (r: ArticleReading) => ({
  people: r.people.people,
  quotes: r.statements,
  events: r.eventMentions.map((m) => ({ mentions: [m] })),
});

describe('robustness matrix: the core (indexCorpus, readArticleFile)', function () {
  this.timeout(300_000);
  const rootReads = canReadModeZeroFiles();
  let dir: string;
  let untouched: Map<string, string>;
  let data: CorpusIndexData;
  const logs: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gr-robust-core-'));
    for (const c of CASES) c.write(dir);
    writeFileSync(join(dir, 'mode-000.txt'), ARTICLE);
    chmodSync(join(dir, 'mode-000.txt'), 0o000);
    writeFileSync(join(dir, 'deleted.txt'), ARTICLE);
    writeFileSync(join(dir, 'denied.txt'), ARTICLE);
    untouched = snapshot(dir);
    const files = [...CASES.filter((c) => c.core).map((c) => c.file), 'mode-000.txt', 'deleted.txt', 'denied.txt'];
    const source: CorpusSource = {
      files,
      read: async (file) => {
        // Deleted between the listing and the read; a permission error the OS would give a normal user.
        if (file === 'deleted.txt') throw fsError('ENOENT', file);
        if (file === 'denied.txt') throw fsError('EACCES', file);
        return fs.readFile(join(dir, file));
      },
    };
    data = await indexCorpus(source, { log: (m) => logs.push(m) });
  });
  after(() => {
    if (dir) removeCaseDir(dir);
  });

  /** Whether a log line says why `file` was skipped. */
  function saysWhy(file: string, reason: RegExp): boolean {
    const prefix = `skipped ${file}: `;
    return logs.some((l) => l.startsWith(prefix) && reason.test(l.slice(prefix.length)));
  }

  for (const c of CASES.filter((x) => x.core)) {
    it(`${c.name}: ${describeOutcome(c.core!)}`, () => {
      assertOutcome(data, c.file, c.core!, saysWhy);
      if (!c.text && !c.check && !c.noPeople) return;
      const outcome = readArticleFile(c.file, readFileSync(join(dir, c.file)));
      assert.ok(outcome.ok, `readArticleFile skipped ${c.file}`);
      const reading = outcome.reading;
      if (c.text !== undefined) {
        assert.equal(reading.article.text, c.text, 'the text is not what the editor shows');
        assert.deepEqual(spanProblems(c.file, c.text, found(reading)), [], 'offsets in the reading');
        assert.deepEqual(spanProblems(c.file, c.text, data), [], 'offsets in the corpus index');
      }
      if (c.noPeople) assert.deepEqual(reading.people.people.map((p) => p.name), [], 'people invented');
      c.check?.(reading);
    });
  }

  it('the same article in UTF-8, UTF-8 with BOM, UTF-16 LE/BE and CRLF gives the same people and statements', () => {
    const summary = (file: string) => ({
      people: data.people.filter((p) => p.mentions.some((m) => m.file === file)).map((p) => p.name).sort(),
      statements: data.quotes.filter((q) => q.file === file).map((q) => [q.kind, q.text, q.speaker]),
    });
    const plain = summary('plain.txt');
    assert.ok(plain.people.length > 0 && plain.statements.length > 0, 'the control article yields nothing to compare');
    for (const f of ['bom.txt', 'utf16le.txt', 'utf16be.txt', 'crlf.txt']) assert.deepEqual(summary(f), plain, f);
  });

  it('10,000 quotes in one file: statements are found in it', () => {
    const q = data.quotes.filter((s) => s.file === 'many-quotes.txt');
    assert.ok(q.length > 0, 'no statement found');
  });

  it(`a file with mode 000: ${rootReads ? 'indexed (this process runs as root, which reads it anyway)' : 'skipped (permission denied)'}`, () => {
    assertOutcome(data, 'mode-000.txt', rootReads ? { indexed: true } : { skipped: /not readable \(permission denied\)/ }, saysWhy);
  });

  it('a file whose read fails with EACCES: skipped (not readable, permission denied)', () => {
    assertOutcome(data, 'denied.txt', { skipped: /^not readable \(permission denied\)$/ }, saysWhy);
  });

  it('a file deleted while indexing (its read fails with ENOENT): skipped (file disappeared while indexing)', () => {
    assertOutcome(data, 'deleted.txt', { skipped: /^file disappeared while indexing$/ }, saysWhy);
  });

  it('every file and folder is unchanged after indexing (mode, mtime, size, content)', () => {
    assert.deepEqual(snapshot(dir), untouched);
  });
});
