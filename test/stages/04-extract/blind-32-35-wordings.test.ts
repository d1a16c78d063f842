/**
 * Wordings of blind sets 32 to 35, one general rule each: radiation from a joint or bone outside
 * the spine (a kneecap, an ankle bone, an epicondyle), told with chest pain, or to the upper arm
 * with no spine named is no radiculopathy mention; suspicions and past episodes told after the
 * words; injured parts and mechanisms (a foot that caught a drain lip, the part fallen onto, a
 * sided whole limb, a claim that "covers" parts, an "MOI:" line, an animal bite); prior treatments
 * named again ("the unit", "since the arthroscopy", "the last" of a series) and care merely
 * scheduled.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../../src/stages/04-extract/find-injury.js';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priors = (text: string) => {
  const doc = docOf(text);
  return findPriorTreatments(doc, lex, findInjury(doc, lex, findEventDates(doc, lex)));
};
const rad = (text: string) => findRadiculopathy(docOf(text), lex);
const partsOf = (text: string) => {
  const doc = docOf(text);
  return findInjury(doc, lex, findEventDates(doc, lex)).bodyParts.map((b) => [b.part, b.side]);
};

describe('blind sets 32 to 35', () => {
  it.each([
    ['HISTORY:\nThe pain radiates from beneath the right kneecap down into the front of the shin when he kneels.'],
    ['HISTORY:\nOn uneven ground the lateral hindfoot pain radiates from under the outer ankle bone toward the fifth toe.'],
    ['HISTORY:\nWhen he turns a doorknob, a sharp pain radiates from the ulnar side of the right wrist into the forearm.'],
    ['HISTORY:\nA burning pain radiates from the dorsum of the hand up the forearm to the elbow.'],
    ['HISTORY:\nThe pain radiates from the lateral epicondyle along the back of the forearm toward the wrist.'],
    ['HISTORY:\nShe denies chest pain, exertional shortness of breath or pain radiating into the left arm or jaw.'],
    ['HISTORY:\nHe reports a deep ache that radiates to the lateral upper arm at night.'],
  ])('not radicular: %s', (text) => {
    expect(rad(text)).toMatchObject({ status: 'not_mentioned', mentions: [] });
  });

  it('radiation from under a buttock is still a mention', () => {
    expect(rad('HISTORY:\nPain radiates from under the right buttock into the calf.').status).toBe('present');
  });

  it('findings "not established" are negated', () => {
    expect(rad('ASSESSMENT:\nRadicular findings are not established on her examination: reflexes are normal.').mentions.map((m) => m.assertion)).toEqual(['negated']);
  });

  it('a foot that caught what tripped the worker is not hurt; the knee fallen onto is', () => {
    expect(partsOf('HISTORY:\nHe was injured on 05/14/2013 when his right foot caught the raised lip of an uncovered floor drain and he fell forward onto his left knee.'))
      .toEqual([['knee', 'left']]);
  });

  it('a foot caught on a cord is not the part fallen onto', () => {
    expect(partsOf('HISTORY:\nThe date of injury is 03/02/2015.\nShe caught her foot on an extension cord and fell forward onto her left knee. Radiographs were taken.'))
      .toEqual([['knee', 'left']]);
  });

  it('a part named as hurt beats the part fallen onto', () => {
    expect(partsOf('HISTORY:\nOn 03/02/2015 she slipped and fell onto her right hand, injuring her low back.')).toEqual([['lumbar spine', null]]);
  });

  it('"the unit" and "the trial" tell the device course just named again: its response and function', () => {
    const got = priors('HISTORY:\nThe progress report of 06/25/2018 documents a 30-day home trial of a rented TENS unit from 05/21/2018 through 06/20/2018. He used the unit three times a day and reported that it reduced his mid-back pain by about 40% for several hours after each use. During the trial he reduced tramadol from four tablets to two tablets per day and increased his walking from 20 to 45 minutes.')
      .filter((p) => p.treatment === 'TENS unit');
    expect(got.map((p) => [p.response, p.reliefPercent, p.functionalImprovement])).toEqual([['partial_relief', 40, true]]);
  });

  it('"the first ... the second" stay courses of their own', () => {
    const got = priors('HISTORY:\nShe had two lumbar epidural steroid injections. The first, on 11/18/2014, gave about 50% relief for six weeks; the second, on 02/24/2015, gave no relief.')
      .filter((p) => p.treatment === 'epidural steroid injection');
    expect(got.map((p) => p.response)).toEqual(['partial_relief', 'no_relief']);
  });

  it('a diagnostic lidocaine injection around hardware is care received, filed as other', () => {
    const got = priors('HISTORY:\nHe had an ORIF on 03/10/2015. A diagnostic lidocaine injection around the distal plate on 8/5/2015 gave about 80% relief of the lateral ankle pain.')
      .filter((p) => p.treatment === 'other');
    expect(got.map((p) => [p.procedure, p.date, p.reliefPercent])).toEqual([['diagnostic hardware injection', '2015-08-05', 80]]);
  });

  it('an operation scheduled for a date is not care received', () => {
    expect(priors('HISTORY:\nHe had physical therapy in 2018. Surgery is tentatively scheduled for 09-23-2019.').map((p) => p.treatment)).toEqual(['physical therapy']);
  });

  it('"the last" of a series dates the series, it is no course of its own', () => {
    const got = priors('HISTORY:\nTreatment has included three corticosteroid injections, the last on 03-11-2019, each lasting about two weeks.').filter((p) => p.treatment === 'steroid injection');
    expect(got.map((p) => p.date)).toEqual(['2019-03-11']);
  });

  it('"since the arthroscopy" refers back to the operation, no new course', () => {
    const got = priors('HISTORY:\nHe underwent right knee arthroscopy with chondroplasty on 06-20-2017. Treatment since the arthroscopy has included 12 visits of physical therapy.')
      .filter((p) => p.treatment === 'surgery');
    expect(got.map((p) => p.date)).toEqual(['2017-06-20']);
  });

  it('neck pain that radiates to the upper arm is still a mention', () => {
    expect(rad('HISTORY:\nNeck pain radiates to the lateral upper arm.').status).toBe('present');
  });

  it.each([
    ['ASSESSMENT:\nThe scapular ache means that a right C8 radiculopathy cannot be excluded clinically.'],
    ['ASSESSMENT:\nParesthesias with reduced ankle reflexes leave lumbar radiculopathy and peripheral neuropathy both possible.'],
  ])('a suspicion told after the words: %s', (text) => {
    expect(rad(text).status).toBe('possible');
  });

  it('a past-history line telling the condition resolved is historical', () => {
    expect(rad('SUBJECTIVE:\nHx: R arm radicular pain from the neck in 2011 (non-industrial), resolved after 6 chiro tx; no recurrence.').mentions.map((m) => m.assertion)).toEqual(['historical']);
  });

  it('a sided whole limb gives its side to an unsided part of it named after', () => {
    expect(partsOf('HISTORY:\nHe was injured on July 9, 2018 when the full weight of the sheet came onto his raised right arm and he felt a tearing pain in the shoulder.'))
      .toEqual([['shoulder', 'right']]);
  });

  it('a hand holding on, a head snapping back: no injured parts; being jerked forward is a pull', () => {
    const doc = docOf('Date of Injury: 05/03/2017\n\nSUBJECTIVE:\nOn 05/03/2017 the colt reared and bolted; he held on to the shank with his right hand and was jerked forward and up, his head snapping back. He has right-sided neck pain.');
    const injury = findInjury(doc, lex, findEventDates(doc, lex));
    expect([injury.mechanism, injury.bodyParts.map((b) => b.part)]).toEqual(['pushing/pulling', ['cervical spine']]);
  });

  it('"her claim covers ..." lists the claimed parts', () => {
    expect(partsOf('HISTORY:\nShe worked as a housekeeper for eleven years. Her orthopaedic claim covers the neck, the low back and both knees. She was referred for blood pressure.'))
      .toEqual([['cervical spine', null], ['lumbar spine', null], ['knee', 'bilateral']]);
  });

  it('an "MOI:" line tells the story; a dog of a named breed that bit is an animal bite; "L medial elbow" is the left elbow', () => {
    const doc = docOf('DOI: 02/07/19\n\nS:\nMOI: reading a water meter beside a side yard when a German shepherd came through an open gate and bit her L medial elbow; puncture wounds.');
    const injury = findInjury(doc, lex, findEventDates(doc, lex));
    expect([injury.mechanism, injury.bodyParts.map((b) => [b.part, b.side])]).toEqual(['other', [['elbow', 'left']]]);
  });

  it('a guideline sentence that goes on after "but" with its own subject stays the guideline\'s', () => {
    const r = rad('RATIONALE:\nODG notes that EMGs may be useful to obtain unequivocal evidence of radiculopathy after one month of conservative therapy, but are not necessary if radiculopathy is already clinically obvious.');
    expect(r.mentions.map((m) => m.subject)).toEqual(['guideline', 'guideline']);
    expect(rad('RATIONALE:\nThe guidelines recommend ESI for radiculopathy, but the patient has no radiculopathy on exam.').mentions.map((m) => m.subject)).toEqual(['guideline', 'patient']);
  });
});
