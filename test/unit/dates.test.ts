import * as assert from 'node:assert/strict';
import { addDays, findFullDate, nextWeekday, previousWeekday, reportedWeekday, weekdayOf } from '../../src/core/dates';

describe('dates', () => {
  const FRI = '2024-03-15';
  const cases: Array<[string, string | null, string | null]> = [
    ['a weekday earlier in the week', reportedWeekday(FRI, 1), '2024-03-11'],
    ['the publication day itself', reportedWeekday(FRI, 5), FRI],
    ['the day after publication would be six days back: not pinned', reportedWeekday(FRI, 6), null],
    ['"last Saturday" is pinned', reportedWeekday(FRI, 6, true), '2024-03-09'],
    ['"last Friday" on a Friday is a week back', reportedWeekday(FRI, 5, true), '2024-03-08'],
    ['previousWeekday on the same day', previousWeekday(FRI, 5), FRI],
    ['nextWeekday for an announced Monday', nextWeekday(FRI, 1), '2024-03-18'],
    ['addDays across a month', addDays('2024-02-28', 2), '2024-03-01'],
  ];
  for (const [name, actual, expected] of cases) it(name, () => assert.equal(actual, expected));

  it('weekdayOf', () => assert.equal(weekdayOf(FRI), 5));

  const full: Array<[string, string | null]> = [
    ['March 3, 2023', '2023-03-03'],
    ['3 March 2023', '2023-03-03'],
    ['2023-03-03', '2023-03-03'],
    ['Sept. 9, 2021', '2021-09-09'],
    ['February 30, 2023', null],
    ['March 3', null],
    // Day first with dots; with slashes only where day and month cannot be swapped.
    ['13.05.2024', '2024-05-13'],
    ['13/05/2024', '2024-05-13'],
    ['05/13/2024', '2024-05-13'],
    ['05/06/2024', null],
  ];
  for (const [text, expected] of full) it(`findFullDate(${text})`, () => assert.equal(findFullDate(text)?.date ?? null, expected));
});
