import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorOf = (text: string) => findPriorTreatments(docOf(`HISTORY OF PRESENT ILLNESS:\n${text}\n`), lex);
const brief = (text: string) => priorOf(text).map((p) => [p.treatment, p.drug ?? p.procedure ?? null, p.response]);

describe('findPriorTreatments: one per course, each with its own response', () => {
  it.each([
    ['Treatment to date has included physical therapy (12 sessions) with partial relief, naproxen, cyclobenzaprine and a home exercise program (HEP).',
      [['physical therapy', null, 'partial_relief'], ['NSAID', 'naproxen', 'unknown'], ['muscle relaxant', 'cyclobenzaprine', 'unknown'], ['home exercise program', null, 'unknown']]],
    ['Treatment has included 18 visits of physical therapy with partial improvement, 8 chiropractic sessions with no relief, NSAIDs and acupuncture.',
      [['physical therapy', null, 'partial_relief'], ['chiropractic manipulation', null, 'no_relief'], ['NSAID', null, 'unknown'], ['acupuncture', null, 'unknown']]],
    ['Ibuprofen 800 mg and cyclobenzaprine 10 mg at bedtime help partially.',
      [['NSAID', 'ibuprofen', 'partial_relief'], ['muscle relaxant', 'cyclobenzaprine', 'partial_relief']]],
    ['Physical therapy (20 visits) and a home exercise program gave partial relief.',
      [['physical therapy', null, 'partial_relief'], ['home exercise program', null, 'partial_relief']]],
    ['She had a course of occupational therapy in 2012 that reportedly worsened the hand numbness.',
      [['occupational therapy', null, 'worsened']]],
    ['He has a history of left L5 radiculopathy, which resolved after a left L4-5 microdiscectomy in 2010.',
      [['surgery', 'microdiscectomy', 'significant_relief']]],
    ['The patient declined corticosteroid injections. She takes meloxicam 15 mg daily with partial relief.',
      [['NSAID', 'meloxicam', 'partial_relief']]],
    ['The provider requested a cervical epidural steroid injection. She completed 8 visits of physical therapy without improvement.',
      [['physical therapy', null, 'no_relief']]],
    ['Tramadol 50 mg was stopped after one week because of nausea; she could not say whether it helped.',
      [['opioid analgesic', 'tramadol', 'unknown']]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('reads percent, duration, function, date, body part, side and sessions from the scope', () => {
    const [tpi] = priorOf('Trigger point injections (TPI) were performed on 1/15/2014 in the left lumbar paraspinal muscles; he reported greater than 70% relief for approximately 8 weeks, during which time he resumed his walking program.');
    expect(tpi).toMatchObject({
      treatment: 'trigger point injection', date: '2014-01-15', response: 'significant_relief', reliefPercent: 70,
      durationWeeks: 8, functionalImprovement: true, bodyPart: 'lumbar spine', side: 'left',
    });
    const [pt] = priorOf('She completed 18 sessions of physical therapy with partial relief.');
    expect(pt?.sessions).toBe(18);
  });

  it('relief for hours or days is temporary; durationWeeks only for a week or more', () => {
    expect(priorOf('A right knee corticosteroid injection on 10/20/2015 relieved his pain for about 2 days.')[0])
      .toMatchObject({ response: 'temporary_relief', durationWeeks: null, date: '2015-10-20', bodyPart: 'knee', side: 'right' });
    expect(priorOf('A right knee steroid injection on 04/12/16 gave temporary relief for about two weeks.')[0])
      .toMatchObject({ response: 'temporary_relief', durationWeeks: 2, date: '2016-04-12' });
  });

  it('keeps two dated courses of one treatment apart and resolves "a confirmatory block"', () => {
    const out = priorOf('Diagnostic bilateral L4-5 medial branch blocks on 12 Mar 2014 provided 80% relief for approximately six hours, and a confirmatory block on 16 Apr 2014 provided 75% relief for five hours.');
    expect(out.map((p) => [p.treatment, p.date, p.response, p.reliefPercent])).toEqual([
      ['medial branch block', '2014-03-12', 'significant_relief', 80],
      ['medial branch block', '2014-04-16', 'significant_relief', 75],
    ]);
  });

  it('merges repeated mentions of one medication and reads pain with and without medication for an opioid', () => {
    const out = priorOf('She rates her pain 8/10 without and 5/10 with medication. Current medications are Norco 10/325 mg twice daily and omeprazole. She reduced Norco to two tablets.');
    expect(out.map((p) => [p.treatment, p.drug, p.response])).toEqual([['opioid analgesic', 'hydrocodone/acetaminophen', 'partial_relief']]);
  });

  it('a plan item is prior only when continued; a time reference adds to the course it names', () => {
    const doc = docOf('SUBJECTIVE:\nShe had right shoulder arthroscopy. She is about 40% better than before surgery.\nPLAN:\n1. Continue home exercise program.\n2. Physical therapy 2x/week x 4 weeks.\n');
    expect(findPriorTreatments(doc, lex).map((p) => [p.treatment, p.response, p.reliefPercent])).toEqual([
      ['surgery', 'partial_relief', 40], ['home exercise program', 'unknown', null],
    ]);
  });

  it('every fact has evidence that slices the text', () => {
    const doc = docOf('HISTORY:\nShe completed 12 sessions of physical therapy with partial relief. Naproxen helps somewhat.\n');
    for (const p of findPriorTreatments(doc, lex)) expect(doc.text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
  });
});

describe('findPriorTreatments: more phrasings', () => {
  it.each([
    ['Prior treatment has included physical therapy, which did not help, and two epidural injections, which provided 50% relief for three months.',
      [['physical therapy', null, 'no_relief', null, null], ['epidural steroid injection', null, 'partial_relief', 50, 13]]],
    ['She has tried Motrin, Flexeril and Tylenol without improvement.',
      [['NSAID', 'ibuprofen', 'no_relief', null, null], ['muscle relaxant', 'cyclobenzaprine', 'no_relief', null, null], ['medication (other)', 'acetaminophen', 'no_relief', null, null]]],
    ['He denies any prior physical therapy.', []],
    ['Treatment has included chiropractic care without relief,\n\nacupuncture (response not documented),\n\na lumbar epidural injection in 2009 without benefit.',
      [['chiropractic manipulation', null, 'no_relief', null, null], ['acupuncture', null, 'unknown', null, null], ['epidural steroid injection', null, 'no_relief', null, null]]],
    ['She was referred for physical therapy in 2015, which helped somewhat.', [['physical therapy', null, 'partial_relief', null, null]]],
    ['The provider requested physical therapy.', []],
    ['Patient is status post L4-5 fusion in 2015 with good relief. He had a TKA in 2012.',
      [['surgery', 'spinal fusion', 'significant_relief', null, null], ['surgery', 'total knee arthroplasty', 'unknown', null, null]]],
    ['Eight chiropractic sessions gave no sustained benefit.', [['chiropractic manipulation', null, 'no_relief', null, null]]],
    ['A subacromial cortisone injection gave about two days of relief. Naproxen has been of little use.',
      [['steroid injection', null, 'temporary_relief', null, null], ['NSAID', 'naproxen', 'no_relief', null, null]]],
    ['A lumbar epidural steroid injection was done in March. At follow-up in April he reported relief of roughly 60% lasting about three weeks.',
      [['epidural steroid injection', null, 'partial_relief', 60, 3]]],
    ['A compounded cream of ketoprofen 10%, baclofen 2% and lidocaine 5% was dispensed in May; no benefit from it is recorded.',
      [['compounded topical', null, 'unknown', null, null]]],
    ['She uses a compound cream (gabapentin/lidocaine) which helps somewhat, and takes naproxen daily.',
      [['compounded topical', null, 'partial_relief', null, null], ['NSAID', 'naproxen', 'unknown', null, null]]],
    ['Acupuncture made her pain worse. Massage therapy helped for a few hours. The TENS unit is helpful.',
      [['acupuncture', null, 'worsened', null, null], ['massage therapy', null, 'temporary_relief', null, null], ['TENS unit', null, 'partial_relief', null, null]]],
  ])('%s', (text, expected) => {
    expect(priorOf(text).map((p) => [p.treatment, p.drug ?? p.procedure ?? null, p.response, p.reliefPercent, p.durationWeeks])).toEqual(expected);
  });
});

describe('findPriorTreatments: dates', () => {
  it.each([
    ['On 3/12/2014, he underwent bilateral L4-5 medial branch blocks with 80% relief for 6 hours.', '2014-03-12'],
    ['A left L5-S1 transforaminal ESI on 01/21/2015 provided 50% relief for 6 weeks.', '2015-01-21'],
    ['Since starting care here on 08/15/2011 she has had 6 chiropractic visits.', null],
    ['She had 6 acupuncture sessions in July 2011 with no relief.', null],
  ])('%s → %s', (text, date) => {
    expect(priorOf(text)[0]?.date).toBe(date);
  });
});

describe('findPriorTreatments: one treatment, two outcomes', () => {
  it('a contrast with two body parts and two outcomes gives two courses', () => {
    const out = priorOf('He was treated with physical therapy, 12 visits between 09/2016 and 11/2016. He feels that therapy improved the low back by about 30% but did nothing for the neck and arm symptoms.');
    expect(out.map((p) => [p.treatment, p.bodyPart, p.response, p.reliefPercent, p.sessions])).toEqual([
      ['physical therapy', 'lumbar spine', 'partial_relief', 30, 12],
      ['physical therapy', 'cervical spine', 'no_relief', null, 12],
    ]);
  });

  it('a contrast without two body parts stays one course', () => {
    expect(priorOf('Physical therapy helped initially but the pain returned.').length).toBe(1);
  });
});

describe('findPriorTreatments: a medication cut back is the outcome of the treatment before it', () => {
  it('credits the injection with the functional gain stated after the medication', () => {
    const esi = priorOf('A left L5-S1 epidural steroid injection on 01/21/2015 provided 50% relief for 6 weeks; during that period she reduced Norco from four tablets to two tablets per day and returned to modified duty.')
      .find((p) => p.treatment === 'epidural steroid injection');
    expect(esi).toMatchObject({ response: 'partial_relief', reliefPercent: 50, durationWeeks: 6, functionalImprovement: true });
  });
});

describe('findPriorTreatments: care told elsewhere than the treatment history', () => {
  it('a diagnosis list or exam adds a date to a course but does not start one', () => {
    const doc = docOf('HISTORY:\nShe had a left knee arthroscopy and has done well.\nEXAM:\nKnee flexion unchanged since the 2012 fusion.\nDIAGNOSES:\n1. S/p left knee arthroscopy, 03/02/2015.\n2. Status post lumbar laminectomy.\n');
    expect(findPriorTreatments(doc, lex).map((p) => [p.treatment, p.procedure ?? null, p.date])).toEqual([['surgery', 'knee arthroscopy', '2015-03-02']]);
  });

  it('a treatment the physician asked for is not yet received', () => {
    expect(brief('Her surgeon asked for a course of aquatic therapy and pregabalin 75 mg #60.')).toEqual([]);
  });

  it('a run-in diagnosis list names a condition, not a course of care', () => {
    expect(brief('On exam she was tender. Diagnoses: cervical strain (S13.4XXA); status post C5-6 fusion; insomnia.')).toEqual([]);
  });

  it("a relative's operation, a pre-claim past history and a form label are not the patient's care", () => {
    expect(brief('Her father, a retired welder, underwent a lumbar fusion. Past surgical history is notable for an appendectomy and a cholecystectomy.')).toEqual([]);
    expect(brief('Date of surgery: 05/05/2020. She tolerated the knee arthroscopy well.').map((p) => p[0])).not.toContain('other');
  });

  it('a sentence pointing back at the treatment gives its response', () => {
    expect(priorOf('She had a right C6-7 interlaminar epidural injection in May. Following that injection she had roughly 70% relief for about nine weeks and went back to full duty.')[0])
      .toMatchObject({ treatment: 'epidural steroid injection', response: 'significant_relief', reliefPercent: 70, durationWeeks: 9, functionalImprovement: true });
  });

  it('relief that then came back, a worsening, no change, half better and complete relief', () => {
    expect(brief('Massage eased the spasm, but the tightness came back the next morning. Aquatic therapy increased her hip pain. A resting hand splint did not change the numbness. Duloxetine has lessened the burning by about half. An arthroscopic meniscectomy relieved the locking completely.')).toEqual([
      ['massage therapy', null, 'temporary_relief'], ['aquatic therapy', null, 'worsened'], ['orthotic/brace', null, 'no_relief'],
      ['antidepressant', 'duloxetine', 'partial_relief'], ['surgery', expect.anything(), 'significant_relief'],
    ]);
  });
});

describe('findPriorTreatments: devices and bursa injections, and UR decision rows', () => {
  it('a bursa injection is a steroid injection; a counterforce brace and a walking boot are braces', () => {
    expect(brief('A left subacromial bursa injection on 2/3/2019 gave about 80% relief for four months. He tried a counterforce brace, which did not help.'))
      .toEqual([['steroid injection', null, 'significant_relief'], ['orthotic/brace', null, 'no_relief']]);
  });

  it("a UR letter's dot-leader decision rows are requests, not care received", () => {
    const doc = docOf(`UTILIZATION REVIEW DETERMINATION

We reviewed the Request for Authorization for the items below.

  1) Right knee corticosteroid injection x1 .......... APPROVED
  2) Knee brace, hinged .............................. DENIED

HISTORY
Ibuprofen helps partially.
`);
    expect(findPriorTreatments(doc, lex).map((p) => p.treatment)).toEqual(['NSAID']);
  });
});

describe('findPriorTreatments: operations', () => {
  it('two procedures joined by "and" are one operation, placed by the level written before them', () => {
    const p = priorOf('She had neck pain with left hand tingling and underwent a C6-C7 foraminotomy and discectomy on 09/14/2015.');
    expect(p.map((x) => [x.treatment, x.bodyPart, x.date])).toEqual([['surgery', 'cervical spine', '2015-09-14']]);
  });

  it('a condition named after an operation is not the operation, nor a failed treatment', () => {
    const p = priorOf('He underwent an L5-S1 fusion on 02/02/2012. The working diagnosis is failed back surgery syndrome.');
    expect(p.map((x) => [x.treatment, x.bodyPart, x.response])).toEqual([['surgery', 'lumbar spine', 'unknown']]);
  });
});

describe('findPriorTreatments: clinic shorthand', () => {
  it('"Chiro" is chiropractic care; "Cont" in a plan continues a treatment', () => {
    expect(brief('  - Chiro x10 (2019): did not help.')).toEqual([['chiropractic manipulation', null, 'no_relief']]);
    const doc = docOf('PLAN:\n  3. Cont meloxicam 15 mg daily #30.\n  4. Cont\'d HEP, daily walking.\n');
    expect(findPriorTreatments(doc, lex).map((p) => p.treatment)).toEqual(['NSAID', 'home exercise program']);
  });
});

describe('findPriorTreatments: devices', () => {
  it('two different devices are two courses; "the brace" after "a knee brace" is the same one', () => {
    expect(brief('After the fracture he wore a walking boot for six weeks. A night splint gave no relief.'))
      .toEqual([['orthotic/brace', null, 'unknown'], ['orthotic/brace', null, 'no_relief']]);
    expect(brief('She was fitted with a knee brace, and the brace helped on stairs.')).toEqual([['orthotic/brace', null, 'partial_relief']]);
  });
});

describe('findPriorTreatments: a therapist\'s credentials are no treatment', () => {
  it('"PT, DPT" after a name and a PT license number name no care', () => {
    expect(brief('Ibuprofen helps a little.\nTherapist: Casey Moore, PT, DPT    CA PT License # 000000')).toEqual([['NSAID', 'ibuprofen', 'partial_relief']]);
  });
});

describe('findPriorTreatments: objects in the injury story, same-day relief', () => {
  it('equipment handled at work is no treatment; relief the same day only is temporary', () => {
    expect(brief('On 3/2/2021 he was pushing a loaded wheelchair up a ramp when his back gave out. Massage felt good that day only.'))
      .toEqual([['massage therapy', null, 'temporary_relief']]);
  });
});

describe('findPriorTreatments: ice', () => {
  it('ice applied is cold therapy; ice underfoot is not', () => {
    expect(brief('In 2016 he slipped on ice in the parking lot. He applies ice to the knee at night, which helps.'))
      .toEqual([['heat/cold therapy', null, 'partial_relief']]);
  });
});

describe('findPriorTreatments: care for a condition outside the claim', () => {
  it.each([
    'He underwent an open carpal tunnel release on the right wrist back in 2011 for a nonindustrial problem and has had no hand symptoms since.',
    'In 2015 he had lumbar pain, unrelated to his job, that settled after one course of chiropractic care.',
  ])('%s', (text) => {
    expect(brief(text)).toEqual([]);
  });
  it('care for the claim in the same paragraph is kept', () => {
    expect(brief('She completed six physical therapy visits after this injury with some relief.').map((p) => p[0])).toEqual(['physical therapy']);
  });
});

describe('findPriorTreatments: counseling visits are psychotherapy', () => {
  it('a course of counseling sessions is a psychotherapy course for the psyche', () => {
    expect(priorOf('He attended four counseling sessions with a union-referred therapist for sleep trouble after the robbery.').map((p) => [p.treatment, p.bodyPart])).toEqual([['psychotherapy', 'psyche']]);
  });
});

describe('findPriorTreatments: a UR summary table with hash-numbered rows', () => {
  const UR = `UTILIZATION REVIEW DETERMINATION

SUMMARY OF REQUESTS:
  #1  Aquatic therapy for the lumbar spine, twice weekly x 4 weeks (8 visits) ......... CERTIFIED
  #2  Lumbar support brace, lumbosacral orthosis, purchase x 1 .................. NON-CERTIFIED

CLINICAL SUMMARY:
The claimant has completed six sessions of land-based physical therapy with partial relief.
`;
  it('reads the rows as requested items, not as care received', () => {
    const priors = findPriorTreatments(docOf(UR), lex).map((p) => [p.treatment, p.response]);
    expect(priors).toEqual([['physical therapy', 'partial_relief']]);
  });
});
