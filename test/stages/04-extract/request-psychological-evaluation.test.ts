/** A psychological evaluation asked for before a procedure is itself the request (a consultation), not the procedure. */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const requests = (text: string) => findRequests(docOf(text), lex).map((r) => [r.treatment, r.determination]);

describe('requests: psychological evaluation', () => {
  it('reads a disputed psychological evaluation before a stimulator trial as a consultation', () => {
    expect(requests('IMR ISSUES, DECISIONS AND RATIONALES\n\nPsychological evaluation prior to a spinal cord stimulator trial:  Overturned\n\nDecision rationale: The request is medically necessary.\n'))
      .toEqual([['consultation', 'overturned']]);
  });
  it('still reads a disputed stimulator trial as the stimulator', () => {
    expect(requests('IMR ISSUES, DECISIONS AND RATIONALES\n\nSpinal cord stimulator trial:  Upheld\n\nDecision rationale: The request is not medically necessary.\n'))
      .toEqual([['spinal cord stimulator', 'upheld']]);
  });
});
