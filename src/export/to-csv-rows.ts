/** Facts + decision → the bulk CSV's rows: one per request, so a spreadsheet can sort and filter them. */
import type { DecisionDocument } from '../types/decision.js';
import type { FactsDocument } from '../types/facts.js';

/** The CSV columns, in order (`chartfacts extract --format csv` prints this header once). */
export const CSV_HEADER = [
  'document_id', 'file', 'age', 'sex', 'injury_date', 'mechanism', 'treatment', 'determination',
  'radiculopathy_status', 'decision_outcome', 'unmet_criteria',
] as const;

/**
 * One row per request (`decision.decisions[i]` belongs to `facts.requests[i]`); a record with no
 * request still gives one row, its treatment columns empty, so every input shows up. Unknown
 * values are empty cells; `unmet_criteria` joins the ids of criteria not met with `;`.
 */
export function toCsvRows(facts: FactsDocument, decision: DecisionDocument): string[][] {
  const record = [
    facts.document.id,
    facts.document.fileName,
    facts.patient.age === null ? '' : String(facts.patient.age),
    facts.patient.sex ?? '',
    facts.injury.date ?? '',
    facts.injury.mechanism ?? '',
  ];
  const radiculopathy = facts.radiculopathy.status;
  if (facts.requests.length === 0) return [[...record, '', '', radiculopathy, '', '']];
  return facts.requests.map((r, i) => {
    const d = decision.decisions[i];
    const unmet = d ? d.criteria.filter((c) => c.status === 'not_met').map((c) => c.id).join(';') : '';
    return [...record, r.treatment, r.determination ?? '', radiculopathy, d?.outcome ?? '', unmet];
  });
}
