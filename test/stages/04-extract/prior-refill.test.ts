/**
 * A refilled medication is a current one, so a prior treatment even when a plan item or a request
 * names it; "refills" alone ("no early refills", "with 2 refills") names no drug's course.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(text), lex).map((t) => [t.treatment, t.drug ?? null]);

describe('prior treatments: refilled medications', () => {
  it('a plan item "Refill Norco" is a current medication', () => {
    expect(readOf('SUBJECTIVE:\nLow back pain 6/10.\nTREATMENT PLAN:\n1. Refill Norco (hydrocodone/APAP) 10/325 mg, 1 tab po TID prn, #90.\n2. Lidocaine 5% patch, #30.\n'))
      .toEqual([['opioid analgesic', 'hydrocodone/acetaminophen']]);
  });

  it('"requested a refill of cyclobenzaprine" tells of a current medication', () => {
    expect(readOf('HISTORY:\nThe provider requested a refill of cyclobenzaprine 7.5 mg #60.\n'))
      .toEqual([['muscle relaxant', 'cyclobenzaprine']]);
  });

  it('the refill names only the drug right after it: a therapy listed next stays a request', () => {
    expect(readOf('HISTORY:\nThe provider requested a TENS unit, a refill of cyclobenzaprine 10 mg #90, and aquatic therapy twice a week.\n'))
      .toEqual([['muscle relaxant', 'cyclobenzaprine']]);
  });

  it('pain "4/10 at best after his medications and 9/10 without them" is relief from the refilled opioid', () => {
    const doc = docOf('SUBJECTIVE:\nPain today is 6/10; 4/10 at best after his medications and 9/10 without them.\nTREATMENT PLAN:\n1. Refill Norco 10/325 mg #90.\n');
    expect(findPriorTreatments(doc, lex).map((t) => [t.treatment, t.response])).toEqual([['opioid analgesic', 'partial_relief']]);
  });
});
