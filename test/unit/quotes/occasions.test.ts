import * as assert from 'node:assert/strict';
import { readArticle } from '../../../src/core/article/readArticle';
import { findEventMentions } from '../../../src/core/events/findEventMentions';
import { findPeople } from '../../../src/core/nlp/findPeople';
import { findStatements } from '../../../src/core/quotes/findStatements';
import { Occasions, sourceKeys } from '../../../src/core/quotes/occasions';
import { looksAhead, namesOtherTime } from '../../../src/core/quotes/when';
import type { EventMention, Statement } from '../../../src/core/model';

/** Invented articles published on Friday 2024-03-15, read through people and event mentions as the index does. */
function statementsOf(paragraphs: string[], headline = 'Envoys meet in Oslo'): Statement[] {
  const text = [headline, 'The talks resumed after a long pause in the spring', ...paragraphs].join('\n\n') + '\n';
  const article = readArticle('test.txt', text, { published: '2024-03-15' });
  const people = findPeople(article);
  return findStatements(article, people, findEventMentions(article, people));
}

function whenOf(statements: Statement[], words: string): string | null {
  const s = statements.find((f) => f.text === words);
  assert.ok(s, `no statement "${words}" in ${JSON.stringify(statements.map((f) => f.text))}`);
  return s.when;
}

describe('the day of an occasion a sentence reports, for a statement made in it', () => {
  // One dated meeting of Kiprono and Adeola, reported in the sentence at 100-200.
  const mention: EventMention = { file: 't.txt', start: 100, end: 200, text: 'Kiprono told Adeola …', kind: 'meeting', participants: ['kiprono', 'adeola'], place: null, date: '2024-03-13', announced: false };
  const sentence = { start: 100, end: 200 };
  const occasions = () => new Occasions([mention], () => true, '2024-03-15');

  it('is the statement\'s day when the reporter\'s words tell of the occasion', () => {
    assert.equal(occasions().dayIn(sentence, ['kiprono'], true, () => ['kiprono']), '2024-03-13');
  });
  it('or name another of its people ("Kiprono told Adeola that …")', () => {
    assert.equal(occasions().dayIn(sentence, ['kiprono'], false, () => ['kiprono', 'adeola']), '2024-03-13');
  });
  it('but not when the occasion is only in what was said', () => {
    assert.equal(occasions().dayIn(sentence, ['kiprono'], false, () => ['kiprono']), null);
  });
  it('nor for a speaker who did not take part', () => {
    assert.equal(occasions().dayIn(sentence, ['someone-else'], true, () => ['someone-else', 'adeola']), null);
  });
});

