import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();

/** Findings of an exam paragraph placed under a physical-examination header. */
function exam(body: string, header = 'PHYSICAL EXAMINATION:'): ExamFinding[] {
  return findExamFindings(segmentDocument(`${header}\n${body}\n`, lexicons), lexicons);
}

type Want = Partial<Pick<ExamFinding, 'finding' | 'side' | 'qualifier' | 'value' | 'assertion' | 'bodyPart'>>;
const pick = (f: ExamFinding, w: Want): Want =>
  Object.fromEntries(Object.keys(w).map((k) => [k, f[k as keyof Want]])) as Want;

/** Each row: exam text and the findings expected (only the listed fields are compared, in order). */
function check(rows: Array<[string, string, Want[]]>): void {
  it.each(rows)('%s', (_name, text, want) => {
    const got = exam(text);
    expect(got.map((f, i) => pick(f, want[i] ?? {}))).toEqual(want);
  });
}

describe('findExamFindings: range of motion', () => {
  check([
    ['one finding per motion', 'Lumbar spine: flexion 45 degrees, extension 10 degrees, right lateral bending 20 degrees, left lateral bending 15 degrees.', [
      { finding: 'range_of_motion', qualifier: 'flexion', value: 45, side: null, bodyPart: 'lumbar spine' },
      { finding: 'range_of_motion', qualifier: 'extension', value: 10, side: null },
      { finding: 'range_of_motion', qualifier: 'lateral bending', value: 20, side: 'right' },
      { finding: 'range_of_motion', qualifier: 'lateral bending', value: 15, side: 'left' },
    ]],
    ['degree sign and abbreviated sides', 'Cervical ROM: Flexion 40°  R rotation 60°  L lat flex 35°', [
      { qualifier: 'flexion', value: 40 },
      { qualifier: 'rotation', value: 60, side: 'right' },
      { qualifier: 'lateral bending', value: 35, side: 'left' },
    ]],
    ['directions listed after the degrees', 'Range of motion: lateral bending 20 degrees to the right and 25 degrees to the left; rotation 30 degrees bilaterally.', [
      { qualifier: 'lateral bending', value: 20, side: 'right' },
      { qualifier: 'lateral bending', value: 25, side: 'left' },
      { qualifier: 'rotation', value: 30, side: 'bilateral' },
    ]],
    ['a limb keeps its side; a closing bilaterally covers the list', 'Wrist flexion 60 degrees and extension 55 degrees bilaterally.', [
      { qualifier: 'flexion', value: 60, side: 'bilateral', bodyPart: 'wrist' },
      { qualifier: 'extension', value: 55, side: 'bilateral' },
    ]],
    ['arc of motion with lost extension', 'Right knee: ROM 5-115 degrees.', [
      { qualifier: 'flexion', value: 115, side: 'right', bodyPart: 'knee' },
      { qualifier: 'extension', value: -5, side: 'right' },
    ]],
    ['right / left table', 'Active ROM (right / left):\n  Abduction .......... 120 / 170 degrees', [
      { qualifier: 'abduction', value: 120, side: 'right' },
      { qualifier: 'abduction', value: 170, side: 'left' },
    ]],
    ['measured over normal', 'Lumbar spine ROM: Flexion 60/90 degrees, Extension 15/25 degrees.', [
      { qualifier: 'flexion', value: 60 }, { qualifier: 'extension', value: 15 },
    ]],
    ['full range of motion', 'Cervical spine: Full, painless range of motion.', [{ finding: 'range_of_motion', value: 'normal', qualifier: null }]],
    ['a capitalised side starting the line', 'Cervical spine:\nRight rotation 50 degrees.\nLeft rotation 60 degrees.', [
      { qualifier: 'rotation', value: 50, side: 'right', bodyPart: 'cervical spine' },
      { qualifier: 'rotation', value: 60, side: 'left', bodyPart: 'cervical spine' },
    ]],
    ['the side written before the degrees', 'Cervical rotation to the right 60 degrees and to the left 50 degrees.', [
      { qualifier: 'rotation', value: 60, side: 'right' },
      { qualifier: 'rotation', value: 50, side: 'left' },
    ]],
    ['a change over time is not a measurement', 'Flexion improved from 90 degrees to 140 degrees with therapy.', []],
  ]);
});

describe('findExamFindings: straight leg raise and named tests', () => {
  check([
    ['SLR positive on one side, negative on the other', 'Straight leg raise was positive on the left at 40 degrees and negative on the right.', [
      { finding: 'straight_leg_raise', side: 'left', value: 'positive', assertion: 'present' },
      { finding: 'straight_leg_raise', side: 'right', value: 'negative', assertion: 'present' },
    ]],
    ['abbreviated results', 'SLR neg bilat. Spurling (+) on the right.', [
      { finding: 'straight_leg_raise', value: 'negative', side: 'bilateral' },
      { finding: 'special_test', qualifier: 'Spurling', value: 'positive', side: 'right' },
    ]],
    ['result before the test', 'There is a normal straight leg raise.', [{ finding: 'straight_leg_raise', value: 'normal' }]],
    ['a negative test is present with value negative', "Spurling's maneuver negative bilaterally.", [
      { finding: 'special_test', qualifier: 'Spurling', value: 'negative', side: 'bilateral', assertion: 'present', bodyPart: 'cervical spine' },
    ]],
    ['two names share one result', "Wrists: Tinel's and Phalen's negative bilaterally.", [
      { qualifier: 'Tinel', value: 'negative', side: 'bilateral', bodyPart: 'wrist' },
      { qualifier: 'Phalen', value: 'negative', side: 'bilateral', bodyPart: 'wrist' },
    ]],
    ['results by side with an equivocal one', "Foraminal compression (Spurling's): negative L; on the R reproduces neck pain (equivocal).", [
      { qualifier: 'Spurling', value: 'negative', side: 'left' },
      { qualifier: 'Spurling', value: 'equivocal', side: 'right' },
    ]],
    ['a result right before the next test belongs to it', 'Right knee: positive anterior drawer, negative Lachman.', [
      { qualifier: 'anterior drawer', value: 'positive', side: 'right' },
      { qualifier: 'Lachman', value: 'negative', side: 'right' },
    ]],
    ['a continuation sentence', "Spurling's test positive on the right, reproducing radicular pain;\nnegative on the left.", [
      { qualifier: 'Spurling', value: 'positive', side: 'right' },
      { qualifier: 'Spurling', value: 'negative', side: 'left' },
    ]],
    ['Lasegue is a straight leg raise', "Lasegue's sign was positive on the right.", [{ finding: 'straight_leg_raise', value: 'positive', side: 'right' }]],
    ['the place a test was done beats its usual joint', "Positive Tinel's sign at the right elbow.", [
      { qualifier: 'Tinel', value: 'positive', side: 'right', bodyPart: 'elbow' },
    ]],
    ['a sign scored out of five', "Waddell's signs: 0/5.", [{ finding: 'other', qualifier: "Waddell's signs", value: '0/5' }]],
    ['empty can strength is strength, not a test', 'Supraspinatus (empty can) strength 4/5 on the right, 5/5 on the left.', [
      { finding: 'motor_strength', value: '4/5', side: 'right' },
      { finding: 'motor_strength', value: '5/5', side: 'left' },
    ]],
  ]);
});

