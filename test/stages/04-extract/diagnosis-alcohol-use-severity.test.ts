/**
 * DSM-5 alcohol use disorder maps to ICD-10-CM by severity, as the opioid entries already do:
 * mild is alcohol abuse (F10.10), moderate or severe alcohol dependence (F10.20).
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

describe('diagnoses: alcohol use disorder by severity', () => {
  it('codes a mild disorder as abuse and a moderate one as dependence', () => {
    const dx = findDiagnoses(docOf('Diagnoses:\n1. Mild alcohol use disorder.\n2. Alcohol use disorder, moderate, in early remission.\n'), lex);
    expect(dx.map((d) => d.icd10)).toEqual(['F10.10', 'F10.20']);
  });
});
