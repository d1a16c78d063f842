/** A finger motion table with one column per digit: each cell is a measure for its row and its digit. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const rom = (body: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
  .filter((f) => f.finding === 'range_of_motion').map((f) => [f.side, f.qualifier, f.value]);

describe('exam: per-digit motion tables', () => {
  it('reads each cell under its digit, past the rules', () => {
    const table = [
      'Left hand:',
      '  --------------------------------------------',
      '  Measure                  4th digit     5th digit',
      '  --------------------------------------------',
      '  MCP flexion (active)     45 deg        40 deg',
      '  Extensor lag at MCP      10 deg        15 deg',
      '  --------------------------------------------',
    ].join('\n');
    expect(rom(table)).toEqual([
      ['left', 'MCP flexion (active), 4th digit', 45], ['left', 'MCP flexion (active), 5th digit', 40],
      ['left', 'Extensor lag at MCP, 4th digit', 10], ['left', 'Extensor lag at MCP, 5th digit', 15],
    ]);
  });

  it('reads a table whose lines were reflowed into one', () => {
    expect(rom('Left hand:\n------ Measure 4th digit 5th digit ------ MCP flexion (active) 45 deg 40 deg Extensor lag at MCP 10 deg 15 deg ------\nComposite fist normal.')).toEqual([
      ['left', 'MCP flexion (active), 4th digit', 45], ['left', 'MCP flexion (active), 5th digit', 40],
      ['left', 'Extensor lag at MCP, 4th digit', 10], ['left', 'Extensor lag at MCP, 5th digit', 15],
    ]);
  });

  it('finger names as titles; cells without a degree unit are not read', () => {
    expect(rom('Right hand:\n  Joint      Index    Middle\n  PIP flexion   90 deg   85 deg\n')).toEqual([
      ['right', 'PIP flexion, Index', 90], ['right', 'PIP flexion, Middle', 85],
    ]);
    expect(rom('Right hand:\n  Item      Index    Middle\n  Pinch   4   5\n')).toEqual([]);
  });
});
