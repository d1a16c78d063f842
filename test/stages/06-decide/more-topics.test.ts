/**
 * The topics added with `more-topic-rows.ts`: each row decides to the expected outcome under the
 * expected topic with the expected criterion statuses; plus the routing cases these topics rely on
 * (body part splits elbow from shoulder shockwave therapy, device names pick the cryotherapy, bone
 * growth stimulator, H-wave and FCE topics, plain ice packs stay without a topic) and the
 * limits and alternative indications each topic states.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import type { Decision } from '../../../src/types/decision.js';
import { buildFacts, type FactsSpec } from './build-facts.js';
import { MORE_ROWS } from './more-topic-rows.js';

const guidelines = loadGuidelines();
const decideOne = (spec: FactsSpec): Decision => decide(buildFacts(spec), guidelines).decisions[0]!;
const status = (d: Decision, id: string) => d.criteria.find((c) => c.id === id)?.status;
const CONVERTED = 'the guideline requires this to be documented';

describe('added guideline topics', () => {
  it.each(MORE_ROWS.map((r) => [r.topic, r.kind, r] as const))('%s: %s', (_topic, kind, row) => {
    const d = decideOne(row.spec);
    expect(d.guideline?.id).toBe(row.topic);
    expect(d.outcome).toBe(row.outcome);
    expect(Object.fromEntries(Object.keys(row.statuses).map((id) => [id, status(d, id)]))).toEqual(row.statuses);
    expect(d.rationale.length).toBeGreaterThan(40);
    if (kind === 'not_met') {
      expect(d.criteria.some((c) => c.required && c.status === 'not_met' && !(c.detail ?? '').includes(CONVERTED))).toBe(true);
    }
    if (kind === 'unknown') {
      expect(d.criteria.some((c) => c.status === 'unknown' || (c.detail ?? '').includes(CONVERTED))).toBe(true);
    }
  });
});

describe('routing of the added topics', () => {
  it('shockwave therapy goes by body part: elbow, shoulder and ankle/foot have their own topics, other parts none', () => {
    expect(decideOne({ request: { treatment: 'shockwave therapy', bodyPart: 'elbow' } }).guideline?.id).toBe('mtus-acoem-elbow-extracorporeal-shockwave-therapy');
    expect(decideOne({ request: { treatment: 'shockwave therapy', bodyPart: 'shoulder' } }).guideline?.id).toBe('odg-shoulder-extracorporeal-shockwave-therapy');
    expect(decideOne({ request: { treatment: 'shockwave therapy', bodyPart: 'foot' } }).guideline?.id).toBe('odg-ankle-foot-extracorporeal-shockwave-therapy');
    expect(decideOne({ request: { treatment: 'shockwave therapy', bodyPart: 'ankle' } }).guideline?.id).toBe('odg-ankle-foot-extracorporeal-shockwave-therapy');
    expect(decideOne({ request: { treatment: 'shockwave therapy', bodyPart: 'knee' } }).outcome).toBe('no_guideline');
  });

  it('plain ice or heat packs keep no topic; a cold therapy unit or a named device gets the cryotherapy topic', () => {
    expect(decideOne({ request: { treatment: 'heat/cold therapy', text: 'ice packs to the knee' } }).outcome).toBe('no_guideline');
    expect(decideOne({ request: { treatment: 'heat/cold therapy', text: 'heating pad' } }).outcome).toBe('no_guideline');
    for (const text of ['cold therapy unit', 'Game Ready cold compression unit', 'Polar Care cryotherapy device', 'continuous-flow cryotherapy']) {
      expect(decideOne({ request: { treatment: 'durable medical equipment', text } }).guideline?.id).toBe('odg-continuous-flow-cryotherapy');
    }
  });

  it('durable medical equipment is routed by the device named: a walker has the walking-aid topic, a shower chair none', () => {
    expect(decideOne({ request: { treatment: 'durable medical equipment', text: 'bone stimulator, right ankle' } }).guideline?.id).toBe('odg-bone-growth-stimulators');
    expect(decideOne({ request: { treatment: 'other', text: 'Home H-wave device' } }).guideline?.id).toBe('mtus-chronic-pain-h-wave-stimulation');
    expect(decideOne({ request: { treatment: 'durable medical equipment', text: 'front-wheeled walker' } }).guideline?.id).toBe('odg-walking-aids');
    expect(decideOne({ request: { treatment: 'durable medical equipment', text: 'shower chair' } }).outcome).toBe('no_guideline');
  });

  it('a history of substance abuse (a past diagnosis, in remission) is a selection criterion for an interferential trial', () => {
    const spec: FactsSpec = {
      request: { treatment: 'interferential stimulator', text: 'interferential stimulator, one-month home trial' },
      priors: [{ treatment: 'physical therapy', response: 'partial_relief' }],
      diagnoses: [{ concept: 'lumbar radiculopathy' }, { concept: 'alcohol dependence, in remission', assertion: 'historical' }],
    };
    expect(decideOne(spec).criteria.find((c) => c.id === 'selection-criteria')?.status).toBe('met');
    expect(decideOne({ ...spec, diagnoses: [{ concept: 'lumbar radiculopathy' }] }).criteria.find((c) => c.id === 'selection-criteria')?.status).toBe('not_met');
  });

  it('an FCE is premature while a bone growth stimulator that meets its own guideline is requested with it', () => {
    const spec: FactsSpec = {
      request: { treatment: 'other', text: 'functional capacity evaluation to determine work restrictions' },
      otherRequests: [{ treatment: 'durable medical equipment', text: 'low-intensity pulsed ultrasound bone growth stimulator for the right tibia' }],
      diagnoses: [{ concept: 'nonunion of fracture of shaft of right tibia' }],
    };
    const fce = decideOne(spec);
    expect(fce.outcome).toBe('criteria_not_met');
    expect(fce.criteria.find((c) => c.id === 'no-curative-care-pending')?.status).toBe('not_met');
    // without the stimulator the criterion holds
    expect(decideOne({ request: spec.request }).criteria.find((c) => c.id === 'no-curative-care-pending')?.status).toBe('met');
  });

  it('an FCE request named by its abbreviation or in full gets the FCE topic, not the physical therapy one', () => {
    expect(decideOne({ request: { treatment: 'physical therapy', text: 'FCE with physical therapist' } }).guideline?.id).toBe('odg-functional-capacity-evaluation');
    expect(decideOne({ request: { treatment: 'other', text: 'Functional Capacity Evaluation' } }).guideline?.id).toBe('odg-functional-capacity-evaluation');
    expect(decideOne({ request: { treatment: 'physical therapy', text: 'physical therapy 2x6' } }).guideline?.id).toBe('mtus-chronic-pain-physical-medicine');
  });

  it('an occipital nerve block has its own topic whatever the request is typed as; sympathetic blocks have theirs; other nerve blocks keep none', () => {
    for (const [treatment, text] of [['nerve block', 'bilateral GONB'], ['nerve block', 'left occipital nerve block, one injection'], ['steroid injection', 'greater occipital nerve injection with steroid']] as const) {
      expect(decideOne({ request: { treatment, text } }).guideline?.id).toBe('odg-head-greater-occipital-nerve-block');
    }
    for (const text of ['stellate ganglion block', 'left lumbar sympathetic block', 'repeat SGB']) {
      expect(decideOne({ request: { treatment: 'nerve block', text } }).guideline?.id).toBe('mtus-chronic-pain-sympathetic-blocks');
    }
    expect(decideOne({ request: { treatment: 'nerve block', text: 'right suprascapular nerve block' } }).outcome).toBe('no_guideline');
    expect(decideOne({ request: { treatment: 'trigger point injection', text: 'trigger point injections to the trapezius' } }).guideline?.id).toBe('mtus-chronic-pain-trigger-point-injections');
  });

  it('hernia repair has its own topic; a disc herniation in a spine surgery request does not route there', () => {
    for (const text of ['right laparoscopic inguinal herniorrhaphy with mesh', 'open inguinal hernia repair', 'hernioplasty']) {
      expect(decideOne({ request: { treatment: 'surgery', text } }).guideline?.id).toBe('odg-hernia-inguinal-hernia-repair');
    }
    for (const text of ['L5-S1 microdiscectomy for a disc herniation', 'surgery for the disc hernia at C5-6']) {
      expect(decideOne({ request: { treatment: 'surgery', text } }).guideline?.id).not.toBe('odg-hernia-inguinal-hernia-repair');
    }
  });

  it('wrist arthroscopy and TFCC surgery have their own topic; knee arthroscopy and carpal tunnel release keep theirs', () => {
    for (const text of ['arthroscopy of the left wrist with debridement', 'TFCC repair', 'open repair of the triangular fibrocartilage']) {
      expect(decideOne({ request: { treatment: 'surgery', text, bodyPart: 'wrist' } }).guideline?.id).toBe('mtus-acoem-wrist-arthroscopy-tfcc');
    }
    expect(decideOne({ request: { treatment: 'surgery', text: 'right knee arthroscopy', bodyPart: 'knee' } }).guideline?.id).toBe('mtus-acoem-knee-arthroscopy');
    expect(decideOne({ request: { treatment: 'surgery', text: 'endoscopic carpal tunnel release', bodyPart: 'wrist' } }).guideline?.id).toBe('mtus-acoem-carpal-tunnel-release');
  });

  it('an oral appliance for the jaw gets the TMJ splint topic; a wrist splint keeps the hand and wrist topic', () => {
    for (const [treatment, text] of [['orthotic/brace', 'maxillary occlusal appliance'], ['durable medical equipment', 'custom night guard'], ['other', 'TMJ orthotic']] as const) {
      expect(decideOne({ request: { treatment, text } }).guideline?.id).toBe('odg-head-temporomandibular-occlusal-splint');
    }
    expect(decideOne({ request: { treatment: 'orthotic/brace', text: 'thumb spica splint', bodyPart: 'wrist' } }).guideline?.id).toBe('mtus-acoem-hand-wrist-splinting');
  });

  it('epicondyle and hip labral surgery have their own topics; a shoulder labral repair keeps the shoulder topic', () => {
    expect(decideOne({ request: { treatment: 'surgery', text: 'medial epicondylectomy and flexor-pronator origin repair', bodyPart: 'elbow' } }).guideline?.id).toBe('mtus-acoem-elbow-epicondylalgia-surgery');
    expect(decideOne({ request: { treatment: 'surgery', text: 'arthroscopy of the right hip with labral repair', bodyPart: 'hip' } }).guideline?.id).toBe('odg-hip-arthroscopy-femoroacetabular-impingement');
    expect(decideOne({ request: { treatment: 'surgery', text: 'femoroacetabular osteoplasty', bodyPart: null } }).guideline?.id).toBe('odg-hip-arthroscopy-femoroacetabular-impingement');
    expect(decideOne({ request: { treatment: 'surgery', text: 'arthroscopic SLAP labral repair', bodyPart: 'shoulder' } }).guideline?.id).toBe('mtus-acoem-shoulder-surgery');
    expect(decideOne({ request: { treatment: 'surgery', text: 'ulnar nerve transposition at the elbow', bodyPart: 'elbow' } }).outcome).toBe('no_guideline');
  });
});

describe('limits and alternative indications', () => {
  it('H-wave purchase needs a documented trial with functional benefit', () => {
    const spec = (priors: FactsSpec['priors']): FactsSpec => ({
      request: { treatment: 'durable medical equipment', text: 'purchase of H-wave unit' },
      diagnoses: [{ concept: 'myofascial pain, lumbar' }],
      priors,
    });
    const base = [{ treatment: 'physical therapy', response: 'partial_relief' }, { treatment: 'NSAID', response: 'partial_relief' }, { treatment: 'TENS unit', response: 'no_relief' }] as const;
    const without = decideOne(spec([...base]));
    expect(status(without, 'trial-benefit-before-purchase')).toBe('not_met');
    expect(without.criteria.find((c) => c.id === 'one-month-trial')).toBeUndefined();
    const withTrial = decideOne(spec([...base, { treatment: 'durable medical equipment', procedure: 'H-wave home trial', functionalImprovement: true, response: 'significant_relief' }]));
    expect(status(withTrial, 'trial-benefit-before-purchase')).toBe('met');
    expect(withTrial.outcome).toBe('criteria_met');
  });

  it('an H-wave rental longer than a month is past the trial the guideline allows', () => {
    const d = decideOne({
      request: { treatment: 'durable medical equipment', text: 'H-wave unit rental x 3 months', quantity: '3 months' },
      diagnoses: [{ concept: 'myofascial pain' }],
      priors: [{ treatment: 'physical therapy', response: 'partial_relief' }, { treatment: 'NSAID', response: 'partial_relief' }, { treatment: 'TENS unit', response: 'no_relief' }],
    });
    expect(status(d, 'one-month-trial')).toBe('not_met');
  });

  it('shoulder shockwave therapy is limited to three sessions and needs three failed conservative treatments', () => {
    const d = decideOne({
      request: { treatment: 'shockwave therapy', bodyPart: 'shoulder', quantity: '6 sessions' },
      diagnoses: [{ concept: 'calcifying tendinitis of the shoulder' }],
      priors: [{ treatment: 'physical therapy', response: 'partial_relief' }],
    });
    expect(status(d, 'session-limit')).toBe('not_met');
    expect(status(d, 'three-conservative-treatments')).toBe('not_met');
    expect(d.outcome).toBe('criteria_not_met');
  });

  it('a bone growth stimulator after a spinal fusion needs a risk factor for a failed fusion', () => {
    const request = { treatment: 'durable medical equipment', text: 'bone growth stimulator after L4-5 and L5-S1 two-level fusion' } as const;
    expect(decideOne({ request, diagnoses: [{ concept: 'lumbar degenerative disc disease' }] }).criteria.find((c) => c.id === 'recognised-indication')?.status).toBe('met');
    const oneLevel = { treatment: 'durable medical equipment', text: 'bone growth stimulator after L5-S1 fusion' } as const;
    expect(status(decideOne({ request: oneLevel, diagnoses: [{ concept: 'lumbar degenerative disc disease' }] }), 'recognised-indication')).toBe('not_met');
    expect(status(decideOne({ request: oneLevel, diagnoses: [{ concept: 'lumbar degenerative disc disease' }, { concept: 'type 2 diabetes mellitus' }] }), 'recognised-indication')).toBe('met');
  });

  it('a fresh fracture qualifies only with a healing risk factor; a nonunion only after three months', () => {
    const request = { treatment: 'durable medical equipment', text: 'Exogen ultrasound bone healing system' } as const;
    expect(status(decideOne({ request, diagnoses: [{ concept: 'fracture of right tibia' }, { concept: 'nicotine dependence, cigarettes' }] }), 'recognised-indication')).toBe('met');
    const early = decideOne({ request, diagnoses: [{ concept: 'nonunion of right tibia fracture' }], injuryDate: '2013-11-15' });
    expect(status(early, 'nonunion-three-months')).toBe('not_met');
    expect(early.outcome).toBe('criteria_not_met');
  });

  it('cryotherapy beyond seven days or as a purchase is outside the post-operative use the ODG supports', () => {
    const other = [{ treatment: 'surgery', procedure: 'knee arthroscopy', text: 'left knee arthroscopy', bodyPart: 'knee' }] as const;
    expect(status(decideOne({ request: { treatment: 'heat/cold therapy', text: 'cold therapy unit 30 day rental', quantity: '30 day' }, otherRequests: [...other] }), 'seven-day-limit')).toBe('not_met');
    expect(status(decideOne({ request: { treatment: 'durable medical equipment', text: 'purchase of Game Ready unit' }, otherRequests: [...other] }), 'seven-day-limit')).toBe('not_met');
    expect(status(decideOne({ request: { treatment: 'heat/cold therapy', text: 'post-op cold therapy unit x 7 days', quantity: 'x 7 days' } }), 'postoperative-use')).toBe('met');
  });

  it('work hardening: a concurrent surgery request, an undocumented job goal or a program past four weeks fail', () => {
    const base: FactsSpec = { request: { treatment: 'work hardening', text: 'work hardening to return to his job as a mechanic', quantity: '6 weeks' }, priors: [{ treatment: 'physical therapy', response: 'partial_relief' }] };
    expect(status(decideOne(base), 'four-week-program')).toBe('not_met');
    expect(status(decideOne({ ...base, request: { ...base.request, quantity: '4 weeks' }, otherRequests: [{ treatment: 'surgery', procedure: 'lumbar fusion', text: 'L4-5 fusion' }] }), 'not-a-surgical-candidate')).toBe('not_met');
    const noGoal = decideOne({ ...base, request: { treatment: 'work hardening', text: 'work hardening x 10', quantity: 'x 10' } });
    expect(status(noGoal, 'job-goal-beyond-current-ability')).toBe('not_met');
    expect(noGoal.criteria.find((c) => c.id === 'job-goal-beyond-current-ability')?.detail).toContain(CONVERTED);
    expect(status(decideOne({ ...base, priors: [] }), 'therapy-plateau')).toBe('not_met');
  });

  it('a consultation for psychosocial factors is supported whatever the physical diagnosis', () => {
    const d = decideOne({ request: { treatment: 'consultation', text: 'psychological consultation' }, diagnoses: [{ concept: 'lumbar sprain' }, { concept: 'major depressive disorder' }] });
    expect(d.outcome).toBe('criteria_met');
  });

  it('a thoracic epidural injection takes its radicular sign from a dermatomal sensory band on the trunk', () => {
    const d = decideOne({
      request: { treatment: 'epidural steroid injection', text: 'right T9-10 interlaminar epidural steroid injection', bodyPart: 'thoracic spine' },
      mentions: [{ assertion: 'present', region: 'thoracic' }],
      exams: [{ finding: 'sensation', bodyPart: 'thoracic spine', qualifier: 'right T9 dermatome, light touch', value: 'decreased' }],
    });
    expect(status(d, 'exam-radicular-signs-upper')).toBe('met');
  });

  it('arthritis of the thumb basal joint is a condition the hand and wrist corticosteroid injection treats', () => {
    const d = decideOne({
      request: { treatment: 'steroid injection', text: 'left thumb CMC joint steroid injection', bodyPart: 'hand' },
      diagnoses: [{ concept: 'primary osteoarthritis of first carpometacarpal joint' }],
      priors: [{ treatment: 'orthotic/brace', bodyPart: 'hand', response: 'partial_relief' }],
    });
    expect(d.guideline?.id).toBe('mtus-acoem-hand-wrist-corticosteroid-injections');
    expect(status(d, 'injectable-diagnosis')).toBe('met');
  });

  it('a fracture nonunion may be shown by imaging when the diagnoses name only the fracture', () => {
    const d = decideOne({
      request: { treatment: 'durable medical equipment', text: 'bone growth stimulator, left clavicle' },
      diagnoses: [{ concept: 'fracture of shaft of left clavicle' }],
      studies: [{ date: '2013-11-20', sentence: 'A CT scan on {date} shows no bridging bone across the clavicle fracture' }],
    });
    expect(status(d, 'recognised-indication')).toBe('met');
  });
});
