/** The `examFinding` predicate: was a sign looked for, and was it found? */
import type { ExamFinding } from '../../types/facts.js';
import type { BodyPart, ExamFindingKind } from '../../types/vocab.js';
import type { DecideContext, PredicateResult } from './decide-context.js';
import { compilePattern } from './compile-pattern.js';

interface ExamParams {
  finding: ExamFindingKind[];
  bodyParts?: BodyPart[];
  sameRegion?: boolean;
  qualifierPattern?: string;
  testPattern?: string;
  valuePattern?: string;
  atLeast?: number;
}

function inScope(f: ExamFinding, p: ExamParams, ctx: DecideContext): boolean {
  if (!p.finding.includes(f.finding)) return false;
  if (p.bodyParts && f.bodyPart && !p.bodyParts.includes(f.bodyPart)) return false;
  const want = ctx.request.bodyPart;
  if (p.sameRegion && want && f.bodyPart && f.bodyPart !== want) return false;
  if (p.qualifierPattern !== undefined && !compilePattern(p, p.qualifierPattern).test(f.qualifier ?? '')) return false;
  if (p.testPattern !== undefined && f.finding === 'special_test' && !compilePattern(p, p.testPattern).test(f.qualifier ?? '')) return false;
  return true;
}

/**
 * Met when an in-scope finding is present (and its value matches `valuePattern`, when given), or,
 * with `atLeast`, when that many different signs are.
 * Not met when the sign was examined but absent or normal: an exam that looked and did not find
 * is a fact. Unknown when the record shows no such examination.
 */
export function checkExamFinding(p: ExamParams, ctx: DecideContext): PredicateResult {
  const scoped = ctx.facts.examFindings.filter((f) => inScope(f, p, ctx));
  if (scoped.length === 0) return { status: 'unknown', evidence: [], notes: [`no ${p.finding.join('/').replace(/_/g, ' ')} examination documented`] };
  const positive = scoped.filter((f) => f.assertion === 'present'
    && (p.valuePattern === undefined || compilePattern(p, p.valuePattern).test(String(f.value ?? ''))));
  const need = p.atLeast ?? 1;
  const distinct = new Set(positive.map((f) => (f.qualifier ?? '').toLowerCase())).size;
  if (positive.length > 0 && distinct >= need) return { status: 'met', evidence: positive.map((f) => f.evidence), notes: [] };
  if (positive.length > 0) return { status: 'not_met', evidence: scoped.map((f) => f.evidence), notes: [`${distinct} of the ${need} required found`] };
  return { status: 'not_met', evidence: scoped.map((f) => f.evidence), notes: ['examined and not found'] };
}
