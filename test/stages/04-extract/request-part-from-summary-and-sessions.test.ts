/**
 * An IMR item heading that names no body part takes the part the letter's summary gives a request
 * of that treatment; "four physical therapy visits" counts the sessions of the course.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const IMR = (summary: string) => 'Independent Medical Review\nIMR ISSUES, DECISIONS AND RATIONALES\n\nCLINICAL CASE SUMMARY\n\n'
  + `${summary}\n\n<<<DECISION>>>\nIMR ISSUES, DECISIONS AND RATIONALES\n\n`
  + 'Diclofenac sodium 1% gel (Voltaren Gel) 100 g:  Upheld\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Topical Analgesics, pages 111-113.\n\nDecision rationale: Not for the spine.\n<<<END DECISION>>>\n';

describe('a decided item without a body part', () => {
  it('takes the part the summary gives the same treatment', () => {
    const r = findRequests(docOf(IMR('The treating physician requested diclofenac sodium 1% gel (Voltaren Gel) 100 g for the low back. Utilization review non-certified it.')), lex);
    expect(r.map((x) => [x.treatment, x.bodyPart, x.determination])).toEqual([['topical analgesic', 'lumbar spine', 'upheld']]);
  });
  it('stays without one when the summary names none', () => {
    const r = findRequests(docOf(IMR('The treating physician requested diclofenac sodium 1% gel. Utilization review non-certified it.')), lex);
    expect(r.map((x) => x.bodyPart)).toEqual([null]);
  });
});

describe('sessions written before the treatment', () => {
  it('reads "four physical therapy visits"', () => {
    const p = findPriorTreatments(docOf('HISTORY:\nHe had four physical therapy visits in March 2017 and was about 40% better.\n'), lex);
    expect(p.map((x) => [x.treatment, x.sessions])).toEqual([['physical therapy', 4]]);
  });
});

describe('more request words', () => {
  it('reads a trochanteric bursa injection as the hip and a counterforce forearm strap as a brace', () => {
    const r = findRequests(docOf('PLAN:\n1. Ultrasound-guided left greater trochanteric bursa corticosteroid injection.\n2. Counterforce forearm strap, right.\n'), lex);
    expect(r.map((x) => [x.treatment, x.bodyPart])).toEqual([['steroid injection', 'hip'], ['orthotic/brace', 'forearm']]);
  });
});
