/**
 * "resolved" written after the last of several diagnoses joined in one sentence or item closes that
 * diagnosis only: the ones named before it stay present, and it does not run forward into a
 * diagnosis named after it.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.assertion]);

describe('diagnoses: a resolution word after the last of joined diagnoses', () => {
  it('in a narrative sentence, belongs to the diagnosis right before it', () => {
    expect(read('CLINICAL CASE SUMMARY\nHer diagnoses were lateral epicondylitis of the right elbow and a right wrist sprain, resolved.')).toEqual([
      ['lateral epicondylitis', 'present'],
      ['sprain of wrist', 'historical'],
    ]);
  });

  it('in a list item, belongs to the diagnosis right before it', () => {
    expect(read('Diagnoses:\n1. Lumbar disc displacement and thoracic sprain - resolved\n')).toEqual([
      ['lumbar disc displacement', 'present'],
      ['thoracic sprain', 'historical'],
    ]);
  });

  it('set off by commas, does not reach forward into the next diagnosis', () => {
    expect(read('Diagnoses: cervical sprain, resolved, and lumbar sprain.')).toEqual([
      ['cervical sprain', 'historical'],
      ['lumbar sprain', 'present'],
    ]);
  });
});
