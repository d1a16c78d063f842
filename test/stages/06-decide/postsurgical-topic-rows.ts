/**
 * Fixtures for the low back CT topic and the MTUS postsurgical physical medicine topics: a case
 * that meets the criteria, one that fails a required criterion, and one with a needed fact
 * missing. `topics.test.ts` counts these rows; `postsurgical-topics.test.ts` checks them.
 */
import type { FactsSpec } from './build-facts.js';
import type { TopicRow } from './more-topic-rows.js';

const PT = { treatment: 'physical therapy', response: 'partial_relief' } as const;
const fusion = { treatment: 'surgery', procedure: 'spinal fusion', drug: null, bodyPart: 'lumbar spine', response: 'unknown' } as const;
const postopPt = (text: string, quantity: string, bodyPart: FactsSpec['request']['bodyPart'], extra: Partial<FactsSpec> = {}): FactsSpec => ({
  request: { treatment: 'physical therapy', text, quantity, bodyPart }, ...extra,
});
const hamstringRepair = (extra: Partial<FactsSpec>): FactsSpec => ({
  request: { treatment: 'surgery', text: 'open repair of the right proximal hamstring tendons', procedure: 'tendon repair', bodyPart: 'thigh' }, ...extra,
});
const cervicalSurgery = (extra: Partial<FactsSpec>): FactsSpec => ({
  request: { treatment: 'surgery', text: 'anterior cervical discectomy and fusion at C5-6', procedure: 'anterior cervical discectomy and fusion', bodyPart: 'cervical spine' }, ...extra,
});
const collar = (text: string, extra: Partial<FactsSpec> = {}): FactsSpec => ({ request: { treatment: 'orthotic/brace', text, bodyPart: 'cervical spine' }, ...extra });
const stoolSoftener = (extra: Partial<FactsSpec>): FactsSpec => ({
  request: { treatment: 'medication (other)', text: 'Docusate sodium 100 mg #60', drug: 'docusate', quantity: '#60' }, ...extra,
});
const antiemetic = (text: string, extra: Partial<FactsSpec> = {}): FactsSpec => ({
  request: { treatment: 'medication (other)', text, drug: 'ondansetron', quantity: '#10' }, ...extra,
});
const traction = (extra: Partial<FactsSpec>): FactsSpec => ({
  request: { treatment: 'durable medical equipment', text: 'Over-the-door home cervical traction unit, purchase', bodyPart: 'cervical spine' }, ...extra,
});
const cervicalRadiculopathy = { assertion: 'affirmed', subject: 'patient', region: 'cervical', text: 'C6 radiculopathy' } as const;
const footOrthotics = (extra: Partial<FactsSpec>): FactsSpec => ({
  request: { treatment: 'orthotic/brace', text: 'Custom-molded functional foot orthotics, one pair', bodyPart: 'foot' }, ...extra,
});
const abductionSling = (text: string, extra: Partial<FactsSpec> = {}): FactsSpec => ({
  request: { treatment: 'orthotic/brace', text, bodyPart: 'shoulder' }, ...extra,
});
const lumbarCt = (extra: Partial<FactsSpec>): FactsSpec => ({ request: { treatment: 'CT', text: 'CT scan of the lumbar spine', bodyPart: 'lumbar spine' }, priors: [PT], ...extra });
const neckCt = (extra: Partial<FactsSpec>): FactsSpec => ({ request: { treatment: 'CT', text: 'CT scan of the cervical spine', bodyPart: 'cervical spine' }, ...extra });

