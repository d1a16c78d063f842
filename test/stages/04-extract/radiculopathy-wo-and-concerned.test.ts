/**
 * Two ConText triggers as clinicians write them: "w/o", the shorthand of "without" in diagnosis
 * code titles, negates what follows; "concerned about" puts a finding in doubt, it does not
 * diagnose it.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);

describe('ConText shorthand and worry', () => {
  it('"w/o ... radiculopathy" in a coded diagnosis line negates the radiculopathy', () => {
    const r = rad('ASSESSMENT:\n1. M47.812 Cervical spondylosis w/o myelopathy or radiculopathy\n2. Trapezius strain\n');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['negated']);
    expect(r.status).toBe('absent');
  });
  it('"concerned about a ... radiculopathy" is a possibility, not a diagnosis', () => {
    const r = rad('The therapist is concerned about a left S1 radiculopathy since the ankle jerk faded; EMG to follow.');
    expect(r.mentions.map((m) => `${m.assertion}/${m.subject}`)).toEqual(['hypothetical/patient']);
    expect(r.status).toBe('possible');
  });
});
