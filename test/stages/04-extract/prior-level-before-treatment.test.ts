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

describe('prior treatments: the side written before a spinal level', () => {
  it('reads a side word or letter right before the level as the treatment\'s side', () => {
    expect(priorOf('L L5-S1 TFESI 3/2/21: ~60% x 3 wks.')[0]).toMatchObject({ bodyPart: 'lumbar spine', side: 'left' });
    expect(priorOf('She had a right L5-S1 microdiscectomy in 2016 with resolution of the leg pain.')[0]).toMatchObject({ bodyPart: 'lumbar spine', side: 'right' });
    expect(priorOf('R C5-6 TFESI 2/3/20: she was 40% better, then the arm numbness returned.')[0]).toMatchObject({ bodyPart: 'cervical spine', side: 'right' });
    expect(priorOf('Bilateral L4-5 medial branch blocks gave 80% relief for six hours.')[0]).toMatchObject({ side: 'bilateral' });
  });

  it('gives no side for a level without one, or one written after the treatment', () => {
    expect(priorOf('He underwent an L4-L5 laminectomy in 2011 with good relief.')[0]).toMatchObject({ bodyPart: 'lumbar spine', side: null });
    expect(priorOf('Meloxicam gave little relief, and a right L5-S1 TFESI in 2017 helped for six weeks.')[0]).toMatchObject({ side: null });
  });
});
