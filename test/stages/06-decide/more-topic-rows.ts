/**
 * Fixtures for the topics added after the first set (H-wave, shockwave therapy, bone growth
 * stimulators, FCE, consultation, continuous-flow cryotherapy, work hardening, greater occipital
 * nerve blocks, wrist arthroscopy for TFCC tears, occlusal splints for TMJ disorders, surgery for
 * epicondylalgia, hip arthroscopy for femoroacetabular impingement, sympathetic blocks for CRPS,
 * ankle and foot shockwave therapy, inguinal and abdominal wall hernia repair, barbiturate-containing analgesics, knee replacement, CPM after a knee
 * operation, MRI and steroid injections of the hip, walking aids, manipulation or capsular release for
 * a frozen shoulder, static progressive stretch splints, preoperative ECGs, removal of fracture-fixation
 * hardware, CPM of the shoulder): a case that meets
 * the criteria, one that fails a required criterion, and one with a needed fact missing, each with
 * the criterion statuses it must produce. `topics.test.ts` counts these rows in its per-topic
 * completeness check; `more-topics.test.ts` checks the statuses.
 */
import type { CriterionStatus, Outcome } from '../../../src/types/vocab.js';
import type { FactsSpec } from './build-facts.js';

export type Kind = 'met' | 'not_met' | 'unknown';
export interface TopicRow {
  topic: string;
  kind: Kind;
  spec: FactsSpec;
  outcome: Outcome;
  /** Criterion id → expected status; criteria left out are not checked. */
  statuses: Record<string, CriterionStatus>;
}

/** Topics whose guideline recommends the treatment in no case: they have no `met` row. */
export const NOT_RECOMMENDED_TOPICS: ReadonlySet<string> = new Set(['mtus-acoem-elbow-extracorporeal-shockwave-therapy']);

const PT = { treatment: 'physical therapy', response: 'partial_relief' } as const;
const HEP = { treatment: 'home exercise program', response: 'unknown' } as const;
const NSAID = { treatment: 'NSAID', drug: 'naproxen', response: 'partial_relief' } as const;

const hwave: FactsSpec = {
  request: { treatment: 'durable medical equipment', text: 'H-wave unit, 30 day home trial', quantity: '30 day' },
  diagnoses: [{ concept: 'myofascial pain, lumbar' }],
  priors: [PT, HEP, NSAID, { treatment: 'TENS unit', response: 'no_relief' }],
};
const eswtShoulder: FactsSpec = {
  request: { treatment: 'shockwave therapy', bodyPart: 'shoulder', text: 'ESWT right shoulder x 3 sessions', quantity: '3 sessions' },
  diagnoses: [{ concept: 'calcific tendinitis of right shoulder' }],
  priors: [PT, NSAID, { treatment: 'steroid injection', bodyPart: 'shoulder', response: 'temporary_relief' }],
  visitDate: '2014-01-01',
};
const eswtElbow: FactsSpec = {
  request: { treatment: 'shockwave therapy', bodyPart: 'elbow', text: 'extracorporeal shockwave therapy, left elbow' },
  diagnoses: [{ concept: 'lateral epicondylitis, left elbow' }],
  priors: [PT, NSAID],
};
const bgs: FactsSpec = {
  request: { treatment: 'durable medical equipment', text: 'Exogen bone growth stimulator for the left tibia' },
  diagnoses: [{ concept: 'nonunion of fracture of shaft of left tibia' }],
  studies: [{ date: '2013-12-01', sentence: 'X-rays of {date} show a persistent nonunion of the tibial shaft' }],
};
const fce = (text: string): FactsSpec => ({ request: { treatment: 'other', text }, priors: [PT] });
const consult = (spec: Partial<FactsSpec>): FactsSpec => ({ request: { treatment: 'consultation', text: 'pain management consultation' }, ...spec });
const cryo: FactsSpec = {
  request: { treatment: 'heat/cold therapy', text: 'cold therapy unit, 7 day rental', quantity: '7 day', bodyPart: 'shoulder' },
  otherRequests: [{ treatment: 'surgery', procedure: 'shoulder arthroscopy', text: 'right shoulder arthroscopic subacromial decompression', bodyPart: 'shoulder' }],
};
const wh: FactsSpec = {
  request: { treatment: 'work hardening', text: 'work hardening 10 sessions to return to usual and customary job as a warehouse loader', quantity: '10 sessions' },
  priors: [PT],
};

