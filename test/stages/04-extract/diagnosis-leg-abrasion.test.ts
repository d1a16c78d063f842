/**
 * An abrasion of the lower leg is its own diagnosis (S80.81-, by side), not the contusion of the
 * knee listed beside it.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

describe('diagnoses: lower leg abrasion', () => {
  it('codes a shin abrasion by side next to a knee contusion', () => {
    expect(findDiagnoses(docOf('Diagnoses:\n1. Right knee contusion\n2. Right shin abrasion\n'), lex).map((d) => [d.concept, d.icd10])).toEqual([
      ['contusion of knee', 'S80.01XA'],
      ['abrasion of lower leg', 'S80.811A'],
    ]);
  });
});
