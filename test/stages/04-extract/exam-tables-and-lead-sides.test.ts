/** Strength tables with side columns, the side of a gait, a side opening a sentence, a sign sharing the side of the place palpated. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);

describe('exam tables and sides', () => {
  it('a strength table whose columns are sides: one finding per cell', () => {
    const got = exam('Strength testing      R      L\n  Deltoid        5/5    4/5\n  Wrist extensors   4+/5   5/5\n\nReflexes 2+ throughout.');
    expect(got.filter((f) => f.finding === 'motor_strength').map((f) => [f.qualifier, f.side, f.value])).toEqual([
      ['deltoid', 'right', '5/5'], ['deltoid', 'left', '4/5'],
      ['wrist extensors', 'right', '4+/5'], ['wrist extensors', 'left', '5/5'],
    ]);
  });

  it('a row naming a muscle the lexicon lacks keeps its own words', () => {
    const got = exam('MMT   Left   Right\n  Flexor pollicis longus   4/5   5/5');
    expect(got.map((f) => [f.qualifier, f.side, f.value])).toEqual([['flexor pollicis longus', 'left', '4/5'], ['flexor pollicis longus', 'right', '5/5']]);
  });

  it('a gait side written after the value, with or without "the"', () => {
    expect(exam('Gait: slightly antalgic on L.').map((f) => [f.finding, f.side, f.value])).toEqual([['gait', 'left', 'antalgic']]);
    expect(exam('Gait: steppage gait on the right.').map((f) => [f.finding, f.side, f.value])).toEqual([['gait', 'right', 'steppage']]);
  });

  it('a gait side anywhere in its clause', () => {
    expect(exam('Gait: antalgic, reduced push-off R. Toe walk OK.').filter((f) => f.finding === 'gait').map((f) => [f.side, f.value])).toEqual([['right', 'antalgic']]);
    expect(exam('Gait: normal. Left knee: no effusion.').filter((f) => f.finding === 'gait').map((f) => f.side)).toEqual([null]);
  });

  it('a side opening the sentence covers its limb findings, not the spine', () => {
    expect(exam('On the left, knee flexion was 110 degrees and extension 0 degrees.').map((f) => [f.qualifier, f.side])).toEqual([
      ['flexion', 'left'], ['extension', 'left'],
    ]);
    expect(exam('On the left, lumbar flexion was 40 degrees.').map((f) => [f.bodyPart, f.side])).toEqual([['lumbar spine', null]]);
  });

  it('swelling in the sentence of a sided tenderness takes that side', () => {
    expect(exam('Tenderness over the left lateral malleolus with moderate swelling of the hindfoot.').map((f) => [f.finding, f.side])).toEqual([
      ['tenderness', 'left'], ['swelling', 'left'],
    ]);
  });
});