const gonb: FactsSpec = {
  request: { treatment: 'nerve block', text: 'right greater occipital nerve block with ultrasound guidance' },
  diagnoses: [{ concept: 'occipital neuralgia' }],
  priors: [PT, NSAID],
};
const sympatheticBlock: FactsSpec = {
  request: { treatment: 'nerve block', text: 'left stellate ganglion block', bodyPart: 'wrist' },
  diagnoses: [{ concept: 'complex regional pain syndrome I of upper limb' }],
  priors: [{ treatment: 'occupational therapy', response: 'partial_relief' }, { treatment: 'anticonvulsant', drug: 'gabapentin', response: 'partial_relief' }],
};
const eswtFoot: FactsSpec = {
  request: { treatment: 'shockwave therapy', bodyPart: 'foot', text: 'ESWT left heel x 3 sessions', quantity: '3 sessions' },
  diagnoses: [{ concept: 'plantar fascial fibromatosis' }],
  priors: [PT, NSAID, { treatment: 'orthotic/brace', response: 'no_relief' }],
  visitDate: '2014-01-01',
};
/** Psychotherapy for a diagnosed mental disorder (the ODG topic chosen by the diagnosis). */
const psychotherapyPtsd = {
  request: { treatment: 'cognitive behavioral therapy' as const, quantity: '6 sessions', quantityValue: 6 },
  diagnoses: [{ concept: 'post-traumatic stress disorder, chronic' }],
};
const herniaRepair: FactsSpec = {
  request: { treatment: 'surgery', procedure: 'hernia repair', text: 'right laparoscopic inguinal herniorrhaphy with mesh', bodyPart: 'groin' },
  diagnoses: [{ concept: 'unilateral inguinal hernia' }],
  painScores: 1,
};
const umbilicalRepair: FactsSpec = {
  request: { treatment: 'surgery', procedure: 'hernia repair', text: 'open umbilical hernia repair with mesh', bodyPart: 'abdomen' },
  diagnoses: [{ concept: 'umbilical hernia without obstruction or gangrene' }],
  painScores: 1,
};
const butalbital: FactsSpec = {
  request: { treatment: 'medication (other)', drug: 'butalbital/acetaminophen/caffeine', text: 'Fioricet 50/325/40 mg #30' },
  injuryDate: '2013-12-01',
};
const opioidTaper: FactsSpec = {
  request: { treatment: 'opioid analgesic', drug: 'hydrocodone/acetaminophen', text: 'hydrocodone/APAP 10/325 mg #45', quantity: '#45', weaning: true },
  priors: [{ treatment: 'opioid analgesic', drug: 'hydrocodone/acetaminophen', response: 'no_relief' }],
};
const sleepStudy: FactsSpec = {
  request: { treatment: 'other', text: 'Polysomnography (sleep study)' },
  priors: [{ treatment: 'sleep aid', drug: 'zolpidem', response: 'no_relief' }],
  diagnoses: [{ concept: 'insomnia due to medical condition' }],
};
const repeatMri: FactsSpec = {
  request: { treatment: 'MRI', text: 'Repeat MRI of the lumbar spine', bodyPart: 'lumbar spine' },
  diagnoses: [{ concept: 'lumbar radiculopathy' }, { concept: 'recurrent disc herniation L4-5' }],
};
const hospitalStay = (days: number): FactsSpec => ({
  request: { treatment: 'other', text: `${days}-day inpatient hospital stay`, quantity: `${days} days` },
  otherRequests: [{ treatment: 'surgery', procedure: 'hernia repair', text: 'right laparoscopic inguinal herniorrhaphy with mesh', bodyPart: 'groin' }],
  diagnoses: [{ concept: 'unilateral inguinal hernia' }],
  painScores: 1,
});
const tfcc: FactsSpec = {
  request: { treatment: 'surgery', procedure: 'arthroscopy', text: 'arthroscopic TFCC repair, right wrist', bodyPart: 'wrist' },
  diagnoses: [{ concept: 'tear of triangular fibrocartilage complex' }],
  exams: [{ finding: 'special_test', bodyPart: 'wrist', qualifier: 'ulnar fovea sign', value: 'positive' }],
  priors: [{ treatment: 'orthotic/brace', bodyPart: 'wrist', response: 'no_relief' }, NSAID],
  studies: [{ date: '2013-10-01', sentence: 'A right wrist MRI on {date} demonstrated a peripheral tear of the TFCC' }],
};
const occlusal: FactsSpec = {
  request: { treatment: 'orthotic/brace', text: 'lower stabilization bite splint for night wear' },
  diagnoses: [{ concept: 'temporomandibular joint disorder' }],
  exams: [{ finding: 'tenderness', bodyPart: 'face', qualifier: 'masseter', value: 'positive' }],
  priors: [NSAID],
};
const epicondyle: FactsSpec = {
  request: { treatment: 'surgery', procedure: 'debridement', text: 'left lateral epicondyle debridement with extensor origin repair', bodyPart: 'elbow' },
  diagnoses: [{ concept: 'lateral epicondylitis' }],
  exams: [{ finding: 'tenderness', bodyPart: 'elbow', qualifier: 'lateral epicondyle', value: 'positive' }],
  priors: [{ treatment: 'orthotic/brace', response: 'no_relief' }, PT, NSAID],
  injuryDate: '2012-09-01',
};
const hipScope: FactsSpec = {
  request: { treatment: 'surgery', procedure: 'arthroscopy', text: 'left hip arthroscopy, acetabular labral debridement and cam osteochondroplasty', bodyPart: 'hip' },
  diagnoses: [{ concept: 'tear of labrum of hip' }],
  exams: [{ finding: 'special_test', bodyPart: 'hip', qualifier: 'FADIR', value: 'positive' }],
  priors: [PT],
  studies: [{ date: '2013-11-05', sentence: 'An MR arthrogram of the left hip dated {date} shows a torn labrum anteriorly and a cam lesion' }],
};

