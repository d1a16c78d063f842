/**
 * A felt cue ("he felt a tearing pain over the top of the shoulder") makes parts named before it
 * positions of the body, except a part the sentence names as injured ("an injury to the left
 * shoulder"), which keeps its side.
 */
import { describe, expect, it } from 'vitest';
import { injuredParts as parts } from '../../helpers/injury.js';

describe('injured parts before a felt cue', () => {
  it('keeps a part named as injured before the felt cue, with its side', () => {
    expect(parts('The patient is a grocery stocker who reported an injury to the left shoulder on 1/8/2013 while lifting a case overhead; he felt a tearing pain over the top of the shoulder.'))
      .toEqual([['shoulder', 'left']]);
  });
  it('still treats a limb position before the felt cue as no injury', () => {
    expect(parts('HISTORY\nShe was injured on 3/2/2014 when she landed with her right leg out straight and felt a pop in the back of the left knee.')).toEqual([['knee', 'left']]);
  });
});
