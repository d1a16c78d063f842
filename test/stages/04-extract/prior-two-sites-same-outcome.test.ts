/**
 * Two injections at two different sites, each with its own stated outcome, are two courses even
 * when the outcomes read alike (each gave relief that wore off).
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const coursesOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.bodyPart, t.response]);

describe('prior treatments: one treatment at two sites', () => {
  it('keeps two sites with alike outcomes apart', () => {
    const text = 'A cortisone injection into the left wrist on 05/02/2022 helped for about ten days before the pain came back; '
      + 'a cortisone injection into the left elbow the same day eased the elbow for three days, then the pain returned.';
    expect(coursesOf(text)).toEqual([
      ['steroid injection', 'wrist', 'temporary_relief'],
      ['steroid injection', 'elbow', 'temporary_relief'],
    ]);
  });

  it('still merges two mentions of one course at one site', () => {
    const text = 'A cortisone injection into the left wrist on 05/02/2022 helped for about ten days. The wrist injection gave no lasting relief.';
    expect(coursesOf(text).length).toBe(1);
  });
});
