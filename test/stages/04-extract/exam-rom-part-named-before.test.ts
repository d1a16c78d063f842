/**
 * A range-of-motion judgement's part: "full AROM" and "PROM full" are full range of motion, and a
 * part written right before the motion ("Lumbar ROM is restricted") names the part moved even under
 * another part's line label; a part that ends the line or the clause before does not.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const rom = (body: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
  .filter((f) => f.finding === 'range_of_motion').map((f) => [f.bodyPart, f.side, f.qualifier, f.value]);

describe('exam: the part of a range-of-motion finding', () => {
  it('active and passive range of motion written as AROM / PROM', () => {
    expect(rom('R shoulder: full AROM, Hawkins neg.\nCervical PROM full.\nLeft knee AROM is limited.')).toEqual([
      ['shoulder', 'right', null, 'normal'], ['cervical spine', null, null, 'normal'], ['knee', 'left', null, 'restricted'],
    ]);
  });

  it('a part right before the motion beats the line label above', () => {
    expect(rom('Left shoulder: full AROM.\nLumbar ROM is restricted.')).toEqual([
      ['shoulder', 'left', null, 'normal'], ['lumbar spine', null, null, 'restricted'],
    ]);
  });

  it('a part that ends the clause or the line before is no part of the motion', () => {
    expect(rom('Cervical spine: flexion 40 degrees, extension 20 degrees with pain into the left arm, rotation 55 degrees to the left.')
      .map(([part]) => part)).toEqual(['cervical spine', 'cervical spine', 'cervical spine']);
    expect(rom('Thoracic ROM:\n  Flexion 40 none\n  Extension 15 L chest\n  Rotation R 40 none').map(([part]) => part))
      .toEqual(['thoracic spine', 'thoracic spine', 'thoracic spine']);
  });
});
