import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as assert from 'node:assert/strict';
import type { CorpusIndexData } from '../../../src/core/index/corpusQuery';
import type { ArticleReading, Person, Span, Statement } from '../../../src/core/model';
import { NOT_ENGLISH } from '../../../src/core/article/readArticle';

/**
 * The robustness matrix: awkward files and folder entries, each with the outcome it must have. Every
 * text here is invented for these tests.
 */

/** What must become of a case: read into the index, skipped with a reason, or not taken for an article at all. */
export type Outcome = { indexed: true } | { skipped: RegExp } | { ignored: true };

/** The outcome in words, for test names. */
export const describeOutcome = (o: Outcome): string => ('indexed' in o ? 'indexed' : 'skipped' in o ? `skipped (${o.skipped.source})` : 'not an article');

/**
 * Checks one file's outcome in an index: indexed, skipped with a reason matching `expected.skipped` (and
 * `saysWhy` finds the line that told the user so), or neither.
 */
export function assertOutcome(data: CorpusIndexData, file: string, expected: Outcome, saysWhy: (file: string, reason: RegExp) => boolean): void {
  const article = data.articles.find((a) => a.file === file);
  const skipped = data.skipped.find((s) => s.file === file);
  if ('indexed' in expected) {
    assert.ok(article, `${file} was not indexed${skipped ? ` (skipped: ${skipped.reason})` : ''}`);
    assert.equal(skipped, undefined);
  } else if ('skipped' in expected) {
    assert.equal(article, undefined, `${file} was indexed`);
    assert.ok(skipped, `${file} is not among the skipped files`);
    assert.match(skipped.reason, expected.skipped);
    assert.ok(saysWhy(file, expected.skipped), `nothing tells the user why ${file} was skipped`);
  } else {
    assert.equal(article, undefined, `${file} was indexed`);
    assert.equal(skipped, undefined, `${file} was listed as skipped`);
  }
}

export interface RobustnessCase {
  name: string;
  /** The entry's path relative to the corpus folder. */
  file: string;
  write(dir: string): void;
  /** Through the core (`indexCorpus` on a source that reads the folder); absent when the core never sees it. */
  core?: Outcome;
  /** Through the CLI (`index <dir> --json`). */
  cli: Outcome;
  /** For indexed cases: the text the editor shows, when the test should check offsets and findings against it. */
  text?: string;
  /** No person may be found (the text names nobody). */
  noPeople?: boolean;
  /** More to check on the reading of an indexed case. */
  check?(reading: ArticleReading): void;
}

/** An article in another language is read, and its warnings say why no one is found in it. */
function saysNotEnglish(reading: ArticleReading): void {
  assert.ok(reading.article.warnings.includes(NOT_ENGLISH), `warnings: ${JSON.stringify(reading.article.warnings)}`);
}

export const ARTICLE_LINES = [
  'Ministers agree on river treaty in Tallinn',
  '',
  'Published: 4 March 2021',
  '',
  'Estonian Foreign Minister Maret Kallaste met her Latvian counterpart Janis Ozolins in Tallinn on Tuesday.',
  '',
  '"We have found a fair way to share the river," Kallaste told reporters after the talks.',
  '',
  'Ozolins said that both governments would sign the treaty in May.',
  '',
  '"It took us eleven years," he said. "It was worth the wait."',
  '',
];
export const ARTICLE = ARTICLE_LINES.join('\n');
export const ARTICLE_CRLF = ARTICLE_LINES.join('\r\n');

export const CYRILLIC = [
  'Правительство обсудило новый бюджет',
  '',
  'В среду министры собрались в столице, чтобы обсудить расходы на следующий год.',
  '',
  '«Мы должны думать о школах и больницах», — заявили в министерстве финансов.',
  '',
  'Решение ожидается в конце месяца.',
  '',
].join('\n');

export const CHINESE = ['政府讨论新的预算', '', '周三，各部部长在首都开会，讨论明年的开支。', '', '“我们必须考虑学校和医院，”财政部表示。', '', '预计月底作出决定。', ''].join('\n');

