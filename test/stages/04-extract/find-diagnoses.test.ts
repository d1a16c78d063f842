import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const dxOf = (text: string) => findDiagnoses(docOf(text), lex);
const brief = (text: string) => dxOf(text).map((d) => [d.concept, d.icd10, d.assertion]);

describe('findDiagnoses: diagnosis lists', () => {
  it.each([
    // [text, concept, icd10, assertion, side]
    ['Diagnoses:\n1. Lumbar radiculopathy, left L5 (M54.16)\n', 'lumbar radiculopathy', 'M54.16', 'present', 'left'],
    ['Diagnoses: lumbar DDD.', 'lumbar degenerative disc disease', 'M51.36', 'present', null],
    ['Diagnoses: degenerative disc disease, lumbar.', 'lumbar degenerative disc disease', 'M51.36', 'present', null],
    ['Her diagnosis is spinal lumbar degenerative disk disease. She works.', 'lumbar degenerative disc disease', 'M51.36', 'present', null],
    ['Diagnoses: HNP L4-5.', 'lumbar disc displacement', 'M51.26', 'present', null],
    ['Diagnoses were L5-S1 disc protrusion and more.', 'lumbar disc displacement', 'M51.27', 'present', null],
    ['Diagnoses: cervical disc bulge, C5-6.', 'cervical disc displacement', 'M50.222', 'present', null],
    ['Diagnoses: left shoulder pain.', 'pain in shoulder', 'M25.512', 'present', 'left'],
    ['Diagnoses: shoulder pain.', 'pain in shoulder', 'M25.519', 'present', null],
    ['Diagnoses: bilateral CTS.', 'carpal tunnel syndrome', 'G56.03', 'present', 'bilateral'],
    ['Diagnoses: Partial-thickness rotator cuff tear, right shoulder.', 'incomplete rotator cuff tear', 'M75.111', 'present', 'right'],
    ['Diagnoses: lumbago.', 'low back pain', 'M54.50', 'present', null],
    ['Diagnoses: spasm of muscle.', 'other muscle spasm', 'M62.838', 'present', null],
    ['Diagnoses: lumbar muscle spasm.', 'muscle spasm of back', 'M62.830', 'present', null],
    ['Diagnoses: cervical sprain/strain.', 'cervical sprain', 'S13.4XXA', 'present', null],
    ['Impression:\n2. Possible peroneal tendon tear, right ankle.\n', 'tear of peroneal tendon', 'S96.811A', 'possible', 'right'],
    ['Diagnoses: cervical strain.', 'cervical strain', 'S16.1XXA', 'present', null],
    ['Diagnoses: lumbar strain.', 'lumbar strain', 'S39.012A', 'present', null],
    ['Diagnoses: lumbar sprain/strain.', 'lumbar sprain/strain', 'S33.5XXA', 'present', null],
    ['IMPRESSION:\n2. L5-S1 left paracentral disc extrusion.\n', 'lumbar disc displacement', 'M51.27', 'present', 'left'],
    ['Diagnoses: degenerative tear, posterior horn of the right medial meniscus.', 'derangement of posterior horn of medial meniscus due to old tear', 'M23.221', 'present', 'right'],
    ['The treating physician diagnosed right L5 radiculopathy. He works.', 'lumbar radiculopathy', 'M54.16', 'present', 'right'],
    ['DIAGNOSES\n2. Status post right L4-5 microdiscectomy with resolved right L5 radiculopathy.\n', 'lumbar radiculopathy', 'M54.16', 'historical', 'right'],
    ['Diagnoses: MPS.', 'myofascial pain syndrome', 'M79.18', 'present', null],
    ['Diagnoses: right knee medial meniscus tear.', 'tear of medial meniscus', 'S83.241A', 'present', 'right'],
    ['Diagnoses: Insomnia secondary to pain.', 'insomnia due to medical condition', 'G47.01', 'present', null],
    ['Diagnoses: Hypertension, non-industrial.', 'essential hypertension', 'I10', 'present', null],
    ['Diagnoses: GERD.', 'gastro-esophageal reflux disease without esophagitis', 'K21.9', 'present', null],
    ['Diagnoses: PTSD.', 'post-traumatic stress disorder, unspecified', 'F43.10', 'present', null],
    // rule-out, history, status post, resolved, negation
    ['Diagnoses: rule out right carpal tunnel syndrome.', 'carpal tunnel syndrome', 'G56.01', 'possible', 'right'],
    ['Diagnoses: 1) status post left L4-5 microdiscectomy.', 'status post lumbar surgery', 'Z98.890', 'historical', 'left'],
    ['DIAGNOSES:\n1. Cervical strain (S16.1XXA) - resolved\n', 'cervical strain', 'S16.1XXA', 'historical', null],
    ['IMPRESSION:\n1. Lumbar sprain/strain; no lumbar radiculopathy.\n', 'lumbar radiculopathy', 'M54.16', 'negated', null],
    // OCR noise: fuzzy matching inside a diagnosis list
    ['Diagnoses: lumbar degenerative disc diseaso.', 'lumbar degenerative disc disease', 'M51.36', 'present', null],
    ['Diagnoses: carpal tunnel syndrorne, right.', 'carpal tunnel syndrome', 'G56.01', 'present', 'right'],
  ])('%s', (text, concept, icd10, assertion, side) => {
    const found = dxOf(text).find((d) => d.concept === concept);
    expect(found, JSON.stringify(brief(text))).toBeDefined();
    expect([found!.icd10, found!.assertion, found!.side ?? null]).toEqual([icd10, assertion, side]);
    expect(docOf(text).text.slice(found!.evidence.start, found!.evidence.end)).toBe(found!.evidence.text);
  });
});

