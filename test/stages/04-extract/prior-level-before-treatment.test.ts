/**
 * A spinal level written right before a treatment names what was treated, even when a limb is
 * named later in the same sentence (the pain the treatment was for).
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorOf = (text: string) => findPriorTreatments(docOf(`HISTORY OF PRESENT ILLNESS:\n${text}\n`), lex);

describe('prior treatments: a level just before the treatment', () => {
  it('gives the spine region over a limb named after the treatment', () => {
    const [esi] = priorOf('R C5-6 TFESI 2/3/20: she was 40% better, then the arm numbness returned.');
    expect(esi).toMatchObject({ treatment: 'epidural steroid injection', bodyPart: 'cervical spine' });
  });

  it('leaves a limb named after the treatment when no level stands right before it', () => {
    const [tpi] = priorOf('Trigger point injections in 2019 helped the left shoulder for a week.');
    expect(tpi).toMatchObject({ treatment: 'trigger point injection', bodyPart: 'shoulder' });
  });
});
