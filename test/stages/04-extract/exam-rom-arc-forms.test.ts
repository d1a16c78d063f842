/**
 * An unnamed arc of a hinge joint is its flexion (and a loss of extension when it starts above 0):
 * after "motion" alone, after "full," and with the other side's arc joined by "versus" without its unit.
 */
import { describe, expect, it } from 'vitest';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import { docOf, lex } from '../../helpers/docs.js';

const rom = (text: string) => findExamFindings(docOf(`PHYSICAL EXAMINATION:\n${text}\n`), lex)
  .filter((f) => f.finding === 'range_of_motion').map((f) => [f.bodyPart, f.side, f.qualifier, f.value]);

describe('exam: range-of-motion arcs', () => {
  it.each([
    ['Examination: no effusion; left knee motion 0-135 degrees versus 0-140 on the right.', [['knee', 'left', 'flexion', 135], ['knee', 'right', 'flexion', 140]]],
    ['Right elbow range of motion is full, 0-145 degrees.', [['elbow', 'right', 'flexion', 145]]],
    ['Right elbow: motion was full, from 0 to 140 degrees.', [['elbow', 'right', 'flexion', 140]]],
    ['Left knee motion 5-110 degrees.', [['knee', 'left', 'flexion', 110], ['knee', 'left', 'extension', -5]]],
  ])('%s', (text, expected) => {
    expect(rom(text)).toEqual(expected);
  });
});
