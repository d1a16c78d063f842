import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/lexicons/load-lexicons.js';
import { assertInSentence } from '../../../src/stages/05-assert/assert-in-sentence.js';
import type { Assertion } from '../../../src/types/assertion.js';

const lex = loadLexicon('context');

type Flag = 'negated' | 'possible' | 'hypothetical' | 'historical' | 'other' | 'guideline' | 'affirmed';

function flagsOf(a: Assertion): Flag[] {
  const out: Flag[] = [];
  if (a.negated) out.push('negated');
  if (a.possible) out.push('possible');
  if (a.hypothetical) out.push('hypothetical');
  if (a.historical) out.push('historical');
  if (a.experiencer === 'other') out.push('other');
  if (a.guideline) out.push('guideline');
  return out.length ? out : ['affirmed'];
}

function run(sentence: string, target: string): Assertion {
  const start = sentence.indexOf(target);
  if (start < 0) throw new Error(`target "${target}" not in "${sentence}"`);
  return assertInSentence(sentence, start, start + target.length, lex);
}

// [sentence, target, expected flags (exactly), text of the nearest cue or null]
type Row = [string, string, Flag[], string | null];

const negation: Row[] = [
  ['He denies radiating pain, numbness or tingling in the lower extremities.', 'radiating pain', ['negated'], 'denies'],
  ['He denies radiating pain, numbness or tingling in the lower extremities.', 'tingling', ['negated'], 'denies'],
  ['She has no radicular symptoms in the lower extremities.', 'radicular symptoms', ['negated'], 'no'],
  ['Diagnoses: lumbar spondylosis without myelopathy or radiculopathy.', 'radiculopathy', ['negated'], 'without'],
  ['EMG showed median neuropathy with no evidence of cervical radiculopathy.', 'cervical radiculopathy', ['negated'], 'no evidence of'],
  ['Neuro: negative for focal deficits.', 'focal deficits', ['negated'], 'negative for'],
  ['The study is negative for radiculopathy.', 'radiculopathy', ['negated'], 'is negative for'],
  ['There is absence of reflexes at the ankle.', 'reflexes', ['negated'], 'absence of'],
  ['Abdomen free of masses.', 'masses', ['negated'], 'free of'],
  ['The electrodiagnostic study did not show radiculopathy.', 'radiculopathy', ['negated'], 'did not show'],
  ['No   radicular\nsigns on exam', 'radicular\nsigns', ['negated'], 'No'],
  ['NO EVIDENCE OF ACUTE FRACTURE', 'ACUTE FRACTURE', ['negated'], 'NO EVIDENCE OF'],
  // backward triggers
  ['Fracture was ruled out.', 'Fracture', ['negated'], 'was ruled out'],
  ['The MRI ruled out a fracture.', 'fracture', ['negated'], 'ruled out'],
  ['Spurling test is negative.', 'Spurling test', ['negated'], 'is negative'],
  ['Radicular pain was denied.', 'Radicular pain', ['negated'], 'was denied'],
  ['Ankle reflexes are absent.', 'Ankle reflexes', ['negated'], 'are absent'],
  ['Radiculopathy is not present on examination.', 'Radiculopathy', ['negated'], 'is not present'],
  ['Allergies: none.', 'Allergies', ['negated'], 'none'],
  ['She is not currently taking opioids.', 'opioids', ['negated'], 'not'],
  ['The leg pain is not due to radiculopathy.', 'radiculopathy', ['negated'], 'not'],
];

const terminators: Row[] = [
  ['No fever but has radicular pain.', 'radicular pain', ['affirmed'], null],
  ['No numbness, however she reports weakness.', 'weakness', ['affirmed'], null],
  ['She denies numbness although tingling persists.', 'tingling', ['affirmed'], null],
  ['No spasm; positive straight leg raise on the left.', 'straight leg raise', ['affirmed'], null],
  ['No fracture. Degenerative changes at L4-5.', 'Degenerative changes', ['affirmed'], null],
  ['No pain aside from mild stiffness.', 'mild stiffness', ['affirmed'], null],
  ['Denies chest pain, reports shortness of breath.', 'shortness of breath', ['affirmed'], null],
  ['No weakness secondary to the fall.', 'the fall', ['affirmed'], null],
  ['No spasm, positive Spurling test on the right', 'Spurling test', ['affirmed'], null],
  ['No positive Tinel sign at the wrist', 'Tinel sign', ['negated'], 'No positive'],
  // beyond the scope limit of the trigger
  ['No fever was recorded at the clinic visit on that day in the afternoon while she waited and she has neck pain.', 'neck pain', ['affirmed'], null],
  // a cue in the middle of a long target says nothing about the whole span
  ['The lungs show no opacities.', 'lungs show no opacities', ['affirmed'], null],
];

