import * as assert from 'node:assert/strict';
import { dayNamedIn, namesOtherTime } from '../../../src/core/quotes/when';

describe('namesOtherTime: words that set a statement at another time than the occasion reported', () => {
  const cases: Array<[string, boolean]> = [
    ['Dahl told the Financial Times that', true],
    ['Dahl told Reuters that', true],
    ['Dahl told the newspaper that', true],
    ['Dahl told a joint news conference that', false],
    ['Dahl told reporters that', false],
  ];
  for (const [words, other] of cases) it(`${words} → ${other}`, () => assert.equal(namesOtherTime(words), other));
});

describe('dayNamedIn', () => {
  const published = '2024-03-15'; // a Friday
  const cases: Array<[string, string | null, string | null]> = [
    ['Dahl said on Friday', published, '2024-03-15'],
    ['Dahl said on Wednesday', published, '2024-03-13'],
    ['Dahl said last Friday', published, '2024-03-08'],
    ["after Monday's call, Dahl said", published, '2024-03-11'],
    ['Dahl said yesterday', published, '2024-03-14'],
    ['Dahl said today', published, published],
    ['on March 3 Dahl said', published, '2024-03-03'],
    ['on 20 December Dahl said', published, '2023-12-20'],
    ['on 2 March 2023 Dahl said', published, '2023-03-02'],
    ['on Saturday, Dahl said', null, null],
    ['Dahl said earlier this week', published, null],
    ['Dahl said on Monday and again on Tuesday', published, null],
    ['Dahl said', published, null],
    // Some outlets abbreviate the weekday after a cue; a newspaper's name is no weekday.
    ['the minister said Sun.', published, '2024-03-10'],
    ['Dahl said Tues., adding', published, '2024-03-12'],
    ['Dahl told The Sun.', published, null],
    ['Dahl said the sun rose', published, null],
    // A day soon after publication is still to come, and never the day words were said; one long after is last year's.
    ['ahead of the 29th March inauguration, Dahl said', published, null],
    ['ahead of the inauguration on March 29, 2024, Dahl said', published, null],
    ['on 10 October Dahl said', published, '2023-10-10'],
    // A weekday with the week it is in; a habit is no day.
    ['Dahl told a news conference on Tuesday last week', published, '2024-03-05'],
    ['Dahl said on Monday this week', published, '2024-03-11'],
    ['Dahl, who eats here every Friday, wrote', published, null],
    ['Dahl, who swims each Wednesday, said', published, null],
    ['Dahl, who swims on Wednesdays, said', published, null],
    // A day with a name of its own is no weekday.
    ['Dahl, marking the Good Friday Agreement, said', published, null],
    // A day of the month alone is this month's, or last month's when it is still to come; a floor or a round is no day.
    ['Dahl said on the 2nd that', published, '2024-03-02'],
    ['on the 14th, Dahl said', published, '2024-03-14'],
    ['Dahl said on the 20th that', published, '2024-02-20'],
    ['Dahl said on the 2nd floor', published, null],
    ['on the 14th of February Dahl said', published, '2024-02-14'],
  ];
  for (const [words, anchor, expected] of cases) {
    it(`${words} (published ${anchor})`, () => assert.equal(dayNamedIn(words, anchor), expected));
  }
});
