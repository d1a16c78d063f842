/**
 * In a diagnosis list, "status post" names the first item's procedure, not the items after the
 * comma, and a doubt in parentheses right after a diagnosis ("(suspected)") is that diagnosis's,
 * not the next one's.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const rows = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.icd10, d.assertion]);

describe('diagnoses: status post and a parenthesized doubt in a list', () => {
  it('keeps the status post on the fracture and the suspicion on the CRPS', () => {
    expect(rows('CLINICAL CASE SUMMARY\nDiagnoses were status post ORIF left distal radius fracture, complex regional pain syndrome type I of the left upper limb (suspected) and thumb numbness.\n'))
      .toEqual([['S52.502D', 'historical'], ['G90.512', 'possible'], ['R20.0', 'present']]);
  });
  it('still carries a status post across a list joined without commas', () => {
    expect(rows('DIAGNOSES:\n1. Status post right carpal tunnel release.\n')).toEqual([[expect.any(String), 'historical']]);
  });
});

describe('diagnoses: a list item whose tail denies it', () => {
  it.each([
    ['2. Complex regional pain syndrome - no features on exam.', 'negated'],
    ['2. Cervical radiculopathy - excluded by EMG.', 'negated'],
    ['2. Complex regional pain syndrome - suspected.', 'possible'],
  ])('%s', (item, assertion) => {
    expect(rows(`DIAGNOSES:\n1. Right ankle sprain.\n${item}\n`).at(-1)?.[1]).toBe(assertion);
  });
});
