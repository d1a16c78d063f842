/** Side-column and measured/normal motion tables, named tests of the wrist, elbow, hip and spine, lists of absent signs. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const tests = (got: ExamFinding[]): unknown[] => got.filter((f) => f.finding === 'special_test').map((f) => [f.qualifier, f.side, f.value]);

describe('named tests', () => {
  it('wrist tests: ulnocarpal stress, piano key, Watson scaphoid shift', () => {
    expect(tests(exam('Right wrist: ulnocarpal stress test reproduces ulnar pain; piano key sign is negative. Watson\'s test negative.'))).toEqual([
      ['ulnocarpal stress', 'right', 'positive'], ['piano key', 'right', 'negative'], ['Watson scaphoid shift', 'right', 'negative'],
    ]);
  });

  it('hook test of the elbow and the FAIR test of the hip', () => {
    expect(tests(exam('Left elbow: hook test is positive.'))).toEqual([['hook test', 'left', 'positive']]);
    expect(tests(exam('FAIR test positive R, negative L.'))).toEqual([['FAIR', 'right', 'positive'], ['FAIR', 'left', 'negative']]);
  });

  it('spine tests: Soto-Hall, shoulder depression, and foraminal compression named as written', () => {
    expect(tests(exam('Soto-Hall negative. Shoulder depression test positive on the left. Foraminal compression test negative bilaterally.'))).toEqual([
      ['Soto-Hall', null, 'negative'], ['shoulder depression', 'left', 'positive'], ['foraminal compression', 'bilateral', 'negative'],
    ]);
    // written with its other name in parentheses, the result goes to that name
    expect(tests(exam("Foraminal compression (Spurling's): positive R."))).toEqual([['Spurling', 'right', 'positive']]);
  });
});

describe('motion tables', () => {
  const rom = (got: ExamFinding[]): unknown[] => got.filter((f) => f.finding === 'range_of_motion').map((f) => [f.bodyPart, f.qualifier, f.side, f.value]);

  it('a side-column header after a blank line under a motion heading: bare numbers are degrees', () => {
    expect(rom(exam('Hip motion (degrees):\n\n              Right     Left\n  Flexion       95        120\n  Abduction     30        45\n'))).toEqual([
      ['hip', 'flexion', 'right', 95], ['hip', 'flexion', 'left', 120], ['hip', 'abduction', 'right', 30], ['hip', 'abduction', 'left', 45],
    ]);
  });
});

describe('motion tables with a titled side header', () => {
  const rom = (got: ExamFinding[]): unknown[] => got.filter((f) => f.finding === 'range_of_motion').map((f) => [f.bodyPart, f.qualifier, f.side, f.value]);

  it('"Range of motion (degrees)  RIGHT  LEFT" over rows, a lost extension written as a negative number', () => {
    expect(rom(exam('Range of motion (degrees)      RIGHT      LEFT\n  Knee flexion             120        135\n  Knee extension           -10          0\n'))).toEqual([
      ['knee', 'flexion', 'right', 120], ['knee', 'flexion', 'left', 135], ['knee', 'extension', 'right', -10], ['knee', 'extension', 'left', 0],
    ]);
  });
});

describe('side-column cells written as symbols and words', () => {
  const rows = (got: ExamFinding[]): unknown[] => got.map((f) => [f.finding, f.qualifier, f.side, f.value, f.assertion]);

  it('"+" is present, "-" and "none" are absent, a note in parentheses after a cell is kept out', () => {
    const got = exam('Shoulders:\n                          LEFT        RIGHT\n  Swelling                none        mild\n  AC joint tenderness     -           +\n  Hawkins                 + (painful arc)  -\n  Abduction               -10 deg     90 deg\n');
    expect(rows(got)).toEqual([
      ['swelling', null, 'left', null, 'negated'], ['swelling', null, 'right', 'mild', 'present'],
      ['tenderness', 'AC joint', 'left', null, 'negated'], ['tenderness', 'AC joint', 'right', 'positive', 'present'],
      ['special_test', 'Hawkins', 'left', 'positive', 'present'], ['special_test', 'Hawkins', 'right', 'negative', 'present'],
      ['range_of_motion', 'abduction', 'left', -10, 'present'], ['range_of_motion', 'abduction', 'right', 90, 'present'],
    ]);
  });
});

describe('motion tables with normal and measured columns', () => {
  const rom = (got: ExamFinding[]): unknown[] => got.filter((f) => f.finding === 'range_of_motion').map((f) => [f.qualifier, f.side, f.value]);

  it('the measured column is the finding, whichever side of the normal column it stands', () => {
    expect(rom(exam('Lumbar motion (inclinometer):\n  Motion               Expected   Measured   Pain\n  Flexion                60          35       yes\n  Side bending, left     25          15       no\n'))).toEqual([
      ['flexion', null, 35], ['lateral bending', 'left', 15],
    ]);
    expect(rom(exam('Shoulder motion:\n  Motion          Actual    Normal\n  Abduction, right   95      180\n'))).toEqual([['abduction', 'right', 95]]);
  });

  it('a line right after such a table goes on in degrees', () => {
    expect(rom(exam('Neck motion (degrees):\n  Motion        Normal   Measured\n  Extension       60        50\nUpper back rotation: left 20, right 15.\n'))).toEqual([
      ['extension', null, 50], ['rotation', 'left', 20], ['rotation', 'right', 15],
    ]);
  });

  it('"lateral flex" is lateral flexion', () => {
    expect(rom(exam('Cervical motion: lateral flex 30 degrees to the left.'))).toEqual([['lateral flexion', 'left', 30]]);
  });
});

describe('names and summaries in prose', () => {
  it('two tests joined by "and the" share the result written after the second', () => {
    expect(tests(exam('Left knee: the Lachman test and the anterior drawer were negative.'))).toEqual([
      ['Lachman', 'left', 'negative'], ['anterior drawer', 'left', 'negative'],
    ]);
  });

  it('a side later in the clause of a normal summary is its side', () => {
    const got = exam('Sensation is intact to pinprick over the dorsum of the right foot. Reflexes are symmetric, and the left knee is tender.');
    expect(got.filter((f) => f.finding === 'sensation' || f.finding === 'reflex').map((f) => [f.finding, f.side])).toEqual([['sensation', 'right'], ['reflex', 'bilateral']]);
  });

  it('absent signs: abdominal signs in a list, and a muscle or place word between "no" and the sign', () => {
    const got = exam('Abdomen: no rebound or organomegaly. No deltoid atrophy. No midline spinous tenderness. No peripheral edema.');
    expect(got.map((f) => [f.finding, f.qualifier, f.assertion])).toEqual([
      ['other', 'rebound', 'negated'], ['other', 'organomegaly', 'negated'], ['atrophy', 'deltoid', 'negated'],
      ['tenderness', 'midline spinous', 'negated'], ['swelling', null, 'negated'],
    ]);
  });

  it('a test found "intact" keeps that word as its result', () => {
    expect(tests(exam('Right elbow: hook test intact; valgus stress stable.'))).toEqual([['hook test', 'right', 'intact'], ['valgus stress', 'right', 'stable']]);
  });

  it('a value word after dot leaders ("Gait ........ antalgic")', () => {
    expect(exam('Gait .............. slow; uses a cane\nStation ........... steady').filter((f) => f.finding === 'gait').map((f) => f.value)).toEqual(['slow']);
  });

  it('a whole range of motion judged full after the words, or as "full painless motion"', () => {
    const rom = (body: string): unknown[] => exam(body).filter((f) => f.finding === 'range_of_motion').map((f) => [f.side, f.value]);
    expect(rom('Left knee: not tender; knee ROM is full and painless.')).toEqual([['left', 'normal']]);
    expect(rom('Neck screen: full painless motion.')).toEqual([[null, 'normal']]);
    // the kind of motion judged is its qualifier
    expect(exam('Right elbow: passive motion full. Left wrist: full active motion.').filter((f) => f.finding === 'range_of_motion').map((f) => f.qualifier)).toEqual(['passive', 'active']);
  });

  it('a side opening the short clause of a sign: a list of places, or the subject the sign is said of', () => {
    const got = exam('Left rhomboid and levator tenderness. There is tenderness of the right upper trapezius; the left upper trapezius is non-tender.');
    expect(got.map((f) => [f.finding, f.side, f.assertion])).toEqual([
      ['tenderness', 'left', 'present'], ['tenderness', 'right', 'present'], ['tenderness', 'left', 'negated'],
    ]);
  });

  it('spinal observations: segmental fixation, forward head posture', () => {
    const got = exam('Inspection: moderate forward head posture. Segmental fixation noted at T6 and T7.');
    expect(got.map((f) => [f.finding, f.qualifier, f.value, f.assertion])).toEqual([
      ['other', 'forward head posture', 'moderate', 'present'], ['other', 'segmental fixation', 'positive', 'present'],
    ]);
  });

  it('a side-column row with a time after its result, and a row whose label wraps under it', () => {
    const got = exam([
      'Objective findings:', '                                      Right            Left',
      "  Phalen's (60 seconds)               positive, 20 s   positive, 45 s",
      '  Carpal compression (Durkan)         positive         negative',
      '  Static 2-point discrimination,      8 mm             4 mm', '    small finger',
      '  First dorsal interosseous           4/5              5/5', '',
    ].join('\n'));
    expect(got.map((f) => [f.finding, f.side, f.qualifier, f.value])).toEqual([
      ['special_test', 'right', 'Phalen', 'positive'], ['special_test', 'left', 'Phalen', 'positive'],
      ['special_test', 'right', 'carpal compression test (Durkan)', 'positive'], ['special_test', 'left', 'carpal compression test (Durkan)', 'negative'],
      ['motor_strength', 'right', 'first dorsal interosseous', '4/5'], ['motor_strength', 'left', 'first dorsal interosseous', '5/5'],
    ]);
  });

  it('a symptom as a side-column cell is the test reproducing it', () => {
    const got = exam(['Hips:', '                          Right          Left', '  FADIR                   groin pain     negative', ''].join('\n'));
    expect(got.map((f) => [f.finding, f.side, f.qualifier, f.value])).toEqual([['special_test', 'right', 'FADIR', 'positive'], ['special_test', 'left', 'FADIR', 'negative']]);
  });

  it('a word grade joined to a graded reflex with a side of its own ("1+ on the right and trace on the left")', () => {
    const got = exam('Achilles reflexes 1+ on the right and trace on the left. Patellar 2+ R, absent L.').filter((f) => f.finding === 'reflex');
    expect(got.map((f) => [f.qualifier, f.side, f.value])).toEqual([['Achilles', 'right', '1+'], ['Achilles', 'left', 'trace'], ['patellar', 'right', '2+'], ['patellar', 'left', 'absent']]);
  });

  it('a side header with a note after a side, dot-leader rows, and the kind of motion before a measure', () => {
    const got = exam([
      'Objective findings (continued):', '                                        RIGHT          LEFT (operative)',
      '  Knee flexion, active .............    130 deg        105 deg',
      '  Quadriceps strength ..............    5/5            4-/5', '',
    ].join('\n'));
    expect(got.map((f) => [f.finding, f.side, f.qualifier, f.value])).toEqual([
      ['range_of_motion', 'right', 'flexion', 130], ['range_of_motion', 'left', 'flexion', 105],
      ['motor_strength', 'right', 'quadriceps', '5/5'], ['motor_strength', 'left', 'quadriceps', '4-/5'],
    ]);
  });

  it('the calcaneus and its tubercle are the foot', () => {
    expect(exam('There was tenderness at the medial calcaneal tubercle, worse on the left.').map((f) => [f.finding, f.bodyPart])).toEqual([['tenderness', 'foot']]);
  });

  it('a grade whose text runs into the next item takes the side of its own clause', () => {
    const got = exam('Exam showed a right triceps reflex of 1+ compared with 2+ on the left, and right triceps strength of 4+/5. Triceps reflexes 2+ on the right and left.');
    expect(got.map((f) => [f.finding, f.side, f.value])).toEqual([
      ['reflex', 'right', '1+'], ['motor_strength', 'right', '4+/5'], ['reflex', 'left', '2+'], ['reflex', 'bilateral', '2+'],
    ]);
  });

  it('the ECU synergy test and DRUJ ballottement are wrist tests', () => {
    expect(exam('Right wrist: ECU synergy test positive. DRUJ ballottement negative.').map((f) => [f.qualifier, f.bodyPart, f.value])).toEqual([
      ['ECU synergy test', 'wrist', 'positive'], ['DRUJ ballottement', 'wrist', 'negative'],
    ]);
  });

  it('a side-column motion table with active and passive columns names each cell\'s kind; a position in brackets after the motion', () => {
    const got = exam([
      '', '  Shoulder range of motion (degrees)    Right active   Right passive   Left active   Left passive',
      '  External rotation (90 abd.)               70              85              90            95', '',
    ].join('\n'));
    expect(got.map((f) => [f.side, f.qualifier, f.value])).toEqual([
      ['right', 'active external rotation', 70], ['right', 'passive external rotation', 85], ['left', 'active external rotation', 90], ['left', 'passive external rotation', 95],
    ]);
  });

  it('rotator cuff strength is of the shoulder', () => {
    expect(exam('Right shoulder: Hawkins negative. Rotator cuff strength 5/5.').filter((f) => f.finding === 'motor_strength').map((f) => [f.bodyPart, f.side, f.qualifier])).toEqual([['shoulder', 'right', 'rotator cuff']]);
  });

  it('a side header after a joint label with a colon, and tender cells', () => {
    const got = exam(['', 'Knees:                      RIGHT            LEFT', '  Flexion                   125 degrees      110 degrees', '  Medial joint line         tender           nontender', ''].join('\n'));
    expect(got.map((f) => [f.finding, f.side, f.value, f.assertion])).toEqual([
      ['range_of_motion', 'right', 125, 'present'], ['range_of_motion', 'left', 110, 'present'],
      ['tenderness', 'right', 'positive', 'present'], ['tenderness', 'left', null, 'negated'],
    ]);
  });
});
