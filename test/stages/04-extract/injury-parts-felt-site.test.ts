/**
 * Injured parts told by where the worker felt the injury happen: parts named before "felt a pop
 * in ..." are positions of the body at the time, not injuries; and a foot pursuit or patrol names
 * no foot.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../../src/stages/04-extract/find-injury.js';
import { docOf, lex } from '../../helpers/docs.js';

const partsOf = (text: string) => {
  const doc = docOf(text);
  return findInjury(doc, lex, findEventDates(doc, lex)).bodyParts.map((b) => [b.part, b.side]);
};

describe('injured parts: where the injury was felt', () => {
  it('keeps the part after "felt a pop in", not the limb positions before it', () => {
    expect(partsOf('He was injured on 5/9/2021 when he stepped off a curb with his left knee straight and his hip turned out and felt a snap at the back of the left ankle.'))
      .toEqual([['ankle', 'left']]);
  });
  it('keeps every part when the felt cue names none after it', () => {
    expect(partsOf('She was injured on 5/9/2021 when she reached overhead with her right arm and felt a pull.')).toEqual([['upper arm', 'right']]);
  });
  it('does not take a foot pursuit or a foot patrol for the foot', () => {
    expect(partsOf('The officer was injured on 5/9/2021 during a foot pursuit when he twisted his right knee.')).toEqual([['knee', 'right']]);
  });
});
