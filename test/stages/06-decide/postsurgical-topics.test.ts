/**
 * The low back CT topic and the MTUS postsurgical physical medicine topics: each row decides to
 * the expected outcome under the expected topic, and post-operative therapy is routed away from
 * the chronic pain limits only when the request says it follows surgery.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts, type FactsSpec } from './build-facts.js';
import { POSTSURGICAL_ROWS } from './postsurgical-topic-rows.js';

const guidelines = loadGuidelines();
const decideOne = (spec: FactsSpec) => decide(buildFacts(spec), guidelines).decisions[0]!;

describe('low back CT and postsurgical physical medicine topics', () => {
  it.each(POSTSURGICAL_ROWS.map((r) => [r.topic, r.kind, r] as const))('%s: %s', (_topic, _kind, row) => {
    const d = decideOne(row.spec);
    expect(d.guideline?.id).toBe(row.topic);
    expect(d.outcome).toBe(row.outcome);
    expect(Object.fromEntries(Object.keys(row.statuses).map((id) => [id, d.criteria.find((c) => c.id === id)?.status]))).toEqual(row.statuses);
    expect(d.rationale.length).toBeGreaterThan(40);
  });

  it('keeps therapy that does not follow surgery under the chronic pain physical medicine topic', () => {
    expect(decideOne({ request: { treatment: 'physical therapy', text: 'physical therapy 2x/week x 4 weeks, lumbar', quantity: '8 visits', bodyPart: 'lumbar spine' } }).guideline?.id)
      .toBe('mtus-chronic-pain-physical-medicine');
  });
});
