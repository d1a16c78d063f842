/**
 * Sides and regions a mention takes from its context: a sided condition offered as the
 * differential of a sided symptom in the same list item takes the symptom's side; a
 * site-unspecified mention in a sentence of one spine region is that region's.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const codes = (text: string): string[] => findDiagnoses(docOf(text), lex).map((d) => `${d.icd10} ${d.side ?? '-'}`);

describe('diagnoses: side of a differential, region of a sentence', () => {
  it('gives a sided symptom\'s differential the symptom\'s side', () => {
    expect(codes('Diagnoses: 1) right hand numbness - cubital tunnel syndrome versus C8 radiculopathy; 2) neck strain.\n')).toContain('G56.21 right');
    expect(codes('Diagnoses: left arm paresthesias, rule out carpal tunnel syndrome.\n')).toContain('G56.02 left');
  });

  it('keeps a condition of another item without a side', () => {
    expect(codes('Diagnoses: right hand numbness; carpal tunnel syndrome.\n')).toContain('G56.00 -');
  });

  it('reads a site-unspecified mention in a sentence of one spine region as that region\'s', () => {
    const text = 'HISTORY\nLumbar x-rays showed disc narrowing at L4-5, with no evidence of spondylolisthesis on flexion views.\n';
    expect(codes(text)).toEqual(['M43.16 -']);
  });
});
