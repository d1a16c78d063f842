/**
 * The injury's date is also the date of that day's imaging or procedure: the mention whose own
 * words name the study or procedure keeps that role, while the injury story's mention stays the injury.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const rolesOf = (text: string) => findEventDates(docOf(text), lex).map((d) => [d.date, d.role]);

describe('date roles: care on the day of the injury', () => {
  it('keeps imaging on the injury date as imaging', () => {
    expect(rolesOf('Date of Injury: 07/19/2023\n\nHISTORY:\nShe twisted her right ankle at work. Right ankle x-rays on 07/19/2023 were negative.\n')).toEqual([
      ['2023-07-19', 'injury'], ['2023-07-19', 'imaging'],
    ]);
  });

  it('keeps a procedure on the injury date as a procedure', () => {
    expect(rolesOf('DOI: 03/04/2019\n\nHISTORY:\nHe cut his hand on a blade. Laceration repair 03/04/2019 in the emergency department.\n')).toEqual([
      ['2019-03-04', 'injury'], ['2019-03-04', 'procedure'],
    ]);
  });

  it('gives every mention of the injury date the injury role when no mention names that day\'s care', () => {
    expect(rolesOf('Date of Injury: 07/19/2023\n\nHISTORY:\nOn 07/19/2023 she slipped on a wet floor.\n')).toEqual([
      ['2023-07-19', 'injury'], ['2023-07-19', 'injury'],
    ]);
  });
});
