/**
 * Crutches are durable medical equipment, whether asked for in a plan or used before.
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

describe('treatment terms: crutches', () => {
  it('a pair of forearm crutches in a plan is a DME request', () => {
    const doc = docOf('TREATMENT PLAN:\n1. Forearm crutches, one pair, for non-weight-bearing on the left.\n');
    expect(findRequests(doc, lex).map((r) => r.treatment)).toEqual(['durable medical equipment']);
  });

  it('crutches the worker walked on after the injury are prior care', () => {
    const doc = docOf('HISTORY OF PRESENT ILLNESS:\nHe walked on crutches for ten days after the sprain and then weaned off them.\n');
    expect(findPriorTreatments(doc, lex).map((p) => p.treatment)).toContain('durable medical equipment');
  });
});
