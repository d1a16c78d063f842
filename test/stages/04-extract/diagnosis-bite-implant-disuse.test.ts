/**
 * Diagnoses the lexicon lacked: a bite wound and cellulitis of the forearm (by side), pain from
 * retained orthopedic hardware (T84.84XA) and disuse atrophy (M62.50).
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10, d.assertion]);

describe('diagnoses: bites, cellulitis, hardware pain and disuse atrophy', () => {
  it('codes a forearm bite wound and forearm cellulitis by side, historical once resolved', () => {
    expect(read('Diagnoses:\n1. Cat bite of forearm, right\n2. Right forearm cellulitis, resolved\n')).toEqual([
      ['open bite of forearm', 'S51.851A', 'present'],
      ['cellulitis of upper limb', 'L03.113', 'historical'],
    ]);
  });
  it('reads painful retained hardware and disuse atrophy in a diagnosis list', () => {
    expect(read('Diagnoses: ankle fusion nonunion excluded; painful retained hardware; disuse atrophy.')).toEqual([
      ['pain due to internal orthopedic implant', 'T84.84XA', 'present'],
      ['muscle wasting and atrophy, unspecified site', 'M62.50', 'present'],
    ]);
  });
});
