/**
 * A status-post procedure whose site comes first: up to three words of site may stand between the
 * cue and the procedure word ("Status post left distal biceps tendon repair").
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const coded = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.icd10, d.assertion]);

describe('diagnoses: status post with the site first', () => {
  it('finds the procedure after a three-word site', () => {
    expect(coded('Assessment:\n1. Rupture of left distal biceps tendon (S46.212D)\n2. Status post left distal biceps tendon repair, 09/29/2020\n'))
      .toEqual([['S46.212D', 'present'], ['Z98.890', 'historical']]);
  });
});
