/**
 * Response wordings: a quoted percent before its noun ('"60 percent" relief'), "N% less pain" and
 * "about a third less pain", relief that "knocks the pain down" or makes it "tolerable" for a few
 * hours or days (also "eased ~3 days"), relief "only while it was on", and "has not changed".
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
  ])('%s', (text, treatment, response, pct) => {
    expect(readOf(text)).toEqual([[treatment, response, pct]]);
  });
});
