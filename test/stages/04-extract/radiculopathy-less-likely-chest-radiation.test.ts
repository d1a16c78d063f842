/**
 * "An L5 radiculopathy is less likely", "... and it has not been excluded" and a test "to separate a
 * peroneal neuropathy from an L5 radiculopathy" keep a radiculopathy under consideration; shoulder
 * pain that "sits at the front of the shoulder and radiates down the upper arm", chest pain
 * radiating to the arm and radiation treatment are not radicular; "no arm symptoms" in a record
 * that never names the neck is no denial of a radiculopathy.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);
const read = (text: string): string[] => rad(text).mentions.map((m) => `${m.subject}/${m.assertion}`);

describe('a radiculopathy judged the less likely cause', () => {
  it('"is less likely" after the mention is a suspicion, not a denial', () => {
    expect(read('ASSESSMENT:\nAn L5 radiculopathy is less likely, since he has had no back pain.')).toEqual(['patient/hypothetical']);
  });
  it('"it has not been excluded" reaches back past the clause that named it', () => {
    const r = rad('ASSESSMENT:\nA painless L5 radiculopathy can produce a foot drop and it has not been excluded.');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['hypothetical']);
    expect(r.status).toBe('possible');
  });
  it('a study "to separate" one cause "from an L5 radiculopathy" considers it', () => {
    expect(read('PLAN:\nEMG/NCV of the left leg to separate a peroneal neuropathy at the fibular head from an L5 radiculopathy.')).toEqual(['patient/hypothetical']);
  });
  it('"unlikely" alone still denies it', () => {
    expect(read('ASSESSMENT:\nA cervical radiculopathy is unlikely.')).toEqual(['patient/negated']);
  });
});

describe('radiation that is not radicular', () => {
  it('pain told of the shoulder joint that radiates down the upper arm', () => {
    expect(rad('HPI: The pain sits at the front and side of the shoulder and radiates down the outside of the upper arm to the deltoid.').status).toBe('not_mentioned');
  });
  it('chest pain radiating to the arm', () => {
    expect(rad('HPI: Seen in the ED with L chest pain radiating to the L arm; troponins negative.').status).toBe('not_mentioned');
  });
  it('radiation treatment', () => {
    expect(rad('Ondansetron is approved for nausea from chemotherapy and radiation treatment.').status).toBe('not_mentioned');
  });
  it('still reads neck pain radiating down the arm', () => {
    expect(rad('HPI: Neck pain radiating down the right arm to the thumb.').status).toBe('present');
  });
});

describe('a denied limb symptom', () => {
  it('is no mention in a record that never names the spine of its region', () => {
    expect(rad('HPI: Left rib fractures after a fall against a bench. No arm symptoms since the ED visit.').mentions).toEqual([]);
  });
  it('denies a radiculopathy where the record is about the neck', () => {
    expect(read('HPI: Neck pain after lifting. No arm symptoms.')).toEqual(['patient/negated']);
  });
});