export const UNBALANCED = [
  'Council delays vote on harbour plan',
  '',
  'The council met on Monday to discuss the harbour.',
  '',
  '"We need more time to read the report, councillor Petra Vlasak said as the session closed.',
  '',
  'The next session is in June, and "nobody has seen the costs yet.',
  '',
  'A clerk said the report "would be ready" by the end of May.',
  '',
].join('\n');

export const NESTED = [
  'Officials trade words over the harbour plan',
  '',
  '"When he called our plan \'a fantasy\', he was wrong," Minister Tomas Brandl said on Friday.',
  '',
  'Brandl added: "The word \'fantasy\' was his, not ours, and \'his\' plan is \'older\' than ours."',
  '',
  '«Он сказал „нет“, но потом передумал», said an aide to the minister.',
  '',
  '"Outer "inner "innermost" inner" outer," a spokeswoman said.',
  '',
].join('\n');

/** 10,000 direct quotes, one per paragraph, half of them by a named minister. */
export function manyQuotes(n = 10_000): string {
  const lines = ['Minister answers questions for a whole day', '', 'Foreign Minister Ilse Marwick took questions in Riga on Monday.', ''];
  for (let i = 1; i <= n; i++) {
    lines.push(i % 2 ? `"Point number ${i} is settled," Marwick said.` : `"Point number ${i} is still open," a spokesman said.`, '');
  }
  return lines.join('\n');
}

/** One paragraph of `n` opening quote marks that never close. */
export function openQuotes(n = 5_000): string {
  const words = [];
  for (let i = 0; i < n; i++) words.push(`"word${i % 10} and`);
  return `Quote marks that never close\n\n${words.join(' ')} the end.\n`;
}

