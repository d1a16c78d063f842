/**
 * More specific ICD-10-CM forms: a chest-wall contusion by side, insomnia due to a mental
 * disorder, diabetic polyneuropathy, a severity or remission written in a later segment of the
 * item ("asthma (mild intermittent, ...)"), and the rows of a coded list that carry no code.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const codes = (text: string): string[] => findDiagnoses(docOf(text), lex).map((d) => `${d.icd10} ${d.assertion}`);

describe('diagnoses: specific forms', () => {
  it('codes a sided chest-wall contusion by its side', () => {
    expect(codes('Diagnoses:\n1. Rib contusion, left.\n2. Chest wall contusion, right.\n')).toEqual(['S20.212A present', 'S20.211A present']);
  });

  it('codes insomnia tied to a mental disorder as F51.05, and a diabetic polyneuropathy as E11.42', () => {
    expect(codes('Diagnoses:\n1. Insomnia related to PTSD.\n2. Diabetic peripheral neuropathy.\n')).toEqual(['F51.05 present', 'E11.42 present']);
  });

  it('reads a severity in a later segment of the item as the more specific code of the category', () => {
    expect(codes('Diagnoses:\n1. Asthma (mild intermittent, uses an inhaler as needed).\n')).toEqual(['J45.20 present']);
  });

  it('reads each uncoded row of a coded list as its own item, with its own cues', () => {
    const text = 'DIAGNOSTIC IMPRESSION (DSM-5 / ICD-10-CM)\nF43.10 Posttraumatic stress disorder\nRule out alcohol use disorder, mild\nMajor depressive disorder, single episode 2015, in full remission\n\nPLAN\nTherapy.\n';
    expect(codes(text)).toEqual(['F43.10 present', 'F10.10 possible', 'F32.5 historical']);
  });

  it('knows pillar pain after a carpal tunnel release as hand pain, and a costovertebral sprain as a rib sprain', () => {
    expect(codes('Diagnoses:\n1. Pillar pain, left palm.\n2. Sprain of the left costovertebral joints, T5-T6.\n')).toEqual(['M79.642 present', 'S23.41XA present']);
  });

  it('knows a traumatic peroneal nerve injury (S84.1-) apart from a peroneal neuropathy (G57.3-)', () => {
    expect(codes('Diagnoses:\n1. Peroneal nerve injury, right.\n2. Peroneal neuropathy, right.\n')).toEqual(['S84.11XA present', 'G57.31 present']);
  });
});
