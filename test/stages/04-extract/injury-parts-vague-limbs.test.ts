/**
 * Whole-limb words ("arm", "leg", "upper extremity") as injured parts: a specific part of the same
 * limb, or the spine region whose roots serve the limb, says more; a whole limb alone defers to the
 * complaint told next. Also: a planted or sliding limb gives its side to the limb's other parts, a
 * post-traumatic stress disorder diagnosis adds the psyche, and "sustained" opens a complaint.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findBodyParts } from '../../../src/stages/04-extract/find-body-parts.js';
import { findInjury, traumaPsyche } from '../../../src/stages/04-extract/find-injury.js';
import type { Diagnosis } from '../../../src/types/facts.js';
import { docOf, lex } from '../../helpers/docs.js';

const partsOf = (text: string) => {
  const doc = docOf(text);
  return findInjury(doc, lex, findEventDates(doc, lex)).bodyParts.map((b) => [b.part, b.side]);
};

describe('injured parts: whole-limb words', () => {
  it('drops the arm beside a specific part of the same arm', () => {
    expect(partsOf('He was injured on 4/2/2020 lifting a crate and has left arm aching with a left elbow strain.'))
      .toEqual([['elbow', 'left']]);
  });

  it('drops a limb named with the spine region whose pain travels into it', () => {
    expect(partsOf('She was injured on 5/6/2018 lifting a carton and has neck and left arm pain.')).toEqual([['cervical spine', null]]);
    expect(partsOf('He hurt his lower back and right leg on 2/2/2021 while loading a van.')).toEqual([['lumbar spine', null]]);
  });

  it('keeps a limb part named by a specific word even when the limb is also named', () => {
    expect(partsOf('He was injured on 4/2/2020 when a beam struck his right biceps and arm.')).toEqual([['upper arm', 'right']]);
  });

  it('takes the part the next complaint names over a whole limb', () => {
    expect(partsOf('He was injured on 6/7/2019 when a hose reel jerked his left arm backward. He had immediate pain in the left elbow and the neck.'))
      .toEqual([['elbow', 'left'], ['cervical spine', null]]);
  });

  it('keeps the whole limb when nothing after it says more', () => {
    expect(partsOf('He was injured on 6/7/2019 when a hose reel jerked his left arm backward. He went home early.')).toEqual([['upper arm', 'left']]);
  });

  it('reads "sustained" as the complaint that names the part', () => {
    expect(partsOf('He was injured on 1/2/2020 when a pallet jack rolled into his right leg. He sustained a fracture of the right ankle.'))
      .toEqual([['ankle', 'right']]);
  });
});

describe('injured parts: the buttock beside the low back', () => {
  it('drops the buttock told with the low back, where lumbar or sacroiliac pain sits', () => {
    expect(partsOf('She was injured on 3/4/2019 lifting a bin and has had low back and left buttock pain since.'))
      .toEqual([['lumbar spine', null]]);
  });

  it('keeps the buttock as the hip when no spine region is told with it', () => {
    expect(partsOf('She was injured on 3/4/2019 when she fell onto the stairs and bruised her left buttock. She went home.'))
      .toEqual([['hip', 'left']]);
  });
});

describe('injured parts: the side of a limb that slid or stayed planted', () => {
  it('gives the ankle the side of the foot that slid out', () => {
    expect(partsOf('She was injured on 8/9/2021 when her right foot slid out on a wet mat and the ankle gave way under her.')).toEqual([['ankle', 'right']]);
  });
});

describe('body-part words: the elbow tip and the big toe', () => {
  it.each([
    ['a comminuted fracture of the right olecranon', [['elbow', 'right']]],
    ['bruising under the nail of the L big toe', [['toe', 'left']]],
  ])('%s', (text, expected) => {
    expect(findBodyParts(text, lex).map((b) => [b.part, b.side])).toEqual(expected);
  });
});

describe('traumaPsyche: post-traumatic stress disorder makes the psyche an injured part', () => {
  const evidence = { page: 1, start: 0, end: 4, text: 'PTSD', section: null };
  const dx = (icd10: string, assertion: Diagnosis['assertion']) =>
    ({ text: 'x', concept: 'x', icd10, assertion, evidence }) as unknown as Diagnosis;
  const codes = lex.mechanisms.psycheCodes ?? [];

  it('adds the psyche for a present PTSD diagnosis', () => {
    expect(traumaPsyche([], [dx('F43.12', 'present')], codes)).toMatchObject({ part: 'psyche', side: null });
  });

  it('does not for an adjustment disorder, a ruled-out PTSD, or a psyche already listed', () => {
    expect(traumaPsyche([], [dx('F43.22', 'present')], codes)).toBeNull();
    expect(traumaPsyche([], [dx('F43.10', 'possible')], codes)).toBeNull();
    expect(traumaPsyche([{ part: 'psyche', side: null, evidence } as never], [dx('F43.10', 'present')], codes)).toBeNull();
  });
});

describe('injured parts: more parts hurt in the same event, told just after', () => {
  it('adds the part of a following sentence about the same fall', () => {
    expect(partsOf('He was injured on 3/4/2016 when he fell from a scaffold and fractured his left hip. A laceration of the right hand from the same fall was sutured.'))
      .toEqual([['hip', 'left'], ['hand', 'right']]);
  });

  it('adds pain that began that night, but not a later symptom without pain', () => {
    expect(partsOf('She was injured on 3/4/2016 when a cart struck her right knee. She had low back pain that night.'))
      .toEqual([['knee', 'right'], ['lumbar spine', null]]);
    expect(partsOf('She was injured on 3/4/2016 when a cart struck her right knee. She noticed that night that her left hand felt weak.'))
      .toEqual([['knee', 'right']]);
  });
});

describe('injured parts: the first complaints when the story names none', () => {
  it('reads the opening complaints of the subjective section', () => {
    expect(partsOf('Date of injury: 5/5/2020\n\nHISTORY\nHe was rear-ended at a stoplight while driving a delivery van. He was seen at urgent care. He stayed off work for a week.\n\nSUBJECTIVE\nNeck pain 5/10 today. Pain between the shoulder blades 4/10. Sleep is poor.'))
      .toEqual([['cervical spine', null], ['thoracic spine', null]]);
  });
});

describe('injured parts: a side told in the next complaint, and a spine support', () => {
  it('takes the side of a part the next complaint names again', () => {
    expect(partsOf('He was injured on 7/7/2017 when a steer pinned him against a rail and crushed his ribs. He sustained a right rib fracture.'))
      .toEqual([['chest', 'right']]);
  });

  it('does not add a new part from a complaint that tells of no same-event injury', () => {
    expect(partsOf('He was injured on 7/7/2017 when a steer pinned him against a rail and crushed his ribs. He has developed left knee pain this year.'))
      .toEqual([['chest', null]]);
  });

  it('does not take a lumbar corset for an injured lumbar spine', () => {
    expect(partsOf('She was injured on 2/9/2022 when she fell from a loading dock and fractured her mid back. The ER gave her a lumbar corset.'))
      .toEqual([['thoracic spine', null]]);
    expect(partsOf('She was injured on 2/9/2022 when she fell off a dock; she was fitted with a cervical collar and has thoracic pain.'))
      .toEqual([['thoracic spine', null]]);
  });
});

describe('body-part words: a hyphen sharing the next part\'s second word', () => {
  it.each([
    ['stiffness of the mid- and low-back since the crash', [['thoracic spine', null], ['lumbar spine', null]]],
    ['aching in the upper- or lower back', [['thoracic spine', null], ['lumbar spine', null]]],
    ['a well-healed scar on the back', [['lumbar spine', null]]],
  ])('%s', (text, expected) => {
    expect(findBodyParts(text, lex).map((b) => [b.part, b.side])).toEqual(expected);
  });
});
