/**
 * IMR 2013 items that cite the reviewer's guideline in prose, without the "Medical Treatment
 * Guideline(s) Used by the Expert Reviewer:" label: the citation is still the item's guideline.
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const TEXT = `Final Determination: OVERTURN IN PART.

1) MAXIMUS Federal Services, Inc. has determined the request for post-operative physical therapy,
12 sessions, is not medically necessary and appropriate.

2) MAXIMUS Federal Services, Inc. has determined the request for naproxen sodium 550 mg #60 is
medically necessary and appropriate.

<<<DECISION>>>
1) Regarding the request for post-operative physical therapy, 12 sessions:
The Claims Administrator and the Expert Reviewer based their decisions on the Postsurgical
Treatment Guidelines, Knee, Meniscectomy, page 24, which are part of the MTUS.
Rationale: Twelve sessions exceed the initial course.

2) Regarding the request for naproxen sodium 550 mg #60:
The Expert Reviewer based his/her decision on the Chronic Pain Medical Treatment Guidelines
(2009), NSAIDs, pages 67-68, which are part of the MTUS.
Rationale: NSAIDs are recommended at the lowest dose for the shortest period.
<<<END DECISION>>>
`;

describe('requests: a reviewer citation told in prose', () => {
  it('reads each item\'s MTUS citation and pages', () => {
    expect(findRequests(docOf(TEXT), lex).map((r) => [r.treatment, r.guidelines.map((g) => [g.source, g.pages])])).toEqual([
      ['physical therapy', [['MTUS', '24']]],
      ['NSAID', [['MTUS', '67-68']]],
    ]);
  });
});