describe('findDiagnoses: written codes', () => {
  it('links a code written before the concept and prefers a valid written code', () => {
    const d = dxOf('Diagnoses listed on the RFA: M51.36 lumbar degenerative disc disease; M54.5 low back pain. He works.');
    expect(d.map((x) => [x.concept, x.icd10, x.icd10Written])).toEqual([
      ['lumbar degenerative disc disease', 'M51.36', 'M51.36'],
      ['low back pain', 'M54.50', 'M54.5'],
    ]);
  });
  it('keeps a more specific written code of the same concept', () => {
    const [d] = dxOf('Diagnoses:\n1. Osteoarthritis of the right knee (M17.11)\n');
    expect([d?.icd10, d?.side]).toEqual(['M17.11', 'right']);
  });
  it('follows a written code of the same category, and its own level code', () => {
    expect(brief('Diagnoses: Herniated nucleus pulposus L4-5 (M51.16); Lumbar radiculopathy (M54.17); M54.5 - Low back pain.'))
      .toEqual([['lumbar disc disorder with radiculopathy', 'M51.16', 'present'], ['lumbar radiculopathy', 'M54.17', 'present'], ['low back pain', 'M54.50', 'present']]);
  });
  it('reads a lone known code as its concept', () => {
    expect(brief('Diagnoses: M79.18.')).toEqual([['myofascial pain syndrome', 'M79.18', 'present']]);
  });
});

