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

describe('prior treatment responses: fractions, lasting change and paragraph scope', () => {
  it.each([
    ['Pregabalin 75 mg twice daily eased the shooting pain by about a third.', 'anticonvulsant', 'partial_relief', 33],
    ['Meloxicam brings the ankle ache down by roughly half.', 'NSAID', 'partial_relief', 50],
    ['Six sessions of acupuncture produced no lasting change.', 'acupuncture', 'no_relief', null],
    ['The massage therapy made the shoulder ache worse for two days.', 'massage therapy', 'worsened', null],
    ['The second manipulation left her neck sorer than before.', 'chiropractic manipulation', 'worsened', null],
    ['A medial branch block cleared the back pain for about four days, after which it came back.', 'medial branch block', 'temporary_relief', null],
    ['A stellate ganglion block eased the pain for the rest of that morning.', 'nerve block', 'temporary_relief', null],
    ['The carpal tunnel release took away the night numbness completely.', 'surgery', 'significant_relief', null],
  ])('%s', (text, treatment, response, pct) => {
    expect(readOf(text)).toContainEqual([treatment, response, pct]);
  });

  it('does not borrow a response from the next paragraph', () => {
    expect(readOf('Tizanidine 4 mg made her too drowsy to drive; discontinued.\n\nHer neck pain has since resolved.'))
      .toContainEqual(['muscle relaxant', 'unknown', null]);
  });
});