describe('findExamFindings: reflexes, strength, sensation', () => {
  check([
    ['reflex sites with grades', 'DTRs: patellar 2+ and symmetric; Achilles 2+ and symmetric.', [
      { finding: 'reflex', qualifier: 'patellar', value: '2+', side: 'bilateral', bodyPart: 'lumbar spine' },
      { finding: 'reflex', qualifier: 'Achilles', value: '2+', side: 'bilateral' },
    ]],
    ['grades by side inherit their sites', 'Biceps and brachioradialis reflexes were 1+ on the right and 2+ on the left.', [
      { qualifier: 'biceps and brachioradialis', value: '1+', side: 'right', bodyPart: 'cervical spine' },
      { qualifier: 'biceps and brachioradialis', value: '2+', side: 'left' },
    ]],
    ['plantar responses in words', 'DTRs 2+ symmetric at the patellae and Achilles; plantar responses flexor.', [
      { qualifier: 'patellar and Achilles', value: '2+', side: 'bilateral' },
      { qualifier: 'plantar', value: 'flexor' },
    ]],
    ['grades out of four', 'Reflexes 2+/4 at the patella and 1/4 at the Achilles bilaterally.', [
      { qualifier: 'patellar', value: '2+' }, { qualifier: 'Achilles', value: '1/4', side: 'bilateral' },
    ]],
    ['a reflex graded in words after its site', 'Achilles reflex absent on the left.', [{ qualifier: 'Achilles', value: 'absent', side: 'left' }]],
    ['reflexes normal without a grade still name what was tested', 'Deep tendon reflexes were normal and symmetric.', [
      { finding: 'reflex', value: 'normal', side: 'bilateral', qualifier: 'Deep tendon reflexes' },
    ]],
    ['strength per muscle; "otherwise" is not a finding', 'Motor 4/5 left EHL and 4/5 left ankle dorsiflexion, otherwise 5/5 in the lower extremities.', [
      { finding: 'motor_strength', qualifier: 'EHL', value: '4/5', side: 'left', bodyPart: 'lumbar spine' },
      { finding: 'motor_strength', qualifier: 'ankle dorsiflexion', value: '4/5', side: 'left' },
    ]],
    ['grip is a hand finding', 'Grip strength was 4/5 on the right.', [{ finding: 'motor_strength', qualifier: 'grip', value: '4/5', side: 'right', bodyPart: 'hand' }]],
    ['dermatomal sensory loss takes the spine region', 'Sensation decreased to light touch and pinprick over the left L5 dermatome (dorsum of the foot).', [
      { finding: 'sensation', value: 'decreased', side: 'left', bodyPart: 'lumbar spine' },
    ]],
    ['diminished is decreased', 'Sensation subjectively diminished to light touch over the R thumb and index finger.', [
      { finding: 'sensation', value: 'decreased', side: 'right', bodyPart: 'hand' },
    ]],
    ['a summary of several kinds', 'The straight leg raise was negative bilaterally, and sensation, strength and reflexes were normal in the lower extremities.', [
      { finding: 'straight_leg_raise', value: 'negative', side: 'bilateral' },
      { finding: 'sensation', value: 'normal', side: 'bilateral' },
      { finding: 'motor_strength', value: 'normal', side: 'bilateral' },
      { finding: 'reflex', value: 'normal', side: 'bilateral' },
    ]],
  ]);
});

