/**
 * The code a clinician writes with a diagnosis is how the record codes it: a code of another
 * category than our reading names the entry the lexicon gives that code; a code at the end of
 * an item labels the item's mention it names, not a mention in a clause before it; and
 * chondromalacia of a femoral condyle is chondromalacia of the knee, not of the patella.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const coded = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10]);

describe('diagnoses: the written code decides', () => {
  it('a code of another category names the entry the clinician coded', () => {
    expect(coded('IMPRESSION:\n1. Right L5 radiculopathy from an L4-5 disc protrusion (M51.16)\n2. Sleep disorder (primary insomnia) (F51.01)\n'))
      .toEqual([['lumbar disc disorder with radiculopathy', 'M51.16'], ['primary insomnia', 'F51.01']]);
  });
  it('a code after a clause labels the item\'s mention it names', () => {
    const dx = findDiagnoses(docOf('DIAGNOSES:\n1. Hypertension, made worse by chronic pain and by NSAIDs (I10)\n2. Gastritis (K29.70)\n'), lex);
    const htn = dx.find((d) => d.icd10 === 'I10');
    expect(htn?.text).toBe('Hypertension');
    expect(htn?.icd10Written).toBe('I10');
    expect(dx.filter((d) => d.icd10 === 'I10')).toHaveLength(1);
  });
  it('chondromalacia of a femoral condyle is chondromalacia of the knee, by side', () => {
    expect(coded('Assessment: 1. Left knee chondromalacia of the lateral femoral condyle.\n2. Chondromalacia patella, right.\n'))
      .toEqual([['chondromalacia, knee', 'M94.262'], ['chondromalacia patellae', 'M22.41']]);
  });
});
