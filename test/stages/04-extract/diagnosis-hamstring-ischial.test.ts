/**
 * Buttock and posterior-thigh diagnoses: a proximal hamstring avulsion is coded as the hamstring
 * strain it is in ICD-10-CM (S76.31-), ischial bursitis as other bursitis of hip (M70.7-), and a
 * sciatic neuropathy ruled out in the same work-up takes their side.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10, d.assertion]);

describe('diagnoses: hamstring origin and ischial bursa', () => {
  it('codes a proximal hamstring avulsion and ischiogluteal bursitis by side', () => {
    expect(read('Assessment:\n1. Partial proximal hamstring avulsion, left\n2. Left ischiogluteal bursitis\n')).toEqual([
      ['strain of hamstring', 'S76.312A', 'present'],
      ['ischial bursitis', 'M70.72', 'present'],
    ]);
  });
  it('gives a ruled-out sciatic neuropathy the side of the hip diagnoses', () => {
    expect(read('Diagnoses: ischial bursitis, left; no evidence of sciatic neuropathy on the nerve study.')).toEqual([
      ['ischial bursitis', 'M70.72', 'present'],
      ['piriformis syndrome', 'G57.02', 'negated'],
    ]);
  });
});
