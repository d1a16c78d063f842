/**
 * A non-specific diagnosis name ("neuritis", "bursitis", "stenosis") written with a code that
 * names another lexicon entry is that entry: the clinician's code is the more specific reading.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const coded = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10]);

describe('diagnoses: a non-specific name defers to its written code', () => {
  it('reads the entry the written code names', () => {
    expect(coded('Assessment:\n1. Neuritis of the left foot (G57.92).\n2. Bursitis (M70.61).\n'))
      .toEqual([['unspecified mononeuropathy of lower limb', 'G57.92'], ['trochanteric bursitis', 'M70.61']]);
  });

  it('takes the written code of another category as the clinician\'s coding, as the gold of every set does', () => {
    expect(coded('Assessment:\n1. Lumbar radiculopathy (M51.16).\n')).toEqual([['lumbar disc disorder with radiculopathy', 'M51.16']]);
  });
});
