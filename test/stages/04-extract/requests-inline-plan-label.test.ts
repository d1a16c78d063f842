/**
 * A case summary that retells a progress report gives its plan as a label opening a sentence in the
 * paragraph ("... in the file. Plan: repeat L L4-5 TFESI, refill Norco 10/325 #60 and gabapentin 300
 * mg #90."): with no list of requested items in the record, what follows the label is requested.
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const SUMMARY = `CLINICAL CASE SUMMARY
PR-2 of 7/22/19: c/o LBP w/ radiation down the L leg. Exam: SLR + L at 50 deg. No opioid agreement
in the file. Plan: repeat L L4-5 TFESI, refill Norco 10/325 #60 and gabapentin 300 mg #90. He
remains on modified duty. If the repeat injection fails, a surgical opinion would be considered.
`;

describe('an inline "Plan:" label in a case summary', () => {
  it('requests what the plan sentence names, and not what the conditional sentence after it names', () => {
    expect(findRequests(docOf(SUMMARY), lex).map((r) => [r.treatment, r.quantity])).toEqual([
      ['epidural steroid injection', null],
      ['opioid analgesic', '#60'],
      ['anticonvulsant', '#90'],
    ]);
  });
  it('does not read "plan" inside a sentence as the label', () => {
    expect(findRequests(docOf('CLINICAL CASE SUMMARY\nThe plan: he had PT x 12 and gabapentin before the MRI.\n'), lex)).toEqual([]);
  });
});
