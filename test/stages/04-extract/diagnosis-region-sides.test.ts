/**
 * A nerve entrapment or CRPS named without a side (or a CRPS without its limb) takes the side
 * the record gives the other diagnoses of its limb region, when they give exactly one.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const coded = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10, d.assertion]);

describe('diagnoses: sides by limb region', () => {
  it('gives an unsided entrapment in a differential the side of the arm\'s radiculopathy', () => {
    expect(coded('Diagnoses:\n1. Left C6 radiculopathy.\n2. Rule out carpal tunnel syndrome.\n'))
      .toContainEqual(['carpal tunnel syndrome', 'G56.02', 'possible']);
  });

  it('reads a CRPS without a limb as CRPS of the one limb the record is about', () => {
    expect(coded('Diagnoses:\n1. Right knee post-traumatic osteoarthritis.\n2. No evidence of complex regional pain syndrome.\n'))
      .toContainEqual(['complex regional pain syndrome I of lower limb', 'G90.521', 'negated']);
  });

  it('gives no side when the region\'s diagnoses disagree', () => {
    expect(coded('Diagnoses:\n1. Right wrist sprain.\n2. Left shoulder strain.\n3. Possible cubital tunnel syndrome.\n'))
      .toContainEqual(['lesion of ulnar nerve', 'G56.20', 'possible']);
  });
});
