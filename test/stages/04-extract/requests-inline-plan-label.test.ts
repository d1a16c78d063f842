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

describe('a narrative request whose treatment follows its spinal levels', () => {
  it('starts the request at the article, so the levels give its body part', () => {
    const r = findRequests(docOf('CLINICAL CASE SUMMARY\nThe physician requested a right C5-C6 and C6-C7 transforaminal epidural steroid injection and ketoprofen 20% cream.\n'), lex);
    expect(r.map((x) => [x.treatment, x.bodyPart, x.evidence.text])).toEqual([
      ['epidural steroid injection', 'cervical spine', 'a right C5-C6 and C6-C7 transforaminal epidural steroid injection'],
      ['topical analgesic', null, 'ketoprofen 20% cream'],
    ]);
  });
});