describe('findExamFindings: palpation and observation', () => {
  check([
    ['tenderness with a side comparison, spasm sharing its side', 'Palpation: TTP bilat upper trapezius and levator scapulae, R > L, with hypertonicity/spasm.', [
      { finding: 'tenderness', side: 'bilateral', value: 'R > L' },
      { finding: 'spasm', side: 'bilateral', value: 'positive' },
    ]],
    ['trigger point, twitch response and referred pain are separate', 'Trigger point R upper trapezius with local twitch response and referred pain to the R occiput.', [
      { finding: 'trigger_point', side: 'right', value: 'positive' },
      { finding: 'twitch_response', side: 'right', value: 'positive' },
      { finding: 'other', qualifier: 'referred pain', side: 'right', value: 'to the right occiput' },
    ]],
    ['the side said at the end covers the trigger points', 'Lumbar spine has trigger points with radicular pain and twitch response on palpation at lumbar paraspinals on left.', [
      { finding: 'trigger_point', side: 'left', bodyPart: 'lumbar spine' },
      { finding: 'twitch_response', side: 'left' },
    ]],
    ['restricted range of motion with measures: the measures say it', 'Lumbar spine has restricted range of motion with flexion to 70 degrees, extension to 15.', [
      { finding: 'range_of_motion', qualifier: 'flexion', value: 70 },
      { finding: 'range_of_motion', qualifier: 'extension', value: 15 },
    ]],
    ['absent signs are negated', 'No paraspinal tenderness or spasm. No thenar atrophy.', [
      { finding: 'tenderness', assertion: 'negated' },
      { finding: 'spasm', assertion: 'negated' },
      { finding: 'atrophy', assertion: 'negated' },
    ]],
    ['not documented, not noted', 'The examination did not document trigger points. Tenderness was not noted.', [
      { finding: 'trigger_point', assertion: 'negated' },
      { finding: 'tenderness', assertion: 'negated' },
    ]],
    ['non-tender and without', 'Left knee: no effusion, non-tender. Lumbar: tenderness over the L4-S1 paraspinals without spasm.', [
      { finding: 'swelling', assertion: 'negated', side: 'left' },
      { finding: 'tenderness', assertion: 'negated', side: 'left' },
      { finding: 'tenderness', assertion: 'present' },
      { finding: 'spasm', assertion: 'negated' },
    ]],
    ['paraspinals under a cervical label are cervical', 'Cervical spine: tenderness over the left paraspinals.', [
      { finding: 'tenderness', side: 'left', bodyPart: 'cervical spine' },
    ]],
    ['severity is the value', 'Right knee: trace effusion; mild varus alignment.', [
      { finding: 'swelling', qualifier: 'effusion', value: 'trace', side: 'right' },
      { finding: 'other', qualifier: 'alignment', value: 'mild varus', side: 'right' },
    ]],
    ['a graded effusion is not a reflex', 'Right knee exam: medial joint line tenderness, 1+ effusion.', [
      { finding: 'tenderness', side: 'right' },
      { finding: 'swelling', qualifier: 'effusion', value: '1+', side: 'right' },
    ]],
    ['gait words', 'Gait: antalgic on the right. Heel walking is difficult on the left.', [
      { finding: 'gait', value: 'antalgic', side: 'right' },
      { finding: 'other', qualifier: 'heel walk', value: 'difficult', side: 'left' },
    ]],
    ['dynamometer grip in kilograms', 'Grip (Jamar, three trials): R 18/16/17 kg; L 24/25/24 kg.', [
      { finding: 'other', qualifier: 'grip strength', value: '18/16/17', side: 'right' },
      { finding: 'other', qualifier: 'grip strength', value: '24/25/24', side: 'left' },
    ]],
  ]);
});

describe('findExamFindings: which text is examination', () => {
  const summary = (body: string): ExamFinding[] =>
    findExamFindings(segmentDocument(`CLINICAL CASE SUMMARY\n\n${body}\n`, lexicons), lexicons);

  it('reads a narrative run that starts at an exam cue and stops at the diagnoses', () => {
    const got = summary('He reports back pain. On examination, lumbar flexion is 50 degrees. Straight leg raise is negative bilaterally. ' +
      'Diagnoses: lumbar strain. The MRI showed flexion 10 degrees of kyphosis.');
    expect(got.map((f) => [f.finding, f.value])).toEqual([['range_of_motion', 50], ['straight_leg_raise', 'negative']]);
  });

  it('reads a sentence with a finding only an examiner reports, but not a guideline statement', () => {
    const got = summary('Per the report of 2/24/16, SLR was positive on the left. The MTUS criteria include a positive Spurling test.');
    expect(got.map((f) => [f.finding, f.side, f.value])).toEqual([['straight_leg_raise', 'left', 'positive']]);
  });

  it('reads the sentences right after a finding only an examiner reports, and no further', () => {
    const got = summary('Lumbar flexion was 40 degrees. Spasm is palpable in the paralumbar muscles. ' +
      'He drives a delivery truck. She takes ibuprofen daily. Tenderness of the knee was mentioned by his wife.');
    expect(got.map((f) => f.finding)).toEqual(['range_of_motion', 'spasm']);
  });

  it('does not read narrative sentences outside an exam run', () => {
    expect(summary('His cervical rotation improved with therapy. Straight leg raises were part of his home program.')).toEqual([]);
  });

  it('does not read rationales or plans', () => {
    const text = 'PHYSICAL EXAMINATION:\nSLR negative.\n\nRATIONALE:\nA positive straight leg raise is required.\n\nPLAN:\nStraight leg raise exercises.\n';
    const got = findExamFindings(segmentDocument(text, lexicons), lexicons);
    expect(got.map((f) => f.value)).toEqual(['negative']);
  });

  it('records the negation cue of an absent sign', () => {
    const text = 'PHYSICAL EXAMINATION:\nNo paraspinal tenderness. Knee non-tender. Spasm absent.\n';
    const got = findExamFindings(segmentDocument(text, lexicons), lexicons);
    expect(got.map((f) => [f.assertion, f.cue?.text, f.cue && text.slice(f.cue.start, f.cue.end)])).toEqual([
      ['negated', 'No', 'No'], ['negated', 'non-tender', 'non-tender'], ['negated', 'absent', 'absent'],
    ]);
  });

  it('carries a negation over an "or" list of signs, but not over a new clause', () => {
    const text = 'PHYSICAL EXAMINATION:\nTaut bands in the trapezius without twitch response or referred pain. Spasm is present.\n';
    const got = findExamFindings(segmentDocument(text, lexicons), lexicons);
    expect(got.map((f) => [f.finding, f.assertion, f.cue?.text ?? null])).toEqual([
      ['trigger_point', 'present', null], ['twitch_response', 'negated', 'without'], ['other', 'negated', 'without'], ['spasm', 'present', null],
    ]);
  });

  it('gives every finding evidence that slices the text exactly', () => {
    const text = 'PHYSICAL EXAMINATION:\nLumbar flexion 50 degrees; positive facet loading bilaterally; DTRs 2+.\n';
    const doc = segmentDocument(text, lexicons);
    for (const f of findExamFindings(doc, lexicons)) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });
});