const pseudo: Row[] = [
  ['There is no increase in the size of the disc protrusion.', 'disc protrusion', ['affirmed'], null],
  ['No change in her low back pain since the last visit.', 'low back pain', ['affirmed'], null],
  ['Gram negative rods were seen.', 'rods', ['affirmed'], null],
  ['She ambulates without difficulty with a cane.', 'cane', ['affirmed'], null],
  ['Not only neck pain but also headaches.', 'neck pain', ['affirmed'], null],
  ['No more than 3-4 injections per session.', 'injections', ['affirmed'], null],
  ['The request is not medically necessary for the lumbar radiculopathy.', 'lumbar radiculopathy', ['affirmed'], null],
  ['Knee pain that has not responded to therapy, corticosteroid or viscosupplementation.', 'corticosteroid', ['affirmed'], null],
  ['She reports no relief with physical therapy.', 'physical therapy', ['affirmed'], null],
  ['Findings are not necessarily related to radiculopathy.', 'radiculopathy', ['affirmed'], null],
];

const possible: Row[] = [
  ['Diagnoses: rule out cervical radiculopathy.', 'cervical radiculopathy', ['possible'], 'rule out'],
  ['Paresthesia, right hand - r/o carpal tunnel syndrome.', 'carpal tunnel syndrome', ['possible'], 'r/o'],
  ['Possible left L5 radiculopathy.', 'left L5 radiculopathy', ['possible'], 'Possible'],
  ['Findings suspicious for a labral tear.', 'labral tear', ['possible'], 'suspicious for'],
  ['EMG/NCV to evaluate for peripheral neuropathy.', 'peripheral neuropathy', ['possible'], 'to evaluate for'],
  ['EMG to differentiate cervical radiculopathy from carpal tunnel syndrome.', 'cervical radiculopathy', ['possible'], 'to differentiate'],
  ['Radiculopathy cannot be ruled out.', 'Radiculopathy', ['possible'], 'cannot be ruled out'],
  ['Rule out cervical radiculopathy vs. carpal tunnel syndrome.', 'carpal tunnel syndrome', ['possible'], 'vs.'],
  ['There is concern for a recurrent disc herniation.', 'recurrent disc herniation', ['possible'], 'concern for'],
  ['Her surgeon was questioning an L5 radiculopathy at the last visit.', 'L5 radiculopathy', ['possible'], 'was questioning an'],
  ['A thoracic outlet syndrome has not yet been ruled out.', 'thoracic outlet syndrome', ['possible'], 'not yet been ruled out'],
  ['An ulnar neuropathy has not been excluded.', 'ulnar neuropathy', ['possible'], 'not been excluded'],
  ['On questioning, she reports radicular pain into the calf.', 'radicular pain', ['affirmed'], null],
  ['Diagnoses: disc protrusion, rule out right carpal tunnel syndrome and lumbar sprain/strain.', 'lumbar sprain/strain', ['affirmed'], null],
];

const hypothetical: Row[] = [
  ['Should radicular symptoms develop, repeat electrodiagnostic testing could be considered.', 'radicular symptoms', ['hypothetical'], 'Should'],
  ['Should radicular symptoms develop, repeat electrodiagnostic testing could be considered.', 'repeat electrodiagnostic testing', ['hypothetical'], 'could be considered'],
  ['Return if numbness develops in the legs.', 'numbness', ['hypothetical'], 'Return if'],
  ['In the event of worsening weakness she will go to the emergency room.', 'worsening weakness', ['hypothetical'], 'In the event of'],
  ['If this fails, surgery would be discussed.', 'surgery', ['hypothetical'], 'would be discussed'],
];

