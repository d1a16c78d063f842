/**
 * A rule-out written at the end of a list item ("... - rule out") makes the item's diagnosis
 * possible; "ruled out" (already excluded) stays negated.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.assertion]);

describe('diagnoses: a trailing rule-out', () => {
  it('reads "X - rule out" as possible, without reaching the next item', () => {
    expect(read('Diagnoses:\n1. Medial meniscus tear, left knee - rule out\n2. Lumbar strain\n'))
      .toEqual([['tear of medial meniscus', 'possible'], ['lumbar strain', 'present']]);
  });

  it('keeps "X - ruled out" negated', () => {
    expect(read('Diagnoses:\n1. Scaphoid fracture - ruled out on repeat films\n'))
      .toEqual([['fracture of scaphoid', 'negated']]);
  });
});
