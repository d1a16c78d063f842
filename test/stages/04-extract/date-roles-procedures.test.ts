/** Procedure dates named by fixation, debridement, transposition or the ORIF/CSI shorthand. */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const rolesOf = (text: string) => findEventDates(docOf(text), lex).map((d) => [d.date, d.role]);

describe('date roles: procedures in other words', () => {
  it.each([
    ['The fracture was treated with open reduction and internal fixation on 03/04/2019.', '2019-03-04'],
    ['ORIF of the left radius 03/04/2019 was uncomplicated.', '2019-03-04'],
    ['- CSI L 1st dorsal compartment 03/04/2019: relief for a week.', '2019-03-04'],
    ['She had ulnar nerve transposition on 03/04/2019.', '2019-03-04'],
  ])('%s', (text, date) => {
    expect(rolesOf(`HISTORY:\n${text}\n`)).toEqual([[date, 'procedure']]);
  });
});
