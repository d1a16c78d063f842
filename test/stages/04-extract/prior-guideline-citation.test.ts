/**
 * A treatment named in a guideline citation of a UR item ("Guideline: MTUS ..., Epidural steroid
 * injections (ESIs), page 46") names the guideline's topic: it is no prior treatment.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const treatmentsOf = (text: string) => findPriorTreatments(docOf(text), lex).map((t) => t.treatment);

describe('prior treatments: guideline citations', () => {
  it('a cited guideline topic is not care received', () => {
    const text = 'HISTORY:\nShe takes naproxen 500 mg twice daily.\n\n1. Left L5-S1 transforaminal epidural steroid injection - NON-CERTIFIED.\nGuideline: CA MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections (ESIs), page 46.\n';
    expect(treatmentsOf(text)).toEqual(['NSAID']);
  });

  it('a sub-bulleted citation line neither', () => {
    const text = 'HISTORY:\nHe has had 8 visits of physical therapy.\n\n2. Acupuncture, 6 sessions\n   - Decision: CERTIFIED\n   - Guideline: CA MTUS Acupuncture Medical Treatment Guidelines, acupuncture, section 9792.24.1\n';
    expect(treatmentsOf(text)).toEqual(['physical therapy']);
  });
});