describe('findExamFindings: shorthand results', () => {
  check([
    ['a bare plus after a test name is positive', 'Right shoulder: Hawkins +, Neer +.', [
      { finding: 'special_test', qualifier: 'Hawkins', value: 'positive', side: 'right' },
      { finding: 'special_test', qualifier: 'Neer', value: 'positive', side: 'right' },
    ]],
    ['plus then a side letter, neg for the other side, place kept for both', "Elbows: Tinel's over the cubital tunnel + L, neg R.", [
      { qualifier: 'Tinel', value: 'positive', side: 'left', bodyPart: 'elbow' },
      { qualifier: 'Tinel', value: 'negative', side: 'right', bodyPart: 'elbow' },
    ]],
    ['the plus of a reflex grade is not a test result', 'Hoffmann neg. Triceps reflex 2+ bilaterally.', [
      { qualifier: 'Hoffmann', value: 'negative' },
      { finding: 'reflex', value: '2+' },
    ]],
    ['SLR shorthand with a side letter and an angle', 'SLR + R @ 35°, neg L.', [
      { finding: 'straight_leg_raise', value: 'positive', side: 'right' },
      { finding: 'straight_leg_raise', value: 'negative', side: 'left' },
    ]],
    ['a possessive name with an abbreviated result', "Phalen's neg bilat.", [
      { qualifier: 'Phalen', value: 'negative', side: 'bilateral' },
    ]],
    ['a maneuver that reproduces symptoms is positive', "Spurling's maneuver on the right reproduces arm tingling.", [
      { qualifier: 'Spurling', value: 'positive', side: 'right', bodyPart: 'cervical spine' },
    ]],
  ]);
});

describe('findExamFindings: straight leg raise positions', () => {
  check([
    ['seated and supine raises are two findings', 'Sitting SLR + R at 60°; supine SLR + R @ 35°; crossed SLR negative.', [
      { finding: 'straight_leg_raise', qualifier: 'seated', value: 'positive', side: 'right' },
      { finding: 'straight_leg_raise', qualifier: 'supine', value: 'positive', side: 'right' },
      // a crossed raise is a straight leg raise with "crossed" as its variant (as the held-out gold records it)
      { finding: 'straight_leg_raise', qualifier: 'crossed', value: 'negative' },
    ]],
  ]);
});

describe('findExamFindings: dotted test lists', () => {
  check([
    ['each line keeps its own result', "Orthopedic tests:\n   Kemp's ........... + R, low back pain only\n   Milgram's ........ neg\n   Slump ............ neg bilat\n   Gaenslen ......... reproduces buttock pain", [
      { qualifier: 'Kemp', value: 'positive', side: 'right' },
      { qualifier: 'Milgram', value: 'negative' },
      { qualifier: 'slump', value: 'negative', side: 'bilateral' },
      { qualifier: 'Gaenslen', value: 'positive' },
    ]],
  ]);
});

describe('findExamFindings: motion tables under a heading', () => {
  check([
    ['measured/normal pairs under a ROM heading need no degree sign', 'Lumbar ROM (dual inclinometer, measured/normal):\n  Flexion 55/60   Extension 15/25\n  R lateral flexion 20/25', [
      { finding: 'range_of_motion', qualifier: 'flexion', value: 55, bodyPart: 'lumbar spine' },
      { qualifier: 'extension', value: 15 },
      { qualifier: 'lateral flexion', value: 20, side: 'right' },
    ]],
    ['a strength grade under a plain part label is not a motion', 'Left elbow:\n  Flexion 4/5 strength.', [
      { finding: 'motor_strength', value: '4/5' },
    ]],
    ['the side of a heading with an aside covers its rows', 'Left ankle exam (right for comparison):\n  Dorsiflexion: 10° (normal 20°)\n  Plantar flexion: 30°', [
      { finding: 'range_of_motion', qualifier: 'dorsiflexion', value: 10, side: 'left', bodyPart: 'ankle' },
      { qualifier: 'plantar flexion', value: 30, side: 'left' },
    ]],
    ['the other side in parentheses, rows cut by dot leaders', 'Measurements, left wrist (right in parentheses):\n  Pronation ........ 60 deg (80 deg)\n  Radial deviation ....... 10 deg (20 deg)', [
      { finding: 'range_of_motion', qualifier: 'pronation', value: 60, side: 'left', bodyPart: 'wrist' },
      { qualifier: 'pronation', value: 80, side: 'right', bodyPart: 'wrist' },
      { qualifier: 'radial deviation', value: 10, side: 'left' },
      { qualifier: 'radial deviation', value: 20, side: 'right' },
    ]],
    // where a table holds both kinds of motion, each cell's motion names its kind
    ['columns by side and kind of motion, a limb position before the cells', 'Hip motion (degrees):\nMotion R AROM R PROM L AROM\nFlexion 95 105 120\nIR in 90 deg flexion 10 15 30\nExtension 5 -- 15', [
      { finding: 'range_of_motion', qualifier: 'active flexion', value: 95, side: 'right', bodyPart: 'hip' },
      { qualifier: 'passive flexion', value: 105, side: 'right' },
      { qualifier: 'active flexion', value: 120, side: 'left' },
      { qualifier: 'active internal rotation', value: 10, side: 'right' },
      { qualifier: 'passive internal rotation', value: 15, side: 'right' },
      { qualifier: 'active internal rotation', value: 30, side: 'left' },
      { qualifier: 'active extension', value: 5, side: 'right' },
      { qualifier: 'active extension', value: 15, side: 'left' },
    ]],
    ['hindfoot inversion and eversion are motions', 'Left ankle: inversion 20 degrees, eversion 10 degrees.', [
      { finding: 'range_of_motion', qualifier: 'inversion', value: 20, side: 'left', bodyPart: 'ankle' },
      { qualifier: 'eversion', value: 10, side: 'left' },
    ]],
  ]);
});

