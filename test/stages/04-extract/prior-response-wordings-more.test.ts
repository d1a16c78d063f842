/**
 * Response wordings the earlier cues missed: relief for "ten days" or "about a week", help that
 * stops "but not afterwards", "N good days, then", "completely relieved", "did not do much",
 * increased soreness, "halfway there", a cut in frequency, "N% off", and a with/without pair told
 * without-first.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response, t.reliefPercent]);

describe('prior treatment responses: more wordings', () => {
  it.each([
    ['A trigger point injection in May gave relief for about eight days.', 'trigger point injection', 'temporary_relief', null],
    ['After the acupuncture series the relief lasted about a week.', 'acupuncture', 'temporary_relief', null],
    ['The TENS unit helped while it was on but not afterwards.', 'TENS unit', 'temporary_relief', null],
    ['Cortisone shot to the elbow 3/3/2020: "three good days," then the ache returned.', 'steroid injection', 'temporary_relief', null],
    ['The carpal tunnel release completely relieved her night numbness.', 'surgery', 'significant_relief', null],
    ['Celecoxib "did not do much" for the knee.', 'NSAID', 'no_relief', null],
    ['Two deep-tissue massage sessions increased her shoulder soreness.', 'massage therapy', 'worsened', null],
    ['He says physical therapy "got him about halfway there."', 'physical therapy', 'partial_relief', null],
    ['Acupuncture cut the migraine frequency from weekly to monthly.', 'acupuncture', 'partial_relief', null],
    ['Ibuprofen 600 mg: "takes about 40% off."', 'NSAID', 'partial_relief', 40],
  ])('%s', (text, treatment, response, pct) => {
    expect(readOf(text)).toEqual([[treatment, response, pct]]);
  });

  it('reads "7/10 without it and 4/10 with it" as relief, not as worsening', () => {
    expect(readOf('She takes tramadol 50 mg twice a day; her pain is 7/10 without it and 4/10 with it.')).toEqual([['opioid analgesic', 'partial_relief', null]]);
  });
});