const historical: Row[] = [
  ['He has a history of left L5 radiculopathy.', 'left L5 radiculopathy', ['historical'], 'history of'],
  ['S/p right shoulder arthroscopy in 2014.', 'right shoulder arthroscopy', ['historical'], 'S/p'],
  ['Status post L4-5 microdiscectomy.', 'L4-5 microdiscectomy', ['historical'], 'Status post'],
  ['The radicular symptoms resolved after his 2010 surgery.', 'radicular symptoms', ['historical'], 'resolved'],
  ['Cervical strain - resolved', 'Cervical strain', ['historical'], '- resolved'],
  ['Her neck pain has resolved.', 'neck pain', ['historical'], 'has resolved'],
  ['History of back pain, now with radiculopathy.', 'radiculopathy', ['affirmed'], null],
  ['No history of diabetes.', 'diabetes', ['negated'], 'No history of'],
  ['Pain began prior to the injection.', 'injection', ['affirmed'], null],
  // a condition told and then said to have gone: a past episode
  ['She had right-sided sciatica in 2009, which went away with chiropractic care.', 'sciatica', ['historical'], 'which went away'],
  ['Arm tingling after a neck strain in 2011 had cleared up by spring.', 'Arm tingling', ['historical'], 'had cleared up'],
  ['He underwent a laminectomy for radiculopathy; the leg symptoms fully resolved afterwards.', 'radiculopathy', ['historical'], '; the leg symptoms fully resolved'],
  ['He had a discectomy for sciatica; the leg symptoms resolved and he went back to work.', 'sciatica', ['historical'], '; the leg symptoms resolved'],
  ['Her sciatica subsided after surgery and she returned to her usual job.', 'sciatica', ['historical'], 'subsided'],
  ['The radicular pain has subsided since the epidural.', 'radicular pain', ['historical'], 'has subsided'],
  ['The radicular pain has partially subsided since the epidural.', 'radicular pain', ['affirmed'], null],
  ['The radicular pain has not subsided.', 'radicular pain', ['affirmed'], null],
  ['He has sciatica and has been cleared to drive.', 'sciatica', ['affirmed'], null],
  ['Her sciatica went away for about two weeks after the epidural.', 'sciatica', ['affirmed'], null],
  ['The radicular pain subsided after the epidural but came back within a month.', 'radicular pain', ['affirmed'], null],
  ['His arm numbness had cleared up for good by the spring.', 'arm numbness', ['historical'], 'had cleared up'],
  ['He has sciatica; the back pain resolved.', 'sciatica', ['affirmed'], null],
];

const experiencer: Row[] = [
  ['Mother with rheumatoid arthritis.', 'rheumatoid arthritis', ['other'], 'Mother'],
  ['Family history of diabetes.', 'diabetes', ['other'], 'Family history of'],
  ['Diabetes in his father.', 'Diabetes', ['other'], 'father'],
  ['Family history is remarkable only in that her mother, a retired nurse, had lumbar radiculopathy.', 'lumbar radiculopathy', ['other'], 'her mother,'],
  ['His brother, a forklift driver at the same plant, had surgery for sciatica.', 'sciatica', ['other'], 'His brother,'],
  ['Her husband, who drives her to visits, says she has radicular pain at night.', 'radicular pain', ['affirmed'], null],
  ['His father has been treated for lumbar radiculopathy for years.', 'lumbar radiculopathy', ['other'], 'His father has'],
  ['Her sister had breast cancer; the patient has low back pain.', 'low back pain', ['affirmed'], null],
];

