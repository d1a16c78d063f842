/**
 * A run of spinal levels written before a disc diagnosis ("L4-5/L5-S1") names several levels, so
 * the diagnosis takes its region's code, not the last level's; a tear of the common flexor
 * (or extensor) origin at the elbow is a strain of that forearm muscle group (S56.21-, S56.51-).
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10]);

describe('diagnoses: level runs and forearm tendon origins', () => {
  it('a run of levels before the mention gives no single level', () => {
    expect(read('Diagnoses: L4-5/L5-S1 disc herniation.')).toEqual([['lumbar disc displacement', 'M51.26']]);
    expect(read('Diagnoses: L4-5, L5-S1 disc herniation.')).toEqual([['lumbar disc displacement', 'M51.26']]);
    expect(read('Diagnoses: L5-S1 disc herniation.')).toEqual([['lumbar disc displacement', 'M51.27']]);
  });

  it('a tear of the common flexor or extensor origin is that forearm muscle group\'s strain', () => {
    expect(read('Diagnoses: small tear of the common flexor origin, left elbow.')).toEqual([['strain of flexor muscle, fascia and tendon at forearm level', 'S56.212A']]);
    expect(read('Diagnoses: partial tear of the common extensor tendon, right elbow.')).toEqual([['strain of extensor muscle, fascia and tendon at forearm level', 'S56.511A']]);
  });
});
