/**
 * Radiculopathy wordings of blind sets 28 and 29: pain that radiates from a place outside the spine
 * (the navel, the inner ankle) is no mention; a question mark in brackets before the words ("(? L3
 * radic)"), a diagnosis that "has to be considered", one a study is to "eval for" or "to separate
 * ... from" another, are suspicions; a radiculopathy told with a separate earlier claim is
 * historical; "the guideline looks for" and a guideline topic's "...: indicated for" are guideline
 * statements.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);
const read = (text: string) => rad(text).mentions.map((m) => `${m.subject}/${m.assertion}`);

describe('radiculopathy: wordings of blind sets 28 and 29', () => {
  it.each([
    ['HISTORY:\nWith coughing or straining the pain radiates from the navel around toward the right flank.'],
    ['HISTORY:\nThe ache at the inner ankle sometimes radiates up into the lower calf.'],
    ['HISTORY:\nThe soreness over the incision radiates into the thigh when he stands.'],
  ])('not radicular: %s', (text) => {
    expect(rad(text)).toMatchObject({ status: 'not_mentioned', mentions: [] });
  });

  it('pain that radiates from the back is still a mention', () => {
    expect(read('HISTORY:\nThe ache in the low back sometimes radiates down into the left calf.')).toEqual(['patient/affirmed']);
  });

  it.each([
    ['PLAN:\n3. L-spine XR to screen for an upper lumbar source of the thigh sx (? L3 radic). Normal neuro exam today.'],
    ['ASSESSMENT:\nAn upper lumbar (L2 or L3) radiculopathy can produce a similar pattern and has to be considered.'],
    ['PLAN:\n1. EMG/NCV L upper extremity - confirm LTN palsy & eval for C7 radiculopathy.'],
    ['ASSESSMENT:\nTesting of the symptomatic arm is reasonable to separate an early right C6 radiculopathy from a distal entrapment.'],
  ])('a suspicion: %s', (text) => {
    expect(rad(text).status).toBe('possible');
  });

  it('a question mark after words still ends the question', () => {
    expect(read('HISTORY:\nIs it radicular? He has leg pain to the foot.')).not.toContain('patient/hypothetical');
  });

  it('a radiculopathy told with a separate earlier claim is historical', () => {
    const r = rad('HISTORY:\nShe had a separate 2016 claim for a low back strain with a right L5 radiculopathy, treated with a single epidural injection.');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['historical']);
    expect(r.status).toBe('absent');
  });

  it.each([
    ['Rationale:\nFor failed back syndrome the guideline looks for symptoms that are primarily lower extremity radicular pain.'],
    ['Guideline criteria:\nODG Low Back, MRIs: indicated for lumbar spine trauma with neurological deficit, or for uncomplicated low back pain with radiculopathy after at least one month of conservative therapy.'],
  ])('a guideline statement: %s', (text) => {
    expect(read(text)).toEqual(['guideline/hypothetical']);
  });

  it('pain that radiates from the base of the thumb is no mention', () => {
    expect(rad('HISTORY:\nThe pain radiates from the base of the thumb up the radial side of the forearm when she lifts a box.').mentions).toEqual([]);
  });

  it('"on the differential" after the diagnosis is a suspicion', () => {
    expect(read('ASSESSMENT:\nThe loss of both ankle reflexes still leaves an S1 radiculopathy or early neurogenic claudication on the differential.')).toEqual(['patient/hypothetical']);
  });

  it('a numbered diagnosis item closed by ", resolved" is historical as a whole', () => {
    expect(rad('DIAGNOSES:\n5. Obesity (E66.9).\n6. Right sciatica after the 2013 fall, resolved.\n').mentions.map((m) => m.assertion)).toEqual(['historical']);
  });

  it('"before surgery" (no article) tells a past episode when the record calls it resolved', () => {
    const r = rad('HISTORY:\nBefore surgery she had severe left S1 radicular pain down the back of the leg.\n\nDIAGNOSES:\n1. Left S1 radiculopathy, resolved after surgery.\n');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['historical', 'historical']);
    expect(r.status).toBe('absent');
  });

  it('a guideline named with its chapter in brackets before its verb', () => {
    expect(read('DISCUSSION:\nACOEM (Chapter 8, Neck and Upper Back Complaints, pages 179-180) supports referral for surgery when there are unresolved radicular symptoms after conservative treatment.')).toEqual(['guideline/hypothetical']);
  });
});

