/**
 * A generic statement of what a kind of test does ("nerve conduction studies help to exclude
 * ..."), with the test as subject in the present tense, describes the test, not the patient: in
 * a reviewer's rationale its radiculopathy is a guideline mention. In the clinician's own plan
 * the same words stay the patient's.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);

describe('what a test is for', () => {
  it('"helps to rule out ... such as ... radiculopathy" in a rationale is a guideline mention', () => {
    const r = rad('Rationale:\nNeedle EMG of the leg muscles helps to rule out alternative causes of the weakness, for instance a lumbar radiculopathy.');
    expect(r.mentions.map((m) => `${m.subject}/${m.assertion}`)).toEqual(['guideline/hypothetical']);
    expect(r.status).toBe('not_mentioned');
  });
  it('"is used to distinguish" a radiculopathy from an entrapment states what the study is for', () => {
    const r = rad('Decision rationale:\nA nerve conduction study is used to distinguish radiculopathy from a peripheral entrapment.');
    expect(r.mentions.map((m) => m.subject)).toEqual(['guideline']);
  });
  it('the same words in a treatment plan stay the patient\'s', () => {
    const r = rad('PLAN:\nEMG of the right leg helps to rule out an S1 radiculopathy; he has a new foot drop.');
    expect(r.mentions.map((m) => m.subject)).toEqual(['patient']);
  });
});
