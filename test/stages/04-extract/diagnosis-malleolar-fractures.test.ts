/**
 * Bimalleolar, trimalleolar and lateral malleolus fractures have their own ICD-10-CM
 * subcategories (S82.84-, S82.85-, S82.6-), by side, rather than "other fracture of lower leg".
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10]);

describe('diagnoses: malleolar fractures', () => {
  it('take their own subcategory and side', () => {
    expect(read('Diagnoses: right bimalleolar fracture.')).toEqual([['bimalleolar fracture of lower leg', 'S82.841A']]);
    expect(read('Diagnoses: trimalleolar fracture, left ankle.')).toEqual([['trimalleolar fracture of lower leg', 'S82.852A']]);
    expect(read('Diagnoses: left lateral malleolus fracture.')).toEqual([['fracture of lateral malleolus of fibula', 'S82.62XA']]);
  });

  it('in aftercare after fixation, the subsequent encounter', () => {
    expect(read('Assessment: status post ORIF of a right bimalleolar ankle fracture.').map((r) => r[1])).toContain('S82.841D');
  });
});
