/**
 * Writes the decision's rationale paragraph the way an IMR reviewer lays one out: what was asked,
 * which guideline applies, which criteria decide it (each unmet or undocumented one named, with
 * the record's own words quoted), and the conclusion.
 */
import type { CriterionResult } from '../../types/decision.js';
import type { TreatmentRequest } from '../../types/facts.js';
import type { Outcome } from '../../types/vocab.js';
import type { Guideline } from '../../lexicons/schemas/guideline.js';

const MAX_QUOTE = 140;
const MAX_QUOTES = 3;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat}"`;
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** "criterion (detail; the record: "q1", "q2")". */
function describe(c: CriterionResult): string {
  const quotes = [...new Set(c.evidence.map((e) => e.text))].slice(0, MAX_QUOTES).map(quote);
  const bits = [c.detail, quotes.length > 0 ? `the record: ${quotes.join(', ')}` : undefined].filter(Boolean);
  const body = lowerFirst(c.description.replace(/\.$/, ''));
  return bits.length > 0 ? `${body} (${bits.join('; ')})` : body;
}

function list(items: string[]): string {
  return items.map((s, i) => `(${i + 1}) ${s}`).join('; ');
}

/** The rationale for one request's decision. */
export function writeRationale(request: TreatmentRequest, topic: Guideline | null, criteria: readonly CriterionResult[], outcome: Outcome): string {
  const text = request.text.replace(/\s+/g, ' ').trim();
  const qty = request.quantity && !text.includes(request.quantity) ? ` (${request.quantity})` : '';
  const asked = `The request is for ${text}${qty}.`;
  if (!topic) {
    return `${asked} No guideline topic in the criteria set governs ${request.treatment}${request.procedure ? ` (${request.procedure})` : ''}, so no criteria were applied and no determination is offered.`;
  }
  const where = `${topic.source} ${topic.title}${topic.pages ? `, page(s) ${topic.pages}` : ''}`;
  const required = criteria.filter((c) => c.required);
  const unmet = required.filter((c) => c.status === 'not_met');
  const unknown = required.filter((c) => c.status === 'unknown');
  const parts = [asked, `The applicable guideline is the ${where}.`];
  if (outcome === 'criteria_met') {
    parts.push(`Each required criterion is met: ${list(required.map(describe))}.`);
    parts.push('The request is consistent with the guideline and is medically necessary.');
  } else if (outcome === 'criteria_not_met') {
    parts.push(`The following required ${unmet.length === 1 ? 'criterion is' : 'criteria are'} not met: ${list(unmet.map(describe))}.`);
    if (unknown.length > 0) parts.push(`In addition, the records do not establish: ${list(unknown.map(describe))}.`);
    parts.push('Because the guideline criteria are not met, the request is not medically necessary.');
  } else {
    parts.push(`The records do not establish: ${list(unknown.map(describe))}.`);
    const met = required.filter((c) => c.status === 'met');
    if (met.length > 0) parts.push(`The record does support: ${list(met.map((c) => lowerFirst(c.description.replace(/\.$/, ''))))}.`);
    parts.push('Without this information the request cannot be found consistent with the guideline.');
  }
  return parts.join(' ');
}
