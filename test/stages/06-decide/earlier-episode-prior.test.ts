/**
 * Care for an earlier episode that resolved before the injury is listed among the facts but is no
 * care for the claim: a decision never counts it as a tried treatment.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { clinicalView } from '../../../src/stages/06-decide/clinical-view.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

const guidelines = loadGuidelines();
const facts = (earlierEpisode: boolean) => {
  const spec: FactsSpec = {
    request: { treatment: 'epidural steroid injection', bodyPart: 'cervical spine', text: 'cervical epidural steroid injection C6-7' },
    priors: [{ treatment: 'epidural steroid injection', bodyPart: 'cervical spine', response: 'significant_relief' }],
  };
  const f = buildFacts(spec);
  return { ...f, priorTreatments: f.priorTreatments.map((p) => ({ ...p, earlierEpisode })) };
};

describe('care for an earlier episode', () => {
  it('is left out of the clinical view the decision reads', () => {
    expect(clinicalView(facts(true)).priorTreatments).toEqual([]);
    expect(clinicalView(facts(false)).priorTreatments).toHaveLength(1);
  });

  it('does not make a first injection a repeat one', () => {
    const cited = (f: ReturnType<typeof facts>) => decide(f, guidelines).decisions[0]!.criteria.flatMap((c) => c.evidence.map((e) => e.text));
    const quote = facts(false).priorTreatments[0]!.evidence.text;
    expect(cited(facts(false))).toContain(quote);
    expect(cited(facts(true))).not.toContain(quote);
  });
});
