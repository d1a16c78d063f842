/** The same care named twice in a sentence keeps the response told between the two names. */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priors = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}`), lex).map((p) => [p.treatment, p.response]);

describe('prior treatments: one care named twice', () => {
  it('reads the worsening told between the two names', () => {
    expect(priors('She had two chiropractic adjustments in May 2018 that aggravated the buttock pain, after which chiropractic care was stopped.'))
      .toEqual([['chiropractic manipulation', 'worsened']]);
  });
  it('still joins the two names into one course when nothing is told between them', () => {
    expect(priors('He attended chiropractic care, chiropractic manipulation twice weekly, with about 50% relief.'))
      .toEqual([['chiropractic manipulation', 'partial_relief']]);
  });
});

describe('prior treatments: pain "gone" for days', () => {
  it('reads pain that was gone for five days and came back as temporary relief', () => {
    expect(priors('Methylprednisolone dose pack started 09/02/2022: the arm pain was gone for five days and then came back.'))
      .toEqual([['medication (other)', 'temporary_relief']]);
  });
  it('does not read "gone for" a course of therapy as relief', () => {
    expect(priors('She has gone for physical therapy for six weeks with about 30% relief.')).toEqual([['physical therapy', 'partial_relief']]);
  });
});
