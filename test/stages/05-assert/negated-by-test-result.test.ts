/**
 * A finding "excluded by" or "ruled out on" a named test was looked for and is absent (negated);
 * one still "to be excluded by" a test is not.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

describe('ConText: excluded by a test', () => {
  it('negates a list item excluded by a nerve study', () => {
    expect(findDiagnoses(docOf('Impression:\n1. Cubital tunnel syndrome excluded by the EMG/NCS\n'), lex).map((d) => d.assertion)).toEqual(['negated']);
  });
  it('negates a radiculopathy ruled out on MRI, not one still to be excluded by EMG', () => {
    expect(findRadiculopathy(docOf('An S1 radiculopathy was ruled out on a repeat MRI.'), lex).status).toBe('absent');
    expect(findRadiculopathy(docOf('Possible S1 radiculopathy, to be excluded by EMG.'), lex).status).toBe('possible');
  });
});
