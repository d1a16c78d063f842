/**
 * "x N" after a treatment counts sessions ("PT x 12"), but "x 3 wks" after a relief percent is how
 * long the relief lasted, even with a word between the percent and the "x" ("60% better x 3 wks").
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorOf = (text: string) => findPriorTreatments(docOf(`HISTORY OF PRESENT ILLNESS:\n${text}\n`), lex);

describe('prior treatments: "x N" as sessions or as time', () => {
  it('reads "x 2 mos" after "improved" as the duration, not as sessions', () => {
    const [inj] = priorOf('Right C6-7 interlaminar ESI 4/2/20: she felt "70% improved x 2 mos" before the arm pain returned.');
    expect(inj).toMatchObject({ treatment: 'epidural steroid injection', reliefPercent: 70, sessions: null });
    expect(inj?.durationWeeks).toBeGreaterThanOrEqual(8);
  });

  it('reads "x 6 wks" straight after a percent as the duration', () => {
    const [tpi] = priorOf('Trigger point injections in March gave 50% relief x 6 wks.');
    expect(tpi).toMatchObject({ treatment: 'trigger point injection', reliefPercent: 50, durationWeeks: 6, sessions: null });
  });

  it('still reads "x 8" after a therapy as sessions', () => {
    const [pt] = priorOf('Acupuncture x 8 gave no lasting relief.');
    expect(pt).toMatchObject({ treatment: 'acupuncture', sessions: 8 });
  });
});