describe('findExamFindings: short test names under a labelled list', () => {
  check([
    ['a heading word and a comma before the part, short names under it', 'Provocative tests, R shoulder:\n  Lift-off ....... positive\n  Apprehension ..... negative', [
      { finding: 'special_test', qualifier: 'lift-off', value: 'positive', side: 'right', bodyPart: 'shoulder' },
      { finding: 'special_test', qualifier: 'apprehension', value: 'negative', side: 'right' },
    ]],
    ['elbow, foot and hip tests', "Left elbow: Mill's test negative. Right foot: Windlass sign positive. Left hip: Trendelenburg sign negative.", [
      { finding: 'special_test', qualifier: 'Mill', value: 'negative', bodyPart: 'elbow', side: 'left' },
      { finding: 'special_test', qualifier: 'Windlass', value: 'positive', bodyPart: 'foot', side: 'right' },
      { finding: 'special_test', qualifier: 'Trendelenburg', value: 'negative', bodyPart: 'hip', side: 'left' },
    ]],
  ]);
});

describe('findExamFindings: clinic shorthand', () => {
  check([
    ['a side letter after the sign, "lat bend"', 'C-spine: + spasm R. L lat bend 20 deg.', [
      { finding: 'spasm', side: 'right', value: 'positive' },
      { finding: 'range_of_motion', qualifier: 'lateral bending', value: 20, side: 'left' },
    ]],
    ['grades with side letters after them, a full stop ends the last', 'Reflexes: biceps 2+ R, 1+ L. Hoffmann neg bilat.', [
      { finding: 'reflex', qualifier: 'biceps', value: '2+', side: 'right' },
      { finding: 'reflex', qualifier: 'biceps', value: '1+', side: 'left' },
      { qualifier: 'Hoffmann', value: 'negative', side: 'bilateral' },
    ]],
    ['a side letter before the first muscle of a list', 'Motor: R EHL 4/5, R tibialis anterior 5/5.', [
      { finding: 'motor_strength', value: '4/5', side: 'right' },
      { finding: 'motor_strength', value: '5/5', side: 'right' },
    ]],
    ['a lost extension is a negative angle', 'Left knee: flexion 120 degrees, extension lacking 10 degrees.', [
      { finding: 'range_of_motion', qualifier: 'flexion', value: 120, side: 'left' },
      { finding: 'range_of_motion', qualifier: 'extension', value: -10, side: 'left' },
    ]],
    ['motions as the muscles graded, the side in the label', 'MMT (R): extension 4/5, flexion 5/5, IR 4+/5.', [
      { finding: 'motor_strength', qualifier: 'extension', value: '4/5', side: 'right' },
      { finding: 'motor_strength', qualifier: 'flexion', value: '5/5', side: 'right' },
      { finding: 'motor_strength', qualifier: 'internal rotation', value: '4+/5', side: 'right' },
    ]],
    ['an absent step-off is a negated sign', 'Lumbar spine: midline tenderness at L5, no step off.', [
      { finding: 'tenderness', value: 'positive' },
      { finding: 'other', qualifier: 'step-off', assertion: 'negated' },
    ]],
    ['a joint abbreviation inside the negation', 'Low back: no facet jt tenderness.', [
      { finding: 'tenderness', assertion: 'negated' },
    ]],
  ]);
});

describe('findExamFindings: a SOAP assessment ends the objective block', () => {
  it('does not read the diagnoses listed under "A:" as findings', () => {
    const got = exam('Gait: normal.\nC-spine: mild spasm R trapezius.\nA:\n  M62.830 Muscle spasm, cervical\n', 'O:');
    expect(got.map((f) => [f.finding, f.side])).toEqual([['gait', null], ['spasm', 'right']]);
  });
});

describe('findExamFindings: where a test result ends', () => {
  check([
    ['a graded reflex after a test is not part of its result', 'Straight leg raise positive on the right at 50 degrees and negative on the left, knee jerk 2+ on the right and 1+ on the left.', [
      { finding: 'straight_leg_raise', value: 'positive', side: 'right' },
      { finding: 'straight_leg_raise', value: 'negative', side: 'left' },
      { finding: 'reflex', qualifier: 'patellar (knee jerk)', side: 'right' },
      { finding: 'reflex', qualifier: 'patellar (knee jerk)', side: 'left' },
    ]],
    ['a graded muscle on the next line is not part of the result', 'SLR neg R, + L\nTibialis anterior 4/5 L', [
      { finding: 'straight_leg_raise', value: 'negative', side: 'right' },
      { finding: 'straight_leg_raise', value: 'positive', side: 'left' },
      { finding: 'motor_strength', value: '4/5', side: 'left' },
    ]],
  ]);

  it('reads an unpunctuated list that runs into a diagnosis sentence', () => {
    const text = 'CASE SUMMARY:\nOn re-examination the findings were listed as:\nDTR: biceps 2+ bilat\nCervical flexion 40°, extension 30°\nThe physician diagnosed cervical strain and requested therapy.\n';
    const got = findExamFindings(segmentDocument(text, lexicons), lexicons);
    expect(got.map((f) => [f.finding, f.qualifier, f.value])).toEqual([
      ['reflex', 'biceps', '2+'], ['range_of_motion', 'flexion', 40], ['range_of_motion', 'extension', 30],
    ]);
  });
});

