/**
 * Two ways a record talks about radiculopathy without affirming it for the patient: reasoning
 * about what "an L5 radiculopathy would usually" do, and burning that radiates within the foot
 * from the ankle (a distal origin, not a nerve root).
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);

describe('radiculopathy: generic reasoning and distal radiation', () => {
  it('marks "an X radiculopathy would usually ..." hypothetical, not affirmed', () => {
    const r = rad('ASSESSMENT:\nA C7 radiculopathy would typically weaken the triceps, which is full strength here.');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['hypothetical']);
    expect(r.status).not.toBe('present');
  });

  it('still affirms the patient\'s own radiculopathy described with "would"', () => {
    const r = rad('ASSESSMENT:\nHis right L5 radiculopathy is confirmed by EMG and would explain the foot drop.');
    expect(r.status).toBe('present');
  });

  it('does not count burning that radiates from the inner ankle into the sole', () => {
    const r = rad('HISTORY:\nShe reports burning that radiates from the inner ankle into the sole and toes at night.');
    expect(r.mentions).toEqual([]);
    expect(r.status).toBe('not_mentioned');
  });
});
