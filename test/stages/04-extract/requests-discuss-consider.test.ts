/** Plan items that only promise a discussion or a later thought are not requests. */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const treatments = (plan: string) => findRequests(docOf(`Treatment plan:\n${plan}\n`), lex).map((r) => r.treatment);

describe('requests: "will discuss", "may consider"', () => {
  it('leaves out a discussion promised for later and a study that may be considered', () => {
    expect(treatments('1. Naproxen 500 mg BID #60.\n2. Will discuss a subacromial injection at the next visit if the impingement pain persists.\n3. May consider MR arthrogram if strength plateaus after therapy.\n4. Return in 6 weeks.'))
      .toEqual(['NSAID']);
  });
  it('keeps an item asked for now', () => {
    expect(treatments('1. Subacromial corticosteroid injection, left shoulder.\n2. MR arthrogram of the left shoulder.')).toEqual(['steroid injection', 'MRI']);
  });
});
