/**
 * Five general readings of diagnosis text: a hedged or denied resolution word ("largely
 * settled", "not resolved") leaves the diagnosis current; "aggravated by" introduces a cause, not
 * a second diagnosis; a joined "Non-" denies its word; a lateral ankle sprain named as the ATFL's
 * is that ligament's sprain; a fifth metatarsal fracture has its own code, and a nonunion or
 * malunion sets the 7th character (K, P).
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10, d.assertion]);

describe('diagnoses: hedged resolution, causes, non-, ATFL and fifth metatarsal', () => {
  it('a narrative diagnosis that "settled" is a past one, but not one that has "mostly" or "not" settled', () => {
    expect(read('HISTORY OF PRESENT ILLNESS\nThe neck strain has settled with home exercise.')).toEqual([['cervical strain', 'S16.1XXA', 'historical']]);
    expect(read('HISTORY OF PRESENT ILLNESS\nThe neck strain has mostly settled with home exercise.')).toEqual([]);
    expect(read('HISTORY OF PRESENT ILLNESS\nThe neck strain has not settled with home exercise.')).toEqual([]);
  });

  it('"aggravated by" names the cause of the diagnosis before it, not a diagnosis of its own', () => {
    expect(read('DIAGNOSES\n1. Hypertension, aggravated by chronic pain (I10).\n')).toEqual([['essential hypertension', 'I10', 'present']]);
  });

  it('a joined "Non-" denies the word after it', () => {
    expect(read('PAST MEDICAL HISTORY: Non-smoker. Hypertension.')).toEqual([
      ['tobacco use', 'Z72.0', 'negated'],
      ['essential hypertension', 'I10', 'present'],
    ]);
  });

  it('a lateral ankle sprain named as the anterior talofibular ligament\'s takes that ligament\'s code', () => {
    expect(read('ASSESSMENT\n1. Right lateral ankle sprain (ATFL), grade I.\n')).toEqual([
      ['sprain of anterior talofibular ligament of ankle', 'S93.491A', 'present'],
    ]);
  });

  it('a fifth metatarsal fracture has its own code; a nonunion or malunion sets the 7th character', () => {
    expect(read('Diagnoses: fracture of the fifth metatarsal, left foot.')).toEqual([['fracture of fifth metatarsal bone', 'S92.352A', 'present']]);
    expect(read('Diagnoses: nonunion of fracture of the fifth metatarsal, right foot.')).toEqual([['fracture of fifth metatarsal bone', 'S92.351K', 'present']]);
    expect(read('Diagnoses: malunion of a left distal radius fracture.')).toEqual([
      ['fracture of lower end of radius', expect.stringMatching(/^S52\.\d{2}2P$/), 'present'],
    ]);
  });
});