describe('statement days from the occasion', () => {
  const cases: Array<[string, string[], string, string | null]> = [
    ['the speaker keeps the day across paragraphs', ['Marta Kowalski said on Monday that the grain corridor would reopen within weeks.', 'The corridor has been shut since the winter.', '"Ships are already waiting at anchor," Kowalski said.'], 'Ships are already waiting at anchor', '2024-03-11'],
    ['the addressee of a dated statement is placed at its day', ['On Tuesday, Henrik Dahl told Marta Kowalski that the border would stay open.', '"This is welcome news for our farmers," Kowalski said.'], 'This is welcome news for our farmers', '2024-03-12'],
    ['another speaker gets no day', ['Marta Kowalski said on Monday that the grain corridor would reopen within weeks.', '"The offer is not serious," Henrik Dahl said.'], 'The offer is not serious', null],
    ['"earlier" sets the statement at another time', ['Marta Kowalski said on Monday that the grain corridor would reopen within weeks.', 'Kowalski had earlier said that "nothing is agreed until everything is agreed."'], 'nothing is agreed until everything is agreed', null],
    ['a past year sets the statement at another time', ['Marta Kowalski said on Monday that the grain corridor would reopen within weeks.', 'In 2019, Kowalski said the port was "a gift to the region."'], 'a gift to the region', null],
    ['a post on social media is another occasion', ['Marta Kowalski said on Monday that the grain corridor would reopen within weeks.', 'Kowalski later wrote on X: "Thank you, Oslo."'], 'Thank you, Oslo', null],
    ['a planned meeting places nobody', ['Marta Kowalski will meet Henrik Dahl on Thursday in Bergen.', '"The meeting will be useful," Dahl said.'], 'The meeting will be useful', null],
    ['an organisation keeps its day under its initials', ['The Baltic Shipping Gazette reported on Wednesday that port tolls would rise sharply next month.', 'Tolls could double by the summer, the BSG reported, citing harbour officials.'], 'Tolls could double by the summer', '2024-03-13'],
    ['a day named earlier in the paragraph dates what is said after it', ['On Thursday, the ministry confirmed that the port would reopen. In a statement, Henrik Dahl said the tolls would stay low.'], 'the tolls would stay low', '2024-03-14'],
    ['but not what is said at another occasion the paragraph gives no day', ['On Thursday, the ministry confirmed that the port would reopen. At a news conference in Bergen, Henrik Dahl said the tolls would stay low.'], 'the tolls would stay low', null],
    ['outside court is after another hearing than the one the speaker was placed at', ['Lawyer Henrik Dahl had told the court on Wednesday that his client was ill. Outside court, Dahl said his client would appeal.'], 'his client would appeal', null],
    ['an occasion named with "a" is another occasion', ['On Thursday, the ministry confirmed that the port would reopen. At a rally in Bergen, Henrik Dahl said the tolls would stay low.'], 'the tolls would stay low', null],
    ['the day of a meeting the article opens with dates the reactions reported after it', ['On Monday, the city council voted 6-3 to close the old harbour bridge to all traffic.', 'Councillor Anna Berg, who represents the ward, cast the deciding vote. Berg said she had received many letters.', 'Her colleague Erik Lund voted against. He said the bridge was still needed.'], 'the bridge was still needed', '2024-03-11'],
    ['even when the article opens with what is planned', ['The district will cut 40 teaching posts next year, the school board decided Tuesday night, after a four-hour meeting in the town hall.', 'Superintendent Erik Lund told the board that enrollment had fallen.'], 'enrollment had fallen', '2024-03-12'],
    ['but not after a sentence set at another time', ['On Monday, the city council voted 6-3 to close the old harbour bridge to all traffic.', 'The bridge was built in 1932 and last repaired in 2019.', 'Councillor Erik Lund said the vote was fair.'], 'the vote was fair', null],
    ['nor what someone has said up to now', ['On Monday, the city council voted 6-3 to close the old harbour bridge to all traffic.', 'Councillor Erik Lund has argued that the bridge is still needed.'], 'the bridge is still needed', null],
    ['an article that opens with what happened, not a meeting, dates no reaction', ['On Thursday, a pickup truck swerved off the road near the old harbour bridge and hit a tree.', 'The driver was taken to hospital, deputies said.'], 'The driver was taken to hospital', null],
    ['a source the reporter reached is no longer at the day they were placed at', ['Marta Kowalski said on Monday that the grain corridor would reopen within weeks.', 'Kowalski, reached by phone, declined to go further. "Ships are already waiting at anchor," she said.'], 'Ships are already waiting at anchor', null],
    ['nor is what they say when reached', ['Marta Kowalski said on Monday that the grain corridor would reopen within weeks.', 'Kowalski, reached by phone, said the ships were waiting.'], 'the ships were waiting', null],
    ['"after the meeting" refers back to the dated meeting', ['Marta Kowalski met Henrik Dahl in Oslo on Wednesday.', 'The two sides agreed to reopen the port, the ministry said after the meeting.'], 'The two sides agreed to reopen the port', '2024-03-13'],
    ['"a day after the meeting" is the day after it', ['Marta Kowalski met Henrik Dahl in Oslo on Monday.', 'A day after the meeting, the ministry said the port would reopen.'], 'the port would reopen', '2024-03-12'],
    ['"the talks" refers back to the talks, not to a call reported after them', ['Marta Kowalski met Henrik Dahl in Oslo on Monday.', 'Kowalski held a phone call with Dahl on Wednesday.', 'An official who was present at the talks said the port would reopen.'], 'the port would reopen', '2024-03-11'],
    ['an occasion only in what was said is what the statement is about, not where it was made', ['Coach Marta Kowalski said the squad had spoken with Henrik Dahl, the club\'s oldest supporter, by video call on Wednesday.'], 'the squad had spoken with Henrik Dahl, the club\'s oldest supporter, by video call on Wednesday', null],
    ['nor what the speaker says next', ['Coach Marta Kowalski said the squad had spoken with Henrik Dahl, the club\'s oldest supporter, by video call on Wednesday.', '"He told us not to come home without the cup," Kowalski said.'], 'He told us not to come home without the cup', null],
    ['but never back to an earlier day than the text has them at', ['Marta Kowalski met Henrik Dahl in Oslo on Wednesday.', 'According to the ministry, Kowalski held a phone call with Dahl on Monday to agree the agenda.', '"We are close," Dahl said.'], 'We are close', '2024-03-13'],
    ['what tells of a dated occasion was not said before it', ['Marta Kowalski met Henrik Dahl in Oslo on Wednesday.', 'During a phone call on Monday, Dahl told Kowalski that the port would reopen, the ministry said.', 'Kowalski said the meeting on Wednesday had been useful.', '"We are close," Kowalski said.'], 'the meeting on Wednesday had been useful', null],
    ['nor is what the speaker says next', ['Marta Kowalski met Henrik Dahl in Oslo on Wednesday.', 'During a phone call on Monday, Dahl told Kowalski that the port would reopen, the ministry said.', 'Kowalski said the meeting on Wednesday had been useful.', '"We are close," Kowalski said.'], 'We are close', null],
    ['an occasion others tell of still places its people', ['Marta Kowalski met Henrik Dahl in Bergen on Monday.', 'Kowalski\'s visit to Oslo on Wednesday is aimed at reopening the port, observers said.', '"We are close," Kowalski said.'], 'We are close', '2024-03-13'],
    ['an occasion in the reporter\'s words dates what was said there', ['During a video call on Wednesday, coach Marta Kowalski told Henrik Dahl that the squad would win the cup.'], 'the squad would win the cup', '2024-03-13'],
    ['so does the other person of the occasion, named in the reporter\'s words', ['Marta Kowalski met Henrik Dahl in Oslo on Wednesday.', 'Kowalski told Dahl that the port would reopen within weeks.'], 'the port would reopen within weeks', '2024-03-13'],
  ];
  for (const [rule, paragraphs, words, expected] of cases) {
    it(rule, () => assert.equal(whenOf(statementsOf(paragraphs), words), expected));
  }

  it('a headline statement takes the day of the body statement it repeats', () => {
    const found = statementsOf(['Marta Kowalski said on Monday that the grain corridor is open again for all ships.'], 'Kowalski says the grain corridor is open again');
    assert.equal(whenOf(found, 'the grain corridor is open again'), '2024-03-11');
  });
});

