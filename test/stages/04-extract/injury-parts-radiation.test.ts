/**
 * Injured parts versus where pain spreads or where the worker pivoted: a trunk part named after
 * a radiation cue is the pain's path, and a leg pivoted on "sharply" is a point of contact.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../../src/stages/04-extract/find-injury.js';
import { docOf, lex } from '../../helpers/docs.js';

const partsOf = (text: string) => {
  const doc = docOf(text);
  return findInjury(doc, lex, findEventDates(doc, lex)).bodyParts;
};

describe('injured parts: radiation paths and pivots', () => {
  it('leaves out the chest and abdomen that pain radiates around, keeping the spine it starts from', () => {
    expect(partsOf('She was injured on 3/3/2019 when a crate struck her mid back. She has thoracic spine pain that radiates from the spine around the right ribs to the abdomen.'))
      .toMatchObject([{ part: 'thoracic spine', side: null }]);
  });

  it('keeps a trunk part injured before any radiation cue', () => {
    expect(partsOf('He was injured on 3/3/2019 when a pallet struck his chest. He has chest pain that radiates to the left arm.'))
      .toMatchObject([{ part: 'chest', side: null }]);
  });

  it('leaves out the leg a worker pivoted on, with an adverb between', () => {
    expect(partsOf('She was injured on 3/3/2019 when she pivoted quickly on her left leg and felt a pop in the left knee.'))
      .toMatchObject([{ part: 'knee', side: 'left' }]);
  });
});

describe('injured parts: sides shared in a clause and radiation written as "with leg pain"', () => {
  it('gives "the ankle" the side of the foot named just before it', () => {
    expect(partsOf('He was injured on 3/3/2019 when he jumped from the truck bed and landed on his left foot with the ankle turned in.'))
      .toMatchObject([{ part: 'ankle', side: 'left' }]);
  });

  it('does not take the leg in "low back pain with right leg pain" for an injured part', () => {
    expect(partsOf('She was injured on 3/3/2019 when she pulled a cart and had low back pain with right leg pain.'))
      .toMatchObject([{ part: 'lumbar spine', side: null }]);
  });

  it('does not take "the back of the right arm" for the back', () => {
    expect(partsOf('He was injured on 3/3/2019 in a collision and has neck pain running down the back of the right arm.'))
      .toMatchObject([{ part: 'cervical spine', side: null }]);
  });
});

describe('injury story told before the sentence that reports it', () => {
  it('reads the story in the sentence before "He reported the injury on DATE"', () => {
    const doc = docOf('Date of injury: 2/3/2018\nHISTORY:\nShe developed pain in both wrists from scanning groceries eight hours a day. She reported the injury on 2/3/2018. An MRI of the right wrist was normal.');
    const inj = findInjury(doc, lex, findEventDates(doc, lex));
    expect(inj.bodyParts).toMatchObject([{ part: 'wrist', side: 'bilateral' }]);
    expect(inj.mechanism).toBe('repetitive motion');
  });

  it('reads the mechanism before "reported gradual onset of ... on DATE", the parts from the report itself', () => {
    const doc = docOf('Date of injury: 5/6/2019\nHISTORY:\nHe packs fish on a line, making repeated forceful cuts with the left hand. He reported gradual onset of neck and left shoulder pain and stopped work on 5/6/2019. He had therapy.');
    const inj = findInjury(doc, lex, findEventDates(doc, lex));
    expect(inj.mechanism).toBe('repetitive motion');
    expect(inj.bodyParts.map((b) => [b.part, b.side])).toEqual([['cervical spine', null], ['shoulder', 'left']]);
  });
});
