/**
 * In a past-history list, a condition the patient "had" in a past year ("In 2010 she had a left
 * S1 radiculopathy ...") is past history, not a current diagnosis.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.assertion]);

describe('diagnoses: a condition had in a past year', () => {
  it('is historical in a past medical history', () => {
    expect(read('PAST MEDICAL HISTORY: Hypertension. In 2010 she had a left lumbar radiculopathy after a fall at home.')).toEqual([
      ['essential hypertension', 'present'],
      ['lumbar radiculopathy', 'historical'],
    ]);
  });

  it('leaves a condition without the past year present', () => {
    expect(read('PAST MEDICAL HISTORY: Hypertension. She has a left lumbar radiculopathy.').map((r) => r[1])).toEqual(['present', 'present']);
  });
});
