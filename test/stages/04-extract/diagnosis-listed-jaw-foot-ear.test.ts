/**
 * A clinician's prose list ("the treating physician lists A, B and possible C") states diagnoses;
 * the jaw's internal derangement is the temporomandibular joint's, not the knee's; heel spurs,
 * equinus and plantar nerve entrapment have their own codes by side; an item ending "to be
 * evaluated" is a possibility; "childhood migraines, none as an adult" is past history.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const brief = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.concept, d.icd10, d.assertion]);

describe('diagnoses: prose lists and new entries', () => {
  it('reads a clinician\'s prose list, doubts included', () => {
    expect(brief('CLINICAL CASE SUMMARY:\nThe treating physician lists thoracic sprain/strain, thoracic facet syndrome, and possible left T8 radiculitis.\n'))
      .toEqual([['thoracic sprain', 'S23.3XXA', 'present'], ['thoracic spondylosis without myelopathy or radiculopathy', 'M47.814', 'present'], ['thoracic radiculopathy', 'M54.14', 'possible']]);
  });

  it('does not read a list of medications or symptoms as diagnoses', () => {
    expect(brief('CLINICAL CASE SUMMARY:\nShe lists her symptoms as neck pain and headaches.\n')).toEqual([]);
  });

  it('codes the jaw, the heel and the plantar nerve by side', () => {
    expect(brief('DIAGNOSES:\n1. Left temporomandibular joint internal derangement.\n2. Myofascial pain of the left masticatory muscles.\n3. Equinus contracture, right.\n4. Calcaneal spur, right.\n5. Possible right lateral plantar nerve entrapment.\n'))
      .toEqual([
        ['articular disc disorder of temporomandibular joint', 'M26.632', 'present'],
        ['myalgia of mastication muscle', 'M79.11', 'present'],
        ['contracture of ankle', 'M24.571', 'present'],
        ['calcaneal spur', 'M77.31', 'present'],
        ['lesion of plantar nerve', 'G57.61', 'possible'],
      ]);
  });

  it('reads "to be evaluated" after an item as a possibility, and childhood migraines as history', () => {
    expect(brief('DIAGNOSES:\n1. Adjustment disorder with anxiety, to be evaluated.\n')).toEqual([['adjustment disorder with anxiety', 'F43.22', 'possible']]);
    expect(brief('PAST MEDICAL HISTORY: Childhood migraines, none as an adult. Tonsillectomy.\n').map((d) => d[2])).toEqual(['historical']);
  });
});
