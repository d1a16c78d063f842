/**
 * Plan items with more than one sentence: a later sentence that opens with a treatment is a request
 * of its own; an order that only stops a drug, alone or as a bare participle, asks for nothing; a
 * referral "back to" a specialist is a consultation.
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const requested = (plan: string) => findRequests(docOf(`TREATMENT PLAN:\n${plan}\n`), lex).map((r) => r.treatment);

describe('requests: sentences inside a numbered plan item', () => {
  it('a second sentence that opens with a treatment is another request', () => {
    expect(requested('1. Refill hydrocodone 5/325 #45. Urine drug testing today.\n2. Return in six weeks.')).toEqual(['opioid analgesic', 'urine drug screen']);
  });

  it('also in a numbered list under a short plan label ("P:"), which is read as a table of items', () => {
    const doc = docOf('ASSESSMENT:\nAnkle arthritis.\n\nP:\n1. Aquatic therapy, 8 sessions, for ankle motion.\n2. Continue tramadol 50 mg BID #60. Urine drug screen at the next visit.\n3. Continue the home exercise program.\n');
    expect(findRequests(doc, lex).map((r) => [r.treatment, r.text])).toEqual([
      ['aquatic therapy', 'Aquatic therapy, 8 sessions, for ankle motion'],
      ['opioid analgesic', 'Continue tramadol 50 mg BID #60'],
      ['urine drug screen', 'Urine drug screen at the next visit'],
      ['home exercise program', 'Continue the home exercise program'],
    ]);
  });

  it('a sentence that opens otherwise stays with its item ("Dr. Ruiz")', () => {
    expect(requested('1. Referral to hand surgery (Dr. Ruiz) for an opinion on release.\n2. Wrist splint at night.')).toEqual(['consultation', 'orthotic/brace']);
  });

  it('a full stop inside parentheses does not cut the request\'s text ("(Dr. Han)")', () => {
    const doc = docOf('TREATMENT PLAN:\n1. Referral back to orthopedic surgery (Dr. Han) to discuss hardware removal.\n2. Wrist splint at night.\n');
    expect(findRequests(doc, lex).map((r) => r.text)).toEqual([
      'Referral back to orthopedic surgery (Dr. Han) to discuss hardware removal', 'Wrist splint at night',
    ]);
  });

  it('an order that only stops a drug asks for nothing; the drug started instead is asked for', () => {
    expect(requested('1. Stop meloxicam. Celecoxib 200 mg daily #30.\n2. Tizanidine discontinued.')).toEqual(['NSAID']);
  });

  it('a referral back to a specialist is a consultation', () => {
    expect(requested('1. Referral back to the spine surgeon to review the new MRI.')).toEqual(['consultation']);
  });
});
