/**
 * By-visit tables: a header of visit dates over rows of measures. Each pain cell is a score on its
 * column's date; a "right / left" pair is one score per side; a row whose cells do not line up one
 * per dated column, or a pair whose label names no sides, is not read.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { normalizeText } from '../../../src/stages/02-normalize/normalize-text.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findPainScores } from '../../../src/stages/04-extract/find-pain-scores.js';

const lexicons = loadLexicons();
const scores = (table: string) => {
  const n = normalizeText([{ page: 1, text: `PROGRESS REPORT\n\nOBJECTIVE:\nBy visit:\n\n${table}\n\nStrength 5/5.\n`, source: 'text' }]);
  const doc = segmentDocument(n.text, lexicons, n.pageOffsets);
  const found = findPainScores(doc, lexicons);
  for (const f of found) expect(doc.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  return found.map((p) => [p.score, p.side, p.date, p.evidence.text]);
};

describe('pain scores in a by-visit table', () => {
  it('dates each cell by its column and reads a right / left pair by side', () => {
    expect(scores([
      '                                        12-Nov-2020        14-Jan-2021 (today)',
      '  Low back pain (0-10)                        7                   5',
      '  Leg pain, right / left (0-10)             8 / 5               7 / 4',
      '  Lumbar flexion (degrees)                   30                  40',
    ].join('\n'))).toEqual([
      [7, null, '2020-11-12', '7'], [5, null, '2021-01-14', '5'],
      [8, 'right', '2020-11-12', '8'], [5, 'left', '2020-11-12', '5'], [7, 'right', '2021-01-14', '7'], [4, 'left', '2021-01-14', '4'],
    ]);
  });

  it('a side column after the dated ones on the dates line, with notes under each column', () => {
    expect(scores([
      '                                    April 26th, 2017    June 21st, 2017     Left',
      '                                    (right)             (right, today)      (today)',
      '  Ankle dorsiflexion                 5                   10                  20',
      '  Heel pain walking (0-10)           7                    5                   -',
    ].join('\n'))).toEqual([[7, null, '2017-04-26', '7'], [5, null, '2017-06-21', '5']]);
  });

  it('a column after the dated ones holding a dash is no visit; a title line above the dates is allowed', () => {
    expect(scores([
      '                              OT eval        Today          Left',
      '                              12/19/2023     04/11/2024     (today)',
      '   Wrist extension               25             60             75',
      '   Pain at rest (0-10)            7              4             --',
    ].join('\n'))).toEqual([[7, null, '2023-12-19', '7'], [4, null, '2024-04-11', '4']]);
  });

  it('cells that do not line up with the dated columns, or a pair without sides, are not read', () => {
    expect(scores([
      '                 03/01/2021    04/01/2021    05/01/2021',
      '  Pain (0-10)        7             5',
      '  Neck pain (0-10)   6 / 4         5 / 3         4 / 2',
    ].join('\n'))).toEqual([]);
  });

  it('a blank line between the header and the row ends the table', () => {
    expect(scores('  03/01/2021    04/01/2021\n\n  Pain (0-10)   7   5')).toEqual([]);
  });
});
