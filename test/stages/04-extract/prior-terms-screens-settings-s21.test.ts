/**
 * Care names and contexts from blind sets 20 and 21: sessions with an EAP counselor are
 * psychotherapy; an ergonomic keyboard is equipment; a drug named as a drug screen's result
 * points back at a medication already told (it starts no course of its own); the therapy a device
 * was used in is its setting (the response told after it stays the device's); and the value of a
 * signature block's "Specialty:" label is no operation.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorsOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response, t.reliefPercent]);

describe('prior treatments: names and contexts of blind sets 20 and 21', () => {
  it.each([
    ['Two sessions with the EAP counselor; he did not find them useful.', [['psychotherapy', 'no_relief', null]]],
    ['She has used an ergonomic keyboard since April.', [['durable medical equipment', 'unknown', null]]],
    ['A urine drug screen was positive for morphine and for alprazolam, which is not prescribed.', []],
    ['He takes Norco 10/325 mg. A urine drug screen was consistent with prescribed hydrocodone.', [['opioid analgesic', 'unknown', null]]],
    ['Used an H-wave unit in PT - cut the neck pain roughly in half.', [['durable medical equipment', 'partial_relief', 50]]],
    ['She had acupuncture.\n\nName: Jane Roe, DPM                  Specialty: Podiatric Medicine and Surgery', [['acupuncture', 'unknown', null]]],
  ])('%s', (text, expected) => {
    expect(priorsOf(text)).toEqual(expected);
  });
});
