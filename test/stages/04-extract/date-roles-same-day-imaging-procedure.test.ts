/**
 * A procedure done the same day as an imaging study has both roles: each mention keeps the role its
 * own words give it, rather than every mention of the date taking the higher-priority imaging role.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const rolesOf = (text: string) => findEventDates(docOf(text), lex).map((d) => [d.date, d.role]);

describe('date roles: same-day procedure and imaging', () => {
  it('keeps a procedure mention as procedure beside a same-day imaging mention', () => {
    expect(rolesOf('HISTORY:\n- Knee injection 02/11/2021 helped for a month.\nKnee x-rays 02/11/2021: no fracture.\n')).toEqual([
      ['2021-02-11', 'procedure'], ['2021-02-11', 'imaging'],
    ]);
  });

  it('still gives a bare mention of that date the best-supported role', () => {
    expect(rolesOf('HISTORY:\nKnee MRI 02/11/2021: meniscal tear.\nPlan reviewed 02/11/2021 findings.\n').map((r) => r[1])).toEqual(['imaging', 'imaging']);
  });
});
