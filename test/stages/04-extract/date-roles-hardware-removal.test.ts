/**
 * Removing a fracture's plate, screws or other hardware is an operation: its date is a procedure date.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const rolesOf = (text: string) => findEventDates(docOf(text), lex).map((d) => [d.date, d.role]);

describe('date roles: hardware removal', () => {
  it.each([
    ['The plate and screws were removed on 10/12/2024, and the ache settled.'],
    ['Tibial plateau fracture, healed, with hardware removed (10/12/2024).'],
    ['He underwent removal of the hardware 10/12/2024 without complication.'],
  ])('%s', (text) => {
    expect(rolesOf(`HISTORY:\n${text}\n`)).toEqual([['2024-10-12', 'procedure']]);
  });

  it('does not read a removed cast or sutures as an operation', () => {
    expect(rolesOf('HISTORY:\nThe sutures were removed on 10/12/2024.\n')).toEqual([['2024-10-12', 'other']]);
  });
});
