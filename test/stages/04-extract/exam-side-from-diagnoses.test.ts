/**
 * A limb finding the exam leaves unsided takes the one side the present diagnoses name for that
 * limb when the injury names none (the injury read only a whole limb or a landing point).
 */
import { describe, expect, it } from 'vitest';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { docOf, lex } from '../../helpers/docs.js';

const text = 'PHYSICAL EXAMINATION:\nShoulder: Hawkins and Neer signs are positive. Empty can 4-/5.\n\nDIAGNOSES:\n1. Partial-thickness rotator cuff tear, left shoulder.\n2. Hypertension.\n';

describe('exam: the side of an unsided limb finding from the diagnoses', () => {
  it('is the one side the present diagnoses name for the limb', () => {
    const doc = docOf(text);
    const found = findExamFindings(doc, lex, [], findDiagnoses(doc, lex)).filter((f) => f.bodyPart === 'shoulder').map((f) => [f.qualifier, f.side]);
    expect(found.length).toBeGreaterThan(1);
    expect(found.every(([, side]) => side === 'left')).toBe(true);
  });

  it('stays unsided when the diagnoses name both sides of the limb, or when none is passed', () => {
    const both = text.replace('2. Hypertension.', '2. Lateral epicondylitis, right elbow.');
    const doc = docOf(both);
    expect(findExamFindings(doc, lex, [], findDiagnoses(doc, lex)).filter((f) => f.bodyPart === 'shoulder').every((f) => f.side === null)).toBe(true);
    expect(findExamFindings(docOf(text), lex).filter((f) => f.bodyPart === 'shoulder').every((f) => f.side === null)).toBe(true);
  });
});
