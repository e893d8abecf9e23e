import * as assert from 'node:assert/strict';
import { addDays, calendarWeek, dayOfMonthNear, findFullDate, nextWeekday, previousWeekday, reportedWeekday, weekdayInWeek, weekdayOf } from '../../src/core/dates';

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
    ['"on Tuesday last week" in the week before, Monday to Sunday', weekdayInWeek(FRI, 2, -1), '2024-03-05'],
    ['"on Sunday last week" is the Sunday before this week\'s Monday', weekdayInWeek(FRI, 0, -1), '2024-03-10'],
    ['"on Monday next week"', weekdayInWeek(FRI, 1, 1), '2024-03-18'],
    ['"next week" starts on a Monday', calendarWeek(FRI, 1).from, '2024-03-18'],
    ['"next week" ends on a Sunday', calendarWeek(FRI, 1).to, '2024-03-24'],
    ['"on the 2nd", past, this month', dayOfMonthNear(FRI, 2, false), '2024-03-02'],
    ['"on the 20th", past, last month', dayOfMonthNear(FRI, 20, false), '2024-02-20'],
    ['"on the 30th", past, last month has none', dayOfMonthNear(FRI, 30, false), null],
    ['"on the 2nd", ahead, next month', dayOfMonthNear(FRI, 2, true), '2024-04-02'],
    ['"on the 20th", ahead, this month', dayOfMonthNear(FRI, 20, true), '2024-03-20'],
    ['"on the 5th", ahead, across the year', dayOfMonthNear('2024-12-15', 5, true), '2025-01-05'],
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
