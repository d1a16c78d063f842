import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const requestsOf = (text: string) => findRequests(docOf(text), lex);
const brief = (text: string) => requestsOf(text).map((r) => [r.treatment, r.drug ?? r.procedure ?? null, r.determination]);

const F2014 = `CLINICAL CASE SUMMARY

The treating physician requested repeat trigger point injections.

IMR ISSUES, DECISIONS AND RATIONALES

The Final Determination was based on decisions for the disputed items/services set forth below:

Repeat trigger point injections (left lumbar paraspinal), 4 injections:  Overturned

Claims Administrator guideline: Decision based on MTUS ACOEM Chapter 12 Low Back Complaints,
page 300.

MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Trigger point
injections Page(s): 122.

Decision rationale: The request is medically necessary.

Oxycodone 10 mg #120:  Upheld

MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, criteria
for use, Page(s): 76-80; ODG, Pain, Opioids.

Decision rationale: The request is not medically necessary.
`;

const F2015 = `IMR DECISION(S) AND RATIONALE(S)

1. Is a left L5-S1 transforaminal epidural steroid injection medically necessary and appropriate?

Yes, the request is medically necessary and appropriate.

Guideline(s) applied: MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections
(ESIs), page 46.

Rationale: Criteria are met.

2. Is Norco 10/325 mg #60 medically necessary and
appropriate?

No, the request is not medically necessary and appropriate.

Guideline(s) applied: MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use,
pages 76-80; Opioids for chronic pain, pages 80-82.

Rationale: Not supported.
`;

const F2013 = `Final Determination: UPHOLD. This means we decided that none of the disputed items/services
are medically necessary and appropriate.

1) MAXIMUS Federal Services, Inc. has determined the request for a 28 day functional
restoration program is not medically necessary and appropriate.

2) MAXIMUS Federal Services, Inc. has determined the request for Tramadol ER 150 mg #30 is not
medically necessary and appropriate.

1) Regarding the request for a 28 day functional restoration program:

Medical Treatment Guideline(s) Used by the Claims Administrator:
The Claims Administrator based its decision on the Chronic Pain Medical Treatment Guidelines
(2009), Chronic pain programs (functional restoration programs), pages 30-32, which are part
of the MTUS.

Medical Treatment Guideline(s) Used by the Expert Reviewer:
The Expert Reviewer found the guideline used by the Claims Administrator relevant and
appropriate for the employee's clinical circumstance.

Rationale Used by the Expert Reviewer:
Not supported.

2) Regarding the request for Tramadol ER 150 mg #30:

Medical Treatment Guideline(s) Used by the Expert Reviewer:
Official Disability Guidelines (ODG), Pain, Tramadol.

Rationale Used by the Expert Reviewer:
Not supported.
`;

describe('findRequests: IMR decision lines in the three letter formats', () => {
  it.each([
    ['2014 "<item>: Upheld"', F2014, [['trigger point injection', null, 'overturned'], ['opioid analgesic', 'oxycodone', 'upheld']]],
    ['2015 "Is <item> medically necessary?"', F2015, [['epidural steroid injection', null, 'overturned'], ['opioid analgesic', 'hydrocodone/acetaminophen', 'upheld']]],
    ['2013 "has determined the request for <item>"', F2013, [['functional restoration program', null, 'upheld'], ['opioid analgesic', 'tramadol', 'upheld']]],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    ['2014: the MAXIMUS guideline, not the claims administrator\'s', F2014, [['MTUS:122'], ['MTUS:76-80', 'ODG:null']]],
    ['2015: "Guideline(s) applied", one ref per citation', F2015, [['MTUS:46'], ['MTUS:76-80', 'MTUS:80-82']]],
    ['2013: an expert who adopts the claims administrator\'s guideline, or names one', F2013, [['MTUS:30-32'], ['ODG:null']]],
  ])('guidelines %s', (_name, text, expected) => {
    expect(requestsOf(text).map((r) => r.guidelines.map((g) => `${g.source}:${g.pages}`))).toEqual(expected);
  });

  it('keeps the item as written, its quantity and body part, and the decision line as evidence', () => {
    const doc = docOf(F2014);
    const [tpi] = findRequests(doc, lex);
    expect(tpi).toMatchObject({ text: 'Repeat trigger point injections (left lumbar paraspinal), 4 injections', quantity: '4 injections', bodyPart: 'lumbar spine' });
    expect(doc.text.slice(tpi!.evidence.start, tpi!.evidence.end)).toBe(tpi!.evidence.text);
    expect(tpi!.determinationEvidence?.text).toBe('Overturned');
  });

  it('without its decision block, an IMR letter keeps the requests its summary tells of', () => {
    expect(brief('CLINICAL CASE SUMMARY\n\nThe provider requested a repeat left L5-S1 transforaminal epidural steroid injection and a refill of Norco 10/325 mg #60.\nUtilization review non-certified both requests.\n'))
      .toEqual([['epidural steroid injection', null, null], ['opioid analgesic', 'hydrocodone/acetaminophen', null]]);
  });
});

