import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const brief = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10, d.assertion]);

describe('findDiagnoses: a comorbidity stated in running text by words after it', () => {
  it('reads a condition followed by how it is managed or by "non-industrial"', () => {
    expect(brief('SUBJECTIVE\nShe lifts boxes at work. Type 2 diabetes, diet-controlled, non-industrial.\n')).toEqual([
      ['type 2 diabetes mellitus without complications', 'E11.9', 'present'],
    ]);
    expect(brief('SUBJECTIVE\nHe walks daily and has type 2\ndiabetes, diet controlled, and a sore ankle.\n')).toEqual([
      ['type 2 diabetes mellitus without complications', 'E11.9', 'present'],
    ]);
    expect(brief('SUBJECTIVE\nHe drives a forklift. Hypertension (non-industrial) is stable.\n')).toEqual([
      ['essential hypertension', 'I10', 'present'],
    ]);
  });

  it('leaves an uncued narrative mention, and a symptom, alone', () => {
    expect(brief('SUBJECTIVE\nHe reads about diabetes in the evening.\n')).toEqual([]);
    expect(brief('SUBJECTIVE\nShe has neck pain, non-industrial, since a fall at home.\n')).toEqual([]);
  });
});