const guideline: Row[] = [
  ['Trigger point injections are not recommended in the presence of radiculopathy.', 'radiculopathy', ['hypothetical', 'guideline'], 'in the presence of'],
  ['The injections are not recommended for radicular pain.', 'radicular pain', ['guideline'], 'not recommended'],
  ['Criteria for ESI include radicular pain corroborated by imaging.', 'radicular pain', ['guideline'], 'Criteria for ESI include'],
  ['Under the MTUS criteria, radiculopathy must be documented by physical examination.', 'radiculopathy', ['guideline'], 'must be documented'],
  ['A compressive radiculopathy would have to be demonstrated on imaging before surgery.', 'compressive radiculopathy', ['guideline'], 'would have to be demonstrated'],
  ['Radicular findings need to be documented on two consecutive examinations.', 'Radicular findings', ['guideline'], 'need to be documented'],
  ['MTUS recommends epidural injections for radicular pain.', 'radicular pain', ['guideline'], 'MTUS recommends'],
  ['ODG states that facet blocks are limited to non-radicular pain.', 'non-radicular pain', ['guideline'], 'ODG states'],
  ['Guidelines require documentation of radiculopathy on examination.', 'radiculopathy', ['guideline'], 'Guidelines require'],
  ['The ODG Low Back chapter recommends facet blocks only for non-radicular pain.', 'non-radicular pain', ['guideline'], 'ODG Low Back chapter recommends'],
  ['The guidelines do not recommend epidural injections for axial pain without radiculopathy.', 'radiculopathy', ['negated', 'guideline'], 'without'],
  ['Facet injections are indicated for patients with non-radicular low back pain.', 'non-radicular low back pain', ['guideline'], 'are indicated for'],
  ['Epidural steroid injections are recommended as an option for treatment of radicular pain.', 'radicular pain', ['guideline'], 'as an option'],
  ['For neuralgia, neuritis, and radiculitis, 8-10 visits over 4 weeks.', 'radiculitis', ['guideline'], '8-10 visits over 4 weeks'],
  // patient statements inside a rationale stay about the patient
  ['The records document no radicular complaints or findings.', 'radicular complaints', ['negated'], 'no'],
  ['The medical notes reflect treatment for low back pain with radiculopathy.', 'radiculopathy', ['affirmed'], null],
  ['The treating physician documents findings consistent with a right C6 radiculopathy.', 'right C6 radiculopathy', ['affirmed'], null],
  ['The clinical findings are not corroborated by imaging as the guideline requires.', 'clinical findings', ['affirmed'], null],
  ['Repeat blocks should be based on continued relief of radicular pain.', 'radicular pain', ['guideline'], 'should be based on'],
  ['The criteria for a repeat injection are not met because radiculopathy is not documented.', 'radiculopathy', ['negated'], 'is not documented'],
  ['Per MTUS, since the patient has no radiculopathy, the request is not supported.', 'radiculopathy', ['negated'], 'no'],
  ['The records document radiculopathy, which the MTUS requires for an ESI.', 'radiculopathy', ['affirmed'], null],
  ['Radiculopathy is documented, but the guidelines require imaging corroboration.', 'Radiculopathy', ['affirmed'], null],
];

const layout: Row[] = [
  ['NEURO: Negative for radicular symptoms', 'radicular symptoms', ['negated'], 'Negative for'],
  ['Radicular pain:   absent', 'Radicular pain', ['negated'], 'absent'],
  ['Absent reflexes at the left ankle', 'reflexes', ['affirmed'], null],
  ['Radicular symptoms: no', 'Radicular symptoms', ['negated'], ': no'],
  ['Numbness - negative; weakness - yes', 'Numbness', ['negated'], '- negative'],
  ['Numbness - negative; weakness - yes', 'weakness', ['affirmed'], null],
  ['Straight leg raise is negative bilaterally', 'Straight leg raise', ['negated'], 'is negative'],
  ['- denies\nradiating pain to the legs', 'radiating pain', ['negated'], 'denies'],
  ['Sensation: not present in the L5 dermatome', 'L5 dermatome', ['affirmed'], null],
  ['He is non-radicular today', 'non-radicular', ['affirmed'], null],
];

describe.each([
  ['negation', negation],
  ['terminators', terminators],
  ['pseudo-triggers', pseudo],
  ['possible', possible],
  ['hypothetical', hypothetical],
  ['historical', historical],
  ['other experiencer', experiencer],
  ['guideline statements', guideline],
  ['layout', layout],
])('assertInSentence: %s', (_name, rows) => {
  it.each(rows)('%s [%s]', (sentence, target, flags, cue) => {
    const a = run(sentence, target);
    expect(flagsOf(a).sort()).toEqual([...flags].sort());
    expect(a.cues[0]?.text ?? null).toBe(cue);
  });
});

describe('assertInSentence cues', () => {
  it('gives offsets that slice the cue and the rule id and category', () => {
    const s = 'Pain is 5/10. She denies numbness in the legs.';
    const a = run(s, 'numbness');
    const cue = a.cues[0]!;
    expect(s.slice(cue.start, cue.end)).toBe('denies');
    expect(cue).toMatchObject({ ruleId: 'neg.denies', category: 'negated' });
  });

  it('lists cues nearest first', () => {
    const a = run('No history of radiculopathy or prior surgery.', 'prior surgery');
    expect(a.cues.map((c) => c.text)).toEqual(['prior', 'No history of']);
    expect(a.negated && a.historical).toBe(true);
  });

  it('lets a longer modifier beat the one it contains', () => {
    const a = run('Radiculopathy has not been ruled out.', 'Radiculopathy');
    expect(a.possible).toBe(true);
    expect(a.negated).toBe(false);
    expect(a.cues[0]?.ruleId).toBe('poss.not-been-ruled-out');
  });

  it('keeps a cue that opens the target span itself', () => {
    const s = 'The records document no radicular complaints.';
    const a = run(s, 'no radicular complaints');
    expect(a.negated).toBe(true);
  });
});