describe('findRequests: treatment plans and UR letters', () => {
  const PLAN = `Treatment plan:
1. Request authorization for repeat left L4-5 transforaminal epidural steroid injection x1
   under fluoroscopic guidance. The prior injection provided 50% relief for 6 weeks.
2. Naproxen 500 mg PO BID #60 with omeprazole 20 mg PO daily #30.
3. Continue home exercise program (core stabilization) daily.
4. Should the arm symptoms fail to improve, he may be a candidate for a C5-6 fusion.
5. Follow-up 2 weeks after the medial branch blocks.
6. Compounded flurbiprofen 20%/cyclobenzaprine 4% cream, 180 grams.
`;

  it('one request per item head, further medications joined with "with", no conditional or follow-up items', () => {
    expect(brief(PLAN)).toEqual([
      ['epidural steroid injection', null, null],
      ['NSAID', 'naproxen', null],
      ['proton pump inhibitor', 'omeprazole', null],
      ['home exercise program', null, null],
      ['compounded topical', null, null],
    ]);
  });

  it.each([
    ['Naproxen 500 mg PO BID #60', '#60'],
    ['repeat left L4-5 transforaminal epidural steroid injection x1 under fluoroscopic guidance', 'x1'],
  ])('request text %s has quantity %s', (text, quantity) => {
    expect(requestsOf(PLAN).find((r) => r.text === text)?.quantity).toBe(quantity);
  });

  const UR = `NOTICE OF UTILIZATION REVIEW DETERMINATION

REQUESTED TREATMENT                                                DETERMINATION
1. Lumbar epidural steroid injection, L5-S1 interlaminar,
   under fluoroscopic guidance, x1                                 NON-CERTIFIED
2. Meloxicam 15 mg, one daily, #30                                 CERTIFIED

CLINICAL SUMMARY:
The claimant reports axial low back pain.

ITEM 1: Lumbar epidural steroid injection, L5-S1 interlaminar, x1 - NON-CERTIFIED
Guideline criteria:
CA MTUS Chronic Pain Medical Treatment Guidelines (2009), Epidural steroid injections (ESIs),
page 46. ACOEM Low Back Disorders guideline: epidural injections are not recommended for
non-radicular low back pain.
Rationale:
Not met.

ITEM 2: Meloxicam 15 mg #30 - CERTIFIED
Guideline criteria: CA MTUS Chronic Pain Medical Treatment Guidelines, NSAIDs, pages 67-68.
Rationale: Certified.
`;

  it('UR table rows are requests; certified / non-certified is not an IMR determination', () => {
    expect(brief(UR)).toEqual([['epidural steroid injection', null, null], ['NSAID', 'meloxicam', null]]);
  });

  it('UR item guideline criteria attach to their request', () => {
    expect(requestsOf(UR).map((r) => r.guidelines.map((g) => g.source))).toEqual([['MTUS', 'ACOEM'], ['MTUS']]);
  });

  it('"Request 1 of 2:" blocks: the "Criteria applied:" of each block attach to its request', () => {
    const ur = 'UTILIZATION REVIEW DETERMINATION\n\nDECISION BY REQUEST\n\nRequest 1 of 2: MRI cervical spine without contrast\n  Decision: NON-CERTIFIED\n  Criteria applied: CA MTUS ACOEM Practice Guidelines, Chapter 8, pages 177-178; ODG Neck and Upper Back, MRI.\n  Basis for decision: No red flags.\n\nRequest 2 of 2: Soft cervical collar\n  Decision: NON-CERTIFIED\n  Criteria applied: ODG Neck and Upper Back, Collars (cervical).\n  Basis for decision: Not recommended.\n';
    expect(requestsOf(ur).map((r) => [r.treatment, [...new Set(r.guidelines.map((g) => g.source))]])).toEqual([['MRI', ['MTUS', 'ODG']], ['orthotic/brace', ['ODG']]]);
  });
});

