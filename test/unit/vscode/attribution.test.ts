import * as assert from 'node:assert/strict';
import type { Statement } from '../../../src/core/model';
import { hintOffset, isAttributionBeside, needsSpeakerHint, statementsToHint } from '../../../src/vscode/language/attribution';

/**
 * A statement over the text between ⟦ and ⟧, spoken by the words between ‹ and ›, if any; the markers
 * are removed from the text.
 */
function parse(marked: string, speaker: string | null = 'wang-yi'): { text: string; statement: Statement } {
  const positions: Record<string, number> = {};
  let text = '';
  for (const ch of marked) {
    if ('⟦⟧‹›'.includes(ch)) positions[ch] = text.length;
    else text += ch;
  }
  const speakerSpan = '‹' in positions ? { start: positions['‹'], end: positions['›'] } : null;
  const statement: Statement = {
    file: 'a.txt', start: positions['⟦'], end: positions['⟧'], text: text.slice(positions['⟦'], positions['⟧']), kind: 'direct',
    speaker, speakerText: null, speakerSpan, cue: 'said', when: null, flags: [],
  };
  return { text, statement };
}

const beside: Array<[string, boolean]> = [
  ['“⟦We are ready⟧,” ‹Wang› said.', true],
  ['‹Wang› said: “⟦We are ready⟧.”', true],
  ['"⟦Why not⟧?" ‹he› asked.', true],
  ['"⟦We are ready⟧." ‹Gavrilov› said after the talks.', true],
  ['‹Mr. Wang› told Lavrov on Wednesday that “⟦we are ready⟧”.', true],
  ['‹Wang› told U.S. officials “⟦we are ready⟧”.', true],
  ['‹Wang› spoke first. “⟦We are ready⟧,” the text read.', false],
  ['“⟦We are ready⟧.” The talks went on. ‹Wang› left.', false],
  ['‹Wang› spoke first.\n“⟦We are ready⟧.”', false],
  ['“⟦We are ready⟧.”', false],
];

describe('speaker hints: where the attribution is', () => {
  for (const [marked, expected] of beside) {
    it(`${JSON.stringify(marked)}: attribution ${expected ? 'beside the quote' : 'out of sight'}`, () => {
      const { text, statement } = parse(marked);
      assert.equal(isAttributionBeside(text, statement), expected);
    });
  }

  it('a quote with no named source needs no hint', () => {
    const { text, statement } = parse('“⟦We are ready⟧.”', null);
    assert.equal(needsSpeakerHint(text, statement), false);
    assert.equal(needsSpeakerHint(text, { ...statement, speakerText: 'a European diplomat' }), true);
  });

  it('hints a statement once, not again for the words quoted inside it', () => {
    const { text, statement: outer } = parse('‹Wang› arrived. ⟦He said relations are “solid as a rock”⟧.');
    const inner = { ...outer, start: text.indexOf('solid'), end: text.indexOf('”') };
    const other = { ...inner, speaker: 'qin-gang' };
    assert.deepEqual(statementsToHint(text, [inner, outer, other]), [outer, other]);
  });

  const offsets: Array<[string, string]> = [
    ['“⟦We are ready⟧,” Wang said.', ' Wang said.'],
    ['"⟦Why not⟧?" he asked.', ' he asked.'],
    ['He said ⟦he was ready⟧. Then', ' Then'],
    ['“⟦ready⟧', ''],
  ];
  for (const [marked, rest] of offsets) {
    it(`the hint in ${JSON.stringify(marked)} goes before ${JSON.stringify(rest)}`, () => {
      const { text, statement } = parse(marked);
      assert.equal(text.slice(hintOffset(text, statement)), rest);
    });
  }
});
