/**
 * Injured parts and their sides: "the left side of the jaw" gives the side, a digit naming a side
 * of another part ("the thumb side of the wrist") is not injured, a limb landed on lends its side
 * to the part hurt after the landing, and a part landed on and then named as injured (in the same sentence or
 * the complaint right after it) keeps its side.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../../src/stages/04-extract/find-injury.js';
import { docOf, lex } from '../../helpers/docs.js';

const partsOf = (text: string) => {
  const doc = docOf(text);
  return findInjury(doc, lex, findEventDates(doc, lex)).bodyParts.map((b) => [b.part, b.side]);
};

describe('injured parts: sides and contact', () => {
  it('reads the side in "the right side of the rib cage"', () => {
    expect(partsOf('She was injured on 6/1/2019 when a pallet struck her on the right side of the rib cage.')).toEqual([['chest', 'right']]);
  });
  it('does not take a part an assailant seized for the part injured', () => {
    expect(partsOf('He was assaulted on 01/22/2018 when a customer seized his left wrist and wrenched the arm forward, injuring his left shoulder.'))
      .toEqual([['shoulder', 'left']]);
  });
  it('does not take a digit naming a side of the wrist for an injured finger', () => {
    expect(partsOf('He was injured on 4/4/2018 when a door slammed shut on the thumb side of his left wrist.')).toEqual([['wrist', 'left']]);
  });
  it('gives the part hurt after landing the side of the hand landed on', () => {
    expect(partsOf('On 1/12/2020 he tripped on a cable and fell forward onto his outstretched right hand. He had immediate pain in the wrist.'))
      .toEqual([['wrist', 'right']]);
  });
  it('keeps the side of knees landed on and then named as injured', () => {
    expect(partsOf('On 2/2/2017 she slipped on ice and went down onto both knees, injuring her knees and low back.'))
      .toEqual([['knee', 'bilateral'], ['lumbar spine', null]]);
  });
});

describe('injured parts: landmarks and hard landings', () => {
  it('does not take a joint named as a landmark on the limb for an injured joint', () => {
    expect(partsOf('On 5/9/2021 he was injured when a falling beam struck his right leg a few inches above the ankle.')).toEqual([['lower leg', 'right']]);
  });
  it('a part landed on hard is the contact point; the part named after it is injured', () => {
    expect(partsOf('On 8/3/2022 she slid on a wet ramp and landed hard on her buttocks and low back.')).toEqual([['lumbar spine', null]]);
  });
  it('adds a part landed on when the complaint right after names it as painful', () => {
    expect(partsOf('On 2/9/2021 a customer shoved him and struck his neck; he landed on his left elbow. He has neck and left elbow pain since.'))
      .toEqual([['cervical spine', null], ['elbow', 'left']]);
  });
  it('does not add a part landed on that the complaint after does not name', () => {
    expect(partsOf('On 2/9/2021 a customer shoved him and struck his neck; he landed on his left elbow. He has neck pain since.'))
      .toEqual([['cervical spine', null]]);
  });
});
