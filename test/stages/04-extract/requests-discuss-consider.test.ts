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

describe('requests: adjusting a device the patient has', () => {
  it('"Loosen or reposition the brace strap" asks for no brace; a brace asked for is kept', () => {
    expect(treatments('1. Naproxen 500 mg BID #60.\n2. Loosen or reposition the brace strap; follow up 2 weeks after surgery.\n3. Hinged knee brace, right knee.'))
      .toEqual(['NSAID', 'orthotic/brace']);
  });
});

describe('prior treatments: offered and declined', () => {
  it('"was offered by your office in May; she declined it" was not received; "was offered and helped" was', async () => {
    const { findPriorTreatments } = await import('../../../src/stages/04-extract/find-prior-treatments.js');
    const got = findPriorTreatments(docOf('HISTORY:\nTreatment to date:\n(d) A cortisone injection was offered by your office in May; she declined it.\n(e) A TENS unit was offered and helped her sleep.\n'), lex);
    expect(got.map((t) => t.treatment)).toEqual(['TENS unit']);
  });
});
