import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorOf = (text: string) => findPriorTreatments(docOf(`HISTORY OF PRESENT ILLNESS:\n${text}\n`), lex);

describe('findPriorTreatments: a sleep aid whose gain is told in hours of sleep', () => {
  it('reads hours of sleep up from fewer as partial relief', () => {
    const [aid] = priorOf('Zolpidem 5 mg nightly: she now sleeps around 5 hours, up from 3.');
    expect(aid).toMatchObject({ treatment: 'sleep aid', response: 'partial_relief' });
  });
});
