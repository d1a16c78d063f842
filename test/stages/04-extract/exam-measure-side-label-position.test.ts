/**
 * "AROM R:" under a "L shoulder:" label measures the right side; a position in parentheses between a
 * motion and its degrees ("ER (arm at side) 45 deg") is read past, and names no part measured.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const rom = (body: string) => findExamFindings(segmentDocument(`Objective findings:\n${body}\n`, lexicons), lexicons)
  .filter((f) => f.finding === 'range_of_motion').map((f) => [f.bodyPart, f.side, f.qualifier, f.value]);

describe('exam: a measure line labelled with its side', () => {
  it('"AROM L:" and "AROM R:" under a left shoulder label', () => {
    expect(rom('L shoulder: portals well healed. Mild TTP anterolateral acromion.\nAROM L: forward flexion 140 deg, abduction 120 deg, ER (arm at side) 45 deg.\nAROM R: forward flexion 175 deg, abduction 175 deg, ER 80 deg.')).toEqual([
      ['shoulder', 'left', 'forward flexion', 140], ['shoulder', 'left', 'abduction', 120], ['shoulder', 'left', 'external rotation', 45],
      ['shoulder', 'right', 'forward flexion', 175], ['shoulder', 'right', 'abduction', 175], ['shoulder', 'right', 'external rotation', 80],
    ]);
  });
  it('a side written after the measure still wins', () => {
    expect(rom('Left shoulder: mild tenderness.\nAROM R: abduction 175 deg, abduction 120 deg on the left.')).toEqual([
      ['shoulder', 'right', 'abduction', 175], ['shoulder', 'left', 'abduction', 120],
    ]);
  });
});

describe('exam: a position in parentheses between a motion and its degrees', () => {
  it.each([
    ['ER (arm at side) 45 deg', 'external rotation', 45],
    ['Forward flexion (passive) 160 degrees', 'forward flexion', 160],
    ['ER (at 90 deg abduction) 70 deg', 'external rotation', 70],
  ])('%s', (text, motion, value) => {
    expect(rom(`Left shoulder: ${text}.`)).toEqual([['shoulder', 'left', motion, value]]);
  });
});

describe('exam: the other side\'s measure beside the first', () => {
  it('"Flexion 55 deg (L 75)" under a right wrist label: the letter in parentheses names the other side', () => {
    expect(rom('R wrist: TTP over the ulnar fovea. Flexion 55 deg (L 75), extension 50 deg (L 70).')).toEqual([
      ['wrist', 'right', 'flexion', 55], ['wrist', 'left', 'flexion', 75], ['wrist', 'right', 'extension', 50], ['wrist', 'left', 'extension', 70],
    ]);
  });
  it('a "right versus left:" heading orders the rows "A degrees vs B degrees"', () => {
    expect(rom('Range of motion (goniometer), right versus left:\n    ankle dorsiflexion      5 degrees   vs  15 degrees\n    subtalar inversion     10 degrees   vs  25 degrees')).toEqual([
      ['ankle', 'right', 'dorsiflexion', 5], ['ankle', 'left', 'dorsiflexion', 15], ['ankle', 'right', 'inversion', 10], ['ankle', 'left', 'inversion', 25],
    ]);
  });
  it('"(L5-S1 pain)" after a measure is no other side', () => {
    expect(rom('Lumbar flexion 40 degrees (L5-S1 pain).')).toEqual([['lumbar spine', null, 'flexion', 40]]);
  });
});

describe('exam: a gait that favours the one injured leg', () => {
  const gait = (body: string, injured: Array<{ part: 'knee' | 'lumbar spine'; side: 'right' | null }>) =>
    findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons, injured)
      .filter((f) => f.finding === 'gait').map((f) => [f.bodyPart, f.side, f.value]);
  it('"walks with a slight antalgic gait" in a right knee claim favours the right knee', () => {
    expect(gait('She walks with a slight antalgic gait.', [{ part: 'knee', side: 'right' }])).toEqual([['knee', 'right', 'antalgic']]);
  });
  it('not in a claim with a spine part too, nor for a normal gait', () => {
    expect(gait('She walks with a slight antalgic gait.', [{ part: 'knee', side: 'right' }, { part: 'lumbar spine', side: null }])).toEqual([[null, null, 'antalgic']]);
    expect(gait('Gait is normal.', [{ part: 'knee', side: 'right' }])).toEqual([[null, null, 'normal']]);
  });
});
