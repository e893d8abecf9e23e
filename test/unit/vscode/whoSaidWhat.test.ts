import * as assert from 'node:assert/strict';
import { CorpusQuery } from '../../../src/core/index/corpusQuery';
import { formatRows, statementRows } from '../../../src/vscode/export/whoSaidWhat';
import { index } from './smallCorpusIndex';

const rows = statementRows(new CorpusQuery(index), (_file, offset) => Math.floor(offset / 10) + 1);

describe('export who said what', () => {
  it('flattens each statement with its speaker, source and place in the file', () => {
    assert.deepEqual(rows[2], {
      speaker: 'a diplomat', role: '', statement: 'relations are rock solid and will not be swayed', kind: 'direct', cue: 'told', when: '',
      outlet: 'AFP', published: '2023-02-23', headline: 'Talks in Moscow', file: 'b.txt', line: 7, start: 60, end: 107,
    });
  });

  it('writes CSV with a header and one record per statement', () => {
    const csv = formatRows(rows, 'csv', 'Who said what');
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'speaker,role,statement,kind,cue,when,outlet,published,headline,file,line,start,end');
    assert.equal(lines[1], 'Wang Yi,Foreign Minister,Relations are rock solid and will not be swayed,direct,said,2023-02-22,CNN,2023-02-22,Wang Yi in Moscow,a.txt,3,20,67');
    assert.equal(lines.length, rows.length + 2);
  });

  it('writes JSON that reads back as the rows', () => {
    assert.deepEqual(JSON.parse(formatRows(rows, 'json', 'x')), rows);
  });

  it('writes Markdown by speaker with article text escaped', () => {
    const md = formatRows(rows, 'markdown', 'Who said what');
    assert.match(md, /^# Who said what\n\n## Wang Yi, Foreign Minister\n\n- “Relations are rock solid and will not be swayed” — said, 2023\\-02\\-22, CNN, 2023\\-02\\-22 \(a\\\.txt\\:3\)\n/);
    assert.match(md, /\\\[partners\\\]\\\(command\\:workbench\\\.action\\\.quit\\\) \\<b\\>now\\<\/b\\>/);
    assert.match(md, /## a diplomat\n\n- “relations are rock solid and will not be swayed” — told, AFP, 2023\\-02\\-23 \(b\\\.txt\\:7\)/);
  });
});
