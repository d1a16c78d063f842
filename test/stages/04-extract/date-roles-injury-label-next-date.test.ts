/**
 * An injury label ("DOI") names the date right after it, not a second date further along the same
 * running header ("DOI 12/29/23 DOS 4/3/2024", "DOI 02/13/2021 June 9, 2021 Page 2").
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const rolesOf = (text: string) => findEventDates(docOf(text), lex).map((d) => [d.date, d.role]);

describe('date roles: an injury label reaches only its own date', () => {
  it('reads the service date after a labelled injury date as the visit', () => {
    expect(rolesOf('Employer: Acme Parts DOI 12/29/23 DOS 4/3/2024 Provider: J. Smith, MD\n')).toEqual([
      ['2023-12-29', 'injury'], ['2024-04-03', 'visit'],
    ]);
  });

  it('does not make a report date on the injury label\'s line the injury', () => {
    expect(rolesOf('RE: DOE, JOHN DOI 4-18-23 PR-2 7-6-23 page 2\n').map((r) => r[1])).toEqual(['injury', 'visit']);
  });

  it('still reads the labelled date itself', () => {
    expect(rolesOf('Date of injury: 02/13/2021\n').map((r) => r[1])).toEqual(['injury']);
  });
});
