import { describe, expect, it } from 'vitest';
import { findRadiculopathy, radiculopathyStatus } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);

describe('findRadiculopathy', () => {
  it('affirms a patient mention and sets status present', () => {
    const r = rad('CLINICAL CASE SUMMARY\nHe has low back pain radiating down the left leg to the foot.');
    expect(r.status).toBe('present');
    expect(r.mentions[0]).toMatchObject({ assertion: 'affirmed', subject: 'patient', region: 'lumbar' });
  });
  it('negated mentions give absent', () => {
    const r = rad('He denies radiating pain, numbness or tingling in the lower extremities.');
    expect(r.status).toBe('absent');
    expect(r.mentions.length).toBeGreaterThan(0);
    expect(r.mentions.every((m) => m.assertion === 'negated' && m.subject === 'patient')).toBe(true);
  });
  it('guideline statements never move the status', () => {
    const r = rad('Decision rationale:\nTrigger point injections are not recommended in the presence of radiculopathy.');
    expect(r.mentions.map((m) => m.subject)).toEqual(['guideline']);
    expect(r.mentions[0]!.assertion).toBe('hypothetical');
    expect(r.status).toBe('not_mentioned');
  });
  it('a suspected radiculopathy is possible', () => {
    expect(rad('Assessment: rule out cervical radiculopathy.').status).toBe('possible');
  });
  it('a mention under a past-history header is historical', () => {
    const r = rad('PAST MEDICAL HISTORY:\nRight L5 radiculopathy treated with microdiscectomy in 2016.\nSUBJECTIVE COMPLAINTS:\nKnee pain.');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['historical']);
    expect(r.status).toBe('absent');
  });
  it('a guideline that "treats" or "does not favor" states a rule', () => {
    const r = rad('Rationale:\nThe guidelines treat gabapentin as a first-line agent for neuropathic pain, painful radiculopathy included.');
    expect(r.mentions.map((m) => m.subject)).toEqual(['guideline']);
  });
  it('trigger-point referred pain is not radicular', () => {
    expect(rad('Trigger points with a twitch response and referred pain into the left buttock.').mentions).toEqual([]);
  });
  it('evidence slices to the mention', () => {
    const doc = docOf('Diagnoses: lumbar radiculopathy, left L5.');
    const r = findRadiculopathy(doc, lex);
    for (const m of r.mentions) expect(doc.text.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.text);
  });
});

describe('radiculopathyStatus', () => {
  const m = (assertion: string, subject = 'patient', suspected = false) => ({ assertion, subject, suspected }) as never;
  it.each([
    [[m('affirmed'), m('negated')], 'present'],
    [[m('hypothetical', 'patient', true), m('negated')], 'possible'],
    [[m('hypothetical', 'patient', false)], 'not_mentioned'],
    [[m('historical')], 'absent'],
    [[m('affirmed', 'guideline')], 'not_mentioned'],
    [[m('affirmed', 'other')], 'not_mentioned'],
    [[], 'not_mentioned'],
  ])('%j → %s', (mentions, status) => {
    expect(radiculopathyStatus(mentions)).toBe(status);
  });
});
