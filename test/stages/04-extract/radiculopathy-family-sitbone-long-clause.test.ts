/**
 * Radiculopathy mentions that belong to a relative named through "family history notable for ...
 * who ...", pain that starts at the sit bone rather than the spine, and a past episode whose
 * "; it resolved" comes after a long clause of cause and treatment.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);

describe('a relative named in a family history', () => {
  it('gives "family history is remarkable for ..." to the relative, also inside a "who" clause', () => {
    const r = rad('Family history is remarkable for an uncle who needed two neck operations for cervical radiculopathy.');
    expect(r.mentions.map((m) => `${m.assertion}/${m.subject}`)).toEqual(['affirmed/other']);
    expect(r.status).toBe('not_mentioned');
  });
  it('still gives the patient a radiculopathy told after the family history sentence', () => {
    const r = rad('Family history is notable for sciatica in his sister. He describes sciatica down the left leg since March.');
    expect(r.mentions.map((m) => m.subject)).toEqual(['other', 'patient']);
    expect(r.status).toBe('present');
  });
});

describe('pain that starts outside the spine', () => {
  it('does not read pain shooting from the sit bone or the ischial tuberosity as radicular', () => {
    expect(rad('Sitting on the bleachers, an ache travels from her right sit bone down into the hamstring and thigh.').status).toBe('not_mentioned');
    expect(rad('The pain radiates from the left ischial tuberosity into the posterior thigh.').status).toBe('not_mentioned');
  });
  it('keeps pain radiating from the low back into the thigh', () => {
    expect(rad('The pain radiates from the low back into the posterior thigh.').status).toBe('present');
  });
});

describe('a past episode closed after a long clause', () => {
  it('makes the mention historical when "; it resolved" follows a clause of cause and treatment', () => {
    const r = rad(
      'HISTORY\nHe had a left C7 radiculitis after lifting a generator at a campsite in 2011, managed with a medrol dosepak and six physical therapy visits; it resolved and has not returned.\n'
      + 'ASSESSMENT\n3. Left C7 radiculitis (2011), resolved.',
    );
    expect(r.mentions.map((m) => m.assertion)).toEqual(['historical', 'historical']);
    expect(r.status).toBe('absent');
  });
});
