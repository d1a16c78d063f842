/**
 * Relief stated as a range ("40-50% better", "30 to 40 percent") is read as its lower bound, by
 * the labeling convention; and response wordings the earlier cues missed.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response, t.reliefPercent]);

describe('prior treatment relief ranges', () => {
  it.each([
    ['Acupuncture x 8: "30-40% better" overall.', 'acupuncture', 'partial_relief', 30],
    ['The facet injection gave 70 to 80 percent relief of the axial pain.', 'facet joint injection', 'significant_relief', 70],
    ['Massage therapy improved the neck by 20–30% per her report.', 'massage therapy', 'partial_relief', 20],
    ['TENS unit at home: helps her about 40-50% while it is on.', 'TENS unit', 'partial_relief', 40],
  ])('%s', (text, treatment, response, pct) => {
    expect(readOf(text)).toContainEqual([treatment, response, pct]);
  });
});
