/**
 * A code that opens a row of a coded list labels the row's diagnosis even when a cue stands
 * between them ("M75.41  Rule out right shoulder impingement syndrome"): one possible diagnosis
 * with the written code, not the code read again as a second, affirmed one.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

describe('diagnoses: a row code before a cue', () => {
  it('labels the row mention past "Rule out"', () => {
    const dx = findDiagnoses(docOf('Working diagnoses:\n  1. M75.41   Rule out right shoulder impingement syndrome\n  2. M25.511   Pain in right shoulder\n'), lex);
    expect(dx.map((d) => [d.icd10, d.icd10Written, d.assertion])).toEqual([['M75.41', 'M75.41', 'possible'], ['M25.511', 'M25.511', 'present']]);
  });
  it('a code inside a sentence still labels only a mention right after it', () => {
    const dx = findDiagnoses(docOf('Diagnoses: the referral lists M75.41 and later a rule out of rotator cuff tear.\n'), lex);
    expect(dx.filter((d) => d.icd10Written === 'M75.41').map((d) => d.concept)).not.toContain('complete rotator cuff tear');
  });
});