const mua: FactsSpec = {
  request: { treatment: 'surgery', procedure: 'manipulation under anesthesia', bodyPart: 'shoulder', text: 'left shoulder manipulation under anesthesia with arthroscopic capsular release' },
  diagnoses: [{ concept: 'adhesive capsulitis of left shoulder' }],
  priors: [{ treatment: 'physical therapy', response: 'no_relief' }, { treatment: 'steroid injection', bodyPart: 'shoulder', response: 'temporary_relief' }],
  exams: [{ finding: 'range_of_motion', bodyPart: 'shoulder', qualifier: 'abduction', value: '80' }],
  injuryDate: '2016-05-09',
  visitDate: '2017-03-01',
};
const sps: FactsSpec = {
  request: { treatment: 'orthotic/brace', bodyPart: 'elbow', text: 'static progressive stretch elbow splint, 8-week rental', quantity: '8-week' },
  diagnoses: [{ concept: 'strain of distal biceps' }],
  exams: [{ finding: 'range_of_motion', bodyPart: 'elbow', qualifier: 'extension', value: '-35' }],
};
const ecg: FactsSpec = {
  request: { treatment: 'other', text: 'Pre-operative electrocardiogram' },
  otherRequests: [{ treatment: 'surgery', procedure: 'lumbar fusion', text: 'L4-5 posterior lumbar interbody fusion', bodyPart: 'lumbar spine' }],
  diagnoses: [{ concept: 'type 2 diabetes mellitus without complications' }],
};
const walker: FactsSpec = {
  request: { treatment: 'durable medical equipment', text: 'Four-wheeled walker with seat' },
  diagnoses: [{ concept: 'spinal stenosis, lumbar region with neurogenic claudication' }],
};
const hipMri: FactsSpec = {
  request: { treatment: 'MRI', bodyPart: 'hip', text: 'MR arthrogram of the right hip' },
  diagnoses: [{ concept: 'femoroacetabular impingement of right hip' }],
  exams: [{ finding: 'special_test', bodyPart: 'hip', qualifier: 'FADIR', value: 'positive' }],
  priors: [PT, NSAID],
  studies: [{ date: '2013-03-01', sentence: 'X-rays of the right hip dated {date} show a cam deformity with preserved joint space' }],
};
const hipInjection: FactsSpec = {
  request: { treatment: 'steroid injection', bodyPart: 'hip', text: 'right greater trochanteric bursa corticosteroid injection' },
  diagnoses: [{ concept: 'trochanteric bursitis of right hip' }],
  priors: [PT],
};

const kneeReplacement: FactsSpec = {
  request: { treatment: 'surgery', procedure: 'total knee arthroplasty', bodyPart: 'knee', side: 'left', text: 'Left total knee arthroplasty' },
  diagnoses: [{ concept: 'post-traumatic osteoarthritis of knee' }],
  priors: [{ treatment: 'physical therapy', response: 'no_relief' }, { treatment: 'steroid injection', bodyPart: 'knee', response: 'temporary_relief' }],
  age: 58,
};
const kneeCpm = { treatment: 'durable medical equipment', bodyPart: 'knee', text: 'Continuous passive motion (CPM) device, 14 days' } as const;

const shoulderCpm: FactsSpec = {
  request: { treatment: 'durable medical equipment', text: 'Shoulder continuous passive motion device for home use x 21 days', bodyPart: 'shoulder', quantityValue: 21 },
  diagnoses: [{ concept: 'adhesive capsulitis of left shoulder' }],
};

const hardwareRemoval: FactsSpec = {
  request: { treatment: 'surgery', procedure: 'hardware removal', text: 'Removal of hardware, right ankle', bodyPart: 'ankle' },
  studies: [{ date: '2015-07-27', sentence: 'X-rays of {date} showed healed fibular fractures and a broken syndesmotic screw' }],
};

const triggerRelease: FactsSpec = {
  request: { treatment: 'surgery', procedure: 'trigger finger release', text: 'Left middle finger trigger finger release (A1 pulley release)', bodyPart: 'finger' },
  diagnoses: [{ concept: 'trigger finger, left middle finger' }],
  priors: [{ treatment: 'steroid injection', bodyPart: 'finger', response: 'temporary_relief' }],
};

