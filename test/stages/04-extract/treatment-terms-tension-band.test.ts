/**
 * Tension-band fixation (or wiring) of a fracture is an open reduction and internal fixation.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

describe('treatment terms: tension-band fixation', () => {
  it.each([
    'HISTORY:\nHer patella fracture was repaired by open reduction and tension band wiring on 05/02/2021.\n',
    'HISTORY:\nS/p tension-band fixation of the right olecranon in 2019; the hardware was later removed.\n',
  ])('%s', (text) => {
    expect(findPriorTreatments(docOf(text), lex).map((p) => p.treatment)).toContain('surgery');
  });
});