describe('findRequests: a weaning request', () => {
  it('a requested medication the case summary tells with a taper is flagged, with the words that tell it', () => {
    const text = 'CLINICAL CASE SUMMARY\nThe provider requested hydrocodone/APAP 10/325 mg #45 to continue the taper.\n\nPLAN:\n1. Hydrocodone/APAP 10/325 mg #45\n2. Naproxen 500 mg #60\n';
    expect(requestsOf(text).map((r) => [r.treatment, r.weaning ?? false, r.weaningEvidence?.text ?? null])).toEqual([
      ['opioid analgesic', true, 'taper'], ['NSAID', false, null],
    ]);
  });
  it('a taper that names no drug is of the medication the sentence before names', () => {
    const text = 'CLINICAL CASE SUMMARY\nOxycodone/acetaminophen 5/325 mg had been prescribed four times daily since 2017. In September 2018 the treating physician began a taper, from #120 per month to #90. Naproxen was stopped.\n\nPLAN:\n1. Oxycodone/acetaminophen 5/325 mg #60\n2. Naproxen 500 mg #60\n';
    expect(requestsOf(text).map((r) => [r.treatment, r.weaning ?? false])).toEqual([['opioid analgesic', true], ['NSAID', false]]);
  });
  it('a taper named only in a decision rationale is not the record\'s plan', () => {
    const text = 'IMR ISSUES, DECISIONS AND RATIONALES\n\nOxyContin 30 mg #60:  Upheld\n\nDecision rationale: The request is not medically necessary; weaning of OxyContin is recommended.\n';
    expect(requestsOf(text).map((r) => r.weaning ?? false)).toEqual([false]);
  });
});

describe('findRequests: a lead-in after "and" belongs to the next item', () => {
  it.each([
    ['The physician requests continuation of tramadol 50 mg #60 and rental of an interferential unit.',
      [['continuation of tramadol 50 mg #60', 'rental of an interferential unit']]],
    ['Treatment plan:\n1. Naproxen 550 mg #60 and a refill of omeprazole 20 mg #30.\n',
      [['Naproxen 550 mg #60', 'a refill of omeprazole 20 mg #30']]],
    ['The treating physician recommended a 28 day functional restoration program and continuation of tramadol ER 150 mg #30.',
      [['a 28 day functional restoration program', 'continuation of tramadol ER 150 mg #30']]],
  ])('%s', (text, [want]) => {
    expect(requestsOf(text).map((r) => r.text)).toEqual(want);
  });
});

