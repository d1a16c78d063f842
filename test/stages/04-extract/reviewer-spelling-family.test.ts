/** Two spellings of one board (Family Medicine / Family Practice) are one specialty, the first wording kept. */
import { describe, expect, it } from 'vitest';
import { findReviewer } from '../../../src/stages/04-extract/find-reviewer.js';
import { docOf, lex } from '../../helpers/docs.js';

const specialtyOf = (text: string) => findReviewer(docOf(text), lex).specialty;

describe('reviewer: spelling families', () => {
  it('a statement and a trailer spelling the same board differently give one specialty', () => {
    const text = 'HOW THE IMR FINAL DETERMINATION WAS MADE\nThe expert reviewer is Board Certified in Family Medicine and is licensed to practice in Pennsylvania.\n\n'
      + 'State(s) of Licensure: Pennsylvania\nCertification(s)/Specialty: Family Practice\n';
    expect(specialtyOf(text)).toBe('Family Medicine');
  });
  it('two different boards are still both kept', () => {
    const text = 'HOW THE IMR FINAL DETERMINATION WAS MADE\nThe expert reviewer is Board Certified in Orthopaedic Surgery and Hand Surgery and is licensed to practice in California.\n\n'
      + 'Certification(s)/Specialty: Orthopedic Surgery; Hand Surgery\n';
    expect(specialtyOf(text)).toBe('Orthopaedic Surgery; Hand Surgery');
  });
});
