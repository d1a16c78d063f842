/**
 * A records list separated by semicolons: a cue after a date reaches only to the end of its own
 * item, and a single report named by its author ("PR-2 of Dr. X dated DATE") is a visit without
 * the next item's help.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const rolesOf = (text: string) => new Map(findEventDates(docOf(text), lex).map((d) => [d.date, d.role]));

describe('date roles: items of a records list', () => {
  it('the end of a range of reports does not take the visit cue of the next item', () => {
    const r = rolesOf('Records reviewed: urgent care note 03/01/2019; PTP reports of Dr. Lane 03/08/2019 through 07/22/2019; physical therapy notes (9 visits).\n');
    expect(r.get('2019-07-22')).toBe('other');
    expect(r.get('2019-03-08')).toBe('other');
  });

  it('a date followed by its own report word is still a visit', () => {
    expect(rolesOf('Records: 05/14/2020 progress report; radiograph 03/02/2020.\n').get('2020-05-14')).toBe('visit');
  });

  it('"PR-2 of Dr. X dated DATE" is the visit', () => {
    const r = rolesOf('CLINICAL INFORMATION REVIEWED\nRFA and PR-2 of Dr. Lane dated 01/10/2018; psychology notes of 11/2017; shoulder MRI of 03/15/2017.\n');
    expect(r.get('2018-01-10')).toBe('visit');
    expect(r.get('2017-03-15')).toBe('imaging');
  });
});