describe('findRequests: layout variants', () => {
  it.each([
    ['a 2014 item wrapped over two lines', 'IMR ISSUES, DECISIONS AND RATIONALES\n\nPhysical therapy 2 times a week for 6 weeks for the\nlumbar spine:  Upheld\n', [['physical therapy', null, 'upheld']]],
    ['a 2015 item asked with "Are"', 'IMR DECISION(S) AND RATIONALE(S)\n\n1. Are six additional acupuncture sessions medically necessary and appropriate?\n\nNo, the request is not medically necessary and appropriate.\n', [['acupuncture', null, 'upheld']]],
    ['a prose plan, one item per sentence, no conditional surgery', 'PLAN: Continue Norco 10/325 mg #60. Request authorization for PT 2x6 for the lumbar spine. If symptoms persist, surgery would be discussed.\n',
      [['opioid analgesic', 'hydrocodone/acetaminophen', null], ['physical therapy', null, null]]],
    ['a discussed or declined treatment is not requested', 'PLAN:\n1. Surgery was discussed; he wishes to continue conservative care.\n2. He declines epidural steroid injections.\n3. Continue naproxen 500 mg BID.\n', [['NSAID', 'naproxen', null]]],
    ['a UR "Requested treatment:" label line', 'UTILIZATION REVIEW DETERMINATION\nRequested treatment: Lumbar MRI without contrast\nDetermination: Non-certified\n', [['MRI', null, null]]],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('findRequests: text read from a PDF (lines reflowed, no blank lines)', () => {
  const IMR = `IMR ISSUES, DECISIONS AND RATIONALES
The Final Determination was based on decisions for the disputed items/services set forth below:
Repeat trigger point injections (left lumbar paraspinal), 4 injections:
Overturned
Claims Administrator guideline: Decision based on MTUS ACOEM Chapter 12 Low Back Complaints, page 300.
MAXIMUS guideline: Decision based on ODG, Pain, Trigger point injections.
Decision rationale: The request is medically necessary.
`;
  it('a 2014 verdict on the line after its item; the citation ends at the next label', () => {
    expect(requestsOf(IMR).map((r) => [r.treatment, r.determination, r.guidelines.map((g) => g.source)])).toEqual([
      ['trigger point injection', 'overturned', ['ODG']],
    ]);
  });

  const UR = `SUMMARY OF DETERMINATION
Item Requested Decision Chiropractic manipulation, cervical spine, 2x/week x 6 weeks 12 visits MODIFIED to 6 visits Acupuncture, cervical spine, 2x/week x 4 weeks 8 visits NON-CERTIFIED
CLINICAL SUMMARY
Left shoulder x-rays taken 09/15/2017 showed no fracture. She has completed 12 chiropractic visits.
`;
  it('UR table rows that ran together split after each decision; the table ends at the next heading', () => {
    expect(brief(UR)).toEqual([['chiropractic manipulation', null, null], ['acupuncture', null, null]]);
  });
});

describe('IMR decision lines read by OCR', () => {
  it('a colon read for a semicolon inside the parentheses keeps the item and its verdict', () => {
    const text = 'IMR ISSUES, DECISIONS AND RATIONALES\nTrigger point injection (lumbar paravertebral: left quadratus lumborum): Upheld\n';
    expect(requestsOf(text).map((r) => [r.treatment, r.determination])).toEqual([['trigger point injection', 'upheld']]);
  });
});

describe('findRequests: plans under compound headers', () => {
  it.each([
    ['IMPRESSION:\nRight knee strain.\n\nPLAN / RECOMMENDATIONS:\n  1. Knee MRI without contrast.\n  2. Continue meloxicam 7.5 mg daily.\n',
      [['MRI', null, null], ['NSAID', 'meloxicam', null]]],
    ['OPERATIVE TECHNIQUE:\nThe cubital tunnel was opened.\n\nPost-operative orders / disposition:\n  - Elbow sling for comfort.\n  - Tramadol 50 mg q6h prn, #15.\n',
      [['orthotic/brace', null, null], ['opioid analgesic', 'tramadol', null]]],
    ['DIAGNOSES\n  M54.5 Low back pain\n\nTREATMENT PLAN / RFA\n  a) Acupuncture, 6 sessions.\n  b) TENS unit trial.\n',
      [['acupuncture', null, null], ['TENS unit', null, null]]],
    ['PLAN:\n  1. Lumbosacral belt for use at work.\n', [['orthotic/brace', null, null]]],
    ['HPI: neck pain.\nIMPRESSION AND PLAN:\n1. Cervical strain - acupuncture x 6.\n2. Continue celecoxib 200 mg daily.\n',
      [['acupuncture', null, null], ['NSAID', 'celecoxib', null]]],
    ['HPI: neck pain.\nPlan of care: 1) Massage therapy x 4. 2) Tizanidine 2 mg qhs #30.\n',
      [['massage therapy', null, null], ['muscle relaxant', 'tizanidine', null]]],
    ['HPI: knee pain.\nPost-op instructions:\n- Hinged knee brace.\n- Aquatic therapy after the wound heals.\n',
      [['orthotic/brace', null, null], ['aquatic therapy', null, null]]],
    ['HPI: back pain.\nTreatment requested:\n1. Lumbar MRI.\n', [['MRI', null, null]]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('findRequests: UR item blocks in other layouts', () => {
  it('"Item 1 -" headings and a "Criteria used:" label attach each citation to its request', () => {
    const text = `UTILIZATION REVIEW DETERMINATION

REQUESTED TREATMENTS
1. Cervical MRI without contrast                                      NON-CERTIFIED
2. Acupuncture 6 visits, neck                                           CERTIFIED

Item 1 - Cervical MRI without contrast - NON-CERTIFIED
Criteria used: ODG Neck and Upper Back Chapter, Magnetic resonance imaging.
Rationale: No red flags are described.

Item 2 - Acupuncture 6 visits, neck - CERTIFIED
Criteria used: MTUS Acupuncture Medical Treatment Guidelines, 8 CCR 9792.24.1.
Rationale: A trial is supported.
`;
    expect(requestsOf(text).map((r) => [r.treatment, r.guidelines.map((g) => g.source)])).toEqual([['MRI', ['ODG']], ['acupuncture', ['MTUS']]]);
  });

  it('a citation opening an item block without a label belongs to that item; later prose does not', () => {
    const text = `UTILIZATION REVIEW DETERMINATION

REQUESTED TREATMENTS
1. Knee brace, hinged, right                                            DENIED
2. Naproxen 550 mg #60                                                  APPROVED

REASONS

1. Knee brace, hinged, right - DENIED.
   ODG Knee & Leg Chapter, Knee brace: limited to instability or ligament repair. Nothing here.
2. Naproxen 550 mg #60 - APPROVED.
   The anti-inflammatory is reasonable. MTUS Chronic Pain Medical Treatment Guidelines agree.
`;
    expect(requestsOf(text).map((r) => [r.treatment, r.guidelines.map((g) => [g.source, g.text])])).toEqual([
      ['orthotic/brace', [['ODG', 'ODG Knee & Leg Chapter, Knee brace']]],
      ['NSAID', []],
    ]);
  });

  it('a boxed table flattened into one line gives one clean request per row', () => {
    const text = `UR DETERMINATION

SUMMARY OF DECISIONS
+---+------------------------------+------------+ | # | Service requested | Decision | +---+------------------------------+------------+ | 1 | Lumbar MRI without contrast | DENIED | | 2 | Chiropractic care x6 visits | APPROVED | +---+------------------------------+------------+

CLINICAL NOTES
The claimant reports back pain.
`;
    expect(requestsOf(text).map((r) => [r.treatment, r.text])).toEqual([['MRI', 'Lumbar MRI without contrast'], ['chiropractic manipulation', 'Chiropractic care x6 visits']]);
  });
});

describe('findRequests: dot-leader rows and conditional tails', () => {
  it('lettered rows joined to their decision by a dot leader are requests', () => {
    const text = `UTILIZATION REVIEW DETERMINATION

  a) Lumbar MRI without contrast ...................... DENIED
  b) Tramadol 50 mg #60 ............................... APPROVED

BACKGROUND
The claimant has low back pain.
`;
    expect(brief(text)).toEqual([['MRI', null, null], ['opioid analgesic', 'tramadol', null]]);
  });

  it('an item offered only if the first steps fail is not requested', () => {
    expect(brief('PLAN:\n1. Continue naproxen 500 mg BID.\n2. Subacromial injection if there is no improvement after therapy.\n3. Knee brace if the pain persists.\n'))
      .toEqual([['NSAID', 'naproxen', null]]);
  });
});

describe('findRequests: spinal levels listed one by one', () => {
  it.each([
    ['radiofrequency ablation of the left T4, T5 and T6 medial branches', 'thoracic spine'],
    ['medial branch blocks at C4, C5 and C6 on the right', 'cervical spine'],
    ['medial branch blocks at L3, L4 and L5 bilaterally', 'lumbar spine'],
  ])('%s', (item, part) => {
    const text = `IMR DECISION(S) AND RATIONALE(S)\n\n1. Is ${item} medically necessary and appropriate?\n\nNo, the request is not medically necessary and appropriate.\n`;
    expect(requestsOf(text)[0]?.bodyPart).toBe(part);
  });
});

describe('findRequests: add-ons and treatments set aside', () => {
  it('a lab test joined by "with" is a request of its own; a treatment only to be discussed later is not', () => {
    const text = `PLAN
  1) Refill hydrocodone 5/325 mg, #45, with a urine toxicology screen next month.
A lumbar fusion would only be considered if the injections fail; it is not requested now.
`;
    expect(brief(text)).toEqual([['opioid analgesic', 'hydrocodone', null], ['urine drug screen', null, null]]);
  });
});

describe('findRequests: a plain UR table flattened into one line', () => {
  const text = `UTILIZATION REVIEW DETERMINATION

The requests below were reviewed:

No. Requested service Determination
- ------------------------------ ------------- 1 Facet injections, right L3-L4 and L4-L5 NON-CERTIFIED 2 Naproxen 550 mg, #60 MODIFIED (#30) 3 Aquatic therapy, 8 visits CERTIFIED

CLINICAL SUMMARY
Naproxen helps a little.
`;
  it('each row is a clean request; the decision and its "(#30)" belong to none', () => {
    expect(requestsOf(text).map((r) => [r.treatment, r.text, r.quantity])).toEqual([
      ['facet joint injection', 'Facet injections, right L3-L4 and L4-L5', null],
      ['NSAID', 'Naproxen 550 mg, #60', '#60'],
      ['aquatic therapy', 'Aquatic therapy, 8 visits', '8 visits'],
    ]);
  });

  it('a requested row is never read as care received', () => {
    expect(findPriorTreatments(docOf(text), lex).map((p) => p.treatment)).toEqual(['NSAID']);
  });
});

describe('findRequests: plan items named in fresh words, and items that are not asked for', () => {
  const PLAN = `TREATMENT PLAN:
1. Balloon kyphoplasty at L1.
2. DXA scan of the hip and spine.
3. Home cervical traction unit, purchase.
4. Custom foot orthoses, 1 pair.
5. Orthopedic follow-up in three months.
6. Topical agents as needed for the elbow.
7. Naproxen remains discontinued because of reflux.
8. A total shoulder arthroplasty may eventually become necessary; it is not part of my current recommendations.
`;
  it('reads each asked-for item and none of the others', () => {
    expect(brief(PLAN)).toEqual([
      ['surgery', 'kyphoplasty', null],
      ['other', 'bone density scan', null],
      ['durable medical equipment', null, null],
      ['orthotic/brace', null, null],
      ['consultation', null, null],
      ['topical analgesic', null, null],
    ]);
  });
});

describe('findRequests: an item that stops one drug and starts another', () => {
  const plan = (line: string) => `TREATMENT PLAN:\n1. ${line}\n2. Follow-up in four weeks.\n`;
  const drugs = (line: string) => requestsOf(plan(line)).map((r) => r.drug ?? r.procedure ?? r.treatment);

  it('asks only for the drug it switches to, told after ";", "and" or ","', () => {
    expect(drugs('Stop gabapentin; start nortriptyline 10 mg at bedtime, #30.')).toEqual(['nortriptyline']);
    expect(drugs('Discontinue tramadol and switch to tapentadol 50 mg #60.')).toEqual(['tapentadol']);
    expect(drugs('D/C oral naproxen, begin meloxicam 7.5 mg daily.')).toEqual(['meloxicam']);
  });

  it('opens the request at the switch verb', () => {
    const [r] = requestsOf(plan('Stop gabapentin; start nortriptyline 10 mg at bedtime, #30.'));
    expect(r!.text.startsWith('start nortriptyline')).toBe(true);
  });

  it('leaves a stop order alone and an item that does not open with one as it was', () => {
    expect(drugs('Stop oral naproxen.')).toEqual([]);
    expect(drugs('Continue gabapentin; start nortriptyline 10 mg at bedtime.')).toEqual(['gabapentin', 'nortriptyline']);
  });
});

describe('findRequests: a consultant leaves medications with the prescriber; a psychology evaluation', () => {
  it('an item that leaves drugs with the referring prescriber asks for nothing', () => {
    const text = 'RECOMMENDATIONS / REQUEST FOR AUTHORIZATION:\n1. Nortriptyline 10 mg at bedtime, #30.\n2. Pain psychology evaluation.\n3. Gabapentin and tramadol remain with you as prescriber; no change from my side.\n';
    expect(requestsOf(text).map((r) => [r.treatment, r.bodyPart])).toEqual([['antidepressant', null], ['consultation', 'psyche']]);
  });
  it('an evaluation joined to the therapy after it is that therapy, one request', () => {
    const text = 'PLAN:\n1. Pain psychology evaluation and cognitive behavioral therapy, 6 sessions\n';
    expect(requestsOf(text).map((r) => r.treatment)).toEqual(['cognitive behavioral therapy']);
  });
});

describe('findRequests: EMG biofeedback', () => {
  it('is biofeedback, not an electrodiagnostic study', () => {
    expect(requestsOf('PLAN:\n2. EMG biofeedback training, 6 sessions, coordinated with the CBT sessions.\n').map((r) => r.treatment)).toEqual(['biofeedback']);
  });
});

describe('findRequests: low-dose doxepin', () => {
  it('is a sleep aid', () => {
    expect(requestsOf('PLAN:\n6. Stop melatonin. Doxepin 3 mg qhs #30 - trial for sleep maintenance.\n').map((r) => [r.treatment, r.drug])).toEqual([['sleep aid', 'doxepin']]);
  });
});

describe('findRequests: a quantity written before an add-on is not its own', () => {
  it('a screen added to a medication with "with" takes no quantity from the medication', () => {
    const got = requestsOf('PLAN:\n(e) Continue tramadol 50 mg twice daily, #60, with a urine drug screen at the next visit.\n');
    expect(got.map((r) => [r.treatment, r.quantity])).toEqual([['opioid analgesic', '#60'], ['urine drug screen', null]]);
  });
});

describe('findRequests: a compounded ketoprofen cream', () => {
  it('is a compounded topical', () => {
    expect(requestsOf('PLAN:\n4. Ketoprofen 20% compounded cream, 120 g\n').map((r) => r.treatment)).toEqual(['compounded topical']);
  });
});

describe('findRequests: a follow-up item written "Pt to f/u"', () => {
  it('asks for nothing, even when it names a pending study', () => {
    expect(requestsOf('PLAN:\n5. Cont HEP daily.\n6. Pt to f/u with PTP MD Dr. Placeholder for meds and the pending NCV.\n').map((r) => r.treatment)).toEqual(['home exercise program']);
  });
});
