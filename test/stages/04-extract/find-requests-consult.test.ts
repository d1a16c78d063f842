import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const treatmentsOf = (text: string) => findRequests(docOf(text), lex).map((r) => r.treatment);

describe('findRequests: "consult" is the short form of a consultation request', () => {
  it('a plan row asking for a specialty consult is a consultation, not the specialty\'s surgery', () => {
    const text = `PLAN:
1. Meloxicam 15 mg daily, #30
2. Hand surgery consult for the right thumb
3. Physiatry consult for the neck
`;
    expect(treatmentsOf(text)).toEqual(['NSAID', 'consultation', 'consultation']);
  });

  it('a conditional note run onto the consult row lends it no surgery', () => {
    const text = `PLAN:
1. Acetaminophen 500 mg prn
2. Orthopaedic surgery consult for the ankle
If the ankle keeps giving way after bracing, a ligament reconstruction may be considered later.
`;
    expect(treatmentsOf(text)).toEqual(['medication (other)', 'consultation']);
  });
});