describe('namesOtherTime and looksAhead', () => {
  const other: Array<[string, boolean]> = [
    ['Dahl said', false],
    ['Dahl said at the start of the meeting', false],
    ['Dahl earlier said', true],
    ['Dahl said last year', true],
    ['In March, Dahl said', true],
    ['Dahl had warned', true],
    ['Dahl said in an interview', true],
    ['Dahl wrote on X', true],
  ];
  for (const [words, expected] of other) it(`namesOtherTime: ${words}`, () => assert.equal(namesOtherTime(words), expected));
  const ahead: Array<[string, boolean]> = [
    ['Dahl will meet Kowalski on Thursday', true],
    ['Dahl is scheduled to arrive on Thursday', true],
    ['Dahl met Kowalski on Thursday', false],
  ];
  for (const [words, expected] of ahead) it(`looksAhead: ${words}`, () => assert.equal(looksAhead(words), expected));
});

describe('sourceKeys', () => {
  const cases: Array<[string | null, string | null, string[]]> = [
    ['marta-kowalski', null, ['marta-kowalski']],
    [null, 'the Baltic Shipping Gazette', ['source:baltic shipping gazette', 'source:bsg']],
    [null, 'the BSG', ['source:bsg']],
    [null, 'a European diplomat', ['source:european diplomat']],
    [null, 'they', []],
    [null, null, []],
  ];
  for (const [speaker, text, expected] of cases) it(`${speaker ?? text}`, () => assert.deepEqual(sourceKeys(speaker, text), expected));
});
