/**
 * Radiculopathy mentions written in ways earlier rules missed: a treatment said to be "not a
 * first-line treatment for" radicular pain is a guideline statement; findings that "leave open" a
 * radiculopathy keep it possible; a ", which resolved" clause reaches back over a long clause;
 * "and does not radiate into either arm" denies radiation with the pain named earlier.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);
const read = (text: string) => rad(text).mentions.map((m) => `${m.assertion}/${m.subject}`);

describe('guideline statements about treatment lines', () => {
  it('reads "not a first-line treatment for ... such as radiculopathy" as a guideline statement', () => {
    const text = 'Decision rationale: Opioids are of limited benefit for chronic back pain and are not a first-line treatment for neuropathic pain such as radiculopathy.';
    expect(read(text)).toEqual(['hypothetical/guideline']);
    expect(rad(text).status).toBe('not_mentioned');
  });
  it('reads a second-line therapy statement the same way', () => {
    expect(read('Anticonvulsants are a second-line therapy for radicular pain.')).toEqual(['hypothetical/guideline']);
  });
});

describe('possible radiculopathy', () => {
  it('takes "leave open a radiculopathy" as a possibility', () => {
    const text = 'The neck stiffness and the equivocal Spurling test leave open a C6 radiculopathy.';
    expect(read(text)).toEqual(['hypothetical/patient']);
    expect(rad(text).status).toBe('possible');
  });
});

describe('past episodes closed by a relative clause', () => {
  it('makes sciatica historical when ", which resolved" follows a long clause', () => {
    const text = 'He had left leg sciatica during the first months after the accident, which resolved after an epidural injection in 2011.';
    expect(read(text)).toEqual(['historical/patient']);
    expect(rad(text).status).toBe('absent');
  });
  it('keeps a present mention when no comma sets the clause off and it is far from the cue', () => {
    expect(read('She has left leg sciatica during the first months after the accident and the dizziness which resolved.')).toEqual(['affirmed/patient']);
  });
});

describe('denied radiation after a coordinated verb', () => {
  it('reads "and does not radiate into either arm" as a negated mention', () => {
    const text = 'Neck pain is 4/10; the neck pain stays in the neck and upper trapezius and does not radiate into either arm.';
    expect(read(text)).toEqual(['negated/patient']);
    expect(rad(text).status).toBe('absent');
  });
});
