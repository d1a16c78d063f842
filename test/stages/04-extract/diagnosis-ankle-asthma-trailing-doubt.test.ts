/**
 * Ankle and foot diagnoses ICD-10-CM codes by ligament and lesion (calcaneofibular and anterior
 * talofibular sprains, talar osteochondral lesions, retrocalcaneal bursitis, post-traumatic ankle
 * arthritis), asthma by its severity class, and a doubt written at the end of a list item
 * ("..., suspected") makes the item a possible diagnosis.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const brief = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.icd10, d.assertion]);

describe('diagnoses: ankle ligaments and lesions, asthma classes, trailing doubt', () => {
  it('codes ankle ligament sprains, talar lesions, heel bursitis and post-traumatic arthritis by side', () => {
    expect(brief('Impression:\n1. Sprain of the left calcaneofibular ligament, moderate\n2. Left ATFL tear\n3. Talar dome osteochondral lesion, right\n4. Retrocalcaneal bursitis, left\n5. Post-traumatic arthritis of the right ankle\n'))
      .toEqual([['S93.412A', 'present'], ['S93.492A', 'present'], ['M93.271', 'present'], ['M71.572', 'present'], ['M19.171', 'present']]);
  });
  it('codes asthma by its severity class', () => {
    expect(brief('Past medical history: moderate persistent asthma on an inhaled steroid; hypothyroidism.\n').map((d) => d[0])).toContain('J45.40');
  });
  it('"..., suspected" at the end of a list item is a possible diagnosis; a firm item beside it stays present', () => {
    expect(brief('Assessment:\n1. Right sacroiliitis, suspected\n2. Lumbar strain\n')).toEqual([['M46.1', 'possible'], ['S39.012A', 'present']]);
  });
});
