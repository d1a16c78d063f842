/**
 * A pain table row may name its circumstance after a comma ("Right knee, at rest   3   4"); a
 * Kapandji opposition score "8/10" is no pain score; "naproxen ..., which brings his pain down to
 * 3/10" is the pain on the medication.
 */
import { describe, expect, it } from 'vitest';
import { findPainScores } from '../../../src/stages/04-extract/find-pain-scores.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findPainScores(docOf(text), lex).map((s) => [s.score, s.bodyPart, s.condition]);

describe('pain scores', () => {
  it('reads the rows of a pain table whose labels hold a comma', () => {
    const text = 'PROGRESS REPORT\n\nPAIN (0-10)                              Today        Last visit\n  Right knee, at rest                      3                    4\n  Right knee, end of shift                 6                    7\n\nEXAM: normal gait.\n';
    expect(read(text)).toEqual([[3, 'knee', null], [4, 'knee', null], [6, 'knee', null], [7, 'knee', null]]);
  });

  it('leaves out a Kapandji opposition score', () => {
    const text = 'CONSULTATION\nThe thumb aches, rated 2/10 at rest.\n\n    Kapandji opposition score       8/10           10/10\n';
    expect(read(text).map((r) => r[0])).toEqual([2]);
  });

  it('reads the level a named medication brings the pain down to as with medication', () => {
    const text = 'UR NOTE\nHe reports neck pain rated 5/10 without medication. Ibuprofen did not help and was changed to naproxen sodium on 3/8/22, which brings his pain down to 3/10.\n';
    expect(read(text)).toEqual([[5, 'cervical spine', 'without_medication'], [3, 'cervical spine', 'with_medication']]);
  });
});
