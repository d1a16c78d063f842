/** Plan items that name hardware by its parts ("Removal of medial malleolar screws") and an ankle support (ASO) are requests. */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

describe('requests: screw removal and an ankle support', () => {
  it('reads both plan items', () => {
    const text = 'P:\n1. Removal of medial malleolar screws, right ankle, outpatient - request authorization.\n2. Lace-up ankle support (ASO), right, for work.\n';
    expect(findRequests(docOf(text), lex).map((r) => [r.treatment, r.procedure ?? null, r.bodyPart])).toEqual([
      ['surgery', 'hardware removal', 'ankle'], ['orthotic/brace', null, 'ankle'],
    ]);
  });
});
