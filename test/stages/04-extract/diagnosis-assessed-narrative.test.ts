/**
 * A clinician's assessment stated in narrative ("the provider assessed right-sided sciatica")
 * is a diagnosis; being assessed by someone, or for something, is not.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const brief = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10, d.assertion]);

describe('diagnoses: narrative assessments', () => {
  it('reads "the provider assessed X" as a stated diagnosis, with its side code', () => {
    expect(brief('CLINICAL SUMMARY:\nThe provider assessed left-sided sciatica and started physical therapy.'))
      .toEqual([['sciatica', 'M54.32', 'present']]);
  });

  it('reads "the working diagnosis was X"', () => {
    expect(brief('CLINICAL SUMMARY:\nThe working diagnosis was right carpal tunnel syndrome.').map((d) => d[0]))
      .toEqual(['carpal tunnel syndrome']);
  });

  it('does not read "assessed by" or "assessed for" as a diagnosis', () => {
    expect(brief('CLINICAL SUMMARY:\nShe was assessed by an orthopedist for sciatica last year.')).toEqual([]);
  });
});
