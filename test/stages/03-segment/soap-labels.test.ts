/**
 * SOAP notes head their parts with bare letters ("S:", "O:", "A:", "P:"). The letters open
 * sections only when three of them start lines in order, so a vitals line "P: 72" opens nothing.
 */
import { describe, expect, it } from 'vitest';
import { detectSections } from '../../../src/stages/03-segment/detect-sections.js';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const names = (text: string) => detectSections(text, lex).map((s) => s.name);

const SOAP = [
  'S:  47 y/o F sorter seen for R ankle pain over the plate, 5/10.',
  'O:  Tender over the lateral plate. Ankle DF 10 deg R.',
  'A:  1. Painful retained hardware, R lateral malleolus',
  'P:  1. RFA: removal of hardware, R lateral malleolus.',
  '    2. RFA: post-op PT x6 visits, R ankle.',
].join('\n');

describe('SOAP letters as section headers', () => {
  it('opens subjective, objective, assessment and plan with text on the label line', () => {
    expect(names(SOAP)).toEqual(['subjective', 'objective', 'assessment', 'plan']);
  });
  it('takes labels standing alone on their lines, after a letterhead', () => {
    expect(names('CLINIC\nS:\nsore wrist\nO:\nTTP R wrist\nA:\nDe Quervain\nP:\n1. Splint')).toEqual([null, 'subjective', 'objective', 'assessment', 'plan']);
  });
  it('reads the numbered plan items as requests', () => {
    expect(findRequests(docOf(SOAP), lex).map((r) => r.treatment)).toEqual(['surgery', 'physical therapy']);
  });
  it('ignores a lone letter label such as a pulse in a vitals list', () => {
    expect(names('Vitals:\nT: 98.6\nP: 72\nR: 16\nExam: tender.')).not.toContain('plan');
  });
  it('needs three of the four letters, not all of them (the colon pre-check counts letters, not lines)', () => {
    expect(names('S: sore wrist\nO: TTP R wrist\nA: De Quervain')).toEqual(['subjective', 'objective', 'assessment']);
    expect(names('S: sore wrist\nO: TTP R wrist, BP: 120/80')).not.toContain('objective');
  });
  it('ignores labels out of SOAP order', () => {
    expect(names('P: 72\nA: 3 of 4\nS: none')).not.toContain('plan');
  });
  it('lets a SOAP label replace a section taken up again after a one-paragraph inline header', () => {
    const text = 'S:\nFamily history: mother had sciatica.\n\nO:\nImaging: X-rays 01/10/2020 normal.\nA: 61 y/o with\n1. Impingement\nP:\n1. MRI';
    expect(names(text)).toEqual(['subjective', 'history', 'objective', 'imaging', 'assessment', 'plan']);
  });
});
