/**
 * A sided diagnosis listed without a side takes the one side the record writes before the same
 * words elsewhere, even where that text is not read as a diagnosis.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const coded = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10, d.side ?? null]);

describe('diagnoses: a side the record gives the same words elsewhere', () => {
  it('takes the one side written with the same diagnosis in the history', () => {
    expect(coded('HISTORY\nHe describes right sided sciatica since the lift at work.\n\nDiagnoses:\n1. Sciatica.\n'))
      .toEqual([['sciatica', 'M54.31', 'right']]);
  });

  it('takes no side when the record writes both', () => {
    expect(coded('HISTORY\nLeft sciatica in 2019, right sciatica since the lift.\n\nDiagnoses:\n1. Sciatica.\n'))
      .toEqual([['sciatica', 'M54.30', null]]);
  });
});
