/**
 * ICD-10-CM codes a meniscus tear by its type: complex (S83.23- medial, S83.27- lateral) and
 * bucket-handle (S83.21-, S83.25-) tears have their own subcategories; other tears stay
 * "other tear" (S83.24-, S83.28-). Constipation told as due to opioid therapy is drug-induced (K59.03).
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const codes = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10]);

describe('diagnoses: meniscus tears by type', () => {
  it.each([
    ['Complex tear of the medial meniscus, right knee.', 'complex tear of medial meniscus', 'S83.231A'],
    ['Complex tear of the lateral meniscus, left knee.', 'complex tear of lateral meniscus', 'S83.272A'],
    ['Bucket-handle tear of the medial meniscus, left knee.', 'bucket-handle tear of medial meniscus', 'S83.212A'],
    ['Bucket handle tear of the lateral meniscus, right knee.', 'bucket-handle tear of lateral meniscus', 'S83.251A'],
    ['Tear of the medial meniscus, right knee.', 'tear of medial meniscus', 'S83.241A'],
  ])('%s', (item, concept, code) => {
    expect(codes(`DIAGNOSES:\n1. ${item}\n`)).toEqual([[concept, code]]);
  });
});

describe('diagnoses: constipation from opioid therapy', () => {
  it('is drug-induced constipation', () => {
    expect(codes('DIAGNOSES:\n1. Constipation due to opioid therapy.\n')).toEqual([['drug induced constipation', 'K59.03']]);
  });
});
