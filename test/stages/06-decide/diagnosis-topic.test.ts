/**
 * A topic may name the condition it is written for (`appliesTo.diagnosisPattern`): psychotherapy
 * for a diagnosed mental disorder follows the ODG (first trial about six sessions), while the
 * MTUS chronic pain section (3-4 visits) keeps pain patients without such a diagnosis.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { selectGuideline } from '../../../src/stages/06-decide/select-guideline.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

const guidelines = loadGuidelines();
const request = { treatment: 'cognitive behavioral therapy' as const, text: 'Cognitive behavioral therapy, 6 sessions', quantity: '6 sessions', quantityValue: 6 };
const one = (spec: FactsSpec) => decide(buildFacts(spec), guidelines).decisions[0]!;

describe('topic chosen by a diagnosed condition', () => {
  it('decides psychotherapy for diagnosed PTSD under the mental-illness topic, where six sessions fit the first trial', () => {
    const d = one({ request, diagnoses: [{ concept: 'post-traumatic stress disorder, chronic', assertion: 'present' }] });
    expect(d.guideline?.id).toBe('odg-mental-illness-psychotherapy');
    expect(d.guideline?.source).toBe('ODG');
    expect(d.outcome).toBe('criteria_met');
  });

  it('keeps the MTUS chronic pain topic (3-4 visits) when no mental disorder is diagnosed', () => {
    const d = one({ request, diagnoses: [{ concept: 'lumbar radiculopathy', assertion: 'present' }] });
    expect(d.guideline?.id).toBe('mtus-chronic-pain-behavioral-interventions');
    expect(d.outcome).toBe('criteria_not_met');
  });

  it('ignores a mental disorder that is only suspected, negated or historical', () => {
    for (const assertion of ['possible', 'negated', 'historical'] as const) {
      const d = one({ request, diagnoses: [{ concept: 'major depressive disorder', assertion }] });
      expect(d.guideline?.id, assertion).toBe('mtus-chronic-pain-behavioral-interventions');
    }
  });

  it('still limits the first trial under the mental-illness topic', () => {
    const d = one({ request: { ...request, text: 'Cognitive behavioral therapy, 12 sessions', quantity: '12 sessions', quantityValue: 12 }, diagnoses: [{ concept: 'depression', assertion: 'present' }] });
    expect(d.guideline?.id).toBe('odg-mental-illness-psychotherapy');
    expect(d.outcome).toBe('criteria_not_met');
  });

  it('does not read a depressed fracture as depression', () => {
    const facts = buildFacts({ request, diagnoses: [{ concept: 'depressed fracture of skull', assertion: 'present' }] });
    expect(selectGuideline(facts.requests[0]!, guidelines, facts.diagnoses)?.id).toBe('mtus-chronic-pain-behavioral-interventions');
  });
});