export const POSTSURGICAL_ROWS: TopicRow[] = [
  {
    topic: 'odg-neck-ct', kind: 'met', outcome: 'criteria_met',
    spec: neckCt({ priors: [fusion], studies: [{ date: '2013-09-24', sentence: 'Flexion-extension radiographs of {date} show a lucent halo around the right C5 lateral mass screw', role: 'imaging' }] }),
    statuses: { 'nerve-compromise-red-flag-or-fusion-question': 'met' },
  },
  {
    topic: 'odg-neck-ct', kind: 'not_met', outcome: 'criteria_not_met',
    spec: neckCt({ priors: [fusion], studies: [{ date: '2013-09-24', sentence: 'Cervical x-rays of {date} show stable hardware and a maturing fusion without lucency', role: 'imaging' }] }),
    statuses: { 'nerve-compromise-red-flag-or-fusion-question': 'not_met' },
  },
  {
    topic: 'odg-neck-ct', kind: 'unknown', outcome: 'criteria_not_met',
    spec: neckCt({}),
    statuses: { 'nerve-compromise-red-flag-or-fusion-question': 'not_met' },
  },
  {
    topic: 'mtus-acoem-low-back-ct', kind: 'met', outcome: 'criteria_met',
    spec: lumbarCt({ priors: [PT, fusion], studies: [{ date: '2013-11-01', sentence: 'Lumbar x-rays of {date} show lucency around the L5 screws', role: 'imaging' }] }),
    statuses: { 'nerve-compromise-red-flag-or-fusion-question': 'met', 'failed-conservative-care': 'met' },
  },
  {
    topic: 'mtus-acoem-low-back-ct', kind: 'not_met', outcome: 'criteria_not_met',
    spec: lumbarCt({ priors: [PT, fusion], studies: [{ date: '2013-11-01', sentence: 'Lumbar x-rays of {date} show stable hardware and maturing fusion without lucency', role: 'imaging' }] }),
    statuses: { 'nerve-compromise-red-flag-or-fusion-question': 'not_met' },
  },
  {
    topic: 'mtus-acoem-low-back-ct', kind: 'unknown', outcome: 'criteria_not_met',
    spec: lumbarCt({}),
    statuses: { 'nerve-compromise-red-flag-or-fusion-question': 'not_met' },
  },
  {
    topic: 'mtus-postsurgical-low-back', kind: 'met', outcome: 'criteria_met',
    spec: postopPt('postoperative physical therapy after L4-L5 fusion, 12 visits', '12 visits', 'lumbar spine', { priors: [fusion] }),
    statuses: { 'surgery-documented': 'met', 'fusion-visit-limit': 'met' },
  },
  {
    topic: 'mtus-postsurgical-low-back', kind: 'not_met', outcome: 'criteria_not_met',
    spec: postopPt('postoperative physical therapy after L5-S1 microdiscectomy, 24 visits', '24 visits', 'lumbar spine', {
      priors: [{ treatment: 'surgery', procedure: 'microdiscectomy', bodyPart: 'lumbar spine', response: 'unknown' }],
    }),
    statuses: { 'surgery-documented': 'met', 'discectomy-visit-limit': 'not_met' },
  },
  {
    topic: 'mtus-postsurgical-low-back', kind: 'unknown', outcome: 'criteria_not_met',
    spec: postopPt('post-op physical therapy, 8 visits', '8 visits', 'lumbar spine'),
    statuses: { 'surgery-documented': 'not_met' },
  },
  {
    topic: 'mtus-postsurgical-shoulder', kind: 'met', outcome: 'criteria_met',
    spec: postopPt('post-operative physical therapy following arthroscopic rotator cuff repair, 12 visits', '12 visits', 'shoulder', {
      priors: [{ treatment: 'surgery', procedure: 'rotator cuff repair', bodyPart: 'shoulder', response: 'unknown' }],
    }),
    statuses: { 'surgery-documented': 'met', 'rotator-cuff-impingement-visit-limit': 'met' },
  },
  {
    topic: 'mtus-postsurgical-shoulder', kind: 'not_met', outcome: 'criteria_not_met',
    spec: postopPt('post-operative physical therapy following subacromial decompression, 30 visits', '30 visits', 'shoulder', {
      otherRequests: [{ treatment: 'surgery', procedure: 'arthroscopic subacromial decompression', bodyPart: 'shoulder' }],
    }),
    // the bare operation request meets no guideline of its own here, so the therapy that follows it does not either
    statuses: { 'surgery-documented': 'not_met', 'rotator-cuff-impingement-visit-limit': 'not_met', 'rotator-cuff-impingement-initial-course': 'not_met' },
  },
  {
    topic: 'mtus-postsurgical-shoulder', kind: 'unknown', outcome: 'criteria_not_met',
    spec: postopPt('postoperative physical therapy, 12 visits', '12 visits', 'shoulder'),
    statuses: { 'surgery-documented': 'not_met' },
  },
  {
    topic: 'mtus-postsurgical-knee', kind: 'met', outcome: 'criteria_met',
    spec: postopPt('postoperative physical therapy after partial medial meniscectomy, 8 visits', '8 visits', 'knee', {
      priors: [{ treatment: 'surgery', procedure: 'partial meniscectomy', bodyPart: 'knee', response: 'unknown' }],
    }),
    statuses: { 'surgery-documented': 'met', 'meniscectomy-visit-limit': 'met' },
  },
  {
    topic: 'mtus-postsurgical-knee', kind: 'not_met', outcome: 'criteria_not_met',
    spec: postopPt('postoperative physical therapy after total knee arthroplasty, 36 visits', '36 visits', 'knee', {
      priors: [{ treatment: 'surgery', procedure: 'total knee arthroplasty', bodyPart: 'knee', response: 'unknown' }],
    }),
    statuses: { 'surgery-documented': 'met', 'arthroplasty-visit-limit': 'not_met' },
  },
  {
    topic: 'mtus-postsurgical-knee', kind: 'unknown', outcome: 'criteria_not_met',
    spec: postopPt('post-op physical therapy, 8 visits', '8 visits', 'knee'),
    statuses: { 'surgery-documented': 'not_met' },
  },
  {
    topic: 'mtus-postsurgical-hand-wrist', kind: 'met', outcome: 'criteria_met',
    spec: postopPt('post-operative hand therapy after carpal tunnel release, 6 visits', '6 visits', 'wrist', {
      priors: [{ treatment: 'surgery', procedure: 'carpal tunnel release', bodyPart: 'wrist', response: 'unknown' }],
    }),
    statuses: { 'surgery-documented': 'met', 'carpal-tunnel-release-visit-limit': 'met' },
  },
  {
    topic: 'mtus-postsurgical-hand-wrist', kind: 'not_met', outcome: 'criteria_not_met',
    spec: postopPt('post-operative hand therapy after carpal tunnel release, 12 visits', '12 visits', 'wrist', {
      priors: [{ treatment: 'surgery', procedure: 'carpal tunnel release', bodyPart: 'wrist', response: 'unknown' }],
    }),
    statuses: { 'surgery-documented': 'met', 'carpal-tunnel-release-visit-limit': 'not_met' },
  },
  {
    topic: 'mtus-postsurgical-hand-wrist', kind: 'unknown', outcome: 'criteria_not_met',
    spec: postopPt('postoperative hand therapy, 6 visits', '6 visits', 'wrist'),
    statuses: { 'surgery-documented': 'not_met' },
  },
  {
    topic: 'mtus-postsurgical-hip-pelvis-thigh', kind: 'met', outcome: 'criteria_met',
    spec: postopPt('post-operative physical therapy after right total hip arthroplasty, 12 visits', '12 visits', 'hip', {
      priors: [{ treatment: 'surgery', procedure: 'total hip arthroplasty', bodyPart: 'hip', response: 'unknown' }],
    }),
    statuses: { 'surgery-documented': 'met', 'hip-arthroplasty-visit-limit': 'met' },
  },
  {
    topic: 'mtus-postsurgical-hip-pelvis-thigh', kind: 'not_met', outcome: 'criteria_not_met',
    spec: postopPt('post-operative physical therapy after total hip arthroplasty, 36 visits', '36 visits', 'hip', {
      otherRequests: [{ treatment: 'surgery', procedure: 'total hip arthroplasty', bodyPart: 'hip' }],
    }),
    statuses: { 'surgery-documented': 'not_met', 'hip-arthroplasty-visit-limit': 'not_met', 'hip-arthroplasty-initial-course': 'not_met' },
  },
  {
    topic: 'mtus-postsurgical-hip-pelvis-thigh', kind: 'unknown', outcome: 'criteria_not_met',
    spec: postopPt('postoperative physical therapy for the thigh, 12 visits', '12 visits', 'thigh'),
    statuses: { 'surgery-documented': 'not_met' },
  },
  {
    topic: 'odg-hamstring-tendon-repair', kind: 'met', outcome: 'criteria_met',
    spec: hamstringRepair({
      diagnoses: [{ concept: 'strain of hamstring', text: 'chronic complete proximal hamstring avulsion, right' }],
      studies: [{ date: '2014-02-01', sentence: 'MRI of the right thigh on {date} shows avulsion of two hamstring tendons retracted 4 cm' }],
      priors: [{ treatment: 'physical therapy', response: 'no_relief', bodyPart: 'thigh' }],
    }),
    statuses: { 'hamstring-rupture-diagnosed': 'met', 'imaging-confirms': 'met', 'radicular-source-excluded': 'met', 'acute-or-conservative-care-failed': 'met' },
  },
  {
    topic: 'odg-hamstring-tendon-repair', kind: 'not_met', outcome: 'criteria_not_met',
    spec: hamstringRepair({
      diagnoses: [{ concept: 'strain of hamstring', text: 'hamstring strain, right' }],
      studies: [{ date: '2014-02-01', sentence: 'MRI of the right thigh on {date} shows a low-grade strain without tendon retraction' }],
      mentions: [{ assertion: 'affirmed', text: 'L5 radiculopathy', region: 'lumbar' }],
    }),
    statuses: { 'hamstring-rupture-diagnosed': 'not_met', 'imaging-confirms': 'not_met', 'radicular-source-excluded': 'not_met' },
  },
  {
    topic: 'odg-hamstring-tendon-repair', kind: 'unknown', outcome: 'criteria_not_met',
    spec: hamstringRepair({}),
    statuses: { 'hamstring-rupture-diagnosed': 'not_met', 'imaging-confirms': 'not_met', 'radicular-source-excluded': 'met' },
  },
  {
    topic: 'mtus-acoem-cervical-spine-surgery', kind: 'met', outcome: 'criteria_met',
    spec: cervicalSurgery({
      mentions: [{ assertion: 'affirmed', text: 'left C6 radiculopathy', region: 'cervical' }],
      exams: [{ finding: 'reflex', bodyPart: 'cervical spine', qualifier: 'brachioradialis', value: '1+', side: 'left' }],
      studies: [{ date: '2013-11-05', sentence: 'MRI of the cervical spine on {date} shows a C5-6 disc protrusion compressing the left C6 nerve root' }],
      priors: [{ treatment: 'physical therapy', response: 'no_relief', bodyPart: 'cervical spine' }],
    }),
    statuses: { 'radiculopathy-documented': 'met', 'exam-nerve-root-signs': 'met', 'imaging-corroboration': 'met', 'conservative-care-failed': 'met' },
  },
  {
    topic: 'mtus-acoem-cervical-spine-surgery', kind: 'not_met', outcome: 'criteria_not_met',
    spec: cervicalSurgery({
      mentions: [{ assertion: 'negated', text: 'radicular symptoms', region: 'cervical' }],
      exams: [{ finding: 'reflex', bodyPart: 'cervical spine', qualifier: 'biceps', value: '2+', side: 'bilateral', assertion: 'negated' }],
      studies: [{ date: '2013-11-05', sentence: 'MRI of the cervical spine on {date} shows mild disc desiccation without nerve root compression' }],
      priors: [{ treatment: 'physical therapy', response: 'significant_relief', bodyPart: 'cervical spine' }],
    }),
    statuses: { 'radiculopathy-documented': 'not_met', 'exam-nerve-root-signs': 'not_met', 'imaging-corroboration': 'not_met', 'conservative-care-failed': 'not_met' },
  },
  {
    topic: 'mtus-acoem-cervical-spine-surgery', kind: 'unknown', outcome: 'criteria_not_met',
    spec: cervicalSurgery({}),
    statuses: { 'radiculopathy-documented': 'not_met', 'exam-nerve-root-signs': 'not_met', 'imaging-corroboration': 'not_met' },
  },
  {
    topic: 'odg-neck-cervical-collar', kind: 'met', outcome: 'criteria_met',
    spec: collar('soft cervical collar after a two-level anterior cervical fusion'),
    statuses: { 'indication-for-external-support': 'met' },
  },
  {
    topic: 'odg-neck-cervical-collar', kind: 'not_met', outcome: 'criteria_not_met',
    spec: collar('post-operative soft cervical collar', { diagnoses: [{ concept: 'cervical disc displacement', text: 'C5-6 disc herniation' }] }),
    statuses: { 'indication-for-external-support': 'not_met' },
  },
  {
    topic: 'odg-neck-cervical-collar', kind: 'unknown', outcome: 'criteria_not_met',
    spec: collar('soft cervical collar'),
    statuses: { 'indication-for-external-support': 'not_met' },
  },
  {
    topic: 'mtus-chronic-pain-opioid-constipation-prophylaxis', kind: 'met', outcome: 'criteria_met',
    spec: stoolSoftener({ priors: [{ treatment: 'opioid analgesic', drug: 'oxycodone', response: 'partial_relief' }] }),
    statuses: { 'opioid-therapy': 'met' },
  },
  {
    topic: 'mtus-chronic-pain-opioid-constipation-prophylaxis', kind: 'not_met', outcome: 'criteria_not_met',
    spec: stoolSoftener({ priors: [{ treatment: 'NSAID', drug: 'naproxen', response: 'partial_relief' }] }),
    statuses: { 'opioid-therapy': 'not_met' },
  },
  {
    topic: 'mtus-chronic-pain-opioid-constipation-prophylaxis', kind: 'unknown', outcome: 'criteria_met',
    spec: stoolSoftener({ otherRequests: [{ treatment: 'opioid analgesic', text: 'Oxycodone 10 mg #120', drug: 'oxycodone' }] }),
    statuses: { 'opioid-therapy': 'met' },
  },
  {
    topic: 'odg-pain-antiemetics', kind: 'met', outcome: 'criteria_met',
    spec: antiemetic('Ondansetron 4 mg #10 for nausea after the shoulder surgery'),
    statuses: { 'nausea-cause-the-drug-treats': 'met' },
  },
  {
    topic: 'odg-pain-antiemetics', kind: 'not_met', outcome: 'criteria_not_met',
    spec: antiemetic('Ondansetron 8 mg #30', { diagnoses: [{ concept: 'chronic pain syndrome' }], priors: [{ treatment: 'opioid analgesic', drug: 'oxycodone', response: 'partial_relief' }] }),
    statuses: { 'nausea-cause-the-drug-treats': 'not_met' },
  },
  {
    topic: 'odg-pain-antiemetics', kind: 'unknown', outcome: 'criteria_not_met',
    spec: antiemetic('Zofran 4 mg #10'),
    statuses: { 'nausea-cause-the-drug-treats': 'not_met' },
  },
  {
    topic: 'odg-neck-home-cervical-traction', kind: 'met', outcome: 'criteria_met',
    spec: traction({ mentions: [cervicalRadiculopathy], priors: [{ treatment: 'home exercise program', response: 'unknown' }] }),
    statuses: { 'radicular-symptoms': 'met', 'with-home-exercise': 'met', 'home-patient-controlled-device': 'met' },
  },
  {
    topic: 'odg-neck-home-cervical-traction', kind: 'not_met', outcome: 'criteria_not_met',
    spec: traction({ mentions: [{ ...cervicalRadiculopathy, assertion: 'negated' }], priors: [{ treatment: 'home exercise program', response: 'unknown' }] }),
    statuses: { 'radicular-symptoms': 'not_met' },
  },
  {
    topic: 'odg-neck-home-cervical-traction', kind: 'unknown', outcome: 'criteria_not_met',
    spec: traction({}),
    statuses: { 'radicular-symptoms': 'not_met' },
  },
  {
    topic: 'mtus-acoem-ankle-foot-orthotics', kind: 'met', outcome: 'criteria_met',
    spec: footOrthotics({ diagnoses: [{ concept: 'plantar fasciitis, left foot' }] }),
    statuses: { 'condition-orthoses-treat': 'met' },
  },
  {
    topic: 'mtus-acoem-ankle-foot-orthotics', kind: 'not_met', outcome: 'criteria_not_met',
    spec: footOrthotics({ diagnoses: [{ concept: 'lumbar radiculopathy' }] }),
    statuses: { 'condition-orthoses-treat': 'not_met' },
  },
  {
    topic: 'mtus-acoem-ankle-foot-orthotics', kind: 'unknown', outcome: 'criteria_not_met',
    spec: footOrthotics({}),
    statuses: { 'condition-orthoses-treat': 'not_met' },
  },
  {
    topic: 'odg-shoulder-postoperative-abduction-sling', kind: 'met', outcome: 'criteria_met',
    spec: abductionSling('abduction pillow sling after open repair of a massive rotator cuff tear'),
    statuses: { 'large-rotator-cuff-repair': 'met' },
  },
  {
    topic: 'odg-shoulder-postoperative-abduction-sling', kind: 'not_met', outcome: 'criteria_not_met',
    spec: abductionSling('post-operative abduction pillow sling', { diagnoses: [{ concept: 'full-thickness supraspinatus tear, 1.5 cm' }] }),
    statuses: { 'large-rotator-cuff-repair': 'not_met' },
  },
  {
    topic: 'odg-shoulder-postoperative-abduction-sling', kind: 'unknown', outcome: 'criteria_not_met',
    spec: abductionSling('abduction pillow sling'),
    statuses: { 'large-rotator-cuff-repair': 'not_met' },
  },
];
