/**
 * The ACOEM low back chapter's special studies (lumbar MRI and CT) are for a documented low back
 * condition: a record whose diagnoses name none fails the topic.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

const guidelines = loadGuidelines();

describe('lumbar MRI: the low back chapter asks for a low back condition', () => {
  const base: FactsSpec = {
    request: { treatment: 'MRI', bodyPart: 'lumbar spine' },
    exams: [{ finding: 'sensation', bodyPart: 'lumbar spine', side: 'left', value: 'decreased' }],
    priors: [{ treatment: 'physical therapy', response: 'no_relief' }],
  };
  const lowBack = (spec: FactsSpec) => {
    const d = decide(buildFacts(spec), guidelines).decisions[0]!;
    return [d.outcome, d.criteria.find((c) => c.id === 'low-back-condition')?.status];
  };

  it('fails when the diagnoses name only a knee problem and a suspected root lesion', () => {
    const diagnoses = [{ concept: 'tear of medial meniscus of knee' }, { concept: 'lumbar radiculopathy', assertion: 'possible' }] as const;
    expect(lowBack({ ...base, diagnoses: [...diagnoses] })).toEqual(['criteria_not_met', 'not_met']);
  });

  it.each([
    ['a lumbar disc displacement is diagnosed', [{ concept: 'lumbar disc displacement' }]],
    ['the record lists no diagnoses', []],
  ] as const)('is met when %s', (_why, diagnoses) => {
    expect(lowBack({ ...base, diagnoses: [...diagnoses] })).toEqual(['criteria_met', 'met']);
  });
});
