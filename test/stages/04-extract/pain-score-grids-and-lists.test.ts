/**
 * Pain scores written as a table under a header that names the scale (tab-separated, or run onto
 * one line by a text layer), as a labelled list sharing the scale written after its last item, as
 * "a N" numbers with the scale in parentheses later, and as "N of 10" after an earlier score.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findPainScores } from '../../../src/stages/04-extract/find-pain-scores.js';
import type { PainScore } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const scores = (body: string): PainScore[] => findPainScores(segmentDocument(`SUBJECTIVE COMPLAINTS:\n${body}\n`, lexicons), lexicons);
const brief = (p: PainScore) => [p.score, p.bodyPart, p.side];

describe('pain scores: grids and lists', () => {
  it('reads every cell of a tab-separated pain table under a header naming the scale', () => {
    const body = 'Pain level (0-10)\tNow\tAt best\tAt worst\nLow back\t5\t2\t9\nR hip\t3\t1\t6\n\nHe walks daily.';
    const table = 'Pain level (0-10)\tNow\tAt best\nLow back\t5\t2\nR hip\t3\t1\n\nHe walks daily.';
    expect(scores(table).map(brief)).toEqual([
      [5, 'lumbar spine', null], [2, 'lumbar spine', null], [3, 'hip', 'right'], [1, 'hip', 'right'],
    ]);
    expect(scores(body).map((p) => p.score)).toEqual([5, 2, 9, 3, 1, 6]);
  });

  it('reads a table and a labelled list whose scale names the rating inside the parentheses ("0-10 NRS", "NRS 0-10")', () => {
    expect(scores('Pain (0-10 NRS)\tNow\tAt worst\nNeck\t4\t7\n\nShe drives.').map(brief)).toEqual([
      [4, 'cervical spine', null], [7, 'cervical spine', null],
    ]);
    expect(scores('Pain (0-10 NRS): R hand 6, L hand 3, neck 4.').map(brief)).toEqual([
      [6, 'hand', 'right'], [3, 'hand', 'left'], [4, 'cervical spine', null],
    ]);
    expect(scores('Pain (NRS 0-10): low back 7; R knee 2.').map(brief)).toEqual([[7, 'lumbar spine', null], [2, 'knee', 'right']]);
  });

  it('reads the same table when the text layer ran it onto one line', () => {
    expect(scores('Pain level (0-10) Now At best Low back 5 2 R hip 3 1').map(brief)).toEqual([
      [5, 'lumbar spine', null], [2, 'lumbar spine', null], [3, 'hip', 'right'], [1, 'hip', 'right'],
    ]);
  });

  it('does not read a table whose header names no pain scale', () => {
    expect(scores('Visits\tAuthorized\tUsed\nLow back\t8\t6\n')).toEqual([]);
  });

  it('reads a labelled list whose scale is written after the last item', () => {
    expect(scores('pain: low back 6, L leg 3 (out of 10), leg worse on stairs').map(brief)).toEqual([
      [6, 'lumbar spine', null], [3, 'lower leg', 'left'],
    ]);
  });

  it('reads "a N" numbers whose 0-10 scale follows in parentheses', () => {
    expect(scores('The wrist throbs "a 2 at rest, a 5 after typing for an hour" (0-10).').map((p) => p.score)).toEqual([2, 5]);
  });

  it('does not read "a N" with a unit, or without a parenthesised scale, as a score', () => {
    expect(scores('A 3 cm scar crosses the wrist (0-10 scale not used).')).toEqual([]);
    expect(scores('She takes a 2 hour nap and a 5 minute walk.')).toEqual([]);
  });

  it('reads each number of a list under a label that names the scale, a range by its upper end', () => {
    expect(scores('Pain score (0-10): L hip 5 at rest (range 3-7), worse on stairs.').map((p) => [p.score, p.scoreLow ?? null, p.bodyPart])).toEqual([
      [5, null, 'hip'], [7, 3, 'hip'],
    ]);
  });

  it('reads both ends of a pain change told in bare numbers, with the medication condition', () => {
    expect(scores('Naproxen brings the wrist pain from roughly 6 down to 3.').map((p) => [p.score, p.condition])).toEqual([
      [6, 'without_medication'], [3, 'with_medication'],
    ]);
    expect(scores('The pain medicine was tapered from 4 down to 2 tablets a day.')).toEqual([]);
  });

  it('reads "N of 10" after a conjunction once the sentence has given a score on the scale', () => {
    expect(scores('The knee pain is 7 on a 0-10 scale on stairs and 3 of 10 at rest.').map((p) => p.score)).toEqual([7, 3]);
    expect(scores('The knee pain is 7/10 on stairs, and 3 of 10 visits are used.').map((p) => p.score)).toEqual([7]);
  });
});

describe('pain scores written without their scale', () => {
  it.each([
    ['Neck pain "pain level: 5", worse turning.', [5]],
    ['Pain score 4 with meds.', [4]],
    ['Pain that first day was "an 8."', [8]],
    ['She rates her pain as a 6 today.', [6]],
  ])('%s → %j', (text, expected) => {
    expect(scores(text).map((p) => p.score)).toEqual(expected);
    expect(scores(text).every((p) => p.max === 10)).toBe(true);
  });

  it.each([
    'Pain was a 3 week problem before therapy.',
    'Pain level improved over 2 weeks.',
    'The pain score of 2-3 days ago was higher.',
    'Her pain is 5 days old.',
    'Pain at 4 sessions was unchanged.',
  ])('no score in %s', (text) => {
    expect(scores(text)).toEqual([]);
  });
});
