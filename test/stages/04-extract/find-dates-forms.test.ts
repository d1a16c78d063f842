/** Date forms written with "of" between the ordinal and the month, month-first with hyphens and a two-digit year, and year-first with slashes. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { findDates } from '../../../src/stages/04-extract/find-dates.js';

const lexicons = loadLexicons();
const isoOf = (text: string) => findDates(text, lexicons).map((d) => [d.text, d.iso]);

describe('findDates: more written forms', () => {
  it.each([
    ['injured on the 21st of October 2016 at work', [['21st of October 2016', '2016-10-21']]],
    ['Date of exam: 2nd of Feb 2020', [['2nd of Feb 2020', '2020-02-02']]],
    ['Date of injury: Oct-21-16', [['Oct-21-16', '2016-10-21']]],
    ['seen on Feb-2-2020 for follow-up', [['Feb-2-2020', '2020-02-02']]],
    // year-first with slashes, as some practice-management systems print them
    ['visit 2019/11/04, knee re-checked', [['2019/11/04', '2019-11-04']]],
    ['doi: 2021/3/9', [['2021/3/9', '2021-03-09']]],
  ])('%s', (text, want) => {
    expect(isoOf(text)).toEqual(want);
  });

  it('does not read a month name before a range of numbers as a date', () => {
    expect(isoOf('since Oct 3 to 12 sessions')).toEqual([]);
    expect(isoOf('Mar 5 12 visits')).toEqual([]);
    // mixed separators are not one date
    expect(isoOf('ref 2019/11-04')).toEqual([]);
  });
});
