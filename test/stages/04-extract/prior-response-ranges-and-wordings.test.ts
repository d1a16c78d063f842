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

describe('prior treatment responses: hedged, dulled and fading wordings', () => {
  it.each([
    ['Tizanidine at bedtime: "doesn\'t really help."', 'muscle relaxant', 'no_relief', null],
    ['Meloxicam did not seem to help the knee.', 'NSAID', 'no_relief', null],
    ['Two chiropractic adjustments made his neck more painful.', 'chiropractic manipulation', 'worsened', null],
    ['Naproxen 500 mg dulls the ache in the heel.', 'NSAID', 'partial_relief', null],
    ['The acupuncture made her shoulder feel looser for a few hours.', 'acupuncture', 'temporary_relief', null],
    ['Trazodone 50 mg worked the first few weeks, then stopped working.', 'antidepressant', 'temporary_relief', null],
    ['The lumbar brace helped initially, but no longer does.', 'orthotic/brace', 'temporary_relief', null],
    ['Duloxetine 30 mg: helps her sleep "maybe 40%."', 'antidepressant', 'partial_relief', 40],
    ['Physical therapy (8 visits), which helped about a third.', 'physical therapy', 'partial_relief', 33],
    ['Pregabalin cuts the burning roughly in half.', 'anticonvulsant', 'partial_relief', 50],
  ])('%s', (text, treatment, response, pct) => {
    expect(readOf(text)).toContainEqual([treatment, response, pct]);
  });

  it('a fraction of the time is no relief percent', () => {
    expect(readOf('The wrist brace helped about half the time.')).not.toContainEqual(['orthotic/brace', 'partial_relief', 50]);
  });
});

describe('prior treatment responses: scores that go "down to"', () => {
  it.each([
    ['Duloxetine 30 mg: foot burning "from a 7 down to a 4."', 'antidepressant', 'partial_relief'],
    ['Oxycodone 5 mg: pain from 9/10 down to 2/10.', 'opioid analgesic', 'significant_relief'],
    ['Diclofenac gel: hand tingling went from 3 up to 5 after a week, stopped.', 'topical analgesic', 'worsened'],
  ])('%s', (text, treatment, response) => {
    expect(readOf(text).map(([t, r]) => [t, r])).toContainEqual([treatment, response]);
  });
});