describe('findDiagnoses: what is not a diagnosis', () => {
  it('splits a list and drops qualifiers of the head diagnosis', () => {
    expect(brief('IMPRESSION:\n1. Lumbar sprain/strain with mild L4-5 and L5-S1 disc bulges.\n2. Depressive disorder secondary to chronic pain.\n'))
      .toEqual([['lumbar sprain/strain', 'S33.5XXA', 'present'], ['depression', 'F32.A', 'present']]);
  });
  it('ignores symptoms in the history and imaging findings', () => {
    expect(dxOf('HISTORY OF PRESENT ILLNESS:\nShe has chronic low back pain and right knee pain.\n\nMRI: L4-5 disc protrusion.')).toEqual([]);
  });
  it('reads a narrative history of a diagnosis', () => {
    expect(brief('He has a history of left L5 radiculopathy, which resolved after surgery.'))
      .toEqual([['lumbar radiculopathy', 'M54.16', 'historical']]);
  });
  it('reports a historical healed fracture with the personal-history code', () => {
    expect(brief('PAST MEDICAL HISTORY: History of wrist fracture. Hypothyroidism.'))
      .toEqual([['personal history of healed traumatic fracture', 'Z87.81', 'historical'], ['hypothyroidism, unspecified', 'E03.9', 'present']]);
  });
  it('reads a prior diagnosis said to have healed as history', () => {
    expect(brief('HISTORY\nShe had a prior non-industrial R wrist fracture in 2002 that healed without residuals.'))
      .toEqual([['personal history of healed traumatic fracture', 'Z87.81', 'historical']]);
    expect(dxOf('HISTORY\nShe had a prior wrist fracture in 2002.')).toEqual([]);
  });
  it('reads a diagnosis said to have settled as history, but not a symptom that resolved', () => {
    expect(brief('HISTORY\nA right wrist contusion from the same fall settled within a month. Her neck pain has resolved.'))
      .toEqual([['contusion of wrist', 'S60.211A', 'historical']]);
  });
  it('reads a heading-line list with letter markers, drops an item that refers back, and gives a sideless item its limb\'s one side', () => {
    expect(brief('PREOPERATIVE DIAGNOSES\n  a. Full-thickness tear of the right supraspinatus tendon.\n  b. Right subacromial impingement.\n\nPOSTOPERATIVE DIAGNOSES\n  a. Same, with a 2 cm crescent-shaped supraspinatus tear.\n  b. Type I SLAP fraying of the superior labrum.\n\n'))
      .toEqual([
        ['complete rotator cuff tear', 'M75.121', 'present'],
        ['impingement syndrome of shoulder', 'M75.41', 'present'],
        ['superior glenoid labrum lesion', 'S43.431A', 'present'],
      ]);
  });
  it('reads "history of" a procedure as status post', () => {
    expect(brief('IMPRESSION:\n3. History of lumbar fusion L5-S1 in 2012.\n')).toEqual([['status post spinal fusion', 'Z98.1', 'historical']]);
  });
  it('reads OCR-damaged words in a list (digits for letters, split words)', () => {
    expect(brief('Diagnoses: Lumbar radicu1opathy; cervical radicu lopathy; myofascia1 pain syndrome.').map((d) => d[1]))
      .toEqual(['M54.16', 'M54.12', 'M79.18']);
  });
  it('does not carry a side into the next mention', () => {
    const d = dxOf('The diagnoses include cervical disc herniation, bilateral shoulder impingement. He works.');
    expect(d.map((x) => [x.icd10, x.side])).toEqual([['M50.20', null], ['M75.41', 'bilateral']]);
  });
  it('reads the list on an assessment header line', () => {
    expect(brief('Subjective: neck pain and headaches.\nAssessment: Cervical sprain/strain, improving. Cervicogenic headaches.\nPlan: Continue PT.'))
      .toEqual([['cervical sprain', 'S13.4XXA', 'present'], ['cervicogenic headache', 'G44.86', 'present']]);
  });
  it('reads spine abbreviations and keeps a parenthesized code with the mention before it', () => {
    expect(brief('Dx: L/S strain; C/S strain.').map((d) => d[1])).toEqual(['S39.012A', 'S16.1XXA']);
    expect(dxOf('DIAGNOSIS:\nLumbar disc herniation with radiculopathy, L4-5 (M51.16)\nChronic pain syndrome (G89.4)\n').map((d) => [d.icd10, d.icd10Written]))
      .toEqual([['M51.16', 'M51.16'], ['G89.4', 'G89.4']]);
  });
  it('reads a diagnosis still to be confirmed as possible', () => {
    expect(brief('CLINICAL CASE SUMMARY\nAn EMG was requested to confirm the diagnosis of carpal tunnel syndrome. Diagnoses: cervical strain.'))
      .toEqual([['carpal tunnel syndrome', 'G56.00', 'possible'], ['cervical strain', 'S16.1XXA', 'present']]);
  });
  it('keeps a rule-out inside its own list line', () => {
    expect(brief('ASSESSMENT:\n3. Right carpal tunnel syndrome, clinically; r/o cervical radiculitis\n4. NSAID-related dyspepsia\n'))
      .toEqual([['carpal tunnel syndrome', 'G56.01', 'present'], ['cervical radiculopathy', 'M54.12', 'possible'], ['functional dyspepsia', 'K30', 'present']]);
  });
  it('reads lists whose wrapped lines are separated by blank lines (OCR layout)', () => {
    expect(brief('He remains off work. Diagnoses:\n1)\n\nlumbar spondylosis without myelopathy or radiculopathy: 2) status post left L4-5 microdiscectomy.\n\nThe treating physician requested RFA.').map((d) => d[1]))
      .toEqual(['M47.816', 'Z98.890']);
    expect(brief('Diagnoses included\n\ncervical disc protrusion C6-C7\n\nand lumbar sprain/straini. The provider requested EMG.').map((d) => [d[1], d[2]]))
      .toEqual([['M50.223', 'present'], ['S33.5XXA', 'present']]);
  });
  it('reads ICD-9-era descriptions and slash alternatives', () => {
    expect(brief('Diagnoses: Thoracic or lumbosacral neuritis or radiculitis, unspecified; Degeneration of lumbar or lumbosacral intervertebral disc; Lumbar radiculopathy/radiculitis.').map((d) => d[1]))
      .toEqual(['M54.16', 'M51.36', 'M54.16']);
  });
  it('reads the sample letter\'s diagnosis sentence as three diagnoses', () => {
    expect(brief('Her diagnosis is spasm of muscle, shoulder pain, spinal lumbar degenerative disk disease.  All prior records.'))
      .toEqual([['other muscle spasm', 'M62.838', 'present'], ['pain in shoulder', 'M25.519', 'present'], ['lumbar degenerative disc disease', 'M51.36', 'present']]);
  });
  it('leaves family history out', () => {
    expect(dxOf('FAMILY HISTORY: His father had a history of sciatica treated with surgery.')).toEqual([]);
  });
  it('reads a diagnosis label inside a request for authorization, not the plan\'s running text', () => {
    expect(brief('TREATMENT PLAN:\n1. Request authorization for EMG to exclude carpal tunnel syndrome. Diagnosis: lumbar strain (S39.012A).\n'))
      .toEqual([['lumbar strain', 'S39.012A', 'present']]);
  });
  it('does not read rationale sections', () => {
    expect(dxOf('Rationale: Trigger point injections are recommended for myofascial pain syndrome.\n')).toEqual([]);
  });
});

