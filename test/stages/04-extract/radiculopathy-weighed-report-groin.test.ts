/**
 * A radiculopathy weighed against another cause ("less likely but not excluded", "more consistent
 * with X than with a radicular problem", "to sort out X from an L3 radiculopathy") is suspected,
 * not found; "It also notes that ..." goes on reporting the guideline named in the sentence before;
 * pain radiating from the groin starts at no spine; "2009 - resolved" closes a listed radiculopathy.
 * "An L5 radiculopathy is less likely", "... and it has not been excluded" and a test "to separate a
 * peroneal neuropathy from an L5 radiculopathy" keep it under consideration too; shoulder pain that
 * "sits at the front of the shoulder and radiates down the upper arm", chest pain radiating to the arm
 * and radiation treatment are not radicular; "no arm symptoms" in a record that never names the neck
 * is no denial of a radiculopathy.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);
const read = (text: string): string[] => rad(text).mentions.map((m) => `${m.subject}/${m.assertion}`);

describe('a radiculopathy weighed against another cause', () => {
  it('"is less likely but not excluded" is a suspicion despite the "but"', () => {
    const r = rad('IMPRESSION:\nThigh numbness, likely meralgia paresthetica; an upper lumbar (L3) radiculopathy is less likely but not excluded.');
    expect(read('IMPRESSION:\nAn upper lumbar (L3) radiculopathy is less likely but not excluded.')).toEqual(['patient/hypothetical']);
    expect(r.status).toBe('possible');
  });
  it('"more consistent with X than with a radicular problem" leaves the radicular cause open', () => {
    expect(read('The pattern is more consistent with a lateral femoral cutaneous neuropathy than with a radicular problem.')).toEqual(['patient/hypothetical']);
  });
  it('a test "to sort out" one cause "from an L3 radiculopathy" reaches past a long name', () => {
    expect(read('PLAN:\nEMG/NCS of the right lower extremity to sort out a lateral femoral cutaneous neuropathy from an L3 radiculopathy.')).toEqual(['patient/hypothetical']);
  });
  it('a plain finding stays affirmed', () => {
    expect(read('IMPRESSION:\nRight L5 radiculopathy, more severe than last visit.')).toEqual(['patient/affirmed']);
  });
});

describe('a report that goes on from the sentence before', () => {
  it('"ACOEM states ... . It also notes that ... a cervical radiculopathy should be considered" is the guideline\'s', () => {
    const r = rad('Decision rationale:\nACOEM states that two or three subacromial injections are recommended for impingement. It also notes that shoulder pain may be referred from the neck, so that a cervical radiculopathy should be considered when the history suggests it.');
    expect(r.mentions.map((m) => m.subject)).toEqual(['guideline']);
    expect(r.status).toBe('not_mentioned');
  });
  it('"It also notes" after a sentence about the patient keeps the patient\'s mention', () => {
    const r = rad('Decision rationale:\nThe progress report of 10/9 documents neck pain. It also notes that the EMG confirmed a right C6 radiculopathy.');
    expect(r.mentions.map((m) => `${m.subject}/${m.assertion}`)).toEqual(['patient/affirmed']);
  });
});

describe('non-spinal sources and listed history', () => {
  it('pain radiating from the groin into the thigh is no mention; from the back it is', () => {
    expect(read('HPI:\nThe pain radiates from the groin into the front of the thigh with prolonged standing.')).toEqual([]);
    expect(read('HPI:\nThe pain radiates from the low back into the back of the thigh.')).toEqual(['patient/affirmed']);
  });
  it('"Lumbar radiculopathy, right, 2009 - resolved" in a diagnosis list is history', () => {
    const r = rad('DIAGNOSES:\n1. Lumbar sprain/strain (S39.012A)\n2. Lumbar radiculopathy, right, 2009 - resolved, non-industrial\n3. GERD');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['historical']);
    expect(r.status).toBe('absent');
  });
});

describe('a diagnosis the record later refutes', () => {
  const text = 'CLINICAL CASE SUMMARY\nShe was seen at urgent care on 2/7/2013 and was diagnosed with a lumbar strain and right-sided sciatica. '
    + 'The treating physician continued to treat her for sciatica. An EMG was normal. The consultant concluded the pain comes from the right hip.\n'
    + 'DIAGNOSES:\n1. Right hip femoroacetabular impingement\n2. Right-sided sciatica, ruled out\n';
  it('the earlier diagnosis and treatment of it are negated with the refuting cue; the status is absent', () => {
    const r = rad(text);
    expect(r.mentions.map((m) => `${m.assertion}/${m.cue?.ruleId ?? ''}`)).toEqual(['negated/neg.ruled-out', 'negated/neg.ruled-out', 'negated/neg.ruled-out']);
    expect(r.status).toBe('absent');
  });
  it('"the early diagnosis of sciatica was not confirmed" is a refutation', () => {
    const r = rad('HISTORY\nShe was diagnosed with sciatica in May. The early diagnosis of sciatica was not confirmed: the MRI shows no nerve compression.');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['negated', 'negated']);
    expect(r.status).toBe('absent');
  });
  it('a refutation of another level or side leaves the diagnosis standing', () => {
    expect(rad('ASSESSMENT\nHe was diagnosed with right L5 radiculopathy on EMG. Right S1 radiculopathy was ruled out.').status).toBe('present');
    expect(rad('ASSESSMENT\nHe was diagnosed with right sciatica. Left sciatica was ruled out.').status).toBe('present');
  });
  it('a finding stated without a diagnosing verb is not touched', () => {
    expect(rad('HPI\nShe has sciatica down the right leg today. Sciatica was ruled out at the prior visit.').status).toBe('present');
  });
});

describe('a diagnosis list entry refuted later', () => {
  it('the diagnosis given first is negated by the later "ruled out"; an unrelated one stays', async () => {
    const { findDiagnoses } = await import('../../../src/stages/04-extract/find-diagnoses.js');
    const doc = docOf('DIAGNOSES:\n1. Lumbar strain\n2. Right-sided sciatica\n\nDISCUSSION:\nEMG normal; MRI without nerve compression.\n\nIMPRESSION:\n1. Right hip impingement\n2. Right-sided sciatica, ruled out\n');
    const dx = findDiagnoses(doc, lex).map((d) => `${d.concept}/${d.assertion}`);
    expect(dx).toContain('lumbar strain/present');
    expect(dx.filter((x) => x.startsWith('sciatica'))).toEqual(['sciatica/negated', 'sciatica/negated']);
  });
});

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
