/** End-to-end behaviour of `decide`: the sample case, independence from conclusions, purity. */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { decisionDocumentSchema } from '../../../src/types/decision.js';
import type { FactsDocument } from '../../../src/types/facts.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

const guidelines = loadGuidelines();

const sample: FactsSpec = {
  request: { treatment: 'trigger point injection', bodyPart: 'lumbar spine', quantity: '4 injections', text: 'repeat trigger point injections x4' },
  exams: [
    { finding: 'trigger_point', bodyPart: 'lumbar spine' },
    { finding: 'twitch_response', bodyPart: 'lumbar spine', value: 'positive' },
    { finding: 'other', bodyPart: 'lumbar spine', qualifier: 'referred pain', value: 'positive' },
  ],
  priors: [
    { treatment: 'physical therapy', response: 'partial_relief' },
    { treatment: 'NSAID', response: 'unknown' },
    { treatment: 'trigger point injection', response: 'no_relief', bodyPart: 'lumbar spine' },
  ],
  mentions: [{ assertion: 'affirmed', region: 'lumbar', text: 'lumbar radiculopathy' }],
};

/** The facts plus what a letter adds after the clinical summary: outcome, rationale, guideline talk. */
function withConclusions(f: FactsDocument, determination: 'upheld' | 'overturned'): FactsDocument {
  const ev = (section: 'decision' | 'rationale', i: number) => ({ page: 1, start: i, end: i + 1, section, text: f.document.text.slice(i, i + 1) });
  return {
    ...f,
    requests: f.requests.map((r) => ({ ...r, determination, determinationEvidence: ev('decision', 0) })),
    priorTreatments: [...f.priorTreatments, { treatment: 'trigger point injection', bodyPart: null, side: null, date: null, response: 'significant_relief', reliefPercent: 80, durationWeeks: 10, functionalImprovement: true, evidence: ev('rationale', 1) }],
    examFindings: [...f.examFindings, { finding: 'straight_leg_raise', bodyPart: 'lumbar spine', side: null, qualifier: null, value: 'positive', unit: null, assertion: 'present', evidence: ev('rationale', 2) }],
    radiculopathy: {
      status: f.radiculopathy.status,
      mentions: [...f.radiculopathy.mentions, { text: 'radicular pain', assertion: 'hypothetical', subject: 'guideline', region: null, side: null, evidence: ev('rationale', 3) }],
    },
  };
}

describe('decide', () => {
  it('sample case: radiculopathy present and prior injections without relief → criteria_not_met, citing both facts', () => {
    const facts = buildFacts(sample);
    const doc = decide(facts, guidelines);
    expect(decisionDocumentSchema.parse(doc)).toEqual(doc);
    const d = doc.decisions[0]!;
    expect(d.guideline?.id).toBe('mtus-chronic-pain-trigger-point-injections');
    expect(d.outcome).toBe('criteria_not_met');
    const byId = Object.fromEntries(d.criteria.map((c) => [c.id, c]));
    expect(byId['no-radiculopathy']?.status).toBe('not_met');
    expect(byId['no-radiculopathy']?.evidence).toContainEqual(facts.radiculopathy.mentions[0]!.evidence);
    expect(byId['repeat-injection-response']?.status).toBe('not_met');
    expect(byId['repeat-injection-response']?.evidence).toContainEqual(facts.priorTreatments[2]!.evidence);
    expect(d.rationale).toContain('"lumbar radiculopathy"');
    expect(d.rationale).toContain('no_relief'.replace('_', ' '));
    for (const c of d.criteria) for (const e of c.evidence) expect(facts.document.text.slice(e.start, e.end)).toBe(e.text);
  });

  it.each(['upheld', 'overturned'] as const)('ignores the determination, decision and rationale facts (%s)', (determination) => {
    for (const spec of [sample, { ...sample, mentions: [{ assertion: 'negated' as const, region: 'lumbar' as const }] }]) {
      const clean = buildFacts(spec);
      expect(decide(withConclusions(clean, determination), guidelines)).toEqual(decide(clean, guidelines));
    }
  });

  it('uses the record dates, not the clock, for time since injury', () => {
    const recent = decide(buildFacts({ ...sample, mentions: [], visitDate: '2013-02-01' }), guidelines).decisions[0]!;
    expect(recent.criteria.find((c) => c.id === 'symptoms-over-three-months')?.status).toBe('not_met');
    const later = decide(buildFacts({ ...sample, mentions: [], visitDate: '2013-06-01' }), guidelines).decisions[0]!;
    expect(later.criteria.find((c) => c.id === 'symptoms-over-three-months')?.status).toBe('met');
  });

  it('omits a repeat-injection criterion when no earlier injection is documented', () => {
    const d = decide(buildFacts({ ...sample, priors: sample.priors!.slice(0, 2), mentions: [] }), guidelines).decisions[0]!;
    expect(d.criteria.map((c) => c.id)).not.toContain('repeat-injection-response');
    expect(d.outcome).toBe('criteria_met');
  });

  it('gives no_guideline for a request no topic covers, one decision per request', () => {
    const facts = buildFacts({ request: { treatment: 'weight loss program' }, otherRequests: [{ treatment: 'surgery', procedure: 'bunionectomy', text: 'bunionectomy' }] });
    const doc = decide(facts, guidelines);
    expect(doc.decisions.map((d) => [d.treatment, d.outcome, d.guideline])).toEqual([
      ['weight loss program', 'no_guideline', null],
      ['surgery', 'no_guideline', null],
    ]);
    expect(doc.documentId).toBe(facts.document.id);
  });

  it('does not change its input', () => {
    const facts = buildFacts(sample);
    const copy = structuredClone(facts);
    decide(facts, guidelines);
    expect(facts).toEqual(copy);
  });
});
