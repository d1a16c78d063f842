import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorOf = (text: string) => findPriorTreatments(docOf(`HISTORY OF PRESENT ILLNESS:\n${text}\n`), lex);
const courses = (text: string) => priorOf(text).map((p) => [p.treatment, p.sessions, p.response]);

describe('findPriorTreatments: care before an operation and after it are two courses', () => {
  it('keeps therapy told as before surgery apart from post-operative therapy', () => {
    expect(courses('Before surgery she attended 10 sessions of physical therapy without benefit. She had a knee arthroscopy on 3/4/2020. '
      + 'Her surgeon notes she has completed 4 visits of post-operative therapy so far.')).toEqual([
      ['physical therapy', 10, 'no_relief'], ['surgery', null, 'unknown'], ['physical therapy', 4, 'unknown'],
    ]);
  });

  it('reads the phase told after the treatment in its clause', () => {
    expect(courses('He tried 6 visits of physical therapy prior to the operation, with no help. After surgery he has done 8 visits of physical therapy.')
      .filter(([t]) => t === 'physical therapy')).toEqual([['physical therapy', 6, 'no_relief'], ['physical therapy', 8, 'unknown']]);
  });

  it('still merges mentions of one course when no operation is told', () => {
    expect(courses('She completed 12 visits of physical therapy. Physical therapy gave her partial relief.'))
      .toEqual([['physical therapy', 12, 'partial_relief']]);
  });
});
