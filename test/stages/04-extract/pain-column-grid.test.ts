/**
 * Pain trend tables: a title naming the scale, a ruled header whose columns name body parts, and
 * one dated row per rating. Each number under a part's column is that part's score on the row's date.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { normalizeText } from '../../../src/stages/02-normalize/normalize-text.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findPainScores } from '../../../src/stages/04-extract/find-pain-scores.js';

const lexicons = loadLexicons();
const scores = (raw: string) => {
  const n = normalizeText([{ page: 1, text: `PROGRESS REPORT\n\nSUBJECTIVE COMPLAINTS:\nHe is seen for low back and leg pain.\n\n${raw}\n`, source: 'text' }]);
  const doc = segmentDocument(n.text, lexicons, n.pageOffsets);
  return { doc, found: findPainScores(doc, lexicons) };
};

const TABLE = [
  'PAIN TREND (NRS 0-10, patient-reported)',
  '+------------+----------+-------+---------------------------+',
  '| Date       | Low back | L leg | Comment                   |',
  '+------------+----------+-------+---------------------------+',
  '| 03/07/2024 |    7     |   8   | before the injection      |',
  '| 04/18/2024 |    5     |       | leg not rated             |',
  '| 05/30/2024 |    6     |   4   | today                     |',
  '+------------+----------+-------+---------------------------+',
].join('\n');

describe('pain trend tables (a column per body part)', () => {
  it('reads every score cell with its column\'s part and its row\'s date, evidence on the cell', () => {
    const { doc, found } = scores(TABLE);
    expect(found.map((p) => [p.score, p.bodyPart, p.side, p.date])).toEqual([
      [7, 'lumbar spine', null, '2024-03-07'], [8, 'lower leg', 'left', '2024-03-07'],
      [5, 'lumbar spine', null, '2024-04-18'],
      [6, 'lumbar spine', null, '2024-05-30'], [4, 'lower leg', 'left', '2024-05-30'],
    ]);
    for (const p of found) expect(doc.text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
  });

  it('reads nothing when the title does not name the pain scale', () => {
    expect(scores(TABLE.replace('PAIN TREND (NRS 0-10, patient-reported)', 'VISIT LOG')).found).toEqual([]);
  });

  it('reads nothing when no column names a body part (a medication table)', () => {
    const meds = TABLE.replace('| Date       | Low back | L leg | Comment                   |', '| Date       | Tablets  | Doses | Comment                   |');
    expect(scores(meds).found).toEqual([]);
  });

  it('leaves out numbers above the scale', () => {
    expect(scores(TABLE.replace('|    7     |', '|    17    |')).found.map((p) => p.score)).toEqual([8, 5, 6, 4]);
  });
});
