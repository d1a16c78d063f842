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
  it('a guideline that warns or cautions states a rule; a clause turning to "here" is the patient again', () => {
    const r = rad('Rationale:\nThe MTUS warns that knee pain may come from the back, and that a lumbar radiculopathy must be looked for; here the records show no radicular pain.');
    expect(r.mentions.map((m) => [m.subject, m.assertion])).toEqual([['guideline', 'hypothetical'], ['patient', 'negated']]);
    expect(r.status).toBe('absent');
  });
  it('a differential after a dash does not reach back to the diagnosis before it', () => {
    expect(rad('Impression:\nRight C7 radiculopathy - rotator cuff tendinosis vs. bursitis.').status).toBe('present');
    expect(rad('Impression:\nRight C7 radiculopathy - versus brachial neuritis.').status).toBe('possible');
  });
  it('pain told as going from the spine into a limb, with or without a verb, or drawn with arrows', () => {
    expect(rad('HPI:\nShe has aching from the neck down the left arm to the fingers.').mentions[0]).toMatchObject({ assertion: 'affirmed', region: 'cervical' });
    expect(rad('S:\nSx: LBP + burning R gluteal -> lat thigh -> calf, worse sitting.').mentions[0]).toMatchObject({ assertion: 'affirmed', region: 'lumbar' });
    expect(rad('He denies pain from the back into the legs.').status).toBe('absent');
    expect(rad('She has pain from the knee down to the foot.').mentions).toEqual([]);
  });
  it('pain that spreads only so far is a denial of radiation', () => {
    const r = rad('HPI:\nThe ache spreads into the left buttock but not past the knee.');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['negated']);
    expect(r.status).toBe('absent');
    expect(rad('Pain radiates down the right leg to the calf but not into the foot.').status).toBe('present');
  });
  it('a clinician who raises a diagnosis suspects it', () => {
    expect(rad('Assessment:\nThe numbness raises both an S1 radiculopathy and a tarsal tunnel syndrome.').status).toBe('possible');
    expect(rad('Assessment:\nThe history raises the question of a cervical radiculopathy.').status).toBe('possible');
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
  it('a past episode said to have gone away is historical, not present', () => {
    const r = rad('HISTORY\nShe had right-sided sciatica in 2009, which went away with chiropractic care.');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['historical']);
    expect(r.status).toBe('absent');
  });
  it('a limb-symptom resolution after a semicolon makes the condition before it historical', () => {
    const r = rad('He underwent a laminectomy for radiculopathy; the leg symptoms fully resolved afterwards.');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['historical']);
    expect(r.status).toBe('absent');
  });
  it('a requirement of what would have to be shown is a guideline statement', () => {
    const r = rad('Rationale:\nA compressive radiculopathy would have to be demonstrated on imaging before surgery.');
    expect(r.mentions.map((m) => [m.subject, m.assertion])).toEqual([['guideline', 'hypothetical']]);
    expect(r.status).toBe('not_mentioned');
  });
  it('radiation that starts outside the spine is not a mention', () => {
    expect(rad('Tingling radiating from the left elbow into the ring and small fingers.').mentions).toEqual([]);
    expect(rad('Burning pain radiating from the right knee down to the ankle.').mentions).toEqual([]);
    expect(rad('Pain radiating from the back of the knee down to the calf.').mentions).toEqual([]);
    expect(rad('Pain radiating from the neck over the shoulder blade into the right hand.').status).toBe('present');
  });
  it.each([
    'His back pain does not travel below the knees.',
    "Her low back pain doesn't radiate.",
    'The ache is non-radiating.',
    'Neck pain since the fall. He reports no arm symptoms since the injection.',
    'She denies tingling or burning running down either leg.',
  ])('a denial of radiation is a negated mention: %s', (text) => {
    const r = rad(text);
    expect(r.mentions.length).toBeGreaterThan(0);
    expect(r.mentions.every((m) => m.assertion === 'negated' && m.subject === 'patient')).toBe(true);
    expect(r.status).toBe('absent');
  });
  it.each(['Her knee and leg pain worsened with stairs.', 'She has no leg pain today.', 'The pain does not go away at night.', 'The pain spreads into both buttocks.'])(
    'is not a radiculopathy mention: %s',
    (text) => {
      expect(rad(text).mentions).toEqual([]);
    },
  );
  it('radiation told from the spine may pass other landmarks before the limb', () => {
    const r = rad('Aching travels from the middle of her low back across the left buttock and hip and then down the outer thigh.');
    expect(r.mentions.map((m) => [m.assertion, m.region])).toEqual([['affirmed', 'lumbar']]);
  });
  it('pain running down a limb is radiation', () => {
    expect(rad('Pain running down the back of the left thigh to the calf.').status).toBe('present');
  });
  it("a relative's radiculopathy told in a family history is not the patient's", () => {
    const r = rad('Family history is remarkable only in that her mother, a retired nurse, had lumbar radiculopathy.');
    expect(r.mentions.map((m) => m.subject)).toEqual(['other']);
    expect(r.status).toBe('not_mentioned');
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
