/**
 * A fracture's encounter: the claim's fracture after treatment (healed, healing, fixed) is coded
 * as a subsequent encounter (7th character D); an old fracture (prior, non-industrial, history
 * of) keeps the personal-history code when historical; a written code is kept as written.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { subsequentEncounter } from '../../../src/stages/04-extract/diagnoses/fracture-encounter.js';
import { docOf, lex } from '../../helpers/docs.js';

const coded = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10, d.assertion]);

describe('diagnoses: fracture encounter', () => {
  it('codes a healing fracture as a subsequent encounter', () => {
    expect(coded('Assessment: healing left fibular neck fracture.'))
      .toEqual([['fracture of upper end of fibula', 'S82.832D', 'present']]);
  });

  it('codes the claim\'s fracture that healed after fixation as a subsequent encounter, not personal history', () => {
    expect(coded('Diagnoses:\n1. Right olecranon fracture, fixed with plate and screws, since healed.\n'))
      .toEqual([['fracture of olecranon process of ulna', 'S52.021D', 'historical']]);
  });

  it('keeps the personal-history code for an old fracture', () => {
    expect(coded('Diagnoses:\n1. Previous right olecranon fracture as a teenager, healed.\n'))
      .toEqual([['personal history of healed traumatic fracture', 'Z87.81', 'historical']]);
  });

  it('keeps a written initial-encounter code', () => {
    expect(coded('Diagnoses: healing left fibular neck fracture (S82.832A).'))
      .toEqual([['fracture of upper end of fibula', 'S82.832A', 'present']]);
  });

  it('changes only an initial-encounter injury code', () => {
    expect(['S52.502A', 'S22.39XA', 'Z87.81', 'M84.48XA', 'S13.4XXD'].map(subsequentEncounter))
      .toEqual(['S52.502D', 'S22.39XD', 'Z87.81', 'M84.48XA', 'S13.4XXD']);
  });
});

describe('diagnoses: a fixation that names its fracture', () => {
  it('reports the fracture, not the fixation beside it', () => {
    expect(coded('Diagnoses:\n1. S/P open reduction and internal fixation, right medial tibial plateau fracture, united.\n'))
      .toEqual([['fracture of medial condyle of tibia', 'S82.131D', 'historical']]);
  });

  it('reports the fracture, not the fixation named after it in the same item', () => {
    expect(coded('Diagnoses:\n1. Closed fracture of right lateral malleolus, healed, s/p ORIF 01/14/2021\n').map((d) => d[1]))
      .toEqual(['S82.61XD']);
  });

  it('reads a fifth metacarpal fracture, its ordinal being a word the entry names, and drops both fixations', () => {
    expect(coded('Diagnoses:\n  1. S62.325D  Displaced fracture of shaft of fourth metacarpal bone, left hand, healed, s/p ORIF\n  2. S62.327D  Displaced fracture of shaft of fifth metacarpal bone, left hand, healed, s/p ORIF\n').map((d) => d[1]))
      .toEqual(['S62.325D', 'S62.327D']);
  });

  it('keeps a fixation after a full stop, a new clause of its own', () => {
    expect(coded('Diagnoses:\n1. Closed fracture of right lateral malleolus, healed. S/p ORIF of the left radius.\n').map((d) => d[1]))
      .toContain('Z98.890');
  });

  it('keeps a fixation whose fracture is not a diagnosis of its own', () => {
    expect(coded('Diagnoses:\n1. Status post ORIF of the fourth and fifth metacarpal shafts.\n').map((d) => d[1])).toEqual(['Z98.890']);
  });
});

describe('diagnoses: coded list rows', () => {
  it('reads each row of a list whose lines open with codes as its own item', () => {
    // the first row is long enough to look like a wrapped line, and the second one's "healed" is its own
    expect(coded('DIAGNOSES:\nS93.401A Sprain of right ankle ligaments from the loading dock fall\nS92.911A Fracture of right toe, healed\n'))
      .toEqual([['sprain of ankle', 'S93.401A', 'present'], ['fracture of toe', 'S92.911A', 'historical']]);
  });
});
