/**
 * Narrative exam prose in a case summary: a sentence between an examiner's observation and an
 * objective finding is exam text, and "extension lacked N degrees" is a loss of extension.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';

const lexicons = loadLexicons();
const rows = (text: string): unknown[] =>
  findExamFindings(segmentDocument(text, lexicons), lexicons).map((f) => [f.finding, f.qualifier, f.value, f.assertion]);

describe('exam: narrative sentences between an observation and a measured finding', () => {
  const summary = [
    'CLINICAL CASE SUMMARY',
    'The patient is a cook who injured her right knee at work. At the last visit she walked with an antalgic gait.',
    'There was a small right knee effusion and crepitus with motion, and tenderness along the medial joint line.',
    'Right knee flexion was 105 degrees, and extension lacked 5 degrees.',
  ].join('\n');

  it('reads the effusion, crepitus and joint-line tenderness sentence as exam text', () => {
    expect(rows(summary)).toEqual(expect.arrayContaining([
      ['swelling', 'effusion', 'small', 'present'],
      ['crepitus', null, 'positive', 'present'],
      ['tenderness', 'medial joint line', 'positive', 'present'],
    ]));
  });

  it('reads "extension lacked 5 degrees" as -5', () => {
    expect(rows(summary)).toEqual(expect.arrayContaining([
      ['range_of_motion', 'flexion', 105, 'present'], ['range_of_motion', 'extension', -5, 'present'],
    ]));
  });

  it('without the observation before it, a complaint of swelling is not an exam finding', () => {
    const text = [
      'CLINICAL CASE SUMMARY',
      'The patient is a cook who injured her right knee at work.',
      'She reports swelling of the knee after long shifts.',
      'Right knee flexion was 105 degrees.',
    ].join('\n');
    expect(rows(text)).toEqual([['range_of_motion', 'flexion', 105, 'present']]);
  });
});
