/**
 * Fractures of numbered bones: ordinals ("2nd and 3rd", "second, third") before the bone word are
 * skipped, so the bone's fracture entry is named (the unspecified-bone code for several); "Healed"
 * before a fracture is its course, not a bare personal-history name, and does not make the
 * diagnosis named before it historical.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const coded = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10, d.assertion]);

describe('diagnoses: numbered bones', () => {
  it('reads a fracture of the 2nd and 3rd metatarsals as a metatarsal fracture in aftercare', () => {
    expect(coded('DIAGNOSES:\nComplex regional pain syndrome type I, right lower limb (G90.521) Healed fractures of the right 2nd and 3rd metatarsals Chronic pain syndrome (G89.4)\n'))
      .toEqual([
        ['complex regional pain syndrome I of lower limb', 'G90.521', 'present'],
        ['fracture of metatarsal bone', 'S92.301D', 'present'],
        ['chronic pain syndrome', 'G89.4', 'present'],
      ]);
  });

  it('reads ordinals joined by a comma and "and"', () => {
    expect(coded('Diagnoses: 2. Healed nondisplaced fractures of the left second, third and fourth metatarsals.\n').map((d) => d.slice(0, 2)))
      .toEqual([['fracture of metatarsal bone', 'S92.302D']]);
  });

  it('reads a metacarpal shaft fracture named by its ICD-10 title, with the written code', () => {
    expect(coded('Diagnoses:\n  1. S62.325D  Displaced fracture of shaft of fourth metacarpal bone, left hand, healed\n').map((d) => d.slice(0, 2)))
      .toEqual([['fracture of metacarpal bone', 'S62.325D']]);
  });

  it('keeps the fifth metatarsal its own entry', () => {
    expect(coded('Diagnoses: fracture of the right fifth metatarsal.\n').map((d) => d[0]))
      .toEqual(['fracture of fifth metatarsal bone']);
  });
});
