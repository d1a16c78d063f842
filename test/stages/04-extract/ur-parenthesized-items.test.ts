/**
 * UR letters that number their items in parentheses: "(1) <item> - APPROVED" heads each item's
 * rationale block just as "1. <item> - APPROVED" does; a parenthesized number with no decision is not
 * an item heading.
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const LETTER = `UTILIZATION REVIEW DETERMINATION - PROSPECTIVE

RATIONALE

(1) MRI cervical spine without contrast - APPROVED
Criteria: MTUS ACOEM Practice Guidelines, Chapter 8, pp. 177-178. Imaging is supported.

(2) Cyclobenzaprine 7.5 mg #60 - DENIED
Criteria: MTUS Chronic Pain Medical Treatment Guidelines, Muscle relaxants, p. 63. Short courses only.
`;

describe('parenthesized UR item headings', () => {
  it('reads each "(n) <item> - DECISION" heading as a requested item', () => {
    expect(findRequests(docOf(LETTER), lex).map((r) => [r.treatment, r.bodyPart, r.quantity])).toEqual([
      ['MRI', 'cervical spine', null],
      ['muscle relaxant', null, '#60'],
    ]);
  });
  it('does not read a parenthesized number without a decision as an item', () => {
    expect(findRequests(docOf('RATIONALE\n\n(1) MRI cervical spine was reviewed in the prior letter.\n'), lex)).toEqual([]);
  });
});
