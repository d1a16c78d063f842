/** An exam of one limb: limb findings with no side of their own take the only side the exam names. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import type { ExamFinding } from '../../../src/types/facts.js';

const lexicons = loadLexicons();
const exam = (body: string): ExamFinding[] => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons);
const sides = (body: string) => exam(body).map((f) => [f.finding, f.qualifier, f.side]);

describe('exam: the side of a one-limb exam', () => {
  it('an unsided test and a negated sign take the only side named', () => {
    expect(sides("Tenderness over the left lateral epicondyle. Grip was painful. Cozen's test is positive. No swelling.")).toEqual([
      ['tenderness', 'left lateral epicondyle', 'left'], ['special_test', 'Cozen', 'left'], ['swelling', null, 'left'],
    ]);
  });

  it('spine findings and lateral motions keep no side', () => {
    const got = exam('Right knee: medial joint line tenderness.\nLumbar spine: flexion 50 degrees, rotation 30 degrees. Paraspinal spasm.');
    expect(got.filter((f) => f.bodyPart === 'lumbar spine').map((f) => f.side)).toEqual([null, null, null]);
  });
});

describe('exam: a side stated under a label of the other side', () => {
  it('after findings under "Left knee:" state only the right side, an unsided test of the knee follows them', () => {
    const got = exam('Right knee: flexion 100 degrees.\nLeft knee: flexion 135 degrees.\nTender at the medial joint line of the right knee. McMurray positive R. Lachman: negative.');
    expect(got.filter((f) => f.finding === 'special_test').map((f) => [f.qualifier, f.side])).toEqual([['McMurray', 'right'], ['Lachman', 'right']]);
  });

  it('a label whose findings state both sides keeps its own side', () => {
    const got = exam('Left knee: McMurray positive R, negative L. Lachman: negative.');
    expect(got.filter((f) => f.qualifier === 'Lachman').map((f) => f.side)).toEqual(['left']);
  });
});
