/**
 * Injury stories told in ways earlier rules missed: a "Date(s) of Injury" label, a story whose
 * clause starts "when a <vehicle> ...", a fall from a height that outranks the task in hand, a
 * sharp turn, and a landing on a body part as the only sign of a fall.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../../src/stages/04-extract/find-injury.js';
import { docOf, lex } from '../../helpers/docs.js';

const injuryOf = (text: string) => {
  const doc = docOf(text);
  return findInjury(doc, lex, findEventDates(doc, lex));
};

describe('injury date labels', () => {
  it('reads "Date(s) of Injury" and "Dates of injury" as the injury label', () => {
    expect(injuryOf('Claim: 22-118      Date(s) of Injury: 03/09/18\nVisit: 05/01/2019').date).toBe('2018-03-09');
    expect(injuryOf('Dates of injury: 11/23/2015\nSeen 01/04/2016 for follow-up.').date).toBe('2015-11-23');
  });
});

describe('mechanisms', () => {
  it('finds the story in a "when a <vehicle> ..." clause', () => {
    const inj = injuryOf('DOI: 4/2/21\nHISTORY\nShe was driving a delivery van on her route when a pickup ran the red light and struck her door.');
    expect(inj.mechanism).toBe('motor vehicle accident');
  });
  it('takes a fall from a ladder over the task the worker was doing on it', () => {
    const inj = injuryOf('DOI: 5/6/19\nHe was hurt when he fell from a twelve-foot extension ladder while pushing a ceiling panel into place.');
    expect(inj.mechanism).toBe('fall');
  });
  it('reads a sharp turn with a load as twisting', () => {
    expect(injuryOf('DOI: 7/8/20. She spun quickly to hand a 30-pound tray to a coworker when she felt a pop in her low back.').mechanism).toBe('twisting');
  });
  it('reads landing on a body part as a fall when nothing else names the mechanism', () => {
    const inj = injuryOf('DOI: 9/10/21\nHx: the stool went out from under him and he landed hard on his tailbone on a concrete floor.');
    expect(inj.mechanism).toBe('fall');
  });
  it('keeps a slip as slip and fall though the worker landed on a part', () => {
    const inj = injuryOf('DOI: 9/10/21\nShe slipped on spilled oil and fell, and landed on her left hip.');
    expect(inj.mechanism).toBe('slip and fall');
  });
});

describe('mechanisms: who moved, and what the fall began with', () => {
  it('reads "felt a sharp pull" as a sensation, leaving the twist as the mechanism', () => {
    expect(injuryOf('DOI 5/5/18. On 5/5/18 his left ankle twisted in a pothole and he felt a sudden pull in the calf.').mechanism).toBe('twisting');
  });
  it('reads an object that slipped off a machine and landed on a hand as struck by object', () => {
    expect(injuryOf('She was injured on 3/3/2021 when a steel plate slid off the workbench and landed on the top of her right foot.').mechanism)
      .toBe('struck by object');
  });
  it('keeps a worker who fell off a ladder and landed on his back a fall', () => {
    expect(injuryOf('He was injured on 3/3/2021 when he fell off the ladder and landed on his back.').mechanism).toBe('fall');
  });
  it('reads a foot caught in something before a fall as trip and fall, over the twist that followed', () => {
    expect(injuryOf('She was injured on 8/8/2019 when she caught her boot on an extension cord, fell and twisted her right knee.').mechanism)
      .toBe('trip and fall');
  });
});

