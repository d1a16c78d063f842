/**
 * Date roles: a UR letter's own date written after a bare "Date:" label near the top is the UR
 * decision date, as a date alone on its line is; "UR approved that MRI on DATE" dates the review.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { docOf, lex } from '../../helpers/docs.js';

const rolesOf = (text: string) => findEventDates(docOf(text), lex).map((d) => [d.date, d.role]);

describe('date roles: UR letter date and UR approvals', () => {
  it('reads "Date:   June 2, 2021" under a utilization review letterhead as the UR decision date', () => {
    const text = 'NORTHGATE UTILIZATION REVIEW SERVICES\n\nDate:      June 2, 2021\nClaim: AB-1\nDate of injury: 01/05/2020\n';
    expect(rolesOf(text)).toEqual([['2021-06-02', 'ur_decision'], ['2020-01-05', 'injury']]);
  });
  it('leaves a "Date:" line without such a letterhead alone', () => {
    const text = 'ORTHOPAEDIC PROGRESS NOTE\n\nDate:      June 2, 2021\nDate of injury: 01/05/2020\n';
    expect(rolesOf(text)[0]).not.toEqual(['2021-06-02', 'ur_decision']);
  });
  it('reads "UR approved the injection on DATE" as the UR decision date', () => {
    expect(rolesOf('HISTORY:\nUR approved the knee injection on 4-12-2022, and it was done the next week.')).toEqual([['2022-04-12', 'ur_decision']]);
  });
});