export const MORE_ROWS: TopicRow[] = [
  {
    topic: 'mtus-chronic-pain-h-wave-stimulation', kind: 'met', spec: hwave, outcome: 'criteria_met',
    statuses: { 'neuropathic-or-soft-tissue-indication': 'met', 'therapy-and-medications-failed': 'met', 'tens-failed': 'met', 'adjunct-to-functional-restoration': 'met', 'one-month-trial': 'met' },
  },
  {
    topic: 'mtus-chronic-pain-h-wave-stimulation', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...hwave, priors: [PT, HEP, NSAID, { treatment: 'TENS unit', response: 'significant_relief' }] },
    statuses: { 'tens-failed': 'not_met', 'therapy-and-medications-failed': 'met' },
  },
  {
    topic: 'mtus-chronic-pain-h-wave-stimulation', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...hwave, diagnoses: [] },
    statuses: { 'neuropathic-or-soft-tissue-indication': 'unknown', 'tens-failed': 'met' },
  },

  {
    topic: 'odg-shoulder-extracorporeal-shockwave-therapy', kind: 'met', spec: eswtShoulder, outcome: 'criteria_met',
    statuses: { 'calcifying-tendinitis': 'met', 'six-months-of-standard-care': 'met', 'three-conservative-treatments': 'met', 'session-limit': 'met' },
  },
  {
    topic: 'odg-shoulder-extracorporeal-shockwave-therapy', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...eswtShoulder, diagnoses: [{ concept: 'rotator cuff tendinitis, right shoulder' }, { concept: 'impingement syndrome of right shoulder' }] },
    statuses: { 'calcifying-tendinitis': 'not_met', 'three-conservative-treatments': 'met' },
  },
  {
    topic: 'odg-shoulder-extracorporeal-shockwave-therapy', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...eswtShoulder, injuryDate: null },
    statuses: { 'calcifying-tendinitis': 'met', 'six-months-of-standard-care': 'unknown' },
  },

  {
    topic: 'mtus-acoem-elbow-extracorporeal-shockwave-therapy', kind: 'not_met', spec: eswtElbow, outcome: 'criteria_not_met',
    statuses: { 'not-recommended-at-elbow': 'not_met', 'epicondylalgia-documented': 'met' },
  },
  {
    topic: 'mtus-acoem-elbow-extracorporeal-shockwave-therapy', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { ...eswtElbow, diagnoses: [] },
    statuses: { 'not-recommended-at-elbow': 'not_met', 'epicondylalgia-documented': 'unknown' },
  },

  {
    topic: 'odg-bone-growth-stimulators', kind: 'met', spec: bgs, outcome: 'criteria_met',
    statuses: { 'recognised-indication': 'met', 'nonunion-three-months': 'met', 'serial-radiographs': 'met' },
  },
  {
    topic: 'odg-bone-growth-stimulators', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...bgs, diagnoses: [{ concept: 'closed fracture of left distal radius' }], studies: [{ date: '2013-12-01', sentence: 'Wrist films of {date} show the fracture healing in good alignment' }] },
    statuses: { 'recognised-indication': 'not_met' },
  },
  {
    topic: 'odg-bone-growth-stimulators', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { ...bgs, diagnoses: [], studies: [] },
    statuses: { 'recognised-indication': 'not_met', 'serial-radiographs': 'unknown' },
  },

  {
    topic: 'odg-functional-capacity-evaluation', kind: 'met', outcome: 'criteria_met',
    spec: fce('Functional capacity evaluation to set permanent work restrictions now that she is at MMI'),
    statuses: { 'complex-return-to-work-question': 'met', 'near-maximal-improvement': 'met', 'not-routine-or-effort-only': 'met' },
  },
  {
    topic: 'odg-functional-capacity-evaluation', kind: 'not_met', outcome: 'criteria_not_met',
    spec: fce('FCE as a routine screening test'),
    statuses: { 'not-routine-or-effort-only': 'not_met', 'near-maximal-improvement': 'unknown' },
  },
  {
    topic: 'odg-functional-capacity-evaluation', kind: 'unknown', outcome: 'insufficient_information',
    spec: fce('Functional capacity evaluation'),
    statuses: { 'complex-return-to-work-question': 'unknown', 'near-maximal-improvement': 'unknown', 'not-routine-or-effort-only': 'met' },
  },

  {
    topic: 'mtus-acoem-consultation-referral', kind: 'met', outcome: 'criteria_met',
    spec: consult({ diagnoses: [{ concept: 'L5-S1 disc herniation' }] }),
    statuses: { 'reason-for-referral': 'met' },
  },
  {
    topic: 'mtus-acoem-consultation-referral', kind: 'not_met', outcome: 'criteria_not_met',
    spec: consult({ diagnoses: [{ concept: 'lumbar sprain/strain' }], priors: [{ treatment: 'physical therapy', response: 'significant_relief' }] }),
    statuses: { 'reason-for-referral': 'not_met' },
  },
  {
    topic: 'mtus-acoem-consultation-referral', kind: 'unknown', outcome: 'insufficient_information',
    spec: consult({}),
    statuses: { 'reason-for-referral': 'unknown' },
  },

  {
    topic: 'odg-continuous-flow-cryotherapy', kind: 'met', spec: cryo, outcome: 'criteria_met',
    statuses: { 'postoperative-use': 'met', 'seven-day-limit': 'met' },
  },
  {
    topic: 'odg-continuous-flow-cryotherapy', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { request: { treatment: 'heat/cold therapy', text: 'cold therapy unit for home use', bodyPart: 'knee' }, priors: [PT] },
    statuses: { 'postoperative-use': 'not_met' },
  },
  {
    topic: 'odg-continuous-flow-cryotherapy', kind: 'unknown', outcome: 'insufficient_information',
    spec: { request: { treatment: 'heat/cold therapy', text: 'cold therapy unit', bodyPart: 'knee' }, priors: [{ treatment: 'surgery', procedure: 'knee arthroscopy', bodyPart: 'knee', response: 'unknown' }] },
    statuses: { 'postoperative-use': 'unknown', 'seven-day-limit': 'met' },
  },

  {
    topic: 'mtus-chronic-pain-work-conditioning-work-hardening', kind: 'met', spec: wh, outcome: 'criteria_met',
    statuses: { 'job-goal-beyond-current-ability': 'met', 'therapy-plateau': 'met', 'not-a-surgical-candidate': 'met', 'within-two-years-of-injury': 'met', 'four-week-program': 'met', 'no-repeat-program': 'met' },
  },
  {
    topic: 'mtus-chronic-pain-work-conditioning-work-hardening', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...wh, injuryDate: '2010-06-01', priors: [PT, { treatment: 'work hardening', response: 'partial_relief' }] },
    statuses: { 'within-two-years-of-injury': 'not_met', 'no-repeat-program': 'not_met', 'therapy-plateau': 'met' },
  },
  {
    topic: 'mtus-chronic-pain-work-conditioning-work-hardening', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...wh, injuryDate: null },
    statuses: { 'within-two-years-of-injury': 'unknown', 'job-goal-beyond-current-ability': 'met' },
  },

  {
    topic: 'odg-head-greater-occipital-nerve-block', kind: 'met', spec: gonb, outcome: 'criteria_met',
    statuses: { 'occipital-neuralgia': 'met', 'conservative-care-tried': 'met' },
  },
  {
    topic: 'odg-head-greater-occipital-nerve-block', kind: 'not_met', outcome: 'criteria_not_met',
    spec: {
      ...gonb,
      diagnoses: [{ concept: 'migraine without aura' }],
      exams: [{ finding: 'tenderness', bodyPart: 'cervical spine', qualifier: 'right greater occipital nerve', value: 'negative' }],
      priors: [PT, NSAID, { treatment: 'nerve block', reliefPercent: 30, functionalImprovement: false, response: 'partial_relief' }],
    },
    statuses: { 'occipital-neuralgia': 'not_met', 'repeat-block-response': 'not_met', 'conservative-care-tried': 'met' },
  },
  {
    topic: 'odg-head-greater-occipital-nerve-block', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { ...gonb, priors: [PT, NSAID, { treatment: 'nerve block', response: 'unknown' }] },
    statuses: { 'occipital-neuralgia': 'met', 'repeat-block-response': 'not_met' },
  },

  {
    topic: 'mtus-acoem-wrist-arthroscopy-tfcc', kind: 'met', spec: tfcc, outcome: 'criteria_met',
    statuses: { 'wrist-lesion-diagnosed': 'met', 'clinical-signs': 'met', 'imaging-confirms-tear': 'met', 'conservative-care-failed': 'met' },
  },
  {
    topic: 'mtus-acoem-wrist-arthroscopy-tfcc', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...tfcc, studies: [{ date: '2013-10-01', sentence: 'Wrist MRI dated {date} showed the triangular fibrocartilage without a tear' }] },
    statuses: { 'imaging-confirms-tear': 'not_met', 'clinical-signs': 'met' },
  },
  {
    topic: 'mtus-acoem-wrist-arthroscopy-tfcc', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { ...tfcc, exams: [] },
    statuses: { 'clinical-signs': 'not_met', 'imaging-confirms-tear': 'met' },
  },

  {
    topic: 'odg-head-temporomandibular-occlusal-splint', kind: 'met', spec: occlusal, outcome: 'criteria_met',
    statuses: { 'temporomandibular-disorder': 'met', 'jaw-signs': 'met', 'self-care-tried': 'met', 'reversible-appliance': 'met' },
  },
  {
    topic: 'odg-head-temporomandibular-occlusal-splint', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...occlusal, request: { treatment: 'orthotic/brace', text: 'occlusal equilibration with a repositioning splint' } },
    statuses: { 'reversible-appliance': 'not_met', 'temporomandibular-disorder': 'met' },
  },
  {
    topic: 'odg-head-temporomandibular-occlusal-splint', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...occlusal, priors: [] },
    statuses: { 'self-care-tried': 'unknown', 'temporomandibular-disorder': 'met' },
  },

  {
    topic: 'mtus-acoem-elbow-epicondylalgia-surgery', kind: 'met', spec: epicondyle, outcome: 'criteria_met',
    statuses: { 'epicondylalgia-diagnosed': 'met', 'six-months-of-symptoms': 'met', 'three-conservative-treatments': 'met', 'localised-findings': 'met' },
  },
  {
    topic: 'mtus-acoem-elbow-epicondylalgia-surgery', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...epicondyle, injuryDate: '2013-10-01' },
    statuses: { 'six-months-of-symptoms': 'not_met', 'three-conservative-treatments': 'met' },
  },
  {
    topic: 'mtus-acoem-elbow-epicondylalgia-surgery', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...epicondyle, injuryDate: null },
    statuses: { 'six-months-of-symptoms': 'unknown', 'localised-findings': 'met' },
  },

  {
    topic: 'odg-hip-arthroscopy-femoroacetabular-impingement', kind: 'met', spec: hipScope, outcome: 'criteria_met',
    statuses: { 'impingement-or-labral-tear': 'met', 'impingement-sign': 'met', 'imaging-confirms': 'met', 'no-advanced-arthritis': 'met', 'conservative-care-failed': 'met' },
  },
  {
    topic: 'odg-hip-arthroscopy-femoroacetabular-impingement', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...hipScope, diagnoses: [{ concept: 'tear of labrum of hip' }, { concept: 'primary osteoarthritis of left hip' }] },
    statuses: { 'no-advanced-arthritis': 'not_met', 'impingement-or-labral-tear': 'met' },
  },
  {
    topic: 'odg-hip-arthroscopy-femoroacetabular-impingement', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { ...hipScope, studies: [] },
    statuses: { 'imaging-confirms': 'not_met', 'impingement-sign': 'met' },
  },
  {
    topic: 'odg-hip-mri-arthrography', kind: 'met', spec: hipMri, outcome: 'criteria_met',
    statuses: { 'hip-lesion-suspected': 'met', 'conservative-care-tried': 'met', 'radiographs-first': 'met' },
  },
  {
    topic: 'odg-hip-mri-arthrography', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...hipMri, diagnoses: [{ concept: 'strain of muscle of hip' }], exams: [{ finding: 'special_test', bodyPart: 'hip', qualifier: 'FADIR', value: 'negative' }] },
    statuses: { 'hip-lesion-suspected': 'not_met', 'conservative-care-tried': 'met' },
  },
  {
    // no dated radiograph: the advisory criterion stays unknown and does not decide
    topic: 'odg-hip-mri-arthrography', kind: 'unknown', outcome: 'criteria_met',
    spec: { ...hipMri, studies: [] },
    statuses: { 'hip-lesion-suspected': 'met', 'conservative-care-tried': 'met', 'radiographs-first': 'unknown' },
  },
  {
    topic: 'odg-hip-intra-articular-steroid-injection', kind: 'met', spec: hipInjection, outcome: 'criteria_met',
    statuses: { 'supported-indication': 'met' },
  },
  {
    topic: 'odg-hip-intra-articular-steroid-injection', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...hipInjection, request: { treatment: 'steroid injection', bodyPart: 'hip', text: 'right hip intra-articular steroid injection' }, diagnoses: [{ concept: 'tear of labrum of right hip' }] },
    statuses: { 'supported-indication': 'not_met', 'image-guidance': 'not_met' },
  },
  {
    topic: 'odg-hip-intra-articular-steroid-injection', kind: 'unknown', outcome: 'criteria_not_met',
    // no diagnosis at all: the guideline makes the indication the condition, so it fails undocumented
    spec: { ...hipInjection, diagnoses: [] },
    statuses: { 'supported-indication': 'not_met' },
  },
  {
    topic: 'mtus-chronic-pain-sympathetic-blocks', kind: 'met', spec: sympatheticBlock, outcome: 'criteria_met',
    statuses: { 'sympathetically-mediated-pain': 'met', 'conservative-care-tried': 'met', 'initial-series-limit': 'met' },
  },
  {
    topic: 'mtus-chronic-pain-sympathetic-blocks', kind: 'not_met', outcome: 'criteria_not_met',
    spec: {
      ...sympatheticBlock,
      priors: [...sympatheticBlock.priors!, { treatment: 'nerve block', response: 'temporary_relief', functionalImprovement: false }],
    },
    statuses: { 'sympathetically-mediated-pain': 'met', 'repeat-block-response': 'not_met' },
  },
  {
    topic: 'mtus-chronic-pain-sympathetic-blocks', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { ...sympatheticBlock, diagnoses: [] },
    statuses: { 'sympathetically-mediated-pain': 'not_met', 'conservative-care-tried': 'met' },
  },

  {
    topic: 'odg-ankle-foot-extracorporeal-shockwave-therapy', kind: 'met', spec: eswtFoot, outcome: 'criteria_met',
    statuses: { 'chronic-plantar-fasciitis': 'met', 'six-months-of-standard-care': 'met', 'three-conservative-treatments': 'met', 'session-limit': 'met' },
  },
  {
    topic: 'odg-ankle-foot-extracorporeal-shockwave-therapy', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...eswtFoot, diagnoses: [{ concept: 'Achilles tendinitis' }, { concept: 'plantar fascial fibromatosis', assertion: 'possible' }] },
    statuses: { 'chronic-plantar-fasciitis': 'not_met', 'three-conservative-treatments': 'met' },
  },
  {
    topic: 'odg-ankle-foot-extracorporeal-shockwave-therapy', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...eswtFoot, injuryDate: null },
    statuses: { 'six-months-of-standard-care': 'unknown', 'chronic-plantar-fasciitis': 'met' },
  },

  {
    topic: 'odg-hernia-inguinal-hernia-repair', kind: 'met', spec: herniaRepair, outcome: 'criteria_met',
    statuses: { 'inguinal-hernia-diagnosed': 'met', 'symptoms-documented': 'met' },
  },
  {
    topic: 'odg-hernia-inguinal-hernia-repair', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...herniaRepair, diagnoses: [{ concept: 'strain of adductor muscle of thigh' }] },
    statuses: { 'inguinal-hernia-diagnosed': 'not_met' },
  },
  {
    topic: 'odg-hernia-inguinal-hernia-repair', kind: 'unknown', outcome: 'criteria_met',
    spec: { ...herniaRepair, painScores: 0 },
    statuses: { 'inguinal-hernia-diagnosed': 'met', 'symptoms-documented': 'unknown' },
  },

  {
    topic: 'odg-hernia-abdominal-wall-hernia-repair', kind: 'met', spec: umbilicalRepair, outcome: 'criteria_met',
    statuses: { 'abdominal-wall-hernia-diagnosed': 'met', 'symptoms-documented': 'met' },
  },
  {
    topic: 'odg-hernia-abdominal-wall-hernia-repair', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...umbilicalRepair, diagnoses: [{ concept: 'abdominal wall strain' }], studies: [{ date: '2013-11-01', sentence: 'An abdominal wall ultrasound on {date} showed no hernia' }] },
    statuses: { 'abdominal-wall-hernia-diagnosed': 'not_met' },
  },
  {
    topic: 'odg-hernia-abdominal-wall-hernia-repair', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...umbilicalRepair, painScores: 0 },
    statuses: { 'abdominal-wall-hernia-diagnosed': 'met', 'symptoms-documented': 'unknown' },
  },

  {
    topic: 'mtus-chronic-pain-barbiturate-containing-analgesics', kind: 'met', spec: butalbital, outcome: 'criteria_met',
    statuses: { 'not-for-chronic-pain': 'met' },
  },
  {
    topic: 'mtus-chronic-pain-barbiturate-containing-analgesics', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...butalbital, injuryDate: '2012-01-01' },
    statuses: { 'not-for-chronic-pain': 'not_met' },
  },
  {
    topic: 'mtus-chronic-pain-barbiturate-containing-analgesics', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...butalbital, injuryDate: null },
    statuses: { 'not-for-chronic-pain': 'unknown' },
  },

  {
    topic: 'odg-hospital-length-of-stay', kind: 'met', spec: hospitalStay(1), outcome: 'criteria_met',
    statuses: { 'operation-supported': 'met', 'within-procedure-benchmark': 'met' },
  },
  {
    topic: 'odg-hospital-length-of-stay', kind: 'not_met', outcome: 'criteria_not_met',
    spec: hospitalStay(6),
    statuses: { 'operation-supported': 'met', 'within-procedure-benchmark': 'not_met' },
  },
  {
    topic: 'odg-hospital-length-of-stay', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...hospitalStay(2), request: { treatment: 'other', text: 'inpatient hospital stay' } },
    statuses: { 'operation-supported': 'met', 'within-procedure-benchmark': 'unknown' },
  },

  {
    topic: 'odg-repeat-spine-mri', kind: 'met', spec: repeatMri, outcome: 'criteria_met',
    statuses: { 'significant-change': 'met' },
  },
  {
    topic: 'odg-repeat-spine-mri', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...repeatMri, diagnoses: [{ concept: 'lumbar radiculopathy' }, { concept: 'lumbar spondylosis without myelopathy or radiculopathy' }] },
    statuses: { 'significant-change': 'not_met' },
  },
  {
    topic: 'odg-repeat-spine-mri', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { ...repeatMri, diagnoses: [] },
    statuses: { 'significant-change': 'not_met' },
  },

  {
    topic: 'odg-pain-polysomnography', kind: 'met', spec: sleepStudy, outcome: 'criteria_met',
    statuses: { 'sleep-medication-tried': 'met', 'psychiatric-cause-excluded': 'met' },
  },
  {
    topic: 'odg-pain-polysomnography', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...sleepStudy, diagnoses: [{ concept: 'insomnia due to medical condition' }, { concept: 'major depressive disorder, single episode, moderate' }] },
    statuses: { 'sleep-medication-tried': 'met', 'psychiatric-cause-excluded': 'not_met' },
  },
  {
    topic: 'odg-pain-polysomnography', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { ...sleepStudy, priors: [] },
    statuses: { 'sleep-medication-tried': 'not_met', 'psychiatric-cause-excluded': 'met' },
  },

  {
    topic: 'mtus-chronic-pain-weaning-of-medications', kind: 'met', spec: opioidTaper, outcome: 'criteria_met',
    statuses: { 'on-the-medication': 'met' },
  },
  {
    topic: 'mtus-chronic-pain-weaning-of-medications', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...opioidTaper, priors: [{ treatment: 'NSAID', drug: 'naproxen', response: 'partial_relief' }] },
    statuses: { 'on-the-medication': 'not_met' },
  },
  {
    topic: 'mtus-chronic-pain-weaning-of-medications', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { ...opioidTaper, priors: [] },
    statuses: { 'on-the-medication': 'not_met' },
  },

  {
    topic: 'odg-mental-illness-psychotherapy', kind: 'met', spec: psychotherapyPtsd, outcome: 'criteria_met',
    statuses: { 'initial-trial-limit': 'met' },
  },
  {
    topic: 'odg-mental-illness-psychotherapy', kind: 'not_met', outcome: 'criteria_not_met',
    // PTSD allows up to 50 visits in all while progress is made: 40 done and 12 more go past it
    spec: { ...psychotherapyPtsd, priors: [{ treatment: 'cognitive behavioral therapy', sessions: 40, functionalImprovement: true }], request: { ...psychotherapyPtsd.request, quantity: '12 sessions', quantityValue: 12 } },
    statuses: { 'functional-improvement-from-trial': 'met', 'total-visit-limit': 'not_met' },
  },
  {
    topic: 'odg-mental-illness-psychotherapy', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...psychotherapyPtsd, request: { treatment: 'psychotherapy' } },
    statuses: { 'initial-trial-limit': 'unknown' },
  },

  // knee joint replacement (ODG): osteoarthritis, exercise and medication or injection tried, over 50
  {
    topic: 'odg-knee-joint-replacement', kind: 'met', outcome: 'criteria_met',
    spec: { ...kneeReplacement },
    statuses: { 'osteoarthritis-diagnosed': 'met', 'exercise-therapy-failed': 'met', 'medication-or-injection-failed': 'met', 'over-fifty': 'met' },
  },
  {
    topic: 'odg-knee-joint-replacement', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...kneeReplacement, diagnoses: [{ concept: 'tear of medial meniscus of knee' }] },
    statuses: { 'osteoarthritis-diagnosed': 'not_met', 'over-fifty': 'met' },
  },
  {
    topic: 'odg-knee-joint-replacement', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...kneeReplacement, age: null },
    statuses: { 'osteoarthritis-diagnosed': 'met', 'over-fifty': 'unknown' },
  },
  // continuous passive motion after a knee operation (ODG): home use up to 17 days
  {
    topic: 'odg-knee-continuous-passive-motion', kind: 'met', outcome: 'criteria_met',
    spec: { request: { ...kneeCpm, quantity: '14 days', quantityValue: 14 } },
    statuses: { 'at-most-17-days': 'met' },
  },
  {
    topic: 'odg-knee-continuous-passive-motion', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { request: { ...kneeCpm, text: 'Continuous passive motion (CPM) device, 21-day rental', quantity: '21-day', quantityValue: 21 } },
    statuses: { 'at-most-17-days': 'not_met' },
  },
  {
    topic: 'odg-knee-continuous-passive-motion', kind: 'unknown', outcome: 'insufficient_information',
    spec: { request: { ...kneeCpm, text: 'Continuous passive motion (CPM) device' } },
    statuses: { 'at-most-17-days': 'unknown' },
  },
  {
    topic: 'odg-shoulder-adhesive-capsulitis-surgery', kind: 'met', spec: mua, outcome: 'criteria_met',
    statuses: { 'adhesive-capsulitis-diagnosed': 'met', 'three-months-of-symptoms': 'met', 'conservative-care-failed': 'met', 'abduction-below-90': 'met' },
  },
  {
    topic: 'odg-shoulder-adhesive-capsulitis-surgery', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...mua, exams: [{ finding: 'range_of_motion', bodyPart: 'shoulder', qualifier: 'abduction', value: '150' }] },
    statuses: { 'adhesive-capsulitis-diagnosed': 'met', 'abduction-below-90': 'not_met' },
  },
  {
    // no shoulder motion measured: the restriction stays unknown
    topic: 'odg-shoulder-adhesive-capsulitis-surgery', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...mua, exams: [] },
    statuses: { 'conservative-care-failed': 'met', 'abduction-below-90': 'unknown' },
  },
  {
    topic: 'odg-static-progressive-stretch', kind: 'met', spec: sps, outcome: 'criteria_met',
    statuses: { 'joint-stiffness': 'met', 'at-most-8-weeks': 'met' },
  },
  {
    topic: 'odg-static-progressive-stretch', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...sps, exams: [{ finding: 'range_of_motion', bodyPart: 'elbow', qualifier: 'extension', value: '0' }] },
    statuses: { 'joint-stiffness': 'not_met', 'at-most-8-weeks': 'met' },
  },
  {
    // no rental length: the time limit stays unknown
    topic: 'odg-static-progressive-stretch', kind: 'unknown', outcome: 'insufficient_information',
    spec: { ...sps, request: { treatment: 'orthotic/brace', bodyPart: 'elbow', text: 'static progressive stretch elbow splint' } },
    statuses: { 'joint-stiffness': 'met', 'at-most-8-weeks': 'unknown' },
  },
  {
    topic: 'odg-preoperative-ecg', kind: 'met', spec: ecg, outcome: 'criteria_met',
    statuses: { 'surgical-risk-warrants-ecg': 'met' },
  },
  {
    // a carpal tunnel release is low-risk surgery
    topic: 'odg-preoperative-ecg', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...ecg, otherRequests: [{ treatment: 'surgery', procedure: 'carpal tunnel release', text: 'Right carpal tunnel release', bodyPart: 'wrist' }] },
    statuses: { 'surgical-risk-warrants-ecg': 'not_met' },
  },
  {
    // a fusion with no diagnoses at all: no cardiac risk factor is documented, and the guideline needs one
    topic: 'odg-preoperative-ecg', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { request: ecg.request, otherRequests: ecg.otherRequests },
    statuses: { 'surgical-risk-warrants-ecg': 'not_met' },
  },
  {
    topic: 'odg-walking-aids', kind: 'met', spec: walker, outcome: 'criteria_met',
    statuses: { 'ambulation-impaired': 'met' },
  },
  {
    topic: 'odg-walking-aids', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...walker, diagnoses: [{ concept: 'sprain of ligaments of lumbar spine' }], exams: [{ finding: 'gait', value: 'normal' }] },
    statuses: { 'ambulation-impaired': 'not_met' },
  },
  {
    // nothing about walking at all: the guideline makes the impairment the condition, so it fails undocumented
    topic: 'odg-walking-aids', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { request: { treatment: 'durable medical equipment', text: 'single-point cane' } },
    statuses: { 'ambulation-impaired': 'not_met' },
  },

  {
    topic: 'odg-hardware-implant-removal', kind: 'met', spec: hardwareRemoval, outcome: 'criteria_met',
    statuses: { 'hardware-problem': 'met', 'fracture-healed': 'met' },
  },
  {
    topic: 'odg-hardware-implant-removal', kind: 'not_met', outcome: 'criteria_not_met',
    spec: {
      ...hardwareRemoval, studies: [{ date: '2015-07-27', sentence: 'X-rays of {date} show a healed fracture with intact hardware and no loosening' }],
      diagnoses: [{ concept: 'bimalleolar fracture of lower leg, subsequent encounter for closed fracture with routine healing' }],
    },
    statuses: { 'hardware-problem': 'not_met', 'fracture-healed': 'met' },
  },
  {
    // no study in the record: whether the fracture healed is undocumented, which the topic counts as not met
    topic: 'odg-hardware-implant-removal', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { ...hardwareRemoval, studies: [], diagnoses: [{ concept: 'pain due to internal orthopedic implant' }] },
    statuses: { 'hardware-problem': 'met', 'fracture-healed': 'not_met' },
  },

  {
    topic: 'odg-shoulder-continuous-passive-motion', kind: 'met', spec: shoulderCpm, outcome: 'criteria_met',
    statuses: { 'adhesive-capsulitis': 'met', 'at-most-four-weeks': 'met' },
  },
  {
    topic: 'odg-shoulder-continuous-passive-motion', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...shoulderCpm, diagnoses: [{ concept: 'complete rotator cuff tear of right shoulder' }] },
    statuses: { 'adhesive-capsulitis': 'not_met' },
  },
  {
    // no diagnosis in the record: the topic counts an undocumented frozen shoulder as not met
    topic: 'odg-shoulder-continuous-passive-motion', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { ...shoulderCpm, diagnoses: [] },
    statuses: { 'adhesive-capsulitis': 'not_met' },
  },

  {
    topic: 'mtus-acoem-trigger-finger-release', kind: 'met', spec: triggerRelease, outcome: 'criteria_met',
    statuses: { 'trigger-finger-diagnosis': 'met', 'injection-tried': 'met' },
  },
  {
    topic: 'mtus-acoem-trigger-finger-release', kind: 'not_met', outcome: 'criteria_not_met',
    spec: { ...triggerRelease, diagnoses: [{ concept: 'radial styloid tenosynovitis [de quervain]' }] },
    statuses: { 'trigger-finger-diagnosis': 'not_met', 'injection-tried': 'met' },
  },
  {
    // no injection in the record: the topic counts an untried injection as not met
    topic: 'mtus-acoem-trigger-finger-release', kind: 'unknown', outcome: 'criteria_not_met',
    spec: { ...triggerRelease, priors: [] },
    statuses: { 'trigger-finger-diagnosis': 'met', 'injection-tried': 'not_met' },
  },
];
