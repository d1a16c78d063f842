/**
 * A diagnosis name interrupted by a run of spinal levels ("lumbar spinal stenosis at L3-4 and L4-5
 * with neurogenic claudication") is one name, and the list goes on after it; a name closed by a
 * time after a comma ("..., in sustained remission since 2008") reads through the comma.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const codes = (text: string) => findDiagnoses(docOf(text), lex).map((d) => d.icd10);

describe('diagnoses across a run of levels', () => {
  it('reads stenosis "at L3-4 and L4-5 with neurogenic claudication" as stenosis with claudication, then the rest of the list', () => {
    expect(codes('CLINICAL CASE SUMMARY\nDiagnoses were lumbar spinal stenosis at L3-4 and\nL4-5 with neurogenic claudication, bilateral L5 radiculopathy and hypertension.\n'))
      .toEqual(['M48.062', 'M54.16', 'I10']);
  });
  it('keeps a run of levels before the name as levels ("L4-5 and L5-S1 disc protrusions")', () => {
    const d = findDiagnoses(docOf('DIAGNOSES: L4-5 and L5-S1 disc protrusions.\n'), lex);
    expect(d.map((x) => x.evidence.text)).toEqual(['disc protrusions']);
  });
});

describe('a diagnosis in remission', () => {
  it('codes alcohol use disorder in remission as F10.21, with a time told after it', () => {
    expect(codes('DIAGNOSES: alcohol use disorder, in sustained remission since 2008.\n')).toEqual(['F10.21']);
    expect(codes('DIAGNOSES: alcohol use disorder, in remission.\n')).toEqual(['F10.21']);
    expect(codes('DIAGNOSES: alcohol use disorder, moderate.\n')).toEqual(['F10.20']);
  });
});

describe('more diagnosis names', () => {
  it('reads rib fractures by side, peroneal neuritis, a facet cyst, a sleeve gastrectomy and an elbow contracture', () => {
    expect(codes('DIAGNOSES:\n1. Multiple closed fractures of L ribs 6-8, routine healing (S22.42XD)\n2. Superficial peroneal neuritis, right.\n'
      + '3. Right L4-5 facet synovial cyst.\n4. Status post sleeve gastrectomy with rapid weight loss.\n5. Flexion contracture of the right elbow.\n'))
      .toEqual(['S22.42XD', 'G57.31', 'M71.38', 'Z98.84', 'M24.521']);
  });

  it('drops an unspecified twin of a condition the record codes more specifically', () => {
    const text = 'PAST MEDICAL HISTORY: Type 2 diabetes mellitus.\n\nDIAGNOSES:\n1. Type 2 diabetes mellitus with mild peripheral polyneuropathy, non-industrial (E11.42).\n';
    expect(codes(text)).toEqual(['E11.42']);
    expect(codes('PAST MEDICAL HISTORY: Type 2 diabetes mellitus.\n')).toEqual(['E11.9']);
  });
});