describe('findExamFindings: a labelled exam inside a non-exam section', () => {
  it('reads the labelled sentence only', () => {
    const text = 'PLAN:\nPreoperative exam: Hawkins positive on the left. Surgery is scheduled with a positive attitude.\n';
    const got = findExamFindings(segmentDocument(text, lexicons), lexicons);
    expect(got.map((f) => [f.finding, f.qualifier, f.value, f.side])).toEqual([['special_test', 'Hawkins', 'positive', 'left']]);
  });

  it('ignores a plan sentence without an exam label', () => {
    const text = 'PLAN:\nRepeat Hawkins test positive if pain persists.\n';
    expect(findExamFindings(segmentDocument(text, lexicons), lexicons)).toEqual([]);
  });
});

describe('findExamFindings: singular reflex names and arm positions', () => {
  check([
    ['a singular jerk graded per side', 'Knee jerk 2+ on the right and 1+ on the left.', [
      // the site keeps the record's name for it: "patellar (knee jerk)"
      { finding: 'reflex', qualifier: 'patellar (knee jerk)', value: '2+', side: 'right' },
      { finding: 'reflex', qualifier: 'patellar (knee jerk)', value: '1+', side: 'left' },
    ]],
    ['an arm position between a motion and its degrees', 'Left shoulder: internal rotation at side 45 degrees.', [
      { finding: 'range_of_motion', qualifier: 'internal rotation', value: 45, side: 'left', bodyPart: 'shoulder' },
    ]],
  ]);
});

describe('findExamFindings: side letters inside motion lists and results before a strength word', () => {
  check([
    ['a side letter between a motion and each measure', 'Elbows: Flexion R 135°, L 120°.', [
      { finding: 'range_of_motion', qualifier: 'flexion', value: 135, side: 'right' },
      { finding: 'range_of_motion', qualifier: 'flexion', value: 120, side: 'left' },
    ]],
    ['a test result before a later strength grade', 'Left shoulder: Hawkins +; external rotation strength 4/5.', [
      { finding: 'special_test', qualifier: 'Hawkins', value: 'positive', side: 'left' },
      { finding: 'motor_strength', value: '4/5' },
    ]],
    ['a test named right before its strength grade is the strength', 'Right shoulder: empty can strength 4/5.', [
      { finding: 'motor_strength', value: '4/5', side: 'right' },
    ]],
  ]);
});

describe('findExamFindings: motions judged in words', () => {
  check([
    ['a limited motion without degrees', 'Cervical spine: rotation limited by pain; tender paracervicals.', [
      { finding: 'range_of_motion', qualifier: 'rotation', value: 'restricted' },
      { finding: 'tenderness' },
    ]],
    ['a full motion at a clause start', 'Lumbar spine: nontender, full extension.', [
      { finding: 'tenderness', assertion: 'negated' },
      { finding: 'range_of_motion', qualifier: 'extension', value: 'normal' },
    ]],
    ['a lost arc is a measure, not a judgement', 'Right knee: ROM 10-120 degrees (lacks 10 degrees of full extension).', [
      { finding: 'range_of_motion', qualifier: 'flexion', value: 120 },
      { finding: 'range_of_motion', qualifier: 'extension', value: -10 },
    ]],
  ]);
});

describe('findExamFindings: a motion before any part is named', () => {
  it('takes the part named later in the same sentence', () => {
    const text = 'HISTORY:\nOn examination: extension to 15 degrees, tenderness over the cervical paraspinals.\n';
    const got = findExamFindings(segmentDocument(text, lexicons), lexicons);
    expect(got.map((f) => [f.finding, f.bodyPart])).toEqual([['range_of_motion', 'cervical spine'], ['tenderness', 'cervical spine']]);
  });
});

describe('findExamFindings: sides inside an aside', () => {
  check([
    ['the side before the muscle beats the sides compared in parentheses', 'Motor: R tibialis anterior 4/5 (walks on heels L better than R).', [
      { finding: 'motor_strength', qualifier: 'tibialis anterior', value: '4/5', side: 'right' },
    ]],
    ['a side given only in parentheses still counts', 'Motor: tibialis anterior 4/5 (left).', [
      { finding: 'motor_strength', value: '4/5', side: 'left' },
    ]],
  ]);
});

describe('findExamFindings: test evidence ends with its result', () => {
  it('stops the evidence at the semicolon after the result', () => {
    const got = exam('Right shoulder: Neer +; abduction 150 degrees.');
    expect(got.map((f) => [f.finding, f.evidence.text])).toEqual([
      ['special_test', 'Neer +'], ['range_of_motion', 'abduction 150 degrees'],
    ]);
  });
});

describe('findExamFindings: sides given by a label, a prefix or an earlier mention', () => {
  check([
    ['a side in the label aside covers a dot-leader list; each item ends with its line', 'Sacroiliac provocation (right):\n    Gaenslen ......... negative\n    Thigh thrust ..... positive, buttock ache\nLeft-sided SI provocation tests negative.', [
      { finding: 'special_test', qualifier: 'Gaenslen', value: 'negative', side: 'right' },
      { finding: 'special_test', qualifier: 'thigh thrust', value: 'positive', side: 'right' },
      { finding: 'special_test', qualifier: 'SI provocation tests', value: 'negative', side: 'left' },
    ]],
    ['a side opening the next test\'s words on a joined line is that test\'s; short names under their part\'s label', 'SI joint (right): Compression ..... negative Distraction ..... positive, groin ache Left-sided SI provocation tests positive.', [
      { qualifier: 'SI compression', value: 'negative', side: 'right' },
      { qualifier: 'SI distraction', value: 'positive', side: 'right' },
      { qualifier: 'SI provocation tests', value: 'positive', side: 'left' },
    ]],
    ['a short name means nothing outside its part\'s label', 'Shoulder: compression ..... negative', []],
    ['a test of the sacroiliac joint takes the side named before it in the sentence', 'Pain over the right sacral sulcus on palpation (Fortin finger sign positive).', [
      { finding: 'special_test', qualifier: 'Fortin finger', value: 'positive', side: 'right' },
    ]],
    ['a joint label without a side takes the side of the same joint in the sentence', 'Knee: right knee flexion 120 deg, extension 0 deg.', [
      { qualifier: 'flexion', value: 120, side: 'right', bodyPart: 'knee' },
      { qualifier: 'extension', value: 0, side: 'right' },
    ]],
    ['an unsided joint inherits the side of the sentence before', 'Mild swelling of the left knee. The knee was stable to valgus stress.', [
      { finding: 'swelling', side: 'left' },
      { finding: 'special_test', qualifier: 'valgus stress', value: 'stable', side: 'left' },
    ]],
    ['a neurologic heading ends the joint label above it', 'Hip: left hip flexion 100 degrees.\nNeuro: patellar reflexes 2+ bilaterally.', [
      { finding: 'range_of_motion', bodyPart: 'hip', side: 'left' },
      { finding: 'reflex', qualifier: 'patellar', bodyPart: 'lumbar spine', side: 'bilateral' },
    ]],
  ]);
});

