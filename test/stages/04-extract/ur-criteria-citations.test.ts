/**
 * UR letters that cite each item's guideline on a "Criteria:" line: the line cites the guideline it
 * opens with, to the end of its first sentence; a "Criteria:" line that opens with prose cites nothing.
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const LETTER = `UTILIZATION REVIEW DETERMINATION
REQUESTED TREATMENT
1. Acupuncture, lumbar, 6 sessions - CERTIFIED
2. Tizanidine 4 mg #60 - NON-CERTIFIED

REASONS FOR THE DECISIONS

1. Acupuncture, lumbar, 6 sessions - CERTIFIED
Criteria: CA MTUS Acupuncture Medical Treatment Guidelines, page 8. Three to six treatments are
allowed to show functional improvement. Certified.

2. Tizanidine 4 mg #60 - NON-CERTIFIED
Criteria: ODG, Pain chapter, Muscle relaxants: second-line option for short courses only. The
patient has taken it for a year. Non-certified.
`;

const PROSE = `REASONS FOR THE DECISIONS

1. Acupuncture, lumbar, 6 sessions - CERTIFIED
Criteria: The guideline allows three to six treatments to show functional improvement. Certified.
`;

describe('UR "Criteria:" citation lines', () => {
  it('cites the guideline that opens each item\'s Criteria line, with its pages', () => {
    const g = Object.fromEntries(findRequests(docOf(LETTER), lex).map((r) => [r.treatment, r.guidelines.map((x) => [x.source, x.pages])]));
    expect(g['acupuncture']).toEqual([['MTUS', '8']]);
    expect(g['muscle relaxant']).toEqual([['ODG', null]]);
  });
  it('cites nothing when the Criteria line opens with prose', () => {
    expect(findRequests(docOf(PROSE), lex).flatMap((r) => r.guidelines)).toEqual([]);
  });
  it('reads a Guideline paragraph that runs on with the reviewer\'s reasoning, however long', () => {
    const reasons = 'The straight leg raise reproduces only back pain and the reflexes, strength and sensation are normal. '.repeat(8);
    const letter = `DECISION AND RATIONALE\n\n1. Left L5-S1 transforaminal epidural steroid injection - NON-CERTIFIED.\nGuideline: CA MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections (ESIs),\npage 46. Under the MTUS, radiculopathy must be documented by examination and\ncorroborated by imaging. ${reasons}and\nthe request is not supported.\n`;
    const g = findRequests(docOf(letter), lex).flatMap((r) => r.guidelines.map((x) => [r.treatment, x.source, x.pages]));
    expect(g).toEqual([['epidural steroid injection', 'MTUS', '46']]);
  });
});
