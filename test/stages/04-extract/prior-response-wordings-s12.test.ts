/**
 * Response wordings read since session 12: "does nothing for", a pain "brought down" without
 * numbers, "fewer nightmares", symptoms that "largely settled" with a treatment, and the value
 * cell of a dot-leader list line ("Naproxen 500 mg ...... "some help""); a plural treatment
 * with a list of dates is a dated series; a singular "which" clause after listed treatments is
 * the last one's own.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response, t.reliefPercent]);

describe('prior treatment responses: session 12 wordings', () => {
  it.each([
    ['Meloxicam 15 mg daily: does nothing for the aching.', 'NSAID', 'no_relief', null],
    ['She takes tramadol 50 mg, which she says gets the pain down a couple of points.', 'opioid analgesic', 'partial_relief', null],
    ['Six sessions of psychotherapy, after which he has fewer panic attacks at work.', 'psychotherapy', 'partial_relief', null],
    ['The neck stiffness has mostly settled with the home exercise program.', 'home exercise program', 'significant_relief', null],
  ])('%s', (text, treatment, response, pct) => {
    expect(readOf(text)).toEqual([[treatment, response, pct]]);
  });

  it('reads the value after a dot leader as the response of the label before it', () => {
    const text = 'Care to date:\n  Naproxen 500 mg bid ..... "some help"\n  Heat packs .............. helps the stiffness\n';
    expect(readOf(text)).toEqual([['NSAID', 'partial_relief', null], ['heat/cold therapy', 'partial_relief', null]]);
  });

  it('splits a plural treatment given on a list of dates into one course per date', () => {
    const found = findPriorTreatments(docOf('HISTORY:\nSubacromial steroid injections on 03/02/2019, 06/11/2019 and 10/01/2019 each helped for about two weeks.\n'), lex);
    expect(found.map((t) => [t.treatment, t.date, t.response])).toEqual([
      ['steroid injection', '2019-03-02', 'temporary_relief'],
      ['steroid injection', '2019-06-11', 'temporary_relief'],
      ['steroid injection', '2019-10-01', 'temporary_relief'],
    ]);
  });

  it('keeps a singular "which" clause for the last treatment listed, and shares a plural one', () => {
    expect(readOf('He takes meloxicam 15 mg daily and trazodone 50 mg at night, which helps him sleep.')).toEqual([['NSAID', 'unknown', null], ['sleep aid', 'partial_relief', null]]);
    expect(readOf('He takes meloxicam 15 mg daily and cyclobenzaprine 5 mg at night, which help somewhat.')).toEqual([['NSAID', 'partial_relief', null], ['muscle relaxant', 'partial_relief', null]]);
  });
});