describe('findExamFindings: grouped names, semicolons and lead-ins', () => {
  check([
    ['a group name after named tests only labels them', 'Right shoulder: Neer and Hawkins impingement tests negative.', [
      { qualifier: 'Neer', value: 'negative', side: 'right' },
      { qualifier: 'Hawkins', value: 'negative', side: 'right' },
    ]],
    ['a weak result closed by a semicolon is its own side', 'Supine straight leg raise provokes left-sided calf pain at 50 degrees; on the right it was negative.', [
      { finding: 'straight_leg_raise', side: 'left', value: 'positive' },
      { finding: 'straight_leg_raise', side: 'right', value: 'negative' },
    ]],
    ['a result after a short lead-in belongs to the next test', "Right knee: Lachman's negative, and the joint was stable to varus stress.", [
      { qualifier: 'Lachman', value: 'negative' },
      { qualifier: 'varus stress', value: 'stable' },
    ]],
  ]);
});

describe('findExamFindings: motion measures', () => {
  check([
    ['one measure to each side is one bilateral finding, as "bilaterally" is', 'Lumbar spine: side bending 15 degrees in either direction.', [
      { qualifier: 'lateral bending', value: 15, side: 'bilateral' },
    ]],
    ['a measure out of its normal range ("45 of 80 degrees") keeps the side words after it', 'Cervical spine: rotation 45 of 80 degrees to each side, extension 25 of 60 degrees.', [
      { qualifier: 'rotation', value: 45, side: 'bilateral' },
      { qualifier: 'extension', value: 25, side: null },
    ]],
    ['a table whose columns are body parts', 'Movement   Cervical (deg)   L shoulder (deg)\nExtension   30   40\nAbduction   --   150', [
      { qualifier: 'extension', value: 30, bodyPart: 'cervical spine', side: null },
      { qualifier: 'extension', value: 40, bodyPart: 'shoulder', side: 'left' },
      { qualifier: 'abduction', value: 150, bodyPart: 'shoulder', side: 'left' },
    ]],
    ['sides separated by a slash', 'Neck: rotation R 40 deg / L 55 deg.', [
      { qualifier: 'rotation', value: 40, side: 'right' },
      { qualifier: 'rotation', value: 55, side: 'left' },
    ]],
    ['internal rotation measured by the level reached', 'Right shoulder: internal rotation reaching T10.', [
      { qualifier: 'internal rotation', value: 'T10', side: 'right' },
    ]],
    ['a judged motion keeps the side after it', 'Cervical spine: rotation normal bilaterally.', [
      { qualifier: 'rotation', value: 'normal', side: 'bilateral' },
    ]],
    ['"full range" after a joint label', 'Left elbow: full range, no tenderness.', [
      { finding: 'range_of_motion', value: 'normal', side: 'left', bodyPart: 'elbow' },
      { finding: 'tenderness', assertion: 'negated' },
    ]],
  ]);
});

describe('findExamFindings: grades and negations', () => {
  check([
    ['a word grade restated in numbers keeps the number', 'The left patellar reflex was reduced (1+), 2+ on the right.', [
      { qualifier: 'patellar', value: '1+', side: 'left' },
      { qualifier: 'patellar', value: '2+', side: 'right' },
    ]],
    ['BR is the brachioradialis', 'DTRs: BR and triceps 1+ on the left.', [{ finding: 'reflex', qualifier: 'brachioradialis and triceps', value: '1+', side: 'left' }]],
    ['trace is kept as written', 'Ankle jerks trace bilaterally.', [{ finding: 'reflex', value: 'trace', side: 'bilateral' }]],
    ['a region word between "no" and the sign', 'There is no cervical paraspinal spasm.', [{ finding: 'spasm', assertion: 'negated' }]],
    ['a sign said to come with an absent one is absent too', 'Upper trapezius: no taut bands with local twitch response.', [
      { finding: 'trigger_point', assertion: 'negated' },
      { finding: 'twitch_response', assertion: 'negated' },
    ]],
  ]);
});

describe('findExamFindings: an exam run goes on while findings keep coming', () => {
  it('reads an examiner\'s observation just before the first objective finding, not a complaint', () => {
    const text = 'HISTORY:\nShe reports swelling at night. Ambulation steady. Knee ROM: flexion 120 deg.\n';
    const got = findExamFindings(segmentDocument(text, lexicons), lexicons);
    expect(got.map((f) => [f.finding, f.value])).toEqual([['gait', 'steady'], ['range_of_motion', 120]]);
  });
  it('reads graded sentences after a run of objective findings', () => {
    const text = 'HISTORY:\nNotes of the last visit: Neck ROM: flexion 40 deg. Hoffmann negative. Spurling negative. Lhermitte negative. Biceps reflexes 2+ bilaterally. Grip 5/5 both hands. Light touch intact.\n';
    const got = findExamFindings(segmentDocument(text, lexicons), lexicons);
    expect(got.map((f) => f.finding)).toEqual(['range_of_motion', 'special_test', 'special_test', 'special_test', 'reflex', 'motor_strength', 'sensation']);
  });
});

