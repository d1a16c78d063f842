/**
 * A urine drug screen or toxicology report dates a laboratory test (role other), even when the
 * report word would read as a visit; a CURES check read at a visit leaves the visit alone.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const rolesOf = (text: string) => new Map(findEventDates(docOf(text), lex).map((d) => [d.date, d.role]));

describe('date roles: drug screens', () => {
  it('a drug screen and its toxicology report are role other', () => {
    const r = rolesOf('A urine drug screen on 8/20/13 was consistent with the prescribed medication.\n\nDocuments reviewed:\n* Urine toxicology report dated 8/20/2013\n* UDS 4/30/19\n');
    expect(r.get('2013-08-20')).toBe('other');
    expect(r.get('2019-04-30')).toBe('other');
  });

  it('a CURES report reviewed at a visit keeps the visit', () => {
    const r = rolesOf("Dr. Park's PR-2 of 12-01-2021 notes less pain. A CURES report reviewed on 12-01-2021 was consistent.\n");
    expect(r.get('2021-12-01')).toBe('visit');
  });
});
