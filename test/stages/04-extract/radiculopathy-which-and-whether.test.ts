/**
 * Two ConText scope rules, in fresh wording: a relative "which" inside a guideline's statement does
 * not end it (the terminator's `passForward`), though a guideline cue after "which" still does not
 * reach back to the patient's clause before it; and the open question that "whether" starts runs
 * long enough to reach a condition named at the end of a two-way question.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);
const read = (text: string) => rad(text).mentions.map((m) => [m.subject, m.assertion]);

describe('a guideline statement with a relative clause', () => {
  it('stays a guideline statement past "which"', () => {
    const text = 'Rationale:\nThe ODG points out that disorders which can imitate hip arthritis, for example an L3 radiculopathy, should be considered.';
    expect(read(text)).toEqual([['guideline', 'hypothetical']]);
    expect(rad(text).status).toBe('not_mentioned');
  });

  it('does not reach back past "which" to the patient', () => {
    const text = 'Rationale:\nHis exam documents a right L5 radiculopathy, which the MTUS requires before an epidural injection.';
    expect(read(text)).toEqual([['patient', 'affirmed']]);
    expect(rad(text).status).toBe('present');
  });
});

describe('an open question started by "whether"', () => {
  it('covers a condition at the far end of a two-way question', () => {
    const text = 'Assessment:\nA nerve study will help decide whether the tingling comes from the elbow or from a lower cervical radiculopathy.';
    expect(read(text)).toEqual([['patient', 'hypothetical']]);
    expect(rad(text).status).not.toBe('present');
  });
});
