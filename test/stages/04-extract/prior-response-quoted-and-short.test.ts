/**
 * Response wordings: a quoted percent before its noun ('"60 percent" relief'), "N% less pain" and
 * "about a third less pain", relief that "knocks the pain down" or makes it "tolerable" for a few
 * hours or days (also "eased ~3 days"), relief "only while it was on", "has not changed", "did little for",
 * "no further benefit", "takes the sharp edge off", "felt looser for a day" and "for a couple of weeks before
 * the pain returned".
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response, t.reliefPercent]);

describe('prior treatment responses: quoted percents and short relief', () => {
  it.each([
    ['A cortisone injection to the knee in March gave "60 percent" relief.', 'steroid injection', 'partial_relief', 60],
    ['Meloxicam gives her 30% less pain.', 'NSAID', 'partial_relief', 30],
    ['Diclofenac: "maybe a third less pain".', 'NSAID', 'partial_relief', 33],
    ['Hydrocodone knocks the ache down for two to three hours.', 'opioid analgesic', 'temporary_relief', null],
    ['A prednisone burst made the wrist tolerable for about four days.', 'medication (other)', 'temporary_relief', null],
    ['Prednisone pack: shoulder eased ~3 days.', 'medication (other)', 'temporary_relief', null],
    ['The TENS unit gave relief only while it was turned on.', 'TENS unit', 'temporary_relief', null],
    ['A wrist brace has not changed the numbness.', 'orthotic/brace', 'no_relief', null],
    ['Pregabalin 75 mg: takes the sharp edge off the foot pain.', 'anticonvulsant', 'partial_relief', null],
    ['Naproxen did little for the night pain.', 'NSAID', 'no_relief', null],
    ['A thumb spica splint added no further benefit.', 'orthotic/brace', 'no_relief', null],
    ['After 12 physical therapy visits she could garden again for a couple of weeks before the hip pain returned.', 'physical therapy', 'temporary_relief', null],
    ['Acupuncture x 4: felt looser for a day after each session.', 'acupuncture', 'temporary_relief', null],
  ])('%s', (text, treatment, response, pct) => {
    expect(readOf(text)).toEqual([[treatment, response, pct]]);
  });
});
