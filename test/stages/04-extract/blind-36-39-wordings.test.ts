/**
 * Wordings of blind sets 36 to 39, one general rule each: radiation that starts at a palm or at a
 * bone-graft donor site is no radiculopathy mention; a sentence opened by a past year tells a past
 * episode; a test said to "help differentiate" conditions and "the ODG indications include" are
 * guideline statements.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../../src/stages/04-extract/find-injury.js';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { findTreatmentMentions } from '../../../src/stages/04-extract/treatments/find-treatment-mentions.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);
const UR = 'NOTICE OF UTILIZATION REVIEW DETERMINATION\n\nRationale:\n';

describe('blind sets 36 to 39: radiculopathy', () => {
  it.each([
    ['HISTORY:\nShe developed numbness that starts at the base of the right palm and radiates into the thumb, index and middle fingers.'],
    ['HISTORY:\nGraft site pain 5/10 with a burning that radiates from the graft site down the front of the thigh to the knee.'],
    ['HISTORY:\nThere is an ache that radiates from the iliac crest into the groin.'],
  ])('not radicular: %s', (text) => {
    expect(rad(text)).toMatchObject({ status: 'not_mentioned', mentions: [] });
  });

  it('numbness radiating from the neck past the palm is still a mention', () => {
    expect(rad('HISTORY:\nNumbness radiates from the neck into the palm and the thumb.').status).toBe('present');
  });

  it('an episode opened by a past year is historical when the record calls it resolved', () => {
    const r = rad('HISTORY:\nIn early 2019 he had neck pain and a shooting pain from the neck down the back of the right arm. '
      + 'He underwent a C6-7 fusion in 2019. His pre-operative right C7 radicular pain resolved after the fusion.');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['historical', 'historical']);
    expect(r.status).toBe('absent');
  });

  it('without a resolved mention a past-year episode stays affirmed', () => {
    expect(rad('HISTORY:\nIn early 2019 he had a shooting pain from the neck down the back of the right arm.').status).toBe('present');
  });

  it.each([
    [`${UR}Appropriate electrodiagnostic studies may help differentiate between carpal tunnel syndrome and other conditions, such as cervical radiculopathy, and the ODG recommends nerve conduction studies.`],
    [`${UR}The ODG indications include chronic neck pain with normal radiographs, and neck pain with radiculopathy if severe or progressive neurologic deficit.`],
  ])('guideline statement: %s', (text) => {
    const r = rad(text);
    expect(r.mentions.map((m) => [m.assertion, m.subject])).toEqual([['hypothetical', 'guideline']]);
    expect(r.status).toBe('not_mentioned');
  });
});

describe('blind sets 36 to 39: exam', () => {
  it('a "NEUROLOGICAL EXAMINATION" header opens the exam, and two-point discrimination is the hand\'s', () => {
    const doc = docOf('MEDICATIONS: Ibuprofen 600 mg as needed.\n\nNEUROLOGICAL EXAMINATION\nReflexes: biceps and brachioradialis 2+ and symmetric.\n'
      + 'Static two-point discrimination 6 mm in the right index finger and 5 mm in the left.\n');
    expect(doc.sections.map((s) => s.name)).toContain('physical_exam');
    const found = findExamFindings(doc, lex, [], []).map((f) => [f.finding, f.bodyPart, f.side, f.value]);
    expect(found).toContainEqual(['sensation', 'hand', 'right', 6]);
    expect(found).toContainEqual(['sensation', 'hand', 'left', 5]);
  });

  it('two-point discrimination of the foot stays the foot\'s', () => {
    const found = findExamFindings(docOf('PHYSICAL EXAMINATION:\nStatic 2PD 12 mm at the plantar hallux.\n'), lex, [], []);
    expect(found.map((f) => f.bodyPart)).toEqual(['foot']);
  });
});

describe('blind sets 36 to 39: more radiculopathy wordings', () => {
  it.each([
    ['HISTORY:\nToday L shin pain 4/10. Pain radiates from the mid-shin down to the ankle.'],
    ['HISTORY:\nShe also has right lateral hip pain, 6/10, which radiates down the outside of the thigh toward the knee.'],
  ])('not radicular: %s', (text) => {
    expect(rad(text)).toMatchObject({ status: 'not_mentioned', mentions: [] });
  });

  it('"could reflect" a radiculopathy is a possibility', () => {
    expect(rad('ASSESSMENT:\nHer right arm weakness could reflect a right C5-6 radiculopathy or a traction injury.').status).toBe('possible');
  });

  it('what the evidence says a drug does is a guideline statement', () => {
    const r = rad(`${UR}Duloxetine has shown efficacy for chronic low back pain, although there is no high quality evidence that it helps lumbar radiculopathy.`);
    expect(r.mentions.map((m) => [m.assertion, m.subject])).toEqual([['hypothetical', 'guideline']]);
  });

  it('"no evidence of radiculopathy" on the patient stays a denial', () => {
    expect(rad('ASSESSMENT:\nThere is no evidence of radiculopathy on examination.').mentions.map((m) => m.assertion)).toEqual(['negated']);
  });
});

describe('blind sets 36 to 39: injured parts', () => {
  const partsOf = (text: string) => {
    const doc = docOf(text);
    return findInjury(doc, lex, findEventDates(doc, lex)).bodyParts.map((b) => [b.part, b.side]);
  };

  it('a limb that swung back names no back, and a head driven toward the chest hurts no chest', () => {
    expect(partsOf('HISTORY:\nHe was injured on 2/11/14 when a limb he had just cut swung back on the lowering rope and struck the top of his helmet, driving his head down toward his chest.'))
      .toEqual([['head', null]]);
  });

  it('being jerked off his feet hurts no feet; the pop in the neck names the part', () => {
    expect(partsOf('HISTORY:\nHe was injured on March 22, 2012 when the line jerked him upward off his feet. He felt a pop in his neck.'))
      .toEqual([['cervical spine', null]]);
  });

  it('"the accepted body parts are ..." lists the claimed parts', () => {
    expect(partsOf('HISTORY:\nHe was injured on June 11, 2015 setting a hand brake. The accepted body parts are the neck and the right wrist and hand.'))
      .toEqual([['cervical spine', null], ['wrist', 'right'], ['hand', 'right']]);
  });
});

describe('blind sets 36 to 39: test results told side by side', () => {
  const tests = (text: string) => findExamFindings(docOf(`PHYSICAL EXAMINATION:\n${text}\n`), lex, [], [])
    .filter((f) => f.finding === 'special_test').map((f) => [f.qualifier, f.side, f.value]);

  it.each([
    ["Phalen's test positive at 30 seconds on the right and at 50 seconds on the left.", [['Phalen', 'right', 'positive'], ['Phalen', 'left', 'positive']]],
    ['FABER produces lateral hip pain on the right and is negative on the left.', [['FABER', 'right', 'positive'], ['FABER', 'left', 'negative']]],
    ["Spurling's maneuver produced neck pain only, without arm symptoms, on the right; negative on the left.", [['Spurling', 'right', 'negative'], ['Spurling', 'left', 'negative']]],
    // one result for both sides stays one finding
    ["Tarsal tunnel Tinel's sign negative on the right and on the left.", [['Tinel', 'bilateral', 'negative']]],
    ["Phalen's test positive bilaterally (at 20 seconds on the right and 45 seconds on the left).", [['Phalen', 'bilateral', 'positive']]],
  ])('%s', (text, expected) => {
    expect(tests(text)).toEqual(expected);
  });

  it('"produced pain" is a positive result', () => {
    expect(tests("O'Brien's test produced pain on top of the shoulder at the AC joint.")).toEqual([["O'Brien", null, 'positive']]);
  });
});

describe('blind sets 36 to 39: a drug named by its use', () => {
  it.each([
    ['Trazodone 100 mg at bedtime helps him fall asleep.', 'sleep aid'],
    ['Trazodone 50 mg qhs #30.', 'sleep aid'],
    ['Trazodone 50 mg, #30, for sleep.', 'sleep aid'],
    ['Trazodone 150 mg daily for depression.', 'antidepressant'],
  ])('%s', (text, treatment) => {
    expect(findTreatmentMentions(text, lex).map((m) => m.entry.treatment)).toEqual([treatment]);
  });
});

describe('blind sets 36 to 39: diagnoses', () => {
  it('a laminectomy and fusion is a fusion status; pseudarthrosis and dysphagia are coded', () => {
    const found = findDiagnoses(docOf('DIAGNOSES:\n1. s/p posterior C3-C6 laminectomy & fusion 2019-02-19\n2. Pseudarthrosis at C6-7 after anterior cervical fusion\n3. Dysphagia, improving\n4. s/p L4-5 laminectomy\n'), lex);
    expect(found.map((d) => d.icd10)).toEqual(['Z98.1', 'M96.0', 'R13.10', 'Z98.890']);
  });
});

describe('blind sets 36 to 39: requests', () => {
  it('"quantity two" and "Qty: 60" are a request\'s quantity', () => {
    const requests = findRequests(docOf('TREATMENT PLAN:\n1. Interlaminar cervical epidural steroid injection at C5-6, quantity two.\n2. Naproxen 500 mg, Qty: 60.\n'), lex);
    expect(requests.map((r) => [r.treatment, r.quantityValue])).toEqual([['epidural steroid injection', 2], ['NSAID', 60]]);
  });
});

describe('blind sets 36 to 39: named tests listed together', () => {
  const tests = (text: string) => findExamFindings(docOf(`PHYSICAL EXAMINATION:\n${text}\n`), lex, [], [])
    .filter((f) => f.finding === 'special_test').map((f) => [f.qualifier, f.side, f.value]);

  it('a name with another in brackets and the word "test" joins the list that shares one result', () => {
    expect(tests("The FABER (Patrick) test, Gaenslen's test and the thigh thrust test were each positive on the right."))
      .toEqual([['FABER', 'right', 'positive'], ['Gaenslen', 'right', 'positive'], ['thigh thrust', 'right', 'positive']]);
  });

  it('a result in brackets stays each name\'s own', () => {
    expect(tests('Neer (+), Hawkins (+), drop arm (-).')).toEqual([['Neer', null, 'positive'], ['Hawkins', null, 'positive'], ['drop arm', null, 'negative']]);
  });
});

describe('blind sets 36 to 39: more medications', () => {
  it.each([['Prazosin 2 mg at bedtime #30', 'prazosin'], ['Hydroxyzine 25 mg as needed', 'hydroxyzine'], ['Naloxone 4 mg nasal spray', 'naloxone']])('%s', (text, drug) => {
    expect(findTreatmentMentions(text, lex).map((m) => [m.entry.treatment, m.entry.drug])).toEqual([['medication (other)', drug]]);
  });
});

describe('blind sets 36 to 39: mechanisms', () => {
  const mechanism = (text: string) => {
    // the date in the text is the date of injury
    const date = /\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d\d-\d\d|[A-Z][a-z]+ \d{1,2}, \d{4}/.exec(text)?.[0] ?? '';
    const doc = docOf(`Date of injury: ${date}\n\nHISTORY:\n${text}\n`);
    return findInjury(doc, lex, findEventDates(doc, lex)).mechanism;
  };
  it.each([
    ['On May 2, 2021 the truck\'s owner came out and struck him across the low back and left hip with a tire iron several times.', 'assault'],
    ['On 09/21/2018, while detaining a shoplifter, the man pulled a box cutter and slashed him across the left forearm.', 'assault'],
    ['On 3/22/2006 a truck tire rolled off a storage rack and struck him across the low back, knocking him to the ground.', 'struck by object'],
    ['On 02/06/2017, while setting a windshield, the glass shifted and its lower edge came down across the heel of his right palm.', 'struck by object'],
    ['DOI 2018-09-30. MOI: thrown from patrol horse when it spooked at a cyclist; landed on top of head on packed trail.', 'fall'],
    // still a collision
    ['On 01/05/2019 another car ran a red light and struck his truck on the driver side.', 'motor vehicle accident'],
  ])('%s', (text, expected) => {
    expect(mechanism(text)).toBe(expected);
  });
});

describe('blind sets 36 to 39: a side-column table with a note on a side and rows in words', () => {
  it('reads the rows that read under "LEFT (operated)   RIGHT", past rows in words', () => {
    const text = ['EXAMINATION', '                                   LEFT (operated)          RIGHT',
      '  Incision                         healed, mildly tender    -',
      '  Pillar tenderness                thenar and hypothenar    none',
      '  Tinel at the carpal tunnel       negative                 positive',
      '  Abductor pollicis brevis         5/5                      4+/5',
      '  Thenar atrophy                   none                     none',
      '  Grip, Jamar pos. 2 (kg)          15                       22', ''].join('\n');
    const found = findExamFindings(docOf(text), lex, [], []).map((f) => [f.finding, f.side, f.qualifier, f.value]);
    expect(found).toContainEqual(['special_test', 'right', 'Tinel', 'positive']);
    expect(found).toContainEqual(['motor_strength', 'left', 'abductor pollicis brevis', '5/5']);
    expect(found).toContainEqual(['motor_strength', 'right', 'abductor pollicis brevis', '4+/5']);
    expect(found).toContainEqual(['other', 'right', 'grip strength', '22']);
  });
});
