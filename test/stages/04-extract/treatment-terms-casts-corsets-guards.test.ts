/**
 * Casts, corsets, knee sleeves, insoles and mouth guards are orthotics: worn before, they are prior care.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const treatmentsOf = (text: string) => findPriorTreatments(docOf(`HISTORY OF PRESENT ILLNESS:\n${text}\n`), lex).map((t) => t.treatment);

describe('treatment terms: casts, corsets, sleeves, insoles, mouth guards', () => {
  it.each([
    ['The fracture was treated with closed reduction and a short-arm cast for six weeks.'],
    ['He was discharged with an off-the-shelf lumbar corset, which does nothing for the pain.'],
    ['He wears an elastic knee sleeve at work.'],
    ['A carbon-fiber insole has helped about 40% with walking.'],
    ['An over-the-counter mouth guard made the jaw pain worse.'],
  ])('%s', (text) => {
    expect(treatmentsOf(text)).toEqual(['orthotic/brace']);
  });
});
