/**
 * A response read from the sentence after a treatment: only stated relief carries over, not a
 * function or work-status statement about the patient.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response]);

describe('prior treatment responses from the next sentence', () => {
  it.each([
    'He takes baclofen 10 mg at night. He has returned to light duty at the warehouse.',
    'She was given a wrist splint. She was able to go back to her regular job in May.',
    'Etodolac 400 mg twice a day. He has not returned to work.',
  ])('a work-status sentence gives no response: %s', (text) => {
    expect(readOf(text).every(([, response]) => response === 'unknown')).toBe(true);
  });

  it('still reads stated relief from the next sentence', () => {
    expect(readOf('He takes baclofen 10 mg at night. It helps the spasms somewhat.')).toEqual([['muscle relaxant', 'partial_relief']]);
  });
});