describe('findExamFindings: sensation said as an absence or measured', () => {
  check([
    ['"no sensory deficit" is a normal sensory exam', 'Upper extremities: no focal sensory deficit in either hand.', [
      { finding: 'sensation', value: 'normal', assertion: 'present' },
    ]],
    ['a clause naming dermatomes after a semicolon goes on with the sensory exam', 'Sensory: reduced pinprick over the left lateral calf; C6 and C7 dermatomes normal in both arms.', [
      { finding: 'sensation', value: 'decreased', side: 'left' },
      { finding: 'sensation', value: 'normal', side: 'bilateral' },
    ]],
    ['two-point discrimination keeps its measure', 'Two-point discrimination was 9 mm over the left small finger.', [
      { finding: 'sensation', value: 9, side: 'left', qualifier: 'two-point discrimination' },
    ]],
  ]);
});

describe('findExamFindings: where one finding\'s words end', () => {
  check([
    ['a gait keeps its word without the severity, and the side it favors', 'She ambulates with a moderate antalgic gait, favoring the right leg.', [
      { finding: 'gait', value: 'antalgic', side: 'right' },
    ]],
    ['a severity written after the sign', 'Left ankle: Swelling: mild. Effusion is small.', [
      { finding: 'swelling', value: 'mild', side: 'left' },
      { finding: 'swelling', qualifier: 'effusion', value: 'small', side: 'left' },
    ]],
    ['"stable to" leads into the test it judges', 'Right shoulder: stable to anterior load and shift; varus-valgus not tested.', [
      { finding: 'special_test', qualifier: 'load and shift', value: 'stable' },
    ]],
    ['after a semicolon, a result with its own subject is not the test\'s', 'Left knee: Lachman negative; menisci stable.', [
      { qualifier: 'Lachman', value: 'negative', side: 'left' },
    ]],
    ['the last reflex grade ends where strength begins', 'Reflexes: Achilles 1+ on the left and 2+ on the right, and EHL strength 5/5 bilaterally.', [
      { finding: 'reflex', value: '1+', side: 'left' },
      { finding: 'reflex', value: '2+', side: 'right' },
      { finding: 'motor_strength', value: '5/5', side: 'bilateral' },
    ]],
  ]);
  it('reads an unpunctuated exam list before an imaging line that follows it', () => {
    const text = 'HISTORY:\nOn examination the knee was tender.\n  Lachman: negative\nStanding radiographs of 3/2/2016 showed narrowing.\n';
    const got = findExamFindings(segmentDocument(text, lexicons), lexicons);
    expect(got.map((f) => [f.finding, f.qualifier, f.value])).toContainEqual(['special_test', 'Lachman', 'negative']);
  });
});

describe('findExamFindings: ankle and shoulder tests named without "test"', () => {
  check([
    ['talar tilt and the syndesmosis squeeze test', 'Right ankle: talar tilt positive with laxity. Squeeze test negative.', [
      { finding: 'special_test', qualifier: 'talar tilt', value: 'positive', bodyPart: 'ankle' },
      { finding: 'special_test', qualifier: 'squeeze test', value: 'negative', bodyPart: 'ankle' },
    ]],
    ['a bare cross-body adduction', 'Left shoulder: cross-body adduction negative; Hawkins positive on the left.', [
      { finding: 'special_test', qualifier: 'cross-body adduction', value: 'negative', bodyPart: 'shoulder' },
      { finding: 'special_test', qualifier: 'Hawkins', value: 'positive', side: 'left' },
    ]],
  ]);
});

describe('findExamFindings: a range-of-motion table with one column per side', () => {
  check([
    ['a titled table with bare side columns', 'Wrist ROM (deg)      Right     Left\n  Flexion              45        70\n  Extension            50        65\n', [
      { finding: 'range_of_motion', qualifier: 'flexion', value: 45, side: 'right', bodyPart: 'wrist' },
      { finding: 'range_of_motion', qualifier: 'flexion', value: 70, side: 'left', bodyPart: 'wrist' },
      { finding: 'range_of_motion', qualifier: 'extension', value: 50, side: 'right', bodyPart: 'wrist' },
      { finding: 'range_of_motion', qualifier: 'extension', value: 65, side: 'left', bodyPart: 'wrist' },
    ]],
  ]);
});

describe('findExamFindings: "neither ... nor" says both signs are absent', () => {
  check([
    ['neither a twitch nor referred pain', 'Trigger points are palpated in the left rhomboid, but neither a twitch response nor referred pain is produced.', [
      { finding: 'trigger_point', assertion: 'present' },
      { finding: 'twitch_response', assertion: 'negated' },
      { finding: 'other', qualifier: 'referred pain', assertion: 'negated' },
    ]],
  ]);
});

describe('findExamFindings: a place after "are located/described/felt in"', () => {
  check([
    ['trigger points located in a muscle', 'Multiple trigger points are located in the left rhomboid and middle trapezius.', [
      { finding: 'trigger_point', qualifier: 'left rhomboid and middle trapezius', side: 'left', assertion: 'present' },
    ]],
  ]);
});

describe('findExamFindings: a describing word between the negation and the sign', () => {
  check([
    ['no definite trigger points', 'Lumbar paraspinals: mild tenderness, no definite trigger points.', [
      { finding: 'tenderness', assertion: 'present' },
      { finding: 'trigger_point', assertion: 'negated' },
    ]],
  ]);
});
