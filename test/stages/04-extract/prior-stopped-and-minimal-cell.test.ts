/**
 * "She no longer needs tramadol" tells of a course that ended, so tramadol was received; a table's
 * effect cell that says only "minimal" reads like "minimal help": no relief; a symptom now less
 * often ("instead of every night") is some relief.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(text), lex).map((t) => [t.treatment, t.drug ?? null, t.response]);

describe('prior treatments: a course that ended; a "minimal" effect cell', () => {
  it('"she no longer needs tramadol" keeps tramadol as a course with no stated response', () => {
    expect(readOf('HISTORY:\nShe received six chiropractic visits; her low back pain improved by roughly 75%, she returned to full duty and she no longer needs tramadol.\n'))
      .toEqual([['chiropractic manipulation', null, 'significant_relief'], ['opioid analgesic', 'tramadol', 'unknown']]);
  });

  it('"she has no need for tramadol" still names no course', () => {
    expect(readOf('HISTORY:\nShe has no need for tramadol.\n')).toEqual([]);
  });

  it('a medication table cell "minimal" is no relief', () => {
    const table = '| Medication    | Dose       | Started  | Patient-reported effect |\n|---------------|------------|----------|-------------------------|\n'
      + '| Gabapentin    | 300 mg TID | 01/09/24 | helps                   |\n| Acetaminophen | 500 mg prn | --       | minimal                 |\n';
    expect(readOf(`MEDICATIONS:\n${table}`)).toEqual([['anticonvulsant', 'gabapentin', 'partial_relief'], ['medication (other)', 'acetaminophen', 'no_relief']]);
  });

  it('a symptom now "two or three nights a week instead of every night" is partial relief', () => {
    expect(readOf('TREATMENT TO DATE\n  a. Night wrist splint, right, since September: she now wakes with numbness two or three\n     nights a week instead of every night.\n'))
      .toEqual([['orthotic/brace', null, 'partial_relief']]);
  });
});
