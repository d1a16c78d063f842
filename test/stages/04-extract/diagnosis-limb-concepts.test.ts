/**
 * Limb and bone concepts the lexicon names with their ICD-10-CM codes by side: joint stiffness,
 * muscle atrophy, crush injuries and fractures of the great toe, tibial plateau fractures, foot
 * disorders, lower-limb mononeuropathies, CRPS named with its limb after the type, vertebral
 * compression fractures by level, pathological fractures.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const coded = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10, d.side ?? null]);

describe('diagnoses: limb and bone concepts', () => {
  it.each([
    // [text, concept, icd10, side]
    ['Assessment: neuralgia of the ilioinguinal nerve on the left.', 'ilioinguinal neuralgia', 'G57.82', 'left'],
    ['Diagnoses: genitofemoral neuropathy.', 'ilioinguinal neuralgia', 'G57.80', null],
    ['Diagnoses: mononeuropathy of the right lower extremity.', 'unspecified mononeuropathy of lower limb', 'G57.91', 'right'],
    ['Diagnoses: stiff right wrist after casting.', 'stiffness of wrist', 'M25.631', 'right'],
    ['Diagnoses: stiffness of the left elbow.', 'stiffness of elbow', 'M25.622', 'left'],
    ['Diagnoses: right hand stiffness.', 'stiffness of hand', 'M25.641', 'right'],
    ['Diagnoses: fracture of the right medial tibial plateau.', 'fracture of medial condyle of tibia', 'S82.131A', 'right'],
    ['Diagnoses: left tibial plateau fracture.', 'fracture of upper end of tibia', 'S82.102A', 'left'],
    ['Diagnoses: wasting of the right quadriceps.', 'muscle wasting and atrophy, thigh', 'M62.551', 'right'],
    ['Diagnoses: left calf atrophy.', 'muscle wasting and atrophy, lower leg', 'M62.562', 'left'],
    ['Diagnoses: crush injury, left big toe.', 'crushing injury of great toe', 'S97.112A', 'left'],
    ['Diagnoses: left hallux distal phalanx fracture.', 'fracture of distal phalanx of great toe', 'S92.422A', 'left'],
    ['Diagnoses: sesamoiditis of the left foot.', 'sesamoiditis', 'M25.872', 'left'],
    ['Diagnoses: functional hallux limitus, left.', 'hallux rigidus', 'M20.22', 'left'],
    ['Diagnoses: CRPS type 1, right lower extremity.', 'complex regional pain syndrome I of lower limb', 'G90.521', 'right'],
    ['Diagnoses: compression fracture of the T7 vertebra.', 'wedge compression fracture of thoracic vertebra', 'S22.060A', null],
    ['Diagnoses: L2 compression fracture.', 'wedge compression fracture of lumbar vertebra', 'S32.020A', null],
    ['Diagnoses: pathologic fracture.', 'pathological fracture, not elsewhere classified', 'M84.40XA', null],
  ])('%s', (text, concept, icd10, side) => {
    expect(coded(text)).toContainEqual([concept, icd10, side]);
  });
});
