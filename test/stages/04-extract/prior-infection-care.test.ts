/**
 * Care of an infected wound as prior treatment: drainage of an abscess is surgery, named
 * antibiotics are medications, and "She returned on DATE ... and was admitted for IV X" dates X;
 * intramedullary nailing of a fracture is surgery too.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.date]);

describe('prior treatments: infection care', () => {
  it('reads an incision and drainage, an I&D and named antibiotics', () => {
    expect(readOf('An incision and drainage of the thumb abscess was done on 4/3/2022.')).toEqual([['surgery', '2022-04-03']]);
    expect(readOf('The palm abscess needed an I&D on 4/3/2022.')).toEqual([['surgery', '2022-04-03']]);
    expect(readOf('He took cephalexin 500 mg for ten days in April 2022.').map((t) => t[0])).toEqual(['medication (other)']);
  });

  it('dates a treatment given on a return visit told earlier in the sentence', () => {
    expect(readOf('He returned on 4/6/2022 with fever and was admitted for IV ampicillin-sulbactam.')).toEqual([['medication (other)', '2022-04-06']]);
  });

  it('reads intramedullary nailing of a fracture as surgery, with its date', () => {
    expect(readOf('The femoral shaft fracture was fixed by intramedullary nailing on 8/14/2019.')).toEqual([['surgery', '2019-08-14']]);
  });
});