/** About 1 MB of running text with no line break at all. */
export function oneLongLine(bytes = 1_000_000): string {
  const sentence = 'The committee met again and the chair said that the budget was not yet final. ';
  return sentence.repeat(Math.ceil(bytes / sentence.length));
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
export const withUtf8Bom = (s: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);
export function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

/** A file of `size` bytes of article-like text, written in chunks. */
function writeLargeText(path: string, size: number): void {
  const chunk = Buffer.from('The delegations talked for many hours about the shared river and its bridges. \n'.repeat(13_000));
  const out = Buffer.alloc(size);
  for (let at = 0; at < size; at += chunk.length) chunk.copy(out, at, 0, Math.min(chunk.length, size - at));
  writeFileSync(path, out);
}

const file = (name: string, bytes: Uint8Array | string) => (dir: string) => writeFileSync(join(dir, name), bytes);

export const TWENTY_MB = 20 * 1024 * 1024;

export const CASES: RobustnessCase[] = [
  { name: 'a plain article (control)', file: 'plain.txt', write: file('plain.txt', ARTICLE), core: { indexed: true }, cli: { indexed: true }, text: ARTICLE },
  {
    name: 'binary file',
    file: 'binary.txt',
    write: file('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])),
    core: { skipped: /binary/ },
    cli: { skipped: /binary/ },
  },
  { name: '20 MB article', file: 'huge.txt', write: (dir) => writeLargeText(join(dir, 'huge.txt'), TWENTY_MB), core: { skipped: /too large \(20\.0 MB/ }, cli: { skipped: /too large \(20\.0 MB/ } },
  { name: 'empty file', file: 'empty.txt', write: file('empty.txt', ''), core: { indexed: true }, cli: { indexed: true }, text: '', noPeople: true },
  { name: 'whitespace-only file', file: 'blank.txt', write: file('blank.txt', ' \n\t\r\n   \n\n'), core: { indexed: true }, cli: { indexed: true }, text: ' \n\t\r\n   \n\n', noPeople: true },
  {
    name: 'invalid UTF-8 (shown as U+FFFD, with a warning)',
    file: 'invalid-utf8.txt',
    write: file('invalid-utf8.txt', new Uint8Array([...utf8('Talks end in Oslo\n\nThe talks ended '), 0xc3, 0x28, 0xff, ...utf8(' on Friday.\n')])),
    core: { indexed: true },
    cli: { indexed: true },
    text: 'Talks end in Oslo\n\nThe talks ended \uFFFD(\uFFFD on Friday.\n',
  },
  { name: 'UTF-8 with BOM (offsets without the BOM, as the editor shows it)', file: 'bom.txt', write: file('bom.txt', withUtf8Bom(ARTICLE)), core: { indexed: true }, cli: { indexed: true }, text: ARTICLE },
  { name: 'UTF-16 LE with BOM', file: 'utf16le.txt', write: file('utf16le.txt', utf16(ARTICLE, false)), core: { indexed: true }, cli: { indexed: true }, text: ARTICLE },
  { name: 'UTF-16 BE with BOM', file: 'utf16be.txt', write: file('utf16be.txt', utf16(ARTICLE, true)), core: { indexed: true }, cli: { indexed: true }, text: ARTICLE },
  { name: 'CRLF line ends (offsets land on the right words)', file: 'crlf.txt', write: file('crlf.txt', ARTICLE_CRLF), core: { indexed: true }, cli: { indexed: true }, text: ARTICLE_CRLF },
  { name: 'Cyrillic-only article (no invented people, a note why)', file: 'cyrillic.txt', write: file('cyrillic.txt', CYRILLIC), core: { indexed: true }, cli: { indexed: true }, text: CYRILLIC, noPeople: true, check: saysNotEnglish },
  { name: 'Chinese-only article (no invented people, a note why)', file: 'chinese.txt', write: file('chinese.txt', CHINESE), core: { indexed: true }, cli: { indexed: true }, text: CHINESE, noPeople: true, check: saysNotEnglish },
  {
    name: 'unbalanced quotes (nothing runs past its paragraph; an unclosed quote is flagged)',
    file: 'unbalanced.txt',
    write: file('unbalanced.txt', UNBALANCED),
    core: { indexed: true },
    cli: { indexed: true },
    text: UNBALANCED,
    check(reading) {
      // Robustness, not recall: whatever is found stays inside its paragraph, and a quote that starts at
      // a mark that never closes is flagged. (Whether the reader finds such a quote is the quote finder's concern.)
      const unclosed = [UNBALANCED.indexOf('"We need') + 1, UNBALANCED.indexOf('"nobody') + 1];
      for (const s of reading.statements) {
        if (/\n/.test(UNBALANCED.slice(s.start, s.end))) throw new Error(`statement runs over a paragraph break: ${JSON.stringify(s.text)}`);
        if (unclosed.includes(s.start) && !s.flags.includes('unbalanced')) throw new Error(`a quote with no closing mark is not flagged unbalanced: ${JSON.stringify(s)}`);
      }
    },
  },
  { name: 'nested quotes', file: 'nested.txt', write: file('nested.txt', NESTED), core: { indexed: true }, cli: { indexed: true }, text: NESTED },
  { name: '10,000 quotes in one file', file: 'many-quotes.txt', write: file('many-quotes.txt', manyQuotes()), core: { indexed: true }, cli: { indexed: true }, text: manyQuotes() },
  { name: '5,000 quote marks that never close, in one paragraph', file: 'open-quotes.txt', write: file('open-quotes.txt', openQuotes()), core: { indexed: true }, cli: { indexed: true }, text: openQuotes() },
  { name: '1 MB article on one line', file: 'one-line.txt', write: file('one-line.txt', oneLongLine()), core: { indexed: true }, cli: { indexed: true }, text: oneLongLine() },
  {
    name: 'a folder named like an article',
    file: 'folder.txt',
    write: (dir) => mkdirSync(join(dir, 'folder.txt')),
    core: { skipped: /a folder, not a file/ },
    cli: { skipped: /a folder named like an article/ },
  },
  {
    name: 'a symlink loop (a folder linking to its parent)',
    file: 'loop/back',
    write: (dir) => {
      mkdirSync(join(dir, 'loop'));
      symlinkSync('..', join(dir, 'loop', 'back'));
    },
    cli: { skipped: /symlink loop/ },
  },
  {
    name: 'a file symlink that points at itself',
    file: 'self.txt',
    write: (dir) => symlinkSync('self.txt', join(dir, 'self.txt')),
    core: { skipped: /could not be read \(ELOOP/ },
    cli: { skipped: /broken link or unreadable entry/ },
  },
  {
    name: 'a dangling symlink (its file was deleted)',
    file: 'gone.txt',
    write: (dir) => symlinkSync('no-such-file.txt', join(dir, 'gone.txt')),
    core: { skipped: /file disappeared while indexing/ },
    cli: { skipped: /broken link or unreadable entry/ },
  },
];

/** Whether this process can read a file whose mode is 000 (it can as root). */
export function canReadModeZeroFiles(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'gr-mode-'));
  try {
    const f = join(dir, 'probe.txt');
    writeFileSync(f, 'x');
    chmodSync(f, 0o000);
    try {
      readFileSync(f);
      return true;
    } catch {
      return false;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every entry under `dir` (links not followed): its kind, mode, mtime, and content hash or link target. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const full = join(dir, r);
      const st = lstatSync(full);
      const head = `${st.mode.toString(8)} ${st.mtimeMs} ${st.size}`;
      if (st.isSymbolicLink()) out.set(r, `link ${head} -> ${readlinkSync(full)}`);
      else if (st.isDirectory()) {
        out.set(r, `dir ${head}`);
        walk(r);
      } else {
        let hash = 'unreadable';
        try {
          hash = createHash('sha256').update(readFileSync(full)).digest('hex');
        } catch {
          // mode 000 as a normal user: the mode and mtime still tell a change
        }
        out.set(r, `file ${head} ${hash}`);
      }
    }
  };
  walk('');
  return out;
}

/** People, statements and events with spans: an article's reading (mentions without a file) or the corpus index. */
type Found = {
  people: Array<Pick<Person, 'name' | 'aliases'> & { mentions: Array<Span & { file?: string }> }>;
  quotes: Statement[];
  events: Array<{ mentions: Array<Span & { file?: string; text?: string }> }>;
};

/** Offsets land on the words: each span is inside the text and slices to what the index says it is. */
export function spanProblems(file: string, text: string, found: Found): string[] {
  const problems: string[] = [];
  const inside = (what: string, s: { start: number; end: number }) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) {
      problems.push(`${what} [${s.start}, ${s.end}) is outside the text (length ${text.length})`);
      return false;
    }
    return true;
  };
  for (const p of found.people) {
    for (const m of p.mentions) {
      if (m.file !== undefined && m.file !== file) continue;
      if (!inside(`mention of ${p.name}`, m)) continue;
      const words = text.slice(m.start, m.end);
      if (![p.name, ...p.aliases].includes(words)) problems.push(`mention of ${p.name} at [${m.start}, ${m.end}) reads ${JSON.stringify(words)}`);
    }
  }
  for (const q of found.quotes) {
    if (q.file !== file) continue;
    if (inside('statement', q) && text.slice(q.start, q.end) !== q.text) problems.push(`statement at [${q.start}, ${q.end}) reads ${JSON.stringify(text.slice(q.start, q.end))}, not ${JSON.stringify(q.text)}`);
    if (q.speakerSpan) inside('speaker span', q.speakerSpan);
  }
  for (const e of found.events) {
    for (const m of e.mentions) {
      if (m.file !== undefined && m.file !== file) continue;
      const t = m.text;
      if (inside('event mention', m) && t !== undefined && text.slice(m.start, m.end) !== t) problems.push(`event mention at [${m.start}, ${m.end}) reads ${JSON.stringify(text.slice(m.start, m.end))}, not ${JSON.stringify(t)}`);
    }
  }
  return problems;
}

/** Removes a case folder, giving the unreadable fixture its mode back first so that it can go. */
export function removeCaseDir(dir: string): void {
  try {
    chmodSync(join(dir, 'mode-000.txt'), 0o644);
  } catch {
    // already gone
  }
  rmSync(dir, { recursive: true, force: true });
}
