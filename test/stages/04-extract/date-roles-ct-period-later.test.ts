/**
 * A claim called "cumulative trauma" that gives its period further on in the sentence, across a
 * double-spaced line break: the period's end is the injury date, its start is another date.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const rolesOf = (text: string) => new Map(findEventDates(docOf(text), lex).map((d) => [d.date, d.role]));

describe('date roles: a cumulative-trauma period named late in its sentence', () => {
  it('"a cumulative trauma claim for both wrists and hands, for the period A through B" (double spaced)', () => {
    const r = rolesOf('CLINICAL CASE SUMMARY\n\nThe injured worker is a 49 year old hygienist who filed a cumulative trauma claim for \n\nboth wrists and hands, for the period 04/01/2011 through 10/15/2018, attributed to scaling. \n\nElectrodiagnostic testing on 11/30/2018 showed median neuropathy.\n');
    expect(r.get('2018-10-15')).toBe('injury');
    expect(r.get('2011-04-01')).toBe('other');
    expect(r.get('2018-11-30')).not.toBe('injury');
  });

  it('a range in the next sentence is not the claim\'s period', () => {
    const r = rolesOf('HISTORY\n\nShe filed a cumulative trauma claim. Physical therapy ran from 03/01/2019 through 04/15/2019.\n');
    expect(r.get('2019-04-15')).not.toBe('injury');
  });
});

describe('date roles: seen at a place, the date a line later', () => {
  it('"He was seen at the employer\'s occupational health clinic the next day,\\n01/23/2018, where ..." is a visit', () => {
    const r = rolesOf('CLINICAL CASE SUMMARY\n\nHe was assaulted at work on 01/22/2018. He was seen at the employer\'s occupational health clinic the next day,\n01/23/2018, where x-rays of the left shoulder showed no fracture.\n');
    expect(r.get('2018-01-23')).toBe('visit');
  });
});

describe('date roles: a cumulative-trauma period written with month names', () => {
  it('"Date of Injury: CT March 2, 2015 - September 16, 2022": the end is the injury date, the start another date', () => {
    const r = rolesOf('Date of Injury:   CT March 2, 2015 - September 16, 2022\nBody part: right elbow\n');
    expect(r.get('2022-09-16')).toBe('injury');
    expect(r.get('2015-03-02')).toBe('other');
  });
});
