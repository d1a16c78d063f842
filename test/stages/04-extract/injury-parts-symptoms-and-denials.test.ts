/**
 * Injured parts told through symptoms and denials: headaches name the head (but locate no exam
 * finding), a denied complaint ("no neck pain") names no injured part, a cumulative-trauma claim
 * told by its numbness names its parts, and an arm held "fully extended" is a posture, not pain
 * extending past the part.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../../src/stages/04-extract/find-injury.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import { findPatient } from '../../../src/stages/04-extract/find-patient.js';
import { docOf, lex } from '../../helpers/docs.js';

const partsOf = (text: string) => {
  const doc = docOf(text);
  return findInjury(doc, lex, findEventDates(doc, lex)).bodyParts.map((b) => [b.part, b.side]);
};

describe('injured parts from symptoms and denials', () => {
  it('adds the head for headaches that began after the collision', () => {
    expect(partsOf('Date of injury: 10/04/2022\n\nHISTORY OF PRESENT ILLNESS:\nOn 10/04/2022 a pickup truck struck the back of her car. Neck pain and stiffness began that evening and headaches started within two days.\n'))
      .toEqual([['cervical spine', null], ['head', null]]);
  });

  it('does not take a denied complaint for an injured part', () => {
    expect(partsOf('Date of Injury: CT 03/01/2019 to 06/15/2021\n\nSubjective complaints:\nShe keyed insurance claims for 8 to 9 hours a day. Numbness and tingling in the fingers of both hands came on gradually. She has no neck pain and denies symptoms travelling from the neck into the arms.\n'))
      .toEqual(expect.arrayContaining([['hand', 'bilateral']]));
    expect(partsOf('Date of Injury: CT 03/01/2019 to 06/15/2021\n\nSubjective complaints:\nShe keyed insurance claims for 8 to 9 hours a day. Numbness and tingling in the fingers of both hands came on gradually. She has no neck pain and denies symptoms travelling from the neck into the arms.\n')
      .map(([p]) => p)).not.toContain('cervical spine');
  });

  it('reads the shoulder after an arm held fully extended', () => {
    expect(partsOf('CLINICAL CASE SUMMARY\nThe injured worker is a 51 year old stocker with a date of injury of 11/09/2015. He caught the case overhead with his right arm fully extended and felt a tearing pain in the front of the right shoulder.\n'))
      .toEqual([['shoulder', 'right']]);
  });

  it('locates no exam finding at a headache named just before it', () => {
    const doc = docOf('PHYSICAL EXAMINATION:\nNeck: cervical rotation 60 degrees. Headaches are occipital. Left suboccipital muscle spasm is present.\n');
    expect(findExamFindings(doc, lex).map((f) => [f.finding, f.bodyPart])).toEqual([['range_of_motion', 'cervical spine'], ['spasm', 'cervical spine']]);
  });

  it('reads an age written after the name ("Ms. Poe, 36, right-hand dominant")', () => {
    expect(findPatient(docOf('Subjective complaints:\nMs. Poe, 36, right-hand dominant, keyed insurance claims for 8 to 9 hours a day.\n'), lex).age).toBe(36);
  });
});

describe('injured parts: a side shared across "the top of the"', () => {
  it('gives the shoulder the side of the trapezius named with it', () => {
    expect(partsOf('Date of injury: 02/14/2024\n\nHISTORY OF PRESENT ILLNESS:\nOn 02/14/2024 he yanked down hard on a jammed door. By that evening he had pain over the right trapezius and the top of the shoulder.\n'))
      .toEqual(expect.arrayContaining([['shoulder', 'right']]));
  });
});
