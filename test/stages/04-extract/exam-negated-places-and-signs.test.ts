/** "no AC joint tenderness", "no snuffbox tenderness", "without warmth or effusion": a sign said to be absent. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const found = (body: string, kind: string) => findExamFindings(segmentDocument(`PHYSICAL EXAMINATION:\n${body}\n`, lexicons), lexicons)
  .filter((f) => f.finding === kind).map((f) => f.assertion);

describe('exam: negation across a place name or another sign', () => {
  it.each([
    ['Right shoulder: no AC joint tenderness. Flexion 160 degrees.', 'tenderness'],
    ['Right shoulder: No acromioclavicular tenderness.', 'tenderness'],
    ['Left wrist: there is no snuffbox tenderness.', 'tenderness'],
    ['Right knee: tender at the lateral joint line, without warmth or effusion.', 'swelling'],
  ])('%s', (text, kind) => {
    expect(found(text, kind)).toEqual(['negated']);
  });
  it('a place without a negation keeps the sign present', () => {
    expect(found('Right shoulder: AC joint tenderness.', 'tenderness')).toEqual(['present']);
  });
});
