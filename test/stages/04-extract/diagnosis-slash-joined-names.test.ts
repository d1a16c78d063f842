/**
 * A slash joining two names in a diagnosis list ("neck strain/myofascial pain") parts them: the
 * word after the slash only opens the next name. Alternatives of one name ("radiculopathy/
 * radiculitis") stay one diagnosis.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.text, d.concept]);

describe('diagnoses: a slash joining two names', () => {
  it('parts a strain from the myofascial pain named after it', () => {
    expect(read('Diagnoses: lumbar strain/myofascial pain left quadratus lumborum; obesity.')).toEqual([
      ['lumbar strain', 'lumbar strain'],
      ['myofascial pain', 'myofascial pain syndrome'],
      ['obesity', expect.any(String)],
    ]);
  });

  it('keeps alternatives of one name together', () => {
    expect(read('Diagnoses: left lumbar radiculopathy/radiculitis; obesity.').map((r) => r[1])).toEqual(['lumbar radiculopathy', expect.any(String)]);
  });
});
