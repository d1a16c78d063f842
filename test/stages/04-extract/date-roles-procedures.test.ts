/**
 * Procedure dates named by fixation, debridement, transposition, nailing or the ORIF/CSI/I&D shorthand, also
 * when the procedure was image-guided; "CT" inside a word ("Acupuncture") does not open a cumulative-trauma range.
 */
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
    ['The femur fracture was treated with antegrade nailing on 03/04/2019.', '2019-03-04'],
    ['An I&D of the hand abscess 03/04/2019 drained pus.', '2019-03-04'],
    // an image-guided procedure is a procedure, not an imaging study
    ['A fluoroscopy-guided facet injection, CT-guided this time, was given 03/04/2019.', '2019-03-04'],
    ['An ultrasound-guided injection of the subacromial bursa on 03/04/2019 helped.', '2019-03-04'],
  ])('%s', (text, date) => {
    expect(rolesOf(`HISTORY:\n${text}\n`)).toEqual([[date, 'procedure']]);
  });

  it('does not read "CT" inside a word as a cumulative-trauma period', () => {
    expect(rolesOf('HISTORY:\nAcupuncture, 6 sessions 05/02/2019 - 06/13/2019, no change.\n')).toEqual([
      ['2019-05-02', 'other'], ['2019-06-13', 'other'],
    ]);
  });
});
