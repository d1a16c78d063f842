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

describe('a response read backward stops at the clause that moves on to the treatment', () => {
  it('"X failed and she underwent Y": the failure is not Y\'s', () => {
    const out = readOf('Six months of conservative management failed, so she underwent a carpal tunnel release on 02/11/2020.');
    expect(out).toContainEqual(['surgery', 'unknown']);
  });

  it('a response before the first treatment with no such clause is still read', () => {
    expect(readOf('Failed physical therapy.')).toEqual([['physical therapy', 'no_relief']]);
  });
});
