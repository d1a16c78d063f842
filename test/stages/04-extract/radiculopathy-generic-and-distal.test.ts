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

describe('radiculopathy: a past episode told twice', () => {
  it('takes "was found to have ... radiculopathy" for the same past episode the record calls resolved', () => {
    const r = rad('HISTORY:\nIn 2016 he was found to have a right L4 radiculopathy and underwent a discectomy.\nDIAGNOSES:\n1. Right L4 radiculopathy, resolved.');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['historical', 'historical']);
    expect(r.status).toBe('absent');
  });

  it('keeps a past-tense finding affirmed when nothing says it is over', () => {
    const r = rad('HISTORY:\nIn 2016 he was found to have a right L4 radiculopathy on EMG.\nHe still has leg numbness.');
    expect(r.status).toBe('present');
  });
});

describe('radiculopathy: what a class of treatment is for', () => {
  it('reads "X are not a treatment for radicular pain" in a rationale as a guideline statement', () => {
    const r = rad('RATIONALE:\nLumbar facet injections are not a treatment for radicular pain, which should be ruled out first.\n');
    expect(r.mentions.map((m) => m.subject)).toEqual(['guideline']);
    expect(r.status).toBe('not_mentioned');
  });
  it('leaves the same words about the patient in the history alone', () => {
    const r = rad('HISTORY OF PRESENT ILLNESS:\nShe has radicular pain down the left leg; the facet injection was not a treatment for it.\n');
    expect(r.status).toBe('present');
  });
});
