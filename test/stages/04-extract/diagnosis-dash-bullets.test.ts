/**
 * A diagnosis list with dash bullets: a "- " opening a line ends the item before it, so a cue of
 * one item ("resolved", "history of") stays in its item and a code written after a double dash
 * labels the item it ends, not the next one.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10, d.assertion]);

describe('diagnoses: dash-bulleted lists', () => {
  it('keeps a later item\'s "resolved" out of the items above it', () => {
    expect(read('Working diagnoses:\n - Lumbar strain -- S39.012A\n - Right knee contusion, resolved\n')).toEqual([
      ['lumbar strain', 'S39.012A', 'present'],
      ['contusion of knee', 'S80.01XA', 'historical'],
    ]);
  });
  it('gives a code after a double dash to its own item, not to the item on the next bullet', () => {
    expect(read('Working diagnoses:\n - Low back pain -- M54.50\n - Cervicalgia\n')).toEqual([
      ['low back pain', 'M54.50', 'present'],
      ['cervicalgia', 'M54.2', 'present'],
    ]);
  });
  it('still reads a spaced dash inside an item as the item going on ("Cervical strain - resolved")', () => {
    expect(read('Diagnoses:\n1. Cervical strain - resolved\n2. Lumbar strain\n')).toEqual([
      ['cervical strain', 'S16.1XXA', 'historical'],
      ['lumbar strain', 'S39.012A', 'present'],
    ]);
  });
});
