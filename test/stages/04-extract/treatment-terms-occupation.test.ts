/**
 * An employer's name or the worker's occupation that contains a treatment phrase ("home health")
 * names no care received; the same phrase as care still does.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorOf = (text: string) => findPriorTreatments(docOf(text), lex).map((p) => p.treatment);

describe('treatment terms: employers and occupations', () => {
  it.each([
    'Claimant: SAMPLE, ANA\nEmployer: Sunrise Home Health Services, Inc.\n\nHISTORY:\nShe strained her back lifting a client.\n',
    'Employer .......... Coastal Home Health Agency     Claim: X-1\n\nHISTORY:\nShe strained her back lifting a client.\n',
    'HISTORY:\n52 yo F home health aide who strained her back transferring a client.\n',
    'HISTORY:\nShe works as a home health aide and strained her back transferring a client.\n',
  ])('%s', (text) => {
    expect(priorOf(text)).not.toContain('home health care');
  });

  it('home health visits received after surgery are still care', () => {
    expect(priorOf('HISTORY:\nAfter the fusion she had home health care three times a week for a month.\n')).toContain('home health care');
  });
});
