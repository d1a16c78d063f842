/**
 * A radiculopathy weighed against another cause ("less likely but not excluded", "more consistent
 * with X than with a radicular problem", "to sort out X from an L3 radiculopathy") is suspected,
 * not found; "It also notes that ..." goes on reporting the guideline named in the sentence before;
 * pain radiating from the groin starts at no spine; "2009 - resolved" closes a listed radiculopathy.
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
