/**
 * The facts a decision may rest on. A letter's own determination and the reviewer's rationale are
 * conclusions, not clinical facts: every fact whose evidence lies in a `decision` or `rationale`
 * section is dropped, radiculopathy mentions about a guideline or another person never count, care
 * for an earlier episode that resolved before the injury is no care for the claim, and request
 * determinations are blanked so no predicate can read them even by mistake.
 */
import type { Evidence, FactsDocument } from '../../types/facts.js';
import type { SectionName } from '../../types/vocab.js';

/** Sections whose text states the outcome being predicted. */
const CONCLUSION_SECTIONS: ReadonlySet<SectionName> = new Set(['decision', 'rationale']);

function clinical(e: Evidence | null | undefined): boolean {
  return !e || e.section === null || !CONCLUSION_SECTIONS.has(e.section);
}

/** A copy of `facts` holding only clinical facts (see the file comment). */
export function clinicalView(facts: FactsDocument): FactsDocument {
  const keep = <T extends { evidence: Evidence }>(xs: readonly T[]): T[] => xs.filter((x) => clinical(x.evidence));
  const injuryOk = clinical(facts.injury.evidence);
  return {
    ...facts,
    injury: injuryOk ? facts.injury : { ...facts.injury, date: null, evidence: null },
    requests: facts.requests.map((r) => {
      const { determinationEvidence: _dropped, ...rest } = r;
      return { ...rest, determination: null };
    }),
    diagnoses: keep(facts.diagnoses),
    examFindings: keep(facts.examFindings),
    painScores: keep(facts.painScores),
    // care for an earlier episode that resolved before the injury is no care for the claim
    priorTreatments: keep(facts.priorTreatments).filter((p) => !p.earlierEpisode),
    radiculopathy: {
      status: facts.radiculopathy.status,
      mentions: keep(facts.radiculopathy.mentions).filter((m) => m.subject === 'patient'),
    },
    dates: keep(facts.dates),
  };
}
