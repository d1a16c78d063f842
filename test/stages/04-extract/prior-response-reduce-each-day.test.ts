/**
 * 'which did not reduce his pain' is no relief (like 'did not help'); relief 'only for the rest of
 * each day' is temporary (like 'for the rest of the day').
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response]);

describe('prior treatment responses: reduce, each day', () => {
  it.each([
    ['He attended 24 visits of physical therapy, which did not reduce his pain.', 'physical therapy', 'no_relief'],
    ['Meloxicam does not lessen the ache.', 'NSAID', 'no_relief'],
    ['Two chiropractic visits in June relieved the pain only for the rest of each day.', 'chiropractic manipulation', 'temporary_relief'],
  ])('%s', (text, treatment, response) => {
    expect(readOf(text)).toEqual([[treatment, response]]);
  });
});
