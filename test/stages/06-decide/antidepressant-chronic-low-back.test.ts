/** Antidepressants: chronic low back pain is an indication, acute low back pain is not yet. */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts } from './build-facts.js';

const guidelines = loadGuidelines();
const duloxetine = (injuryDate: string) => decide(buildFacts({
  request: { treatment: 'antidepressant', text: 'Duloxetine 30 mg #30', drug: 'duloxetine' },
  injuryDate,
  visitDate: '2014-07-01',
  diagnoses: [{ concept: 'lumbar sprain/strain' }, { concept: 'sacroiliac joint dysfunction, right' }],
}), guidelines).decisions[0]!;

describe('antidepressants for chronic low back pain', () => {
  it('meets the indication when a low back diagnosis has lasted three months or more', () => {
    const d = duloxetine('2013-01-01');
    expect(d.guideline?.id).toBe('mtus-chronic-pain-antidepressants');
    expect(d.criteria.find((c) => c.id === 'indication')?.status).toBe('met');
  });
  it('does not meet it in the first weeks after the injury', () => {
    expect(duloxetine('2014-06-01').criteria.find((c) => c.id === 'indication')?.status).toBe('not_met');
  });
});
