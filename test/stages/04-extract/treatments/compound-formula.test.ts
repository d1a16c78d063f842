/**
 * A compounded product written as its formula — ingredients joined by "/" before cream, gel,
 * ointment or lotion — is one compounded topical whose drug lists the ingredients; a slash pair
 * that is not a topical product ("hydrocodone/acetaminophen 10/325") keeps its own reading.
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../../helpers/docs.js';

const requested = (plan: string) => findRequests(docOf(`TREATMENT PLAN:\n${plan}\n`), lex).map((r) => [r.treatment, r.drug ?? null]);

describe('compounded formulas', () => {
  it('reads "ketoprofen 10%/gabapentin 6% cream" as one compounded topical', () => {
    expect(requested('1. Ketoprofen 10%/gabapentin 6% cream, 240 gm')).toEqual([['compounded topical', 'ketoprofen/gabapentin']]);
  });
  it('reads three ingredients without strengths before "gel"', () => {
    expect(requested('1. Baclofen/amitriptyline/lidocaine gel, 1 tube')).toEqual([['compounded topical', 'baclofen/amitriptyline/lidocaine']]);
  });
  it('leaves an oral combination with a strength ratio alone', () => {
    expect(requested('1. Hydrocodone/acetaminophen 10/325 mg #60')).toEqual([['opioid analgesic', 'hydrocodone/acetaminophen']]);
  });
});