describe('findDiagnoses: the code a clinician writes settles the reading', () => {
  it('a sprain written with a strain code of the same region is that entry', () => {
    expect(brief('Diagnoses:\n1. Neck sprain (S16.1XXA).\n')).toEqual([['cervical strain', 'S16.1XXA', 'present']]);
  });
  it('a code of an unrelated category still leaves the written concept', () => {
    expect(brief('Diagnoses:\n1. Lumbar sprain (M54.50).\n').map((d) => d[0])).toEqual(['lumbar sprain']);
  });
  it('two names side by side with one code: the coded name is the diagnosis', () => {
    expect(brief('Diagnoses:\n1. Myofascial pain syndrome / muscle spasm of back (M62.830).\n')).toEqual([['muscle spasm of back', 'M62.830', 'present']]);
  });
});

describe('findDiagnoses: sides and knee loose bodies', () => {
  it('a sided diagnosis takes the one side the document gives the same diagnosis', () => {
    const text = 'HISTORY:\nHe had right-sided sciatica in 2009 that cleared.\n\nDIAGNOSES:\n1. History of sciatica, resolved.\n';
    expect(brief(text)).toEqual([['sciatica', 'M54.31', 'historical'], ['sciatica', 'M54.31', 'historical']]);
  });
  it('a loose body of the knee, by side', () => {
    expect(brief('Diagnoses: rule out left knee loose body.')).toEqual([['loose body in knee', 'M23.42', 'possible']]);
  });
});

describe('findDiagnoses: a dash ends a symptom before its differential', () => {
  it('the symptom stays present, the differential is possible', () => {
    expect(brief('DIAGNOSES\n  Left wrist numbness - carpal tunnel syndrome vs. cubital tunnel syndrome\n').map((d) => d[2])).toEqual(['present', 'possible', 'possible']);
  });
});

describe('findDiagnoses: inline lists, comorbidity labels, family history and titles', () => {
  it('reads every item of a numbered list written in one paragraph', () => {
    expect(brief('HISTORY:\nShe was seen in May. Diagnoses: 1. Lumbar facet arthropathy, L4-L5. 2. Cervical strain. 3. Lumbar sprain/strain. She returned to work.').map((d) => d[0]))
      .toEqual(['lumbar spondylosis without myelopathy or radiculopathy', 'cervical strain', 'lumbar sprain/strain']);
  });
  it('lists a non-industrial condition under its inline label as present', () => {
    expect(brief('HISTORY:\nHe fell at work. Non-industrial history: hypothyroidism, on levothyroxine.'))
      .toEqual([['hypothyroidism, unspecified', 'E03.9', 'present']]);
  });
  it('drops a family member\'s surgery on a family-history line', () => {
    expect(brief('HISTORY:\nFamily history: father s/p lumbar fusion.\n')).toEqual([]);
  });
  it('does not read a guideline title as a diagnosis', () => {
    expect(brief('DIAGNOSES:\nLumbar strain.\n\nCRITERIA:\nMTUS Chronic Pain Medical Treatment Guidelines, Opioids.\n').map((d) => d[0]))
      .toEqual(['lumbar strain']);
  });
  it('maps insomnia related to chronic pain to the medical-condition code', () => {
    expect(brief('Diagnoses: insomnia associated with chronic pain.')).toEqual([['insomnia due to medical condition', 'G47.01', 'present']]);
  });
});
