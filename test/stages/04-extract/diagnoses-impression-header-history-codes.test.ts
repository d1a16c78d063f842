/**
 * "DIAGNOSTIC IMPRESSION" opens the assessment (not the imaging section before it), so its possible
 * items are listed; a history of a named cancer takes that cancer's Z85 code; S1 and intercostal
 * radiculitis take their region codes.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { detectSections } from '../../../src/stages/03-segment/detect-sections.js';
import { docOf, lex } from '../../helpers/docs.js';

const dx = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.icd10, d.assertion]);

describe('diagnoses: impression header, cancer history, radiculitis by root', () => {
  it('opens the assessment at "DIAGNOSTIC IMPRESSION" after the imaging section', () => {
    const text = 'DIAGNOSTIC STUDIES\nMRI left foot 09/23/2019: thickened plantar fascia.\n\nDIAGNOSTIC IMPRESSION\n1. Plantar fasciitis, left foot (M72.2).\n2. Possible left tarsal tunnel syndrome.\n3. Left S1 radiculitis, not excluded.\n';
    expect(detectSections(text, lex).map((s) => s.name)).toEqual(['imaging', 'assessment']);
    expect(dx(text)).toEqual([['M72.2', 'present'], ['G57.52', 'possible'], ['M54.17', 'possible']]);
  });
  it('codes a history of prostate cancer as Z85.46', () => {
    expect(dx('DIAGNOSES:\n1. Hypertension (I10), non-industrial.\n2. History of prostate cancer, in remission.')).toEqual([['I10', 'present'], ['Z85.46', 'historical']]);
  });
  it('codes intercostal radiculitis as thoracic', () => {
    expect(dx('DIAGNOSES:\n1. Left T8 intercostal radiculitis.')).toEqual([['M54.14', 'present']]);
  });
});
